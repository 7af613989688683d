"""kill -9 at random moments, then rerun: the final label files equal an uninterrupted run's."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from app.core.dataset.index import DatasetIndex
from tests.support.autolabel_data import MODEL, ROOT, make_images, run_cli, shared_cache_dir, tree_bytes

pytestmark = pytest.mark.slow  # kill -9 at random points, then resume (real runs in subprocesses)

N = 160  # more than the writer's flush size (64), so label files appear batch by batch while it runs


def _labels(folder):
    return (
        [f for f in folder.rglob("*.txt") if ".labelbench" not in f.parts and f.name != "classes.txt"]
        if folder.exists()
        else []
    )


def _count(folder):
    return len(_labels(folder))


def test_kill_9_at_random_points_then_resume_gives_identical_files(tmp_path, tmp_path_factory):
    env = {"LABELBENCH_CACHE": str(shared_cache_dir(tmp_path_factory))}
    make_images(tmp_path / "ds", N, sizes=((320, 240), (288, 216)))
    src = tmp_path / "ds"
    r = run_cli(src, "--model", MODEL, "--out", tmp_path / "ref", env=env)
    assert r.returncode == 0, r.stderr
    ref = tree_bytes(tmp_path / "ref")
    assert len(ref) == N

    seed = int(time.time())
    rng = random.Random(seed)
    out = tmp_path / "killed"
    kills_mid_run = 0
    at_once = True  # the first round that waits for a label file kills as it appears: one kill mid-run for sure
    e = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1", **env)
    for round_ in range(4):
        # a random moment while this round is writing labels (or, in round 0, possibly still
        # starting up): wait for its first new label file, then up to 0.4 s more (none the first time)
        before = _count(out)
        early = round_ == 0 and rng.random() < 0.5
        p = subprocess.Popen(
            [sys.executable, "-m", "app", "autolabel", str(src), "--model", str(MODEL), "--out", str(out), "--quiet"],
            cwd=ROOT,
            env=e,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + (rng.uniform(0.5, 2.0) if early else 120)
        while p.poll() is None and _count(out) <= before and time.monotonic() < deadline:
            time.sleep(0.002)
        if not early:
            time.sleep(0.0 if at_once else rng.uniform(0.0, 0.4))
            at_once = False
        p.send_signal(signal.SIGKILL)
        p.wait()
        have = _count(out)
        kills_mid_run += before < have < N
        for f in _labels(out):  # whatever exists after a kill is a complete file
            assert f.read_bytes() == ref[str(f.relative_to(out))], f
        if have == N:  # the round finished before its kill: the next starts afresh
            shutil.rmtree(out)
    assert kills_mid_run >= 1, f"no kill landed in the middle of labeling (seed {seed})"

    r = run_cli(src, "--model", MODEL, "--out", out, "--report", tmp_path / "rep.json", env=env)
    assert r.returncode == 0, r.stderr
    assert tree_bytes(out) == ref
    assert not [p for p in out.rglob("*.tmp")], "temporary files left behind"
    with DatasetIndex(src, index_path=out / ".labelbench" / "index.sqlite", label_root=out) as idx:
        assert idx.count(status="auto") == N
        assert all(idx.autolabel_key(f"images/img_{i:04d}.jpg") for i in range(N))
    # a further run has nothing left to do
    r = run_cli(src, "--model", MODEL, "--out", out, "--report", tmp_path / "rep2.json", env=env)
    import json

    rep = json.loads((tmp_path / "rep2.json").read_text())
    assert rep["labeled"] == 0 and rep["skipped"] == N
