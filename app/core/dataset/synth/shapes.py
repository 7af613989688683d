"""Generated segmentation and rotated-box (OBB) datasets with exact outlines, for the tests, the
benchmark and the tiny -seg / -obb models they train (scripts/train_shape_models.py).

Every object is drawn with cv2.fillPoly from integer pixel vertices, and its label is those same
vertices, normalized: the polygon (segment) or the four corners (obb) of what was drawn, exactly.

    img, objects = render(index, seed=0, size=(160, 128), task="segment")
    objects[0]        # (class id, (K, 2) float64 normalized vertices)
    write_dataset(root, n=16, task="obb")   # images/train, labels/train, data.yaml

Each image depends only on (seed, index, size, task), as in app.core.dataset.synth.dataset.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

SEGMENT_CLASSES = ["circle", "square", "triangle", "star"]
OBB_CLASSES = ["bar", "tile"]
TASKS = ("segment", "obb")


def classes_for(task: str) -> list[str]:
    if task not in TASKS:
        raise ValueError(f"task must be one of {TASKS}, got {task!r}")
    return SEGMENT_CLASSES if task == "segment" else OBB_CLASSES


def outline(name: str, cx: float, cy: float, r: float, rot: float, rng: np.random.Generator) -> np.ndarray:
    """Integer pixel vertices (K, 2) of one shape."""
    if name == "circle":
        pts = cv2.ellipse2Poly((round(cx), round(cy)), (round(r), round(r)), 0, 0, 360, 20)[:-1]
    elif name in ("square", "triangle"):
        k = 4 if name == "square" else 3
        pts = [
            (cx + r * math.cos(rot + j * 2 * math.pi / k), cy + r * math.sin(rot + j * 2 * math.pi / k))
            for j in range(k)
        ]
    elif name == "star":
        pts = [
            (
                cx + (r if j % 2 == 0 else 0.45 * r) * math.cos(rot + j * math.pi / 5),
                cy + (r if j % 2 == 0 else 0.45 * r) * math.sin(rot + j * math.pi / 5),
            )
            for j in range(10)
        ]
    else:  # rotated rectangles: "bar" (long and thin), "tile" (almost square)
        aspect = float(rng.uniform(2.5, 3.5)) if name == "bar" else float(rng.uniform(1.0, 1.3))
        w, h = 2 * r, 2 * r / aspect
        pts = cv2.boxPoints(((cx, cy), (w, h), math.degrees(rot)))
    return np.round(np.asarray(pts, np.float64)).astype(np.int32).reshape(-1, 2)


def place(
    names: Sequence[str],
    rng: np.random.Generator,
    w: int,
    h: int,
    radius: tuple[float, float],
    scale: float,
    taken: npt.NDArray[np.uint8],
) -> tuple[int, tuple[float, float], np.ndarray, npt.NDArray[np.uint8], npt.NDArray[np.uint8]] | None:
    """One object at random (class, size in `radius` x scale, place, turn, outline), filled as a mask;
    None when its mask, grown by 2 px, touches one already `taken`. Returns (class id, centre, points,
    mask, grown mask). The random draws are always the same ones, in the same order."""
    cls_id = int(rng.integers(0, len(names)))
    r = float(rng.uniform(*radius)) * scale
    cx, cy = float(rng.uniform(r, w - r)), float(rng.uniform(r, h - r))
    rot = float(rng.uniform(0, 2 * math.pi))
    pts = outline(names[cls_id], cx, cy, r, rot, rng)
    pts[:, 0] = pts[:, 0].clip(0, w - 1)
    pts[:, 1] = pts[:, 1].clip(0, h - 1)
    shape = np.zeros((h, w), np.uint8)
    cv2.fillPoly(shape, [pts], 255, cv2.LINE_8)
    grown = cv2.dilate(shape, np.ones((5, 5), np.uint8))
    if (grown & taken).any():
        return None
    return cls_id, (cx, cy), pts, shape, grown


def render(
    index: int, seed: int = 0, size: tuple[int, int] = (160, 128), task: str = "segment"
) -> tuple[np.ndarray, list[tuple[int, npt.NDArray[np.float64]]]]:
    """(BGR image, [(class id, (K, 2) float64 normalized vertices)]) of one image: 1-3 shapes that
    do not touch, on a smooth background with a little noise."""
    names = classes_for(task)
    w, h = size
    rng = np.random.default_rng([seed, index, TASKS.index(task)])
    c0, c1 = rng.integers(0, 256, 3), rng.integers(0, 256, 3)
    t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    img = np.repeat(c0 * (1 - t) + c1 * t, h, axis=0) + rng.normal(0, 4, (h, w, 3))
    img = np.clip(img, 0, 255).astype(np.uint8)
    taken = np.zeros((h, w), np.uint8)
    objects = []
    scale = min(w, h)
    for _ in range(int(rng.integers(1, 4))):
        placed = place(names, rng, w, h, (0.15, 0.3), scale, taken)
        if placed is None:
            continue  # objects never touch: each outline is the whole visible object
        cls_id, (cx, cy), pts, shape, grown = placed
        bg = img[int(cy), int(cx)].astype(int)
        colour = rng.integers(0, 256, 3)
        if np.abs(colour - bg).sum() < 200:
            colour = 255 - bg
        img[shape > 0] = colour
        taken |= grown
        objects.append((cls_id, pts.astype(np.float64) / np.array([w, h], np.float64)))
    return img, objects


def label_text(objects: Iterable[tuple[int, np.ndarray]]) -> str:
    """YOLO segment / OBB label lines (`cls x1 y1 ... xn yn`, 6 decimals)."""
    return "".join(f"{c} " + " ".join(f"{v:.6f}" for v in pts.reshape(-1)) + "\n" for c, pts in objects)


def write_dataset(
    root: Path, n: int, task: str = "segment", seed: int = 0, size: tuple[int, int] = (160, 128), stem: str = "img"
) -> Path:
    """n images with their labels in Ultralytics layout (images/train, labels/train; val = train)
    and data.yaml; returns the data.yaml path."""
    root = Path(root)
    (root / "images" / "train").mkdir(parents=True, exist_ok=True)
    (root / "labels" / "train").mkdir(parents=True, exist_ok=True)
    for i in range(n):
        img, objects = render(i, seed, size, task)
        cv2.imwrite(str(root / "images" / "train" / f"{stem}{i:03d}.png"), img)
        (root / "labels" / "train" / f"{stem}{i:03d}.txt").write_text(label_text(objects), encoding="utf-8")
    lines = ["train: images/train", "val: images/train", "names:"]
    lines += [f"  {i}: {name}" for i, name in enumerate(classes_for(task))]
    (root / "data.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root / "data.yaml"
