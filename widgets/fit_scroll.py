"""A scroll area that asks for all of its widget's height: it scrolls only when the window is too
short, never on a tall one (QScrollArea caps its size hint at about 24 lines of text)."""

from __future__ import annotations

from PyQt6.QtCore import QSize, Qt
from PyQt6.QtWidgets import QScrollArea, QWidget


class FitScrollArea(QScrollArea):
    """Frameless, vertical only, resizes its widget to its width."""

    def __init__(self, widget: QWidget, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def sizeHint(self) -> QSize:
        w = self.widget()
        if w is None:
            return super().sizeHint()
        hint = w.sizeHint().expandedTo(w.minimumSizeHint())
        scroll_bar = self.verticalScrollBar()
        bar = scroll_bar.sizeHint().width() if scroll_bar is not None else 0
        m = self.contentsMargins()
        return QSize(hint.width() + bar + m.left() + m.right(), hint.height() + m.top() + m.bottom())
