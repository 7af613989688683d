"""Crowded scenes for the audit's tests and benchmark (scripts/bench_audit_crowd.py): the shapes of
app.core.dataset.synth.dataset, but in piles of one class whose neighbours overlap heavily (box IoU
`lo`..`hi` between a shape and the one it leans on, 0.3-0.8 by default), drawn over real photos
shipped by installed packages (ultralytics' assets, scikit-image's data) or synth's backgrounds.

Each shape is filled and outlined in a contrasting colour, so that where two of one class overlap
the edge of the one on top still shows; a shape is kept only while every shape under it stays at
least `visible` visible. Its label is the whole shape's box (what a person draws for an object
partly behind another). `render(index, seed, size)` depends only on its arguments."""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, cast

import cv2
import numpy as np
import numpy.typing as npt

from app.core.dataset.synth import dataset as synth

if TYPE_CHECKING:
    # (x0, y0, mask, box x0 y0 x1 y1): one shape's pixels in a window of the image at (x0, y0)
    Shape: TypeAlias = tuple[int, int, npt.NDArray[np.bool_], tuple[int, int, int, int]]

CLASSES = synth.CLASSES
ULTRALYTICS_PHOTOS = ("bus.jpg", "zidane.jpg")
SKIMAGE_PHOTOS = (
    "astronaut.png",
    "chelsea.png",
    "coffee.png",
    "rocket.jpg",
    "motorcycle_left.png",
    "hubble_deep_field.jpg",
    "brick.png",
    "grass.png",
    "gravel.png",
    "camera.png",
    "retina.jpg",
)


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def photo_paths() -> list[Path]:
    """The real photos the installed packages ship (ultralytics/assets, skimage/data), those present."""
    out = []
    for pkg, sub, names in (("ultralytics", "assets", ULTRALYTICS_PHOTOS), ("skimage", "data", SKIMAGE_PHOTOS)):
        d = _package_dir(pkg)
        if d is not None:
            out += [d / sub / n for n in names if (d / sub / n).is_file()]
    return out


@cache
def _photos() -> tuple[np.ndarray, ...]:
    out = []
    for p in photo_paths():
        img = cv2.imread(str(p), cv2.IMREAD_COLOR)
        if img is not None:
            out.append(img)
    return tuple(out)


