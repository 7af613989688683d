"""FitScrollArea asks for its widget's full height (no scrolling on a tall window), scrolls on a short one."""

from __future__ import annotations

from PyQt6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from widgets.fit_scroll import FitScrollArea


def _tall() -> QWidget:
    w = QWidget()
    lay = QVBoxLayout(w)
    for i in range(40):  # about 1200 px: more than QScrollArea's capped size hint
        lay.addWidget(QPushButton(f"button {i}"))
    return w


def test_size_hint_is_the_whole_widget_and_it_scrolls_only_when_short(qtbot):
    inner = _tall()
    area = FitScrollArea(inner)
    plain = QScrollArea()
    plain.setWidget(_tall())
    assert plain.sizeHint().height() < inner.sizeHint().height()  # what FitScrollArea fixes
    assert area.sizeHint().height() >= inner.sizeHint().height()
    host = QWidget()
    lay = QVBoxLayout(host)
    lay.addWidget(area)
    lay.addStretch(1)
    qtbot.addWidget(host)
    host.resize(300, inner.sizeHint().height() + 100)
    host.show()
    qtbot.waitExposed(host)
    assert area.verticalScrollBar().maximum() == 0
    host.resize(300, 300)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
