"""GrabCut from a loose box: OpenCV's colour-model graph cut, a few iterations on the reduced crop,
the border refined at full resolution with GrabCut's own colour models (outline.refine_border).

The loose box may cut the object (a side up to 20 % of the object inside it), so the region GrabCut
may call "object" is the loose box grown by a fifth on every side; everything further out in the
window is certain background, which is what teaches GrabCut the background's colours. GrabCut
starts from the loose box as "maybe object" and the grown ring as "maybe background"; when that
finds nothing convincing (a ring whose hole fills the box, a colour close to the background's
mean), it runs again starting from the whole grown box as "maybe object" (OpenCV's rectangle
start), and the more confident answer is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import cv2
import numpy as np

from app.core.assist.outline import ColourModel, finish, pick_components
from app.core.assist.request import SnapRequest, SnapResult
from app.core.assist.window import Window

if TYPE_CHECKING:
    from app.core.assist.request import Box, Point

MAX_AREA = 12000  # pixels of the reduced crop GrabCut runs on (~110 x 110): ~20 ms
ITERATIONS = 3
GROW = 0.2  # the loose box grown by this share of its size on each side: "maybe object"
MARGIN = 0.45  # the window: the loose box grown by this share on each side
SURE = 0.6  # a first answer at least this confident is kept without the second start


def grabcut_mask(
    win: Window,
    loose_small: Box,
    start: str = "box",
    iterations: int = ITERATIONS,
    grow: float = GROW,
    point_small: Point | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(0/1 object mask on win.small, bgd model, fgd model) or None when GrabCut cannot run.
    start "box": the loose box is "maybe object", the ring grown around it "maybe background";
    "rect": the whole grown box is "maybe object"."""
    small = win.small
    h, w = small.shape[:2]
    if h < 4 or w < 4:
        return None
    x1, y1, x2, y2 = loose_small
    gx, gy = grow * (x2 - x1), grow * (y2 - y1)
    rx1, ry1 = max(1, int(np.floor(x1 - gx))), max(1, int(np.floor(y1 - gy)))
    rx2, ry2 = min(w - 1, int(np.ceil(x2 + gx))), min(h - 1, int(np.ceil(y2 + gy)))
    if rx2 - rx1 < 2 or ry2 - ry1 < 2:
        return None
    mask = np.full((h, w), cv2.GC_BGD, np.uint8)
    if start == "box":
        mask[ry1:ry2, rx1:rx2] = cv2.GC_PR_BGD
        ix1, iy1 = max(rx1, int(round(x1))), max(ry1, int(round(y1)))
        ix2, iy2 = min(rx2, int(round(x2))), min(ry2, int(round(y2)))
        mask[iy1:iy2, ix1:ix2] = cv2.GC_PR_FGD
    else:
        mask[ry1:ry2, rx1:rx2] = cv2.GC_PR_FGD
    if point_small is not None:  # the clicked pixel is the object
        px, py = int(point_small[0]), int(point_small[1])
        mask[max(0, py - 1) : py + 2, max(0, px - 1) : px + 2] = cv2.GC_FGD
    bgd, fgd = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    cv2.setRNGSeed(0)  # GrabCut's k-means start is random: the same request gives the same answer
    try:
        cv2.grabCut(small, mask, None, bgd, fgd, iterations, cv2.GC_INIT_WITH_MASK)
    except cv2.error:
        return None  # e.g. no background pixels at all (the window is the whole image and the box too)
    fg = ((mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD)).astype(np.uint8)
    return fg, bgd, fgd


def snap_grabcut(
    image: np.ndarray, req: SnapRequest, loose: Box | None = None, starts: tuple[str, ...] = ("box", "rect")
) -> SnapResult | None:
    """GrabCut from req.box, or, for a click, from `loose` (the extent the wand found); the starts
    are tried in order until one is sure (auto tries the second only when nothing else is)."""
    box = req.box if req.box is not None else loose
    if box is None:
        return None
    win = Window.around(image, box, margin=MARGIN * req.tolerance, max_area=MAX_AREA)
    ls = win.to_small(box)
    ps = win.point_to_small(req.point) if req.point is not None else None
    best = None
    for start in starts:
        got = grabcut_mask(win, ls, start, point_small=ps)
        if got is None:
            continue
        fg, bgd, fgd = got
        fg = pick_components(fg, box=None if ps is not None else ls, point=ps)
        if not fg.any():
            continue
        r = finish(
            image,
            req,
            win,
            fg,
            ColourModel.from_grabcut(bgd, fgd),
            "grabcut",
            loose_small=ls if req.box is not None else None,
        )
        if r is not None and (best is None or r.confidence > best.confidence):
            best = r
        if best is not None and best.confidence >= SURE:
            break
    return best
