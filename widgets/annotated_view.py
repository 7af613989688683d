"""An image view that draws an image's labels (solid, class name) and the model's predictions
(dashed, class and confidence), each with its own switch. Read-only: Review edits boxes."""

from __future__ import annotations

from PyQt6.QtCore import QPointF, QRectF, Qt
from PyQt6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from widgets.canvas.boxes import Boxes
from widgets.canvas.prediction_layer import PredictionLayer, class_text
from widgets.image_view import ImageView
from widgets.palette import class_color


class AnnotatedView(ImageView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels = Boxes()
        self.show_labels = True
        self.predictions = PredictionLayer()
        self.class_names: list[str] = []

    def set_annotations(self, labels: Boxes | None, predictions: Boxes | None, class_names=None) -> None:
        self.labels = labels if labels is not None else Boxes()
        self.predictions.set(predictions)
        if class_names is not None:
            self.class_names = list(class_names)
        self.update()

    def set_layers(self, labels: bool | None = None, predictions: bool | None = None) -> None:
        if labels is not None:
            self.show_labels = bool(labels)
        if predictions is not None:
            self.predictions.visible = bool(predictions)
        self.update()

    def paint_overlay(self, p: QPainter) -> None:
        if self.image() is None:
            return
        p.resetTransform()
        self.predictions.paint(p, self, self.class_names)
        if not self.show_labels or not len(self.labels):
            return
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetricsF(font)
        for i in range(len(self.labels)):
            x0, y0, x1, y1 = (float(v) for v in self.labels.xyxy[i])
            r = QRectF(self.image_to_widget(QPointF(x0, y0)), self.image_to_widget(QPointF(x1, y1)))
            col = class_color(int(self.labels.cls[i]))
            p.setPen(QPen(col, 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r)
            text = class_text(int(self.labels.cls[i]), self.class_names)
            bg = QRectF(r.left() - 1, r.top() - fm.height() - 2, fm.horizontalAdvance(text) + 8, fm.height() + 2)
            if bg.top() < 0:
                bg.moveTop(r.top())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(col)
            p.drawRect(bg)
            p.setPen(QColor(0, 0, 0) if col.lightness() > 150 else QColor(255, 255, 255))
            p.drawText(bg.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
