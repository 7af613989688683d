"""An inline message bar above the editor: a problem with the current label file and the user's
choices as buttons (no modal dialog in the middle of a fast review; tests click the buttons)."""

from __future__ import annotations

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.gui.i18n import translate


def ok_text() -> str:
    """The banner's plain acknowledgement button."""
    return translate("Review", "OK")


_STYLES = {"warning": ("#4a3b12", "#e0b13a"), "error": ("#4a1f1f", "#e06c6c"), "info": ("#1f3347", "#5aa0e6")}


class Banner(QFrame):
    chosen = pyqtSignal(str)  # the key of the clicked button

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewBanner")
        self.title = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-family: monospace; color: #d8dadf;")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        self._buttons_box = QHBoxLayout()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addLayout(text, 1)
        lay.addLayout(self._buttons_box)
        self.buttons: dict[str, QPushButton] = {}
        self.kind = ""
        self.hide()

    def show_message(
        self, kind: str, title: str, detail: str, buttons: list[tuple[str, str]], level: str = "warning"
    ) -> None:
        """buttons: (key, label); clicking one emits chosen(key) and hides the bar."""
        self.kind = kind
        bg, edge = _STYLES[level]
        self.setStyleSheet(f"#reviewBanner {{ background: {bg}; border: 1px solid {edge}; border-radius: 4px; }}")
        self.title.setText(f"<b>{title}</b>")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        for b in self.buttons.values():  # gone now, also inside a modal dialog's loop (deleteLater waits)
            self._buttons_box.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons = {}
        for key, label in buttons:
            b = QPushButton(label)
            b.clicked.connect(lambda _=False, k=key: self._click(k))
            self._buttons_box.addWidget(b)
            self.buttons[key] = b
        self.show()

    def _click(self, key: str) -> None:
        self.clear()
        self.chosen.emit(key)

    def clear(self) -> None:
        self.kind = ""
        self.hide()
