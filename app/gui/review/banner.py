"""An inline message bar above the editor: a problem with the current label file and the user's
choices as buttons (no modal dialog in the middle of a fast review; tests click the buttons).

A message is kept as what says it, not as the words: its title, detail and button labels are each a
str or a function of no arguments that says it in the current language (a `translate(...)` call with
the message's values, e.g. `lambda: translate("Review", "Could not save {name}").format(name=name)`).
On QEvent.LanguageChange a message on screen is said again, its buttons (and their keys) unchanged."""

from __future__ import annotations

from collections.abc import Callable

from PyQt6.QtCore import QEvent, pyqtSignal
from PyQt6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.gui.i18n import translate

Text = str | Callable[[], str]  # the words, or what says them in the current language


def said(text: Text) -> str:
    """The words of a Text in the current language."""
    return text() if callable(text) else text


def ok_text() -> str:
    """The banner's plain acknowledgement button (pass the function itself: it is said again)."""
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
        self._title: Text = ""
        self._detail: Text = ""
        self._labels: dict[str, Text] = {}  # button key -> its label
        self.hide()

    def show_message(
        self, kind: str, title: Text, detail: Text, buttons: list[tuple[str, Text]], level: str = "warning"
    ) -> None:
        """buttons: (key, label); clicking one emits chosen(key) and hides the bar. title, detail and
        labels: words, or functions saying them (said again when the language changes)."""
        self.kind = kind
        bg, edge = _STYLES[level]
        self.setStyleSheet(f"#reviewBanner {{ background: {bg}; border: 1px solid {edge}; border-radius: 4px; }}")
        self._title, self._detail = title, detail
        for b in self.buttons.values():  # gone now, also inside a modal dialog's loop (deleteLater waits)
            self._buttons_box.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons = {}
        self._labels = dict(buttons)
        for key, _label in buttons:
            b = QPushButton()
            b.clicked.connect(lambda _=False, k=key: self._click(k))
            self._buttons_box.addWidget(b)
            self.buttons[key] = b
        self.retranslate()
        self.show()

    def set_title(self, title: Text) -> None:
        """Only the title changes (a progress count): the buttons stay as they are."""
        self._title = title
        self.title.setText(f"<b>{said(title)}</b>")

    def retranslate(self) -> None:
        """The message on screen in the current language."""
        self.title.setText(f"<b>{said(self._title)}</b>")
        detail = said(self._detail)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        for key, b in self.buttons.items():
            b.setText(said(self._labels[key]))

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange and self.kind:
            self.retranslate()
        super().changeEvent(e)

    def _click(self, key: str) -> None:
        self.clear()
        self.chosen.emit(key)

    def clear(self) -> None:
        self.kind = ""
        self.hide()
