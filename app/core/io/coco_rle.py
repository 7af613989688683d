"""Polygons rasterized exactly as pycocotools' `rleFrPoly` (maskApi.c) does, without pycocotools: one
implementation for the COCO export (area and bbox as `maskUtils.area` / `maskUtils.toBbox` give them,
app.core.dataset.formats) and for mask IoU (`iouType="segm"`, app.core.metrics.shapes_iou).

The points are scaled by 5, every edge is walked in integer steps, the crossings of the pixel columns
are kept and the result is run-length encoded down the columns (Fortran order), starting with a run of
zeros, with C's int casts (toward zero; a repeated point's NaN slope cast to INT_MIN as x86 does).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

_SCALE = 5.0
_INT_MIN = -(2**31)


def _trunc_int(a: npt.ArrayLike) -> npt.NDArray[np.int64]:
    return np.trunc(a).astype(np.int64)  # C's (int) cast: toward zero


def poly_rle_counts(xy: npt.ArrayLike, h: int, w: int) -> list[int]:
    """RLE counts of one polygon (flat x1 y1 ... in pixels), as pycocotools' rleFrPoly computes them."""
    xy = np.asarray(xy, np.float64).reshape(-1, 2)
    x = _trunc_int(_SCALE * xy[:, 0] + 0.5)
    y = _trunc_int(_SCALE * xy[:, 1] + 0.5)
    x, y = np.append(x, x[0]), np.append(y, y[0])
    # dense points along every edge, as the C loop walks them (all edges at once)
    xs, xe, ys, ye = x[:-1], x[1:], y[:-1], y[1:]
    dx, dy = np.abs(xe - xs), np.abs(ys - ye)
    horiz = dx >= dy
    flip = (horiz & (xs > xe)) | (~horiz & (ys > ye))
    xs, xe, ys, ye = np.where(flip, xe, xs), np.where(flip, xs, xe), np.where(flip, ye, ys), np.where(flip, ys, ye)
    n = np.where(horiz, dx, dy)  # each edge gives n + 1 points
    e = np.repeat(np.arange(len(n)), n + 1)
    d = np.arange(len(e)) - np.repeat(np.cumsum(n + 1) - (n + 1), n + 1)
    t = np.where(flip[e], n[e] - d, d)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(horiz, (ye - ys) / np.maximum(dx, 1), (xe - xs) / np.maximum(dy, 1))[e]
    h_e = horiz[e]
    slope = np.where(h_e, ys[e], xs[e]) + s * t + 0.5
    u = np.where(h_e, t + xs[e], _trunc_int(slope))
    v = np.where(h_e, _trunc_int(slope), t + ys[e])
    v = np.where(h_e & (n[e] == 0), _INT_MIN, v)  # a repeated point: C computes (int)(NaN), INT_MIN on x86
    # points on the y-boundary, downsampled
    j = np.nonzero(u[1:] != u[:-1])[0] + 1
    xd = np.where(u[j] < u[j - 1], u[j], u[j] - 1).astype(np.float64)
    xd = (xd + 0.5) / _SCALE - 0.5
    keep = (np.floor(xd) == xd) & (xd >= 0) & (xd <= w - 1)
    yd = np.minimum(v[j], v[j - 1]).astype(np.float64)
    yd = np.ceil(np.clip((yd + 0.5) / _SCALE - 0.5, 0, h))
    a = np.sort(np.append(xd[keep].astype(np.int64) * h + yd[keep].astype(np.int64), h * w))
    a = np.diff(a, prepend=0).tolist()
    counts = [a[0]]
    k = 1
    while k < len(a):  # zero-length runs merge their neighbours, as the C loop does
        if a[k] > 0:
            counts.append(a[k])
            k += 1
        else:
            k += 1
            if k < len(a):
                counts[-1] += a[k]
                k += 1
    return counts


def poly_runs(xy: npt.ArrayLike, h: int, w: int) -> tuple[np.ndarray, np.ndarray]:
    """The same mask as the [start, end) 1-runs of its column-major pixel index (sorted, disjoint)."""
    cum = np.cumsum(np.asarray(poly_rle_counts(xy, h, w), np.int64))
    starts, ends = cum[0::2], cum[1::2]
    starts = starts[: len(ends)]
    keep = ends > starts
    return starts[keep], ends[keep]
