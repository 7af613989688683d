"""Polygon and rotated-box model of the review editor: pure numpy, no Qt, tested without a display.

`Shapes` sits beside `widgets.canvas.boxes.Boxes` and answers the same questions (cls, conf, xyxy
bounds, added / removed / with_class / with_xyxy / subset / equals / to_xywhn), so the box
canvas' commands (class, delete, nudge, copy, undo) work on it unchanged. Each shape is a (K, 2)
array of image pixels: a polygon (K >= 3) or a rotated box (4 corners, in order). Every edit
returns a NEW Shapes (the old one stays valid for undo).

Exact bytes: a shape read from a file keeps the normalized numbers the file held (`src`); an edit
drops them for that shape only, so `to_normalized` gives back, for every untouched shape, exactly
what was read, and the caller writes only what changed (6 decimals, Ultralytics' format).

    s = Shapes.from_normalized([0], ["polygon"], [[.1, .1, .5, .1, .3, .4]], None, 640, 480)
    s2 = s.with_points(0, moved_vertex(s.pts[0], 2, 200, 220))      # s is unchanged
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

POLYGON, OBB = "polygon", "obb"  # the kinds' names as app.core.io.shapes writes them
MIN_POINTS = 3  # a polygon never has fewer vertices
MIN_SIDE = 2.0  # pixels: a rotated box is never thinner than this
# rotated-box handles in its own frame: (u, v) over its sides, 0 = first corner's side, 1 = the other
OBB_HANDLES = {
    "c0": (0, 0),
    "e01": (0.5, 0),
    "c1": (1, 0),
    "e12": (1, 0.5),
    "c2": (1, 1),
    "e23": (0.5, 1),
    "c3": (0, 1),
    "e30": (0, 0.5),
}


def _ro(a, shape=None) -> np.ndarray:
    """A read-only float64 array; one that is already (ours, from an earlier Shapes) is kept as it
    is, so unchanged shapes keep their arrays across edits (the painter caches outlines by them)."""
    if isinstance(a, np.ndarray) and a.dtype == np.float64 and not a.flags.writeable and a.flags.owndata:
        if shape is None or (a.ndim == 2 and a.shape[1] == 2):
            return a
    a = np.asarray(a, np.float64)
    a = np.array(a if shape is None else a.reshape(shape), np.float64, copy=True)
    a.flags.writeable = False
    return a


def _bounds(pts) -> np.ndarray:
    if not len(pts):
        return np.zeros((0, 4), np.float64)
    return np.array([[p[:, 0].min(), p[:, 1].min(), p[:, 0].max(), p[:, 1].max()] for p in pts], np.float64)


@dataclass(frozen=True, eq=False)
class Shapes:
    """N shapes: pts N (K, 2) float64 image pixels; kinds N of POLYGON / OBB; cls (N,) int64; conf
    (N,) float64 (NaN: made or changed by a person); src N normalized flat arrays or None (edited);
    kind: what a new shape becomes (the file's or the dataset's kind)."""

    pts: tuple = ()
    kinds: tuple = ()
    cls: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    # None given for conf / src means "all NaN" / "all edited": __post_init__ makes them arrays / tuples
    conf: np.ndarray = None  # type: ignore[assignment]
    src: tuple = None  # type: ignore[assignment]
    kind: str = POLYGON
    xyxy: np.ndarray = field(init=False, repr=False, compare=False)  # the bounds, set by __post_init__

    def __post_init__(self):
        pts = tuple(_ro(p, (-1, 2)) for p in self.pts)
        kinds = tuple(str(k) for k in self.kinds)
        cls = np.asarray(self.cls, np.int64).reshape(-1)
        conf = np.full(len(cls), np.nan) if self.conf is None else np.asarray(self.conf, np.float64).reshape(-1)
        src = (None,) * len(pts) if self.src is None else tuple(None if s is None else _ro(s) for s in self.src)
        if not len(pts) == len(kinds) == len(cls) == len(conf) == len(src):
            raise ValueError(
                f"shapes, kinds, classes, confidences differ in length: {len(pts)}, {len(kinds)}, {len(cls)}"
            )
        for p, k in zip(pts, kinds):
            if k not in (POLYGON, OBB) or (k == OBB and len(p) != 4) or len(p) < MIN_POINTS:
                raise ValueError(f"a {k} cannot have {len(p)} points")
        object.__setattr__(self, "pts", pts)
        object.__setattr__(self, "kinds", kinds)
        cls = cls.copy()
        cls.flags.writeable = False
        object.__setattr__(self, "cls", cls)
        object.__setattr__(self, "conf", _ro(conf))
        object.__setattr__(self, "src", src)
        b = _bounds(pts)
        b.flags.writeable = False
        object.__setattr__(self, "xyxy", b)  # the axis-aligned bounds (what box code reads)

    # ----- files -----
    @classmethod
    def from_normalized(cls, classes, kinds, coords, conf, width: int, height: int, kind: str = POLYGON) -> Shapes:
        """From a label file's numbers (app.core.io.shapes.Labels: cls, kinds, coords), kept as src."""
        s = np.array([width, height], np.float64)
        coords = [np.asarray(c, np.float64).reshape(-1) for c in coords]
        return cls(tuple(c.reshape(-1, 2) * s for c in coords), tuple(kinds), classes, conf, tuple(coords), kind)

    def to_normalized(self, width: int, height: int) -> tuple[list[int], list[str], list[np.ndarray]]:
        """(classes, kinds, flat normalized coordinates) to write: an untouched shape's numbers as
        read; an edited polygon clipped to 0..1, an edited rotated box to -1..2 (Ultralytics writes
        its corners unclipped)."""
        s = np.array([width, height], np.float64)
        out = []
        for p, k, src in zip(self.pts, self.kinds, self.src):
            if src is not None:
                out.append(np.asarray(src))
                continue
            n = (p / s).reshape(-1)
            out.append(n.clip(0.0, 1.0) if k == POLYGON else n.clip(-1.0, 2.0))
        return self.cls.tolist(), list(self.kinds), out

    # ----- what the box code reads -----
    def __len__(self) -> int:
        return len(self.cls)

    def to_xywhn(self, width: int, height: int) -> np.ndarray:
        b = self.xyxy / np.array([width, height, width, height], np.float64)
        return np.concatenate([(b[:, :2] + b[:, 2:]) / 2, b[:, 2:] - b[:, :2]], 1).clip(0.0, 1.0)

    def same_shapes(self, other, atol: float = 1e-9) -> bool:
        """Same kinds, classes and points (confidences not compared)."""
        return (
            isinstance(other, Shapes)
            and len(self) == len(other)
            and self.kinds == other.kinds
            and np.array_equal(self.cls, other.cls)
            and all(a.shape == b.shape and np.allclose(a, b, rtol=0, atol=atol) for a, b in zip(self.pts, other.pts))
        )

    def equals(self, other) -> bool:
        return (
            self.same_shapes(other)
            and np.array_equal(np.isnan(self.conf), np.isnan(other.conf))
            and np.allclose(np.nan_to_num(self.conf), np.nan_to_num(other.conf))
        )

    def _make(self, pts, kinds, cls, conf, src) -> Shapes:
        return Shapes(tuple(pts), tuple(kinds), cls, conf, tuple(src), self.kind)

    def subset(self, idx) -> Shapes:
        idx = [int(i) for i in np.asarray(idx, np.int64).reshape(-1)]
        return self._make(
            [self.pts[i] for i in idx],
            [self.kinds[i] for i in idx],
            self.cls[idx],
            self.conf[idx],
            [self.src[i] for i in idx],
        )

    # ----- edits (all return new Shapes) -----
    def added(self, xyxy, classes, conf=None) -> Shapes:
        """Boxes (xyxy) added as shapes of this model's kind: 4 corners clockwise from top-left."""
        b = np.asarray(xyxy, np.float64).reshape(-1, 4)
        return self.added_shapes([rect_points(r) for r in b], classes, conf)

    def added_shapes(self, pts, classes, conf=None, kinds=None) -> Shapes:
        pts = [np.asarray(p, np.float64).reshape(-1, 2) for p in pts]
        n = len(pts)
        classes = np.broadcast_to(np.asarray(classes, np.int64), (n,))
        conf = np.full(n, np.nan) if conf is None else np.broadcast_to(np.asarray(conf, np.float64), (n,))
        kinds = [self.kind] * n if kinds is None else list(kinds)
        return self._make(
            list(self.pts) + pts,
            list(self.kinds) + kinds,
            np.concatenate([self.cls, classes]),
            np.concatenate([self.conf, conf]),
            list(self.src) + [None] * n,
        )

    def removed(self, idx) -> Shapes:
        drop = {int(i) for i in idx}
        return self.subset([i for i in range(len(self)) if i not in drop])

    def with_class(self, idx, class_id: int) -> Shapes:
        """A shape whose class changes loses its model confidence and its read numbers' class only
        (its coordinates stay exactly as read)."""
        cls, conf = self.cls.copy(), self.conf.copy()
        for i in (int(i) for i in idx):
            if cls[i] != class_id:
                cls[i], conf[i] = class_id, np.nan
        return self._make(self.pts, self.kinds, cls, conf, self.src)

    def with_points(self, idx, pts) -> Shapes:
        """Shapes idx get new points (one (K, 2) array each, or one array for one index)."""
        idx = [int(idx)] if isinstance(idx, int | np.integer) else [int(i) for i in idx]
        if len(idx) == 1 and np.asarray(pts[0] if isinstance(pts, list | tuple) else pts).ndim == 2:
            pts = [pts[0] if isinstance(pts, list | tuple) else pts]
        new_pts, conf, src = list(self.pts), self.conf.copy(), list(self.src)
        for i, p in zip(idx, pts):
            p = np.asarray(p, np.float64).reshape(-1, 2)
            if p.shape == new_pts[i].shape and np.array_equal(p, new_pts[i]):
                continue
            new_pts[i], conf[i], src[i] = p, np.nan, None
        return self._make(new_pts, self.kinds, self.cls, conf, src)

    def with_kind(self, i: int, kind: str, pts) -> Shapes:
        kinds = list(self.kinds)
        kinds[i] = kind
        new = self._make(self.pts, kinds, self.cls, self.conf, self.src)
        return new.with_points([i], [np.asarray(pts, np.float64)])

    def with_xyxy(self, idx, xyxy) -> Shapes:
        """Box code moved or resized bounds: each shape follows its bounds (translated, scaled)."""
        rows = np.asarray(xyxy, np.float64).reshape(-1, 4)
        pts = []
        for i, r in zip((int(i) for i in idx), rows):
            b = self.xyxy[i]
            sx = (r[2] - r[0]) / (b[2] - b[0]) if b[2] > b[0] else 1.0
            sy = (r[3] - r[1]) / (b[3] - b[1]) if b[3] > b[1] else 1.0
            pts.append((self.pts[i] - b[:2]) * [sx, sy] + r[:2])
        return self.with_points(list(int(i) for i in idx), pts)


