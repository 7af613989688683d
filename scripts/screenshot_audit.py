#!/usr/bin/env python3
"""Grab the README's audit screenshot: the Review pane on a finding, from the real widget, offscreen.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot_audit.py [OUT_DIR] [--n 40] [--kind swap]

Generates --n shape images with label errors injected (scripts/bench_audit.py's generator, a
quarter of the images), runs `labelbench audit` with the bundled demo model, opens the real Review
pane in the order "Likely mistakes first" and shows the worst image with a finding of --kind;
saves OUT_DIR/review_audit.png (default resources/screenshots).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from _qtwait import open_review_pane, settle, wait  # noqa: E402
from PyQt6.QtWidgets import QApplication  # noqa: E402

import app.gui  # noqa: E402,F401 - fixes OpenCV's Qt plugin path before PyQt6 loads

DEMO_MODEL = ROOT / "resources" / "models" / "demo_yolov8n.pt"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, default=ROOT / "resources" / "screenshots")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--kind", default="swap", choices=("swap", "badloc", "overlooked", "spurious", "duplicate"))
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args(argv)
    from bench_audit import make_dataset

    work = Path(tempfile.mkdtemp(prefix="screenshot_audit_"))
    try:
        make_dataset(work, a.n, 0.25, (640, 480), a.seed)
        env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
        subprocess.run(
            [sys.executable, "-m", "app", "audit", str(work / "data.yaml"), "--model", str(DEMO_MODEL), "--quiet"],
            check=True,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        app = QApplication.instance() or QApplication([])
        from app.gui.review.controls import ORDERS

        pane = open_review_pane(app, work / "data.yaml", 1500, 860)
        pane.queue.order.setCurrentIndex([o for _, o in ORDERS].index("audit"))
        wait(app, lambda: not pane.queue.model.loading)
        settle(app)
        m = pane.queue.model
        for row in range(m.rowCount()):
            pane.open_row(row)
            settle(app, 3)
            if pane.audit_view.findings and pane.audit_view.findings[0].kind == a.kind:
                break
        pane.canvas.fit()
        settle(app)
        a.out.mkdir(parents=True, exist_ok=True)
        path = a.out / "review_audit.png"
        pane.grab().save(str(path))
        print(path, pane.doc.rel, pane.audit_view.reason.text())
        pane.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
