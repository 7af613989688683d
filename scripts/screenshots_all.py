#!/usr/bin/env python3
"""Screenshots of every pane of the real main window at several window sizes, plus a layout report.

    python scripts/screenshots_all.py [--sizes 1280x720,1920x1080] [--out artifacts/screenshots]
                                      [--dataset resources/demo] [--model resources/models/demo_yolov8n.pt]

Runs on the display it finds (under Xvfb: `xvfb-run -s "-screen 0 1920x1080x24" python ...`), or
offscreen without one. The demo dataset is copied to a temp folder first, so nothing in the
repository is touched. For each size and pane it writes `<out>/<size>/<pane>.png` and prints one
JSON line per pane: the window size asked for and got, whether the pane scrolls sideways, and the
visible buttons that lie outside the window.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def layout_report(win, pane) -> dict:
    """What a person would see go wrong: horizontal scrolling, buttons outside the window."""
    from PyQt6.QtCore import QPoint
    from PyQt6.QtWidgets import QAbstractButton, QScrollArea

    area = pane.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    hbar = area.horizontalScrollBar() if area is not None else None
    scrolls = bool(hbar is not None and hbar.isVisible() and hbar.maximum() > 0)
    outside = []
    rect = win.rect()
    for b in pane.findChildren(QAbstractButton):
        if not b.isVisibleTo(win) or not b.isVisible():
            continue
        tl = b.mapTo(win, QPoint(0, 0))
        br = b.mapTo(win, QPoint(b.width() - 1, b.height() - 1))
        if not (rect.contains(tl) and rect.contains(br)):
            outside.append(b.text() or b.toolTip() or b.objectName() or type(b).__name__)
    return {"scrolls_sideways": scrolls, "buttons_outside": outside}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1280x720,1920x1080")
    ap.add_argument("--out", type=Path, default=ROOT / "artifacts" / "screenshots")
    ap.add_argument("--dataset", type=Path, default=ROOT / "resources" / "demo")
    ap.add_argument("--model", type=Path, default=ROOT / "resources" / "models" / "demo_yolov8n.pt")
    a = ap.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="lb_shots_"))
    os.environ.setdefault("LABELBENCH_SETTINGS", str(tmp / "settings.ini"))
    ds = tmp / a.dataset.name
    shutil.copytree(a.dataset, ds, ignore=shutil.ignore_patterns(".labelbench"))

    from PyQt6.QtWidgets import QApplication

    import app.gui  # noqa: F401 - undo OpenCV's Qt plugin path before PyQt6 loads
    from app.gui.common.style import apply_style
    from app.gui.main_window import MainWindow

    qapp = QApplication.instance() or QApplication([])
    apply_style(qapp)

    def spin(seconds: float) -> None:
        end = time.time() + seconds
        while time.time() < end:
            qapp.processEvents()
            time.sleep(0.01)

    try:
        for size in a.sizes.split(","):
            w, h = (int(v) for v in size.lower().split("x"))
            win = MainWindow()
            win.resize(w, h)
            win.show()
            target = ds / "data.yaml" if (ds / "data.yaml").exists() else ds
            win.open_path(target)
            if a.model.exists():
                win.ctx.set_model(a.model)
            spin(1.0)
            folder = a.out / size
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(win.tabs.count()):
                title = win.tabs.tabText(i)
                win.tabs.setCurrentIndex(i)
                spin(1.5)
                name = title.lower().replace(" ", "_").replace("-", "")
                win.grab().save(str(folder / f"{name}.png"))
                pane = win.panes.get(title) or win.tabs.widget(i)
                rep = {
                    "size": size,
                    "pane": title,
                    "window": [win.width(), win.height()],
                    **layout_report(win, pane),
                    "png": str(folder / f"{name}.png"),
                }
                print(json.dumps(rep), flush=True)
            win.close()
            spin(0.2)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
