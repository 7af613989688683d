"""Datasets for the snapping tests: generated images (app.core.dataset.synth.dataset, exact extents) whose
label files hold loose boxes (each side off by a few % of the object, as a detector's are) written
and recorded as by an auto-label run, so `labelbench snap-labels` treats them as its own to tighten."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np

from app.core.dataset.index import DatasetIndex
from app.core.dataset.synth.dataset import CLASSES, render, write_yaml
from app.core.io.yolo_labels import format_labels, read_labels
from tests.support.paths import ROOT

W, H = 320, 240


def loose(xywhn, rng) -> list[float]:
    """A truth box (normalized) with each side moved by up to 8 % of the box's size."""
    x, y, w, h = xywhn
    x1, y1, x2, y2 = (x - w / 2) * W, (y - h / 2) * H, (x + w / 2) * W, (y + h / 2) * H
    d = rng.uniform(-0.08, 0.08, 4)
    x1, x2 = max(0.0, x1 + d[0] * w * W), min(W, x2 + d[2] * w * W)
    y1, y2 = max(0.0, y1 + d[1] * h * H), min(H, y2 + d[3] * h * H)
    return [(x1 + x2) / 2 / W, (y1 + y2) / 2 / H, (x2 - x1) / W, (y2 - y1) / H]


def make_dataset(root: Path, n: int = 6, seed: int = 5) -> tuple[Path, dict[str, list]]:
    """(data.yaml, {image rel: [(cls, truth xywhn)]}); label files hold loose boxes recorded as an
    auto-label run's (model key "test-model")."""
    rng = np.random.default_rng(seed)
    truth, items = {}, []
    for split in ("images/train", "labels/train"):
        (root / split).mkdir(parents=True, exist_ok=True)
    for i in range(n):
        img, boxes = render(i, seed, (W, H))
        name = f"s{i:03d}"
        cv2.imwrite(str(root / "images" / "train" / f"{name}.png"), img)
        cls = [b[0] for b in boxes]
        xywhn = [loose(b[1:], rng) for b in boxes]
        (root / "labels" / "train" / f"{name}.txt").write_text(format_labels(cls, xywhn), encoding="utf-8")
        rel = f"images/train/{name}.png"
        truth[rel] = [(b[0], list(b[1:])) for b in boxes]
        items.append((rel, cls, np.round(np.array(xywhn, float).reshape(-1, 4), 6), [0.9] * len(cls)))
    write_yaml(root, False)
    with DatasetIndex.open(root / "data.yaml") as idx:
        idx.refresh()
        idx.record_predictions(items, "test-model")
    return root / "data.yaml", truth


def label_path(root: Path, rel: str) -> Path:
    return root / "labels" / "train" / (Path(rel).stem + ".txt")


def mean_iou(root: Path, truth: dict) -> float:
    """Mean over the label boxes of the IoU with the true box of the same object (same order)."""
    vals = []
    for rel, boxes in truth.items():
        lab, _ = read_labels(label_path(root, rel))
        for (_c, t), p in zip(boxes, lab.xywhn):
            vals.append(iou_xywhn(t, p))
    return float(np.mean(vals))


def iou_xywhn(a, b) -> float:
    ax1, ay1, ax2, ay2 = a[0] - a[2] / 2, a[1] - a[3] / 2, a[0] + a[2] / 2, a[1] + a[3] / 2
    bx1, by1, bx2, by2 = b[0] - b[2] / 2, b[1] - b[3] / 2, b[0] + b[2] / 2, b[1] + b[3] / 2
    iw, ih = max(0.0, min(ax2, bx2) - max(ax1, bx1)), max(0.0, min(ay2, by2) - max(ay1, by1))
    inter = iw * ih
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "labels").rglob("*.txt"))}


def cli(*args, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


__all__ = ["CLASSES", "make_dataset", "label_path", "mean_iou", "tree_bytes", "cli", "W", "H"]
