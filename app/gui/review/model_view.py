"""The model's view in the Review pane, and the pane following changes made elsewhere.

* Predictions stored in the index (or handed over by a click-through from Evaluate) are drawn
  dashed with class and confidence beside the labels (widgets.canvas.prediction_layer); a prediction that
  is already a label box showing it (same class, IoU >= 0.95 and the label carries its confidence:
  the auto-label itself) is not drawn twice. On hand-made labels (no confidence) every prediction
  is drawn: two predictions on one object, square 0.58 and circle 0.48, show both (issue 24).
* A -seg / -obb model's predictions (the polygons / rotated boxes the index keeps, or those of a
  segment / obb evaluation's click-through) are drawn as dashed shapes; one whose class and points
  are a label shape's (the auto-label itself: the file holds its 6 decimals) is not drawn twice.
* A click-through names the exact box: FP -> that prediction highlighted, FN -> that label box
  selected, wrong class -> both. It turns the predictions on.
* The pane's own changes (its edits, its audit run: app/gui/review/audit/job.py) are not news.
* A job that changed many labels / index rows (an auto-label run) reloads the queue in its new
  order and opens its first row; a change of a few images refreshes their rows.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QPointF, QRectF

from app.core.metrics.match import iou_matrix_xyxy
from app.gui.review.doc import Objects
from widgets.canvas.boxes import Boxes
from widgets.canvas.shapes_model import OBB, POLYGON, Shapes

SAME_BOX_IOU = 0.95
FEW = 50  # a change of up to this many images refreshes rows; more reloads the queue


def not_labels(preds: Objects, labels: Objects, keep: int = -1) -> tuple[Objects, int]:
    """preds without those a label box already shows (same class and place, its confidence on the
    label); keep (an index) always stays.
    Returns (boxes, new index of keep or -1)."""
    if not len(preds):
        return preds, -1
    same = np.zeros(len(preds), bool)
    if len(labels):
        iou = iou_matrix_xyxy(preds.xyxy, labels.xyxy)
        shown = np.isclose(preds.conf[:, None], labels.conf[None, :], rtol=0, atol=1e-6)  # NaN: False
        same = ((iou >= SAME_BOX_IOU) & (preds.cls[:, None] == labels.cls[None, :]) & shown).any(1)
    if isinstance(preds, Shapes) and isinstance(labels, Shapes) and len(labels):
        same |= np.array([_is_a_label(preds, i, labels) for i in range(len(preds))], bool)
    if 0 <= keep < len(preds):
        same[keep] = False
    idx = np.flatnonzero(~same)
    return preds.subset(idx), (int(np.searchsorted(idx, keep)) if 0 <= keep < len(preds) else -1)


def _is_a_label(preds: Shapes, i: int, labels: Shapes) -> bool:
    """Prediction i has a label shape of its class and kind with its very points (to a thousandth
    of a pixel: the label file's 6 decimals against the index's)."""
    p = preds.pts[i]
    return any(
        int(c) == int(preds.cls[i]) and k == preds.kinds[i] and q.shape == p.shape and np.allclose(q, p, atol=1e-3)
        for c, k, q in zip(labels.cls, labels.kinds, labels.pts)
    )


def prediction_shapes(cls, shapes, conf, width: int, height: int) -> Shapes | None:
    """Shapes in image pixels of stored predictions' (kinds, normalized coords), None when there are
    none or they are not polygons / rotated boxes one for one (then the boxes are drawn)."""
    if shapes is None:
        return None
    kinds, coords = shapes
    if len(kinds) != len(cls) or any(k not in (POLYGON, OBB) for k in kinds):
        return None
    try:
        return Shapes.from_normalized(cls, kinds, coords, conf, width, height)
    except ValueError:
        return None


class ModelView:
    """Owned by the Review pane: pending click-through focus, the predictions switch, changes."""

    def __init__(self, pane):
        self.pane = pane
        self.focus: tuple[str, dict] | None = None  # (image path, focus) until that image opens

    # ----- drawing -----
    def set_focus(self, image: str, focus: dict) -> None:
        self.focus = (str(image), dict(focus))
        self.pane.act_preds.setChecked(True)  # on after a click-through

    def show(self) -> bool:
        """Predictions of the open document (after it opened or the switch moved). True when a
        click-through's focus was shown (its pair highlighted: the audit view stays out of it)."""
        pane, canvas = self.pane, self.pane.canvas
        doc = pane.doc
        canvas.predictions.visible = pane.act_preds.isChecked()
        if doc is None or pane.index is None:
            canvas.predictions.clear()
            canvas.update()
            return False
        w, h = doc.size
        focus = None
        if self.focus is not None and pane.index.rel_of(self.focus[0]) == doc.rel:
            focus, self.focus = self.focus[1], None
        if focus is not None and focus.get("predictions") is not None:
            c, b, f = focus["predictions"]
            shapes = focus.get("shapes")  # (kinds, coords): a segment / obb evaluation's
            hot = int(focus.get("pred", -1))
        else:
            c, b, f = pane.index.predictions(doc.rel)
            lab = pane.index.prediction_shapes(doc.rel) if len(c) else None
            shapes = (lab.kinds, lab.coords) if lab is not None else None
            hot = -1
        as_shapes = prediction_shapes(c, shapes, f, w, h)
        preds, hot = not_labels(as_shapes if as_shapes is not None else Boxes.from_xywhn(c, b, f, w, h), doc.boxes, hot)
        canvas.predictions.set(preds, hot)
        if focus is not None:
            gt = int(focus.get("gt", -1))
            if 0 <= gt < len(doc.boxes):
                canvas.show_box(gt)
            elif hot >= 0:
                canvas.set_selection([])
            if hot >= 0:
                self._bring_into_view(preds.xyxy[hot])
        canvas.update()
        return focus is not None

    def _bring_into_view(self, xyxy) -> None:
        c = self.pane.canvas
        x0, y0, x1, y1 = (float(v) for v in xyxy)
        a, b = c.widget_to_image(QPointF(0, 0)), c.widget_to_image(QPointF(c.width(), c.height()))
        if not QRectF(a, b).contains(QRectF(x0, y0, x1 - x0, y1 - y0)):
            c.set_view(c.zoom, (x0 + x1) / 2, (y0 + y1) / 2)

    # ----- changes made elsewhere -----
    def changed(self, ch) -> None:
        pane = self.pane
        if "dataset" in ch.what or not ch.for_open or ch.source in ("review", "audit") or pane.index is None:
            return
        if not ch.has({"labels", "index", "predictions"}):
            return
        if ch.rels and len(ch.rels) <= FEW:
            for rel in ch.rels:
                pane.queue.model.refresh_row(rel)
            pane.update_progress()
            if pane.doc is not None and pane.doc.rel in ch.rels and "predictions" in ch.what:
                self.show()
            return
        # many images (a run): the queue in its new order, the first row open
        if not pane.leave_current():
            pane.reload_queue()
            return
        pane.session.forget_clean()
        pane.reload_queue()
        if pane.doc is None and pane.queue.model.rows:
            pane.open_row(0)
