"""Issue 24 item 7: no prediction is hidden. On a hand-made label (no confidence) both of two
predictions on one object are drawn (square 0.58 on the square, circle 0.48 on the same place);
on an auto-label, the prediction it came from is still not drawn twice (the label shows it)."""

from __future__ import annotations

import numpy as np

from app.core.dataset.index import DatasetIndex
from app.core.io.yolo_labels import format_labels
from app.gui.review.model_view import not_labels
from tests.support.review_pane import open_review_pane
from widgets.canvas.boxes import Boxes

NAMES = ["circle", "square", "triangle", "star", "ring"]


def test_two_predictions_on_one_hand_labeled_object_are_both_drawn(qtbot, dataset):
    root = dataset.parent
    rel = "images/train/e.jpg"
    label = root / "labels" / "train" / "e.txt"
    gt = np.array([[0.5, 0.5, 0.375, 0.5]])
    label.write_text(format_labels([1], gt))  # a person's square, no confidence
    with DatasetIndex.open(dataset) as idx:
        idx.refresh()
        near = gt + np.array([[0.002, -0.001, 0.003, 0.002]])  # the model's boxes, almost the same
        idx.record_model_view([(rel, [1, 0], np.vstack([near, near]), [0.58, 0.48])], "model")
    pane = open_review_pane(qtbot, dataset, NAMES)
    try:
        assert pane.open_rel(rel)
        assert np.isnan(pane.doc.boxes.conf).all()
        drawn = pane.canvas.predictions.boxes
        assert sorted(zip(drawn.cls.tolist(), np.round(drawn.conf, 2).tolist())) == [(0, 0.48), (1, 0.58)]
    finally:
        pane.shutdown()


def test_an_auto_label_does_not_repeat_its_own_prediction():
    labels = Boxes([[10, 10, 50, 50]], [1], [0.58])  # written by the run: it shows 0.58
    preds = Boxes([[10, 10, 50, 50], [10, 10, 50, 50]], [1, 0], [0.58, 0.48])
    kept, _ = not_labels(preds, labels)
    assert kept.cls.tolist() == [0]
    gt = Boxes([[10, 10, 50, 50]], [1], None)  # the same box made by hand
    kept, _ = not_labels(preds, gt)
    assert kept.cls.tolist() == [1, 0]
