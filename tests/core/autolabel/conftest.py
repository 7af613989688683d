"""Fixtures of the Ray engine tests: the shared export cache (the model exported once, the workers
read the same cache) and a real two-node Ray cluster on loopback (tests.support.ray_cluster).

Starting the cluster (two `ray start`, the nodes registered) takes 10-25 s of two busy cores, so
the Ray test modules that run one after the other in a test process share one: it starts with the
first test that asks for `cluster` and is torn down, on failure too, once the next test's module
has no test that asks for it (or no test is left). A test that kills a node says so
(RayCluster.kill_node); the next test that asks for the cluster gets it back first
(RayCluster.restart_node).
"""

from __future__ import annotations

import os

import pytest

from tests.support.autolabel_data import MODEL, shared_cache_dir
from tests.support.ray_cluster import RayCluster

_shared: RayCluster | None = None


@pytest.fixture(scope="session")
def cache(tmp_path_factory):
    """The shared export cache, with the model exported once (the workers read the same cache)."""
    from app.core.autolabel.backends.model_cache import ensure_export

    d = shared_cache_dir(tmp_path_factory)
    old = os.environ.get("LABELBENCH_CACHE")
    os.environ["LABELBENCH_CACHE"] = str(d)
    try:
        ensure_export(MODEL, "openvino")
    finally:
        if old is None:
            os.environ.pop("LABELBENCH_CACHE")
        else:
            os.environ["LABELBENCH_CACHE"] = old
    return d


@pytest.fixture
def cluster(cache):
    """A head on 127.0.0.2 and a node on 127.0.0.3, token auth (cluster.env for the driver)."""
    global _shared
    if _shared is None:
        c = RayCluster({"LABELBENCH_CACHE": str(cache)})
        try:
            c.start(2)
        except BaseException:
            c.stop()
            raise
        _shared = c
    elif len(_shared.groups) < 2:  # the node an earlier test killed
        _shared.restart_node("127.0.0.3")
    return _shared


def _stop_shared() -> None:
    global _shared
    if _shared is not None:
        c, _shared = _shared, None
        c.stop()


def _uses_cluster(item) -> bool:
    """Whether a test in the module of `item` asks for the cluster."""
    return any(it.path == item.path and "cluster" in getattr(it, "fixturenames", ()) for it in item.session.items)


def pytest_runtest_teardown(item, nextitem):
    if _shared is not None and (nextitem is None or not _uses_cluster(nextitem)):
        _stop_shared()


def pytest_sessionfinish(session):
    _stop_shared()  # an interrupted session (Ctrl-C, -x) as well
