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
