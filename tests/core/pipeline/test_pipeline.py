"""Pipeline: editing, step caching (proved by counting op calls), preview scale, JSON round trip,
and the exported stand-alone script's byte-identical output."""

from __future__ import annotations

import ast
import dataclasses
import json
import subprocess
import sys
import threading

import cv2
import numpy as np
import pytest

from app.core.dataset.synth import dataset as mdd
from app.core.errors import FileError
from app.core.pipeline.model import SCHEMA_VERSION, Pipeline, StepError
from app.core.pipeline.ops import ParamError, all_ops, get_op
from app.core.pipeline.ops import spec as spec_mod
from tests.support.paths import ROOT

IMG = mdd.render(1, 0, (320, 240))[0]
IMG2 = mdd.render(2, 0, (320, 240))[0]


def _four():
    p = Pipeline(name="four")
    p.add("gray")
    p.add("gaussian_blur", {"ksize": 5})
    p.add("open", {"ksize": 3})
    p.add("auto_threshold", {"method": "otsu"})
    return p


@pytest.fixture
def counted(monkeypatch):
    """Replace the registry entries of the ops used by _four() with call-counting wrappers."""
    calls = {}
    for name in ("gray", "gaussian_blur", "open", "auto_threshold", "threshold"):
        op = get_op(name)
        calls[name] = 0

        def wrapper(img, _f=op.func, _n=name, **kw):
            calls[_n] += 1
            return _f(img, **kw)

        monkeypatch.setitem(spec_mod._REGISTRY, name, dataclasses.replace(op, func=wrapper))
    return calls


