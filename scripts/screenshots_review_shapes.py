#!/usr/bin/env python3
"""Grab the manual's "Polygons and rotated boxes" screenshots from the real Review pane, offscreen.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_review_shapes.py [OUT_DIR]

Builds a generated segment dataset and an obb one (app.core.dataset.synth.shapes, the shapes'
exact outlines as labels) in a temporary folder, opens the real Review pane on each and saves
OUT_DIR/review_polygon.png (the polygon with most vertices selected, its vertices shown and one
picked, the Simplify (G) tolerance beside the class list) and OUT_DIR/review_rotated.png (the
largest rotated box selected: its 8 handles and its rotate knob). Default OUT_DIR:
resources/screenshots.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from _qtwait import open_review_pane, settle  # noqa: E402
from PyQt6.QtWidgets import QApplication  # noqa: E402

import app.gui  # noqa: E402,F401 - fixes OpenCV's Qt plugin path before PyQt6 loads

SIZE = (800, 600)  # the generated images
WINDOW = (1280, 760)


def shot(app, work: Path, task: str, out: Path) -> str:
    import numpy as np

    from app.core.dataset.synth import shapes as synth
    from widgets.canvas.shapes_model import polygon_area

    yaml_path = synth.write_dataset(work / task, n=6 if task == "segment" else 3, task=task, size=SIZE, seed=3)
    pane = open_review_pane(app, yaml_path, *WINDOW)
    settle(app)
    cv = pane.canvas
    if task == "segment":  # the image with the polygon of most vertices (a circle or a star)
        rels = [pane.index.rel_of(str(p)) for p in sorted((yaml_path.parent / "images" / "train").iterdir())]
        best = max(rels, key=lambda r: (pane.open_rel(r), max(len(p) for p in cv.boxes.pts))[1])
        pane.open_rel(best)
        settle(app)
    s = cv.boxes
    if task == "segment":
        i = int(np.argmax([len(p) for p in s.pts]))
    else:
        i = int(np.argmax([polygon_area(p) for p in s.pts]))
    cv.show_box(i)
    if task == "segment":
        x0, y0, x1, y1 = s.xyxy[i]  # zoomed so the polygon fills most of the view
        zoom = min(cv.width() / (x1 - x0), cv.height() / (y1 - y0)) * 0.6
        cv.set_view(min(zoom, 3.0), (x0 + x1) / 2, (y0 + y1) / 2)
        cv.vertex = int(np.argmax(s.pts[i][:, 0]))  # a picked vertex (Del would remove it), drawn larger
    settle(app)
    pane.grab().save(str(out))
    n = len(s.pts[i])
    pane.shutdown()
    return f"{out} ({pane.doc.rel if pane.doc else ''}: shape {i}, {n} points)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, default=ROOT / "resources" / "screenshots")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="review_shapes_shot_"))
    os.environ.setdefault("LABELBENCH_SETTINGS", str(work / "settings.ini"))  # the user's settings untouched
    try:
        app = QApplication.instance() or QApplication([])
        print(shot(app, work, "segment", a.out / "review_polygon.png"))
        print(shot(app, work, "obb", a.out / "review_rotated.png"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
