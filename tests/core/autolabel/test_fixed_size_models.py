"""Models as they come: a fixed-size ONNX export runs at its own size and batch (as `yolo predict`
does), with one line when --imgsz asked for another; a dynamic export honours --imgsz. Real
exports of the demo model, made once per module."""

from __future__ import annotations

import shutil

import pytest

from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from tests.support.autolabel_data import MODEL, make_images, run_cli, tree_bytes

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]  # two real exports (~20 s)


def _export(folder, dynamic: bool):
    from ultralytics import YOLO

    pt = folder / "m.pt"
    shutil.copy(MODEL, pt)
    return YOLO(str(pt)).export(format="onnx", imgsz=640, dynamic=dynamic)


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    static = tmp_path_factory.mktemp("static")
    dynamic = tmp_path_factory.mktemp("dynamic")
    return _export(static, False), _export(dynamic, True)


def test_static_onnx_with_another_imgsz_runs_at_its_own_size_in_one_line(exports, tmp_path):
    static, _ = exports
    make_images(tmp_path / "ds", 5)
    r = run_cli(str(tmp_path / "ds"), "--model", static, "--imgsz", "320", "--batch", "3", "--out", str(tmp_path / "a"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert (
        f"autolabel: {static}: a fixed-size model (640x640); it runs at that size, --imgsz 320 is not used"
        in r.stderr.splitlines()
    )
    assert "Traceback" not in r.stderr and "INVALID_ARGUMENT" not in r.stderr
    own = run_cli(str(tmp_path / "ds"), "--model", static, "--batch", "1", "--out", str(tmp_path / "b"))
    assert own.returncode == 0 and "fixed-size" not in own.stderr
    a, b = tree_bytes(tmp_path / "a"), tree_bytes(tmp_path / "b")
    assert len(a) == 5 and a == b  # batches of 3 run in chunks of the export's batch 1: the same labels


def test_dynamic_onnx_honours_imgsz(exports, tmp_path):
    _, dynamic = exports
    make_images(tmp_path / "ds", 3)
    rep = autolabel(tmp_path / "ds", dynamic, AutolabelOptions(out=str(tmp_path / "o"), imgsz=320, backend="onnx"))
    assert rep["labeled"] == 3 and max(rep["imgsz"]) == 320
    rep = autolabel(tmp_path / "ds", exports[0], AutolabelOptions(out=str(tmp_path / "s"), imgsz=320, backend="onnx"))
    assert rep["labeled"] == 3 and list(rep["imgsz"]) == [640, 640]
