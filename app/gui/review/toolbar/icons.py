"""Toolbar icons of the review pane, painted (one consistent line style, crisp at any DPI,
readable on the dark theme; Fusion's standard pixmaps lack a "draw box" and a "fit" icon)."""

from __future__ import annotations

from PyQt6.QtCore import QPointF, QRectF, Qt
from PyQt6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

FG = QColor(215, 218, 224)
OFF = QColor(110, 113, 120)
GREEN = QColor(108, 201, 120)
SIZE = 32  # drawn on a 32x32 grid, shown at the toolbar's icon size


def _path(points) -> QPainterPath:
    p = QPainterPath(QPointF(*points[0]))
    for x, y in points[1:]:
        p.lineTo(x, y)
    return p


def _draw(name: str, p: QPainter, col: QColor) -> None:
    pen = QPen(col, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if name == "prev":
        p.drawPath(_path([(19, 7), (10, 16), (19, 25)]))
    elif name == "next":
        p.drawPath(_path([(13, 7), (22, 16), (13, 25)]))
    elif name == "accept":
        p.setPen(
            QPen(
                GREEN if col != OFF else col,
                3.2,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        p.drawPath(_path([(6, 17), (13, 24), (26, 9)]))
    elif name == "save":
        p.drawRoundedRect(QRectF(6, 6, 20, 20), 2.5, 2.5)
        p.drawRect(QRectF(11, 6, 10, 6))
        p.drawRect(QRectF(10, 17, 12, 9))
    elif name in ("undo", "redo"):
        m = (lambda x: x) if name == "undo" else (lambda x: 32 - x)  # redo: the mirror image
        path = QPainterPath(QPointF(m(9), 14))
        path.cubicTo(m(14), 8, m(24), 9, m(25), 18)
        path.cubicTo(m(25.5), 22, m(23), 25, m(20), 26)
        p.drawPath(path)
        p.drawPath(_path([(m(9), 7), (m(9), 14), (m(16), 14)]))
    elif name == "draw":
        p.setPen(QPen(col, 2.2, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap))
        p.drawRect(QRectF(5, 8, 17, 15))
        p.setPen(pen)
        p.drawLine(QPointF(25, 17), QPointF(25, 29))
        p.drawLine(QPointF(19, 23), QPointF(31, 23))
    elif name == "delete":
        p.drawLine(QPointF(7, 9), QPointF(25, 9))
        p.drawPath(_path([(13, 9), (13, 6), (19, 6), (19, 9)]))
        p.drawPath(_path([(9, 9), (10.5, 26), (21.5, 26), (23, 9)]))
        p.drawLine(QPointF(14, 13), QPointF(14, 22))
        p.drawLine(QPointF(18, 13), QPointF(18, 22))
    elif name == "fit":
        for (x, y), (dx, dy) in (((6, 6), (1, 1)), ((26, 6), (-1, 1)), ((6, 26), (1, -1)), ((26, 26), (-1, -1))):
            p.drawPath(_path([(x, y + 7 * dy), (x, y), (x + 7 * dx, y)]))
        p.drawRect(QRectF(12, 12, 8, 8))
    elif name == "keys":
        p.drawRoundedRect(QRectF(4, 9, 24, 15), 3, 3)
        p.setPen(QPen(col, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for x in (9, 14, 19, 24):
            p.drawPoint(QPointF(x, 14))
        p.drawLine(QPointF(11, 19.5), QPointF(21, 19.5))


def icon(name: str) -> QIcon:
    """A QIcon with normal and disabled pixmaps."""
    ic = QIcon()
    for mode, col in ((QIcon.Mode.Normal, FG), (QIcon.Mode.Disabled, OFF)):
        for scale in (1, 2):
            pm = QPixmap(SIZE * scale, SIZE * scale)
            pm.setDevicePixelRatio(scale)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            _draw(name, p, col)
            p.end()
            ic.addPixmap(pm, mode)
    return ic
