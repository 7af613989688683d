#!/usr/bin/env python3
"""Grab the Process pane's README screenshots from the real widget, offscreen.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_process.py [OUT_DIR]

Writes process.png (pipeline, parameters, before/after, histogram with the threshold line and
the auto methods marked) and process_threshold_grid.png (split view + "try all thresholds").
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from _qtwait import wait  # noqa: E402
from PyQt6.QtWidgets import QApplication  # noqa: E402

import app.gui  # noqa: E402,F401

IMAGE = ROOT / "resources" / "demo" / "images" / "train" / "demo_000002.jpg"


def main(argv=None) -> int:
    out = Path((argv or sys.argv[1:] or [str(ROOT / "resources" / "screenshots")])[0])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from app.core.pipeline.model import Pipeline
    from app.gui.common.context import AppContext
    from app.gui.common.style import apply_style
    from app.gui.process.pane import Pane

    apply_style(app)
    pane = Pane(AppContext())
    pane.resize(1560, 940)
    pane.show()
    pane.load_image(str(IMAGE))
    wait(app, lambda: pane.image is not None)
    p = Pipeline(name="parts")
    p.add("gray")
    p.add("gaussian_blur", {"ksize": 5})
    p.add("threshold", {"level": 128})
    p.add("open", {"shape": "ellipse", "ksize": 7})
    p.add("contours", {"min_area": 150.0, "draw": "both"})
    pane.set_pipeline(p)
    pane.view.editor.select(2)
    pane.view.histogram.set_log(True)
    e = pane.engine
    wait(app, lambda: e.shown == (e.gen, 1.0) and pane.view.histogram.markers())
    # use the level Otsu picks, as a user would from the markers
    otsu = int(pane.view.histogram.markers()["Otsu"])
    pane.view.params.control("level").spin.setValue(otsu)
    wait(app, lambda: e.shown == (e.gen, 1.0))
    time.sleep(0.3)
    wait(app, lambda: not e._hist_timer.isActive())
    for _ in range(20):
        app.processEvents()
    pane.grab().save(str(out / "process.png"))

    pane.view.mode_split.click()
    pane.view.split_view.set_divider(0.46)
    pane.view.vsplit.setSizes([380, 560])
    pane.view.bottom.setCurrentWidget(pane.view.grid)
    wait(app, lambda: len(pane.view.grid.tiles) == 18)
    for _ in range(20):
        app.processEvents()
    pane.grab().save(str(out / "process_threshold_grid.png"))
    pane.shutdown()
    print(out / "process.png", out / "process_threshold_grid.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
