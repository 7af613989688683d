"""The audit of polygons and rotated boxes: the findings of score.find, with the shapes' own IoU
where the box audit uses box IoU.

    found = find_shapes("segment", labels, lines, preds, w, h)   # io.shapes.Labels; preds with conf

Polygons compare by mask IoU (each rasterized at the image's pixel size as pycocotools does,
metrics.shapes_iou), rotated boxes by the probabilistic IoU of Ultralytics' OBB validator (corners
through cv2.minAreaRect, batch_probiou's float32 arithmetic). Every rule of score.find stays as it
is: the one-to-one assignment of labels to predictions over the whole image (so in a crowd each
label keeps its own shape), the thresholds, the calibration. Only the merge rule (a prediction
spanning two same-class labels) reads the boxes around the shapes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from app.core.audit.score import DEFAULT, AuditParams, find
from app.core.metrics.shapes_iou import corners_to_xywhr, mask_iou, polygon_mask, probiou_matrix

if TYPE_CHECKING:
    from app.core.audit.findings import Finding
    from app.core.io.shapes import Labels

TASKS = ("segment", "obb")


def shape_iou_square(task: str, coords: Sequence[npt.ArrayLike], w: int, h: int) -> np.ndarray:
    """(K, K) IoU of K shapes of one image (normalized coordinates: a polygon x1 y1 ... xn yn, a
    rotated box its 4 corners), 1 on the diagonal. w, h: the image's pixel size."""
    if task not in TASKS:
        raise ValueError(f"task must be one of {TASKS}, got {task!r}")
    k = len(coords)
    out = np.eye(k, dtype=np.float64)
    if k < 2:
        return out
    pix = [np.asarray(c, np.float64).reshape(-1, 2) * (float(w), float(h)) for c in coords]
    if task == "obb":
        r = corners_to_xywhr(np.array(pix, np.float64).reshape(-1, 8))
        out = probiou_matrix(r, r).astype(np.float64)
        np.fill_diagonal(out, 1.0)
        return out
    masks = [polygon_mask(p.reshape(-1), int(h), int(w)) for p in pix]
    span = np.array([(m.starts[0], m.ends[-1]) if len(m.starts) else (0, 0) for m in masks], np.int64)
    for i in range(k):
        for j in range(i + 1, k):
            if span[i, 0] < span[j, 1] and span[j, 0] < span[i, 1]:
                out[i, j] = out[j, i] = mask_iou(masks[i], masks[j])
    return out


def find_shapes(
    task: str, labels: Labels, lines: npt.ArrayLike, preds: Labels, w: int, h: int, params: AuditParams = DEFAULT
) -> list[Finding]:
    """score.find on one image's polygons / rotated boxes. labels, preds: app.core.io.shapes.Labels
    (preds.conf set); lines: the labels' 1-based line numbers in their file. Findings carry the
    boxes around the shapes (their `box` / `pred_box`), as the box audit's do."""
    conf = preds.conf if preds.conf is not None else np.ones(len(preds))
    every = shape_iou_square(task, list(labels.coords) + list(preds.coords), w, h)
    return find(labels.cls, labels.xywhn(), lines, preds.cls, preds.xywhn(), conf, params, every=every)
