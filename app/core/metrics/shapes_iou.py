"""IoU of polygons (as masks) and of rotated boxes, exactly as the reference evaluators compute them.

Masks, as pycocotools' `iouType="segm"`: a polygon is rasterized by maskApi.c's rleFrPoly (points
scaled by 5, edges walked, crossings of the pixel columns kept, the result run-length encoded
column by column) at the image's pixel size; the IoU of two masks is intersection / union of
their pixel counts (rleIou), 0 when they do not intersect. Here a mask is kept as the sorted,
disjoint 1-runs of its column-major pixel index (`Mask`), which is what the RLE holds: the same
pixels, so the same integer counts and the same IoU to the last bit.

Rotated boxes, as Ultralytics' OBB validator: the 4 corners of a label line go through
cv2.minAreaRect (ultralytics.utils.ops.xyxyxyxy2xywhr) to (cx, cy, w, h, angle), and two boxes
compare by the probabilistic IoU of their Gaussians (ultralytics.utils.metrics.batch_probiou), in
float32 with the same operations, here in numpy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from app.core.io.coco_rle import poly_runs

if TYPE_CHECKING:
    from app.core.metrics.shapes_load import ShapeEvalData


@dataclass(frozen=True)
class Mask:
    """A binary mask of an h x w image as the [start, end) 1-runs of its column-major pixel index."""

    starts: np.ndarray  # (R,) int64, sorted; runs disjoint and not touching
    ends: np.ndarray
    h: int
    w: int

    @property
    def area(self) -> int:
        return int((self.ends - self.starts).sum())

    def to_array(self) -> np.ndarray:
        """(h, w) bool (for tests and drawing)."""
        flat = np.zeros(self.h * self.w + 1, np.int8)
        np.add.at(flat, self.starts, 1)
        np.add.at(flat, self.ends, -1)
        return np.cumsum(flat[:-1]).astype(bool).reshape(self.w, self.h).T


def polygon_mask(xy: npt.ArrayLike, h: int, w: int) -> Mask:
    """The mask pycocotools' frPyObjects([xy], h, w) makes of one polygon (pixel coordinates
    x1 y1 x2 y2 ...): rleFrPoly step for step (app.core.io.coco_rle)."""
    h, w = int(h), int(w)
    starts, ends = poly_runs(xy, h, w)
    return Mask(starts, ends, h, w)


def _covered(m: Mask, cum: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Pixels of m with column-major index < x (for each x)."""
    i = np.searchsorted(m.ends, x, "right")
    part = np.maximum(x - np.r_[m.starts, np.iinfo(np.int64).max // 2][i], 0)
    return cast(np.ndarray, cum[i] + part)


def mask_intersection(a: Mask, b: Mask) -> int:
    if not len(a.starts) or not len(b.starts) or a.starts[0] >= b.ends[-1] or b.starts[0] >= a.ends[-1]:
        return 0
    if len(a.starts) < len(b.starts):
        a, b = b, a
    cum = np.r_[0, np.cumsum(a.ends - a.starts)]
    return int((_covered(a, cum, b.ends) - _covered(a, cum, b.starts)).sum())


def mask_iou(a: Mask, b: Mask) -> float:
    """pycocotools rleIou (no crowd): i / u of the pixel counts, 0 when they do not intersect."""
    i = mask_intersection(a, b)
    return float(i) / float(a.area + b.area - i) if i else 0.0


class MaskIoU:
    """IoU of masks by index, as the matching kernels call it: fn(d_idx, g_idx) -> (P,) float64."""

    def __init__(self, d_masks: list[Mask], g_masks: list[Mask]) -> None:
        self.d, self.g = d_masks, g_masks
        span: Callable[[list[Mask]], np.ndarray] = lambda ms: np.array(  # noqa: E731
            [(m.starts[0], m.ends[-1]) if len(m.starts) else (0, 0) for m in ms], np.int64
        )
        self.d_span, self.g_span = span(d_masks).reshape(-1, 2), span(g_masks).reshape(-1, 2)

    def __call__(self, di: np.ndarray, gi: np.ndarray) -> np.ndarray:
        out = np.zeros(len(di), np.float64)
        di, gi = np.asarray(di, np.int64), np.asarray(gi, np.int64)
        if not len(di):
            return out
        d, g = self.d_span[di], self.g_span[gi]
        near = np.flatnonzero((d[:, 0] < g[:, 1]) & (g[:, 0] < d[:, 1]))
        for p in near:
            out[p] = mask_iou(self.d[di[p]], self.g[gi[p]])
        return out


def mask_areas(masks: list[Mask]) -> np.ndarray:
    return np.array([m.area for m in masks], np.float64)


# ------------------------------------------------------------------------------------ rotated boxes
def corners_to_xywhr(corners: npt.ArrayLike) -> np.ndarray:
    """(N, 8) corner points -> (N, 5) cx, cy, w, h, angle in radians, as Ultralytics'
    xyxyxyxy2xywhr: cv2.minAreaRect on float32 points, w the longer side, angle in [-pi/4, 3pi/4)."""
    import cv2

    pts = np.asarray(corners, np.float32).reshape(-1, 4, 2)
    out = np.zeros((len(pts), 5), np.float64)
    for i, p in enumerate(pts):
        (cx, cy), (w, h), angle = cv2.minAreaRect(p)
        theta = angle / 180 * np.pi
        if w < h:
            w, h = h, w
            theta += np.pi / 2
        while theta >= 3 * np.pi / 4:
            theta -= np.pi
        while theta < -np.pi / 4:
            theta += np.pi
        out[i] = (cx, cy, w, h, theta)
    return out


def _cov(b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ultralytics.utils.metrics._get_covariance_matrix in float32."""
    a = b[:, 2] * b[:, 2] / np.float32(12)
    bb = b[:, 3] * b[:, 3] / np.float32(12)
    cos, sin = np.cos(b[:, 4]), np.sin(b[:, 4])
    cos2, sin2 = cos * cos, sin * sin
    return a * cos2 + bb * sin2, a * sin2 + bb * cos2, (a - bb) * cos * sin


def probiou_aligned(b1: npt.ArrayLike, b2: npt.ArrayLike, eps: float = 1e-7) -> np.ndarray:
    """Probabilistic IoU of pairs (b1[i], b2[i]) of (cx, cy, w, h, r) boxes: batch_probiou's
    operations in float32 (it is symmetric, so the ground truth may go on either side)."""
    b1 = np.asarray(b1, np.float32).reshape(-1, 5)
    b2 = np.asarray(b2, np.float32).reshape(-1, 5)
    e = np.float32(eps)
    x1, y1, x2, y2 = b1[:, 0], b1[:, 1], b2[:, 0], b2[:, 1]
    a1, bb1, c1 = _cov(b1)
    a2, bb2, c2 = _cov(b2)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        den = (a1 + a2) * (bb1 + bb2) - (c1 + c2) * (c1 + c2)
        t1 = (((a1 + a2) * ((y1 - y2) * (y1 - y2)) + (bb1 + bb2) * ((x1 - x2) * (x1 - x2))) / (den + e)) * np.float32(
            0.25
        )
        t2 = (((c1 + c2) * (x2 - x1) * (y1 - y2)) / (den + e)) * np.float32(0.5)
        q = np.maximum(a1 * bb1 - c1 * c1, np.float32(0)) * np.maximum(a2 * bb2 - c2 * c2, np.float32(0))
        t3 = np.log(den / (np.float32(4) * np.sqrt(q) + e) + e) * np.float32(0.5)
        bd = np.clip(t1 + t2 + t3, e, np.float32(100.0))
        hd = np.sqrt(np.float32(1.0) - np.exp(-bd) + e)
    out = np.float32(1) - hd
    return np.where(np.isnan(out), np.float32(0), out).astype(np.float32)


def probiou_matrix(b1: npt.ArrayLike, b2: npt.ArrayLike) -> np.ndarray:
    """(len(b1), len(b2)) probabilistic IoU (float32), as batch_probiou(b1, b2)."""
    b1 = np.asarray(b1, np.float32).reshape(-1, 5)
    b2 = np.asarray(b2, np.float32).reshape(-1, 5)
    i, j = np.meshgrid(np.arange(len(b1)), np.arange(len(b2)), indexing="ij")
    return probiou_aligned(b1[i.ravel()], b2[j.ravel()]).reshape(len(b1), len(b2))


# ------------------------------------------------------------------------------------ evaluation data
def geometry(data: ShapeEvalData) -> dict[str, Any]:
    """Pixel geometry of a ShapeEvalData's shapes, computed once per data: segment {"gt", "dt":
    lists of Mask}; obb {"gt", "dt": (N, 5) xywhr}; plus "gt_area", "dt_area" in pixels."""
    got: dict[str, Any] | None = getattr(data, "_geometry", None)
    if got is not None:
        return got
    out: dict[str, Any] = {}
    for side, img, shapes in (("gt", data.gt_img, data.gt_shapes), ("dt", data.dt_img, data.dt_shapes)):
        wh = cast(np.ndarray, data.sizes)[img] if len(img) else np.zeros((0, 2))
        pix = [np.asarray(s, np.float64).reshape(-1, 2) * wh[i] for i, s in enumerate(shapes)]
        if data.task == "segment":
            masks = [polygon_mask(p, int(wh[i, 1]), int(wh[i, 0])) for i, p in enumerate(pix)]
            out[side], out[side + "_area"] = masks, mask_areas(masks)
        else:
            r = corners_to_xywhr(np.array(pix, np.float64).reshape(-1, 8))
            out[side], out[side + "_area"] = r, r[:, 2] * r[:, 3]
    data._geometry = out  # type: ignore[attr-defined]  # a per-instance cache, not a dataclass field
    return out


def pair_iou(data: ShapeEvalData) -> tuple[Callable[[np.ndarray, np.ndarray], np.ndarray], np.ndarray, np.ndarray]:
    """(iou_fn, det_arg, gt_arg) for match.candidate_pairs: the task's IoU of aligned pairs."""
    g = geometry(data)
    if data.task == "segment":
        return MaskIoU(g["dt"], g["gt"]), np.arange(len(g["dt"])), np.arange(len(g["gt"]))
    return probiou_aligned, g["dt"], g["gt"]
