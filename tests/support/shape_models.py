"""Tiny -seg and -obb models for the tests (scripts/train_shape_models.py): trained once on generated
shapes and kept in the user's cache (~/.cache/labelbench-test-models, $XDG_CACHE_HOME respected),
never in the checkout; a later session reuses them while the recipe is unchanged (training both
takes about 5-10 minutes on two cores). Also `yolo predict save_txt=True` as a subprocess and the
comparison of its label files with ours."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy as np

from tests.support.paths import ROOT


def _trainer():
    spec = importlib.util.spec_from_file_location("train_shape_models", ROOT / "scripts" / "train_shape_models.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def shape_model(task: str) -> Path:
    """The cached tiny model of task "segment" or "obb" (trained now when missing)."""
    t = _trainer()
    return t.ensure_model(task, t.default_cache())


def training_images(task: str) -> Path:
    """The generated images the model was trained on (it finds objects on them above conf 0.25)."""
    return shape_model(task).parent / f"data-{task}" / "images" / "train"


def yolo_predict(model: Path, source: Path, out: Path, *extra: str) -> Path:
    """`yolo predict save_txt=True` on source; returns its labels folder (no file for no detections)."""
    yolo = Path(sys.executable).with_name("yolo")
    r = subprocess.run(
        [
            str(yolo),
            "predict",
            f"model={model}",
            f"source={source}",
            "save_txt=True",
            "save=False",
            f"project={out}",
            "name=run",
            "exist_ok=True",
            "verbose=False",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={"YOLO_OFFLINE": "1", "PATH": "/usr/bin:/bin", "HOME": str(out)},
    )
    assert r.returncode == 0, r.stderr[-2000:]
    return out / "run" / "labels"


def _printed_half_unit(token: str) -> float:
    """Half a unit in the last place "%g" keeps (6 significant digits: 5e-7 for 0.1..1, 5e-6
    from 1.0 on) for the number a token of yolo's file holds (0 for an exact 0)."""
    v = abs(float(token))
    return 0.0 if v == 0 else 0.5 * 10.0 ** (int(np.floor(np.log10(v))) - 5)


def compare_with_yolo(ref_dir: Path, ours_dir: Path, stems, ref_conf: bool = False, same_numbers: bool = False) -> dict:
    """Line by line, point by point: same number of lines, classes, points; every coordinate
    within 1e-6, or where yolo's "%g" holds less (from 1.0 on it keeps 5 decimals: a rotated box's
    corner may lie outside the image) within half a unit of its last digit plus ours (5e-7).
    same_numbers: both files were written from the same numbers (only the roundings differ: ours
    5e-7, yolo's half a unit in its 6th significant digit). ref_conf: yolo ran with save_conf=True (a last column, returned per
    stem). Returns lines, points, max_diff (all coordinates), max_diff_below_1 (coordinates below
    1.0, where both files hold 6 decimals or more) and confs {stem: array}."""
    lines = points = 0
    worst = worst_below_1 = 0.0
    confs = {}
    for stem in stems:
        ours_file = ours_dir / f"{stem}.txt"
        assert ours_file.exists(), f"no label file for {stem}"  # we write an empty one for no objects
        ours = [ln.split() for ln in ours_file.read_text().splitlines()]
        ref_file = ref_dir / f"{stem}.txt"
        ref = [ln.split() for ln in ref_file.read_text().splitlines()] if ref_file.exists() else []
        assert len(ours) == len(ref), f"{stem}: {len(ours)} objects, yolo predict {len(ref)}"
        confs[stem] = np.array([float(b[-1]) for b in ref]) if ref_conf else None
        for a, b in zip(ours, ref):
            b = b[:-1] if ref_conf else b
            assert a[0] == b[0] and len(a) == len(b), f"{stem}: class {a[0]} / {b[0]}, {len(a)} / {len(b)} columns"
            assert all(len(v.split(".")[1]) == 6 for v in a[1:]), f"{stem}: not 6 decimals: {a}"
            x, y = np.array(a[1:], float), np.array(b[1:], float)
            rounding = 5e-7 + np.array([_printed_half_unit(t) for t in b[1:]])  # ours + yolo's
            tol = (rounding if same_numbers else np.maximum(1e-6, rounding)) + 1e-12
            d = np.abs(x - y)
            assert (d <= tol).all(), f"{stem}: coordinates differ by {d.max():.2e}"
            below = np.abs(y) < 1.0
            worst = max(worst, float(d.max()))
            worst_below_1 = max(worst_below_1, float(d[below].max()) if below.any() else 0.0)
            lines += 1
            points += (len(a) - 1) // 2
    return {"lines": lines, "points": points, "max_diff": worst, "max_diff_below_1": worst_below_1, "confs": confs}
