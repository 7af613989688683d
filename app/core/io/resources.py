"""Where LabelBench's bundled files are: the demo dataset, the demo model, pipelines, the demo run.

One rule for every caller (no `Path(__file__).parents[N]` elsewhere):

* a source checkout or an editable install (`pip install -e .`): the repository's top-level
  `resources/` folder, next to the `app/` package;
* an installed wheel: the same tree, installed as data files under `<prefix>/share/labelbench/`
  (pyproject.toml `[tool.setuptools.data-files]`).

    resource("models", "demo_yolov8n.pt")  ->  Path to the demo model
"""
from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[3] / "resources"   # app/core/io/resources.py -> repo root


def resources_dir() -> Path:
    """The folder holding the bundled files (the checkout's first, then the installed copy)."""
    candidates = [_CHECKOUT,
                  Path(sysconfig.get_path("data")) / "share" / "labelbench",
                  Path(sys.prefix) / "share" / "labelbench"]
    for c in candidates:
        if (c / "models").is_dir() or (c / "demo").is_dir():
            return c
    return _CHECKOUT


def resource(*parts: str) -> Path:
    """Path of a bundled file or folder (it may not exist, e.g. a model not trained yet)."""
    return resources_dir().joinpath(*parts)


def demo_dataset() -> Path:
    return resource("demo", "data.yaml")


def demo_model() -> Path:
    return resource("models", "demo_yolov8n.pt")


def demo_run() -> Path:
    return resource("runs", "demo_yolov8n")