def test_outputs_equal_direct_opencv_calls():
    outs = _four().run(IMG)
    g = cv2.cvtColor(IMG, cv2.COLOR_BGR2GRAY)
    b = cv2.GaussianBlur(g, (5, 5), 0)
    o = cv2.morphologyEx(b, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    t = cv2.threshold(o, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)[1]
    assert [x.shape for x in outs] == [g.shape] * 4
    assert np.array_equal(outs[0], g) and np.array_equal(outs[1], b) and np.array_equal(outs[2], o)
    assert (outs[3] != t).mean() < 0.01  # ImageJ Otsu vs OpenCV Otsu: same criterion, tie rule aside
    assert np.array_equal(_four().apply(IMG), outs[3])


@pytest.mark.parametrize("k", [0, 1, 2, 3])
def test_changing_step_k_reruns_only_steps_k_to_n(counted, k):
    p = _four()
    p.run(IMG)
    assert counted == {"gray": 1, "gaussian_blur": 1, "open": 1, "auto_threshold": 1, "threshold": 0}
    before = dict(counted)
    p.run(IMG)  # nothing changed: everything from the cache
    assert counted == before and p.last_executed == []
    # step 0 (gray) has no parameters: change it by disabling it (it then passes its input on)
    changes = {
        0: lambda: p.set_enabled(0, False),
        1: lambda: p.set_params(1, ksize=9),
        2: lambda: p.set_params(2, shape="rect"),
        3: lambda: p.set_params(3, method="huang"),
    }
    changes[k]()
    p.run(IMG)
    names = ["gray", "gaussian_blur", "open", "auto_threshold"]
    for i, name in enumerate(names):
        expected = before[name] + (1 if i >= k and not (i == 0 and k == 0) else 0)
        assert counted[name] == expected, (k, name)
    assert p.last_executed == [i for i in range(k, 4) if not (i == 0 and k == 0)]


def test_changing_back_is_a_cache_hit_and_new_image_recomputes(counted):
    p = _four()
    p.run(IMG)
    p.set_params(1, ksize=9)
    p.run(IMG)
    p.set_params(1, ksize=5)
    p.run(IMG)
    assert p.last_executed == [] and counted["gaussian_blur"] == 2
    p.run(IMG2)
    assert p.last_executed == [0, 1, 2, 3]
    p.run(IMG)  # the first image's chain is still cached
    assert p.last_executed == []


def test_upto_disabled_move_duplicate_remove(counted):
    p = _four()
    outs = p.run(IMG, upto=1)
    assert len(outs) == 2 and counted["open"] == 0 and counted["auto_threshold"] == 0
    p.run(IMG)
    assert p.last_executed == [2, 3]  # steps 0-1 came from the upto run's cache
    p.set_enabled(2, False)
    outs = p.run(IMG)
    assert outs[2] is outs[1] and p.last_executed == [3]
    p.set_enabled(2, True)
    p.move(2, 1)  # [gray, open, blur, threshold]
    assert [s.op for s in p] == ["gray", "open", "gaussian_blur", "auto_threshold"]
    p.run(IMG)
    assert p.last_executed == [1, 2, 3]
    uid = p.steps[2].uid
    dup = p.duplicate(2)
    assert dup.uid != uid and dup.params == p.steps[2].params and p.index_of(uid) == 2 and len(p) == 5
    assert p.remove(3) is dup and len(p) == 4
    with pytest.raises(IndexError):
        p.move(0, 9)


def test_parameter_validation_on_edit():
    p = _four()
    with pytest.raises(ParamError, match="must be odd"):
        p.set_params(1, ksize=4)
    assert p.steps[1].params["ksize"] == 5  # unchanged after a rejected edit
    with pytest.raises(ParamError, match="unknown parameter"):
        p.add("gaussian_blur", {"size": 3})


def test_preview_scale_runs_on_downscaled_copy_cached_apart(counted):
    p = _four()
    small = p.run(IMG, preview_scale=0.25)
    assert small[-1].shape == (60, 80)
    full = p.run(IMG)
    assert full[-1].shape == (240, 320) and p.last_executed == [0, 1, 2, 3]
    p.set_params(3, method="li")
    p.run(IMG, preview_scale=0.25)
    assert p.last_executed == [3]
    with pytest.raises(ParamError):
        p.run(IMG, preview_scale=1.5)


def test_snapshot_runs_in_threads_sharing_the_cache():
    p = _four()
    p.run(IMG)
    snap = p.snapshot()
    p.set_params(1, ksize=15)  # the GUI edits while a worker runs the snapshot
    results = {}

    def work(name, pl):
        results[name] = pl.run(IMG)[-1]

    ts = [threading.Thread(target=work, args=(n, pl)) for n, pl in (("snap", snap), ("live", p))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert snap.last_executed == [] and snap.steps[1].params["ksize"] == 5
    assert np.array_equal(results["snap"], _four().apply(IMG))
    assert not np.array_equal(results["live"], results["snap"])


def test_step_error_names_the_step():
    p = Pipeline()
    p.add("median_blur", {"ksize": 7})
    with pytest.raises(StepError, match=r"step 1 \(median_blur\): .*3 or 5"):
        p.run(np.zeros((20, 20), np.uint16))


def test_json_round_trip_and_errors(tmp_path):
    p = _four()
    p.add("contours", {"color": (10, 20, 30), "min_area": 50.0}, enabled=False)
    path = tmp_path / "p.json"
    p.save(path)
    data = json.loads(path.read_text())
    assert data["schema_version"] == SCHEMA_VERSION and data["steps"][4]["params"]["color"] == [10, 20, 30]
    q = Pipeline.load(path)
    assert q.to_dict() == p.to_dict() and q.digest() == p.digest() and q.name == "four"
    assert q.steps[4].params["color"] == (10, 20, 30) and q.steps[4].enabled is False
    assert np.array_equal(q.run(IMG)[-1], p.run(IMG)[-1])

    def bad(obj, match):
        path.write_text(obj if isinstance(obj, str) else json.dumps(obj))
        with pytest.raises(FileError, match=match) as e:
            Pipeline.load(path)
        assert str(path) in str(e.value)

    bad('{"steps": [', "invalid JSON")
    bad({"steps": []}, "schema_version")
    bad({"schema_version": 99, "steps": []}, "newer")
    bad({"schema_version": 1, "steps": [{"op": "blurr"}]}, "step 1: unknown op 'blurr'")
    bad(
        {"schema_version": 1, "steps": [{"op": "gray"}, {"op": "median_blur", "params": {"ksize": 4}}]},
        "step 2: op 'median_blur': parameter 'ksize': must be odd",
    )
    bad({"schema_version": 1, "steps": [{"op": "gray", "enabled": "yes"}]}, "enabled")
    with pytest.raises(FileError, match="file not found"):
        Pipeline.load(tmp_path / "missing.json")


def test_default_pipelines_load_and_run():
    folder = ROOT / "resources" / "pipelines"
    files = sorted(folder.glob("*.json"))
    assert {f.stem for f in files} >= {"binarize", "edges", "uneven_light", "parts_on_belt", "color_mask"}
    for f in files:
        out = Pipeline.load(f).apply(IMG)
        assert out.dtype == np.uint8 and out.shape[:2] == IMG.shape[:2], f.name
    b = Pipeline.load(folder / "binarize.json")
    assert [s.op for s in b] == ["gray", "gaussian_blur", "open", "auto_threshold"]


# ------------------------------------------------------------------------- Python export
ALLOWED_IMPORTS = {"cv2", "numpy", "math", "os", "sys"}


def _imports(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add((node.module or "").split(".")[0])
    return names


def _all_ops_chain():
    p = Pipeline(name="every op")
    for op in all_ops():
        p.add(op.name)
    p.add("flip", {"axis": "both"}, enabled=False)  # disabled steps are left out of the script
    return p


def test_export_uses_only_cv2_and_numpy_and_every_op_is_exportable(tmp_path):
    script = tmp_path / "every.py"
    _all_ops_chain().export_python(script)
    src = script.read_text()
    assert _imports(src) <= ALLOWED_IMPORTS
    assert "import app" not in src and "from app" not in src
    ns: dict = {"__name__": "exported"}
    exec(compile(src, str(script), "exec"), ns)  # runs as plain code, no LabelBench needed
    steps = [s for s in _all_ops_chain().steps if s.enabled]
    assert len(ns["STEPS"]) == len(steps)
    for img in (IMG, cv2.cvtColor(IMG2, cv2.COLOR_BGR2GRAY).astype(np.uint16) * 257):
        assert np.array_equal(ns["run_pipeline"](img), _all_ops_chain().apply(img))


def _write_inputs(folder):
    """Several real images: JPEG colour, PNG gray, 16-bit PNG, BGRA PNG, in nested folders."""
    (folder / "sub" / "deeper").mkdir(parents=True)
    cv2.imwrite(str(folder / "a.jpg"), IMG)
    cv2.imwrite(str(folder / "sub" / "b.png"), cv2.cvtColor(IMG2, cv2.COLOR_BGR2GRAY))
    cv2.imwrite(
        str(folder / "sub" / "c16.png"),
        cv2.cvtColor(mdd.render(3, 0, (200, 150))[0], cv2.COLOR_BGR2GRAY).astype(np.uint16) * 257,
    )
    bgra = cv2.cvtColor(mdd.render(4, 0, (160, 120))[0], cv2.COLOR_BGR2BGRA)
    bgra[:, :, 3] = 128
    cv2.imwrite(str(folder / "sub" / "deeper" / "d.png"), bgra)
    cv2.imwrite(str(folder / "e.bmp"), mdd.render(5, 0, (100, 80))[0])
    return 5


@pytest.mark.parametrize("pipeline_name", ["binarize", "uneven_light", "parts_on_belt"])
def test_exported_script_gives_bit_identical_files_through_subprocess(tmp_path, pipeline_name):

    from app.cli import main

    pfile = ROOT / "resources" / "pipelines" / f"{pipeline_name}.json"
    src = tmp_path / "in"
    n = _write_inputs(src)
    # the script writes PNG into a folder by default: the CLI's --ext .png
    assert main(["filter", "--pipeline", str(pfile), str(src), str(tmp_path / "cli"), "--ext", ".png", "-q"]) == 0
    script = tmp_path / "exported.py"
    assert main(["filter", "--pipeline", str(pfile), "--export-python", str(script)]) == 0
    r = subprocess.run(
        [sys.executable, "-I", str(script), str(src), str(tmp_path / "script")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert f"{n} image(s): {n} written, 0 failed" in r.stdout
    cli_files = sorted(p.relative_to(tmp_path / "cli") for p in (tmp_path / "cli").rglob("*") if p.is_file())
    script_files = sorted(p.relative_to(tmp_path / "script") for p in (tmp_path / "script").rglob("*") if p.is_file())
    assert len(cli_files) == n and cli_files == script_files
    for rel in cli_files:
        assert (tmp_path / "cli" / rel).read_bytes() == (tmp_path / "script" / rel).read_bytes(), rel
    # a single file too, into a file name with another format
    r = subprocess.run(
        [sys.executable, "-I", str(script), str(src / "a.jpg"), str(tmp_path / "one.png")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0
    assert main(["filter", "--pipeline", str(pfile), str(src / "a.jpg"), str(tmp_path / "one_cli.png"), "-q"]) == 0
    assert (tmp_path / "one.png").read_bytes() == (tmp_path / "one_cli.png").read_bytes()


def test_preview_scales_pixel_sizes_so_it_looks_like_the_result():
    op = get_op("gaussian_blur")
    assert op.preview_params({"ksize": 21, "sigma": 6.0, "border": "reflect101"}, 0.25) == {
        "ksize": 5,
        "sigma": 1.5,
        "border": "reflect101",
    }
    assert get_op("open").preview_params({"shape": "rect", "ksize": 5, "iterations": 1}, 0.25)["ksize"] == 1
    assert (
        get_op("adaptive_threshold").preview_params(
            {"method": "mean", "block_size": 31, "c": 5.0, "invert": False}, 0.1
        )["block_size"]
        == 3
    )
    assert (
        get_op("contours").preview_params(get_op("contours").defaults() | {"min_area": 400.0}, 0.5)["min_area"] == 100.0
    )
    big = mdd.render(3, 0, (1280, 960))[0]
    p = Pipeline()
    p.add("gray")
    p.add("gaussian_blur", {"ksize": 21, "sigma": 6.0})
    p.add("open", {"ksize": 15})
    p.add("auto_threshold")
    full = p.run(big)[-1]
    prev = p.run(big, preview_scale=0.25)[-1]
    shrunk = cv2.resize(full, (prev.shape[1], prev.shape[0]), interpolation=cv2.INTER_AREA) > 127
    assert (shrunk == (prev > 127)).mean() > 0.95  # unscaled kernels: 0.59 on this image
    assert p.steps[1].params["ksize"] == 21  # the pipeline itself is unchanged
