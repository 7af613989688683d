"""Synthetic shapes datasets: the demo dataset and the test and benchmark datasets.

    python scripts/make_demo_dataset.py OUT_DIR --n 400 [--size 640x480] [--seed 0] [--val 0.2]

Objects of several classes (circle, square, triangle, star, ring) are drawn over varied
textured backgrounds (smooth gradients, noise, stripes, blurred blobs, "photographic" clutter);
labels are the exact bounding boxes of the drawn shapes, YOLO format, 6 decimals.
Each image's content depends only on (seed, index), so any --n is reproducible and a bigger
dataset starts with the same images as a smaller one.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

CLASSES = ["circle", "square", "triangle", "star", "ring"]


def draw_background(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    # Every test and benchmark dataset draws its images here, so it is written for speed: the
    # gradient stays one row and the stripes' grid one row and one column (broadcast, never
    # materialized), and the noise array takes the sum in place. Each element is computed by the
    # same float operations as before (a + b is b + a exactly), so an image is bit-identical.
    kind = rng.integers(0, 5)
    small = (max(4, w // 32), max(4, h // 32))
    if kind == 0:  # smooth colour gradient
        c0, c1 = rng.integers(0, 256, 3), rng.integers(0, 256, 3)
        t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
        img = c0 * (1 - t) + c1 * t  # one row, the same for every line
    elif kind == 1:  # blurred random blobs ("out of focus photo")
        img = cv2.resize(
            rng.integers(0, 256, (small[1], small[0], 3)).astype(np.uint8), (w, h), interpolation=cv2.INTER_CUBIC
        ).astype(np.float32)
    elif kind == 2:  # stripes
        period = rng.integers(8, 60)
        ang = rng.uniform(0, math.pi)
        yy, xx = np.arange(h, dtype=np.float32)[:, None], np.arange(w, dtype=np.float32)[None, :]
        s = np.sin((xx * math.cos(ang) + yy * math.sin(ang)) * 2 * math.pi / period)[..., None]
        c0, c1 = rng.integers(0, 256, 3), rng.integers(0, 256, 3)
        img = c0 * (s + 1) / 2 + c1 * (1 - s) / 2
    elif kind == 3:  # granite-like multi-scale noise
        img = np.zeros((h, w, 3), np.float32)
        for octave in (8, 32, 128):
            g = rng.integers(0, 256, (max(2, h // octave), max(2, w // octave), 3)).astype(np.uint8)
            img += cv2.resize(g, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32) / 3
    else:  # clutter: many thin lines and small dots over a flat tone
        img = np.full((h, w, 3), rng.integers(40, 220, 3), np.float32)
        for _ in range(int(rng.integers(10, 40))):
            p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            p2 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            cv2.line(img, p1, p2, rng.integers(0, 256, 3).tolist(), int(rng.integers(1, 3)))
    noisy = rng.normal(0, rng.uniform(2, 12), (h, w, 3))
    noisy += img
    return np.clip(noisy, 0, 255, out=noisy).astype(np.uint8)


def _star(cx: float, cy: float, r: float, rot: float) -> np.ndarray:
    pts = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.45
        a = rot + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return np.array(pts, np.float32)


def shape_polygon(cls: str, cx: float, cy: float, r: float, rot: float) -> np.ndarray:
    if cls == "square":
        return np.array(
            [(cx + r * math.cos(rot + k * math.pi / 2), cy + r * math.sin(rot + k * math.pi / 2)) for k in range(4)],
            np.float32,
        )
    if cls == "triangle":
        return np.array(
            [
                (cx + r * math.cos(rot + k * 2 * math.pi / 3), cy + r * math.sin(rot + k * 2 * math.pi / 3))
                for k in range(3)
            ],
            np.float32,
        )
    return _star(cx, cy, r, rot)


def render(
    index: int, seed: int = 0, size: tuple[int, int] = (640, 480)
) -> tuple[npt.NDArray[np.uint8], list[tuple[int, float, float, float, float]]]:
    """Return (BGR image, [(cls_id, cx, cy, w, h) normalized]) for one image."""
    w, h = size
    rng = np.random.default_rng([seed, index])
    img = draw_background(rng, w, h)
    mask = np.zeros((h, w), np.uint8)
    boxes = []
    scale = min(w, h)
    for _ in range(int(rng.integers(1, 6))):
        cls_id = int(rng.integers(0, len(CLASSES)))
        r = float(rng.uniform(0.05, 0.16)) * scale
        cx, cy = float(rng.uniform(r, w - r)), float(rng.uniform(r, h - r))
        rot = float(rng.uniform(0, 2 * math.pi))
        colour = rng.integers(0, 256, 3)
        bg = img[int(cy), int(cx)].astype(int)
        if np.abs(colour - bg).sum() < 150:  # keep contrast with the background
            colour = 255 - bg
        colour = colour.tolist()
        shape = np.zeros((h, w), np.uint8)
        name = CLASSES[cls_id]
        if name == "circle":
            cv2.circle(shape, (round(cx), round(cy)), round(r), 255, -1, cv2.LINE_8)
        elif name == "ring":
            cv2.circle(shape, (round(cx), round(cy)), round(r), 255, max(3, round(r * 0.3)), cv2.LINE_8)
        else:
            pts = shape_polygon(name, cx, cy, r, rot).round().astype(np.int32)
            cv2.fillPoly(shape, [pts], 255, cv2.LINE_8)
        if (cv2.bitwise_and(shape, mask) > 0).sum() > 0.05 * (shape > 0).sum():
            continue  # avoid heavy occlusion: keep every label exactly visible
        ys, xs = np.nonzero(shape)
        if len(xs) == 0:
            continue
        img[shape > 0] = colour
        mask |= shape
        x0, x1, y0, y1 = xs.min(), xs.max() + 1, ys.min(), ys.max() + 1  # exact pixel extent
        boxes.append((cls_id, (x0 + x1) / 2 / w, (y0 + y1) / 2 / h, (x1 - x0) / w, (y1 - y0) / h))
    return img, boxes


def write_yaml(out: Path, has_val: bool) -> None:
    # no "path:" key: Ultralytics then resolves the splits against this file's folder
    lines = ["train: images/train", f"val: images/{'val' if has_val else 'train'}", "names:"]
    lines += [f"  {i}: {n}" for i, n in enumerate(CLASSES)]
    (out / "data.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_small(root: Path, n: int, n_val: int, seed: int, size: tuple[int, int], stem: str = "img") -> Path:
    """A small dataset in Ultralytics layout for tests and examples: n rendered images (the first
    n_val in val/) as JPEGs, their labels, and data.yaml; returns the data.yaml path."""
    for i in range(n):
        split = "val" if i < n_val else "train"
        img, boxes = render(i, seed, size)
        (root / "images" / split).mkdir(parents=True, exist_ok=True)
        (root / "labels" / split).mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(root / "images" / split / f"{stem}{i:02d}.jpg"), img)
        rows = "".join(f"{c} {x:.6f} {y:.6f} {bw:.6f} {bh:.6f}\n" for c, x, y, bw, bh in boxes)
        (root / "labels" / split / f"{stem}{i:02d}.txt").write_text(rows, encoding="utf-8")
    write_yaml(root, n_val > 0)
    return root / "data.yaml"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=400, help="number of images")
    ap.add_argument("--size", default="640x480", help="WxH of every image")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--val", type=float, default=0.2, help="fraction of images in the val split")
    ap.add_argument("--quality", type=int, default=92, help="JPEG quality")
    ap.add_argument("--no-labels", action="store_true", help="write images only")
    a = ap.parse_args(argv)
    try:
        w, h = (int(v) for v in a.size.lower().split("x"))
    except ValueError:
        ap.error(f"--size must look like 640x480, got {a.size!r}")
    n_val = int(round(a.n * a.val))
    for i in range(a.n):
        split = "val" if i >= a.n - n_val else "train"
        img, boxes = render(i, a.seed, (w, h))
        idir, ldir = a.out / "images" / split, a.out / "labels" / split
        idir.mkdir(parents=True, exist_ok=True)
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, a.quality])
        (idir / f"demo_{i:06d}.jpg").write_bytes(buf.tobytes())
        if not a.no_labels:
            ldir.mkdir(parents=True, exist_ok=True)
            txt = "".join(f"{c} {x:.6f} {y:.6f} {bw:.6f} {bh:.6f}\n" for c, x, y, bw, bh in boxes)
            (ldir / f"demo_{i:06d}.txt").write_text(txt, encoding="utf-8")
        if a.n >= 1000 and (i + 1) % 1000 == 0:
            print(f"{i + 1}/{a.n}", file=sys.stderr)
    write_yaml(a.out, n_val > 0)
    print(f"wrote {a.n} images ({n_val} val) to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
