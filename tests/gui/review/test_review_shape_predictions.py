"""Issue 25: a -seg model's predictions (the polygons the index keeps) are drawn in Review as dashed
polygons beside the label polygons, not as the boxes around them; the prediction the auto-label
came from (same class, same points) is not drawn twice."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QPointF
from PyQt6.QtGui import QColor

from app.core.dataset.index import DatasetIndex
from app.core.dataset.synth import shapes as synth
from app.core.io.shapes import POLYGON, Labels, format_shapes
from tests.support.review_pane import open_review_pane
from widgets.canvas.shapes_model import Shapes

W, H = 320, 240
LABEL = [0.1, 0.1, 0.4, 0.1, 0.25, 0.45]  # the label file's triangle (class 0)
OTHER = [0.55, 0.5, 0.9, 0.5, 0.9, 0.9]  # a right triangle the model also found (class 1)


def _changed(on, off, canvas, x: float, y: float, r: int = 2) -> bool:
    """Whether drawing the predictions changed a pixel within r of image point (x, y)."""
    c = canvas.image_to_widget(QPointF(x, y))
    cx, cy = round(c.x()), round(c.y())
    return any(
        on.pixel(cx + dx, cy + dy) != off.pixel(cx + dx, cy + dy) for dx in range(-r, r + 1) for dy in range(-r, r + 1)
    )


def _diff(on, off, x: int, y: int) -> int:
    """The largest colour change at widget pixel (x, y +- 1) when the predictions are drawn."""
    return max(
        abs(getattr(QColor(on.pixel(x, y + d)), ch)() - getattr(QColor(off.pixel(x, y + d)), ch)())
        for d in (-1, 0, 1)
        for ch in ("red", "green", "blue")
    )


def test_a_seg_model_s_predictions_are_dashed_polygons_beside_the_labels(qtbot, tmp_path):
    yaml_path = synth.write_dataset(tmp_path / "seg", n=2, task="segment", size=(W, H))
    root = yaml_path.parent
    image = sorted((root / "images" / "train").iterdir())[0]
    rel = image.relative_to(root).as_posix()
    label = root / "labels" / "train" / f"{image.stem}.txt"
    label.write_text(format_shapes(Labels([0], (POLYGON,), (LABEL,))))
    preds = Labels([0, 1], (POLYGON, POLYGON), (LABEL, OTHER), [0.91, 0.6])
    with DatasetIndex.open(yaml_path) as idx:
        idx.refresh()
        idx.record_model_view([(rel, preds.cls, preds.xywhn(), preds.conf, preds)], "tiny-seg.pt")
    pane = open_review_pane(qtbot, yaml_path, synth.classes_for("segment"))
    try:
        assert pane.open_rel(rel)
        cv = pane.canvas
        assert isinstance(cv.boxes, Shapes) and len(cv.boxes) == 1  # the label: a polygon
        drawn = cv.predictions.boxes
        assert isinstance(drawn, Shapes) and drawn.kinds == (POLYGON,)  # the label's own is not repeated
        assert drawn.cls.tolist() == [1] and np.allclose(drawn.conf, [0.6])
        corners = np.array(OTHER).reshape(-1, 2) * [W, H]
        assert np.allclose(drawn.pts[0], corners, atol=1e-6)
        on = cv.grab().toImage()
        pane.act_preds.trigger()  # the switch off: what the predictions drew goes
        assert not cv.predictions.visible
        off = cv.grab().toImage()
        (x0, y0), (x1, y1), (x2, y2) = corners
        # the hypotenuse (no side of the box around it) is drawn
        assert all(_changed(on, off, cv, x2 + t * (x0 - x2), y2 + t * (y0 - y2)) for t in np.linspace(0.1, 0.9, 60))
        # the top side, dashed: strokes with gaps between them
        a, b = cv.image_to_widget(QPointF(x0, y0)), cv.image_to_widget(QPointF(x1, y1))
        strength = np.array([_diff(on, off, x, round(a.y())) for x in range(round(a.x()) + 5, round(b.x()) - 5)])
        stroke = strength > strength.max() / 2
        gaps = int((stroke[:-1] & ~stroke[1:]).sum())
        assert 0.5 < stroke.mean() < 0.95 and gaps >= 8, (stroke.mean(), gaps)
        # the box around it would have a left side and a bottom-left corner: nothing drawn there
        assert not _changed(on, off, cv, x0, (y0 + y2) / 2, r=3)
        assert not _changed(on, off, cv, x0 + 3, y2 - 3, r=3)
    finally:
        pane.shutdown()
