"""The ShapeCanvas's drawing: polygons and rotated boxes filled translucent in their class colour
with an outline (dashed for an unknown class) and a class tag; the selected shape on top with its
vertices (a polygon) or its handles and rotation knob (a rotated box) as handles; the polygon
being drawn; the model's predictions underneath (widgets.canvas.prediction_layer, dashed).

Fast while dragging: everything that does not change during a drag (the image, the
predictions, every shape but the selected or dragged ones, their tags) is drawn once into a
backdrop the size of the view and reused until the shapes, the selection, the view or a filter
changes; each outline is a QPainterPath in image coordinates cached per point array (arrays are
immutable: an edit makes new arrays for the edited shapes only). A frame of a drag copies the
backdrop and draws the one shape that moves (ShapeCanvas.paintEvent).
"""

from __future__ import annotations

import math

import numpy as np
from PyQt6.QtCore import QPointF, QRectF, Qt
from PyQt6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from widgets.canvas.shapes_model import OBB, obb_handle_points, rotate_handle
from widgets.palette import class_color

HANDLE_PX = 7  # handle size on screen
ROTATE_PX = 24  # the rotation knob's distance from a rotated box's first side, on screen
MAX_PATHS = 4096  # outline cache size (entries); cleared past it


def polygon_path(pts) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in np.asarray(pts)]))
    path.closeSubpath()
    return path


