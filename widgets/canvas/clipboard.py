"""What copy, paste, duplicate and "boxes of the previous image" carry: each object with its kind.

A clip item is (class, kind, normalized flat coordinates): kind BOX with (cx, cy, w, h), or a
polygon / rotated box (widgets.canvas.shapes_model POLYGON / OBB) with its x1 y1 ... xn yn. Put
on a canvas, an item keeps what it is wherever the document can hold it:

* a box document gets boxes (a shape becomes the box around it: a box file cannot hold one);
* a shapes document keeps a shape of its own kind as it is, a box becomes a rectangle of the
  document's kind, a rotated box in a polygon document its 4 corners as a polygon, a polygon in a
  rotated-box document its smallest rotated box (cv2.minAreaRect).

    items = clip_items(canvas.boxes.subset(sel), w, h)
    new = placed(items, canvas.boxes, w2, h2)        # Boxes or Shapes in the target's pixels
"""

from __future__ import annotations

import numpy as np

from widgets.canvas.boxes import Boxes, clamp
from widgets.canvas.shapes_model import POLYGON, Shapes, rect_points

BOX = "box"


def clip_items(objs, width: int, height: int) -> list[tuple[int, str, np.ndarray]]:
    """(class, kind, normalized flat coords) of each object of a Boxes or Shapes."""
    if isinstance(objs, Shapes):
        s = np.array([width, height], np.float64)
        return [(int(c), k, (p / s).reshape(-1)) for c, k, p in zip(objs.cls, objs.kinds, objs.pts)]
    return [(int(c), BOX, np.asarray(b, np.float64)) for c, b in zip(objs.cls, objs.to_xywhn(width, height))]


def as_kind(pts, kind: str) -> np.ndarray:
    """Shape points (K, 2) as a shape of `kind`: a polygon keeps any points; a rotated box keeps
    4 points of a rectangle (to a thousandth), else becomes the smallest rotated box around them."""
    p = np.asarray(pts, np.float64).reshape(-1, 2)
    if kind == POLYGON or (len(p) == 4 and _is_rectangle(p)):
        return p
    import cv2

    return cv2.boxPoints(cv2.minAreaRect(p.astype(np.float32))).astype(np.float64)


def _is_rectangle(p: np.ndarray) -> bool:
    e = np.roll(p, -1, 0) - p
    dots = (e * np.roll(e, -1, 0)).sum(1)
    scale = float((e * e).sum(1).max()) or 1.0
    return bool(np.all(np.abs(dots) <= 1e-3 * scale))


def placed(items, target, width: int, height: int):
    """The clip items as objects a document like `target` holds (a new Boxes or Shapes, with no
    confidences: pasted objects are a person's), in pixels of a width x height image."""
    wh = np.array([width, height], np.float64)
    cls = [c for c, _k, _v in items]
    pts = []
    for _c, kind, v in items:
        v = np.asarray(v, np.float64).reshape(-1)
        if kind == BOX:
            b = v * [width, height, width, height]
            pts.append(rect_points(np.concatenate([b[:2] - b[2:] / 2, b[:2] + b[2:] / 2])))
        else:
            pts.append(v.reshape(-1, 2) * wh)
    if not isinstance(target, Shapes):
        xyxy = np.array([[p[:, 0].min(), p[:, 1].min(), p[:, 0].max(), p[:, 1].max()] for p in pts]).reshape(-1, 4)
        return Boxes(clamp(xyxy, width, height), np.asarray(cls, np.int64), np.full(len(cls), np.nan))
    kinds = [target.kind if k == BOX else k for _c, k, _v in items]
    doc_kinds = set(target.kinds) or {target.kind}
    want = [k if k in doc_kinds else target.kind for k in kinds]
    pts = [p if k == w else as_kind(p, w) for p, k, w in zip(pts, kinds, want)]
    return Shapes(
        tuple(pts), tuple(want), np.asarray(cls, np.int64), np.full(len(cls), np.nan), (None,) * len(pts), target.kind
    )


def shifted(objs, dx: float, dy: float):
    """Boxes or Shapes moved by (dx, dy) pixels."""
    if isinstance(objs, Shapes):
        n = len(objs)
        return Shapes(
            tuple(p + [dx, dy] for p in objs.pts), objs.kinds, objs.cls, np.full(n, np.nan), (None,) * n, objs.kind
        )
    return Boxes(objs.xyxy + [dx, dy, dx, dy], objs.cls, np.full(len(objs), np.nan))


def appended(target, new):
    """target with `new` (made by placed() for it) added at its end."""
    if isinstance(target, Shapes):
        return target.added_shapes(new.pts, new.cls, kinds=new.kinds)
    return target.added(new.xyxy, new.cls)
