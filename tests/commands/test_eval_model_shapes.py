"""`labelbench eval --dataset DS --model M` with a -seg and an -obb model (issue 25): the scratch
auto-label run's polygons / rotated boxes, with the run's confidences, against the dataset's shape
labels; the numbers equal those of `autolabel --out` + `eval --gt/--pred` on the same run, and those
equal pycocotools' segm (masks) and Ultralytics' OBB validator (probiou). The dataset is untouched."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from app.cli import main
from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.metrics.evaluate import evaluate
from app.core.metrics.shapes_load import load_any
from tests.support.shape_cases import pycocotools_segm, ultralytics_obb_reference
from tests.support.shape_models import shape_model

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("shared_exports")]  # tiny models (cached), real runs


def _dataset(task, tmp_path):
    """The tiny model's generated training set (images/train, labels/train, data.yaml), copied."""
    src = shape_model(task).parent / f"data-{task}"
    ds = tmp_path / "ds"
    shutil.copytree(src, ds, ignore=shutil.ignore_patterns("*.cache"))
    return ds


def _files(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _folder_data(task, ds, tmp_path):
    """The same run as `labelbench autolabel DS --conf 0.001 --out PRED`, read back as label folders."""
    pred = tmp_path / "pred"
    opt = AutolabelOptions(out=str(pred), conf=0.001, iou=0.7, force=True, overwrite_reviewed=True)
    autolabel(ds / "data.yaml", shape_model(task), opt)
    return load_any(
        ds / "labels" / "train", pred / "images" / "train", ds / "images" / "train", ds / "data.yaml", task=task
    )


def test_seg_model_on_dataset_is_mask_map(tmp_path, capsys):
    ds = _dataset("segment", tmp_path)
    before = _files(ds)
    out = tmp_path / "r.json"
    assert (
        main(["eval", "--dataset", str(ds / "data.yaml"), "--model", str(shape_model("segment")), "--json", str(out)])
        == 0
    )
    assert "IoU: mask IoU (pycocotools segm)" in capsys.readouterr().out
    assert _files(ds) == before  # labels, images, no index: the run went to a scratch folder
    js = json.loads(out.read_text())
    assert js["task"] == "segment" and js["iou_type"] == "segm" and js["images"] == 24
    loaded = _folder_data("segment", ds, tmp_path)
    assert js["gt_boxes"] == len(loaded.gt_cls) == 30 and js["predictions"] == len(loaded.dt_cls) > 100
    stats = [v if v is not None else -1 for v in js["coco_stats"]]
    np.testing.assert_allclose(stats, evaluate(loaded, "coco").coco.stats, rtol=0, atol=1e-12)
    np.testing.assert_allclose(stats, pycocotools_segm(loaded).stats, rtol=0, atol=1e-9)
    assert 0.05 < js["map50"] <= 1  # the model learned something on its training images
    # the ultralytics mode measures no polygons: refused in one line before the model runs
    assert main(["eval", "--dataset", str(ds), "--model", str(shape_model("segment")), "--mode", "ultralytics"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "coco mode" in err


def test_obb_model_on_dataset_is_probiou_map_in_both_modes(tmp_path):
    ds = _dataset("obb", tmp_path)
    before = _files(ds)
    model = str(shape_model("obb"))
    coco, ultra = tmp_path / "coco.json", tmp_path / "ultra.json"
    assert main(["eval", "--dataset", str(ds / "data.yaml"), "--model", model, "--json", str(coco)]) == 0
    assert main(["eval", "--dataset", str(ds), "--model", model, "--mode", "ultralytics", "--json", str(ultra)]) == 0
    assert _files(ds) == before
    c, u = json.loads(coco.read_text()), json.loads(ultra.read_text())
    assert c["task"] == u["task"] == "obb" and c["iou_type"] == u["iou_type"] == "probiou"
    loaded = _folder_data("obb", ds, tmp_path)
    # a low-confidence rotated box reaching far past the image is compared as it is, not refused
    assert np.abs(np.concatenate(loaded.dt_shapes)).max() > 2
    assert c["predictions"] == u["predictions"] == len(loaded.dt_cls) and c["gt_boxes"] == len(loaded.gt_cls) == 27
    stats = [v if v is not None else -1 for v in c["coco_stats"]]
    np.testing.assert_allclose(stats, evaluate(loaded, "coco").coco.stats, rtol=0, atol=1e-12)
    ref, cm = ultralytics_obb_reference(loaded)
    assert abs(u["map50_95"] - ref.box.map) <= 1e-4 and abs(u["map50"] - ref.box.map50) <= 1e-4
    assert u["confusion_matrix"] == cm.astype(int).tolist()
    assert 0.05 < c["map50"] <= 1 and 0.05 < u["map50"] <= 1
    assert any("OBB validator's rules" in w for w in u["warnings"])
    assert (
        main(
            [
                "eval",
                "--dataset",
                str(ds),
                "--model",
                model,
                "--mode",
                "ultralytics",
                "--save-pred",
                str(tmp_path / "p"),
            ]
        )
        == 2
    )
