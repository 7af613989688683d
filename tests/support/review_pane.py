"""The Review pane opened on a dataset the way a person opens it, for the Review GUI tests."""

from __future__ import annotations

from PyQt6.QtWidgets import QApplication

from app.gui.common.context import AppContext
from app.gui.review.pane import Pane
from tests.support.qt import shown


def open_review_pane(qtbot, yaml_path, names, *, active: bool = False, timeout: int = 5000) -> Pane:
    """A shown 1300x800 Review pane on `yaml_path` with class `names`, its first image open; the
    context's status messages collect in ctx.messages. active: wait until the pane is the active
    window (its keys need it)."""
    ctx = AppContext()
    ctx.messages = []
    ctx.statusMessage.connect(lambda t, ms: ctx.messages.append(t))
    pane = shown(qtbot, Pane(ctx), 1300, 800)
    pane.activateWindow()
    if active:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is pane, timeout=5000)
    ctx.set_dataset(yaml_path.parent, yaml_path, names)
    qtbot.waitUntil(lambda: pane.doc is not None, timeout=timeout)
    return pane


def look_often(pane: Pane, ms: int = 50) -> Pane:
    """The pane's own periodic looks, every `ms` instead of every second: for outside edits of the
    open label file (pane.watcher, WATCH_MS) and for other processes on its index (the presence
    line's poll, POLL_MS). The same timers and slots, a shorter period only: a test waiting for what
    they notice waits for the noticing, not for the rest of a second. Returned for chaining."""
    pane.watcher.setInterval(ms)
    pane.presence.timer.setInterval(ms)
    return pane
