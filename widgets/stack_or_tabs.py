"""Pages shown one above the other when the height allows, as tabs when it does not.

A side panel built from a few groups (a form, a list of runs) uses a tall window fully and still
fits a 1280x720 one: its minimum size is that of the tabs, and every resize picks the layout.
"""

from __future__ import annotations

from PyQt6.QtCore import QSize
from PyQt6.QtWidgets import QSizePolicy, QStackedLayout, QTabWidget, QVBoxLayout, QWidget


class _Modes(QStackedLayout):
    """No height-for-width: a wrapped label in a page would make a scroll area around the panel
    size it to the column's full height instead of the viewport's, and the tabs would never show."""

    def hasHeightForWidth(self) -> bool:
        return False


class StackOrTabs(QWidget):
    """`pages`: (title, widget, stretch) in order, top to bottom (left to right as tabs)."""

    def __init__(self, pages: list[tuple[str, QWidget, int]], parent=None):
        super().__init__(parent)
        self.pages = list(pages)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.column = QWidget()
        # the column's own minimum must not hold the panel tall: the layout falls back to tabs instead
        self.column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(0, 0, 0, 0)
        self.modes = _Modes(self)
        self.modes.addWidget(self.column)
        self.modes.addWidget(self.tabs)
        self.stacked: bool | None = None
        self._arrange(True)

    def set_titles(self, titles: list[str]) -> None:
        """New page titles (another language), in the pages' order."""
        self.pages = [(t, w, s) for t, (_old, w, s) in zip(titles, self.pages, strict=True)]
        if not self.stacked:
            for i, t in enumerate(titles):
                self.tabs.setTabText(i, t)

    def stacked_height(self) -> int:
        """The height the pages need one above the other."""
        gaps = self.column_layout.spacing() * (len(self.pages) - 1)
        return sum(max(w.minimumSizeHint().height(), w.minimumHeight()) for _t, w, _s in self.pages) + gaps

    def minimumSizeHint(self) -> QSize:
        tab_bar = self.tabs.tabBar()
        bar = tab_bar.sizeHint().height() if tab_bar is not None else 0
        w = max((max(p.minimumSizeHint().width(), p.minimumWidth()) for _t, p, _s in self.pages), default=0)
        h = max((max(p.minimumSizeHint().height(), p.minimumHeight()) for _t, p, _s in self.pages), default=0)
        return QSize(w, h + bar + 4)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._arrange(self.height() >= self.stacked_height())

    def _arrange(self, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        current = self.tabs.currentIndex()
        self.stacked = stacked
        if stacked:
            while self.tabs.count():
                self.tabs.removeTab(0)
            for _title, w, stretch in self.pages:
                self.column_layout.addWidget(w, stretch)
                w.show()
            self.modes.setCurrentWidget(self.column)
        else:
            for title, w, _stretch in self.pages:
                self.column_layout.removeWidget(w)
                self.tabs.addTab(w, title)
            self.tabs.setCurrentIndex(max(current, 0))
            self.modes.setCurrentWidget(self.tabs)
