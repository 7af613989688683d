"""What a person would see go wrong in a pane's layout: the window forced larger than asked, the
pane scrolling sideways, visible buttons outside the window (scripts/screenshots_all.py prints the
same report for its screenshots)."""

from __future__ import annotations

from PyQt6.QtCore import QPoint
from PyQt6.QtWidgets import QAbstractButton, QScrollArea, QWidget


def scroll_area_of(pane: QWidget) -> QScrollArea | None:
    area = pane.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    return area


def layout_problems(win: QWidget, pane: QWidget, size: tuple[int, int]) -> dict:
    """Empty lists everywhere when the pane fits the window of `size`."""
    w, h = size
    forced = []
    if win.width() > w or win.height() > h:
        forced.append(f"window is {win.width()}x{win.height()}, asked {w}x{h}")
    hint = win.minimumSizeHint()
    if hint.width() > w or hint.height() > h:
        forced.append(f"window minimumSizeHint {hint.width()}x{hint.height()}")
    sideways = []
    area = scroll_area_of(pane)
    if area is not None:
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            sideways.append(f"scroll bar range {bar.maximum()} px")
        need = pane.minimumSizeHint().width()
        if need > area.viewport().width():
            sideways.append(f"pane needs {need} px, has {area.viewport().width()}")
    outside = []
    rect = win.rect()
    for b in pane.findChildren(QAbstractButton):
        if not b.isVisible():
            continue
        tl = b.mapTo(win, QPoint(0, 0))
        br = b.mapTo(win, QPoint(b.width() - 1, b.height() - 1))
        if not (rect.contains(tl) and rect.contains(br)):
            outside.append(b.text() or b.toolTip() or b.objectName() or type(b).__name__)
    return {"forced_larger": forced, "scrolls_sideways": sideways, "buttons_outside": outside}
