#!/usr/bin/env python3
"""Screenshots of every pane in Korean for the manual (resources/docs/language-and-keys.md).

    python scripts/screenshots_korean.py [--out resources/screenshots/ko] [--size 1280x720] [--lang ko]

The real main window, offscreen (or on the display it finds), on a copy of the demo dataset with the
demo model: Browse, Process, Auto-label, Review on an audit finding (the audit runs first, so the
finding's reason shows in the language too), Evaluate after the model was measured on the dataset,
Training with the demo run's curves and diagnosis. Writes `<out>/<pane>.png` and prints one JSON line
per pane with the texts the layout test would call cut (tests/support/clipping.py); nothing in the
repository but the pictures is touched.
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
sys.path.insert(0, str(ROOT))
FILES = {
    "Browse": "browse",
    "Process": "process",
    "Auto-label": "autolabel",
    "Review": "review",
    "Evaluate": "evaluate",
    "Training": "training",
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots" / "ko")
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--lang", default="ko")
    ap.add_argument("--dataset", type=Path, default=ROOT / "resources" / "demo")
    ap.add_argument("--model", type=Path, default=ROOT / "resources" / "models" / "demo_yolov8n.pt")
    a = ap.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="lb_shots_ko_"))
    os.environ["LABELBENCH_SETTINGS"] = str(tmp / "settings.ini")  # a fresh window, not the user's
    ds = tmp / a.dataset.name
    shutil.copytree(a.dataset, ds, ignore=shutil.ignore_patterns(".labelbench"))

    from PyQt6.QtWidgets import QApplication

    import app.gui  # noqa: F401 - undo OpenCV's Qt plugin path before PyQt6 loads
    from app.core.audit.run import AuditOptions, audit
    from app.gui.common.style import apply_style
    from app.gui.i18n.language import apply_language
    from app.gui.main_window import MainWindow
    from app.gui.review.controls import ORDERS
    from tests.support.clipping import clipped_texts

    qapp = QApplication.instance() or QApplication([])
    apply_style(qapp)
    apply_language(a.lang)

    def spin(seconds: float, until=None) -> bool:
        end = time.time() + seconds
        while time.time() < end:
            qapp.processEvents()
            if until is not None and until():
                return True
            time.sleep(0.01)
        return until is None

    def show_finding(review) -> None:
        review.queue.order.setCurrentIndex([o for _, o in ORDERS].index("audit"))
        spin(15, lambda: not review.queue.model.loading and review.audit_view.reason.isVisible())

    def evaluate(ev) -> None:
        src, done = ev.source, []
        ev.results.confChanged.connect(lambda *_: done.append(1))
        ev._failed = done.append  # no modal message box offscreen
        src.set_kind("model")
        src.mdataset.setText(str(ds / "data.yaml"))
        src.model.setText(str(a.model))
        src.run_btn.click()
        spin(300, lambda: bool(done))
        spin(0.5)

    audit(ds / "data.yaml", a.model, AuditOptions(backend="pt", precision="exact"))  # Review shows a finding
    w, h = (int(v) for v in a.size.lower().split("x"))
    win = MainWindow()
    win.resize(w, h)
    win.show()
    try:
        win.open_path(ds / "data.yaml")
        win.ctx.set_model(a.model)
        spin(1.0)
        a.out.mkdir(parents=True, exist_ok=True)
        for title, name in FILES.items():
            win.show_pane(title)
            pane = win.panes[title]
            spin(1.5)
            if title == "Review":
                show_finding(pane)
            elif title == "Evaluate":
                evaluate(pane)
            path = a.out / f"{name}.png"
            win.grab().save(str(path))
            print(json.dumps({"pane": title, "png": str(path), "text_cut": clipped_texts(win)}, ensure_ascii=False))
        if "Review" in win.panes:
            win.panes["Review"].shutdown()
    finally:
        win.close()
        spin(0.2)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
