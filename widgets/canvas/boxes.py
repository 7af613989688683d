"""Box model of the review editor: pure numpy, no Qt, tested without a display.

`Boxes` holds N boxes in image pixels (xyxy, float64), class ids (int64) and confidences
(float64, NaN = drawn or changed by a person). Every editing operation returns a NEW Boxes (the
old one stays valid for undo); boxes are always clamped inside the image. Hit-testing finds the
handle or box under a point so the canvas only turns mouse positions into these calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from widgets.canvas.shapes_model import Shapes

# Handles: name -> (x factor, y factor) over the box: 0 = left/top edge, 1 = right/bottom, 0.5 = middle
HANDLES = {
    "nw": (0, 0),
    "n": (0.5, 0),
    "ne": (1, 0),
    "e": (1, 0.5),
    "se": (1, 1),
    "s": (0.5, 1),
    "sw": (0, 1),
    "w": (0, 0.5),
}
INSIDE = "inside"
MIN_SIZE = 2.0  # pixels: a box is never smaller than this


@dataclass(frozen=True)
class Boxes:
    xyxy: np.ndarray = field(default_factory=lambda: np.zeros((0, 4), np.float64))
    cls: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    conf: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float64))

    def __post_init__(self):
        xyxy = np.asarray(self.xyxy, np.float64).reshape(-1, 4)
        cls = np.asarray(self.cls, np.int64).reshape(-1)
        conf = np.asarray(self.conf, np.float64).reshape(-1) if self.conf is not None else None
        if conf is None or conf.size == 0 and len(cls):
            conf = np.full(len(cls), np.nan)
        if not (len(xyxy) == len(cls) == len(conf)):
            raise ValueError(f"boxes, classes and confidences differ in length: {len(xyxy)}, {len(cls)}, {len(conf)}")
        for name, arr in (("xyxy", xyxy), ("cls", cls), ("conf", conf)):
            arr = arr.copy()
            arr.flags.writeable = False
            object.__setattr__(self, name, arr)

    # ----- construction / conversion -----
    @classmethod
    def from_xywhn(cls, classes, xywhn, conf, width: int, height: int) -> Boxes:
        b = np.asarray(xywhn, np.float64).reshape(-1, 4)
        s = np.array([width, height, width, height], np.float64)
        xyxy = np.concatenate([b[:, :2] - b[:, 2:] / 2, b[:, :2] + b[:, 2:] / 2], 1) * s
        return cls(clamp(xyxy, width, height), classes, conf)

    def to_xywhn(self, width: int, height: int) -> np.ndarray:
        b = self.xyxy / np.array([width, height, width, height], np.float64)
        return np.concatenate([(b[:, :2] + b[:, 2:]) / 2, b[:, 2:] - b[:, :2]], 1).clip(0.0, 1.0)

    def __len__(self) -> int:
        return len(self.cls)

    def equals(self, other: Boxes) -> bool:
        return (
            len(self) == len(other)
            and np.array_equal(self.cls, other.cls)
            and np.allclose(self.xyxy, other.xyxy, atol=1e-9)
            and np.array_equal(np.isnan(self.conf), np.isnan(other.conf))
            and np.allclose(np.nan_to_num(self.conf), np.nan_to_num(other.conf))
        )

    def subset(self, idx) -> Boxes:
        idx = np.asarray(idx, np.int64).reshape(-1)
        return Boxes(self.xyxy[idx], self.cls[idx], self.conf[idx])

    # ----- edits (all return new Boxes) -----
    def added(self, xyxy, classes, conf=None) -> Boxes:
        xyxy = np.asarray(xyxy, np.float64).reshape(-1, 4)
        classes = np.broadcast_to(np.asarray(classes, np.int64), (len(xyxy),))
        conf = (
            np.full(len(xyxy), np.nan) if conf is None else np.broadcast_to(np.asarray(conf, np.float64), (len(xyxy),))
        )
        return Boxes(
            np.concatenate([self.xyxy, xyxy]), np.concatenate([self.cls, classes]), np.concatenate([self.conf, conf])
        )

    def removed(self, idx) -> Boxes:
        keep = np.ones(len(self), bool)
        keep[np.asarray(list(idx), np.int64)] = False
        return self.subset(np.flatnonzero(keep))

    def with_class(self, idx, class_id: int) -> Boxes:
        """Change the class of boxes idx; a box a person touched has no model confidence any more."""
        idx = np.asarray(list(idx), np.int64)
        cls, conf = self.cls.copy(), self.conf.copy()
        changed = idx[cls[idx] != class_id]
        cls[changed], conf[changed] = class_id, np.nan
        return Boxes(self.xyxy, cls, conf)

    def with_xyxy(self, idx, xyxy) -> Boxes:
        idx = np.asarray(list(idx), np.int64)
        new, conf = self.xyxy.copy(), self.conf.copy()
        rows = np.asarray(xyxy, np.float64).reshape(-1, 4)
        moved = idx[np.any(np.abs(new[idx] - rows) > 1e-9, axis=1)]
        new[idx] = rows
        conf[moved] = np.nan
        return Boxes(new, self.cls, conf)


def clamp(xyxy, width: float, height: float) -> np.ndarray:
    """Order the corners and keep every box inside [0, width] x [0, height]."""
    b = np.asarray(xyxy, np.float64).reshape(-1, 4)
    x0, x1 = np.minimum(b[:, 0], b[:, 2]), np.maximum(b[:, 0], b[:, 2])
    y0, y1 = np.minimum(b[:, 1], b[:, 3]), np.maximum(b[:, 1], b[:, 3])
    out = np.stack([x0, y0, x1, y1], 1)
    out[:, [0, 2]] = out[:, [0, 2]].clip(0, width)
    out[:, [1, 3]] = out[:, [1, 3]].clip(0, height)
    return out


def box_from_drag(x0, y0, x1, y1, width, height) -> np.ndarray | None:
    """The box spanned by a drag (any direction), clamped; None when smaller than MIN_SIZE."""
    b = clamp([x0, y0, x1, y1], width, height)[0]
    if b[2] - b[0] < MIN_SIZE or b[3] - b[1] < MIN_SIZE:
        return None
    return b


def moved(xyxy, dx: float, dy: float, width: float, height: float) -> np.ndarray:
    """Translate boxes by (dx, dy) as one group, stopping at the image border (sizes kept)."""
    b = np.asarray(xyxy, np.float64).reshape(-1, 4)
    if len(b) == 0:
        return b.copy()
    dx = float(np.clip(dx, -b[:, 0].min(), width - b[:, 2].max()))
    dy = float(np.clip(dy, -b[:, 1].min(), height - b[:, 3].max()))
    return b + np.array([dx, dy, dx, dy])


def resized(xyxy, handle: str, x: float, y: float, width: float, height: float) -> np.ndarray:
    """Drag `handle` of one box to image point (x, y). Edges stay inside the image; dragging an
    edge past the opposite one flips the box (the handle follows), never below MIN_SIZE."""
    x0, y0, x1, y1 = (float(v) for v in np.asarray(xyxy, np.float64).reshape(4))
    fx, fy = HANDLES[handle]
    x, y = min(max(x, 0.0), width), min(max(y, 0.0), height)
    if fx == 0:
        x0 = x
    elif fx == 1:
        x1 = x
    if fy == 0:
        y0 = y
    elif fy == 1:
        y1 = y
    b = clamp([x0, y0, x1, y1], width, height)[0]
    for lo, hi, limit in ((0, 2, width), (1, 3, height)):
        if b[hi] - b[lo] < MIN_SIZE:
            if b[lo] + MIN_SIZE <= limit:
                b[hi] = b[lo] + MIN_SIZE
            else:
                b[lo] = b[hi] - MIN_SIZE
    return b


def flipped_handle(handle: str, before, after) -> str:
    """The handle under the cursor after a resize that may have flipped the box."""
    fx, fy = HANDLES[handle]
    (bx0, by0, bx1, by1), (ax0, ay0, ax1, ay1) = before, after
    if fx != 0.5 and (ax0, ax1) != (bx0, bx1) and ((fx == 0 and ax1 > bx1 + 1e-9) or (fx == 1 and ax0 < bx0 - 1e-9)):
        fx = 1 - fx
    if fy != 0.5 and (ay0, ay1) != (by0, by1) and ((fy == 0 and ay1 > by1 + 1e-9) or (fy == 1 and ay0 < by0 - 1e-9)):
        fy = 1 - fy
    return next(k for k, v in HANDLES.items() if v == (fx, fy))


def handle_points(xyxy) -> dict[str, tuple[float, float]]:
    x0, y0, x1, y1 = (float(v) for v in np.asarray(xyxy).reshape(4))
    return {k: (x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)) for k, (fx, fy) in HANDLES.items()}


def hit_test(boxes: Boxes, x: float, y: float, tolerance: float, visible=None, selected=()) -> tuple[int, str] | None:
    """(box index, handle name or INSIDE) under image point (x, y), or None.

    Handles of selected boxes win (within `tolerance` image pixels), then the smallest visible box
    containing the point (a small box inside a big one stays reachable)."""
    n = len(boxes)
    if n == 0:
        return None
    vis = np.ones(n, bool) if visible is None else np.asarray(visible, bool)
    for i in selected:
        if 0 <= i < n and vis[i]:
            best = None
            for name, (hx, hy) in handle_points(boxes.xyxy[i]).items():
                d = max(abs(hx - x), abs(hy - y))
                if d <= tolerance and (best is None or d < best[0]):
                    best = (d, name)
            if best:
                return int(i), best[1]
    b = boxes.xyxy
    inside = vis & (b[:, 0] <= x) & (x <= b[:, 2]) & (b[:, 1] <= y) & (y <= b[:, 3])
    if not inside.any():
        return None
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    idx = np.flatnonzero(inside)
    return int(idx[np.argmin(area[idx])]), INSIDE


def visible_mask(boxes: Boxes, hidden_classes=(), min_conf: float = 0.0) -> np.ndarray:
    """Boxes shown: class not hidden and confidence >= min_conf (boxes without one always show)."""
    if len(boxes) == 0:
        return np.zeros(0, bool)
    mask = ~np.isin(boxes.cls, np.asarray(list(hidden_classes), np.int64))
    with np.errstate(invalid="ignore"):
        mask &= np.isnan(boxes.conf) | (boxes.conf >= min_conf)
    return mask


def tab_order(boxes: Boxes, visible=None) -> list[int]:
    """Order Tab walks the boxes: least confident first (the likeliest mistakes), person-made boxes
    last, ties left-to-right then top-to-bottom."""
    n = len(boxes)
    vis = np.ones(n, bool) if visible is None else np.asarray(visible, bool)
    conf = np.where(np.isnan(boxes.conf), 2.0, boxes.conf)
    order = np.lexsort((boxes.xyxy[:, 1], boxes.xyxy[:, 0], conf)) if n else np.zeros(0, np.int64)
    return [int(i) for i in order if vis[i]]


def rescaled(boxes: Boxes, from_wh, to_wh) -> Boxes:
    """Boxes of one image placed on another of a different size (same relative position)."""
    (fw, fh), (tw, th) = from_wh, to_wh
    s = np.array([tw / fw, th / fh, tw / fw, th / fh]) if fw and fh else np.ones(4)
    return Boxes(clamp(boxes.xyxy * s, tw, th), boxes.cls, boxes.conf)


@dataclass(frozen=True)
class Edit:
    """What an edit did, as data: the canvas emits it, an undo command replays it."""

    before: Boxes | Shapes  # a box document's boxes, or a shape document's polygons / rotated boxes
    after: Boxes | Shapes
    text: str
    sel_before: tuple[int, ...] = ()
    sel_after: tuple[int, ...] = ()
    merge_key: str | None = None  # consecutive edits with the same key fold into one undo step
