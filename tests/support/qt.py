"""Putting a real widget on the (offscreen) screen for a test."""

from __future__ import annotations


def shown(qtbot, widget, width: int | None = None, height: int | None = None):
    """`widget` owned by qtbot (closed after the test), resized when a size is given, shown and
    exposed; returned for chaining."""
    qtbot.addWidget(widget)
    if width is not None:
        widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def linger_after_result(monkeypatch, seconds: float = 0.5) -> None:
    """Every JobRunner's thread stays alive `seconds` after it has emitted its result and `ended`
    (as a thread descheduled in its last lines on a loaded machine): code that reads "busy" off
    the thread ignores the next click; code that tracks it in the GUI thread does not."""
    import time

    from app.gui.common.workers import JobRunner

    run = JobRunner._run

    def run_then_linger(self) -> None:
        run(self)
        time.sleep(seconds)

    monkeypatch.setattr(JobRunner, "_run", run_then_linger)


def blocked_in(thread, fn) -> bool:
    """`thread` is blocked in a wait `fn` itself called (an Event's or a Condition's): not passing
    through it, not in something fn called that waits (read off the thread's own stack)."""
    import sys
    import threading

    frame = sys._current_frames().get(thread.ident)
    if frame is None or frame.f_code is not threading.Condition.wait.__code__:
        return False
    while frame is not None and frame.f_code.co_filename == threading.__file__:
        frame = frame.f_back
    return frame is not None and frame.f_code is fn.__code__


def latest_busy(runner) -> bool:
    """A LatestRunner has a request waiting or computes one: its thread is alive and not blocked
    waiting for the next request."""
    from app.gui.common.workers import LatestRunner

    if not runner._thread.is_alive():
        return False
    with runner._cv:
        if runner._has_pending:
            return True
    return not blocked_in(runner._thread, LatestRunner._loop)


def _working(unless=()) -> bool:
    """A job runs in a worker (or its result is not delivered yet), a LatestRunner computes, or a
    single-shot timer of a shown window (a debounce: render, grid, save) is pending, other than
    the timers in `unless`."""
    from PyQt6.QtCore import QTimer
    from PyQt6.QtWidgets import QApplication

    from app.gui.common.workers import _LIVE, JobRunner, LatestRunner

    for r in list(_LIVE):
        if (isinstance(r, JobRunner) and r.busy) or (isinstance(r, LatestRunner) and latest_busy(r)):
            return True
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and any(t.isSingleShot() and t.isActive() and t not in unless for t in w.findChildren(QTimer)):
            return True
    return False


def wait_idle(qtbot, timeout: int = 10_000, unless=()) -> None:
    """Until the app has nothing left to do on its own: no job or LatestRunner busy in a worker, no
    single-shot timer of a shown window pending, and every event posted so far (queued results,
    layout requests) handled, twice over so that what those events started is seen too. What a
    fixed `qtbot.wait(ms)` hoped for, without guessing how long it takes on a loaded machine.
    unless: single-shot timers not waited for (one whose slot changes nothing on screen)."""
    from PyQt6.QtWidgets import QApplication

    def idle() -> bool:
        for _ in range(2):
            QApplication.processEvents()
            if _working(unless):
                return False
        return True

    qtbot.waitUntil(idle, timeout=timeout)


def delete_closed_widgets() -> None:
    """Delete now what deleteLater() asked for: the widgets qtbot closed after a test. Outside a
    running event loop Qt keeps them (and every QMenu, timer and model they own) until the next
    nested loop happens to pass by, so later tests pay for them in every app-wide operation (a
    style sheet or language change re-polishes and re-translates all live widgets)."""
    from PyQt6.QtCore import QEvent
    from PyQt6.QtWidgets import QApplication

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
