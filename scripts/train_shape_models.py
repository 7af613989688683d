#!/usr/bin/env python3
"""Train tiny -seg and -obb models on generated shapes (app.core.dataset.synth.shapes), on CPU,
from their yaml (random init, nothing downloaded): what the auto-label tests and the benchmark
run when they need a segmentation or a rotated-box model.

    python scripts/train_shape_models.py OUT_DIR [--task segment obb] [--epochs 60] [--imgsz 128]

Writes OUT_DIR/shapes_yolov8n-seg.pt and OUT_DIR/shapes_yolov8n-obb.pt (and their training data
under OUT_DIR/data-<task>). `ensure_model(task, cache)` (used by the tests) trains once and reuses
the weights from `cache` while the recipe (this file's RECIPE) is unchanged. Augmentation is off:
the models only have to find the training shapes again (a confidence above 0.25), not generalize.
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("YOLO_OFFLINE", "1")

from app.core.dataset.synth import shapes as synth_shapes  # noqa: E402

ARCH = {"segment": "yolov8n-seg.yaml", "obb": "yolov8n-obb.yaml"}
RECIPE = {"n": 24, "size": [160, 128], "imgsz": 128, "epochs": 60, "batch": 8, "seed": 0, "version": 1}


def model_name(task: str) -> str:
    return f"shapes_{ARCH[task].replace('.yaml', '')}.pt"


def train(task: str, out_dir: Path, epochs: int | None = None, imgsz: int | None = None, n: int | None = None) -> Path:
    """Train one tiny model; returns the .pt path (OUT_DIR/shapes_yolov8n-<seg|obb>.pt) and writes a
    card beside it (what was trained, how long, the highest confidence on the training images)."""
    from ultralytics import YOLO

    r = dict(RECIPE, **{k: v for k, v in (("epochs", epochs), ("imgsz", imgsz), ("n", n)) if v is not None})
    out_dir = Path(out_dir)
    data = synth_shapes.write_dataset(out_dir / f"data-{task}", r["n"], task, r["seed"], tuple(r["size"]))
    work = out_dir / f"work-{task}"
    t0 = time.time()
    model = YOLO(ARCH[task])
    model.train(
        data=str(data.resolve()),
        epochs=r["epochs"],
        imgsz=r["imgsz"],
        batch=r["batch"],
        device="cpu",
        workers=0,
        plots=False,
        amp=False,
        seed=r["seed"],
        deterministic=True,
        project=str(work.resolve()),
        name="run",
        exist_ok=True,
        verbose=False,
        val=False,
        patience=1000,
        mosaic=0.0,
        fliplr=0.0,
        hsv_h=0.0,
        hsv_s=0.0,
        hsv_v=0.0,
        translate=0.0,
        scale=0.0,
        erasing=0.0,
        close_mosaic=0,
        warmup_epochs=1,
        lr0=0.01,
        optimizer="AdamW",
        cos_lr=False,
    )
    seconds = time.time() - t0
    out = out_dir / model_name(task)
    shutil.copy2(work / "run" / "weights" / "last.pt", out)
    images = sorted((out_dir / f"data-{task}" / "images" / "train").glob("*.png"))
    res = YOLO(str(out)).predict([str(p) for p in images], imgsz=r["imgsz"], conf=0.01, device="cpu", verbose=False)
    top = [
        float((x.obb if task == "obb" else x.boxes).conf.max()) if len(x.obb if task == "obb" else x.boxes) else 0.0
        for x in res
    ]
    card = {
        "model": out.name,
        "architecture": f"{ARCH[task]} (random init)",
        "task": task,
        "recipe": r,
        "train_seconds": round(seconds),
        "images_with_conf_over_0.25": sum(c > 0.25 for c in top),
        "images": len(images),
        "max_conf": round(max(top), 4),
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n")
    shutil.rmtree(work, ignore_errors=True)
    return out


def ensure_model(task: str, cache: Path) -> Path:
    """The tiny model of `task` from `cache` (a user cache folder, never the checkout), trained there
    first when missing or made with another recipe."""
    import fcntl

    cache = Path(cache) / f"{task}-v{RECIPE['version']}"
    out = cache / model_name(task)
    card = out.with_suffix(".json")

    def ready() -> bool:
        try:
            return out.exists() and card.exists() and json.loads(card.read_text()).get("recipe") == RECIPE
        except ValueError:
            return False

    if ready():
        return out
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".train.lock", "a") as lock:  # two test workers on a fresh machine: one trains, one waits
        fcntl.flock(lock, fcntl.LOCK_EX)
        if ready():
            return out
        return train(task, cache)


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "labelbench-test-models"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?", default=None, help="output folder (default: the test model cache)")
    ap.add_argument("--task", nargs="+", choices=list(ARCH), default=list(ARCH))
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--imgsz", type=int)
    ap.add_argument("--n", type=int, help="generated training images")
    a = ap.parse_args(argv)
    for task in a.task:
        if a.out is None and a.epochs is None and a.imgsz is None and a.n is None:
            path = ensure_model(task, default_cache())
        else:
            path = train(task, a.out or default_cache(), a.epochs, a.imgsz, a.n)
        print(path, path.with_suffix(".json").read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
