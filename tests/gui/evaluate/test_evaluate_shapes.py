"""Issue 25: the Evaluate pane on a segment pair of folders measures masks, says so in its rule line
("task: segment · IoU: mask"), and a false positive's click-through opens Review with that
prediction drawn and highlighted as a polygon beside the label polygons."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt

from app.core.dataset.synth import shapes as synth
from app.gui.common.context import AppContext
from app.gui.evaluate.pane import Pane
from app.gui.review.pane import Pane as ReviewPane
from widgets.canvas.shapes_model import POLYGON, Shapes

W, H = 320, 240
MOVED = [0.05, 0.05, 0.2, 0.05, 0.12, 0.2]  # image 0's last object predicted here instead: an FP and an FN


def _pair(tmp_path):
    """A segment dataset (ground truth) and its predictions: the same polygons with a confidence,
    but image 0's last polygon moved where there is none."""
    yaml_path = synth.write_dataset(tmp_path / "seg", n=3, task="segment", size=(W, H))
    root = yaml_path.parent
    pred = tmp_path / "pred"
    pred.mkdir()
    for k, lab in enumerate(sorted((root / "labels" / "train").glob("*.txt"))):
        lines = lab.read_text().splitlines()
        if k == 0:
            cls = lines[-1].split()[0]
            lines[-1] = cls + " " + " ".join(f"{v:.6f}" for v in MOVED)
        (pred / lab.name).write_text("".join(f"{ln} {0.9 - 0.1 * i:.3f}\n" for i, ln in enumerate(lines)))
    return yaml_path, root, pred


def test_a_segment_pair_shows_its_task_and_opens_the_polygon_in_review(qtbot, tmp_path):
    yaml_path, root, pred = _pair(tmp_path)
    ctx = AppContext()
    pane = Pane(ctx)
    review = ReviewPane(ctx)
    for w, size in ((pane, (1400, 860)), (review, (1200, 800))):
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
    try:
        ctx.set_dataset(root, yaml_path, synth.classes_for("segment"))
        qtbot.waitUntil(lambda: review.index is not None, timeout=10000)
        pane.source.set_kind("folders")
        pane.source.gt.setText(str(root / "labels" / "train"))
        pane.source.pred.setText(str(pred))
        pane.source.images.setText(str(root / "images" / "train"))
        pane.source.names.setText(str(yaml_path))
        with qtbot.waitSignal(pane.results.confChanged, timeout=30000):
            pane.source.run_btn.click()
        v = pane.results
        assert "task: segment</b> · <b>IoU: mask" in v.rule.text()
        assert pane.result.report.task == "segment" and pane.result.report.coco is not None
        v.err_kind.setCurrentIndex(1)  # false positives only: the moved polygon
        texts = [v.err_list.item(i).text() for i in range(v.err_list.count())]
        assert len(texts) == 1 and texts[0].startswith("FP"), texts
        li = v.err_list.item(0)
        qtbot.mouseClick(v.err_list.viewport(), Qt.MouseButton.LeftButton, pos=v.err_list.visualItemRect(li).center())
        image0 = sorted((root / "images" / "train").iterdir())[0]
        qtbot.waitUntil(
            lambda: review.doc is not None and review.doc.rel == f"images/train/{image0.name}", timeout=10000
        )
        cv = review.canvas
        assert isinstance(cv.boxes, Shapes) and set(cv.boxes.kinds) == {POLYGON}  # the labels: polygons
        preds = cv.predictions
        assert isinstance(preds.boxes, Shapes) and preds.visible and preds.highlight >= 0
        hot = preds.boxes.pts[preds.highlight]
        assert np.allclose(hot, np.reshape(MOVED, (-1, 2)) * [W, H], atol=1e-6)  # the FP, as a polygon
    finally:
        review.shutdown()
