"""`labelbench train` as a user runs it: a real 2-epoch training in a child process, one line per
epoch, the diagnosis and the best weights; bad input gives one line and a non-zero exit."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.core.dataset.synth import dataset as make_demo_dataset
from app.core.training.curves import load_results
from tests.support.paths import ROOT


def _train(*args, timeout=300):
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
    return subprocess.run(
        [sys.executable, "-m", "app", "train", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.slow  # training
def test_train_cli_runs_two_epochs_and_reports(tmp_path):
    data = make_demo_dataset.write_small(tmp_path / "data", 12, 3, seed=5, size=(128, 96))
    r = _train(
        data,
        "--model",
        "yolov8n.yaml",
        "--epochs",
        "2",
        "--imgsz",
        "64",
        "--batch",
        "4",
        "--workers",
        "0",
        "--project",
        tmp_path / "runs",
        "--name",
        "cli",
    )
    assert r.returncode == 0, r.stderr[-2000:]
    lines = r.stdout.splitlines()
    epochs = [ln for ln in lines if ln.startswith("epoch ")]
    assert [ln.split()[1] for ln in epochs] == ["1/2", "2/2"], r.stdout
    assert all("box " in ln and "mAP50 " in ln for ln in epochs)
    run_dir = tmp_path / "runs" / "cli"
    assert any(ln.startswith("training yolov8n.yaml (detect) -> ") and str(run_dir) in ln for ln in lines)
    assert f"best weights: {run_dir / 'weights' / 'best.pt'}" in lines
    assert (run_dir / "weights" / "best.pt").stat().st_size > 1_000_000
    assert len(load_results(run_dir)) == 2


def test_train_cli_bad_input_is_one_line(tmp_path):
    r = _train(tmp_path / "missing.yaml", "--epochs", "1", "--project", tmp_path / "runs")
    assert r.returncode != 0
    err = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and err[0].startswith("labelbench train: error:") and "missing.yaml" in err[0], r.stderr
    assert "Traceback" not in r.stderr
