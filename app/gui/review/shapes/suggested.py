"""The model's polygon or rotated box behind an audit finding, for Y on a shapes document (issue 25).

An audit finding names the model's prediction by class and box (normalized xywh). Where the
dataset's last auto-label run stored that prediction's points (DatasetIndex.prediction_shapes:
same class, same box to 1e-4), Y puts that very shape in (badloc: in place of the label's shape;
overlooked: added); where the index has none, Y on a shape changes nothing and says so (scaling
a polygon to the model's box would invent an outline nobody drew).
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QT_TRANSLATE_NOOP

from widgets.canvas.clipboard import placed
from widgets.canvas.shapes_model import OBB, POLYGON, Shapes

SAME_BOX = 1e-4  # normalized: the finding's box against the stored prediction's
NO_SHAPE = QT_TRANSLATE_NOOP(
    "Review",
    "Y: the index holds no predicted polygon or rotated box for this finding; edit the shape by hand (N keeps it)",
)


def predicted_shape(index, rel: str, finding, target: Shapes, width: int, height: int) -> Shapes | None:
    """The finding's prediction as one shape of target's kind (a Shapes of length 1), or None."""
    if index is None or finding.pred_box is None or finding.pred_cls is None:
        return None
    cls, xywhn, _conf = index.predictions(rel)
    lab = index.prediction_shapes(rel) if len(cls) else None
    if lab is None or len(lab.kinds) != len(cls):
        return None
    d = np.abs(xywhn - np.asarray(finding.pred_box, np.float64)).max(1)
    d[cls != int(finding.pred_cls)] = np.inf
    j = int(np.argmin(d))
    if d[j] > SAME_BOX or lab.kinds[j] not in (POLYGON, OBB):
        return None
    return placed([(int(cls[j]), lab.kinds[j], np.asarray(lab.coords[j], np.float64))], target, width, height)


def shape_suggestion(index, rel: str, finding, shapes: Shapes, i: int, width: int, height: int):
    """(shapes after Y, selection) for a badloc or overlooked finding on a shapes document; None
    when the index has no predicted shape for it."""
    got = predicted_shape(index, rel, finding, shapes, width, height)
    if got is None:
        return None
    if finding.kind == "badloc":
        return shapes.with_kind(i, got.kinds[0], got.pts[0]), (i,)
    return shapes.added_shapes(got.pts, got.cls, kinds=got.kinds), (len(shapes),)
