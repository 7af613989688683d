"""Real -seg and -obb trainings through `labelbench train` (tiny: 2 epochs at imgsz 64 on 8
generated images, models from their yaml, nothing downloaded): the labels pick the architecture,
the export keeps polygon lines, results.csv is read and diagnosed with the task's columns, and a
model of another task is refused in one line before anything is written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.dataset.synth import shapes
from app.core.training.curves import diagnose, load_results
from app.core.training.task import model_task
from tests.support.paths import ROOT


def _train(*args, cwd: Path):
    return subprocess.run(
        ["nice", "-n", "10", sys.executable, "-m", "app", "train", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


TINY = ("--epochs", "2", "--imgsz", "64", "--batch", "4", "--workers", "0")


@pytest.mark.slow  # two real trainings (about 25 s each on 2 CPU cores)
def test_segment_and_obb_train_and_diagnose(tmp_path):
    seg_ds = tmp_path / "shapes-seg"
    shapes.write_dataset(seg_ds, 8, "segment", seed=1)
    obb_yaml = shapes.write_dataset(tmp_path / "shapes-obb", 8, "obb", seed=1)
    runs = tmp_path / "runs"

    # a dataset folder: its labeled images are exported (polygon lines kept), yolov8n-seg.yaml picked
    r = _train(str(seg_ds), *TINY, "--project", str(runs), "--name", "seg", cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "segment) to" in r.stdout and "training yolov8n-seg.yaml (segment)" in r.stdout
    exported = sorted((runs / "seg-data" / "labels").rglob("*.txt"))
    assert len(exported) == 8
    for lbl in exported:
        assert lbl.read_text() == (seg_ds / "labels" / "train" / lbl.name).read_text()
    assert any(len(ln.split()) > 9 for lbl in exported for ln in lbl.read_text().splitlines())  # real polygons
    assert "seg " in r.stdout and "mask_mAP50-95" in r.stdout  # the per-epoch line shows the task's columns
    seg = load_results(runs / "seg")
    assert seg.task == "segment" and len(seg) == 2
    assert seg.loss_columns("val")[:4] == ["val/box_loss", "val/seg_loss", "val/cls_loss", "val/dfl_loss"]
    d = diagnose(seg)
    assert d.task == "segment" and d.best_epoch in (1, 2) and d.best_by in ("mAP50-95(B+M)", "val_loss")
    assert d.val_min_epoch in (1, 2) and d.overfit_epoch is None
    assert "epoch(s), segment" in r.stdout
    seg_pt = runs / "seg" / "weights" / "best.pt"
    assert model_task(str(seg_pt)) == "segment"

    # a data.yaml as it is: rotated boxes, yolov8n-obb.yaml picked
    r = _train(str(obb_yaml), *TINY, "--project", str(runs), "--name", "obb", cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "training yolov8n-obb.yaml (obb)" in r.stdout and "angle " in r.stdout
    obb = load_results(runs / "obb")
    assert obb.task == "obb" and len(obb) == 2
    assert obb.loss_columns("train") == ["train/box_loss", "train/cls_loss", "train/dfl_loss", "train/angle_loss"]
    total = sum(obb.columns[c] for c in obb.loss_columns("val"))
    assert obb.loss("val") == pytest.approx(total)
    assert diagnose(obb).task == "obb"
    assert model_task(str(runs / "obb" / "weights" / "best.pt")) == "obb"

    # the -seg weights on rotated boxes: one line, exit 2, no export and no run folder
    before = sorted(p.name for p in runs.iterdir())
    r = _train(str(tmp_path / "shapes-obb"), "--model", str(seg_pt), *TINY, "--project", str(runs), cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "best.pt is a segment model but" in lines[0] and "holds rotated boxes (obb)" in lines[0]
    assert sorted(p.name for p in runs.iterdir()) == before


def test_detect_model_on_obb_labels_is_one_line(tmp_path):
    data = shapes.write_dataset(tmp_path / "shapes-obb", 4, "obb")
    for src in (data, data.parent):  # a data.yaml as it is, and a folder to export
        r = _train(str(src), "--model", "yolov8n.yaml", "--project", str(tmp_path / "runs"), cwd=tmp_path)
        assert r.returncode == 2
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1
        assert (
            "yolov8n.yaml is a detect model but" in lines[0] and "pick a -obb model (e.g. yolov8n-obb.yaml)" in lines[0]
        )
        assert not (tmp_path / "runs").exists()
