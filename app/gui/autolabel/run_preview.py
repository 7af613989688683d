"""The Auto-label pane's right side during a run: the latest labeled image with its boxes (the
worker's throttled preview) and the images skipped, with why."""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from widgets.image_view import ImageView


class RunPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.errors_n = 0
        self.view = ImageView()
        self.view.placeholder = "The latest labeled image appears here while a run is going."
        self.preview_caption = QLabel("")
        self.preview_caption.setObjectName("paneInfo")
        self.error_list = QListWidget()
        self.error_list.setAlternatingRowColors(True)
        self.errors_title = QLabel("Problems: none")
        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.view, 1)
        right.addWidget(self.preview_caption)
        right.addWidget(self.errors_title)
        right.addWidget(self.error_list)
        self.error_list.setMaximumHeight(130)

    def show_image(self, path: str, img, n: int) -> None:
        """The worker's preview: the image (BGR, boxes drawn) and its number of boxes."""
        self.view.set_image(img)
        self.preview_caption.setText(f"{Path(path).name}: {n} box{'es' if n != 1 else ''}")

    def add_problem(self, path: str, reason: str) -> None:
        self.errors_n += 1
        self.error_list.addItem(f"{path}: {reason}")
        self.errors_title.setText(f"Problems: {self.errors_n} image(s) skipped")

    def clear_problems(self) -> None:
        self.error_list.clear()
        self.errors_n = 0
        self.errors_title.setText("Problems: none")

    def clear(self) -> None:
        """Nothing of a previous run: no image, no problems."""
        self.view.set_image(None)
        self.preview_caption.setText("")
        self.clear_problems()
