"""Which stored findings still hold for the labels as they are now (after edits in the Review
pane or elsewhere), without running the model again."""

from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy as np
import numpy.typing as npt

from app.core.audit.findings import Finding
from app.core.audit.score import iou_xywh

SAME_LABEL_IOU = 0.98  # a box is the label the finding was made on
COVERED_IOU = 0.5  # an overlooked object counts as labeled once a box covers it


def label_index(f: Finding, cls: npt.ArrayLike, xywhn: npt.ArrayLike) -> int:
    """Index of the box the finding is about (same class and box), -1 when it changed or went."""
    cls = np.asarray(cls, np.int64).reshape(-1)
    if f.box is None or not len(cls):
        return -1
    iou = iou_xywh(np.asarray(f.box)[None], xywhn)[0]
    iou[cls != f.cls] = 0.0
    i = int(np.argmax(iou))
    return i if iou[i] >= SAME_LABEL_IOU else -1


def live_findings(
    found: Iterable[Finding],
    cls: npt.ArrayLike,
    xywhn: npt.ArrayLike,
    dismissed: Collection[str] = (),
    model_ident: str = "",
) -> list[Finding]:
    """The findings that still apply to these boxes and are not dismissed; a label finding takes
    the box as it is now (so a changed label is judged anew), worst first."""
    xywhn = np.asarray(xywhn, np.float64).reshape(-1, 4)
    out = []
    for f in found:
        if f.kind == "overlooked":
            if len(xywhn) and iou_xywh(np.asarray(f.pred_box)[None], xywhn)[0].max() >= COVERED_IOU:
                continue
        else:
            i = label_index(f, cls, xywhn)
            if i < 0:
                continue
            f.box = [float(v) for v in xywhn[i]]
        if not f.dismissed_by(dismissed, model_ident):
            out.append(f)
    return out
