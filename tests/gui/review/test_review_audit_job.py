"""Issue 24 item 2: the audit is started from the app. Review's Order ▸ "Likely mistakes first
(audit)" on a dataset with no audit says so above the image and offers to run it (never a silent
name order); the run goes through the app's job runner with progress, pause and cancel, and the
queue is sorted by the findings when it finishes. The real main window on a copy of the demo."""

from __future__ import annotations

import time

import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from app.core.audit.run import AuditOptions
from app.core.dataset.audit_table import AuditTable
from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from app.gui.review.audit import job as audit_job
from app.gui.review.controls import ORDERS
from tests.support.paths import DEMO_MODEL
from tests.support.qt import shown


def review(qtbot, demo_dir, model=True):
    w = shown(qtbot, MainWindow(make_settings()), 1280, 720)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    assert w.open_path(demo_dir / "data.yaml")
    if model:
        w.ctx.set_model(DEMO_MODEL)
    w.show_pane("Review")
    pane = w.panes["Review"]
    qtbot.waitUntil(lambda: pane.doc is not None and not pane.queue.model.loading, timeout=10000)
    pane.audit_job.options = AuditOptions(backend="pt", precision="exact")  # no OpenVINO export in a test
    return w, pane


def choose_order(pane, key: str) -> None:
    """The Order chooser as a person uses it: the row changes, then `activated`."""
    i = [k for _, k in ORDERS].index(key)
    pane.queue.order.setCurrentIndex(i)
    pane.queue.order.activated.emit(i)


def click(qtbot, pane, key: str) -> None:
    """Click the banner's button `key` once shown: a layout shows a new button on the next event
    loop, and the banner may be said again meanwhile (the index refresh ends: new buttons), so the
    button is looked up at each try, never kept from before."""
    qtbot.waitUntil(lambda: key in pane.banner.buttons and pane.banner.buttons[key].isVisible(), timeout=2000)
    qtbot.mouseClick(pane.banner.buttons[key], Qt.MouseButton.LeftButton)


def test_likely_mistakes_without_an_audit_offers_to_run_it_then_sorts_by_findings(qtbot, demo_dir):
    w, pane = review(qtbot, demo_dir)
    choose_order(pane, "audit")
    qtbot.waitUntil(lambda: not pane.queue.model.loading, timeout=10000)
    assert pane.banner.isVisible() and pane.banner.kind == "audit"
    assert "No audit yet" in pane.banner.title.text()
    assert "demo_yolov8n.pt" in pane.banner.detail.text()
    assert "no audit yet" in pane.queue.count.text()
    assert pane.banner.buttons[audit_job.RUN].text() == "Run the audit"
    with qtbot.waitSignal(pane.audit_job.done, timeout=180000) as got:
        click(qtbot, pane, audit_job.RUN)
        assert pane.audit_job.running and "Auditing" in pane.queue.count.text()
        assert set(pane.banner.buttons) == {audit_job.PAUSE, audit_job.CANCEL}
    report = got.args[0]
    flagged = [a for a in report.ranked if a.findings]
    assert flagged, "the demo's labels give the demo model something to say"
    qtbot.waitUntil(lambda: not pane.queue.model.loading, timeout=10000)
    m = pane.queue.model
    worst = AuditTable(pane.index).marks()
    first = m.rel(0)
    assert first in worst and "⚑" in m.data(m.index_of(0, 1), Qt.ItemDataRole.DisplayRole)
    scores = [AuditTable(pane.index).summary(m.rel(r))[0] or 0 for r in range(m.rowCount())]
    assert scores == sorted(scores, reverse=True)  # worst finding first, not names
    assert pane.doc.rel == first and pane.audit_view.reason.isVisible()
    assert not pane.banner.isVisible()
    assert "no audit" not in pane.queue.count.text()
    assert f"{len(flagged)} of {report.images} images have findings" in w.statusBar().currentMessage()


def test_no_model_says_what_to_do(qtbot, demo_dir):
    w, pane = review(qtbot, demo_dir, model=False)
    choose_order(pane, "audit")
    assert pane.banner.kind == "audit" and "Choose Model" in pane.banner.detail.text()
    assert audit_job.RUN not in pane.banner.buttons


def test_not_now_keeps_quiet_until_the_order_is_chosen_again(qtbot, demo_dir):
    w, pane = review(qtbot, demo_dir)
    choose_order(pane, "audit")
    click(qtbot, pane, audit_job.NOT_NOW)
    assert not pane.banner.isVisible()
    assert "no audit yet" in pane.queue.count.text()  # the list still says why
    pane.reload_queue()
    assert not pane.banner.isVisible()
    choose_order(pane, "name")
    choose_order(pane, "audit")
    assert pane.banner.kind == "audit" and pane.banner.isVisible()


def test_pause_resume_and_cancel(qtbot, demo_dir, monkeypatch):
    import app.core.audit.run as run

    started = []

    def slow_audit(source, model, opt, state, log=None):  # a long audit: waits for cancel
        started.append(source)
        for i in range(10000):
            state.progress(i, 10000, "")
            state.check()
            time.sleep(0.01)
        return None

    monkeypatch.setattr(run, "audit", slow_audit)
    w, pane = review(qtbot, demo_dir)
    choose_order(pane, "audit")
    click(qtbot, pane, audit_job.RUN)
    qtbot.waitUntil(lambda: "images" in pane.banner.title.text(), timeout=10000)
    click(qtbot, pane, audit_job.PAUSE)
    assert "paused" in pane.banner.title.text() and audit_job.RESUME in pane.banner.buttons
    click(qtbot, pane, audit_job.RESUME)
    assert audit_job.PAUSE in pane.banner.buttons
    with qtbot.waitSignal(pane.audit_job.runner.cancelled, timeout=10000):
        click(qtbot, pane, audit_job.CANCEL)
    assert "cancelled" in pane.banner.title.text()
    assert pane.canvas.hasFocus()
    assert started and not pane.audit_job.running


def test_a_folder_without_labels_is_told_why_not(qtbot, tmp_path):
    import cv2
    import numpy as np

    folder = tmp_path / "plain"
    folder.mkdir()
    for i in range(2):
        cv2.imwrite(str(folder / f"im{i}.jpg"), np.full((64, 80, 3), 100, np.uint8))
    w = shown(qtbot, MainWindow(make_settings()), 1280, 720)
    w.ctx.set_model(DEMO_MODEL)
    assert w.open_path(folder)
    w.show_pane("Review")
    pane = w.panes["Review"]
    qtbot.waitUntil(lambda: pane.doc is not None and not pane.queue.model.loading, timeout=10000)
    choose_order(pane, "audit")
    assert pane.banner.kind == "audit" and "no image here has labels" in pane.banner.detail.text()
    assert audit_job.RUN not in pane.banner.buttons


@pytest.mark.parametrize("key", ["name"])
def test_other_orders_never_offer(qtbot, demo_dir, key):
    w, pane = review(qtbot, demo_dir)
    choose_order(pane, key)
    assert pane.banner.kind != "audit"
