"""`labelbench autolabel` with -seg and -obb models (issue 25, part 2): the task comes from the
model, the report and the last line say it, `labelbench status` counts the polygons / rotated boxes
the run wrote, a pose model is one line, and kill -9 at random moments then a rerun gives the
files of an uninterrupted run (-seg and -obb alike), relabeling only what the index had not recorded."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from tests.support.autolabel_data import ROOT, run_cli, shared_cache_dir, tree_bytes
from tests.support.hostile import one_line_error
from tests.support.resume import finished
from tests.support.shape_models import shape_model, training_images

pytestmark = pytest.mark.slow  # tiny models trained once (cached), real CLI runs

WORD = {"segment": "polygons (-seg model)", "obb": "rotated boxes (-obb model)"}
KIND = {"segment": "polygon", "obb": "obb"}


def _status(path):
    r = subprocess.run(
        [sys.executable, "-m", "app", "status", str(path), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_the_cli_labels_with_the_models_task_and_status_counts_it(task, tmp_path, tmp_path_factory):
    model = shape_model(task)
    shutil.copytree(training_images(task), tmp_path / "ds" / "images")
    env = {"LABELBENCH_CACHE": str(shared_cache_dir(tmp_path_factory))}
    r = run_cli(tmp_path / "ds", "--model", model, "--precision", "exact", "--report", tmp_path / "rep.json", env=env)
    assert r.returncode == 0, r.stderr
    rep = json.loads((tmp_path / "rep.json").read_text())
    n = len(list((tmp_path / "ds" / "images").iterdir()))
    assert rep["task"] == task and rep["labeled"] == n and rep["failed"] == []
    assert f"img/s) with {rep['backend']}, {WORD[task]}" in r.stderr
    lines = sum(len(p.read_text().splitlines()) for p in (tmp_path / "ds" / "labels").glob("*.txt"))
    o = _status(tmp_path / "ds")
    assert o["task"] == task and o["task_from"] == "auto-label run" and o["malformed"] == []
    assert o["per_kind"][KIND[task]] == lines > 0 and o["per_kind"]["box"] == 0 and o["auto"] == n
    assert o["least_sure"] and 0.25 <= o["least_sure"][0]["min_conf"] <= 1.0


def test_a_pose_model_is_one_line(tmp_path):
    from ultralytics import YOLO

    YOLO("yolov8n-pose.yaml").save(str(tmp_path / "pose.pt"))  # random init: only its task matters
    shutil.copytree(training_images("segment"), tmp_path / "ds" / "images")
    r = run_cli(tmp_path / "ds", "--model", tmp_path / "pose.pt", "--backend", "pt", "--out", tmp_path / "out")
    assert r.returncode == 1
    assert one_line_error(r) == (
        f"labelbench autolabel: error: {tmp_path / 'pose.pt'}: a pose model; auto-labeling "
        "needs a detection, segmentation or OBB model"
    )
    assert not list((tmp_path / "out").rglob("*.txt")) if (tmp_path / "out").exists() else True


def _labels(folder):
    return (
        [f for f in folder.rglob("*.txt") if ".labelbench" not in f.parts and f.name != "classes.txt"]
        if folder.exists()
        else []
    )


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_kill_9_then_resume_gives_the_shapes_of_an_uninterrupted_run(task, tmp_path, tmp_path_factory, monkeypatch):
    """Every label file a kill leaves is complete (the bytes of an uninterrupted run), and the rerun
    labels exactly the images the index had not recorded, ending with the uninterrupted run's files.
    The uninterrupted run is the reference only: the engine the CLI runs, with the same options, in
    this process (which has imported torch already; a CLI run spends most of its time doing that)."""
    from app.core.autolabel.engine.local import AutolabelOptions, autolabel

    model = shape_model(task)
    src = tmp_path / "ds"
    shutil.copytree(training_images(task), src / "images")
    for p in sorted((src / "images").glob("*.png"))[:16]:  # 40 images: label files appear flush by flush
        shutil.copy2(p, src / "images" / f"again_{p.name}")
    n = len(list((src / "images").iterdir()))
    env = {"LABELBENCH_CACHE": str(shared_cache_dir(tmp_path_factory))}
    args = ["--model", str(model), "--backend", "pt", "--precision", "exact"]
    monkeypatch.setenv("LABELBENCH_CACHE", env["LABELBENCH_CACHE"])
    done = autolabel(src, model, AutolabelOptions(backend="pt", precision="exact", out=str(tmp_path / "ref")))
    assert done["labeled"] == n and done["failed"] == []
    ref = tree_bytes(tmp_path / "ref")
    cols = {len(ln.split()) for v in ref.values() for ln in v.splitlines()}
    assert len(ref) == n and (max(cols) > 9 if task == "segment" else cols == {9})  # polygons / rotated boxes

    seed = int(time.time())
    rng = random.Random(seed)
    out = tmp_path / "killed"
    e = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1", **env)
    mid = 0
    for round_ in range(3):
        before = len(_labels(out))
        p = subprocess.Popen(
            [sys.executable, "-m", "app", "autolabel", str(src), *args, "--out", str(out), "--quiet"],
            cwd=ROOT,
            env=e,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 180
        while p.poll() is None and len(_labels(out)) <= before and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(0.0 if round_ == 0 else rng.uniform(0.0, 0.4))
        p.send_signal(signal.SIGKILL)
        p.wait()
        have = len(_labels(out))
        mid += before < have < n
        for f in _labels(out):  # whatever a kill leaves is a complete file
            assert f.read_bytes() == ref[str(f.relative_to(out))], f
        if have == n:
            shutil.rmtree(out)
    assert mid >= 1, f"no kill landed in the middle of labeling (seed {seed})"
    recorded = len(finished(out / ".labelbench" / "index.sqlite"))
    r = run_cli(src, *args, "--out", out, "--report", tmp_path / "rep.json", env=env)
    assert r.returncode == 0, r.stderr
    rep = json.loads((tmp_path / "rep.json").read_text())
    assert rep["labeled"] == n - recorded and rep["skipped"] == recorded and rep["failed"] == []  # exactly the rest
    assert tree_bytes(out) == ref
    assert not list(out.rglob("*.tmp")), "temporary files left behind"
