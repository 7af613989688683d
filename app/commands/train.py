"""`labelbench train DATA [options]`: train a YOLO detector, segmentation or OBB model on the reviewed
labels, in a child process."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

NAME = "train"
HELP = (
    "train a YOLOv8/YOLO11 detector, -seg or -obb model (Ultralytics) on a dataset's reviewed labels; "
    "nothing is downloaded"
)
DESCRIPTION = """Train in a separate process and print one line per epoch, then the curve diagnosis.

DATA is a training data.yaml (with train/val entries): its path, splits and names are checked and
written into a new data file in the run folder, the only one Ultralytics reads (a `download:` key
is ignored: nothing is fetched or run); or a dataset folder / data.yaml
without a split: its reviewed images (all labeled ones when none is reviewed) are first exported
to PROJECT/NAME-data (images linked, not copied; --val/--seed/--stratify choose the split).
The labels say the task: boxes train a detector, polygons a segmentation model, rotated boxes
an OBB model; without --model it is yolov8n.yaml, yolov8n-seg.yaml or yolov8n-obb.yaml. --model
is a family yaml (yolov8n.yaml ... yolo11x-obb.yaml: random init), a model .yaml or a local .pt of
the labels' task (another task is refused in one line).
Ctrl+C stops gracefully (finish the batch, validate, save weights); a second Ctrl+C kills it.

  labelbench train resources/demo --model resources/models/demo_yolov8n.pt --epochs 10 --imgsz 320
  labelbench train shapes-seg --epochs 3 --imgsz 128     (polygons: yolov8n-seg.yaml)"""


def add_arguments(p) -> None:
    p.add_argument("data", metavar="DATA", help="data.yaml, or a dataset folder to export first")
    p.add_argument(
        "--model",
        default="",
        help="yolov8n.yaml .. yolo11x.yaml, with -seg / -obb (random init), or a local .pt; default: yolov8n "
        "of the labels' task (yolov8n.yaml, yolov8n-seg.yaml or yolov8n-obb.yaml)",
    )
    p.add_argument(
        "--trust-model",
        action="store_true",
        help="load a .pt that the safe loader refuses (its pickle references more than model classes, so "
        "loading it can run code from the file); only for files from a source you trust",
    )
    p.add_argument("--epochs", type=int, default=50)
    p.add_argument("--imgsz", type=int, default=640)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument(
        "--lr0",
        type=float,
        default=None,
        help="initial learning rate (default: picked by optimizer=auto; giving one selects SGD)",
    )
    p.add_argument("--optimizer", default="auto", help="auto (default), SGD, AdamW, Adam, ...")
    p.add_argument("--device", default="cpu", help="cpu, 0, 0,1, mps ... (default cpu)")
    p.add_argument("--workers", type=int, default=2, help="data loader workers (default 2)")
    p.add_argument("--patience", type=int, default=100, help="early-stopping patience in epochs")
    p.add_argument("--project", default="runs/train", help="parent folder of run folders (default runs/train)")
    p.add_argument("--name", default="train", help="run folder name (a number is added if it exists)")
    p.add_argument("--val", type=float, default=0.2, help="validation fraction when exporting a dataset folder")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--stratify", action="store_true", help="stratified split by class when exporting")


def _is_training_yaml(path: Path) -> bool:
    """A data.yaml that names its own train: and val: splits, read safely and bounded (without both,
    its reviewed images are exported and split first)."""
    if not path.is_file() or path.suffix.lower() not in (".yaml", ".yml"):
        return False
    from app.core.io.yaml_safe import load_yaml_file

    data = load_yaml_file(path)  # a broken file is one FileError line, not "no split"
    return isinstance(data, dict) and "train" in data and "val" in data


def _name_shared(src: Path) -> None:
    """A data.yaml trained as it is: one line per label file two of its images share (a.jpg and a.png
    in one folder). Ultralytics reads that one file for both, and the file is the user's: nothing is
    rewritten, the line says so (a dataset folder is exported first, and there both are left out)."""
    import os

    from app.core.autolabel.source import plan_source
    from app.core.io.layout import describe_shared, img2label_path, shared_label_groups

    plan = plan_source(src)
    action = "Ultralytics trains both on that one file's boxes (this data.yaml is used as it is)"
    for label, names in shared_label_groups((os.path.relpath(p, plan.root), img2label_path(p)) for p in plan.images):
        print(f"train: warning: {describe_shared(label, names, action)}", file=sys.stderr)


def prepare_data(args) -> Path:
    """The data.yaml to train on; args.labels_task: the labels' task when an export found it (None:
    the runner reads the data.yaml's label files)."""
    src = Path(args.data)
    args.labels_task = None
    if _is_training_yaml(src):
        from app.core.training.data_yaml import read_training_data

        data = read_training_data(src)  # checked here: a missing split is one line before anything starts
        if "download" in data.ignored:
            print(
                f"{src}: download: ignored (LabelBench never downloads or runs what a data.yaml names)", file=sys.stderr
            )
        _name_shared(src)
        return src
    from app.core.dataset.formats import export_ultralytics
    from app.core.training.runner import fresh_run_dir
    from app.core.training.task import check_match, collect_training

    sel, task = collect_training(src, "reviewed")
    if getattr(args, "model", ""):
        check_match(args.model, task, src)  # before the export: one line, nothing written
    out = fresh_run_dir(args.project, f"{args.name}-data")
    s = export_ultralytics(sel, out, args.val, args.seed, args.stratify, "symlink")
    for where, reason in sel.errors:  # e.g. a class id outside the names: that image is left out
        print(f"train: {where}: {reason}; left out of training", file=sys.stderr)
    print(
        f"exported {s['train_images']} train + {s['val_images']} val images ({sel.rule}"
        + (f", {task}" if task else "")
        + f") to {out}"
        + (f"; {len(sel.errors)} left out (listed above)" if sel.errors else "")
    )
    args.labels_task = task
    return Path(s["data_yaml"])


