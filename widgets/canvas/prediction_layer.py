"""The model's view on an image: predictions drawn dashed, with class and confidence, beside the
labels (solid). One prediction can be highlighted (a false positive opened from Evaluate).

Used by BoxCanvas (Review) and AnnotatedView (Browse); knows only Boxes or, for a -seg / -obb
model, Shapes (polygons and rotated boxes; widgets.canvas.shapes_model), both in image pixels, and
the view's image->widget mapping, so it paints the same on any ImageView.
"""

from __future__ import annotations

import math

from PyQt6.QtCore import QPointF, QRectF, Qt
from PyQt6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from widgets.canvas.boxes import Boxes
from widgets.canvas.shapes_model import Shapes
from widgets.palette import class_color

HIGHLIGHT = QColor(255, 236, 61)  # the box in question: a yellow outline around the dashed box


def class_text(class_id: int, names) -> str:
    c = int(class_id)
    return names[c] if 0 <= c < len(names) else f"class {c}?"


def free_spot(tag: QRectF, placed, tries: int = 12) -> QRectF:
    """tag moved down, a tag's height at a time, until it overlaps none of `placed` (at most
    `tries` steps: past that the last place is as good as any)."""
    tag = QRectF(tag)
    for _ in range(tries):
        if not any(tag.intersects(q) for q in placed):
            break
        tag.translate(0, tag.height())
    return tag


class PredictionLayer:
    def __init__(self):
        self.boxes = Boxes()
        self.visible = True
        self.highlight = -1  # index into boxes (-1: none)

    def set(self, boxes: Boxes | Shapes | None, highlight: int = -1) -> None:
        self.boxes = boxes if boxes is not None else Boxes()
        self.highlight = highlight if 0 <= highlight < len(self.boxes) else -1

    def clear(self) -> None:
        self.set(None)

    def __len__(self) -> int:
        return len(self.boxes)

    def paint(self, p: QPainter, view, names, min_conf: float = 0.0, hidden=()) -> None:
        """Draw on `view` (an ImageView: image_to_widget) with p in widget coordinates."""
        if not self.visible or not len(self.boxes):
            return
        font = QFont(view.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        p.setFont(font)
        fm = QFontMetricsF(font)
        order = [i for i in range(len(self.boxes)) if i != self.highlight] + (
            [self.highlight] if self.highlight >= 0 else []
        )
        placed: list[QRectF] = []  # tags drawn so far: two predictions on one object stack theirs
        shapes = self.boxes.pts if isinstance(self.boxes, Shapes) else None
        for i in order:
            c, conf = int(self.boxes.cls[i]), float(self.boxes.conf[i])
            hot = i == self.highlight
            if not hot and (c in hidden or (not math.isnan(conf) and conf < min_conf)):
                continue
            x0, y0, x1, y1 = (float(v) for v in self.boxes.xyxy[i])
            r = QRectF(view.image_to_widget(QPointF(x0, y0)), view.image_to_widget(QPointF(x1, y1)))
            col = class_color(c)
            outline = None
            if shapes is not None:  # a polygon / rotated box: its own outline, the tag below its bounds
                outline = QPolygonF([view.image_to_widget(QPointF(float(x), float(y))) for x, y in shapes[i]])
            if hot:
                p.setPen(QPen(HIGHLIGHT, 6.0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                if outline is None:
                    p.drawRect(r.adjusted(-3, -3, 3, 3))
                else:
                    p.drawPolygon(outline)
            p.setPen(QPen(col, 2.5 if hot else 1.5, Qt.PenStyle.DashLine))
            fill = QColor(col)
            fill.setAlpha(45 if hot else 0)
            p.setBrush(fill)
            if outline is None:
                p.drawRect(r)
            else:
                p.drawPolygon(outline)
            text = "pred " + class_text(c, names) + ("" if math.isnan(conf) else f" {conf:.2f}")
            tw, th = fm.horizontalAdvance(text) + 6, fm.height() + 1
            bg = free_spot(QRectF(r.right() - tw, r.bottom(), tw, th), placed)  # below the right end: labels
            placed.append(bg)  # sit top-left
            p.setPen(Qt.PenStyle.NoPen)
            back = QColor(20, 20, 24, 200)
            p.setBrush(back)
            p.drawRect(bg)
            p.setPen(HIGHLIGHT if hot else col.lighter(130))
            p.drawText(bg.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
