#!/usr/bin/env python3
"""Train the bundled -seg and -obb demo models: YOLOv8n-seg / -obb from their yaml, on CPU, on the
generated shape demo data (app.core.dataset.synth.demo_shapes); nothing is downloaded.

    python scripts/train_shape_demo_models.py --task segment [--n 240] [--imgsz 256] [--hours 0.3]

Generates training data (seed 0) and a held-out set (seed 1, never trained on) for the final
evaluation, copies best.pt to resources/models/demo_yolov8n-seg.pt (or -obb.pt) and writes the
model card beside it (.json: what was measured, the training time and this CPU's flags).
The layers the architectures share with the bundled box model (resources/models/demo_yolov8n.pt,
itself trained from random init by scripts/train_demo_model.py on the same kind of shapes and
backgrounds) start from its weights (--init; `--init none`: random init): from random init, a
25-epoch run on a busy 2-core CPU reached a held-out mask mAP50 of only 0.15.
Mosaic is off by default: the demo images already hold several objects, and on a shared 2-core
CPU the run only has time for a few epochs (Ultralytics would close a mosaic only 10 epochs
before the end).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("YOLO_OFFLINE", "1")

from app.core.dataset.synth import demo_shapes  # noqa: E402
from app.core.dataset.synth.shapes import classes_for  # noqa: E402

ARCH = {"segment": "yolov8n-seg", "obb": "yolov8n-obb"}
HELDOUT = 100


def cpu_info() -> dict:
    """The CPU model and the SIMD flags that matter to PyTorch on CPU, from /proc/cpuinfo."""
    model, flags = platform.processor(), []
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "model name":
                model = value.strip()
            elif key.strip() == "flags":
                flags = [f for f in value.split() if f.startswith(("avx", "amx", "fma", "sse4", "f16c"))]
                break
    except OSError:
        pass
    return {"cpu": model, "cpu_flags": sorted(set(flags)), "cores": os.cpu_count()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--task", choices=list(ARCH), required=True)
    ap.add_argument("--n", type=int, default=240, help="generated training images (10%% of them in val)")
    ap.add_argument("--epochs", type=int, default=80, help="upper bound; --hours usually stops it first")
    ap.add_argument("--imgsz", type=int, default=256)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--mosaic", type=float, default=0.0)
    ap.add_argument(
        "--init",
        default=str(ROOT / "resources" / "models" / "demo_yolov8n.pt"),
        help="weights whose matching layers seed the model ('none': random init)",
    )
    ap.add_argument("--hours", type=float, default=0.3, help="wall-time cap passed to Ultralytics (time=)")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default artifacts/train_<task>_demo)")
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    work = a.work or ROOT / "artifacts" / f"train_{a.task}_demo"
    out = a.out or ROOT / "resources" / "models" / f"demo_{ARCH[a.task]}.pt"

    from ultralytics import YOLO

    data_dir, heldout_dir = work / "data", work / "heldout"
    if not (data_dir / "data.yaml").exists():
        demo_shapes.write_demo(data_dir, a.task, n=a.n, seed=0, val=0.1)
    if not (heldout_dir / "data.yaml").exists():
        demo_shapes.write_demo(heldout_dir, a.task, n=HELDOUT, seed=1, val=1.0)

    t0 = time.time()
    model = YOLO(f"{ARCH[a.task]}.yaml")
    model.train(
        data=str((data_dir / "data.yaml").resolve()),
        epochs=a.epochs,
        imgsz=a.imgsz,
        batch=a.batch,
        device="cpu",
        workers=2,
        cache="ram",
        plots=False,
        amp=False,
        seed=0,
        deterministic=True,
        time=a.hours,
        val=False,
        project=str(work.resolve()),
        name="run",
        exist_ok=True,
        verbose=False,
        patience=1000,
        mosaic=a.mosaic,
        close_mosaic=0,
        pretrained=False if a.init == "none" else a.init,
    )
    train_s = time.time() - t0
    best = work / "run" / "weights" / "best.pt"
    if not best.exists():
        best = work / "run" / "weights" / "last.pt"
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(best, out)

    m = YOLO(str(out)).val(
        data=str((heldout_dir / "data.yaml").resolve()),
        imgsz=a.imgsz,
        batch=16,
        device="cpu",
        plots=False,
        verbose=False,
        split="val",
    )
    shape = m.seg if a.task == "segment" else m.box  # for obb, .box holds the rotated-box (probiou) metrics
    epochs_done = sum(1 for _ in open(work / "run" / "results.csv")) - 1
    card = {
        "model": out.name,
        "task": a.task,
        "architecture": f"{ARCH[a.task]}.yaml"
        + (" (random init)" if a.init == "none" else f" (shared layers from {Path(a.init).name}, the rest random)"),
        "classes": classes_for(a.task),
        "command": "python scripts/train_shape_demo_models.py " + " ".join(argv or sys.argv[1:]),
        "data": "app.core.dataset.synth.demo_shapes.write_demo (640x480 JPEG, seed 0)",
        "train_images": a.n - int(round(a.n * 0.1)),
        "val_images": int(round(a.n * 0.1)),
        "imgsz": a.imgsz,
        "batch": a.batch,
        "mosaic": a.mosaic,
        "epochs": epochs_done,
        "train_seconds": round(train_s),
        "niceness": os.nice(0),
        "heldout": f"{HELDOUT} images, write_demo(seed=1), never trained on",
        "heldout_map50": round(float(shape.map50), 4),
        "heldout_map50_95": round(float(shape.map), 4),
        "size_bytes": out.stat().st_size,
        **cpu_info(),
    }
    if a.task == "segment":
        card["heldout_box_map50"] = round(float(m.box.map50), 4)
        card["heldout_box_map50_95"] = round(float(m.box.map), 4)
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n")
    print(json.dumps(card))
    return 0


if __name__ == "__main__":
    sys.exit(main())
