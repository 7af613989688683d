"""Generated scenes with exact object extents and masks, for the snapping benchmark and its tests
(scripts/bench_snap.py, tests/core/assist/): the demo dataset's shapes (app.core.dataset.synth.dataset) on
three kinds of scene.

  * "plain": synth.render's textured backgrounds and well-contrasted flat shapes;
  * "cluttered": many lines, dots and small blobs of every colour around the objects, a few thin
    lines across them (the true box is still the drawn shape's);
  * "low_contrast": each object only ~8-14 levels per channel away from the background under it,
    with noise of 3-6 levels.

    img, objects = render_scene("cluttered", index=3, seed=0, size=(1152, 864))
    objects[0].box            # (x1, y1, x2, y2) pixel edges, exact
    objects[0].inside(x, y)   # whether a pixel is the object's (for simulated clicks)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from app.core.dataset.synth.dataset import CLASSES, draw_background, shape_polygon

KINDS = ("plain", "cluttered", "low_contrast")


@dataclass
class SceneObject:
    cls: int
    box: tuple[int, int, int, int]  # pixel edges: x1, y1, x2, y2
    mask: np.ndarray  # bool, the box's size: mask[y - y1, x - x1]

    def inside(self, x: int, y: int) -> bool:
        x1, y1, x2, y2 = self.box
        return x1 <= x < x2 and y1 <= y < y2 and bool(self.mask[y - y1, x - x1])

    def pixels(self) -> tuple[np.ndarray, np.ndarray]:
        """(xs, ys) of the object's pixels in image coordinates."""
        ys, xs = np.nonzero(self.mask)
        return xs + self.box[0], ys + self.box[1]


def _shape_mask(name: str, cx: float, cy: float, r: float, rot: float, w: int, h: int) -> np.ndarray:
    shape = np.zeros((h, w), np.uint8)
    if name == "circle":
        cv2.circle(shape, (round(cx), round(cy)), round(r), 255, -1, cv2.LINE_8)
    elif name == "ring":
        cv2.circle(shape, (round(cx), round(cy)), round(r), 255, max(3, round(r * 0.3)), cv2.LINE_8)
    else:
        cv2.fillPoly(shape, [shape_polygon(name, cx, cy, r, rot).round().astype(np.int32)], 255, cv2.LINE_8)
    return shape


def _clutter(img: np.ndarray, rng: np.random.Generator, n: int, thick: tuple[int, int], scale: float) -> None:
    h, w = img.shape[:2]
    for _ in range(n):
        kind = rng.integers(0, 3)
        colour = rng.integers(0, 256, 3).tolist()
        if kind == 0:
            p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            p2 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            cv2.line(img, p1, p2, colour, int(rng.integers(*thick)))
        elif kind == 1:
            c = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            cv2.circle(img, c, max(1, int(rng.uniform(0.004, 0.015) * scale)), colour, -1)
        else:
            x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
            s = max(2, int(rng.uniform(0.005, 0.025) * scale))
            cv2.rectangle(img, (x, y), (x + s, y + int(s * rng.uniform(0.3, 1.5))), colour, -1)


def render_scene(
    kind: str, index: int, seed: int = 0, size: tuple[int, int] = (1152, 864), n_objects: tuple[int, int] = (1, 6)
) -> tuple[np.ndarray, list[SceneObject]]:
    """(BGR uint8 image, objects) of one scene; depends only on (kind, index, seed, size)."""
    if kind not in KINDS:
        raise ValueError(f"unknown scene kind {kind!r}; choose one of {KINDS}")
    w, h = size
    rng = np.random.default_rng([seed, index, KINDS.index(kind), 26])
    scale = min(w, h)
    if kind == "low_contrast":
        c0 = rng.integers(40, 216, 3)
        t = np.linspace(-1, 1, w, dtype=np.float32)[None, :, None]
        img = (c0 + 25 * t * rng.uniform(-1, 1, 3)).repeat(h, axis=0)
        img = np.clip(img, 0, 255).astype(np.float32)
    else:
        img = draw_background(rng, w, h).astype(np.float32)
        if kind == "cluttered":
            img8 = np.clip(img, 0, 255).astype(np.uint8)
            _clutter(img8, rng, int(rng.integers(60, 120)), (1, max(2, int(0.005 * scale))), scale)
            img = img8.astype(np.float32)
    taken = np.zeros((h, w), np.uint8)
    objects: list[SceneObject] = []
    for _ in range(int(rng.integers(*n_objects))):
        cls_id = int(rng.integers(0, len(CLASSES)))
        r = float(rng.uniform(0.05, 0.16)) * scale
        cx, cy = float(rng.uniform(r, w - r)), float(rng.uniform(r, h - r))
        rot = float(rng.uniform(0, 2 * math.pi))
        shape = _shape_mask(CLASSES[cls_id], cx, cy, r, rot, w, h)
        if (cv2.dilate(taken, np.ones((5, 5), np.uint8)) & shape).any():
            continue  # objects never touch: every box is exactly one drawn shape
        sel = shape > 0
        bg = img[sel].mean(axis=0)
        if kind == "low_contrast":
            delta = rng.uniform(8, 14, 3) * rng.choice((-1, 1), 3)
            colour = np.clip(bg + delta, 0, 255)
        else:
            colour = rng.integers(0, 256, 3).astype(np.float32)
            if np.abs(colour - bg).sum() < 150:
                colour = 255 - bg
        img[sel] = colour
        taken |= shape
        ys, xs = np.nonzero(sel)
        box = (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)
        objects.append(SceneObject(cls_id, box, sel[box[1] : box[3], box[0] : box[2]].copy()))
    if kind == "cluttered":  # a few thin lines across everything, objects included
        img8 = np.clip(img, 0, 255).astype(np.uint8)
        _clutter(img8, rng, int(rng.integers(2, 5)), (1, 2), scale)
        img = img8.astype(np.float32)
    sigma = rng.uniform(3, 6) if kind == "low_contrast" else rng.uniform(2, 10)
    img = img + rng.normal(0, sigma, img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8), objects
