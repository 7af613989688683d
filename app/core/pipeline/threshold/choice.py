"""Which step the histogram's threshold line drives, and the "try all thresholds" computation.

The *threshold step* is the selected step when it is a threshold op, otherwise the last enabled
threshold op. Its input (the previous step's output, or the original) is what the histogram
shows by default. The line is draggable for the manual `threshold` op (its `level` parameter);
for `auto_threshold` / `opencv_threshold` it shows the level the method picked (read-only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import cv2
import numpy as np

from app.core.pipeline.model import Pipeline
from app.core.pipeline.threshold.levels import IJ_METHODS, IJ_NAMES, all_levels, apply_level, gray_of, opencv_level

LEVEL_OPS = ("threshold", "auto_threshold", "opencv_threshold")
OPENCV_TILES = {"OpenCV Otsu": "otsu", "OpenCV Triangle": "triangle"}
NAME_TO_METHOD = {v: k for k, v in IJ_NAMES.items()}


def threshold_step(p: Pipeline, selected: int) -> int:
    """Index of the step the threshold line belongs to, or -1."""
    if 0 <= selected < len(p) and p.steps[selected].op in LEVEL_OPS:
        return selected
    for i in range(len(p) - 1, -1, -1):
        if p.steps[i].enabled and p.steps[i].op in LEVEL_OPS:
            return i
    return -1


def line_level(p: Pipeline, index: int, levels: dict[str, float]) -> float | None:
    """Level to draw for step `index`: its manual level, or the level its auto method picked
    (looked up in `levels`, the histogram job's {display name: level})."""
    if index < 0:
        return None
    step = p.steps[index]
    if step.op == "threshold":
        return float(step.params["level"])
    if step.op == "auto_threshold":
        return levels.get(IJ_NAMES[step.params["method"]])
    if step.op == "opencv_threshold":
        return levels.get("OpenCV " + step.params["method"].title())
    return None


def current_method_tile(p: Pipeline, index: int) -> str | None:
    """Tile name matching step `index` (for outlining the current choice in the grid)."""
    if index < 0:
        return None
    step = p.steps[index]
    if step.op == "auto_threshold":
        return IJ_NAMES[step.params["method"]]
    if step.op == "opencv_threshold":
        return "OpenCV " + cast(str, step.params["method"]).title()
    return None


def apply_tile_choice(p: Pipeline, index: int, name: str, value: float) -> tuple[int, bool]:
    """A grid tile was clicked: make the threshold step use it. Returns (step index, added).

    Manual step -> its level becomes the tile's value; auto step -> its method becomes the
    tile's method; no threshold step -> a new auto (or manual, for OpenCV tiles) step is added
    at the end."""
    method = NAME_TO_METHOD.get(name)
    if index < 0:
        if method is not None:
            p.add("auto_threshold", {"method": method})
        else:
            p.add("threshold", {"level": int(value)})
        return len(p) - 1, True
    step = p.steps[index]
    if step.op == "auto_threshold" and method is not None:
        p.set_params(index, method=method)
    elif step.op == "opencv_threshold" and name in OPENCV_TILES:
        p.set_params(index, method=OPENCV_TILES[name])
    elif step.op == "threshold":
        p.set_params(index, level=int(value))
    else:  # e.g. adaptive: switch to a manual level
        p.remove(index)
        p.add("threshold", {"level": int(value)}, index=index)
    return index, False


def method_levels(img: np.ndarray) -> dict[str, int]:
    """{display name: level} for every ImageJ method plus OpenCV Otsu / Triangle."""
    g = gray_of(img)
    out = {IJ_NAMES[m]: v for m, v in all_levels(g).items()}
    for name, m in OPENCV_TILES.items():
        out[name] = opencv_level(g, m)
    return out


@dataclass
class GridRequest:
    pipeline: Pipeline
    image: np.ndarray
    index: int  # output of this step is binarized (-1: the original)
    tile_side: int = 360


def grid_job(req: GridRequest) -> list[tuple[str, int, np.ndarray]]:
    """(name, level, small binary image) for every auto method, on step `index`'s full-res output."""
    if req.index >= 0 and len(req.pipeline):
        src = req.pipeline.run(req.image, upto=req.index)[-1]
    else:
        src = req.image
    g = gray_of(src)
    levels = method_levels(g)
    h, w = g.shape[:2]
    f = min(1.0, req.tile_side / max(h, w))
    small = cv2.resize(g, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA) if f < 1 else g
    order = [IJ_NAMES[m] for m in IJ_METHODS] + list(OPENCV_TILES)
    return [(name, levels[name], apply_level(small, levels[name], "binary")) for name in order]