def background(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A random crop (a tile of a quarter to all of the photo) of a real photo, resized to w x h;
    synth's generated backgrounds when no photo is installed, and for one image in four."""
    photos = _photos()
    if not photos or rng.random() < 0.25:
        return synth.draw_background(rng, w, h)
    img = photos[int(rng.integers(0, len(photos)))]
    ph, pw = img.shape[:2]
    s = rng.uniform(0.5, 1.0)
    cw = max(16, min(pw, int(round(min(pw, ph * w / h) * s))))
    ch = max(16, min(ph, int(round(cw * h / w))))
    x0, y0 = int(rng.integers(0, pw - cw + 1)), int(rng.integers(0, ph - ch + 1))
    crop = img[y0 : y0 + ch, x0 : x0 + cw]
    if rng.random() < 0.5:
        crop = crop[:, ::-1]
    return cast(np.ndarray, cv2.resize(np.ascontiguousarray(crop), (w, h), interpolation=cv2.INTER_AREA))


def _shape(name: str, cx: float, cy: float, r: float, rot: float) -> Shape | None:
    """(x0, y0, mask) of one shape: its pixels in a window of the image at (x0, y0), the same
    pixels a full-image canvas would get; None where it leaves no pixel."""
    if name in ("circle", "ring"):
        c = (round(cx), round(cy))
        x0, y0 = c[0] - round(r) - 2, c[1] - round(r) - 2
        m = np.zeros((2 * round(r) + 5, 2 * round(r) + 5), np.uint8)
        cv2.circle(
            m, (c[0] - x0, c[1] - y0), round(r), 255, -1 if name == "circle" else max(3, round(r * 0.3)), cv2.LINE_8
        )
    else:
        pts = synth.shape_polygon(name, cx, cy, r, rot).round().astype(np.int32)
        x0, y0 = int(pts[:, 0].min()) - 2, int(pts[:, 1].min()) - 2
        m = np.zeros((int(pts[:, 1].max()) - y0 + 3, int(pts[:, 0].max()) - x0 + 3), np.uint8)
        cv2.fillPoly(m, [pts - np.array([x0, y0], np.int32)], 255, cv2.LINE_8)
    ys, xs = np.nonzero(m)
    if len(xs) == 0:
        return None
    return x0, y0, m > 0, (x0 + int(xs.min()), y0 + int(ys.min()), x0 + int(xs.max()) + 1, y0 + int(ys.max()) + 1)


def _iou(a: Sequence[float], b: Sequence[float]) -> float:
    iw = min(a[2], b[2]) - max(a[0], b[0])
    ih = min(a[3], b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def render(
    index: int,
    seed: int = 0,
    size: tuple[int, int] = (640, 480),
    lo: float = 0.3,
    hi: float = 0.8,
    visible: float = 0.6,
) -> tuple[np.ndarray, list[tuple[int, float, float, float, float]], list[tuple[int, int, float]]]:
    """(BGR image, [(cls, cx, cy, w, h) normalized], [(i, j, box IoU) of the overlapping same-class
    pairs]) for one crowded image: 1-3 piles of 2-3 shapes of one class each (every shape after
    the first placed so its box overlaps the previous one's by IoU lo..hi), and 0-2 shapes alone."""
    w, h = size
    rng = np.random.default_rng([seed, index, 23])
    img = background(rng, w, h)
    scale = min(w, h)
    # (cls, box, (x0, y0, mask)) in drawing order
    objs: list[tuple[int, tuple[int, int, int, int], tuple[int, int, npt.NDArray[np.bool_]]]] = []
    shown: list[np.ndarray] = []  # each shape's pixels still visible (its mask's window)
    pairs: list[tuple[int, int, float]] = []

    def try_add(cls_id: int, shape: Shape | None) -> int | None:
        """Add a shape (on top of the others) where it lies inside the image and leaves every shape
        under it at least `visible` visible; its index, else None."""
        if shape is None:
            return None
        x0, y0, m, b = shape
        if x0 < 0 or y0 < 0 or x0 + m.shape[1] > w or y0 + m.shape[0] > h:  # inside, with a margin
            return None
        update = []
        for k, (_c, ob, (ox, oy, om)) in enumerate(objs):
            ix0, iy0, ix1, iy1 = max(b[0], ob[0]), max(b[1], ob[1]), min(b[2], ob[2]), min(b[3], ob[3])
            if ix0 >= ix1 or iy0 >= iy1:
                continue
            vis = shown[k].copy()
            vis[iy0 - oy : iy1 - oy, ix0 - ox : ix1 - ox] &= ~m[iy0 - y0 : iy1 - y0, ix0 - x0 : ix1 - x0]
            if int(vis.sum()) < visible * int(om.sum()):
                return None
            update.append((k, vis))
        for k, vis in update:
            shown[k] = vis
        objs.append((cls_id, b, (x0, y0, m)))
        shown.append(m.copy())
        return len(objs) - 1

    for _ in range(int(rng.integers(1, 4))):
        cls_id = int(rng.integers(0, len(CLASSES)))
        r = float(rng.uniform(0.06, 0.13)) * scale
        prev = None
        a = float(rng.uniform(0, 2 * math.pi))  # the pile's direction (people in a row)
        for _k in range(int(rng.integers(2, 4))):
            u = float(rng.uniform(lo, hi))  # this pair's overlap (kept through the tries:
            for _try in range(60):  # the higher ones are harder to place)
                rr = r * float(rng.uniform(0.85, 1.15))
                rot = float(rng.uniform(0, 2 * math.pi))
                if prev is None:
                    cx, cy = float(rng.uniform(rr, w - rr)), float(rng.uniform(rr, h - rr))
                else:  # equal squares offset by d along one axis overlap (1 - d) / (1 + d)
                    d = 2 * r * (1 - u) / (1 + u) * float(rng.uniform(0.8, 1.2))
                    at = a + float(rng.uniform(-0.6, 0.6))
                    pb = objs[prev][1]
                    cx = (pb[0] + pb[2]) / 2 + d * math.cos(at)
                    cy = (pb[1] + pb[3]) / 2 + d * math.sin(at)
                shape = _shape(CLASSES[cls_id], cx, cy, rr, rot)
                if shape is None or (prev is not None and not lo <= _iou(shape[3], objs[prev][1]) <= hi):
                    continue
                k = try_add(cls_id, shape)
                if k is not None:
                    if prev is not None:
                        pairs.append((prev, k, _iou(objs[prev][1], objs[k][1])))
                    prev = k
                    break
    for _ in range(int(rng.integers(0, 3))):  # a few shapes alone, any class
        cls_id = int(rng.integers(0, len(CLASSES)))
        for _try in range(20):
            r = float(rng.uniform(0.05, 0.12)) * scale
            cx, cy = float(rng.uniform(r, w - r)), float(rng.uniform(r, h - r))
            shape = _shape(CLASSES[cls_id], cx, cy, r, float(rng.uniform(0, 2 * math.pi)))
            if (
                shape is not None
                and all(_iou(shape[3], ob) == 0 for _c, ob, _m in objs)
                and try_add(cls_id, shape) is not None
            ):
                break
    for _c, _b, (x0, y0, m) in objs:  # drawn in order: filled, then a contrasting outline
        win = img[y0 : y0 + m.shape[0], x0 : x0 + m.shape[1]]
        inside = win[m]
        mean = inside.reshape(-1, 3).mean(axis=0) if len(inside) else np.full(3, 128.0)
        colour = rng.integers(0, 256, 3)
        if np.abs(colour - mean).sum() < 150:
            colour = (255 - mean).astype(int)
        win[m] = colour
        edge = cv2.morphologyEx(m.astype(np.uint8), cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
        win[edge > 0] = 0 if colour.sum() > 384 else 255
    boxes = [
        (c, (b[0] + b[2]) / 2 / w, (b[1] + b[3]) / 2 / h, (b[2] - b[0]) / w, (b[3] - b[1]) / h) for c, b, _m in objs
    ]
    return img, boxes, pairs
