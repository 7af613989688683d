"""The Ray engine keeps the local engine's safety on a real two-node loopback cluster (conftest.py):
a read-only label folder fails before any model loads with the local engine's line; the dataset's
writer lock is taken (a second writer is refused naming the holder) and released on every way out;
--trust-model reaches the workers for that one file (same content) and nothing else. Every Ray driver
runs in a child process with a timeout (tests.support.ray_driver): a lost cluster fails one test."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.dataset.lock import DatasetBusyError, WriterLock
from app.core.io.models import safety as model_safety
from app.core.io.models.safety import UnsafeModelError, trust
from app.core.jobs import Cancelled, JobState
from tests.support.autolabel_data import MODEL, make_images, read_rows, run_cli, tree_bytes
from tests.support.evil_model import make_evil_pt, make_trust_needing_model
from tests.support.hostile import one_line_error
from tests.support.ray_driver import drive
from tests.support.readonly import run_readonly

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]
OPENVINO = dict(backend="openvino", precision="exact")  # exported once by the cache fixture
PT = dict(backend="pt", precision="exact")  # the workers load the .pt itself
DRIVER_TIMEOUT = 180  # below the test's timeout: a hung driver is reported with its logs


@pytest.fixture
def driver(cluster, monkeypatch):
    """The cluster whose drivers (child processes, tests.support.ray_driver) start trusting no model
    file: the environment they inherit from this process says so (trust() below is undone after the test)."""
    monkeypatch.setenv(model_safety.TRUST_ENV, "")
    return cluster


def _on_ray(cluster, src, model, opt, state=None):
    return drive(autolabel, src, model, opt, state, timeout=DRIVER_TIMEOUT, cluster=cluster)


def _autolabel_noting_progress(src, opt):
    """(In the driver process.) The run; the progress it reported goes with its exception as a note."""
    seen = []
    try:
        return autolabel(src, MODEL, opt, JobState(on_progress=lambda *a: seen.append(a)))
    except Exception as e:
        e.add_note(f"progress seen: {seen!r}")
        raise


def _autolabel_cancelled_once_labeling(src, opt):
    """(In the driver process.) The run, cancelled at its first 'labeled' progress message."""

    def cancel_once_labeling(done, total, msg):
        if " labeled" in msg:
            state.cancel()

    state = JobState(on_progress=cancel_once_labeling)
    return autolabel(src, MODEL, opt, state)


def _ray(cluster, out, **kw) -> AutolabelOptions:
    return AutolabelOptions(
        **{
            "out": str(out),
            "engine": "ray",
            "ray_address": cluster.address,
            "ray_workers": 2,
            "ray_batch": 2,
            **OPENVINO,
            **kw,
        }
    )


def _lock_is_free(out) -> bool:
    try:
        WriterLock(out.resolve() / ".labelbench" / "index.sqlite").acquire().release()
    except DatasetBusyError:
        return False
    return True


def test_read_only_label_folder_fails_before_any_model_load_as_locally(driver, tmp_path):
    make_images(tmp_path / "ds", 2)
    ds = tmp_path / "ds"
    marker = tmp_path / "MARKER"  # appears if either engine loads the (trusted) model at all
    evil = make_evil_pt(tmp_path / "evil.pt", marker)
    args = ["autolabel", str(ds), "--model", str(evil), "--trust-model", "--backend", "pt", "--quiet"]
    local = run_readonly(ds, args, timeout=120)
    ray = run_readonly(ds, [*args, "--engine", "ray", "--ray-address", driver.address], timeout=120, env=driver.env)
    assert local.returncode == ray.returncode == 1
    line = one_line_error(ray)
    assert line == one_line_error(local)
    assert f"{ds / 'labels'}: cannot write label files here (" in line and "--out DIR" in line
    assert not marker.exists() and not (ds / "labels").exists()


def test_second_writer_refused_naming_the_holder_then_free_after_each_way_out(driver, tmp_path):
    make_images(tmp_path / "ds", 6)
    out = tmp_path / "out"
    held = WriterLock(out / ".labelbench" / "index.sqlite", command="labelbench autolabel (the first run)").acquire()
    try:
        with pytest.raises(DatasetBusyError) as e:
            drive(
                _autolabel_noting_progress, tmp_path / "ds", _ray(driver, out), timeout=DRIVER_TIMEOUT, cluster=driver
            )
    finally:
        held.release()
    assert str(e.value).startswith(f"{out.resolve()}: another LabelBench run is writing it: pid ")
    assert "(labelbench autolabel (the first run))" in str(e.value) and "\n" not in str(e.value)
    assert "progress seen: []" in e.value.__notes__  # refused before the model loaded and before Ray was used
    assert not list(out.rglob("*.txt")) and not (out / ".labelbench" / "index.sqlite").exists()

    # cancelled mid-run: the lock goes with the run
    with pytest.raises(Cancelled):
        drive(
            _autolabel_cancelled_once_labeling,
            tmp_path / "ds",
            _ray(driver, out, ray_batch=1),
            timeout=DRIVER_TIMEOUT,
            cluster=driver,
        )
    assert _lock_is_free(out)
    # a second run completes (and frees it too)
    r = _on_ray(driver, tmp_path / "ds", MODEL, _ray(driver, out))
    assert r["labeled"] + r["skipped"] == 6 and r["labeled"] >= 1 and r["failed"] == []
    assert len(tree_bytes(out)) == 6 and _lock_is_free(out)


def test_trusted_model_runs_on_the_workers_and_is_refused_untrusted(driver, tmp_path):
    make_images(tmp_path / "ds", 6)
    marker = tmp_path / "MARKER"
    model = make_trust_needing_model(tmp_path / "needs_trust.pt", marker, MODEL)
    with pytest.raises(UnsafeModelError) as e:
        _on_ray(driver, tmp_path / "ds", model, _ray(driver, tmp_path / "refused", **PT))
    assert str(e.value).startswith(f"{model}: refused: loading this model would run code") and "\n" not in str(e.value)
    assert not marker.exists() and not list((tmp_path / "refused").rglob("*.txt"))
    assert _lock_is_free(tmp_path / "refused")

    trust(model)  # what --trust-model does
    local = autolabel(tmp_path / "ds", model, AutolabelOptions(out=str(tmp_path / "local"), **PT))
    assert marker.exists()  # the trusted file was loaded the ordinary way
    r = _on_ray(driver, tmp_path / "ds", model, _ray(driver, tmp_path / "ray", **PT))
    assert r["labeled"] == local["labeled"] == 6 and r["failed"] == [] and r["model_key"] == local["model_key"]
    assert set(r["per_node"]) == {"127.0.0.2", "127.0.0.3"}  # both nodes' workers loaded it
    # the same labels (torch on 1-core actors vs 2 local threads: float sums may differ in the 6th decimal)
    got, want = tree_bytes(tmp_path / "ray"), tree_bytes(tmp_path / "local")
    assert sorted(got) == sorted(want) and len(got) == 6
    for rel in want:
        a, b = read_rows(tmp_path / "ray" / rel), read_rows(tmp_path / "local" / rel)
        assert a.shape == b.shape and (a[:, 0] == b[:, 0]).all() and np.allclose(a, b, rtol=0, atol=5e-6), rel


def test_workers_trust_only_the_content_the_driver_trusted(driver, tmp_path):
    """The workers see the model under another path (--ray-path-map) where the file is not the one
    the user trusted: they load it safely, so it is refused in one line and its code never runs."""
    tmp_path = tmp_path.resolve()  # the path map works on resolved paths
    make_images(tmp_path / "ds", 4)
    (tmp_path / "drv").mkdir()
    (tmp_path / "wrk").mkdir()
    model = make_trust_needing_model(tmp_path / "drv" / "m.pt", tmp_path / "DRIVER_MARKER", MODEL)
    worker_marker = tmp_path / "WORKER_MARKER"
    make_evil_pt(tmp_path / "wrk" / "m.pt", worker_marker)
    out = tmp_path / "out"
    r = run_cli(
        tmp_path / "ds",
        "--model",
        model,
        "--trust-model",
        "--out",
        out,
        "--backend",
        "pt",
        "--precision",
        "exact",
        "--engine",
        "ray",
        "--ray-address",
        driver.address,
        "--ray-workers",
        "2",
        "--ray-path-map",
        f"{tmp_path / 'drv'}={tmp_path / 'wrk'}",
        "--quiet",
        timeout=180,
        env=driver.env,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    # Ray's C++ core worker logs one notice per actor pool (ray-project/ray#53727); the rest is ours
    lines = [ln for ln in r.stderr.splitlines() if ln.strip() and "core_worker.cc" not in ln]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("labelbench autolabel: error: on node 127.0.0.")
    assert f"{tmp_path / 'wrk' / 'm.pt'}: refused: loading this model would run code" in lines[0]
    assert "the driver trusted a model file with other content" in lines[0]
    assert (tmp_path / "DRIVER_MARKER").exists() and not worker_marker.exists()
    assert not list(out.rglob("*.txt")) and _lock_is_free(out)
