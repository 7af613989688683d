"""How sure a snap is, on one scale for every method (so `auto` can compare them), 0..1.

Three things are measured on the reduced crop, where the mask was found:
  * contrast: the colours just inside and just outside the border are apart, in units of their
    spread (a flat object on a textured background scores high, a guess in texture low);
  * edges: the border lies on strong gradients (the share of border pixels whose gradient is in
    the crop's top quarter);
  * fit: the answer is plausible for the request: it stays inside the search window (did not
    run into its sides), and from a loose box it moves no side by more than the box allows.
The confidence is their product, each squashed into 0..1.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

import cv2
import numpy as np

if TYPE_CHECKING:
    from app.core.assist.request import Box


def gradient(bgr: np.ndarray) -> np.ndarray:
    """Gradient magnitude, the largest of the three colour channels (float32)."""
    g = cv2.GaussianBlur(bgr, (3, 3), 0)
    gx = cv2.Sobel(g, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(g, cv2.CV_32F, 0, 1, ksize=3)
    mag = cv2.magnitude(gx.reshape(-1), gy.reshape(-1)).reshape(gx.shape)
    return cast(np.ndarray, mag.max(axis=2) if mag.ndim == 3 else mag)


def contrast(bgr: np.ndarray, mask: np.ndarray, ring: int = 2) -> float:
    """Fisher-like distance between the colours of the `ring` pixels inside and outside the border."""
    m = (mask > 0).astype(np.uint8)
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * ring + 1, 2 * ring + 1))
    inner = (m & (1 - cv2.erode(m, k))).astype(bool)
    outer = (cv2.dilate(m, k) & (1 - m)).astype(bool)
    if inner.sum() < 4 or outer.sum() < 4:
        return 0.0
    fin, fout = bgr[inner].astype(np.float64), bgr[outer].astype(np.float64)
    d = fin.mean(0) - fout.mean(0)
    spread = np.sqrt((fin.var(0) + fout.var(0)) / 2 + 4.0)
    return float(np.linalg.norm(d / spread) / math.sqrt(3))


def edge_share(grad: np.ndarray, mask: np.ndarray) -> float:
    """Share of the border pixels lying on a strong gradient (top quarter of the crop's, or half
    the crop's maximum, whichever is lower), allowing one pixel of slack."""
    m = (mask > 0).astype(np.uint8)
    border = m & (1 - cv2.erode(m, np.ones((3, 3), np.uint8)))
    if not border.any():
        return 0.0
    strong = min(float(np.percentile(grad, 75)), 0.5 * float(grad.max()))
    near = cv2.dilate(grad, np.ones((3, 3), np.uint8))
    return float((near[border > 0] > max(strong, 1e-6)).mean())


def fit(box_small: Box, touches: bool, loose_small: Box | None = None, tolerance: float = 1.0) -> float:
    """1 for a plausible answer, lower the further it is from what the request allows."""
    score = 0.35 if touches else 1.0
    if loose_small is not None:
        lx1, ly1, lx2, ly2 = loose_small
        x1, y1, x2, y2 = box_small
        lw, lh = max(lx2 - lx1, 1e-6), max(ly2 - ly1, 1e-6)
        # each side may move by ~30 % of the loose box (a person's drag is off by up to 20 % of the object)
        moves = (abs(x1 - lx1) / lw, abs(x2 - lx2) / lw, abs(y1 - ly1) / lh, abs(y2 - ly2) / lh)
        worst = max(moves) / tolerance
        if worst > 0.3:
            score *= math.exp(-(worst - 0.3) / 0.1)
        # an answer much smaller than the loose box is a part of the object (or noise)
        area = max(x2 - x1, 0) * max(y2 - y1, 0) / (lw * lh)
        if area < 0.35 / tolerance:
            score *= area / (0.35 / tolerance)
    return score


def confidence(
    bgr: np.ndarray,
    mask: np.ndarray,
    box_small: Box,
    touches: bool,
    loose_small: Box | None = None,
    grad: np.ndarray | None = None,
    tolerance: float = 1.0,
) -> float:
    if not mask.any():
        return 0.0
    c = contrast(bgr, mask)
    e = edge_share(gradient(bgr) if grad is None else grad, mask)
    c_score = 1.0 - math.exp(-c / 1.5)
    e_score = 0.25 + 0.75 * e
    return float(max(0.0, min(1.0, c_score * e_score * fit(box_small, touches, loose_small, tolerance))))
