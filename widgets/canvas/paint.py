"""The BoxCanvas's drawing: boxes (class colour, dashed when the class is unknown, filled stronger
when selected), their labels placed so two boxes on one object keep both names readable, the
resize handles of a single selection, the box being drawn, the crosshair and the new box's class
beside the cursor; the model's predictions underneath (widgets.canvas.prediction_layer).

Owned by a widgets.canvas.box_canvas.BoxCanvas (`CanvasPainter(canvas)`, its paint_overlay calls
paint()): it reads the canvas's public state (boxes, selected, the drag preview live / new_box,
cursor_img, the filters, the class of new boxes) and draws in widget coordinates.
"""

from __future__ import annotations

import math

from PyQt6.QtCore import QPointF, QRectF, Qt
from PyQt6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from widgets.canvas.boxes import handle_points
from widgets.palette import class_color

HANDLE_PX = 7  # handle size on screen
LABEL_AVOID_MAX = 150  # more boxes than this: labels go above their boxes without avoiding each other


class CanvasPainter:
    """Draws a BoxCanvas's overlay: paint() and the pieces it draws."""

    def __init__(self, canvas) -> None:
        self.canvas = canvas  # a widgets.canvas.box_canvas.BoxCanvas
        self.label_spots: dict[int, QRectF] = {}  # where the last paint put each box's label

    def paint(self, p: QPainter) -> None:
        cv = self.canvas
        if cv.image() is None:
            return
        p.resetTransform()
        cv.predictions.paint(p, cv, cv.class_names, cv.min_conf, cv.hidden_classes)
        vis = cv.visible()
        boxes, selected, live = cv.boxes, cv.selected, cv.live
        font = QFont(cv.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.95))
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetricsF(font)
        sel = set(selected)
        order = [i for i in range(len(boxes)) if vis[i] and i not in sel] + [i for i in selected if vis[i]]
        labels = self._place_labels(fm, order[::-1])  # selected boxes choose their label spot first
        self.label_spots = labels  # (where they went; tests read it)
        for i in order:
            r = cv.box_rect(live.get(i, boxes.xyxy[i]))
            col = class_color(boxes.cls[i])
            known = not cv.class_names or boxes.cls[i] < len(cv.class_names)
            pen = QPen(col, 3.0 if i in sel else 2.0)
            if not known:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            fill = QColor(col)
            fill.setAlpha(55 if i in sel else 18)
            p.setBrush(QBrush(fill))
            p.drawRect(r)
        for i in order:  # labels over every box fill, handles over every label
            self._draw_label(p, labels[i], i, class_color(boxes.cls[i]))
        if len(sel) == 1 and selected[0] in order:
            i = selected[0]
            self._draw_handles(p, live.get(i, boxes.xyxy[i]), class_color(boxes.cls[i]))
        if cv.new_box is not None:
            p.setPen(QPen(class_color(cv.default_class), 2.0, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(cv.box_rect(cv.new_box))
        if (cv.draw_mode or cv.new_box is not None) and cv.cursor_img is not None:
            self._draw_crosshair(p)
            self._draw_cursor_tag(p, fm)

    def _label_text(self, i: int) -> str:
        c = self.canvas.boxes.conf[i]
        return self.canvas.class_name(self.canvas.boxes.cls[i]) + ("" if math.isnan(c) else f" {c:.2f}")

    def _place_labels(self, fm: QFontMetricsF, order) -> dict[int, QRectF]:
        """A spot for each box's label: above its top-left corner, else inside it, else below it,
        else above its right end; the first that does not cover a label already placed (two boxes
        on one object, a frequent model mistake, keep both names readable)."""
        placed: dict[int, QRectF] = {}
        th = fm.height() + 2
        avoid = len(order) <= LABEL_AVOID_MAX
        cv = self.canvas
        for i in order:
            r = cv.box_rect(cv.live.get(i, cv.boxes.xyxy[i]))
            tw = fm.horizontalAdvance(self._label_text(i)) + 8
            spots = [
                QRectF(r.left() - 1, r.top() - th, tw, th),
                QRectF(r.left() - 1, r.top(), tw, th),
                QRectF(r.left() - 1, r.bottom(), tw, th),
                QRectF(r.right() - tw + 1, r.top() - th, tw, th),
            ]
            ok = [q for q in spots if q.top() >= 0 and q.bottom() <= cv.height()] or spots[1:2]
            placed[i] = (
                next((q for q in ok if not any(q.intersects(o) for o in placed.values())), ok[0]) if avoid else ok[0]
            )
        return placed

    def _draw_label(self, p: QPainter, bg: QRectF, i: int, col: QColor) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(col)
        p.drawRect(bg)
        p.setPen(QColor(0, 0, 0) if _luma(col) > 150 else QColor(255, 255, 255))
        p.drawText(
            bg.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._label_text(i)
        )

    def _draw_handles(self, p: QPainter, xyxy, col: QColor) -> None:
        p.setPen(QPen(col, 1.5))
        p.setBrush(QColor(255, 255, 255))
        for x, y in handle_points(xyxy).values():
            c = self.canvas.image_to_widget(QPointF(x, y))
            p.drawRect(QRectF(c.x() - HANDLE_PX / 2, c.y() - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX))

    def _draw_crosshair(self, p: QPainter) -> None:
        cv = self.canvas
        w, h = cv.image_size()
        x = min(max(cv.cursor_img.x(), 0), w)
        y = min(max(cv.cursor_img.y(), 0), h)
        p.setPen(QPen(QColor(255, 255, 255, 200), 1.0, Qt.PenStyle.DashLine))
        a, b = cv.image_to_widget(QPointF(x, 0)), cv.image_to_widget(QPointF(x, h))
        p.drawLine(a, b)
        a, b = cv.image_to_widget(QPointF(0, y)), cv.image_to_widget(QPointF(w, y))
        p.drawLine(a, b)

    def _draw_cursor_tag(self, p: QPainter, fm: QFontMetricsF) -> None:
        """Beside the cursor while drawing: the class the new box will get (or that it will ask)."""
        cv = self.canvas
        text = cv.new_box_text()
        at = cv.image_to_widget(cv.cursor_img)
        r = QRectF(at.x() + 14, at.y() + 14, fm.horizontalAdvance(text) + 10, fm.height() + 4)
        r.moveLeft(min(r.left(), cv.width() - r.width() - 2))
        r.moveTop(min(r.top(), cv.height() - r.height() - 2))
        picked = not (cv.ask_class and not cv.class_picked and cv.class_names)
        col = class_color(cv.default_class) if picked else QColor(60, 62, 68)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(col)
        p.drawRect(r)
        p.setPen(QColor(0, 0, 0) if _luma(col) > 150 else QColor(255, 255, 255))
        p.drawText(r.adjusted(5, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


def _luma(c: QColor) -> float:
    """Perceived brightness (Rec. 601): picks black or white text on a class colour."""
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
