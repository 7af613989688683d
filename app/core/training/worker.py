"""Child process that runs one Ultralytics training (started by app.core.training.runner.TrainingRunner).

    python -m app.core.training.worker --model yolov8n.yaml --data D/data.yaml --save-dir RUN \
        --epochs 10 --imgsz 320 --batch 16 --lr0 0.01 --device cpu --stop-file RUN/STOP

Nothing is downloaded, installed or run from a file: `--data` must be a file written by
app.core.training.data_yaml (checked here again), the `app` package's import makes Ultralytics
offline (app.core.offline), plots=False, amp=False (the AMP check would fetch a model), and the
whole run, not only the first model build, stays in Ultralytics' restricted mode unless the user
trusted the model file. Events for the parent are printed as single lines `@@LB {json}`:
  {"event": "start", "save_dir": ...}
  {"event": "batch", "epoch": e (1-based), "epochs": E, "batch": i, "batches": n}   (<= 2 per second)
  {"event": "epoch", "epoch": e}                                                     (results.csv row written)
  {"event": "done", "save_dir": ..., "best": path|null, "last": path|null, "stopped": bool}
  {"event": "error", "message": ...}
The parent stops a run gracefully by creating the stop file: the worker sets `trainer.stop`
after the current batch, Ultralytics validates, saves last.pt/best.pt and returns normally.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

PREFIX = "@@LB "


def emit(event: str, **kw: Any) -> None:
    sys.stdout.write("\n" + PREFIX + json.dumps({"event": event, **kw}) + "\n")
    sys.stdout.flush()


def _csv_rows(path: str | Path) -> int:
    try:
        with open(path, "rb") as f:
            return max(0, f.read().count(b"\n") - 1)
    except OSError:
        return 0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m app.core.training.worker", description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, help="model yaml (random init) or local .pt")
    ap.add_argument("--data", required=True, help="data.yaml")
    ap.add_argument("--save-dir", required=True, help="run folder (created; results.csv, weights/)")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--imgsz", type=int, default=640)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr0", type=float, default=None, help="initial learning rate (default: chosen by optimizer=auto)")
    ap.add_argument(
        "--optimizer", default="auto", help="auto, SGD, AdamW, ... (auto ignores lr0, so a given lr0 means SGD)"
    )
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--patience", type=int, default=100)
    ap.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: leave Ultralytics' choice)")
    ap.add_argument("--stop-file", default="", help="the run stops gracefully once this file exists")
    ap.add_argument("--extra", default="{}", help="JSON dict of further Ultralytics train arguments")
    return ap.parse_args(argv)


def train_kwargs(a: argparse.Namespace) -> dict[str, Any]:
    save_dir = Path(a.save_dir).resolve()
    kw = dict(
        data=str(Path(a.data).resolve()),
        epochs=a.epochs,
        imgsz=a.imgsz,
        batch=a.batch,
        device=a.device,
        workers=a.workers,
        seed=a.seed,
        patience=a.patience,
        project=str(save_dir.parent),
        name=save_dir.name,
        exist_ok=True,
        plots=False,
        amp=False,
        verbose=False,
        deterministic=False,
    )
    optimizer = a.optimizer
    if a.lr0 is not None:
        kw["lr0"] = a.lr0
        if optimizer == "auto":  # Ultralytics' auto optimizer would ignore lr0
            optimizer = "SGD"
    kw["optimizer"] = optimizer
    kw.update(json.loads(a.extra or "{}"))
    return kw


def callbacks(state: dict[str, Any], stop_file: Path | None) -> dict[str, Callable[[Any], None]]:
    """Ultralytics callbacks that print the events and honour the stop file."""

    def on_train_start(trainer: Any) -> None:
        emit("start", save_dir=str(trainer.save_dir), epochs=trainer.epochs)

    def on_batch_end(trainer: Any) -> None:
        if stop_file is not None and stop_file.exists() and not trainer.stop:
            trainer.stop = True
            state["stopped"] = True
        now = time.monotonic()
        if now - state["last_emit"] >= 0.5:
            state["last_emit"] = now
            nb = len(trainer.train_loader) if trainer.train_loader is not None else 0
            emit(
                "batch",
                epoch=trainer.epoch + 1,
                epochs=trainer.epochs,
                batch=min(getattr(trainer, "_lb_batch", 0) + 1, nb),
                batches=nb,
            )
        trainer._lb_batch = getattr(trainer, "_lb_batch", 0) + 1

    def on_epoch_start(trainer: Any) -> None:
        trainer._lb_batch = 0

    def on_fit_epoch_end(trainer: Any) -> None:
        # final_eval() fires this callback once more without writing a row: count the rows
        rows = _csv_rows(trainer.csv)
        if rows > state.get("rows", 0):
            state["rows"] = rows
            emit("epoch", epoch=rows, epochs=trainer.epochs)
        if stop_file is not None and stop_file.exists():
            trainer.stop = True
            state["stopped"] = True

    return {
        "on_train_start": on_train_start,
        "on_train_epoch_start": on_epoch_start,
        "on_train_batch_end": on_batch_end,
        "on_fit_epoch_end": on_fit_epoch_end,
    }


def main(argv: Sequence[str] | None = None) -> int:
    a = parse_args(argv)
    stop_file = Path(a.stop_file) if a.stop_file else None
    try:
        import torch
        from ultralytics import YOLO

        if a.threads > 0:
            torch.set_num_threads(a.threads)
        from app.core.io.models.safety import loading
        from app.core.training.data_yaml import check_generated

        check_generated(a.data)
        with loading(a.model):  # safe mode unless trusted, for the whole run: the trainer builds the model again
            model: Any = YOLO(a.model)  # Ultralytics' own annotations (model.trainer: None) are too loose
            state = {"last_emit": 0.0, "stopped": False}
            for event, fn in callbacks(state, stop_file).items():
                model.add_callback(event, fn)
            model.train(**train_kwargs(a))
        trainer = model.trainer
        best = trainer.best if trainer.best.exists() else None
        last = trainer.last if trainer.last.exists() else None
        emit(
            "done",
            save_dir=str(trainer.save_dir),
            best=str(best) if best else None,
            last=str(last) if last else None,
            stopped=state["stopped"],
        )
        return 0
    except KeyboardInterrupt:
        emit("error", message="interrupted")
        return 130
    except Exception as e:
        import traceback

        traceback.print_exc()
        from app.core.errors import LabelBenchError
        from app.core.offline import plain

        emit("error", message=plain(str(e) if isinstance(e, LabelBenchError) else f"{type(e).__name__}: {e}"))
        return 1


if __name__ == "__main__":
    sys.exit(main())