class ShapePainter:
    """Draws a ShapeCanvas's overlay when its document holds Shapes."""

    def __init__(self, canvas) -> None:
        self.canvas = canvas  # a widgets.canvas.shape_canvas.ShapeCanvas
        self.cache_layer = True  # False: draw everything every frame (the benchmark's baseline)
        self._paths: dict[int, tuple[np.ndarray, QPainterPath]] = {}
        self._layer: QImage | None = None
        self._layer_key: tuple | None = None
        self._layer_refs: tuple = ()
        self.layer_renders = 0  # how many times the static layer was drawn (tests read it)

    def path(self, pts: np.ndarray) -> QPainterPath:
        got = self._paths.get(id(pts))
        if got is not None and got[0] is pts:
            return got[1]
        if len(self._paths) > MAX_PATHS:
            self._paths.clear()
        path = polygon_path(pts)
        self._paths[id(pts)] = (pts, path)
        return path

    # ----- the frame -----
    def paint(self, p: QPainter) -> None:
        cv = self.canvas
        if cv.image() is None:
            return
        p.resetTransform()
        shapes, vis = cv.boxes, cv.visible()
        on_top = [i for i in cv.selected if 0 <= i < len(shapes) and vis[i]]
        on_top += [i for i in cv.live_pts if i not in on_top]
        static = [i for i in range(len(shapes)) if vis[i] and i not in set(on_top)]
        if cv.backdrop_pass:  # drawing the backdrop: the image is under p already
            self._draw_static(p, static)
            return
        if not cv.on_backdrop:  # else the backdrop holds them (ShapeCanvas.paintEvent)
            self._draw_static(p, static)
        font = self._font()
        p.setFont(font)
        for i in on_top:
            pts = cv.live_pts.get(i, shapes.pts[i])
            self._draw_shape(p, i, pts, True)
        for i in on_top:
            self._draw_tag(p, QFontMetricsF(font), i, cv.live_pts.get(i, shapes.pts[i]))
        if len(cv.selected) == 1 and on_top and on_top[0] == cv.selected[0]:
            i = on_top[0]
            self._draw_handles(p, i, cv.live_pts.get(i, shapes.pts[i]))
        self._draw_new_polygon(p)
        if cv.new_box is not None:  # a rectangle drawn with W (becomes a shape of the file's kind)
            p.setPen(QPen(class_color(cv.default_class), 2.0, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(cv.box_rect(cv.new_box))
        if (cv.draw_mode or cv.poly_draw or cv.new_box is not None) and cv.cursor_img is not None:
            cv.painter._draw_crosshair(p)  # the box canvas' crosshair and new-class tag, as for boxes
            cv.painter._draw_cursor_tag(p, QFontMetricsF(font))

    def _font(self) -> QFont:
        font = QFont(self.canvas.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.95))
        font.setBold(True)
        return font

    def backdrop(self, build: bool = True) -> QImage | None:
        """The view as it is under the selected or dragged shapes: background, image, predictions
        and every other shape with its tag, drawn again only when one of those changes (build;
        else None when it is out of date: never from inside a paint event)."""
        cv = self.canvas
        shapes, vis = cv.boxes, cv.visible()
        on_top = [i for i in cv.selected if 0 <= i < len(shapes) and vis[i]]
        on_top += [i for i in cv.live_pts if i not in on_top]
        static = [i for i in range(len(shapes)) if vis[i] and i not in set(on_top)]
        return self._static_layer(static, on_top, build)

    def _static_layer(self, static: list[int], on_top: list[int], build: bool = True) -> QImage | None:
        cv = self.canvas
        preds = cv.predictions
        t = cv.transform()
        key = (
            id(cv.boxes),
            tuple(static),
            tuple(on_top),
            (t.m11(), t.m22(), t.dx(), t.dy()),
            (cv.width(), cv.height(), cv.devicePixelRatioF()),
            tuple(sorted(cv.hidden_classes)),
            cv.min_conf,
            tuple(cv.class_names),
            id(preds.boxes),
            preds.visible,
            preds.highlight,
            id(cv.image()),
            cv.background.rgba(),
        )
        if self._layer is not None and key == self._layer_key:
            return self._layer
        if not build:
            return None
        dpr = cv.devicePixelRatioF()
        img = QImage(
            max(1, round(cv.width() * dpr)), max(1, round(cv.height() * dpr)), QImage.Format.Format_ARGB32_Premultiplied
        )
        img.setDevicePixelRatio(dpr)
        cv.backdrop_pass = True
        try:
            cv.render(img)  # ImageView's paintEvent into img, then paint() draws the static part
        finally:
            cv.backdrop_pass = False
        self._layer, self._layer_key = img, key
        self._layer_refs = (cv.boxes, preds.boxes, cv.image())  # the ids in the key stay theirs
        self.layer_renders += 1
        return img

    def _draw_static(self, p: QPainter, static: list[int]) -> None:
        cv = self.canvas
        cv.predictions.paint(p, cv, cv.class_names, cv.min_conf, cv.hidden_classes)
        font = self._font()
        p.setFont(font)
        fm = QFontMetricsF(font)
        for i in static:
            self._draw_shape(p, i, cv.boxes.pts[i], False)
        for i in static:
            self._draw_tag(p, fm, i, cv.boxes.pts[i])

    # ----- pieces -----
    def _draw_shape(self, p: QPainter, i: int, pts, selected: bool) -> None:
        cv = self.canvas
        c = int(cv.boxes.cls[i])
        col = class_color(c)
        pen = QPen(col, 3.0 if selected else 2.0)
        pen.setCosmetic(True)
        if cv.class_names and c >= len(cv.class_names):
            pen.setStyle(Qt.PenStyle.DashLine)
        fill = QColor(col)
        fill.setAlpha(70 if selected else 40)
        p.save()
        p.setTransform(cv.transform())
        p.setPen(pen)
        p.setBrush(QBrush(fill))
        p.drawPath(self.path(pts) if pts is cv.boxes.pts[i] else polygon_path(pts))
        p.restore()

    def _tag_text(self, i: int) -> str:
        cv = self.canvas
        conf = float(cv.boxes.conf[i])
        return cv.class_name(cv.boxes.cls[i]) + ("" if math.isnan(conf) else f" {conf:.2f}")

    def _draw_tag(self, p: QPainter, fm: QFontMetricsF, i: int, pts) -> None:
        cv = self.canvas
        a = np.asarray(pts)
        top = cv.image_to_widget(QPointF(float(a[:, 0].min()), float(a[:, 1].min())))
        text = self._tag_text(i)
        th = fm.height() + 2
        r = QRectF(top.x() - 1, top.y() - th, fm.horizontalAdvance(text) + 8, th)
        if r.top() < 0:
            r.moveTop(top.y())
        col = class_color(int(cv.boxes.cls[i]))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(col)
        p.drawRect(r)
        luma = 0.299 * col.red() + 0.587 * col.green() + 0.114 * col.blue()
        p.setPen(QColor(0, 0, 0) if luma > 150 else QColor(255, 255, 255))
        p.drawText(r.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _square(self, p: QPainter, x: float, y: float, size: float = HANDLE_PX) -> None:
        c = self.canvas.image_to_widget(QPointF(float(x), float(y)))
        p.drawRect(QRectF(c.x() - size / 2, c.y() - size / 2, size, size))

    def _draw_handles(self, p: QPainter, i: int, pts) -> None:
        cv = self.canvas
        col = class_color(int(cv.boxes.cls[i]))
        p.setPen(QPen(col, 1.5))
        p.setBrush(QColor(255, 255, 255))
        if cv.boxes.kinds[i] == OBB:
            for x, y in obb_handle_points(pts).values():
                self._square(p, x, y)
            hx, hy = rotate_handle(pts, ROTATE_PX / max(cv.zoom, 1e-6))
            a = np.asarray(pts)
            mid = (a[0] + a[1]) / 2
            p.drawLine(cv.image_to_widget(QPointF(*mid)), cv.image_to_widget(QPointF(hx, hy)))
            c = cv.image_to_widget(QPointF(hx, hy))
            p.drawEllipse(c, HANDLE_PX * 0.7, HANDLE_PX * 0.7)
            return
        for k, (x, y) in enumerate(np.asarray(pts)):
            if k == cv.vertex:
                continue
            self._square(p, x, y)
        if cv.vertex is not None and 0 <= cv.vertex < len(pts):
            p.setBrush(col)
            p.setPen(QPen(QColor(255, 255, 255), 1.5))
            vx, vy = np.asarray(pts)[cv.vertex]
            self._square(p, vx, vy, size=HANDLE_PX + 3)

    def _draw_new_polygon(self, p: QPainter) -> None:
        cv = self.canvas
        if not cv.poly_draw or not cv.poly_pts:
            return
        pts = [cv.image_to_widget(QPointF(x, y)) for x, y in cv.poly_pts]
        if cv.cursor_img is not None:
            pts.append(cv.image_to_widget(cv.cursor_img))
        p.setPen(QPen(class_color(cv.default_class), 2.0, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline(QPolygonF(pts))
        p.setPen(QPen(class_color(cv.default_class), 1.5))
        p.setBrush(QColor(255, 255, 255))
        for x, y in cv.poly_pts:
            self._square(p, x, y)
