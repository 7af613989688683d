"""A grid of binarization thumbnails, one per threshold method, each captioned with its value.

    grid = ThresholdGrid()
    grid.set_tiles([("Otsu", 121, bin_img), ("Li", 97, bin_img2), ...])   # gray/binary arrays
    grid.methodChosen.connect(lambda name, value: ...)

Clicking a tile emits `methodChosen(name, value)`; `set_current(name)` outlines one tile.
Arrays are wrapped as QImages without copies (build them in a worker if they are large).
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
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
        self.setMinimumSize(max(96, self.caption_width()), 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._tip()
        self.setMouseTracking(True)

    def _tip(self) -> None:
        """'Otsu: threshold 121 - note / Click to use it' in the current language (context "ThresholdGrid")."""
        text = QCoreApplication.translate("ThresholdGrid", "{name}: threshold {value}").format(
            name=self.name, value=f"{self.value:g}"
        )
        note = f" - {self.note}" if self.note else ""
        self.setToolTip(f"{text}{note}\n{QCoreApplication.translate('ThresholdGrid', 'Click to use it')}")

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self._tip()
        super().changeEvent(e)

    def sizeHint(self) -> QSize:
        return QSize(180, 140)

    def caption(self) -> str:
        return f"{self.name}  {self.value:g}"

    _CAPTION_GAP = 10  # px between the name and the value

    def _bold(self) -> QFont:
        f = QFont(self.font())
        f.setBold(True)
        return f

    def caption_width(self) -> int:
        """The width the tile needs to show its name and value side by side (margins included)."""
        name = QFontMetrics(self._bold()).horizontalAdvance(self.name)
        value = self.fontMetrics().horizontalAdvance(f"{self.value:g}")
        return name + self._CAPTION_GAP + value + 18

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
        value = f"{self.value:g}"
        room = cap.width() - self.fontMetrics().horizontalAdvance(value) - self._CAPTION_GAP
        bold = self._bold()
        p.setFont(bold)
        p.setPen(QColor(230, 232, 236))
        # never under the value: the name elides if the tile is ever narrower (its tooltip has it)
        name = QFontMetrics(bold).elidedText(self.name, Qt.TextElideMode.ElideRight, max(0, int(room)))
        p.drawText(cap, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        p.setFont(self.font())
        p.setPen(QColor(245, 185, 60))
        p.drawText(cap, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value)
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
    """Grid of ThresholdTiles that scrolls down, never sideways: as many columns (up to `columns`) as
    the width holds with every caption whole; see the module docstring."""

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
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self._inner)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._shown_columns = 0
        self._viewport().installEventFilter(self)  # the columns follow the width
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.status)
        lay.addWidget(self.scroll_area, 1)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_tiles(self, tiles) -> None:
        """tiles: iterable of (name, value, image array[, note])."""
        for t in self.tiles:
            self._grid.removeWidget(t)
            t.deleteLater()
        self.tiles = []
        for tile in tiles:
            name, value, img = tile[:3]
            note = tile[3] if len(tile) > 3 else ""
            w = ThresholdTile(name, value, img, note)
            w.setObjectName(f"tile_{name}")
            w.clicked.connect(self.methodChosen)
            self.tiles.append(w)
        self._shown_columns = 0
        self._reflow()

    def columns_for(self, width: int) -> int:
        """Columns of tiles that fit `width` px with every caption whole (at least 1, at most `columns`)."""
        need = max((t.minimumWidth() for t in self.tiles), default=96)
        m = self._grid.contentsMargins()
        room = width - m.left() - m.right() + self._grid.spacing()
        return max(1, min(self.columns, room // (need + self._grid.spacing())))

    def _viewport(self) -> QWidget:
        port = self.scroll_area.viewport()
        assert port is not None  # a QScrollArea always has one
        return port

    def _reflow(self) -> None:
        cols = self.columns_for(self._viewport().width())
        if cols == self._shown_columns:
            return
        for t in self.tiles:
            self._grid.removeWidget(t)
        for i, t in enumerate(self.tiles):
            self._grid.addWidget(t, i // cols, i % cols)
        self._shown_columns = cols

    def eventFilter(self, obj, e) -> bool:
        if obj is self.scroll_area.viewport() and e.type() == QEvent.Type.Resize:
            self._reflow()
        return super().eventFilter(obj, e)

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
