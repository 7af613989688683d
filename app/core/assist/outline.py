"""From a mask on the reduced crop to the box and polygon in image pixels.

* `pick_components`: which connected components of a binary mask are the object asked for
  (those under the click, or those mostly inside the loose box);
* `refine_border`: the reduced mask scaled up to the crop's full resolution, each pixel of a
  band along its border decided again at full resolution by a colour model (pixels away from
  the border keep the reduced mask's answer), so the box is exact to the pixel on a 12 MP image;
* `box_and_polygon`: the box (pixel edges) and the outer polygon (through boundary pixel centres).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeAlias, cast

import cv2
import numpy as np
import numpy.typing as npt

from app.core.assist.confidence import confidence, gradient
from app.core.assist.request import SnapRequest, SnapResult
from app.core.assist.window import Window, as_bgr8

if TYPE_CHECKING:
    from app.core.assist.request import Box, Point

    # one Gaussian of a ColourModel: (weight, mean (3,), inverse covariance (3, 3), log normaliser)
    Component: TypeAlias = tuple[float, np.ndarray, np.ndarray, float]


def fill_holes(mask: np.ndarray) -> np.ndarray:
    """The mask with every hole filled (a ring becomes a disc): the object's outer extent."""
    m = (mask > 0).astype(np.uint8)
    h, w = m.shape
    pad = np.zeros((h + 2, w + 2), np.uint8)
    pad[1:-1, 1:-1] = m
    flood = pad.copy()
    ff = np.zeros((h + 4, w + 4), np.uint8)
    cv2.floodFill(flood, ff, (0, 0), 1)
    holes = flood[1:-1, 1:-1] == 0
    return cast(np.ndarray, (m | holes).astype(np.uint8))


def labels_in(lab: np.ndarray, n: int, keep: Iterable[int]) -> np.ndarray:
    """0/1 mask of the pixels whose label is in `keep` (a lookup table: np.isin sorts)."""
    table = np.zeros(n, np.uint8)
    table[np.asarray(list(keep), np.int64)] = 1
    return cast(np.ndarray, table[lab])


def pick_components(
    mask: np.ndarray, box: Box | None = None, point: Point | None = None, min_share: float = 0.5
) -> np.ndarray:
    """0/1 mask of the components that make the object: with a point, the component under it (or
    the nearest within 3 pixels); with a box, every component with at least `min_share` of its area
    inside the box or covering the box's centre, less specks (< 2 % of the largest kept)."""
    m = fill_holes(mask) if box is not None else (mask > 0).astype(np.uint8)
    n, lab, stats, _ = cv2.connectedComponentsWithStats(m, connectivity=8)
    if n <= 1:
        return np.zeros_like(m)
    if point is not None:
        px, py = int(point[0]), int(point[1])
        h, w = m.shape
        px, py = min(max(px, 0), w - 1), min(max(py, 0), h - 1)
        k = lab[py, px]
        if k == 0:
            r = 3
            win = lab[max(0, py - r) : py + r + 1, max(0, px - r) : px + r + 1]
            ks, counts = np.unique(win[win > 0], return_counts=True)
            if not ks.size:
                return np.zeros_like(m)
            k = ks[np.argmax(counts)]
        return cast(np.ndarray, (lab == k).astype(np.uint8))
    x1, y1, x2, y2 = (int(round(v)) for v in cast("Box", box))  # no point: a box
    inside = np.bincount(lab[max(0, y1) : y2, max(0, x1) : x2].ravel(), minlength=n)
    cx, cy = min(max(int((x1 + x2) / 2), 0), m.shape[1] - 1), min(max(int((y1 + y2) / 2), 0), m.shape[0] - 1)
    areas = stats[:, cv2.CC_STAT_AREA]
    keep: np.ndarray | set[int] | list[int]
    keep = np.flatnonzero(inside[1:] >= min_share * areas[1:]) + 1
    keep = set(keep.tolist())
    if lab[cy, cx] > 0:
        keep.add(int(lab[cy, cx]))
    if not keep:
        return np.zeros_like(m)
    biggest = max(areas[k] for k in keep)
    keep = [k for k in keep if areas[k] >= 0.02 * biggest]
    return labels_in(lab, n, keep)