# ---------------------------------------------------------------------------------------------- geometry
def rect_points(xyxy) -> np.ndarray:
    x0, y0, x1, y1 = (float(v) for v in np.asarray(xyxy).reshape(4))
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)


def inside_polygon(pts, x: float, y: float) -> bool:
    """Even-odd rule (a point on the outline may fall either way)."""
    p = np.asarray(pts, np.float64)
    x0, y0 = p[:, 0], p[:, 1]
    x1, y1 = np.roll(x0, -1), np.roll(y0, -1)
    cross = (y0 > y) != (y1 > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        xs = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
    return bool(np.count_nonzero(cross & (x < xs)) % 2)


def edge_distances(pts, x: float, y: float) -> np.ndarray:
    """Distance from (x, y) to each edge k (vertex k to vertex k+1, closing edge last)."""
    a = np.asarray(pts, np.float64)
    b = np.roll(a, -1, 0)
    d = b - a
    ll = (d * d).sum(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(ll > 0, ((np.array([x, y]) - a) * d).sum(1) / ll, 0.0).clip(0, 1)
    q = a + d * t[:, None]
    return np.hypot(q[:, 0] - x, q[:, 1] - y)


def nearest_vertex(pts, x: float, y: float, tol: float) -> int | None:
    d = np.abs(np.asarray(pts) - [x, y]).max(1)
    k = int(np.argmin(d))
    return k if d[k] <= tol else None


def nearest_edge(pts, x: float, y: float, tol: float) -> int | None:
    d = edge_distances(pts, x, y)
    k = int(np.argmin(d))
    return k if d[k] <= tol else None


def clip_points(pts, width: float, height: float) -> np.ndarray:
    p = np.asarray(pts, np.float64).copy()
    p[:, 0] = p[:, 0].clip(0, width)
    p[:, 1] = p[:, 1].clip(0, height)
    return p


def moved_vertex(pts, k: int, x: float, y: float, width: float, height: float) -> np.ndarray:
    p = np.asarray(pts, np.float64).copy()
    p[k] = (min(max(x, 0.0), width), min(max(y, 0.0), height))
    return p


def inserted_vertex(pts, edge: int, x: float, y: float) -> np.ndarray:
    """A vertex on edge `edge` (between vertex edge and edge+1), at the point of the edge nearest (x, y)."""
    a = np.asarray(pts, np.float64)
    p0, p1 = a[edge], a[(edge + 1) % len(a)]
    d = p1 - p0
    ll = float((d * d).sum())
    t = 0.5 if ll == 0 else min(max(float(((np.array([x, y]) - p0) * d).sum()) / ll, 0.0), 1.0)
    return np.insert(a, edge + 1, p0 + d * t, axis=0)


def removed_vertex(pts, k: int) -> np.ndarray | None:
    """Without vertex k; None when that would leave fewer than MIN_POINTS."""
    a = np.asarray(pts, np.float64)
    return None if len(a) <= MIN_POINTS else np.delete(a, k, axis=0)


def translated(pts, dx: float, dy: float, width: float, height: float, keep_inside: bool = True) -> np.ndarray:
    """Moved by (dx, dy); keep_inside stops at the image border (a polygon); a rotated box may
    leave it with its corners but not with its centre."""
    a = np.asarray(pts, np.float64)
    if keep_inside:
        lo, hi = a.min(0), a.max(0)
        dx = float(np.clip(dx, -lo[0], width - hi[0])) if hi[0] - lo[0] <= width else 0.0
        dy = float(np.clip(dy, -lo[1], height - hi[1])) if hi[1] - lo[1] <= height else 0.0
    else:
        c = a.mean(0)
        dx = float(np.clip(dx, -c[0], width - c[0]))
        dy = float(np.clip(dy, -c[1], height - c[1]))
    return a + [dx, dy]


def simplified(pts, tolerance: float) -> np.ndarray:
    """cv2.approxPolyDP of a closed polygon, keeping the original (float64) vertices it chose;
    never fewer than MIN_POINTS (the input comes back when it cannot be simplified further)."""
    import cv2

    a = np.asarray(pts, np.float64)
    f = a.astype(np.float32).reshape(-1, 1, 2)
    out = cv2.approxPolyDP(f, float(tolerance), True).reshape(-1, 2)
    if len(out) < MIN_POINTS or len(out) >= len(a):
        return a.copy()
    idx = [int(np.argmin(np.abs(f.reshape(-1, 2) - q).sum(1))) for q in out]
    return a[idx]


def polygon_area(pts) -> float:
    p = np.asarray(pts, np.float64)
    x, y = p[:, 0], p[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


# ----- rotated boxes: 4 corners c0 c1 c2 c3; its frame: u along c0->c1, v along c0->c3
def obb_frame(pts) -> tuple[np.ndarray, float, float, float]:
    """(centre, w along c0->c1, h along c1->c2, angle of c0->c1 in radians)."""
    p = np.asarray(pts, np.float64).reshape(4, 2)
    c = p.mean(0)
    e0, e1 = p[1] - p[0], p[2] - p[1]
    return c, float(np.hypot(*e0)), float(np.hypot(*e1)), math.atan2(e0[1], e0[0])


def obb_corners(center, w: float, h: float, angle: float) -> np.ndarray:
    u = np.array([math.cos(angle), math.sin(angle)])
    v = np.array([-math.sin(angle), math.cos(angle)])
    c = np.asarray(center, np.float64)
    return np.array(
        [c - u * w / 2 - v * h / 2, c + u * w / 2 - v * h / 2, c + u * w / 2 + v * h / 2, c - u * w / 2 + v * h / 2]
    )


def _axes(pts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Origin c0 and the (unnormalized) sides u = c1 - c0, v = c3 - c0 of a rotated box."""
    p = np.asarray(pts, np.float64).reshape(4, 2)
    return p[0], p[1] - p[0], p[3] - p[0]


def obb_handle_points(pts) -> dict[str, tuple[float, float]]:
    o, u, v = _axes(pts)
    return {k: tuple((o + u * fu + v * fv).tolist()) for k, (fu, fv) in OBB_HANDLES.items()}


def rotate_handle(pts, offset: float) -> tuple[float, float]:
    """The rotation handle: `offset` pixels outside the middle of side c0-c1."""
    o, u, v = _axes(pts)
    n = -v / max(float(np.hypot(*v)), 1e-9)
    m = o + u / 2 + n * offset
    return float(m[0]), float(m[1])


def obb_rotated(pts, degrees: float, about=None) -> np.ndarray:
    p = np.asarray(pts, np.float64).reshape(4, 2)
    c = p.mean(0) if about is None else np.asarray(about, np.float64)
    a = math.radians(degrees)
    r = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    return (p - c) @ r.T + c


def obb_rotated_to(pts, x: float, y: float) -> np.ndarray:
    """Turned about its centre so the rotation handle (outside side c0-c1) points at (x, y)."""
    p = np.asarray(pts, np.float64).reshape(4, 2)
    c = p.mean(0)
    o, u, v = _axes(p)
    now = math.atan2(-v[1], -v[0])  # direction centre -> handle
    want = math.atan2(y - c[1], x - c[0])
    return obb_rotated(p, math.degrees(want - now))


def obb_resized(pts, handle: str, x: float, y: float) -> np.ndarray:
    """Drag one handle of a rotated box to (x, y), along its own axes: the opposite side (corner)
    stays; an edge handle changes one side only. Never thinner than MIN_SIDE (no flipping)."""
    o, u, v = _axes(pts)
    wu, hv = float(np.hypot(*u)), float(np.hypot(*v))
    eu, ev = u / max(wu, 1e-9), v / max(hv, 1e-9)
    fu, fv = OBB_HANDLES[handle]
    q = np.array([x, y], np.float64) - o
    lo_u, hi_u, lo_v, hi_v = 0.0, wu, 0.0, hv  # the box in its frame
    pu, pv = float(q @ eu), float(q @ ev)
    if fu == 0:
        lo_u = min(pu, hi_u - MIN_SIDE)
    elif fu == 1:
        hi_u = max(pu, lo_u + MIN_SIDE)
    if fv == 0:
        lo_v = min(pv, hi_v - MIN_SIDE)
    elif fv == 1:
        hi_v = max(pv, lo_v + MIN_SIDE)
    return np.array(
        [
            o + eu * lo_u + ev * lo_v,
            o + eu * hi_u + ev * lo_v,
            o + eu * hi_u + ev * hi_v,
            o + eu * lo_u + ev * hi_v,
        ]
    )


# ---------------------------------------------------------------------------------------------- picking
VERTEX, INSIDE, ROTATE = "vertex", "inside", "rotate"


def hit_shape(
    shapes: Shapes, x: float, y: float, tol: float, visible=None, selected=(), rotate_offset: float = 0.0
) -> tuple[int, str, object] | None:
    """(shape, part, which) under image point (x, y), or None. Parts of a single selected shape
    win: a polygon's VERTEX k, a rotated box's handle (part = a name of OBB_HANDLES) or ROTATE;
    then the smallest visible shape containing the point (INSIDE)."""
    n = len(shapes)
    if n == 0:
        return None
    vis = np.ones(n, bool) if visible is None else np.asarray(visible, bool)
    if len(selected) == 1:
        i = int(selected[0])
        if 0 <= i < n and vis[i]:
            p = shapes.pts[i]
            if shapes.kinds[i] == OBB:
                if rotate_offset:
                    hx, hy = rotate_handle(p, rotate_offset)
                    if max(abs(hx - x), abs(hy - y)) <= tol:
                        return i, ROTATE, None
                best: tuple[float, str] | None = None
                for name, (hx, hy) in obb_handle_points(p).items():
                    d = max(abs(hx - x), abs(hy - y))
                    if d <= tol and (best is None or d < best[0]):
                        best = (d, name)
                if best:
                    return i, best[1], None
            else:
                k = nearest_vertex(p, x, y, tol)
                if k is not None:
                    return i, VERTEX, k
    b = shapes.xyxy
    cand = np.flatnonzero(vis & (b[:, 0] <= x) & (x <= b[:, 2]) & (b[:, 1] <= y) & (y <= b[:, 3]))
    smallest: tuple[float, int] | None = None
    for j in cand:
        if inside_polygon(shapes.pts[j], x, y):
            a = polygon_area(shapes.pts[j])
            if smallest is None or a < smallest[0]:
                smallest = (a, int(j))
    return (smallest[1], INSIDE, None) if smallest else None
