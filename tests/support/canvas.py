"""A real BoxCanvas on screen for the widget tests: a grey 320x240 image shown 640x480 (2 screen
pixels per image pixel), classes cat/dog/bird, its edit requests collected in canvas.edits."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QPoint, QPointF

from tests.support.qt import shown
from widgets.canvas.box_canvas import BoxCanvas

IMG_W, IMG_H = 320, 240


def shown_canvas(qtbot, boxes, *, ask_class: bool = False) -> BoxCanvas:
    """The canvas on `boxes` (a widgets.canvas.boxes.Boxes), focused; ask_class: a new box asks its class."""
    c = shown(qtbot, BoxCanvas(), 640, 480)
    c.class_names = ["cat", "dog", "bird"]
    c.ask_class = ask_class
    c.set_document(np.full((IMG_H, IMG_W, 3), 90, np.uint8), boxes)
    c.edits = []
    c.editRequested.connect(c.edits.append)
    c.setFocus()
    return c


def at(canvas, x, y) -> QPoint:
    """The widget point showing image point (x, y)."""
    return canvas.image_to_widget(QPointF(x, y)).toPoint()
