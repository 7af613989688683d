"""StackOrTabs: one above the other when tall enough, tabs when not; its minimum is the tabs'."""

from __future__ import annotations

from PyQt6.QtWidgets import QListWidget, QPushButton, QVBoxLayout, QWidget

from widgets.stack_or_tabs import StackOrTabs


def _page(n_buttons: int) -> QWidget:
    w = QWidget()
    lay = QVBoxLayout(w)
    for i in range(n_buttons):
        lay.addWidget(QPushButton(f"button {i}"))
    return w


def test_switches_between_column_and_tabs_and_keeps_every_page(qtbot):
    a, b = _page(8), QListWidget()
    b.setMinimumHeight(200)
    w = StackOrTabs([("Form", a, 0), ("Runs", b, 1)])
    qtbot.addWidget(w)
    need = w.stacked_height()
    assert need >= a.minimumSizeHint().height() + 200
    assert w.minimumSizeHint().height() < need  # the tabs need less than the column
    w.resize(300, need + 50)
    w.show()
    qtbot.waitExposed(w)
    assert w.stacked and a.isVisible() and b.isVisible()
    assert b.geometry().top() > a.geometry().top()
    w.resize(300, w.minimumSizeHint().height())
    qtbot.waitUntil(lambda: w.stacked is False)
    assert w.tabs.count() == 2 and [w.tabs.tabText(i) for i in range(2)] == ["Form", "Runs"]
    assert a.isVisible() and not b.isVisible()
    w.tabs.setCurrentIndex(1)
    assert b.isVisible()
    w.resize(300, need + 50)
    qtbot.waitUntil(lambda: w.stacked is True)
    assert w.tabs.count() == 0 and a.isVisible() and b.isVisible() and a.parentWidget() is w.column


def test_in_a_scroll_area_with_a_wrapped_label_it_still_folds_into_tabs(qtbot):
    from PyQt6.QtWidgets import QLabel, QScrollArea

    a = _page(8)
    note = QLabel("a long note that wraps " * 10)
    note.setWordWrap(True)  # height-for-width: made the scroll area size the panel to the full column
    a.layout().addWidget(note)
    b = QListWidget()
    b.setMinimumHeight(200)
    panel = StackOrTabs([("Form", a, 0), ("Runs", b, 1)])
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(panel)
    qtbot.addWidget(area)
    area.resize(320, panel.minimumSizeHint().height() + 10)
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(lambda: panel.stacked is False)
    assert panel.height() <= area.viewport().height()
    assert area.verticalScrollBar().maximum() == 0
