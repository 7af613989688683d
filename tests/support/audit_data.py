"""A small generated dataset with one injected label error of each kind, for the audit tests."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from app.core.audit.inject import KINDS, corrupt
from app.core.dataset.synth import dataset as synth
from app.core.io.yolo_labels import format_labels

N_IMAGES = 14


def make_audit_dataset(root: Path, n: int = N_IMAGES, seed: int = 0) -> dict:
    """n images (640x480, the demo model's kind of data); images 0..4 get one error each, of the
    kinds in KINDS order. Returns {rel image: Injected}."""
    rng = np.random.default_rng(11)
    truth = {}
    (root / "images" / "train").mkdir(parents=True, exist_ok=True)
    (root / "labels" / "train").mkdir(parents=True, exist_ok=True)
    for i in range(n):
        img, boxes = synth.render(i, seed, (640, 480))
        rel = f"images/train/a_{i:03d}.jpg"
        cv2.imwrite(str(root / rel), img, [cv2.IMWRITE_JPEG_QUALITY, 95])
        cls = np.array([b[0] for b in boxes], np.int64)
        xywh = np.array([b[1:] for b in boxes], np.float64).reshape(-1, 4)
        if i < len(KINDS):
            cls, xywh, truth[rel] = corrupt(cls, xywh, KINDS[i], rng)
        (root / "labels" / "train" / f"a_{i:03d}.txt").write_text(format_labels(cls, xywh), encoding="utf-8")
    synth.write_yaml(root, False)
    return truth
