"""Evaluate pane: real worker, real widgets; a click on a confusion-matrix cell opens its image in Review."""
from __future__ import annotations

import json

import cv2
import numpy as np
from PyQt6.QtCore import Qt

from app.gui.context import AppContext
from app.gui.panes.evaluate import Pane

# image -> (ground truth, predictions): one box per role, so every cell has one known image
CASES = {
    "a_tp": (["0 0.5 0.5 0.4 0.4"], ["0 0.5 0.5 0.4 0.4 0.9"]),          # true 0 predicted 0
    "b_wrong": (["1 0.5 0.5 0.4 0.4"], ["0 0.5 0.5 0.4 0.4 0.8"]),       # true 1 predicted 0
    "c_missed": (["0 0.3 0.3 0.2 0.2", "1 0.7 0.7 0.2 0.2"], ["0 0.3 0.3 0.2 0.2 0.7"]),  # 2nd GT missed
    "d_background": ([], ["1 0.5 0.5 0.3 0.3 0.6"]),                   # prediction on an empty image
}


def _dataset(tmp_path):
    root = tmp_path / "ds"
    for sub in ("images", "labels"):
        (root / sub).mkdir(parents=True)
    (tmp_path / "pred").mkdir()
    (root / "data.yaml").write_text("val: images\nnames: [disc, plate]\n")
    for name, (gt, pred) in CASES.items():
        img = np.full((48, 64, 3), 40, np.uint8)
        cv2.rectangle(img, (20, 12), (44, 36), (200, 200, 200), -1)
        cv2.imwrite(str(root / "images" / f"{name}.png"), img)
        (root / "labels" / f"{name}.txt").write_text("".join(s + "\n" for s in gt))
        (tmp_path / "pred" / f"{name}.txt").write_text("".join(s + "\n" for s in pred))
    return root


def _pane(qtbot, tmp_path):
    root = _dataset(tmp_path)
    ctx = AppContext()
    pane = Pane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1400, 860)
    pane.show()
    qtbot.waitExposed(pane)
    pane.source.set_kind("folders")
    pane.source.gt.setText(str(root / "labels"))
    pane.source.pred.setText(str(tmp_path / "pred"))
    pane.source.images.setText(str(root / "images"))
    pane.source.names.setText(str(root / "data.yaml"))
    with qtbot.waitSignal(pane.results.confChanged, timeout=20000):
        pane.source.run_btn.click()
    return ctx, pane, root


def _click(qtbot, pane, row, col):
    cm = pane.results.cm
    qtbot.mouseClick(cm, Qt.MouseButton.LeftButton, pos=cm.cell_rect(row, col).center().toPoint())


def test_click_confusion_cell_opens_image_in_review(qtbot, tmp_path):
    ctx, pane, root = _pane(qtbot, tmp_path)
    assert pane.results.table.rowCount() == 2
    cm = pane.results.cm.matrix
    # rows predicted (disc, plate, background), columns true
    assert cm.tolist() == [[2, 1, 0], [0, 0, 1], [0, 1, 0]]
    opened, shown = [], []
    ctx.openInReview.connect(lambda p, i: opened.append((p, i)))
    ctx.showPane.connect(shown.append)
    _click(qtbot, pane, 0, 1)                               # predicted disc, true plate
    assert opened[-1] == (str(root / "images" / "b_wrong.png"), 0) and shown[-1] == "Review"
    _click(qtbot, pane, 2, 1)                               # missed plate: the 2nd box of c_missed
    assert opened[-1] == (str(root / "images" / "c_missed.png"), 1)
    _click(qtbot, pane, 1, 2)                               # plate predicted on background
    assert opened[-1] == (str(root / "images" / "d_background.png"), -1)
    _click(qtbot, pane, 0, 0)                               # two TPs: a click, then the next one
    _click(qtbot, pane, 0, 0)
    assert [p for p, _ in opened[-2:]] == [str(root / "images" / "a_tp.png"), str(root / "images" / "c_missed.png")]


def test_confidence_line_updates_counts_and_exports(qtbot, tmp_path):
    ctx, pane, root = _pane(qtbot, tmp_path)
    v = pane.results
    v.f1_plot.line.setValue(0.75)                           # drag: keeps only the 0.9 and 0.8 predictions
    assert abs(v.conf - 0.75) < 1e-9 and abs(v.p_plot.line_value() - 0.75) < 1e-9
    assert "TP <b>1</b>" in v.readout.text() and "FN <b>3</b>" in v.readout.text()
    assert v.cm.matrix.tolist() == [[1, 1, 0], [0, 0, 0], [1, 1, 0]]
    pane.export_json(tmp_path / "r.json")
    js = json.loads((tmp_path / "r.json").read_text())
    assert js["mode"] == "coco" and js["at_confidence"]["tp"] == 1 and js["at_confidence"]["fp"] == 1
    pngs = pane.export_png(tmp_path / "plots")
    assert len(pngs) == 6 and all(p.stat().st_size > 1000 for p in pngs)
