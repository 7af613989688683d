"""--precision fast/int8: the int8 sample and cache key, the check, the choice and its wording
(real NNCF calibration of the demo model, real OpenVINO runs)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from app.core.autolabel.backends import precision, quantize
from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.dataset.synth.dataset import write_small
from tests.support.autolabel_data import seeded_cache
from tests.support.files import sized_files
from tests.support.paths import DEMO_MODEL


def test_split_sample_disjoint_and_spread():
    paths = [f"/d/img_{i:04d}.jpg" for i in range(1000)]
    cal, chk = quantize.split_sample(paths)
    assert len(cal) == quantize.CALIBRATION_MAX and len(chk) == quantize.CHECK_MAX
    assert not set(cal) & set(chk)
    idx = sorted(paths.index(p) for p in cal)
    assert idx[0] < 10 and idx[-1] > 990  # spread over the whole folder, not its first images
    idx = sorted(paths.index(p) for p in chk)
    assert idx[0] < 30 and idx[-1] > 970
    cal, chk = quantize.split_sample(paths[:40])
    assert len(cal) + len(chk) == 40 and len(chk) == 8
    assert quantize.split_sample(paths[: quantize.MIN_IMAGES - 1]) == ([], [])


def test_cache_key_is_model_hash_and_sample(tmp_path):
    files = sized_files(tmp_path, 3)
    k = quantize.sample_key(files)
    assert k == quantize.sample_key(list(files)) and len(k) == 16
    assert quantize.sample_key(files[:2]) != k  # another sample
    os.utime(files[0], ns=(1, 1))
    assert quantize.sample_key(files) != k  # a changed image
    other = tmp_path / "other.pt"
    other.write_bytes(DEMO_MODEL.read_bytes() + b"\0")
    d1, d2 = quantize.int8_dir(DEMO_MODEL, k), quantize.int8_dir(other, k)
    assert d1 != d2 and d1.name == d2.name and k in d1.name  # keyed by the model's content too
    assert d1.parent.name == __import__("hashlib").sha256(DEMO_MODEL.read_bytes()).hexdigest()
    assert quantize.cached_int8(DEMO_MODEL, k) is None


def test_compare_numbers():
    box = np.array([[0, 0, 100, 100], [200, 200, 300, 300]], float)
    ref = [(np.array([0, 1]), box)]
    assert precision.compare(ref, ref) == {"agreement": 1.0, "f1": 1.0, "boxes_ref": 2, "boxes_run": 2}
    moved = box + [[5, 0, 5, 0], [0, 0, 0, 0]]  # IoU 0.905 and 1.0
    assert precision.compare(ref, [(np.array([0, 1]), moved)])["agreement"] == 1.0
    moved = box + [[20, 0, 20, 0], [0, 0, 0, 0]]  # IoU 0.667: not agreeing, still a true positive at 0.5
    c = precision.compare(ref, [(np.array([0, 1]), moved)])
    assert c["agreement"] == 0.5 and c["f1"] == 1.0
    c = precision.compare(ref, [(np.array([1, 1]), box)])  # wrong class on the first box
    assert c["agreement"] == 0.5 and c["f1"] == 0.5
    c = precision.compare(ref, [(np.array([0, 1, 1]), np.vstack([box, [[500, 500, 600, 600]]]))])  # one extra box
    assert c["agreement"] == pytest.approx(2 / 3, abs=1e-4) and c["f1"] == 0.8


CHECK = {
    "candidates": {
        "f32": {"agreement": 1.0, "f1": 1.0, "ms_per_image": 30.0, "passed": True},
        "bf16": {"agreement": 0.995, "f1": 0.998, "ms_per_image": 8.0, "passed": True},
        "int8": {"agreement": 0.931, "f1": 0.965, "ms_per_image": 12.0, "passed": False},
    },
    "chosen": "bf16",
    "threshold": 0.97,
    "images": 32,
    "decode_scale": 1,
    "decode": {
        "full_ms": 14.0,
        "1/2": {"agreement": 0.943, "f1": 0.99, "ms": 13.0, "passed": False},
        "1/4": {"passed": False, "note": "images too small for 1/4"},
    },
}


def test_report_wording():
    why = precision.explain(CHECK, "bf16")
    assert why.startswith("bf16: the fastest precision passing the check (int8 failed (agreement 0.931 < 0.97))")
    assert "on 32 held-out images" in why
    assert "f32 30 ms/img; bf16 8 ms/img, agreement 0.995, F1 0.998; int8 12 ms/img, agreement 0.931, F1 0.965" in why
    assert why.endswith("JPEGs decoded in full (1/2 failed: agreement 0.943)")
    forced = precision.explain(CHECK, "int8", forced=True)
    assert forced.startswith("int8: forced by --precision int8; its check would not pass (fast runs bf16)")
    ok = dict(CHECK, decode_scale=2, decode={"full_ms": 14.0, "1/2": {"agreement": 0.99, "ms": 11.5, "passed": True}})
    assert precision.explain(ok, "bf16").endswith("JPEGs decoded at 1/2 (passed: agreement 0.990, 11.5 vs 14 ms/img)")


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    """One export + calibration cache for this module's runs (each takes ~30 s to build); the float32
    export is the session's (hard links)."""
    return seeded_cache(tmp_path_factory, tmp_path_factory.mktemp("int8cache"))


