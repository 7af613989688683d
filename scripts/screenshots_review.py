#!/usr/bin/env python3
"""Grab the Review pane's README screenshot from the real widget, offscreen.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_review.py [OUT_DIR] [--model PT | --simulate] [--n 60]

Builds a demo dataset in a temporary folder (scripts/make_demo_dataset.py, 1280x960 images),
gives it auto-labels with confidences, opens the real Review pane on it, accepts the five least
sure images with Space as a reviewer would, selects the least sure box of the sixth and saves
OUT_DIR/review.png (default resources/screenshots).

Auto-labels: a real `labelbench autolabel` run of --model (default: the bundled demo model,
resources/models/demo_yolov8n.pt; confidences recorded in the dataset index by the run itself).
With --simulate (or when there is no model): the true boxes, jittered by a few pixels, with
random confidences, some low-confidence boxes given a wrong class and a few false boxes added
(recorded through DatasetIndex.record_predictions, as the engine does).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from _qtwait import open_review_pane, settle  # noqa: E402
from PyQt6.QtWidgets import QApplication  # noqa: E402

import app.gui  # noqa: E402,F401 - fixes OpenCV's Qt plugin path before PyQt6 loads

SIZE = "1280x960"
DEMO_MODEL = ROOT / "resources" / "models" / "demo_yolov8n.pt"
ACCEPT = 5


def make_dataset(work: Path, n: int, seed: int) -> Path:
    out = work / "shapes"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "make_demo_dataset.py"),
            str(out),
            "--n",
            str(n),
            "--size",
            SIZE,
            "--seed",
            str(seed),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return out / "data.yaml"


def simulate_autolabel(yaml_path: Path, seed: int = 11) -> None:
    """The true boxes as a plausible detector would return them, recorded like an auto-label run."""
    import numpy as np

    from app.core.dataset.index import DatasetIndex
    from app.core.io.yolo_labels import read_labels, write_labels

    rng = np.random.default_rng(seed)
    with DatasetIndex.open(yaml_path) as idx:
        idx.refresh()
        nc = len(idx.class_names)
        items = []
        for row in idx.rows(order="name"):
            lp = idx.label_path(row.rel)
            labels, _ = read_labels(lp, nc=nc)
            cls = labels.cls.copy()
            b = labels.xywhn.copy()
            k = len(cls)
            if k:
                b[:, :2] += rng.normal(0, 0.003, (k, 2))
                b[:, 2:] *= rng.uniform(0.97, 1.04, (k, 2))
            conf = rng.uniform(0.72, 0.97, k)
            if k and rng.random() < 0.45:  # one doubtful box ...
                j = int(rng.integers(k))
                conf[j] = rng.uniform(0.28, 0.55)
                if rng.random() < 0.5:  # ... sometimes of the wrong class
                    cls[j] = (cls[j] + int(rng.integers(1, nc))) % nc
            if rng.random() < 0.2:  # a false box on the background
                w, h = rng.uniform(0.05, 0.12, 2)
                cx, cy = rng.uniform(0.1, 0.9, 2)
                cls = np.append(cls, rng.integers(nc))
                b = np.vstack([b, [cx, cy, w, h]])
                conf = np.append(conf, rng.uniform(0.26, 0.4))
            b = b.clip(0.0, 1.0)
            write_labels(lp, cls, b)
            items.append((row.rel, cls, np.round(b, 6), conf))
        idx.record_predictions(items, "demo-detector (simulated)")


def real_autolabel(yaml_path: Path, model: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "autolabel",
            str(yaml_path),
            "--model",
            str(model),
            "--force",
            "--overwrite-reviewed",
            "--conf",
            "0.25",
            "--quiet",
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, default=ROOT / "resources" / "screenshots")
    ap.add_argument(
        "--model",
        type=Path,
        default=DEMO_MODEL if DEMO_MODEL.exists() else None,
        help="detection model for the auto-label run (default: the bundled demo model)",
    )
    ap.add_argument("--simulate", action="store_true", help="simulate the auto-label run instead")
    ap.add_argument("--n", type=int, default=60, help="images in the demo dataset")
    ap.add_argument("--seed", type=int, default=1, help="demo dataset seed")
    ap.add_argument("--sim-seed", type=int, default=11, help="seed of the simulated auto-label run")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="review_shot_"))
    try:
        yaml_path = make_dataset(work, a.n, a.seed)
        if a.model and not a.simulate:
            real_autolabel(yaml_path, a.model)
        else:
            simulate_autolabel(yaml_path, a.sim_seed)

        app = QApplication.instance() or QApplication([])
        pane = open_review_pane(app, yaml_path, 1600, 920)
        settle(app)
        for _ in range(ACCEPT):  # the reviewer accepts the least sure images
            pane.accept()
            settle(app, 5)
        canvas = pane.canvas
        canvas.select_next(1)  # Tab: the least sure box of this image
        settle(app)
        path = a.out / "review.png"
        pane.grab().save(str(path))
        print(
            path,
            f"({pane.doc.rel}, {len(pane.doc.boxes)} boxes, "
            f"{pane.index.count('reviewed')}/{pane.index.count()} reviewed)",
        )
        pane.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
