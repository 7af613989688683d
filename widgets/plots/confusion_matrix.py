"""Confusion-matrix heatmap: counts or column-normalized, class names on both axes, clickable cells.

    w = ConfusionMatrixView()
    w.set_matrix(matrix, names)            # matrix[predicted, true], last row/column = background
    w.set_normalized(True)                 # each true-class column sums to 1 (Ultralytics' normalize)
    w.cellClicked.connect(lambda row, col: ...)

Plain data in, signals out; knows nothing of the application. Its words go through
QCoreApplication.translate (context "ConfusionMatrix") and follow a language change.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QFont, QPainter, QPen
from PyQt6.QtWidgets import QSizePolicy, QToolTip, QWidget

BG, FG, GRID = QColor(30, 31, 34), QColor(200, 204, 212), QColor(60, 63, 68)
# dark-to-bright blue ramp (0 -> background tone, 1 -> bright)
_LOW, _HIGH = np.array([38, 41, 47], float), np.array([66, 150, 245], float)


def cell_color(v: float) -> QColor:
    t = float(np.clip(v, 0, 1)) ** 0.6
    r, g, b = _LOW + (_HIGH - _LOW) * t
    return QColor(int(r), int(g), int(b))


MIN_COUNT_CELL = 18  # px: smaller cells show their count only in the tooltip


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConfusionMatrix", text)


class ConfusionMatrixView(QWidget):
    cellClicked = pyqtSignal(int, int)  # row (predicted), column (true)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix = np.zeros((1, 1))
        self.names: list[str] = []
        self.normalized = False
        self.selected: tuple[int, int] | None = None
        self.title = ""
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ------------------------------------------------------------------ data
    def set_matrix(self, matrix, names: list[str]) -> None:
        """matrix (n+1, n+1) [predicted, true]; names of the n classes (background is added)."""
        self.matrix = np.asarray(matrix, float)
        self.names = list(names) + [QCoreApplication.translate("ConfusionMatrix", "background")]
        if self.selected and max(self.selected) >= len(self.names):
            self.selected = None
        self.update()

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange and self.names:
            self.names[-1] = QCoreApplication.translate("ConfusionMatrix", "background")
            self.update()
        super().changeEvent(e)

    def set_normalized(self, on: bool) -> None:
        self.normalized = bool(on)
        self.update()

    def set_selected(self, row: int | None, col: int | None = None) -> None:
        self.selected = None if row is None or col is None else (row, col)
        self.update()

    def values(self) -> np.ndarray:
        """What the cells show: counts, or each column divided by its sum."""
        if not self.normalized:
            return self.matrix
        return self.matrix / (self.matrix.sum(0, keepdims=True) + 1e-9)

    # ------------------------------------------------------------------ geometry
    def _grid(self) -> tuple[QRectF, float]:
        g, c, _ = self._layout()
        return g, c

    def short_columns(self) -> list[str] | None:
        """The column labels when the names, rotated under the grid, would leave cells too small
        to print a count in (a short pane): class numbers, as the row labels begin; else None."""
        return self._layout()[2]

    def _layout(self) -> tuple[QRectF, float, list[str] | None]:
        n = len(self.names)
        fm = self.fontMetrics()
        label_w = max([fm.horizontalAdvance(s) for s in self.names] + [40]) + 34
        top = 28 + (16 if self.title else 0)
        avail_w = self.width() - label_w - 12

        def cell_for(bottom):
            return max(8.0, min(avail_w, self.height() - top - bottom) / max(n, 1))

        cell, short = cell_for(label_w), None
        if cell < MIN_COUNT_CELL and n:
            labels = [str(i) for i in range(n - 1)] + [QCoreApplication.translate("ConfusionMatrix", "bg")]
            small = cell_for(fm.height() + 10)
            if small > cell:
                cell, short = small, labels
        left = label_w + max(0.0, (avail_w - cell * n) / 2)  # centred in the free width
        return QRectF(left, top, cell * n, cell * n), cell, short

    def cell_rect(self, row: int, col: int) -> QRectF:
        g, c = self._grid()
        return QRectF(g.left() + col * c, g.top() + row * c, c, c)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        g, c = self._grid()
        if not g.contains(pos):
            return None
        col = int((pos.x() - g.left()) // c)
        row = int((pos.y() - g.top()) // c)
        n = len(self.names)
        return (row, col) if 0 <= row < n and 0 <= col < n else None

    # ------------------------------------------------------------------ events
    def mousePressEvent(self, ev) -> None:
        hit = self.cell_at(ev.position())
        if hit is not None and ev.button() == Qt.MouseButton.LeftButton:
            self.selected = hit
            self.update()
            self.cellClicked.emit(*hit)

    def mouseMoveEvent(self, ev) -> None:
        hit = self.cell_at(ev.position())
        if hit is None:
            QToolTip.hideText()
            return
        r, c = hit
        v = self.values()[r, c]
        if self.normalized:
            what = QCoreApplication.translate("ConfusionMatrix", "{share} of true '{name}'").format(
                share=f"{v:.3f}", name=self.names[c]
            )
        else:
            what = QCoreApplication.translate("ConfusionMatrix", "%n box(es)", "", int(self.matrix[r, c]))
        text = QCoreApplication.translate(
            "ConfusionMatrix", "predicted <b>{pred}</b>, true <b>{true}</b>: {what}<br>click: open these boxes"
        )
        QToolTip.showText(
            ev.globalPosition().toPoint(), text.format(pred=self.names[r], true=self.names[c], what=what), self
        )

    # ------------------------------------------------------------------ paint
    def paintEvent(self, _ev) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), BG)
        n = len(self.names)
        if n == 0:
            return
        g, c = self._grid()
        vals = self.values()
        vmax = 1.0 if self.normalized else max(float(vals.max()), 1.0)
        f = QFont(self.font())
        f.setPointSizeF(max(6.5, min(11.0, c / 4.2)))
        for r in range(n):
            for col in range(n):
                rect = self.cell_rect(r, col)
                v = vals[r, col]
                p.fillRect(rect, cell_color(v / vmax))
                p.setPen(QPen(GRID, 1))
                p.drawRect(rect)
                if self.matrix[r, col] > 0 and c >= MIN_COUNT_CELL:
                    p.setFont(f)
                    p.setPen(QColor(255, 255, 255) if v / vmax > 0.35 else FG)
                    txt = f"{v:.2f}" if self.normalized else f"{int(self.matrix[r, col])}"
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, txt)
        if self.selected is not None:
            p.setPen(QPen(QColor(250, 210, 60), 2.5))
            p.drawRect(self.cell_rect(*self.selected).adjusted(1, 1, -1, -1))
        p.setFont(self.font())
        p.setPen(FG)
        fm = self.fontMetrics()
        for i, name in enumerate(self.names):  # row labels (predicted)
            rect = QRectF(0, g.top() + i * c, g.left() - 6, c)
            p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        short = self.short_columns()
        for i, name in enumerate(short or ()):  # column labels (true), class numbers
            p.drawText(
                QRectF(g.left() + i * c, g.bottom() + 3, c, fm.height() + 4), Qt.AlignmentFlag.AlignHCenter, name
            )
        for i, name in enumerate(self.names if short is None else ()):  # column labels (true), rotated
            p.save()
            p.translate(g.left() + (i + 0.5) * c + fm.ascent() / 2, g.bottom() + 6)
            p.rotate(-90)
            p.drawText(
                QRectF(-fm.horizontalAdvance(name) - 2, -fm.ascent(), fm.horizontalAdvance(name) + 2, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                name,
            )
            p.restore()
        p.setPen(QColor(150, 154, 160))
        cap = caption_rect(fm, self.normalized, g, self.width())
        p.drawText(cap[1], Qt.AlignmentFlag.AlignCenter, cap[0])
        p.save()
        p.translate(max(10.0, g.left() - max(fm.horizontalAdvance(s) for s in self.names) - 22), g.center().y())
        p.rotate(-90)
        p.drawText(
            QRectF(-80, -8, 160, 16),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("ConfusionMatrix", "predicted (rows)"),
        )
        p.restore()
        if self.title:
            p.setPen(FG)
            p.drawText(QRectF(0, 2, self.width(), 18), Qt.AlignmentFlag.AlignCenter, self.title)
        p.end()


CAPTIONS = (
    (
        QT_TRANSLATE_NOOP("ConfusionMatrix", "true class  →  (columns)   ·   normalized per column"),
        QT_TRANSLATE_NOOP("ConfusionMatrix", "true class  →  (columns)"),
    ),
    (
        QT_TRANSLATE_NOOP("ConfusionMatrix", "true →  ·  per column"),
        QT_TRANSLATE_NOOP("ConfusionMatrix", "true class  →  (columns)"),
    ),
    (QT_TRANSLATE_NOOP("ConfusionMatrix", "true →"), QT_TRANSLATE_NOOP("ConfusionMatrix", "true →")),
)


def caption_rect(fm, normalized: bool, grid: QRectF, width: float) -> tuple[str, QRectF]:
    """The column caption: the longest wording that fits the widget's width, centred over the grid
    and kept inside the widget (a narrow matrix has its caption cut short, not clipped)."""
    for long, plain in CAPTIONS:
        text = _tr(long if normalized else plain)
        tw = fm.horizontalAdvance(text) + 8
        if tw <= width - 8:
            break
    x = min(max(4.0, grid.center().x() - tw / 2), max(4.0, width - tw - 4))
    return text, QRectF(x, grid.top() - 22, tw, 18)
