"""Evaluate pane: the open dataset's audit findings by kind and class, click-through to Review."""

from __future__ import annotations

from PyQt6.QtCore import Qt

from app.core.audit.findings import KINDS
from app.core.audit.run import AuditOptions, audit
from app.gui.common.context import AppContext
from app.gui.evaluate.pane import Pane
from tests.support.audit_data import make_audit_dataset
from tests.support.paths import DEMO_MODEL
from tests.support.qt import shown

NAMES = ["circle", "square", "triangle", "star", "ring"]


def test_findings_table_by_kind_and_class_with_click_through(qtbot, tmp_path):
    root = tmp_path / "ds"
    truth = make_audit_dataset(root, n=7)
    ctx = AppContext()
    pane = shown(qtbot, Pane(ctx), 1400, 860)
    ctx.set_dataset(root, root / "data.yaml", NAMES)
    qtbot.wait(300)
    assert not pane.audit_tab_shown()  # no audit yet: no findings tab
    audit(root / "data.yaml", DEMO_MODEL, AuditOptions(backend="pt", precision="exact"))
    pane.hide()
    pane.show()  # shown again: read again
    qtbot.waitUntil(pane.audit_tab_shown, timeout=10000)
    assert pane.results.tabs.tabText(pane.results.tabs.indexOf(pane.audit)) == f"Audit findings ({pane.audit.total})"
    t = pane.audit.table
    kinds = [t.verticalHeaderItem(r).text() for r in range(t.rowCount())]
    assert kinds == list(KINDS)
    last = t.columnCount() - 1
    assert t.horizontalHeaderItem(last).text() == "all"
    for r, kind in enumerate(KINDS):
        n = int(t.item(r, last).text() or 0)
        assert n == sum(pane.audit.data.counts[kind].values())
        assert n >= sum(1 for inj in truth.values() if inj.kind == kind)
        per_class = sum(int(t.item(r, c).text() or 0) for c in range(last))
        assert per_class == n
    swap_rel, inj = next((r, i) for r, i in truth.items() if i.kind == "swap")
    pane.audit.show_cell(KINDS.index("swap"), last)
    items = [pane.audit.images.item(i) for i in range(pane.audit.images.count())]
    hit = next(li for li in items if swap_rel in li.text())
    with qtbot.waitSignal(ctx.openInReview, timeout=3000) as sig:
        pane.audit.images.itemClicked.emit(hit)
    assert sig.args == [str(root / swap_rel), inj.line - 1]
    assert hit.data(Qt.ItemDataRole.UserRole) == (swap_rel, inj.line - 1)
