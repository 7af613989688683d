"""Where LabelBench's bundled files are: the demo dataset, the demo model, pipelines, the demo run.

One rule for every caller (no `Path(__file__).parents[N]` elsewhere):

* a source checkout or an editable install (`pip install -e .`): the repository's top-level
  `resources/` folder, next to the `app/` package;
* an installed wheel: the same tree, installed as data files under `<prefix>/share/labelbench/`
  (pyproject.toml `[tool.setuptools.data-files]`).

    resource("models", "demo_yolov8n.pt")  ->  Path to the demo model

The bundled files are only read. The demo dataset the app opens (`labelbench demo`, `make run`)
is a copy of the bundled one in the user's data folder (`user_demo()`), made on first use, so
what the app writes beside a dataset (its index, auto-labels, runs) never goes into the
checkout or the installed package.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

from app.core.errors import LabelBenchError

_CHECKOUT = Path(__file__).resolve().parents[3] / "resources"  # app/core/io/resources.py -> repo root


def resources_dir() -> Path:
    """The folder holding the bundled files (the checkout's first, then the installed copy)."""
    candidates = [
        _CHECKOUT,
        Path(sysconfig.get_path("data")) / "share" / "labelbench",
        Path(sys.prefix) / "share" / "labelbench",
    ]
    for c in candidates:
        if (c / "models").is_dir() or (c / "demo").is_dir():
            return c
    return _CHECKOUT


def resource(*parts: str) -> Path:
    """Path of a bundled file or folder (it may not exist, e.g. a model not trained yet)."""
    return resources_dir().joinpath(*parts)


def demo_dataset() -> Path:
    return resource("demo", "data.yaml")


DEMO_MODELS = {"detect": "demo_yolov8n.pt", "segment": "demo_yolov8n-seg.pt", "obb": "demo_yolov8n-obb.pt"}


def demo_model(task: str = "detect") -> Path:
    """The bundled demo model of a task: detect, segment or obb (demo_yolov8n[-seg|-obb].pt)."""
    return resource("models", DEMO_MODELS[task])


def demo_run() -> Path:
    return resource("runs", "demo_yolov8n")


def user_data_dir() -> Path:
    """LabelBench's folder in the user's data folder: $LABELBENCH_DATA, else
    $XDG_DATA_HOME/labelbench, else ~/.local/share/labelbench."""
    env = os.environ.get("LABELBENCH_DATA")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "labelbench"


def user_demo(reset: bool = False) -> Path:
    """data.yaml of the user's copy of the demo dataset, copied from the bundled one when it is
    missing (first start) or `reset` (what was done to the copy is dropped). The new copy is made
    beside the old one and swapped in, so a failed copy leaves the old one as it was."""
    target = user_data_dir() / "demo"
    if not reset and (target / "data.yaml").is_file():
        return target / "data.yaml"
    source = demo_dataset().parent
    if not (source / "data.yaml").is_file():
        raise LabelBenchError(f"{source}: the bundled demo dataset is missing (make demo-data)")
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=".demo-new-", dir=target.parent))
    try:
        shutil.copytree(source, fresh / "demo", ignore=shutil.ignore_patterns(".labelbench"))
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".demo-old-", dir=target.parent)) / "demo"
            os.replace(target, old)
            shutil.rmtree(old.parent, ignore_errors=True)
        os.replace(fresh / "demo", target)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return target / "data.yaml"