@pytest.fixture(scope="module")
def small_dataset(tmp_path_factory):
    """The 30 images the tests below run on, rendered once (about a second of CPU each time)."""
    d = tmp_path_factory.mktemp("small") / "ds"
    write_small(d, 30, 0, seed=3, size=(640, 480))
    return d


@pytest.fixture
def own_folder(tmp_path, small_dataset):
    """A copy of its own of the small dataset: other paths, so no calibration is cached for its
    sample (and the test's own, empty cache: for a test that exports nothing)."""
    return shutil.copytree(small_dataset, tmp_path / "ds", copy_function=shutil.copy)


@pytest.fixture
def folder(own_folder, monkeypatch, shared_cache):
    """own_folder, run with the module's cache (the session's float32 export in it)."""
    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache))
    return own_folder


@pytest.fixture(scope="module")
def int8_images(tmp_path_factory, small_dataset):
    """One folder for the tests that calibrate int8: the calibration is cached by the sample (these
    paths and file times), so the second test reuses the first one's (~30-60 s each on 2 cores);
    its check runs again (cached per threshold). The other tests keep folders of their own: they
    need a sample with no calibration cached."""
    d = tmp_path_factory.mktemp("int8_images") / "ds"
    return shutil.copytree(small_dataset, d, copy_function=shutil.copy)


@pytest.fixture
def int8_folder(int8_images, monkeypatch, shared_cache):
    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache))
    return int8_images


def _images(folder: Path) -> list[str]:
    return sorted(str(p) for p in (folder / "images").rglob("*.jpg"))


@pytest.mark.slow
def test_failing_int8_is_not_used(int8_folder, monkeypatch):
    """A check nothing but float32 can pass (threshold above 1): fast runs float32, says why,
    and the engine's labels come from the float32 model, not the int8 one."""
    folder = int8_folder
    monkeypatch.setattr(precision, "INT8_AUTO_MIN", 10)
    monkeypatch.setattr(precision, "AGREEMENT_MIN", 1.01)
    rep = autolabel(folder, DEMO_MODEL, AutolabelOptions(out=str(folder.parent / "out")))
    check = rep["precision_check"]
    assert set(check["candidates"]) >= {"f32", "int8"} and check["images"] == 8
    assert not check["candidates"]["int8"]["passed"] and check["chosen"] == "f32"
    assert rep["precision"] == "f32" and "float32" in rep["backend"] and rep["decode_scale"] == 1
    assert rep["precision_why"].startswith("f32: the fastest precision passing the check (")
    assert "int8 failed (agreement" in rep["precision_why"] and rep["labeled"] == 30
    # the decision is cached with the int8 model: a second resolve reads it, a forced int8 uses int8
    res = precision.resolve(DEMO_MODEL, _images(folder), AutolabelOptions(precision="int8"))
    assert res.precision == "int8" and res.model_path is not None and (res.model_path / "DONE").exists() is False
    assert (res.model_path.parent / "DONE").exists() and res.check == check
    assert "forced by --precision int8; its check would not pass (fast runs f32)" in res.why


