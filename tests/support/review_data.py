"""A small real dataset for the review tests: JPEGs with drawn objects, YOLO labels, data.yaml,
and an index holding the stored predictions of an "auto-label run" (per-box confidences)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from app.core.dataset.index import DatasetIndex
from app.core.io.yolo_labels import format_labels
from tests.support.canvas import at  # noqa: F401 - the review tests import it from here

NAMES = ["circle", "square", "triangle", "star", "ring"]
W, H = 320, 240
# image name -> boxes (cls, x0, y0, x1, y1 pixels, confidence); min confidence decides the queue
IMAGES = {
    "a.jpg": [(0, 20, 20, 100, 90, 0.95), (1, 180, 60, 290, 200, 0.90)],
    "b.jpg": [(2, 40, 40, 140, 140, 0.35), (0, 200, 30, 260, 90, 0.97)],
    "c.jpg": [(3, 60, 50, 160, 150, 0.60)],
    "d.jpg": [(4, 10, 10, 70, 70, 0.88), (1, 150, 100, 260, 210, 0.20), (0, 90, 150, 130, 200, 0.93)],
    "e.jpg": [(1, 100, 60, 220, 180, 0.75)],
}
QUEUE = ["d.jpg", "b.jpg", "c.jpg", "e.jpg", "a.jpg"]  # least sure first


def xywhn(b) -> list[float]:
    _, x0, y0, x1, y1, _ = b
    return [(x0 + x1) / 2 / W, (y0 + y1) / 2 / H, (x1 - x0) / W, (y1 - y0) / H]


def make_dataset(root: Path) -> Path:
    (root / "images" / "train").mkdir(parents=True)
    (root / "labels" / "train").mkdir(parents=True)
    for k, (name, boxes) in enumerate(IMAGES.items()):
        img = np.full((H, W, 3), 60 + 20 * k, np.uint8)
        for c, x0, y0, x1, y1, _ in boxes:
            cv2.rectangle(img, (x0, y0), (x1 - 1, y1 - 1), (40 * c, 255 - 40 * c, 128), -1)
        cv2.imwrite(str(root / "images" / "train" / name), img)
        text = format_labels([b[0] for b in boxes], [xywhn(b) for b in boxes])
        (root / "labels" / "train" / name.replace(".jpg", ".txt")).write_text(text)
    yaml_path = root / "data.yaml"
    yaml_path.write_text(
        "# demo\npath: .\ntrain: images/train\nval: images/train\nnames:\n"
        + "".join(f"  {i}: {n}\n" for i, n in enumerate(NAMES))
    )
    with DatasetIndex.open(yaml_path) as idx:  # an auto-label run stored its predictions
        idx.refresh()
        items = []
        for name, boxes in IMAGES.items():
            txt = np.loadtxt(root / "labels" / "train" / name.replace(".jpg", ".txt"), ndmin=2)
            items.append((f"images/train/{name}", txt[:, 0].astype(int), txt[:, 1:5], [b[5] for b in boxes]))
        idx.record_predictions(items, "test-model")
    return yaml_path


def label_file(root: Path, name: str) -> Path:
    return root / "labels" / "train" / name.replace(".jpg", ".txt")


def read_rows(path: Path) -> np.ndarray:
    return np.loadtxt(path, ndmin=2).reshape(-1, 5)
