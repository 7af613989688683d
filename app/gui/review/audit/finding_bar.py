"""The current audit finding over the top of the image: its reason, wrapped to the editor's width, and
the two answers as buttons beside it (Fix = Y, Keep = N). On a 1280x720 screen the Review toolbar
has no room left for them (they hid behind its `»` overflow) and a one-line reason ran past the
editor's right edge ("(2 finding…"); here both stay whole at any width."""

from __future__ import annotations

from PyQt6.QtCore import QEvent, QObject, Qt
from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

MARGIN = 8  # px from the editor's edges


class FindingBar(QFrame):
    """A frame on `editor` (its parent) that keeps to the editor's width; text() / setText() are the
    reason's, as on the QLabel it replaces."""

    def __init__(self, editor: QWidget, fix: QAction, keep: QAction):
        super().__init__(editor)
        self.setObjectName("auditReason")
        self.setStyleSheet(
            "#auditReason { background: rgba(24, 25, 28, 225); border: 1px solid #8a6d2f; border-radius: 4px; }"
            " #auditReason QLabel { color: #ffd27a; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.buttons: list[QToolButton] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 3, 4, 3)
        lay.addWidget(self.label, 1)
        for action in (fix, keep):  # the button shows the action's icon text: "Fix (Y)" (audit/view.py)
            b = QToolButton()
            b.setDefaultAction(action)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the canvas
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(b)
        editor.installEventFilter(self)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.place()

    def place(self) -> None:
        """Top left of the editor, as wide as the editor allows, as tall as the wrapped reason needs."""
        editor, lay = self.parentWidget(), self.layout()
        if editor is None or lay is None:
            return
        width = max(120, editor.width() - 2 * MARGIN)
        height = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else 0
        self.setGeometry(MARGIN, MARGIN, width, max(height, self.sizeHint().height()))

    def adjustSize(self) -> None:
        self.place()

    def eventFilter(self, obj: QObject | None, e: QEvent | None) -> bool:
        if obj is self.parentWidget() and e is not None and e.type() == QEvent.Type.Resize:
            self.place()
        return super().eventFilter(obj, e)
