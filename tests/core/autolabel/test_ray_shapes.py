"""The Ray engine with -seg and -obb models (issue 25, part 2) on a real two-node Ray cluster on loopback
(the `cluster` fixture, conftest.py): the workers' polygons and rotated boxes are the label files the
local engine writes, byte for byte, with the same model key; a driver killed -9 mid-run leaves only
complete label files, and the rerun labels exactly the images not recorded yet, ending with the files
of an uninterrupted run."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.dataset.index import DatasetIndex
from app.core.io.shapes import OBB, POLYGON, read_shapes
from tests.support.autolabel_data import tree_bytes
from tests.support.paths import ROOT
from tests.support.ray_driver import drive
from tests.support.resume import finished
from tests.support.shape_models import shape_model, training_images

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
DRIVER_TIMEOUT = 200
KIND = {"segment": POLYGON, "obb": OBB}


@pytest.fixture(scope="module")
def models(cache):
    """The tiny -seg and -obb models, exported once to the cache the nodes read (no two workers export at once)."""
    from app.core.autolabel.backends.model_cache import ensure_export

    old = os.environ.get("LABELBENCH_CACHE")
    os.environ["LABELBENCH_CACHE"] = str(cache)
    try:
        out = {task: shape_model(task) for task in KIND}
        for m in out.values():
            ensure_export(m, "openvino")
    finally:
        if old is None:
            os.environ.pop("LABELBENCH_CACHE")
        else:
            os.environ["LABELBENCH_CACHE"] = old
    return out


def _images(task: str, folder, copies: int = 0):
    """The model's training images (it finds objects on them), plus `copies` of them under other names."""
    d = folder / "images"
    shutil.copytree(training_images(task), d)
    for p in sorted(d.glob("*.png"))[:copies]:
        shutil.copy2(p, d / f"again_{p.name}")
    return d


def _ray_opt(cluster, out, **kw):
    return AutolabelOptions(
        **{"out": str(out), "engine": "ray", "ray_address": cluster.address, "ray_workers": 2, "ray_batch": 2, **kw}
    )


def _recorded(db) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as con:
            return con.execute("SELECT COUNT(*) FROM images WHERE autolabel_key IS NOT NULL").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_two_nodes_write_the_local_engines_shapes_byte_for_byte(task, cluster, models, tmp_path, monkeypatch):
    monkeypatch.setenv("LABELBENCH_CACHE", cluster.env["LABELBENCH_CACHE"])
    model = models[task]
    src = _images(task, tmp_path / "data")
    n = len(list(src.iterdir()))
    opt = dict(backend="openvino", precision="exact")
    local = autolabel(src, model, AutolabelOptions(out=str(tmp_path / "local"), **opt))
    r = drive(
        autolabel, src, model, _ray_opt(cluster, tmp_path / "ray", **opt), timeout=DRIVER_TIMEOUT, cluster=cluster
    )
    assert local["labeled"] == r["labeled"] == n and r["failed"] == [] and r["task"] == local["task"] == task
    assert r["engine"] == "ray" and r["model_key"] == local["model_key"]
    assert r["nodes"] == 2 and set(r["per_node"]) == {"127.0.0.2", "127.0.0.3"} and sum(r["per_node"].values()) == n
    a, b = tree_bytes(tmp_path / "local"), tree_bytes(tmp_path / "ray")
    assert len(a) == n and a == b
    lines = 0
    with DatasetIndex(
        src, index_path=tmp_path / "ray" / ".labelbench" / "index.sqlite", label_root=tmp_path / "ray"
    ) as idx:
        for p in sorted(src.iterdir()):
            labels, issues = read_shapes(tmp_path / "ray" / f"{p.stem}.txt", nc=len(r["class_names"]), task=task)
            assert issues == [] and set(labels.kinds) <= {KIND[task]}
            c, _b, conf = idx.predictions(f"{p.name}")
            assert c.tolist() == labels.cls.tolist() and ((conf >= 0.25) & (conf <= 1)).all()  # confidences recorded
            lines += len(labels)
        assert idx.count(status="auto") == n
    assert lines >= n  # not vacuous
    again = autolabel(src, model, AutolabelOptions(out=str(tmp_path / "ray"), **opt))  # the local engine's own
    assert again["skipped"] == n and again["labeled"] == 0


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_driver_killed_then_rerun_labels_exactly_the_rest(task, cluster, models, tmp_path, monkeypatch):
    """Default settings (precision fast): the killed Ray run and its rerun give the files of the local
    engine's uninterrupted run; the rerun labels the images the index had not recorded, and only those."""
    monkeypatch.setenv("LABELBENCH_CACHE", cluster.env["LABELBENCH_CACHE"])
    model = models[task]
    src = _images(task, tmp_path / "data", copies=16)
    n = len(list(src.iterdir()))
    full = autolabel(src, model, AutolabelOptions(out=str(tmp_path / "full")))
    assert full["labeled"] == n
    ref = tree_bytes(tmp_path / "full")
    out = tmp_path / "out"
    db = out / ".labelbench" / "index.sqlite"
    args = [src, "--model", model, "--out", out, "--engine", "ray", "--ray-address", cluster.address]
    args += ["--ray-workers", "2", "--ray-batch", "1", "--quiet"]
    p = subprocess.Popen(
        [sys.executable, "-m", "app", "autolabel", *map(str, args)],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT), **cluster.env),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        end = time.monotonic() + 150
        while time.monotonic() < end and p.poll() is None and _recorded(db) < 6:
            time.sleep(0.02)
        os.killpg(p.pid, signal.SIGKILL)  # the driver and anything it started
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    recorded = len(finished(db))
    assert 6 <= recorded < n, f"the driver was not killed mid-run ({recorded} of {n} recorded)"
    left = tree_bytes(out)
    assert all(v == ref[k] for k, v in left.items())  # whatever the kill left is a complete file
    r = drive(autolabel, src, model, _ray_opt(cluster, out), timeout=DRIVER_TIMEOUT, cluster=cluster)
    assert r["failed"] == [] and r["model_key"] == full["model_key"]
    assert r["labeled"] == n - recorded and r["skipped"] == recorded  # exactly the rest
    assert tree_bytes(out) == ref
    assert not list(out.rglob("*.tmp"))
