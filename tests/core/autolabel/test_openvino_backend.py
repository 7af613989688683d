"""The OpenVINO backend drives its requests from the one thread that submits (start_async, wait):
no Python thread pool calls into the bindings (sync infer() from two threads at once deadlocked
on a run's first requests, twice in ~35 runs of the benchmark), results equal the sync call, and
closing with results not collected waits for them instead of freeing inputs in use."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from app.core.autolabel.backends.runtimes import load_backend
from tests.support.autolabel_data import MODEL, shared_cache_dir


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))  # the session's export
    be = load_backend(MODEL, "openvino", "exact")
    mp.undo()
    yield be
    be.close()


def test_requests_run_concurrently_without_python_threads(backend):
    assert backend.kind == "openvino" and backend.in_flight == 2
    rng = np.random.default_rng(0)
    xs = [rng.integers(0, 256, (1, 192, 320, 3), dtype=np.uint8) for _ in range(6)]
    before = {t.name for t in threading.enumerate()}
    pending = [backend.submit(x) for x in xs[:3]]  # three at once: two streams busy, one queued
    outs = [p.result() for p in pending] + [backend.submit(x).result() for x in xs[3:]]
    after = {t.name for t in threading.enumerate()}
    assert not any(n.startswith("infer-") for n in after - before)
    # each result is its own input's: the same as a fresh one-at-a-time call, bit for bit
    for x, out in zip(xs, outs):
        assert out.shape[0] == 1 and out.shape[1] == 4 + len(backend.names)
        assert np.array_equal(out.numpy(), backend.forward(x).numpy())
    assert not np.array_equal(outs[0].numpy(), outs[1].numpy())


def test_close_waits_for_uncollected_results(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))  # a backend of its own
    be = load_backend(MODEL, "openvino", "exact")
    x = np.full((1, 160, 160, 3), 114, np.uint8)
    pending = [be.submit(x.copy()) for _ in range(3)]
    be.close()  # a cancelled run drops its results; the requests must be finished first
    assert all(p.req.wait_for(0) for p in pending)


def test_read_only_input_is_accepted(backend):
    x = np.full((1, 96, 160, 3), 50, np.uint8)
    ro = x.copy()
    ro.flags.writeable = False  # e.g. a memory-mapped .npy
    assert np.array_equal(backend.forward(ro).numpy(), backend.forward(x).numpy())
