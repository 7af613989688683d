"""The bundled -seg and -obb demo models: load with plain `ultralytics.YOLO`, predict shapes of
their kind on the demo dataset `labelbench demo --task` opens, and hold a measured quality on
held-out images of the kind their cards name."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.commands import demo
from app.core.dataset.synth.demo_shapes import write_demo
from app.core.dataset.synth.shapes import classes_for
from app.core.io.resources import demo_model
from app.core.io.shapes import read_shapes

pytestmark = pytest.mark.slow  # Ultralytics predict and val of two models on 40 + 24 images

# floors under what was measured when the models were trained (see their cards):
# segment: mask mAP50 0.955 on the card's 100 held-out images, 0.956 on the test's first 40 of
#   them; 51 of the 61 objects of the 24-image user demo found at conf 0.25 (IoU > 0.5, right class)
# obb: mAP50 0.974 on the 100, 0.950 on the 40; 40 of the 47 objects of the user demo found
MIN_MAP50 = {"segment": 0.85, "obb": 0.85}
MIN_RECALL = {"segment": 0.75, "obb": 0.75}


def _iou_boxes(a: np.ndarray, b: np.ndarray) -> float:
    lo, hi = np.maximum(a[:2], b[:2]), np.minimum(a[2:], b[2:])
    inter = float(np.prod(np.clip(hi - lo, 0, None)))
    return inter / (float(np.prod(a[2:] - a[:2])) + float(np.prod(b[2:] - b[:2])) - inter)


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_demo_shape_model_predicts_its_kind_and_its_card_holds(task, tmp_path):
    from ultralytics import YOLO

    path = demo_model(task)
    card = json.loads(path.with_suffix(".json").read_text())
    assert card["task"] == task and card["classes"] == classes_for(task)
    assert card["size_bytes"] == path.stat().st_size < 8_000_000
    model = YOLO(str(path))
    assert model.task == task and [model.names[i] for i in range(len(model.names))] == classes_for(task)

    # the demo dataset `labelbench demo --task` opens: shapes of the task's kind, on most objects
    data_yaml, preselected = demo.prepare(task)
    assert preselected == path
    images = sorted((data_yaml.parent / "images").rglob("*.jpg"))
    found = truth = 0
    for r, img in zip(model.predict([str(p) for p in images], imgsz=card["imgsz"], conf=0.25, verbose=False), images):
        label = data_yaml.parent / "labels" / img.parent.name / (img.stem + ".txt")
        gt, _ = read_shapes(label, task=task)
        if task == "segment":
            assert r.obb is None and (r.masks is not None or len(r.boxes) == 0)
            shapes = [] if r.masks is None else [np.asarray(p) for p in r.masks.xyn]
            assert all(p.ndim == 2 and p.shape[1] == 2 and len(p) >= 3 for p in shapes)
            cls = r.boxes.cls.numpy().astype(int)
        else:
            assert r.masks is None and r.obb is not None
            shapes = list(r.obb.xyxyxyxyn.numpy())
            assert all(p.shape == (4, 2) for p in shapes)
            cls = r.obb.cls.numpy().astype(int)
        boxes = [np.r_[p.min(0), p.max(0)] for p in shapes]
        for i in range(len(gt)):
            t = gt.points(i)
            tb = np.r_[t.min(0), t.max(0)]
            hit = [k for k, b in enumerate(boxes) if _iou_boxes(tb, b) > 0.5 and cls[k] == gt.cls[i]]
            found += bool(hit)
        truth += len(gt)
    recall = found / truth
    assert truth >= 24 and recall >= MIN_RECALL[task], (found, truth)

    # held-out images of the card's kind (seed 1): mAP of the shapes near the card's, above a floor
    heldout = write_demo(tmp_path / "heldout", task, n=40, seed=1, val=1.0)
    m = model.val(
        data=str(heldout),
        imgsz=card["imgsz"],
        batch=8,
        device="cpu",
        plots=False,
        verbose=False,
        split="val",
        project=str(tmp_path / "val"),
    )
    shape = m.seg if task == "segment" else m.box
    assert shape.map50 >= MIN_MAP50[task]
    assert abs(shape.map50 - card["heldout_map50"]) < 0.1
