"""Fixtures of the Ray engine tests: the shared export cache (the model exported once, the workers
read the same cache) and a real two-node Ray cluster on loopback per test module, always torn down
(tests.support.ray_cluster)."""

from __future__ import annotations

import os

import pytest

from tests.support.autolabel_data import MODEL, shared_cache_dir
from tests.support.ray_cluster import RayCluster


@pytest.fixture(scope="module")
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


@pytest.fixture(scope="module")
def cluster(cache):
    """A head on 127.0.0.2 and a node on 127.0.0.3, token auth (cluster.env for the driver)."""
    c = RayCluster({"LABELBENCH_CACHE": str(cache)})
    try:
        c.start(2)
        yield c
    finally:
        c.stop()
