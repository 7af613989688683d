"""The model's boxes: two predictions on one object (the audit's and Evaluate's usual case) get
their tags one under the other, not drawn over each other."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QPointF, QRectF
from PyQt6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from widgets.canvas.boxes import Boxes
from widgets.canvas.prediction_layer import PredictionLayer, free_spot


class _View:  # the one thing the layer asks of an ImageView: image -> widget (here 1:1), and a font
    def font(self):
        return QFont()

    def image_to_widget(self, pt):
        return QPointF(pt)


def test_free_spot_moves_down_past_every_tag_in_the_way():
    a = QRectF(10, 100, 80, 14)
    assert free_spot(QRectF(30, 105, 60, 14), []) == QRectF(30, 105, 60, 14)
    assert free_spot(QRectF(30, 105, 60, 14), [a]) == QRectF(30, 119, 60, 14)
    b = QRectF(0, 119, 200, 14)
    assert free_spot(QRectF(30, 105, 60, 14), [a, b]) == QRectF(30, 133, 60, 14)
    assert free_spot(QRectF(300, 105, 60, 14), [a, b]) == QRectF(300, 105, 60, 14)  # clear of them


def test_two_predictions_on_one_object_draw_two_tags(qapp):
    img = QImage(320, 240, QImage.Format.Format_RGB32)
    img.fill(QColor(255, 255, 255))
    layer = PredictionLayer()
    layer.set(Boxes(np.array([[50.0, 50, 150, 100], [51, 50, 150, 101]]), np.array([0, 1]), np.array([0.9, 0.6])))
    p = QPainter(img)
    layer.paint(p, _View(), ["circle", "square"])
    p.end()
    font = QFont()
    font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
    th = QFontMetricsF(font).height() + 1
    x = 147  # inside both tags' right ends
    dark = [y for y in range(100, 240) if QColor(img.pixel(x, y)).value() < 120]
    assert dark and dark[-1] - dark[0] + 1 >= 2 * th - 2, (dark[:3], dark[-3:], th)  # two tags, stacked
