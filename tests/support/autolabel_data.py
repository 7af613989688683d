"""Shared data for the auto-label tests: generated demo images, the demo model, a shared export cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np

from app.core.dataset.synth import dataset as make_demo_dataset
from tests.support.paths import ROOT

MODEL = ROOT / "resources" / "models" / "demo_yolov8n.pt"


def make_images(folder: Path, n: int, sizes=((480, 270), (400, 300)), seed: int = 7, sub: str = "images") -> list[Path]:
    """n demo JPEGs (alternating sizes, so rect letterbox shapes differ) under folder/sub/."""
    d = folder / sub
    d.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        img, _ = make_demo_dataset.render(i, seed, sizes[i % len(sizes)])
        p = d / f"img_{i:04d}.jpg"
        cv2.imwrite(str(p), img, [cv2.IMWRITE_JPEG_QUALITY, 90])
        out.append(p)
    return out


def read_rows(p: Path) -> np.ndarray:
    """Label rows as an (N, 5 or 6) float array; a missing or empty file gives (0, 5)."""
    if not p.exists():
        return np.zeros((0, 5))
    rows = [[float(v) for v in ln.split()] for ln in p.read_text().splitlines() if ln.strip()]
    return np.array(rows, float).reshape(len(rows), -1) if rows else np.zeros((0, 5))


def tree_bytes(folder: Path, pattern: str = "*.txt") -> dict[str, bytes]:
    """Label files under folder (the class list an --out run writes beside them is not one)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob(pattern))
        if ".labelbench" not in p.parts and p.name != "classes.txt"
    }


def run_cli(*args, env=None, timeout=300):
    e = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
    e.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", "autolabel", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=e,
        timeout=timeout,
    )


def session_temp(tmp_path_factory) -> Path:
    """The temp folder of the whole test session: under pytest-xdist every worker has its own base
    temp (pytest-N/popen-gwK), so this is its parent, the one folder all workers of the run share."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared_cache_dir(tmp_path_factory) -> Path:
    """One export cache for the whole test session, all workers included (an OpenVINO export takes
    5-15 s on two cores; app.core.autolabel.backends.model_cache builds each once, under a file lock,
    so two workers asking at once wait for one export)."""
    d = session_temp(tmp_path_factory) / "autolabel_export_cache"
    d.mkdir(exist_ok=True)
    return d


def shared_export(tmp_path_factory, model: Path = MODEL, fmt: str = "openvino") -> Path:
    """The finished export folder of `model` in the session's shared cache (built now if missing)."""
    from app.core.autolabel.backends.model_cache import ensure_export, export_dir

    cache = str(shared_cache_dir(tmp_path_factory))
    old = os.environ.get("LABELBENCH_CACHE")
    os.environ["LABELBENCH_CACHE"] = cache
    try:
        ensure_export(model, fmt)
        return export_dir(model, fmt)
    finally:
        if old is None:
            os.environ.pop("LABELBENCH_CACHE")
        else:
            os.environ["LABELBENCH_CACHE"] = old


def seeded_cache(tmp_path_factory, cache: Path, model: Path = MODEL, fmt: str = "openvino") -> Path:
    """A private cache folder `cache` that already holds the finished export of `model` (hard links
    to the session's shared one), and nothing else: no backend choice, no int8 model, no hash memo.
    For a test that needs a cache of its own (it rewrites the choice, it runs in a child process
    under a CPU cap) but does not test the export: the run finds it as a later run would."""
    src = shared_export(tmp_path_factory, model, fmt)
    dest = cache / src.relative_to(shared_cache_dir(tmp_path_factory))
    dest.parent.mkdir(parents=True, exist_ok=True)
    keep = shutil.ignore_patterns("choice-*", "check-*")
    shutil.copytree(src, dest, copy_function=os.link, ignore=keep, dirs_exist_ok=True)
    return cache
