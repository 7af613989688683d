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
