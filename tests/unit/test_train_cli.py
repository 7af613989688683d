"""`labelbench train` as a user runs it: a real 2-epoch training in a child process, one line per
epoch, the diagnosis and the best weights; bad input gives one line and a non-zero exit."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np

from app.core.curves import load_results
from app.core.labels import write_labels

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import make_demo_dataset  # noqa: E402


def _data(root: Path) -> Path:
    for i in range(12):
        split = "val" if i < 3 else "train"
        img, boxes = make_demo_dataset.render(i, seed=5, size=(128, 96))
        (root / "images" / split).mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(root / "images" / split / f"c{i:02d}.jpg"), img)
        b = np.array(boxes, float).reshape(-1, 5)
        write_labels(root / "labels" / split / f"c{i:02d}.txt", b[:, 0], b[:, 1:])
    (root / "data.yaml").write_text(f"path: {root}\ntrain: images/train\nval: images/val\nnames:\n" +
                                    "".join(f"  {i}: {n}\n" for i, n in enumerate(make_demo_dataset.CLASSES)))
    return root / "data.yaml"


def _train(*args, timeout=300):
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
    return subprocess.run([sys.executable, "-m", "app", "train", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_train_cli_runs_two_epochs_and_reports(tmp_path):
    data = _data(tmp_path / "data")
    r = _train(data, "--model", "yolov8n.yaml", "--epochs", "2", "--imgsz", "64", "--batch", "4",
               "--workers", "0", "--project", tmp_path / "runs", "--name", "cli")
    assert r.returncode == 0, r.stderr[-2000:]
    lines = r.stdout.splitlines()
    epochs = [ln for ln in lines if ln.startswith("epoch ")]
    assert [ln.split()[1] for ln in epochs] == ["1/2", "2/2"], r.stdout
    assert all("box " in ln and "mAP50 " in ln for ln in epochs)
    run_dir = tmp_path / "runs" / "cli"
    assert any(ln.startswith("training yolov8n.yaml -> ") and str(run_dir) in ln for ln in lines)
    assert f"best weights: {run_dir / 'weights' / 'best.pt'}" in lines
    assert (run_dir / "weights" / "best.pt").stat().st_size > 1_000_000
    assert len(load_results(run_dir)) == 2


def test_train_cli_bad_input_is_one_line(tmp_path):
    r = _train(tmp_path / "missing.yaml", "--epochs", "1", "--project", tmp_path / "runs")
    assert r.returncode != 0
    err = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and err[0].startswith("labelbench train: error:") and "missing.yaml" in err[0], r.stderr
    assert "Traceback" not in r.stderr
