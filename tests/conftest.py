"""Shared fixtures. Tests never download anything; the demo model and data ship in resources/."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.support.paths import DEMO_DIR, DEMO_MODEL

os.environ.setdefault("YOLO_OFFLINE", "1")
os.environ.setdefault("YOLO_VERBOSE", "False")
if "--headed" not in sys.argv:  # Qt tests (gui/, widgets/, e2e/) run offscreen unless --headed
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    assert (DEMO_DIR / "data.yaml").exists(), f"missing demo dataset {DEMO_DIR} (scripts/make_demo_dataset.py)"
    return DEMO_DIR


@pytest.fixture(scope="session")
def demo_model() -> Path:
    assert DEMO_MODEL.exists(), f"missing demo model {DEMO_MODEL} (scripts/train_demo_model.py)"
    return DEMO_MODEL


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Every test gets its own QSettings file and cache folder: nothing leaks into the user's."""
    d = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("LABELBENCH_SETTINGS", str(d / "settings.ini"))
    monkeypatch.setenv("LABELBENCH_CACHE", str(d / "cache"))


def pytest_addoption(parser):
    parser.addoption("--headed", action="store_true",
                     help="run the GUI tests on the real display instead of offscreen (tests/gui/conftest.py)")
