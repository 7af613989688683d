"""The Auto-label pane's right side during a run: the latest labeled image with its boxes (the
worker's throttled preview) and the images skipped, with why."""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QEvent
from PyQt6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from app.gui.i18n import translate
from widgets.image_view import ImageView


class RunPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.errors_n = 0
        self.view = ImageView()
        self.preview_caption = QLabel("")
        self._caption: tuple[str, int] | None = None
        self.preview_caption.setObjectName("paneInfo")
        self.error_list = QListWidget()
        self.error_list.setAlternatingRowColors(True)
        self.errors_title = QLabel()
        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.view, 1)
        right.addWidget(self.preview_caption)
        right.addWidget(self.errors_title)
        right.addWidget(self.error_list)
        self.error_list.setMaximumHeight(130)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.placeholder = translate("Autolabel", "The latest labeled image appears here while a run is going.")
        self.view.update()
        self._show_errors_title()
        if self._caption is not None:
            name, n = self._caption
            self.preview_caption.setText(translate("Autolabel", "{name}: %n box(es)", None, n).format(name=name))

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _show_errors_title(self) -> None:
        if self.errors_n:
            line = translate("Autolabel", "Problems: %n image(s) skipped", None, self.errors_n)
        else:
            line = translate("Autolabel", "Problems: none")
        self.errors_title.setText(line)

    def show_image(self, path: str, img, n: int) -> None:
        """The worker's preview: the image (BGR, boxes drawn) and its number of boxes."""
        self.view.set_image(img)
        self._caption = (Path(path).name, n)
        self.retranslate()

    def add_problem(self, path: str, reason: str) -> None:
        self.errors_n += 1
        self.error_list.addItem(f"{path}: {reason}")
        self._show_errors_title()

    def clear_problems(self) -> None:
        self.error_list.clear()
        self.errors_n = 0
        self._show_errors_title()

    def clear(self) -> None:
        """Nothing of a previous run: no image, no problems."""
        self.view.set_image(None)
        self._caption = None
        self.preview_caption.setText("")
        self.clear_problems()
