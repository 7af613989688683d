"""Threshold: the Process pane's pipeline (or a saved one) on the crop around the request, and the
connected component(s) under the click or inside the loose box.

The pipeline runs on the crop reduced like every method's (native depth kept; pixel-size
parameters scaled as the Process pane's live preview scales them, Pipeline.run's rule). When its
last step does not give a 0/255 mask, its output is binarized with ImageJ's Otsu. Without a
pipeline, ImageJ's Otsu (app.core.pipeline.threshold) binarizes the channel that separates best
among gray, Lab a and Lab b (Otsu's between-class share of the variance). Which side is the
object: from a box, the side less present around the box; from a click, the side clicked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import cv2
import numpy as np

from app.core.assist.confidence import confidence, gradient
from app.core.assist.outline import ColourModel, fill_holes, finish, pick_components
from app.core.assist.request import BadRequest, SnapRequest, SnapResult
from app.core.assist.window import Window
from app.core.pipeline.model import Pipeline, StepError
from app.core.pipeline.ops import get_op
from app.core.pipeline.threshold.levels import apply_level, auto_level, gray_of

if TYPE_CHECKING:
    from app.core.assist.request import Box, Point

MAX_AREA = 40000
MARGIN = 0.45
MOVES_PIXELS = ("resize", "crop", "rotate", "flip")  # ops that move pixels: no mask in the image's frame


def check_pipeline(pipeline: Pipeline) -> None:
    """BadRequest naming the first enabled step that moves pixels (its mask would not line up)."""
    for i, step in enumerate(pipeline.steps):
        if step.enabled and step.op in MOVES_PIXELS:
            raise BadRequest(
                f"pipeline step {i + 1} ({step.op}) moves pixels; snapping needs a pipeline "
                f"that keeps them in place (disable that step)"
            )


def run_pipeline(pipeline: Pipeline, img: np.ndarray, scale: float) -> np.ndarray:
    """The pipeline's output on img (a crop reduced by `scale`), sizes scaled as in its preview."""
    cur = img
    for k, step in enumerate(pipeline.steps):
        if not step.enabled:
            continue
        op = get_op(step.op)
        try:
            cur = op.func(cur, **op.preview_params(step.params, scale))
        except (cv2.error, ValueError, ZeroDivisionError) as e:
            msg = str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__
            raise StepError(k, step.op, msg) from None
    return cur


def binary(out: np.ndarray) -> np.ndarray:
    """0/1 of a pipeline output: a 0/255 mask as is, anything else through ImageJ's Otsu."""
    if out.dtype == np.uint8 and out.ndim == 2:
        vals = np.unique(out[:: max(1, out.shape[0] // 64), :: max(1, out.shape[1] // 64)])
        if set(vals.tolist()) <= {0, 255}:
            return (out > 0).astype(np.uint8)
    g = gray_of(out)
    return (apply_level(g, auto_level(g, "otsu"), "binary") > 0).astype(np.uint8)


def otsu_share(g: np.ndarray, level: int) -> float:
    """Between-class variance / total variance at `level` (1: two flat tones, 0: no split)."""
    g = g.astype(np.float64)
    fg = g > level
    n1 = fg.sum()
    n0 = g.size - n1
    if n0 == 0 or n1 == 0:
        return 0.0
    var = g.var()
    if var <= 0:
        return 0.0
    m1, m0 = g[fg].mean(), g[~fg].mean()
    return float(n0 * n1 / g.size**2 * (m1 - m0) ** 2 / var)


def channel_binaries(bgr8: np.ndarray, texture: np.ndarray | None = None, colours: bool = True) -> list[np.ndarray]:
    """0/1 masks: ImageJ's Otsu on each of gray, Lab a, Lab b (lightly blurred) and, when given,
    the texture (Window.texture: a flat object on a busy background). The caller keeps the one
    whose object comes out best (the channel that splits the whole crop best may split off
    another object)."""
    channels = []
    if colours:
        b = cv2.GaussianBlur(bgr8, (3, 3), 0)
        lab = cv2.cvtColor(b, cv2.COLOR_BGR2Lab)
        channels = [cv2.cvtColor(b, cv2.COLOR_BGR2GRAY), lab[:, :, 1], lab[:, :, 2]]
    if texture is not None:
        channels.append(texture)
    out = []
    for ch in channels:
        level = auto_level(ch, "otsu")
        if otsu_share(ch, level) > 0.2:  # a channel with no two populations splits noise
            out.append((ch > level).astype(np.uint8))
    return out


def object_of(m: np.ndarray, ls: Box | None, ps: Point | None) -> np.ndarray:
    """The object's components in a 0/1 mask: the side clicked, or the side less present around the box."""
    if ps is not None:
        px = min(max(int(ps[0]), 0), m.shape[1] - 1)
        py = min(max(int(ps[1]), 0), m.shape[0] - 1)
        if not m[py, px]:
            m = 1 - m
        return pick_components(m, point=(px, py))
    ls = cast("Box", ls)  # no point: a box
    h, w = m.shape
    gx, gy = 0.2 * (ls[2] - ls[0]), 0.2 * (ls[3] - ls[1])
    ring = np.ones((h, w), bool)
    ring[max(0, int(ls[1] - gy)) : int(np.ceil(ls[3] + gy)), max(0, int(ls[0] - gx)) : int(np.ceil(ls[2] + gx))] = False
    if ring.any() and m[ring].mean() > 0.5:
        m = 1 - m
    return pick_components(m, box=ls)


def snap_threshold(
    image: np.ndarray, req: SnapRequest, pipeline: Pipeline | None = None, loose: Box | None = None
) -> SnapResult | None:
    """Threshold the crop around req (a click uses `loose`, the wand's extent, for its window)."""
    box = req.box if req.box is not None else loose
    if box is None:
        h, w = image.shape[:2]
        r = max(48.0, 0.08 * max(h, w))
        x, y = cast("Point", req.point)  # no box: a point
        box = (max(0.0, x - r), max(0.0, y - r), min(float(w), x + r), min(float(h), y + r))
    win = Window.around(image, box, margin=MARGIN * req.tolerance, max_area=MAX_AREA)
    if pipeline is not None:
        check_pipeline(pipeline)
        src = cast(np.ndarray, win.mid)  # set by Window.of
        if src.shape[:2] != win.small.shape[:2]:
            src = cv2.resize(src, (win.small.shape[1], win.small.shape[0]), interpolation=cv2.INTER_AREA)
        masks = [binary(run_pipeline(pipeline, src, win.scale))]
        if masks[0].shape != win.small.shape[:2]:
            raise BadRequest("the pipeline changes the image size; snapping needs a mask of the same size")
    else:
        masks = channel_binaries(win.small)
    ls = win.to_small(req.box) if req.box is not None else None
    ps = win.point_to_small(req.point) if req.point is not None else None
    grad = gradient(win.small)
    best, best_conf = None, -1.0
    for round_ in range(2):
        for m in masks:
            fg = fill_holes(object_of(m, ls, ps))
            ys, xs = np.nonzero(fg)
            if not len(xs):
                continue
            bs = (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1)
            c = confidence(win.small, fg, bs, win.touches(image.shape, bs), ls, grad, req.tolerance)
            if c > best_conf:
                best, best_conf = fg, c
        if round_ or pipeline is not None or best_conf >= 0.5:
            break
        masks = channel_binaries(win.small, win.texture(), colours=False)  # no colour split it: texture
    if best is None:
        return None
    return finish(image, req, win, best, ColourModel.from_mask(win.small, best), "threshold", loose_small=ls, grad=grad)
