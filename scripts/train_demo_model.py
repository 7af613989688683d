#!/usr/bin/env python3
"""Train the bundled demo detector: YOLOv8n from its yaml (random init, nothing downloaded), on CPU.

    python scripts/train_demo_model.py [--n 500] [--epochs 40] [--imgsz 320] [--hours 0.5]

Generates demo data with scripts/make_demo_dataset.py (seed 0) for training, a held-out set
(seed 1) for the final evaluation, copies best.pt to resources/models/demo_yolov8n.pt and writes
resources/models/demo_yolov8n.json (the model card's figures).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("YOLO_OFFLINE", "1")

from app.core.dataset.synth import dataset as make_demo_dataset  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--imgsz", type=int, default=320)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--hours", type=float, default=0.5, help="wall-time cap passed to Ultralytics (time=)")
    ap.add_argument("--work", type=Path, default=ROOT / "artifacts" / "train_demo")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "models" / "demo_yolov8n.pt")
    a = ap.parse_args(argv)

    from ultralytics import YOLO

    data_dir, heldout_dir = a.work / "data", a.work / "heldout"
    if not (data_dir / "data.yaml").exists():
        make_demo_dataset.main([str(data_dir), "--n", str(a.n), "--seed", "0", "--val", "0.2"])
    if not (heldout_dir / "data.yaml").exists():
        make_demo_dataset.main([str(heldout_dir), "--n", "200", "--seed", "1", "--val", "1.0"])

    t0 = time.time()
    model = YOLO("yolov8n.yaml")
    model.train(
        data=str((data_dir / "data.yaml").resolve()),
        epochs=a.epochs,
        imgsz=a.imgsz,
        batch=a.batch,
        device="cpu",
        workers=2,
        plots=False,
        amp=False,
        seed=0,
        deterministic=True,
        time=a.hours,
        project=str(a.work.resolve()),
        name="run",
        exist_ok=True,
        verbose=False,
        patience=100,
    )
    train_s = time.time() - t0
    best = a.work / "run" / "weights" / "best.pt"
    a.out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(best, a.out)

    m = YOLO(str(a.out)).val(
        data=str((heldout_dir / "data.yaml").resolve()),
        imgsz=a.imgsz,
        batch=16,
        device="cpu",
        plots=False,
        verbose=False,
        split="val",
    )
    epochs_done = sum(1 for _ in open(a.work / "run" / "results.csv")) - 1
    card = {
        "model": a.out.name,
        "architecture": "yolov8n.yaml (random init)",
        "classes": make_demo_dataset.CLASSES,
        "command": "python scripts/train_demo_model.py " + " ".join(argv or sys.argv[1:]),
        "train_images": int(a.n * 0.8),
        "val_images": a.n - int(a.n * 0.8),
        "imgsz": a.imgsz,
        "epochs": epochs_done,
        "train_seconds": round(train_s),
        "heldout": "200 images, make_demo_dataset.py --seed 1",
        "heldout_map50": round(float(m.box.map50), 4),
        "heldout_map50_95": round(float(m.box.map), 4),
        "size_bytes": a.out.stat().st_size,
    }
    a.out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n")
    print(json.dumps(card))
    return 0


if __name__ == "__main__":
    sys.exit(main())
