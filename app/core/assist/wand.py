"""A magic wand: the region of colours like the clicked one, connected to the click, at the
tolerance where that region is most stable (it stops growing before it leaks into the background,
the maximally-stable-region rule). A click carries no size, so the search starts in a window of
about a tenth of the image around it and grows while the region runs into the window's sides.

    region = wand(image, (x, y))    # Region(window, mask on window.small, tolerance) or None
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import cv2
import numpy as np

from app.core.assist.window import Window

if TYPE_CHECKING:
    from app.core.assist.request import Point

STEPS = tuple(float(t) for t in np.geomspace(3.0, 120.0, 16))  # colour distances tried (Lab units)
MAX_AREA = 160 * 160


@dataclass
class Region:
    window: Window
    mask: np.ndarray  # 0/1 on window.small
    tolerance: float  # the Lab distance chosen
    stability: float  # relative growth around it (lower: more stable)
    touches: bool  # the region runs into a side of the window that is not the image's


def seed_colour(lab: np.ndarray, px: int, py: int, r: int = 2) -> np.ndarray:
    h, w = lab.shape[:2]
    patch = lab[max(0, py - r) : min(h, py + r + 1), max(0, px - r) : min(w, px + r + 1)].reshape(-1, 3)
    return cast(np.ndarray, np.median(patch, axis=0))


def _component_at(ok: np.ndarray, px: int, py: int) -> np.ndarray | None:
    if not ok[py, px]:
        return None
    n, lab = cv2.connectedComponents(ok.astype(np.uint8), connectivity=4)
    return cast(np.ndarray, (lab == lab[py, px]).astype(np.uint8))


def wand_in(win: Window, point: Point, image_shape: tuple[int, ...], scale_tol: float = 1.0) -> Region | None:
    """The most stable region at the click in this window (None: only specks, or, in a window
    that is the whole image, only regions covering most of it)."""
    small = win.small
    px, py = win.point_to_small(point)
    px, py = min(max(int(px), 0), small.shape[1] - 1), min(max(int(py), 0), small.shape[0] - 1)
    lab = cv2.cvtColor(cv2.GaussianBlur(small, (3, 3), 0), cv2.COLOR_BGR2Lab).astype(np.float32)
    dist = np.linalg.norm(lab - seed_colour(lab, px, py), axis=2)
    regions, areas = [], []
    for t in STEPS:
        comp = _component_at(dist <= t * scale_tol, px, py)
        regions.append(comp)
        areas.append(0 if comp is None else int(comp.sum()))
    h, w = small.shape[:2]
    best, best_s = None, np.inf
    min_area = max(12, 0.0005 * h * w)
    whole = (win.x0, win.y0, win.x1, win.y1) == (0, 0, image_shape[1], image_shape[0])
    for k in range(1, len(STEPS) - 1):
        if regions[k] is None or areas[k] < min_area or (whole and areas[k] > 0.5 * h * w):
            continue  # a speck, or most of the image: not an object
        s = (areas[k + 1] - areas[k - 1]) / areas[k]
        if s < best_s - 1e-9 or (abs(s - best_s) <= 1e-9 and best is not None):
            best, best_s = k, s
    if best is None:
        return None
    m = cast(np.ndarray, regions[best])  # a region: areas[best] >= min_area
    ys, xs = np.nonzero(m)
    touches = win.touches(image_shape, (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1))
    return Region(win, m, STEPS[best] * scale_tol, float(best_s), touches)


def wand(image: np.ndarray, point: Point, tolerance: float = 1.0) -> Region | None:
    h, w = image.shape[:2]
    x, y = point
    r = max(48.0, 0.1 * max(h, w))
    region = None
    for _ in range(5):
        win = Window.of(
            image, max(0, int(x - r)), max(0, int(y - r)), min(w, int(x + r) + 1), min(h, int(y + r) + 1), MAX_AREA
        )
        region = wand_in(win, point, image.shape, tolerance)
        if region is None or not region.touches:
            return region
        if win.x0 == 0 and win.y0 == 0 and win.x1 == w and win.y1 == h:
            return region
        r *= 2.5
    return region
