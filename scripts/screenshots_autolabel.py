#!/usr/bin/env python3
"""Grab the Auto-label pane mid-run (README screenshot), offscreen, on generated demo images.

    python scripts/screenshots_autolabel.py [--n 400] [--out resources/screenshots/autolabel.png]

A few images are broken on purpose so the "Problems" list shows how bad files are reported.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("YOLO_OFFLINE", "1")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots" / "autolabel.png")
    ap.add_argument("--model", type=Path, default=ROOT / "resources" / "models" / "demo_yolov8n.pt")
    a = ap.parse_args(argv)

    from PyQt6.QtWidgets import QApplication

    import app.gui  # noqa: F401  (OpenCV's Qt plugin path before PyQt6 loads)
    from app.core.dataset.synth import dataset as make_demo_dataset
    from app.gui.autolabel.pane import Pane
    from app.gui.common.context import AppContext
    from app.gui.common.style import apply_style

    work = Path(tempfile.mkdtemp(prefix="shot_autolabel_"))
    make_demo_dataset.main(
        [str(work / "site_photos"), "--n", str(a.n), "--size", "1280x720", "--val", "0", "--no-labels"]
    )
    imgs = work / "site_photos" / "images" / "train"
    (imgs / "IMG_0042.jpg").write_bytes(b"")
    (imgs / "demo_000150_notes.jpg").write_text("exported by a phone app, not a picture\n")

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(qapp)
    ctx = AppContext()
    ctx.set_model(a.model)
    pane = Pane(ctx)
    pane.resize(1400, 820)
    pane.show()
    pane.source_edit.setText(str(work / "site_photos" / "data.yaml"))
    pane.imgsz.setValue(640)

    from _qtwait import wait

    wait(qapp, lambda: len(pane.names) > 0, 60)
    pane.start_btn.click()
    wait(qapp, lambda: pane.bar.maximum() > 1 and pane.bar.value() >= a.n * 0.35 and pane.errors_n >= 2, 600)
    t_more = time.monotonic() + 0.6
    wait(qapp, lambda: time.monotonic() > t_more)  # one more preview
    a.out.parent.mkdir(parents=True, exist_ok=True)
    ok = pane.grab().save(str(a.out))
    pane.cancel()
    wait(qapp, lambda: pane.worker is None, 60)
    print(f"wrote {a.out}" if ok else "grab failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
