"""`labelbench eval` on polygon and rotated-box folders: the task read from the files, --task,
the JSON report's task and IoU type, numbers equal to the references, bad files in one line."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from app.cli import main
from app.core.metrics.evaluate import evaluate
from app.core.metrics.shapes_load import load_any
from tests.support.shape_cases import obb_case, pycocotools_segm, segm_case, ultralytics_obb_reference


def _write(tmp_path, data, conf_column=True):
    """A data set on disk as Ultralytics lays it out: images/val beside labels/val, predictions
    as `yolo predict save_txt=True save_conf=True` writes them (the confidence last)."""
    gt, pred, img = tmp_path / "labels" / "val", tmp_path / "pred", tmp_path / "images" / "val"
    for d in (gt, pred, img):
        d.mkdir(parents=True)
    gs, ds = data.starts("gt"), data.starts("dt")
    for i, key in enumerate(data.images):
        W, H = data.sizes[i].astype(int)
        cv2.imwrite(str(img / f"{key}.png"), np.zeros((H, W), np.uint8))
        g = "".join(
            f"{c} " + " ".join(f"{v:.6f}" for v in s) + "\n"
            for c, s in zip(data.gt_cls[gs[i] : gs[i + 1]], data.gt_shapes[gs[i] : gs[i + 1]])
        )
        (gt / f"{key}.txt").write_text(g)
        lines = []
        for c, s, f in zip(
            data.dt_cls[ds[i] : ds[i + 1]], data.dt_shapes[ds[i] : ds[i + 1]], data.dt_conf[ds[i] : ds[i + 1]]
        ):
            lines.append(f"{c} " + " ".join(f"{v:.6f}" for v in s) + (f" {f:.6f}" if conf_column else "") + "\n")
        (pred / f"{key}.txt").write_text("".join(lines))
    return gt, pred, img


def test_segment_folders_equal_pycocotools_segm(tmp_path, capsys):
    data = segm_case(4)
    data.dt_conf = np.round(data.dt_conf, 6)
    gt, pred, _ = _write(tmp_path, data)
    out = tmp_path / "r.json"
    assert main(["eval", "--gt", str(gt), "--pred", str(pred), "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "task: segment (polygons (masks)), IoU: mask IoU (pycocotools segm)" in text
    js = json.loads(out.read_text())
    assert js["task"] == "segment" and js["iou_type"] == "segm" and js["gt_boxes"] == len(data.gt_cls)
    loaded = load_any(gt, pred)  # images/val found beside labels/val: the pixel sizes
    ref = pycocotools_segm(loaded)
    np.testing.assert_allclose([v if v is not None else -1 for v in js["coco_stats"]], ref.stats, rtol=0, atol=1e-9)
    assert 0 < js["map50_95"] < 1


def test_obb_folders_equal_ultralytics(tmp_path):
    data = obb_case(5)
    data.dt_conf = np.round(data.dt_conf, 6)
    gt, pred, _ = _write(tmp_path, data)
    out = tmp_path / "r.json"
    assert main(["eval", "--gt", str(gt), "--pred", str(pred), "--mode", "ultralytics", "--json", str(out)]) == 0
    js = json.loads(out.read_text())
    assert js["task"] == "obb" and js["iou_type"] == "probiou"
    ref, cm = ultralytics_obb_reference(load_any(gt, pred))
    assert abs(js["map50_95"] - ref.box.map) <= 1e-4 and abs(js["map50"] - ref.box.map50) <= 1e-4
    assert js["confusion_matrix"] == cm.astype(int).tolist()
    # the same folders as 4-point polygons: --task segment
    assert main(["eval", "--gt", str(gt), "--pred", str(pred), "--task", "segment", "--json", str(out)]) == 0
    assert json.loads(out.read_text())["iou_type"] == "segm"


def test_task_mismatch_and_bad_files_are_one_line(tmp_path, capsys):
    data = segm_case(2)
    gt, pred, img = _write(tmp_path, data, conf_column=False)
    assert main(["eval", "--gt", str(gt), "--pred", str(pred), "--task", "detect"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "columns" in err
    assert main(["eval", "--gt", str(gt), "--pred", str(pred)]) == 0  # no confidences: 1.0 and a warning
    assert "no confidence column" in capsys.readouterr().out
    key = data.images[0]
    (pred / f"{key}.txt").write_text("0 0.1 0.1 0.5 0.1 0.5 zz 0.9\n")
    assert main(["eval", "--gt", str(gt), "--pred", str(pred)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{pred / key}.txt:1" in err
    (pred / f"{key}.txt").write_text("")
    (img / f"{key}.png").unlink()
    assert main(["eval", "--gt", str(gt), "--pred", str(pred)]) == 1  # a file problem, as for boxes
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no image for this label file" in err


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_analysis_job_runs_on_shapes(tmp_path, task):
    """The Evaluate pane's job (folders source): metrics, confusion matrix and curves on shapes."""
    from app.core.evaluation import run_evaluation

    data = segm_case(6) if task == "segment" else obb_case(6)
    gt, pred, _ = _write(tmp_path, data)
    res = run_evaluation({"kind": "folders", "gt": str(gt), "pred": str(pred), "mode": "coco"})
    assert res.report.task == task
    assert res.analysis.confusion(0.0).sum() >= len(data.gt_cls)
    assert res.pr[1].shape[1] == 101 and 0 <= res.curves["best_f1"] <= 1
    assert abs(res.report.map50_95 - evaluate(res.data, "coco").map50_95) < 1e-12
