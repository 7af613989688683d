"""Exact mode gives the labels `yolo predict save_txt=True save_conf=True` gives, on the same model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.dataset.index import DatasetIndex
from tests.support.autolabel_data import MODEL, make_images, read_rows, shared_cache_dir

pytestmark = pytest.mark.slow  # compared with yolo predict (real runs of both)

N = 52


@pytest.fixture(scope="module")
def predicted(tmp_path_factory):
    """52 images of two aspect ratios and the labels `yolo predict` writes for them."""
    d = tmp_path_factory.mktemp("exact")
    make_images(d / "data", N)
    yolo = Path(sys.executable).with_name("yolo")
    r = subprocess.run(
        [
            str(yolo),
            "predict",
            f"model={MODEL}",
            f"source={d / 'data' / 'images'}",
            "save_txt=True",
            "save_conf=True",
            "save=False",
            f"project={d / 'yolo'}",
            "name=run",
            "exist_ok=True",
            "verbose=False",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={"YOLO_OFFLINE": "1", "PATH": "/usr/bin:/bin", "HOME": str(d)},
    )
    assert r.returncode == 0, r.stderr[-2000:]
    return d, d / "yolo" / "run" / "labels"


def _compare(ref_dir: Path, out_dir: Path, images: list[Path], index=None, rel_prefix=""):
    boxes = 0
    for img in images:
        ref = read_rows(ref_dir / f"{img.stem}.txt")  # yolo writes no file for no detections
        ours_file = out_dir / f"{img.stem}.txt"
        assert ours_file.exists(), f"no label file for {img.name}"  # we write an empty one
        ours = read_rows(ours_file)
        assert ours.shape[0] == ref.shape[0], img.name
        if not len(ref):
            assert ours_file.read_text() == ""
            continue
        assert ours.shape[1] == 5
        np.testing.assert_array_equal(ours[:, 0], ref[:, 0])  # same classes, same order
        np.testing.assert_allclose(ours[:, 1:5], ref[:, 1:5], atol=1e-3)  # boxes within 1e-3
        for line in ours_file.read_text().splitlines():  # 6 decimals
            assert all(len(v.split(".")[1]) == 6 for v in line.split()[1:])
        if index is not None:
            c, b, conf = index.predictions(rel_prefix + img.name)
            np.testing.assert_array_equal(c, ref[:, 0])
            np.testing.assert_allclose(b, ref[:, 1:5], atol=1e-3)
            np.testing.assert_allclose(conf, ref[:, 5], atol=1e-3)
        boxes += len(ref)
    return boxes


@pytest.mark.parametrize("backend", ["pt", "openvino"])
def test_exact_mode_equals_yolo_predict(predicted, backend, tmp_path_factory, monkeypatch):
    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))
    d, ref_dir = predicted
    out = d / f"out_{backend}"
    rep = autolabel(d / "data", MODEL, AutolabelOptions(out=str(out), backend=backend, precision="exact"))
    assert rep["images"] == N and rep["labeled"] == N and rep["failed"] == []
    assert rep["backend"].startswith(backend) and "float32" in rep["backend"]
    images = sorted((d / "data" / "images").glob("*.jpg"))
    with DatasetIndex(d / "data", index_path=out / ".labelbench" / "index.sqlite", label_root=out) as idx:
        boxes = _compare(ref_dir, out / "images", images, idx, "images/")
        assert idx.count(status="auto") == N
    assert boxes >= N  # the demo model finds objects on most images: the comparison is not vacuous
    assert len(list(ref_dir.glob("*.txt"))) >= N // 2


def test_labels_land_where_ultralytics_looks(predicted, tmp_path, monkeypatch, tmp_path_factory):
    """No --out: .../images/x.jpg -> .../labels/x.txt (img2label_paths)."""
    d, ref_dir = predicted
    import shutil

    shutil.copytree(d / "data" / "images", tmp_path / "ds" / "images")
    rep = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(backend="pt", precision="exact"))
    assert rep["labeled"] == N
    images = sorted((tmp_path / "ds" / "images").glob("*.jpg"))
    _compare(ref_dir, tmp_path / "ds" / "labels", images)
