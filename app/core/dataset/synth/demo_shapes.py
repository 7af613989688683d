"""The segmentation and rotated-box demo datasets: shapes with exact outlines (as in
app.core.dataset.synth.shapes) over the box demo's textured backgrounds (dataset.draw_background),
in train/val splits, JPEG, Ultralytics layout.

    write_demo(root, "segment", n=40)      # root/images/{train,val}, root/labels/..., root/data.yaml
    img, objects = render_demo(3, seed=0, task="obb")
    user_demo("segment")                   # data.yaml of the user's copy, generated on first use

What `labelbench demo --task segment|obb` opens (made on first use in the user's data folder) and
what scripts/train_shape_demo_models.py trains resources/models/demo_yolov8n-seg.pt / -obb.pt on.
Each image depends only on (seed, index, size, task).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from app.core.dataset.synth.dataset import draw_background
from app.core.dataset.synth.shapes import TASKS, classes_for, label_text, place

DEMO_SIZE = (640, 480)
USER_DEMO_IMAGES = 24  # 18 train, 6 val: as many as the box demo
USER_DEMO_SEED = 2  # images the demo models never saw (they train on seed 0, are measured on seed 1)


def render_demo(
    index: int, seed: int = 0, size: tuple[int, int] = DEMO_SIZE, task: str = "segment"
) -> tuple[npt.NDArray[np.uint8], list[tuple[int, npt.NDArray[np.float64]]]]:
    """(BGR image, [(class id, (K, 2) float64 normalized vertices)]): 1-5 shapes that never touch,
    each drawn with cv2.fillPoly from the integer vertices its label holds."""
    names = classes_for(task)
    w, h = size
    rng = np.random.default_rng([seed, index, 10 + TASKS.index(task)])
    img = draw_background(rng, w, h)
    taken = np.zeros((h, w), np.uint8)
    objects = []
    scale = min(w, h)
    for _ in range(int(rng.integers(1, 6))):
        placed = place(names, rng, w, h, (0.07, 0.2), scale, taken)
        if placed is None:
            continue
        cls_id, _centre, pts, shape, grown = placed
        bg = img[shape > 0].mean(axis=0)
        colour = rng.integers(0, 256, 3)
        if np.abs(colour - bg).sum() < 200:  # keep contrast with what lies under the shape
            colour = (255 - bg).astype(int)
        img[shape > 0] = colour
        taken |= grown
        objects.append((cls_id, pts.astype(np.float64) / np.array([w, h], np.float64)))
    return img, objects


def write_demo(
    root: Path,
    task: str,
    n: int = 40,
    seed: int = 0,
    size: tuple[int, int] = DEMO_SIZE,
    val: float = 0.25,
    quality: int = 92,
) -> Path:
    """n demo images (the last round(n * val) in val/) with their labels and data.yaml; returns
    the data.yaml path."""
    root = Path(root)
    n_val = int(round(n * val))
    for i in range(n):
        split = "val" if i >= n - n_val else "train"
        img, objects = render_demo(i, seed, size, task)
        idir, ldir = root / "images" / split, root / "labels" / split
        idir.mkdir(parents=True, exist_ok=True)
        ldir.mkdir(parents=True, exist_ok=True)
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
        (idir / f"demo_{i:06d}.jpg").write_bytes(buf.tobytes())
        (ldir / f"demo_{i:06d}.txt").write_text(label_text(objects), encoding="utf-8")
    lines = ["train: images/train", f"val: images/{'val' if n_val else 'train'}", "names:"]
    lines += [f"  {i}: {name}" for i, name in enumerate(classes_for(task))]
    (root / "data.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root / "data.yaml"


def user_demo(task: str, reset: bool = False) -> Path:
    """data.yaml of the user's segment / obb demo dataset (the user's data folder, beside the box
    demo: app.core.io.resources.user_data_dir() / "demo-<task>"), generated when missing or
    `reset`. Made in a new folder beside the old one and swapped in, so a failed run leaves the
    old one as it was. Only generated files: nothing large is bundled."""
    from app.core.io.resources import user_data_dir

    classes_for(task)
    target = user_data_dir() / f"demo-{task}"
    if not reset and (target / "data.yaml").is_file():
        return target / "data.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".demo-{task}-new-", dir=target.parent))
    try:
        write_demo(fresh / "demo", task, n=USER_DEMO_IMAGES, seed=USER_DEMO_SEED)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".demo-{task}-old-", dir=target.parent)) / "demo"
            os.replace(target, old)
            shutil.rmtree(old.parent, ignore_errors=True)
        os.replace(fresh / "demo", target)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return target / "data.yaml"