@pytest.mark.slow
def test_passing_check_picks_the_fastest(int8_folder, monkeypatch):
    folder = int8_folder
    monkeypatch.setattr(precision, "INT8_AUTO_MIN", 10)
    res = precision.resolve(DEMO_MODEL, _images(folder), AutolabelOptions(), threshold=0.0)
    cand = res.check["candidates"]
    assert all(c["passed"] for c in cand.values())
    assert res.precision == min(cand, key=lambda n: cand[n]["ms_per_image"])
    assert (res.model_path is not None) == (res.precision == "int8")
    assert 0.0 <= cand["int8"]["agreement"] <= 1.0 and 0.0 <= cand["int8"]["f1"] <= 1.0


def test_small_runs_do_not_calibrate(own_folder, monkeypatch):
    """Decided before anything is exported or calibrated: it needs no export (an empty cache)."""
    folder = own_folder
    monkeypatch.setattr(precision, "has_bf16", lambda: False)
    res = precision.resolve(DEMO_MODEL, _images(folder), AutolabelOptions())
    assert res.precision == "f32" and res.model_path is None and not res.check
    assert res.why.startswith("f32 (this CPU has no bf16); ")
    assert "int8 not tried: 30 images, calibrating (about a minute) pays off from 2000" in res.why
    assert precision.resolve(DEMO_MODEL, _images(folder), AutolabelOptions(precision="exact")) is None
    with pytest.raises(Exception, match="int8 needs at least 24 images"):
        precision.resolve(DEMO_MODEL, _images(folder)[:10], AutolabelOptions(precision="int8"))
    with pytest.raises(Exception, match="needs a .pt model run on the CPU"):
        precision.resolve(DEMO_MODEL, _images(folder), AutolabelOptions(precision="int8", backend="pt"))
    assert not (Path(os.environ["LABELBENCH_CACHE"]) / "exports").exists()  # nothing exported for it


@pytest.mark.slow  # bf16 checked against float32: real OpenVINO runs
def test_bf16_on_a_small_folder_is_checked_on_held_out_images(folder, monkeypatch):
    """No int8 below 2,000 images, but bf16 (where the CPU has it) is still checked against float32
    and dropped when it fails: here a check nothing but float32 passes (threshold above 1)."""
    monkeypatch.setattr(precision, "has_bf16", lambda: True)
    res = precision.resolve(DEMO_MODEL, _images(folder), AutolabelOptions(), threshold=1.01)
    assert res.precision == "f32" and res.model_path is None
    bf = res.check["candidates"]["bf16"]
    assert not bf["passed"] and 0.0 <= bf["agreement"] <= 1.0 and res.check["images"] == 8
    assert res.why.startswith("f32: the fastest precision passing the check (bf16 failed (agreement")
    assert "on 8 held-out images of this folder" in res.why
    assert res.why.endswith(
        "int8 not tried: 30 images, calibrating (about a minute) pays off from 2000 "
        "(--precision int8 calibrates now, once)"
    )
    assert res.backend_precision == "exact"


@pytest.mark.slow  # bf16 checked against float32: real OpenVINO runs
def test_bf16_on_a_tiny_folder_is_checked_on_the_folder_itself(folder, monkeypatch):
    monkeypatch.setattr(precision, "has_bf16", lambda: True)
    monkeypatch.setattr(precision, "AGREEMENT_MIN", 1.01)
    out = folder.parent / "tiny"
    images = _images(folder)[:10]
    rep = autolabel(images[0].rsplit("/", 1)[0], DEMO_MODEL, AutolabelOptions(out=str(out)))
    assert rep["precision"] == "f32" and rep["precision_check"]["candidates"]["bf16"]["passed"] is False
    res = precision.resolve(DEMO_MODEL, images, AutolabelOptions(), threshold=1.01)
    assert res.check["images"] == 10 and "on 10 images of this folder itself (too few to hold any out)" in res.why
    passing = precision.resolve(DEMO_MODEL, images, AutolabelOptions(), threshold=0.0)
    assert passing.check["candidates"]["bf16"]["passed"] and passing.precision in ("bf16", "f32")


def test_exported_models_run_float32_where_openvino_would_pick_bf16(monkeypatch):
    monkeypatch.setattr(precision, "has_bf16", lambda: True)
    for model in ("model.onnx", "model_openvino_model/model.xml"):
        res = precision.resolve(model, ["a.jpg"], AutolabelOptions())
        assert res.precision == "f32" and res.backend_precision == "exact" and "checked only for a .pt" in res.why
    monkeypatch.setattr(precision, "has_bf16", lambda: False)
    assert precision.resolve("model.onnx", ["a.jpg"], AutolabelOptions()) is None
