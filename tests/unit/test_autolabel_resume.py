"""kill -9 at random moments, then rerun: the final label files equal an uninterrupted run's."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from _autolabel_data import MODEL, ROOT, make_images, run_cli, shared_cache_dir, tree_bytes
from app.core.dataset import DatasetIndex

N = 60


def _labels(folder):
    return [f for f in folder.rglob("*.txt") if ".labelbench" not in f.parts] if folder.exists() else []


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

    rng = random.Random(int(time.time()))
    out = tmp_path / "killed"
    kills_mid_run = 0
    e = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1", **env)
    for round_ in range(4):
        target = rng.randint(1, N - 1)  # kill once this many label files exist (or at a random time)
        deadline = time.monotonic() + rng.uniform(1.0, 12.0)
        p = subprocess.Popen([sys.executable, "-m", "app", "autolabel", str(src), "--model", str(MODEL),
                              "--out", str(out), "--quiet"], cwd=ROOT, env=e,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while p.poll() is None and _count(out) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        have = _count(out)
        p.send_signal(signal.SIGKILL)
        p.wait()
        kills_mid_run += 0 < have < N
        for f in _labels(out):                 # whatever exists after a kill is a complete file
            assert f.read_bytes() == ref[str(f.relative_to(out))], f
    assert kills_mid_run >= 1, "no kill landed in the middle of labeling"

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
