"""Evaluate speaks one language (issue 24): on a generated dataset and the demo model, the matrix,
the error list and the per-class table count the same pairs by one stated rule, and a matrix cell
opens its examples in turn in the real Review pane, the pair highlighted, no audit line over it."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from app.core.audit.run import AuditOptions, audit
from app.gui.common.context import AppContext
from app.gui.evaluate.pane import Pane
from app.gui.evaluate.views import COLUMNS
from app.gui.review.pane import Pane as ReviewPane
from tests.support.audit_data import make_audit_dataset
from tests.support.paths import DEMO_MODEL
from tests.support.qt import shown

NAMES = ["circle", "square", "triangle", "star", "ring"]


def _list_items(v) -> list:
    """The Item behind every row of the error list, as the user sees it (both kinds, every class)."""
    v.table.clearSelection()
    v.err_kind.setCurrentIndex(0)
    out = [v.err_list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(v.err_list.count())]
    return [it for it in out if it is not None]


def _column(v, name: str) -> dict[int, float]:
    """class id -> the table's value in column `name`."""
    c = COLUMNS.index(name)
    t = v.table
    return {t.item(r, 0).data(Qt.ItemDataRole.UserRole): float(t.item(r, c).text()) for r in range(t.rowCount())}


@pytest.mark.slow  # the demo model predicts and audits a generated dataset
def test_matrix_error_list_and_table_agree_and_a_cell_opens_its_pairs(qtbot, tmp_path):
    root = tmp_path / "ds"
    truth = make_audit_dataset(root, n=7)  # one injected label error of each kind (a swap among them)
    audit(root / "data.yaml", DEMO_MODEL, AuditOptions(backend="pt", precision="exact"))
    ctx = AppContext()
    pane = shown(qtbot, Pane(ctx), 1400, 860)
    review = shown(qtbot, ReviewPane(ctx), 1200, 800)
    ctx.set_dataset(root, root / "data.yaml", NAMES)
    qtbot.waitUntil(lambda: review.index is not None, timeout=10000)
    pane.source.set_kind("model")
    pane.source.mdataset.setText(str(root / "data.yaml"))
    pane.source.model.setText(str(DEMO_MODEL))
    with qtbot.waitSignal(pane.results.confChanged, timeout=300_000):
        pane.source.run_btn.click()
    v = pane.results
    v.conf_spin.setValue(0.05)  # low: wrong classes, duplicates and background boxes in every list
    assert abs(v.conf - 0.05) < 1e-9
    # one rule, one line above the matrix, the list and the table
    rule = v.rule.text()
    assert "IoU ≥ 0.50" in rule and "confidence &gt; 0.050" in rule and "one-to-one, greedy by confidence" in rule
    assert "IoU ≥ 0.50" in v.cm.title and "0.050" in v.cm.title
    m, nc = v.cm.matrix, len(NAMES)
    items = _list_items(v)
    p, pred, gt = _column(v, "P"), _column(v, "Pred"), _column(v, "GT")
    for k in range(nc):  # the table: the row sums, the column sums, the diagonal (P = TP / Pred)
        assert pred[k] == m[k].sum() and gt[k] == m[:, k].sum()
        assert pred[k] == 0 or abs(p[k] - round(m[k, k] / pred[k], 3)) < 1e-9
    for i in range(nc + 1):
        for j in range(nc + 1):
            if i == j:
                continue
            if i < nc and j < nc:  # a wrong class: one FP row and one FN row for the same pair
                rows = [it for it in items if it.kind.endswith("wrong class") and (it.dt_cls, it.gt_cls) == (i, j)]
                assert len({(it.image, it.gt, it.det) for it in rows}) == m[i, j] and len(rows) == 2 * m[i, j]
            elif i < nc:
                rows = [it for it in items if it.kind in ("FP duplicate", "FP background") and it.dt_cls == i]
                assert len(rows) == m[i, j], (i, j)
            else:
                rows = [it for it in items if it.kind == "FN missed" and it.gt_cls == j]
                assert len(rows) == m[i, j], (i, j)
    pane.export_json(tmp_path / "r.json")  # the report's matrix at this threshold is the one shown
    js = json.loads((tmp_path / "r.json").read_text())["at_confidence"]
    assert js["confusion_matrix"] == m.tolist() and js["conf"] == v.conf
    s = pane.result.analysis.summary(v.conf)
    assert "FP <b>%d</b>" % s["fp"] in v.readout.text() and m[:nc].sum() - np.trace(m) == s["fp"]
    assert re.search(rf"</b>: {s['fp'] + s['fn']}(\D|$)", v.err_title.text())  # every FP row and FN row

    # the injected swap is a wrong-class cell: a click opens its pairs one by one in Review
    swap_rel = next(r for r, inj in truth.items() if inj.kind == "swap")
    data = pane.result.data
    cell = next(
        (i, j)
        for i in range(nc)
        for j in range(nc)
        if i != j and any(data.images[it.image] == swap_rel for it in pane.result.analysis.matrix_items(v.conf, i, j))
    )
    shown_items = pane.result.analysis.matrix_items(v.conf, *cell)
    opened = []
    ctx.openInReview.connect(lambda p, g: opened.append((p, g)))
    cm = v.cm
    for n, it in enumerate(shown_items[: min(3, len(shown_items))]):
        if n == 0:
            qtbot.mouseClick(cm, Qt.MouseButton.LeftButton, pos=cm.cell_rect(*cell).center().toPoint())
        else:
            v.cm_next.click()  # the next example (N)
        assert opened[-1] == (str(data.image_paths[it.image]), it.gt)
        assert review.doc.rel == data.images[it.image]
        assert list(review.canvas.selected) == [it.gt]  # the label of the pair
        preds = review.canvas.predictions
        assert preds.highlight >= 0 and int(preds.boxes.cls[preds.highlight]) == it.dt_cls  # its prediction
        assert not review.audit_view.reason.isVisible()  # no audit line about another box
        assert f"example {n + 1} of {len(shown_items)}" in v.cm_hint.text()
        same = [x for x in items if (x.image, x.gt, x.det) == (it.image, it.gt, it.det)]
        assert {x.kind for x in same} == {"FP wrong class", "FN wrong class"}  # the list names that pair
    # the swap image has an audit finding on that label: Review shows the pair, not the finding's line
    row = next(n for n, it in enumerate(shown_items) if data.images[it.image] == swap_rel)
    li = v.cm_list.item(row)
    qtbot.mouseClick(v.cm_list.viewport(), Qt.MouseButton.LeftButton, pos=v.cm_list.visualItemRect(li).center())
    assert review.doc.rel == swap_rel and list(review.canvas.selected) == [shown_items[row].gt]
    assert not review.audit_view.reason.isVisible()
    review.audit_view.show()  # opened the usual way, the finding's line would be there
    assert review.audit_view.reason.isVisible()
    # N on the matrix: the next example of the cell
    v.cell_pos = 0
    pane.activateWindow()
    cm.setFocus()
    qtbot.keyClick(cm, Qt.Key.Key_N)
    it = shown_items[1 % len(shown_items)]
    assert opened[-1] == (str(data.image_paths[it.image]), it.gt)
    review.shutdown()
