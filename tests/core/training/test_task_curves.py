"""Segment and OBB runs: their results.csv columns (headers written by Ultralytics 8.4 in real
-seg / -obb trainings, tests/data/results_*_header.csv), the task of labels and models, the export
that keeps polygon and rotated-box lines, and the one-line refusal of a model of another task."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.core.dataset.formats import export_ultralytics
from app.core.dataset.synth import shapes
from app.core.errors import UsageError
from app.core.training.curves import Curves, diagnose, load_results, parse_results
from app.core.training.data_yaml import read_training_data
from app.core.training.task import check_match, collect_training, data_task, family_for_task, model_task
from tests.support.paths import ROOT

DATA = ROOT / "tests" / "data"


def _header(task: str) -> list[str]:
    return (DATA / f"results_{task}_header.csv").read_text(encoding="utf-8").splitlines()[0].split(",")


def _curves(task: str, n: int = 12, seed: int = 0) -> Curves:
    """A run of n epochs with the real header of `task` and known values: every loss column
    falls (loss k of split s: (k+1) * (1 + 1/epoch)), metrics rise with the column's index."""
    header = _header(task)
    rng = np.random.default_rng(seed)
    ep = np.arange(1, n + 1, dtype=float)
    cols: dict[str, np.ndarray] = {}
    for j, name in enumerate(header):
        if name == "epoch":
            cols[name] = ep
        elif name.endswith("_loss"):
            cols[name] = (j % 5 + 1) * (1 + 1 / ep)
        elif name.startswith("metrics/"):
            cols[name] = np.clip(0.05 * ep * (1 + j / 50) + rng.normal(0, 0.01, n), 0, 1)
        else:
            cols[name] = np.full(n, 0.001)
    return Curves(Path("run/results.csv"), cols)


def test_real_headers_name_their_task_and_loss_columns():
    seg = parse_results((DATA / "results_segment_header.csv").read_text(encoding="utf-8"))
    obb = parse_results((DATA / "results_obb_header.csv").read_text(encoding="utf-8"))
    seg_c, obb_c = Curves(Path("s/results.csv"), seg), Curves(Path("o/results.csv"), obb)
    assert seg_c.task == "segment" and obb_c.task == "obb"
    assert seg_c.loss_columns("train") == [
        "train/box_loss",
        "train/seg_loss",
        "train/cls_loss",
        "train/dfl_loss",
        "train/sem_loss",
    ]
    assert seg_c.loss_columns("val") == ["val/box_loss", "val/seg_loss", "val/cls_loss", "val/dfl_loss", "val/sem_loss"]
    assert obb_c.loss_columns("train") == ["train/box_loss", "train/cls_loss", "train/dfl_loss", "train/angle_loss"]
    assert obb_c.loss_columns("val") == ["val/box_loss", "val/cls_loss", "val/dfl_loss", "val/angle_loss"]
    # the total is what Ultralytics minimizes: every part, the seg / angle loss included
    assert seg_c.loss("train")[0] == pytest.approx(1.78265 + 8.56304 + 1.32747 + 1.13044 + 0, abs=1e-9)
    assert obb_c.loss("val")[0] == pytest.approx(6.32968 + 4.07211 + 4.15967 + 0.48171, abs=1e-9)
    demo = load_results(ROOT / "resources" / "runs" / "demo_yolov8n")
    assert demo.task == "detect" and demo.loss_columns("train") == [
        "train/box_loss",
        "train/cls_loss",
        "train/dfl_loss",
    ]


def test_segment_best_epoch_is_ultralytics_fitness_box_plus_mask():
    c = _curves("segment")
    m_b, m_m = np.full(12, 0.2), np.full(12, 0.2)
    m_b[4], m_m[4] = 0.9, 0.1  # box mAP alone is best at epoch 5 ...
    m_b[7], m_m[7] = 0.6, 0.6  # ... the sum (Ultralytics' fitness for -seg) at epoch 8
    c.columns["metrics/mAP50-95(B)"], c.columns["metrics/mAP50-95(M)"] = m_b, m_m
    d = diagnose(c)
    assert (d.best_epoch, d.best_by, d.task) == (8, "mAP50-95(B+M)", "segment")
    assert d.best_value == pytest.approx(1.2)
    assert d.to_dict()["task"] == "segment"


