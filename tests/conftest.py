"""Shared fixtures. Tests never download anything; the demo model and data ship in resources/."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("YOLO_OFFLINE", "1")
os.environ.setdefault("YOLO_VERBOSE", "False")

DEMO_DIR = ROOT / "resources" / "demo"
DEMO_MODEL = ROOT / "resources" / "models" / "demo_yolov8n.pt"


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
