#!/usr/bin/env python
"""Screenshots of the Evaluate pane on real data (offscreen): the confusion-matrix tab and the
confidence-curves tab.

    python scripts/screenshot_evaluate.py --gt DIR --pred DIR --images DIR --names data.yaml \
        [--out resources/screenshots] [--mode coco]
    python scripts/screenshot_evaluate.py --model MODEL.pt --dataset DATA.yaml   # "model on dataset"
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gt")
    ap.add_argument("--pred")
    ap.add_argument("--model", help="run this model on --dataset (the pane's 'model on dataset' source)")
    ap.add_argument("--dataset", help="dataset folder or data.yaml with labels (with --model)")
    ap.add_argument("--images")
    ap.add_argument("--names")
    ap.add_argument("--mode", default="coco")
    ap.add_argument("--out", default="resources/screenshots")
    ap.add_argument("--size", default="1500x900")
    args = ap.parse_args(argv)
    if not ((args.gt and args.pred) or (args.model and args.dataset)):
        ap.error("give --gt and --pred, or --model and --dataset")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PyQt6.QtWidgets import QApplication

    import app.gui  # noqa: F401
    from app.gui.common.context import AppContext
    from app.gui.common.style import apply_style
    from app.gui.evaluate.pane import Pane

    qapp = QApplication.instance() or QApplication([])
    apply_style(qapp)
    pane = Pane(AppContext())
    w, h = (int(v) for v in args.size.split("x"))
    pane.resize(w, h)
    pane.show()
    src = pane.source
    src.set_mode(args.mode)
    if args.model:
        src.set_kind("model")
        src.mdataset.setText(args.dataset)
        src.model.setText(args.model)
    else:
        src.set_kind("folders")
        src.gt.setText(args.gt)
        src.pred.setText(args.pred)
        src.images.setText(args.images or "")
        src.names.setText(args.names or "")
    done, failed = [], []
    pane.results.confChanged.connect(lambda *_: done.append(1))
    pane._failed = lambda msg: failed.append(msg)  # no modal message box offscreen: report and stop
    src.run_btn.click()
    t0 = time.time()
    while not done and not failed and time.time() - t0 < 600:
        qapp.processEvents()
        time.sleep(0.02)
    if not done:
        print(f"evaluation failed: {failed[0]}" if failed else "evaluation did not finish", file=sys.stderr)
        return 1
    v = pane.results
    v.cm.set_selected(None)
    pane.results.cell = None
    nc = len(pane.result.data.names)
    if nc > 2:  # list the boxes of one cell (missed objects)
        v.open_cell(nc, 2)
        v.cm.set_selected(nc, 2)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for tab, name in ((0, "evaluate.png"), (1, "evaluate_curves.png")):
        v.tabs.setCurrentIndex(tab)
        for _ in range(20):
            qapp.processEvents()
            time.sleep(0.02)
        pane.grab().save(str(out / name))
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
