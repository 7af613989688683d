"""One writer per dataset: a second auto-label run (or classical labeling) on a dataset another
process is writing stops at once with one line naming the holder (pid, command, start time)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import cv2
import numpy as np
import pytest

from app.core.dataset.lock import DatasetBusyError, WriterLock, lock_path_for
from tests.support.hostile import one_line_error, run_cli
from tests.support.paths import DEMO_MODEL, ROOT


def _dataset(tmp_path):
    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    for i in range(2):
        cv2.imwrite(str(root / "images" / f"im{i}.png"), np.full((32, 32, 3), 90 * i, np.uint8))
    return root


def test_second_writer_in_process_is_refused_then_free(tmp_path):
    idx = tmp_path / ".labelbench" / "index.sqlite"
    with WriterLock(idx, command="labelbench autolabel ds", what="ds"):
        with pytest.raises(DatasetBusyError) as e:
            WriterLock(idx, command="other", what="ds").acquire()
        msg = str(e.value)
        assert msg.startswith("ds: another LabelBench run is writing it: pid ")
        assert f"pid {os.getpid()} (labelbench autolabel ds), started " in msg
    WriterLock(idx).acquire().release()  # released: free again
    assert lock_path_for(idx) == tmp_path / ".labelbench" / "index.writer.lock"


@pytest.fixture
def holder(tmp_path):
    """Another process holding the dataset's writer lock, as a running auto-label would."""
    root = _dataset(tmp_path)
    code = (
        "import sys, time; from pathlib import Path; from app.core.dataset.lock import WriterLock; "
        "lk = WriterLock(Path(sys.argv[1]), command='labelbench autolabel (the first run)').acquire(); "
        "print('held', flush=True); time.sleep(120)"
    )
    p = subprocess.Popen(
        [sys.executable, "-c", code, str(root / ".labelbench" / "index.sqlite")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert p.stdout.readline().strip() == "held"
    yield root, p
    p.kill()
    p.wait(10)


@pytest.mark.slow  # two CLI processes, one loading the model
def test_autolabel_refused_while_another_process_writes(holder, tmp_path):
    root, p = holder
    t = time.monotonic()
    r = run_cli(
        "autolabel",
        str(root),
        "--model",
        str(DEMO_MODEL),
        "--backend",
        "pt",
        "--quiet",
        timeout=120,
        mem=8 << 30,
        env={"LABELBENCH_CACHE": str(tmp_path / "cache")},
    )
    assert r.returncode == 1
    line = one_line_error(r)
    assert f"{root}: another LabelBench run is writing it: pid {p.pid} (labelbench autolabel (the first run))" in line
    assert time.monotonic() - t < 60
    assert not (root / "labels").exists() or not list((root / "labels").iterdir())
    p.kill()
    p.wait(10)
    r = run_cli(
        "autolabel",
        str(root),
        "--model",
        str(DEMO_MODEL),
        "--backend",
        "pt",
        "--quiet",
        timeout=240,
        mem=8 << 30,
        env={"LABELBENCH_CACHE": str(tmp_path / "cache")},
    )
    assert r.returncode == 0, r.stderr
    assert sorted(x.name for x in (root / "labels").iterdir()) == ["im0.txt", "im1.txt"]


def test_classical_labeling_refused_while_another_process_writes(holder):
    from app.core.autolabel.classical import label_folder
    from app.core.pipeline.model import default_pipeline

    root, p = holder
    with pytest.raises(DatasetBusyError, match=f"pid {p.pid}"):
        label_folder(default_pipeline(), root)