class ColourModel:
    """Two Gaussian mixtures (object, background) in BGR: OpenCV GrabCut's own models, or one
    Gaussian per side estimated from the pixels along the border of a mask."""

    def __init__(self, fg: list[Component], bg: list[Component]) -> None:
        self.fg, self.bg = fg, bg  # [(weight, mean (3,), inverse covariance (3, 3), log normaliser)]

    @staticmethod
    def _components(
        weights: Iterable[float], means: Iterable[npt.ArrayLike], covs: Iterable[npt.ArrayLike]
    ) -> list[Component]:
        out = []
        for wgt, mu, cov in zip(weights, means, covs):
            if wgt <= 0:
                continue
            cov = np.asarray(cov, np.float64).reshape(3, 3) + np.eye(3) * 4.0
            det = max(np.linalg.det(cov), 1e-9)
            out.append(
                (float(wgt), np.asarray(mu, np.float64), np.linalg.inv(cov), math.log(wgt) - 0.5 * math.log(det))
            )
        return out

    @classmethod
    def from_grabcut(cls, bgd_model: np.ndarray, fgd_model: np.ndarray) -> ColourModel:
        def parse(model: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            m = model.reshape(-1)
            return m[0:5], m[5:20].reshape(5, 3), m[20:65].reshape(5, 9)

        return cls(cls._components(*parse(fgd_model)), cls._components(*parse(bgd_model)))

    @classmethod
    def from_mask(cls, bgr: np.ndarray, mask: np.ndarray, ring: int = 2, gap: int = 2) -> ColourModel | None:
        """One Gaussian for the object and one for the background, from the pixels `gap` to
        `gap + ring` pixels inside and outside the mask's border (local colours, not the whole crop's;
        the pixels right at the border, blends of both in a reduced crop, are left out)."""
        m = (mask > 0).astype(np.uint8)
        near = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * gap + 1, 2 * gap + 1))
        far = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * (gap + ring) + 1, 2 * (gap + ring) + 1))
        inner = cv2.erode(m, near) & (1 - cv2.erode(m, far))
        outer = cv2.dilate(m, far) & (1 - cv2.dilate(m, near))
        px = bgr.reshape(-1, 3).astype(np.float64)
        fin, fout = px[inner.reshape(-1) > 0], px[outer.reshape(-1) > 0]
        if len(fin) < 4 or len(fout) < 4:
            return None
        return cls(cls._components([1.0], *cls._robust(fin)), cls._components([1.0], *cls._robust(fout)))

    @staticmethod
    def _robust(px: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """([median], [diagonal covariance from the median absolute deviation]): a border that
        wanders by a pixel puts some of the other side's pixels in a ring; they must not count."""
        med = np.median(px, axis=0)
        sd = np.maximum(1.4826 * np.median(np.abs(px - med), axis=0), 2.0)
        return [med], [np.diag(sd**2)]

    @staticmethod
    def _loglik(px: np.ndarray, comps: list[Component]) -> np.ndarray:
        """The best component's log-likelihood of each row of px (N x 3 float32)."""
        best = None
        d0, d1, d2 = px[:, 0], px[:, 1], px[:, 2]
        for _w, mu, a, lognorm in comps:
            e0, e1, e2 = d0 - np.float32(mu[0]), d1 - np.float32(mu[1]), d2 - np.float32(mu[2])
            q = (
                np.float32(a[0, 0]) * e0 * e0
                + np.float32(a[1, 1]) * e1 * e1
                + np.float32(a[2, 2]) * e2 * e2
                + np.float32(2 * a[0, 1]) * e0 * e1
                + np.float32(2 * a[0, 2]) * e0 * e2
                + np.float32(2 * a[1, 2]) * e1 * e2
            )
            ll = np.float32(lognorm) - 0.5 * q
            best = ll if best is None else np.maximum(best, ll)
        return cast(np.ndarray, best)  # comps is never empty

    def _decide(self, px: np.ndarray) -> np.ndarray:
        return self._loglik(px, self.fg) > self._loglik(px, self.bg)

    def is_object(self, px: np.ndarray) -> np.ndarray:
        """Boolean per BGR row of px (N x 3 uint8). Many rows: decided once per colour of a
        32 x 32 x 32 table (5 bits a channel) and looked up."""
        if len(px) < 20000:
            return self._decide(px.astype(np.float32))
        if getattr(self, "_table", None) is None:
            q = np.arange(32, dtype=np.float32) * 8 + 3.5
            grid = np.stack(np.meshgrid(q, q, q, indexing="ij"), axis=-1).reshape(-1, 3)
            self._table = self._decide(grid)
        p = px >> 3
        return cast(
            np.ndarray, self._table[(p[:, 0].astype(np.int32) << 10) | (p[:, 1].astype(np.int32) << 5) | p[:, 2]]
        )


def refine_border(
    win: Window, small_mask: np.ndarray, model: ColourModel | None, min_band: int = 0
) -> tuple[np.ndarray, int, int]:
    """(full-resolution 0/1 mask of the object's bounding region, its x, y offset in image pixels).
    With no model, or when the window was not reduced (and min_band is 0), the reduced mask is
    only scaled up; otherwise a band of at least min_band pixels along its border is decided again."""
    full = win.full
    fh, fw = full.shape[:2]
    sm = (small_mask > 0).astype(np.uint8)
    ys, xs = np.nonzero(sm)
    if not len(xs):
        return np.zeros((0, 0), np.uint8), win.x0, win.y0
    sx, sy = win.scale_x, win.scale_y
    s = min(sx, sy)
    k = max(min_band, 0 if s >= 0.999 else int(math.ceil(1.0 / s)) + 1)
    # the full-resolution region covering the object and its border band
    rx0 = max(0, int(math.floor(xs.min() / sx)) - 2 * k - 1)
    ry0 = max(0, int(math.floor(ys.min() / sy)) - 2 * k - 1)
    rx1 = min(fw, int(math.ceil((xs.max() + 1) / sx)) + 2 * k + 1)
    ry1 = min(fh, int(math.ceil((ys.max() + 1) / sy)) + 2 * k + 1)
    if k == 0:
        return sm[ry0:ry1, rx0:rx1].copy(), win.x0 + rx0, win.y0 + ry0
    # the reduced mask scaled up (pixel-centre mapping, as cv2.resize does), then cut to the region
    affine = np.array([[sx, 0, rx0 * sx + 0.5 * sx - 0.5], [0, sy, ry0 * sy + 0.5 * sy - 0.5]], np.float64)
    up = cv2.warpAffine(
        sm.astype(np.float32),
        affine,
        (rx1 - rx0, ry1 - ry0),
        flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_CONSTANT,
    )
    up = (up >= 0.5).astype(np.uint8)
    if model is None:
        return up, win.x0 + rx0, win.y0 + ry0
    kern = cv2.getStructuringElement(cv2.MORPH_RECT, (2 * k + 1, 2 * k + 1))
    core = cv2.erode(up, kern)
    band = cv2.dilate(up, kern) & (1 - core)
    region = full[ry0:ry1, rx0:rx1]
    bgr = as_bgr8_like(region, win)
    bgr = cv2.blur(bgr, (3, 3))
    idx = np.flatnonzero(band.reshape(-1))
    out = core.copy()
    if idx.size:
        decided = model.is_object(bgr.reshape(-1, 3)[idx])
        out.reshape(-1)[idx[decided]] = 1
    out = cv2.morphologyEx(out, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    # keep what is joined to the object (a speck of object colour in the band is not the object)
    n, lab = cv2.connectedComponents(out, connectivity=8)
    if n > 2:
        hits = np.unique(lab[(core > 0) & (out > 0)])
        hits = hits[hits > 0]
        if hits.size:
            out = labels_in(lab, n, hits)
    if not out.any():
        out = up
    return out, win.x0 + rx0, win.y0 + ry0


def as_bgr8_like(region: np.ndarray, win: Window) -> np.ndarray:
    """A full-resolution region in the colour space of the window's reduced copy (BGR uint8; a
    16-bit region stretched like the reduced one)."""
    if region.dtype == np.uint8:
        return as_bgr8(region)
    lo, hi = np.percentile(
        win.full[:: max(1, win.full.shape[0] // 256), :: max(1, win.full.shape[1] // 256)], (0.5, 99.5)
    )
    if hi <= lo:
        hi = lo + 1
    r8 = cv2.convertScaleAbs(region.astype(np.float32), alpha=255.0 / (hi - lo), beta=-lo * 255.0 / (hi - lo))
    return cast(np.ndarray, cv2.cvtColor(r8, cv2.COLOR_GRAY2BGR) if r8.ndim == 2 else r8)


def box_and_polygon(
    mask: np.ndarray, ox: int, oy: int, epsilon: float = 0.75
) -> tuple[tuple[int, int, int, int], list[tuple[float, float]]] | None:
    """(box (x1, y1, x2, y2) in pixel edges, polygon [(x, y), ...]) of a 0/1 mask whose pixel
    (0, 0) is image pixel (ox, oy); None when the mask is empty. The polygon is the outer border
    of the largest component, simplified by `epsilon` pixels (Douglas-Peucker)."""
    if mask.size == 0 or not mask.any():
        return None
    rows = np.flatnonzero(mask.any(1))
    cols = np.flatnonzero(mask.any(0))
    box = (int(ox + cols[0]), int(oy + rows[0]), int(ox + cols[-1] + 1), int(oy + rows[-1] + 1))
    contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    if len(c) > 3:
        c = cv2.approxPolyDP(c, epsilon, True)
    poly = [(float(x) + ox + 0.5, float(y) + oy + 0.5) for x, y in c.reshape(-1, 2)]
    return box, poly


def finish(
    image: np.ndarray,
    req: SnapRequest,
    win: Window,
    fg: np.ndarray,
    model: ColourModel | None,
    method: str,
    loose_small: Box | None = None,
    grad: np.ndarray | None = None,
    min_band: int = 0,
) -> SnapResult | None:
    """The box, polygon and confidence of a reduced-crop mask (shared by every method); holes are
    filled first (a ring's box and outline are its outer border's)."""
    fg = fill_holes(fg)
    ys, xs = np.nonzero(fg)
    if not len(xs):
        return None
    box_small = (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1)
    sh, sw = fg.shape
    if box_small == (0, 0, sw, sh) and fg.mean() > 0.9:
        return None  # the whole search window: no border, nothing that stands out
    touches = win.touches(image.shape, box_small)
    conf = confidence(
        win.small, fg, box_small, touches, loose_small, grad if grad is not None else gradient(win.small), req.tolerance
    )
    full, ox, oy = refine_border(win, fg, model, min_band)
    got = box_and_polygon(full, ox, oy)
    if got is None:
        return None
    out_box, poly = got
    return SnapResult(out_box, poly, method, conf)
