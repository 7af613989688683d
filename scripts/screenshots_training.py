#!/usr/bin/env python3
"""Grab the Training pane offscreen with real run folders loaded (README screenshot).

    python scripts/screenshots_training.py RUN_DIR [RUN_DIR ...] [--out resources/screenshots/training.png]

The first run is the one selected (its diagnosis text is shown); all are overlaid on the curves.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots" / "training.png")
    ap.add_argument("--size", default="1500x900")
    a = ap.parse_args(argv)
    from PyQt6.QtWidgets import QApplication

    import app.gui  # noqa: F401 - Qt plugin path fix before PyQt6
    from app.gui.common.context import AppContext
    from app.gui.common.style import apply_style
    from app.gui.training.pane import Pane

    qapp = QApplication.instance() or QApplication([])
    apply_style(qapp)
    ctx = AppContext()
    demo = ROOT / "resources" / "demo"
    if (demo / "data.yaml").exists():
        ctx.set_dataset(demo, demo / "data.yaml")
    pane = Pane(ctx)
    w, h = (int(v) for v in a.size.split("x"))
    pane.resize(w, h)
    pane.show()
    keys = [pane.open_run(r) for r in a.runs]
    pane.run_list.setCurrentRow(0)
    for _ in range(5):
        qapp.processEvents()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    pane.grab().save(str(a.out))
    print(f"wrote {a.out} ({len(keys)} run(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
