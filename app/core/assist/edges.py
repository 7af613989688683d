"""Edges: the closed outline of strongest edges around the request's centre, for polygons.

An active contour with a global optimum: the reduced crop is resampled along rays from the centre
(the loose box's, or the clicked point), the colour change along each ray is the edge strength,
and dynamic programming finds the closed path, one radius per ray, that collects the most edge
while moving at most two radius steps from one ray to the next (a smooth, star-shaped outline).
The path's corners are then joined along the edges by OpenCV's intelligent scissors
(cv2.segmentation.IntelligentScissorsMB, the tool CVAT offers), so the polygon follows the real
border between them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

import cv2
import numpy as np

from app.core.assist.outline import ColourModel, finish
from app.core.assist.request import SnapRequest, SnapResult
from app.core.assist.window import Window

if TYPE_CHECKING:
    from app.core.assist.request import Box, Point

N_ANGLES = 96
N_RADII = 64
MAX_AREA = 16000
MARGIN = 0.45
ANCHORS = 8  # intelligent-scissors anchors along the path
JUMP = 2  # radius steps allowed between neighbouring rays


def polar_edges(bgr: np.ndarray, centre: Point, radii: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """Edge strength (N_angles x N_radii): the colour change along each ray at each radius."""
    cx, cy = centre
    ca, sa = np.cos(angles)[:, None], np.sin(angles)[:, None]
    r = radii if radii.ndim == 2 else np.broadcast_to(radii[None, :], (len(angles), len(radii)))
    mx = (cx + r * ca).astype(np.float32)
    my = (cy + r * sa).astype(np.float32)
    smooth = cv2.GaussianBlur(bgr, (5, 5), 0).astype(np.float32)
    polar = cv2.remap(smooth, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    d = np.zeros(polar.shape[:2], np.float32)
    d[:, 1:-1] = np.abs(polar[:, 2:] - polar[:, :-2]).sum(axis=2)
    return d


def best_closed_path(cost: np.ndarray, jump: int = JUMP) -> np.ndarray:
    """Radius index per angle of the cheapest path with |r[a+1] - r[a]| <= jump, closed around the
    circle (the rows are unrolled one and a half times and the middle turn is kept)."""
    na, nr = cost.shape
    ext = np.concatenate([cost, cost[: na // 2]], axis=0)
    n = len(ext)
    acc = np.empty_like(ext)
    back = np.zeros(ext.shape, np.int32)
    acc[0] = ext[0]
    idx = np.arange(nr)
    for a in range(1, n):
        prev = acc[a - 1]
        best = prev.copy()
        arg = idx.copy()
        for dj in range(1, jump + 1):
            lo = np.full(nr, np.inf, np.float32)
            lo[dj:] = prev[:-dj]
            better = lo < best
            best = np.where(better, lo, best)
            arg = np.where(better, idx - dj, arg)
            hi = np.full(nr, np.inf, np.float32)
            hi[:-dj] = prev[dj:]
            better = hi < best
            best = np.where(better, hi, best)
            arg = np.where(better, idx + dj, arg)
        acc[a] = best + ext[a]
        back[a] = arg
    path = np.empty(n, np.int32)
    path[-1] = int(np.argmin(acc[-1]))
    for a in range(n - 1, 0, -1):
        path[a - 1] = back[a, path[a]]
    start = na // 4
    out = path[start : start + na]
    return np.roll(out, start)  # out[a] is the radius index of angle a


def outline_polygon(
    bgr: np.ndarray, centre: Point, r_lo: np.ndarray, r_hi: np.ndarray, prior: np.ndarray | None = None
) -> np.ndarray:
    """(N x 2) float polygon in crop pixels: the strongest closed edge path between radii r_lo and
    r_hi (per angle, N_ANGLES angles)."""
    angles = np.linspace(0, 2 * math.pi, N_ANGLES, endpoint=False)
    t = np.linspace(0.0, 1.0, N_RADII)[None, :]
    radii = r_lo[:, None] + (r_hi - r_lo)[:, None] * t
    e = polar_edges(bgr, centre, radii, angles)
    e = e / max(float(e.max()), 1e-6)
    cost = -e
    if prior is not None:  # a weak pull towards the loose box's outline
        cost = cost + 0.15 * (t - prior) ** 2
    path = best_closed_path(cost.astype(np.float32))
    r = radii[np.arange(N_ANGLES), path]
    return np.stack([centre[0] + r * np.cos(angles), centre[1] + r * np.sin(angles)], axis=1)


def scissors(bgr: np.ndarray, polygon: np.ndarray, anchors: int = ANCHORS) -> np.ndarray:
    """The polygon re-traced along the edges between `anchors` of its points (intelligent scissors)."""
    h, w = bgr.shape[:2]
    tool = cv2.segmentation.IntelligentScissorsMB()
    tool.setEdgeFeatureCannyParameters(16, 64)
    tool.setGradientMagnitudeMaxLimit(200)
    tool.applyImage(bgr)
    idx = np.linspace(0, len(polygon), anchors, endpoint=False).astype(int)
    pts = [(int(min(max(round(polygon[i, 0]), 0), w - 1)), int(min(max(round(polygon[i, 1]), 0), h - 1))) for i in idx]
    out = []
    for i, p in enumerate(pts):
        q = pts[(i + 1) % len(pts)]
        tool.buildMap(p)
        c = tool.getContour(q, backward=True).reshape(-1, 2)
        out.append(c)
    return np.concatenate(out, axis=0).astype(np.float64)


def snap_edges(
    image: np.ndarray, req: SnapRequest, loose: Box | None = None, use_scissors: bool = True
) -> SnapResult | None:
    box = req.box if req.box is not None else loose
    if box is None:
        h, w = image.shape[:2]
        r = max(48.0, 0.08 * max(h, w))
        x, y = cast("Point", req.point)  # no box: a point
        box = (max(0.0, x - r), max(0.0, y - r), min(float(w), x + r), min(float(h), y + r))
    win = Window.around(image, box, margin=MARGIN * req.tolerance, max_area=MAX_AREA)
    small = win.small
    ls = win.to_small(box)
    angles = np.linspace(0, 2 * math.pi, N_ANGLES, endpoint=False)
    if req.point is not None:
        cx, cy = win.point_to_small(req.point)
    else:
        cx, cy = (ls[0] + ls[2]) / 2, (ls[1] + ls[3]) / 2
    # distance from the centre to the loose box's side along each ray
    hw, hh = max((ls[2] - ls[0]) / 2, 1.0), max((ls[3] - ls[1]) / 2, 1.0)
    ca, sa = np.abs(np.cos(angles)), np.abs(np.sin(angles))
    to_side = np.minimum(hw / np.maximum(ca, 1e-6), hh / np.maximum(sa, 1e-6))
    r_lo, r_hi = 0.3 * to_side, np.minimum(1.6 * to_side * req.tolerance, 2.5 * max(hw, hh))
    prior = None if req.point is not None else (1.0 - 0.3) / (r_hi / to_side - 0.3)
    poly = outline_polygon(small, (cx, cy), r_lo, r_hi, prior=prior if prior is None else prior[:, None])
    if use_scissors:
        try:
            poly = scissors(small, poly)
        except cv2.error:
            pass
    mask = np.zeros(small.shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(poly).astype(np.int32)], 1)
    if not mask.any():
        return None
    return finish(
        image,
        req,
        win,
        mask,
        ColourModel.from_mask(small, mask),
        "edges",
        loose_small=ls if req.box is not None else None,
        min_band=2,
    )