def run(args) -> int:
    from app.core.io.models.safety import trust
    from app.core.training.curves import diagnose, format_diagnosis
    from app.core.training.runner import TrainConfig, TrainingRunner

    if args.trust_model:
        trust(args.model)  # the worker process inherits the decision (environment)
    data = prepare_data(args)
    cfg = TrainConfig(
        model=args.model,
        data=str(data),
        epochs=args.epochs,
        imgsz=args.imgsz,
        batch=args.batch,
        lr0=args.lr0,
        optimizer=args.optimizer,
        device=args.device,
        workers=args.workers,
        seed=args.seed,
        patience=args.patience,
        project=args.project,
        name=args.name,
        task=args.labels_task,
    )
    cols = {
        "train/box_loss": "box",
        "train/seg_loss": "seg",
        "train/angle_loss": "angle",
        "train/cls_loss": "cls",
        "val/box_loss": "val_box",
        "val/seg_loss": "val_seg",
        "val/angle_loss": "val_angle",
        "val/cls_loss": "val_cls",
        "metrics/mAP50(B)": "mAP50",
        "metrics/mAP50-95(B)": "mAP50-95",
        "metrics/mAP50(M)": "mask_mAP50",
        "metrics/mAP50-95(M)": "mask_mAP50-95",
    }
    shown = {"n": 0}

    def on_curves(c):
        for i in range(shown["n"], len(c)):
            vals = "  ".join(f"{short} {c.columns[k][i]:.4g}" for k, short in cols.items() if k in c.columns)
            print(f"epoch {int(c.epochs[i])}/{cfg.epochs}  {vals}", flush=True)
        shown["n"] = len(c)

    runner = TrainingRunner(cfg, on_curves=on_curves)
    run_dir = runner.start()
    print(
        f"training {cfg.model} ({runner.task or 'detect'}) -> {run_dir} (log: {run_dir / 'labelbench_train.log'})",
        flush=True,
    )
    interrupts = {"n": 0}

    def on_sigint(_signum, _frame):
        interrupts["n"] += 1
        if interrupts["n"] == 1:
            print("stopping after this batch (Ctrl+C again to kill)...", file=sys.stderr, flush=True)
            runner.request_stop()
        else:
            runner.kill(grace=2)

    old = signal.signal(signal.SIGINT, on_sigint)
    try:
        while runner.running:
            time.sleep(0.2)
        rc = runner.wait()
    finally:
        signal.signal(signal.SIGINT, old)
    if rc != 0:
        from app.core.errors import LabelBenchError

        raise LabelBenchError(runner.failure() or f"training failed (exit {rc})")
    if runner.curves is not None and len(runner.curves):
        print(format_diagnosis(runner.curves, diagnose(runner.curves)))
    best = run_dir / "weights" / "best.pt"
    if best.exists():
        print(f"best weights: {best}")
    return 0
