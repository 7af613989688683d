"""Audit findings in the Review pane, on a real audit of the demo model: the queue "Likely mistakes
first", the finding drawn with its reason, Y produces exactly the corrected label file and undo
restores it, N dismisses for good (across a restart) and the Images list marks the findings."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from app.core.io.yolo_labels import format_labels
from app.gui.review.controls import ORDERS
from tests.support.review_pane import open_review_pane

NAMES = ["circle", "square", "triangle", "star", "ring"]


@pytest.fixture
def ds(audited_demo, tmp_path):
    """A copy of the audited dataset (tests/gui/conftest.py) of this test's own."""
    root, truth = audited_demo
    dst = tmp_path / "ds"
    shutil.copytree(root, dst)
    return dst, truth


def open_pane(qtbot, root):
    pane = open_review_pane(qtbot, root / "data.yaml", NAMES, active=True, timeout=10000)
    pane.queue.order.setCurrentIndex([o for _, o in ORDERS].index("audit"))
    qtbot.waitUntil(lambda: not pane.queue.model.loading, timeout=10000)
    return pane


def label_of(root, rel):
    return root / (rel.replace("images/", "labels/", 1).rsplit(".", 1)[0] + ".txt")


def corrected(text: str, f) -> str:
    """The label file the suggestion should produce, from the file before and the finding."""
    rows = [ln.split() for ln in text.splitlines() if ln.strip()]
    cls = np.array([int(r[0]) for r in rows], np.int64)
    box = np.array([[float(v) for v in r[1:]] for r in rows], np.float64).reshape(-1, 4)
    i = (f.line or 0) - 1
    if f.kind == "swap":
        cls[i] = f.pred_cls
    elif f.kind == "badloc":
        box[i] = f.pred_box
    elif f.kind == "overlooked":
        cls, box = np.append(cls, f.pred_cls), np.vstack([box, f.pred_box])
    else:
        cls, box = np.delete(cls, i), np.delete(box, i, axis=0)
    return format_labels(cls, box)


def test_queue_likely_mistakes_first_marked_in_the_list(qtbot, ds):
    root, truth = ds
    pane = open_pane(qtbot, root)
    try:
        m = pane.queue.model
        first = [m.rel(r) for r in range(len(truth))]
        assert sum(r in truth for r in first) >= len(truth) - 1
        status = m.data(m.index_of(0, 1), Qt.ItemDataRole.DisplayRole)
        assert "⚑" in status and status.split("⚑")[1].split()[1] in {
            "swap",
            "badloc",
            "overlooked",
            "spurious",
            "duplicate",
        }
        # a mark too long for the column keeps its start: "auto ⚑1 dupli…", never "auto ⚑…licate"
        from PyQt6.QtWidgets import QStyleOptionViewItem

        table = pane.queue.table
        elided = 0
        for r in range(m.rowCount()):
            opt = QStyleOptionViewItem()
            (table.itemDelegateForColumn(1) or table.itemDelegate()).initStyleOption(opt, m.index_of(r, 1))
            shown = table.fontMetrics().elidedText(opt.text, opt.textElideMode, table.columnWidth(1) - 12)
            if shown != opt.text:
                elided += 1
                assert shown.endswith("…") and opt.text.startswith(shown[:-1]), (opt.text, shown)
        assert elided  # "overlooked" and "duplicate" marks are cut
        assert pane.open_row(0) and pane.doc.rel == first[0] and pane.audit_view.findings
        assert pane.audit_view.reason.isVisible() and "Y: " in pane.audit_view.reason.text()
    finally:
        pane.shutdown()


@pytest.mark.parametrize("kind", ["swap", "badloc", "overlooked", "spurious", "duplicate"])
def test_y_applies_exactly_the_suggestion_and_undo_restores(qtbot, ds, kind):
    root, truth = ds
    rel = next(r for r, inj in truth.items() if inj.kind == kind)
    pane = open_pane(qtbot, root)
    try:
        assert pane.open_rel(rel)
        view = pane.audit_view
        assert any(x.kind == kind for x in view.findings), view.findings
        while view.findings[0].kind != kind:  # the finding of this kind first: dismiss the others
            qtbot.keyClick(pane.canvas, Qt.Key.Key_N)
            assert pane.doc.rel == rel
        label = label_of(root, rel)
        before = label.read_text()
        f0 = view.findings[0]
        if f0.pred_box is not None:
            assert pane.canvas.predictions.highlight == 0 and pane.canvas.predictions.boxes.cls[0] == f0.pred_cls
        if f0.kind in ("swap", "badloc", "spurious", "duplicate"):
            assert pane.canvas.selected == [f0.line - 1]
        qtbot.keyClick(pane.canvas, Qt.Key.Key_Y)
        if pane.doc.rel == rel:
            pane.save_current()
        assert label.read_text() == corrected(before, f0)
        if pane.doc.rel != rel:
            assert pane.open_rel(rel)
        qtbot.keyClick(pane.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        pane.save_current()
        assert label.read_text() == before
        assert any(x.kind == kind for x in pane.audit_view.findings)  # undone: the finding is back
    finally:
        pane.shutdown()


def test_n_dismisses_across_a_restart_until_the_label_changes(qtbot, ds):
    root, truth = ds
    rel = next(r for r, inj in truth.items() if inj.kind == "swap")
    label = label_of(root, rel)
    before = label.read_text()
    pane = open_pane(qtbot, root)
    try:
        assert pane.open_rel(rel)
        n = len(pane.audit_view.findings)
        f0 = pane.audit_view.findings[0]
        qtbot.keyClick(pane.canvas, Qt.Key.Key_N)
        assert label.read_text() == before  # keeping changes no label
    finally:
        pane.shutdown()
    pane = open_pane(qtbot, root)  # a restart
    try:
        assert pane.open_rel(rel)
        left = pane.audit_view.findings
        assert len(left) == n - 1 and not any(f.kind == f0.kind and f.line == f0.line for f in left)
        if not left:
            assert pane.queue.model.audit.get(rel) is None
    finally:
        pane.shutdown()
    rows = before.splitlines()  # the label changes: the finding is back
    c, *b = rows[f0.line - 1].split()
    rows[f0.line - 1] = " ".join([c, *(f"{min(1.0, float(v) + 0.0005):.6f}" for v in b)])
    label.write_text("\n".join(rows) + "\n")
    pane = open_pane(qtbot, root)
    try:
        assert pane.open_rel(rel)
        assert any(x.kind == f0.kind and x.line == f0.line for x in pane.audit_view.findings)
    finally:
        pane.shutdown()
