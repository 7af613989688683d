"""Browse pane: the selected image at full quality with zoom, pan and a pixel readout."""
from __future__ import annotations

import os

from PyQt6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.io.images import read_image_reduced
from app.gui.common.workers import LatestRunner
from widgets.image_view import ImageView, format_pixel

TITLE = "Browse"
ORDER = 0
DISPLAY_MAX_SIDE = 8192   # bigger images are shown reduced (decoded at 1/2..1/8 by libjpeg)


def _load(path: str):
    img, scale = read_image_reduced(path, DISPLAY_MAX_SIDE)
    return img, scale


class Pane(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.view = ImageView()
        self.info = QLabel("Open a folder or a dataset (File menu) and pick an image on the left.")
        self.info.setObjectName("paneInfo")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.info)
        self.loader = LatestRunner(_load, self)
        self.loader.resultReady.connect(self._show)
        self.loader.failed.connect(self._failed)
        self.view.pixelHovered.connect(self._pixel)
        ctx.imageSelected.connect(self.show_image)
        self.current = None

    def show_image(self, path: str) -> None:
        self.current = path
        self.loader.request(path)

    def _show(self, path, result) -> None:
        img, scale = result
        self.view.set_image(img)
        h, w = img.shape[:2]
        note = "" if scale == 1.0 else f"  (shown at {scale:.0%} of full size)"
        self.info.setText(f"{os.path.basename(path)}   {round(w / scale)}x{round(h / scale)}{note}")
        self.ctx.status(f"Loaded {path}", 3000)

    def _failed(self, path, message: str) -> None:
        self.view.set_image(None)
        self.view.placeholder = message
        self.info.setText(message)
        self.ctx.status(message, 0)

    def _pixel(self, x: int, y: int, values) -> None:
        if values is not None and self.ctx.main_window is not None:
            self.ctx.main_window.pixel_label.setText(format_pixel(x, y, values))
