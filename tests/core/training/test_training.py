"""The training runner: a real Ultralytics training in a child process, streamed, stopped, killed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.core.dataset.synth import dataset as make_demo_dataset
from app.core.errors import FileError, UsageError
from app.core.training.curves import diagnose, load_results
from app.core.training.runner import TrainConfig, TrainingRunner, fresh_run_dir


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory) -> Path:
    """16 demo images of 128x96 (12 train, 4 val) in Ultralytics layout."""
    return make_demo_dataset.write_small(tmp_path_factory.mktemp("tiny"), 16, 4, seed=11, size=(128, 96), stem="t")


def _config(data: Path, project: Path, epochs: int) -> TrainConfig:
    return TrainConfig(
        model="yolov8n.yaml",
        data=str(data),
        epochs=epochs,
        imgsz=64,
        batch=4,
        workers=0,
        threads=1,
        project=str(project),
        name="run",
    )


@pytest.mark.slow  # training
def test_train_streams_results_and_stops_gracefully(tiny_data, tmp_path):
    seen, events = [], []
    got_two = threading.Event()

    def on_curves(c):
        seen.append(len(c))
        if len(c) >= 2:
            got_two.set()

    runner = TrainingRunner(
        _config(tiny_data, tmp_path, epochs=50), on_curves=on_curves, on_event=events.append, poll_s=0.2
    )
    run_dir = runner.start()
    assert run_dir == tmp_path / "run" and runner.running
    assert got_two.wait(90), f"no two epochs streamed; log tail: {list(runner.tail)[-5:]}"
    runner.stop(timeout=60)
    assert runner.returncode == 0, runner.failure()
    # a graceful stop: the run ended long before 50 epochs, weights saved, every row streamed in order
    rows = len(load_results(run_dir))
    assert 2 <= rows < 50
    assert seen == sorted(seen) and seen[-1] == rows and len(runner.curves) == rows
    assert (run_dir / "weights" / "last.pt").is_file() and (run_dir / "weights" / "best.pt").is_file()
    kinds = [e["event"] for e in events]
    assert kinds[0] == "start" and kinds[-1] == "done" and events[-1]["stopped"] is True
    assert [e["epoch"] for e in events if e["event"] == "epoch"] == list(range(1, rows + 1))
    assert not (run_dir / "STOP").exists()
    log = (run_dir / "labelbench_train.log").read_text()
    assert "Starting training" in log and "@@LB" not in log, (log[-500:], list(runner.tail))
    d = diagnose(runner.curves)
    assert d.epochs == rows and 1 <= d.best_epoch <= rows
    # the weights are a real model: load them without any download
    from ultralytics import YOLO

    assert YOLO(str(run_dir / "weights" / "best.pt")).names[4] == "ring"


@pytest.mark.slow  # training, killed
def test_kill_terminates_the_process_group(tiny_data, tmp_path):
    started = threading.Event()
    runner = TrainingRunner(
        _config(tiny_data, tmp_path, epochs=50), on_event=lambda e: e["event"] == "start" and started.set()
    )
    runner.start()
    assert started.wait(60), list(runner.tail)[-5:]
    rc = runner.kill(grace=5)
    assert rc == -15 and not runner.running  # SIGTERM to the group ended it without the grace kill
    assert runner.failure().startswith("training process exited with code -15")
    assert fresh_run_dir(tmp_path, "run") == tmp_path / "run2"


def test_config_validation(tiny_data, tmp_path):
    with pytest.raises(FileError, match="nothing is downloaded"):
        TrainConfig(model="yolov8n.pt", data=str(tiny_data)).validate()  # not local: never fetched
    with pytest.raises(UsageError, match="yolov8n.yaml"):
        TrainConfig(model="yolov9q.yaml", data=str(tiny_data)).validate()
    with pytest.raises(FileError, match="data.yaml not found"):
        TrainConfig(model="yolo11n.yaml", data=str(tmp_path / "none.yaml")).validate()
    with pytest.raises(UsageError, match="epochs"):
        TrainConfig(model="yolo11n.yaml", data=str(tiny_data), epochs=0).validate()
    TrainConfig(model="yolo11s.yaml", data=str(tiny_data)).validate()
