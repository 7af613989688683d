"""A grid of binarization thumbnails, one per threshold method, each captioned with its value.

    grid = ThresholdGrid()
    grid.set_tiles([("Otsu", 121, bin_img), ("Li", 97, bin_img2), ...])   # gray/binary arrays
    grid.methodChosen.connect(lambda name, value: ...)

Clicking a tile emits `methodChosen(name, value)`; `set_current(name)` outlines one tile.
Arrays are wrapped as QImages without copies (build them in a worker if they are large).
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QPainter, QPen
from PyQt6.QtWidgets import QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from widgets.qimage import qimage_from_array


class ThresholdTile(QWidget):
    clicked = pyqtSignal(str, float)

    def __init__(self, name: str, value: float, img: np.ndarray, note: str = "", parent=None):
        super().__init__(parent)
        self.name, self.value, self.note = name, float(value), note
        self.array = img
        self.qimage = qimage_from_array(img)
        self.current = False
        self._hover = False
        self.setMinimumSize(120, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{name}: threshold {value:g}{(' - ' + note) if note else ''}\nClick to use it")
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(180, 140)

    def caption(self) -> str:
        return f"{self.name}  {self.value:g}"

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        r = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        p.fillRect(r, QColor(38, 40, 44) if not self._hover else QColor(48, 51, 56))
        cap_h = 22
        img_r = r.adjusted(4, 4, -4, -cap_h - 2)
        iw, ih = self.qimage.width(), self.qimage.height()
        if iw and ih and img_r.width() > 0 and img_r.height() > 0:
            s = min(img_r.width() / iw, img_r.height() / ih)
            w, h = iw * s, ih * s
            target = QRectF(img_r.center().x() - w / 2, img_r.center().y() - h / 2, w, h)
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            p.drawImage(target, self.qimage)
        cap = QRectF(r.left() + 6, r.bottom() - cap_h, r.width() - 12, cap_h)
        f = p.font()
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor(230, 232, 236))
        p.drawText(cap, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.name)
        f.setBold(False)
        p.setFont(f)
        p.setPen(QColor(245, 185, 60))
        p.drawText(cap, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{self.value:g}")
        if self.current:
            p.setPen(QPen(QColor(61, 142, 232), 2.5))
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4)
        p.end()

    def enterEvent(self, e) -> None:
        self._hover = True
        self.update()

    def leaveEvent(self, e) -> None:
        self._hover = False
        self.update()

    def mouseReleaseEvent(self, e) -> None:
        if e.button() == Qt.MouseButton.LeftButton and self.rect().contains(e.position().toPoint()):
            self.clicked.emit(self.name, self.value)


class ThresholdGrid(QWidget):
    """Scrollable grid of ThresholdTiles; see the module docstring."""

    methodChosen = pyqtSignal(str, float)

    def __init__(self, columns: int = 4, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.tiles: list[ThresholdTile] = []
        self.status = QLabel("")
        self.status.setObjectName("paneInfo")
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setSpacing(4)
        self._grid.setContentsMargins(2, 2, 2, 2)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.status)
        lay.addWidget(self.scroll, 1)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_tiles(self, tiles) -> None:
        """tiles: iterable of (name, value, image array[, note])."""
        for t in self.tiles:
            self._grid.removeWidget(t)
            t.deleteLater()
        self.tiles = []
        for i, tile in enumerate(tiles):
            name, value, img = tile[:3]
            note = tile[3] if len(tile) > 3 else ""
            w = ThresholdTile(name, value, img, note)
            w.setObjectName(f"tile_{name}")
            w.clicked.connect(self.methodChosen)
            self._grid.addWidget(w, i // self.columns, i % self.columns)
            self.tiles.append(w)

    def tile(self, name: str) -> ThresholdTile | None:
        for t in self.tiles:
            if t.name == name:
                return t
        return None

    def values(self) -> dict[str, float]:
        return {t.name: t.value for t in self.tiles}

    def set_current(self, name: str | None = None, value: float | None = None) -> None:
        """Outline the tile called `name`, or every tile whose value is `value`."""
        for t in self.tiles:
            t.current = (name is not None and t.name == name) or (value is not None and t.value == value)
            t.update()
