"""Shared fixtures. Tests never download anything; the demo model and data ship in resources/."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.support import checkout
from tests.support.paths import DEMO_DIR, DEMO_MODEL, ROOT

os.environ.setdefault("YOLO_OFFLINE", "1")
os.environ.setdefault("YOLO_VERBOSE", "False")
if "--headed" not in sys.argv:  # Qt tests (gui/, widgets/, e2e/) run offscreen unless --headed
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(scope="session", autouse=True)
def _checkout_stays_clean():
    """No test writes into the checkout: `git status --porcelain --ignored` shows nothing new under
    resources/ and no new git-ignored file anywhere after the session (tests.support.checkout)."""
    before = checkout.status(ROOT)
    yield
    if before is not None:
        after = checkout.status(ROOT) or set()
        new = checkout.written(before, after)
        assert not new, "the tests wrote into the checkout (use tmp_path and the demo_dir copy):\n" + "\n".join(new)


@pytest.fixture
def demo_dir(tmp_path_factory) -> Path:
    """A copy of the bundled demo dataset (resources/demo) of this test's own: what a test does to it
    (an index, auto-labels, runs) stays out of the checkout."""
    assert (DEMO_DIR / "data.yaml").exists(), f"missing demo dataset {DEMO_DIR} (scripts/make_demo_dataset.py)"
    d = tmp_path_factory.mktemp("demo_copy") / "demo"
    shutil.copytree(DEMO_DIR, d, ignore=shutil.ignore_patterns(".labelbench"))
    return d


@pytest.fixture(scope="session")
def demo_model() -> Path:
    assert DEMO_MODEL.exists(), f"missing demo model {DEMO_MODEL} (scripts/train_demo_model.py)"
    return DEMO_MODEL


@pytest.fixture
def shared_exports(tmp_path_factory, monkeypatch) -> Path:
    """For a test that runs a model but does not test its export: LABELBENCH_CACHE is the run's one
    export cache (tests.support.autolabel_data.shared_cache_dir, shared by the xdist workers), so
    each model is exported to OpenVINO, and its backend choice measured, once per run, not per test."""
    from tests.support.autolabel_data import shared_cache_dir

    d = shared_cache_dir(tmp_path_factory)
    monkeypatch.setenv("LABELBENCH_CACHE", str(d))
    return d


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Every test gets its own QSettings file, cache and data folder: nothing leaks into the user's."""
    d = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("LABELBENCH_SETTINGS", str(d / "settings.ini"))
    monkeypatch.setenv("LABELBENCH_CACHE", str(d / "cache"))
    monkeypatch.setenv("LABELBENCH_DATA", str(d / "data"))  # the user's demo copy (labelbench demo)


def pytest_addoption(parser):
    parser.addoption(
        "--headed",
        action="store_true",
        help="run the GUI tests on the real display instead of offscreen (tests/gui/conftest.py)",
    )
