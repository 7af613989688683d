"""A dataset file never runs code, and no command fetches, installs or phones home (issue: "A
dataset file runs code"). Each command runs in a Sandbox: fake python/pip/curl/wget first on PATH,
every proxy variable pointing at a local listener that records connections, a fresh Ultralytics
config folder. The hostile data.yaml carries a `download:` script that would write a marker."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from tests.support.hostile import one_line_error
from tests.support.paths import DEMO_DIR, DEMO_MODEL
from tests.support.sandbox import Sandbox

NAMES = "names: {0: circle, 1: square, 2: triangle, 3: star, 4: ring}\n"


@pytest.fixture
def box(tmp_path):
    b = Sandbox(tmp_path)
    yield b
    b.close()


def _dataset(tmp_path, val="images/val", download=None):
    ds = tmp_path / "ds"
    if not ds.exists():
        shutil.copytree(DEMO_DIR, ds, ignore=shutil.ignore_patterns(".labelbench", "autolabels"))
    marker = tmp_path / "PWNED"
    download = download or f"|\n  import pathlib; pathlib.Path({str(marker)!r}).write_text('code from data.yaml ran')"
    (ds / "data.yaml").write_text(
        f"path: {ds}\ntrain: images/train\nval: {val}\n{NAMES}download: {download}\n"
        f"yaml_file: {tmp_path / 'elsewhere.yaml'}\n"
    )
    return ds, marker


def _clean(box):
    assert box.calls() == [], box.calls()
    assert box.connections() == [], box.connections()


def test_the_reported_reproduction_runs_nothing_and_says_one_line(box, tmp_path):
    ds, marker = _dataset(tmp_path, val="images/missing_val")
    r = box.run("train", ds / "data.yaml", "--model", "yolov8n.yaml", "--epochs", "1", "--project", tmp_path / "runs")
    assert r.returncode == 1
    line = one_line_error(r)
    assert line == (
        f"labelbench train: error: {ds / 'data.yaml'}:3: val: images/missing_val does not exist "
        f"({ds / 'images/missing_val'}); training needs every split it names"
    )
    assert "\x1b" not in r.stderr + r.stdout
    assert not marker.exists() and not (tmp_path / "runs").exists()
    _clean(box)


@pytest.mark.parametrize(
    "download",
    ["https://example.com/evil.zip", "bash -c 'touch {marker}'", "\"__import__('os').system('touch {marker}')\""],
)
def test_no_download_value_is_fetched_or_run(box, tmp_path, download):
    marker = tmp_path / "PWNED"
    ds, _ = _dataset(tmp_path, val="images/missing_val", download=download.format(marker=marker))
    r = box.run("train", ds / "data.yaml", "--epochs", "1", "--project", tmp_path / "runs")
    assert r.returncode == 1 and "val: images/missing_val does not exist" in one_line_error(r)
    assert not marker.exists()
    _clean(box)


def test_python_tags_and_outside_paths_are_one_line(box, tmp_path):
    ds, marker = _dataset(tmp_path)
    cases = {
        f"train: images/train\nval: !!python/object/apply:os.system ['touch {marker}']\n{NAMES}": "invalid YAML",
        f"path: {tmp_path}\ntrain: ds/images/train\nval: /etc\n{NAMES}": "lies outside the dataset folder",
        f"path: {tmp_path / 'nowhere'}\ntrain: images/train\nval: images/val\n{NAMES}": "is not a folder",
    }
    for text, says in cases.items():
        (ds / "data.yaml").write_text(text)
        r = box.run("train", ds / "data.yaml", "--epochs", "1", "--project", tmp_path / "runs")
        assert r.returncode == 1 and says in one_line_error(r), r.stderr
    assert not marker.exists() and not (tmp_path / "runs").exists()
    _clean(box)


def test_a_model_config_with_code_is_refused_before_training(box, tmp_path):
    ds, marker = _dataset(tmp_path)
    cfg = tmp_path / "evil_model.yaml"
    cfg.write_text(
        f"nc: 5\nactivation: \"__import__('pathlib').Path({str(marker)!r}).write_text('x') or nn.SiLU()\"\n"
        "backbone:\n  - [-1, 1, Conv, [16, 3, 2]]\nhead:\n  - [-1, 1, Detect, [nc]]\n"
    )
    r = box.run("train", ds / "data.yaml", "--model", cfg, "--epochs", "1", "--project", tmp_path / "runs")
    assert r.returncode == 1
    err = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert err[-1].startswith(f"labelbench train: error: {cfg}:2: activation:") and "Traceback" not in r.stderr
    assert not marker.exists() and not (tmp_path / "runs").exists()
    _clean(box)


@pytest.mark.slow
def test_every_command_on_a_hostile_dataset_stays_offline_and_runs_nothing(box, tmp_path):
    """autolabel, audit, eval (yolo-val numbers), convert, status and a real 1-epoch training on a
    dataset whose data.yaml carries a download script: no marker, no fake binary started, no
    connection, --json parses on a first Ultralytics run, nothing written outside the dataset,
    the output folders and the caches."""
    ds, marker = _dataset(tmp_path)
    before = {p.name for p in tmp_path.iterdir()}
    model = str(DEMO_MODEL)
    runs = {
        "status": box.run("status", ds / "data.yaml", "--json"),
        "autolabel": box.run("autolabel", ds / "data.yaml", "--model", model, "--out", tmp_path / "auto"),
        "audit": box.run("audit", ds / "data.yaml", "--model", model, "--json"),
        "eval": box.run("eval", "--dataset", ds / "data.yaml", "--model", model, "--mode", "ultralytics"),
        "convert": box.run("convert", "yolo", ds / "data.yaml", tmp_path / "export"),
        "train": box.run(
            "train",
            ds / "data.yaml",
            "--model",
            "yolov8n.yaml",
            "--epochs",
            "1",
            "--imgsz",
            "64",
            "--batch",
            "8",
            "--workers",
            "0",
            "--project",
            tmp_path / "runs",
        ),
    }
    for name, r in runs.items():
        assert r.returncode == 0, (name, r.stderr[-1500:])
        assert "Traceback" not in r.stderr, name
    for name in ("status", "audit"):
        json.loads(runs[name].stdout)  # one JSON document, although Ultralytics printed its first-run banner
    assert "download: ignored" in runs["train"].stderr
    assert not marker.exists()
    _clean(box)
    made = {p.name for p in tmp_path.iterdir()} - before
    assert made <= {"auto", "export", "runs", "ultralytics_config", "cache"}, made
    gen = (tmp_path / "runs" / "train" / "labelbench_data.yaml").read_text()
    assert "download" not in gen and "yaml_file" not in gen and re.search(r"^val:\n  - ", gen, re.M)