def test_obb_best_epoch_and_overfitting_use_its_columns():
    c = _curves("obb", n=16)
    assert c.task == "obb"
    m = c.columns["metrics/mAP50-95(B)"]
    assert diagnose(c).best_epoch == int(np.argmax(m)) + 1
    # the angle loss alone rises from epoch 9 (train keeps falling): the total val loss overfits
    v = c.columns["val/angle_loss"].copy()
    v[8:] += 0.6 * np.arange(1, 9)
    c.columns["val/angle_loss"] = v
    d = diagnose(c)
    assert d.overfit_epoch == 9 and d.val_min_epoch == 8
    assert [f.kind for f in d.findings][0] == "overfitting"


def test_all_zero_mask_metrics_fall_back_to_val_loss():
    c = load_results(DATA / "results_segment_header.csv")
    d = diagnose(c)
    assert d.best_by == "val_loss" and d.best_epoch == 1
    assert d.best_value == pytest.approx(0.15584 + 4.94868 + 0.42982 + 0.09007)
    assert any("6 epochs" in n for n in d.notes)


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_export_keeps_polygon_and_rotated_box_lines(tmp_path, task):
    shapes.write_dataset(tmp_path / "ds", 6, task, seed=3)
    sel, found = collect_training(tmp_path / "ds", "reviewed")
    assert found == task and len(sel.records) == 6
    s = export_ultralytics(sel, tmp_path / "out", 0.34, 0, False, "symlink")
    assert (s["train_images"], s["val_images"]) == (4, 2)
    for split in ("train", "val"):
        for lbl in (tmp_path / "out" / "labels" / split).glob("*.txt"):
            src = tmp_path / "ds" / "labels" / "train" / lbl.name
            assert lbl.read_text(encoding="utf-8") == src.read_text(encoding="utf-8")  # byte for byte
    assert data_task(read_training_data(s["data_yaml"])) == task
    assert data_task(read_training_data(tmp_path / "ds" / "data.yaml")) == task


def test_model_task_and_the_one_line_refusal(tmp_path):
    assert [model_task(m) for m in ("yolov8n.yaml", "yolo11s-seg.yaml", "yolov8m-obb.yaml", "yolov8n-pose.yaml")] == [
        "detect",
        "segment",
        "obb",
        "pose",
    ]
    assert model_task(str(ROOT / "resources" / "models" / "demo_yolov8n.pt")) == "detect"
    assert family_for_task("yolov8s.yaml", "obb") == "yolov8s-obb.yaml"
    assert family_for_task("yolov8s.yaml", "detect") == "yolov8s.yaml"
    with pytest.raises(UsageError) as e:
        check_match("yolov8n.yaml", "obb", "shapes-obb")
    msg = str(e.value)
    assert "\n" not in msg
    assert msg == (
        "yolov8n.yaml is a detect model but shapes-obb holds rotated boxes (obb): pick a -obb model "
        "(e.g. yolov8n-obb.yaml) or leave the model out"
    )
    with pytest.raises(UsageError, match="yolov8n-pose.yaml is a pose model"):
        check_match("yolov8n-pose.yaml", "segment", "ds")
    assert check_match("yolov8n-seg.yaml", "segment", "ds") == "segment"


def test_boxes_beside_polygons_is_one_line(tmp_path):
    shapes.write_dataset(tmp_path / "ds", 3, "segment")
    (tmp_path / "ds" / "labels" / "train" / "img000.txt").write_text("0 0.5 0.5 0.2 0.2\n", encoding="utf-8")
    with pytest.raises(UsageError) as e:
        collect_training(tmp_path / "ds", "labeled")
    assert "\n" not in str(e.value) and "mixes label kinds (files: 1 with boxes, 2 with polygons)" in str(e.value)
    with pytest.raises(UsageError, match="mixes label kinds"):
        data_task(read_training_data(tmp_path / "ds" / "data.yaml"))
