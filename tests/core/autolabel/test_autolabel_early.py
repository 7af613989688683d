"""Images decoded while the model loads: used only when the guessed input settings are the real
ones, and the labels are byte for byte those of a run without the early start."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from app.core.autolabel.backends.choice import choice_file
from app.core.autolabel.backends.model_cache import export_dir, exported_model_path
from app.core.autolabel.engine import early as autolabel_early
from app.core.autolabel.engine import local as engine
from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from tests.support.autolabel_data import MODEL, make_images, seeded_cache, tree_bytes

pytestmark = pytest.mark.slow  # five real auto-label runs

N = 24


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("early")
    mp = pytest.MonkeyPatch()
    mp.setenv("LABELBENCH_CACHE", str(seeded_cache(tmp_path_factory, root / "cache")))  # the session's export
    make_images(root / "data", N)
    model = root / "demo.pt"
    shutil.copy(MODEL, model)
    # first run: finds the model's export cached and measures pt vs OpenVINO once (its labels are not the
    # reference: on a busy machine the measurement may pick either backend, and their 6th decimals differ)
    autolabel(root / "data", model, AutolabelOptions(out=str(root / "measured")))
    folder = export_dir(model, "openvino")  # (while the module's cache is the current one)
    choice = json.loads(choice_file(folder, "fast").read_text())
    choice_file(folder, "fast").write_text(json.dumps({**choice, "chosen": "openvino"}))
    # the reference: OpenVINO, as every later run here, with no early start
    mp.setattr(engine, "peek_input", lambda *a: None)
    report = autolabel(root / "data", model, AutolabelOptions(out=str(root / "first")))
    assert report["backend"].startswith("openvino") and report["labeled"] == N, report
    mp.undo()
    yield root, model, folder


@pytest.fixture
def ctx(setup, monkeypatch):
    monkeypatch.setenv("LABELBENCH_CACHE", str(setup[0] / "cache"))  # the conftest gives each test its own
    return setup


def _run(root, model, out, monkeypatch):
    taken = []
    real_take = autolabel_early.EarlyDecode.take

    def take(self, path, key):
        f = real_take(self, path, key)
        taken.append(f is not None)
        return f

    monkeypatch.setattr(autolabel_early.EarlyDecode, "take", take)
    report = autolabel(root / "data", model, AutolabelOptions(out=str(root / out)))
    assert report["labeled"] == N and not report["failed"]
    return sum(taken), tree_bytes(root / out)


def test_peek_reads_the_cached_export_without_torch(ctx):
    root, model, folder = ctx
    assert autolabel_early.peek_input(model, "auto", "fast", "cpu", None) == ((320, 320), 32, True)
    assert autolabel_early.peek_input(model, "auto", "fast", "cpu", 640) == ((640, 640), 32, True)
    assert autolabel_early.peek_input(model, "auto", "fast", "cpu", 100) is None  # Ultralytics rounds it
    assert autolabel_early.peek_input(model, "pt", "fast", "cpu", None) is None
    assert autolabel_early.peek_input(model, "auto", "fast", "cuda:0", None) is None
    assert autolabel_early.peek_input(model, "auto", "exact", "cpu", None) is None  # not measured in exact yet
    ov = exported_model_path(folder, "openvino")
    assert autolabel_early.peek_input(ov, "auto", "fast", "cpu", None) == ((320, 320), 32, True)


def test_peek_declines_when_the_choice_is_pt_or_the_export_is_static(ctx, tmp_path):
    root, model, folder = ctx
    f = choice_file(folder, "fast")
    kept = f.read_text()
    try:
        f.write_text(json.dumps({**json.loads(kept), "chosen": "pt"}))
        assert autolabel_early.peek_input(model, "auto", "fast", "cpu", None) is None
    finally:
        f.write_text(kept)
    static = tmp_path / "static_openvino_model"
    shutil.copytree(exported_model_path(folder, "openvino"), static)
    meta = yaml.safe_load((static / "metadata.yaml").read_text())
    meta["args"]["dynamic"] = False
    (static / "metadata.yaml").write_text(yaml.safe_dump(meta))
    assert autolabel_early.peek_input(static, "auto", "fast", "cpu", None) is None


def test_early_decodes_are_used_and_change_no_label(ctx, monkeypatch):
    root, model, _ = ctx
    used, early_labels = _run(root, model, "early", monkeypatch)
    assert used == N  # all 24 fit the early budget
    monkeypatch.setattr(engine, "peek_input", lambda *a: None)
    used, plain_labels = _run(root, model, "plain", monkeypatch)
    assert used == 0
    assert early_labels == plain_labels and len(early_labels) == N
    assert early_labels == tree_bytes(root / "first")


def test_a_wrong_guess_drops_the_early_work(ctx, monkeypatch):
    root, model, _ = ctx
    monkeypatch.setattr(engine, "peek_input", lambda *a: ((640, 640), 32, True))  # the model runs at 320
    used, labels = _run(root, model, "wrong", monkeypatch)
    assert used == 0
    assert labels == tree_bytes(root / "first")


def test_a_resumed_run_frees_the_early_decodes_of_skipped_images(ctx, monkeypatch):
    root, model, _ = ctx
    discarded = []
    real = autolabel_early.EarlyDecode.discard

    def spy(self, path):
        discarded.append(path in self._futures)  # an early decode was held for this image
        real(self, path)
        assert path not in self._futures

    monkeypatch.setattr(autolabel_early.EarlyDecode, "discard", spy)
    report = autolabel(root / "data", model, AutolabelOptions(out=str(root / "first")))  # all done already
    assert report["skipped"] == N and report["labeled"] == 0
    assert discarded == [True] * N  # each freed as its image was skipped, not at the end of the run
