"""Two labels that never show cut text: a word-wrapped one that is always as tall as its text, and one
for a path that elides in the middle with the whole path in its tooltip.

    note = WrapLabel("A long sentence that wraps …")   # its last lines are never cut off
    where = PathLabel(); where.setText("/a/long/path/to/data.yaml")   # "/a/long/…/data.yaml"
"""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QLabel, QSizePolicy


class WrapLabel(QLabel):
    """Word-wrapped; its minimum height follows its text at its width. (A box layout inside a group
    box, a splitter or a scroll area may give a wrapped QLabel the height of fewer lines than it
    wraps to, and its last line is cut.)"""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def _fit(self) -> None:
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def setText(self, text: str | None) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._fit()


class PathLabel(QLabel):
    """One line; a path wider than the label shows its start and end around a '…' (the file name stays
    readable), the whole path in the tooltip. full_text() is what was set."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)
        self._full = ""
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str | None) -> None:
        self._full = text or ""
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, room)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._elide()
