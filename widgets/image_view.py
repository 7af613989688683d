"""Zoomable, pannable image view with a pixel readout and lockable zoom/pan between views.

Drawing is lazy and cheap at any zoom: an image pyramid (1/2, 1/4, ... levels, built once per
image) means a zoomed-out 12-megapixel frame is painted from a level near screen size, and only
the visible part of the chosen level is drawn. Subclasses draw overlays in image coordinates by
overriding paint_overlay().
"""

from __future__ import annotations

import math
from collections.abc import Callable

import cv2
import numpy as np
from PyQt6.QtCore import QKeyCombination, QPointF, QRectF, Qt, pyqtSignal
from PyQt6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QTransform
from PyQt6.QtWidgets import QSizePolicy, QWidget

from widgets.qimage import qimage_from_array, to_display_array

MIN_ZOOM, MAX_ZOOM = 1 / 64, 64.0


class ImageView(QWidget):
    """Shows one image. Wheel zooms around the cursor, drag pans, double-click fits, F fits, 1 = 100 %."""

    viewChanged = pyqtSignal(float, float, float)  # zoom, centre x, centre y (image pixels)
    pixelHovered = pyqtSignal(int, int, object)  # x, y, tuple of channel values (None outside)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(64, 64)
        self._array: np.ndarray | None = None
        self._levels: list[QImage] = []
        self._zoom = 1.0
        self._center = QPointF(0, 0)
        self._fit_mode = True
        self._drag_from: QPointF | None = None
        self._linked: list[ImageView] = []
        self._syncing = False
        self.background = QColor(38, 40, 44)
        self.placeholder = "No image"
        # keyboard commands: QActions (text, shortcuts, triggered) that keyPressEvent dispatches to
        # while the view has the focus; a help table lists them from here (their real bindings)
        self.commands: dict[str, QAction] = {}
        self._command_fns: dict[str, Callable[[QKeySequence | None], object]] = {}
        self.add_command("fit", "Fit the image", ["F"], lambda _k: self.fit())
        self.add_command("zoom_100", "100 %", ["Ctrl+1"], lambda _k: self.zoom_1_to_1())
        self.add_command("zoom_in", "Zoom in", ["+", "="], lambda _k: self.zoom_by(1.25))
        self.add_command("zoom_out", "Zoom out", ["-"], lambda _k: self.zoom_by(0.8))

    # ----- image -----
    def set_image(self, img: np.ndarray | None, keep_view: bool = False) -> None:
        """Show an array (gray, BGR or BGRA; uint8/uint16/float). keep_view keeps zoom and centre
        when the size is unchanged (a processed result replacing the previous one)."""
        old = None if self._array is None else self._array.shape[:2]
        self._array = img
        self._levels = []
        if img is not None:
            disp = to_display_array(img)
            self._levels.append(qimage_from_array(disp))
            level = disp
            while max(level.shape[:2]) > 1024:
                level = cv2.resize(
                    level, (max(1, level.shape[1] // 2), max(1, level.shape[0] // 2)), interpolation=cv2.INTER_AREA
                )
                self._levels.append(qimage_from_array(level))
        if img is None or not (keep_view and old == img.shape[:2]):
            if img is not None and (self._fit_mode or old != img.shape[:2]):
                self.fit()
        self.update()

    def image(self) -> np.ndarray | None:
        return self._array

    def image_size(self) -> tuple[int, int]:
        return (0, 0) if self._array is None else (self._array.shape[1], self._array.shape[0])

    # ----- view geometry -----
    @property
    def zoom(self) -> float:
        return self._zoom

    def center(self) -> QPointF:
        return QPointF(self._center)

    def transform(self) -> QTransform:
        """Image pixel coordinates -> widget coordinates."""
        t = QTransform()
        t.translate(self.width() / 2, self.height() / 2)
        t.scale(self._zoom, self._zoom)
        t.translate(-self._center.x(), -self._center.y())
        return t

    def image_to_widget(self, p: QPointF) -> QPointF:
        return self.transform().map(p)

    def widget_to_image(self, p: QPointF) -> QPointF:
        inv, _ = self.transform().inverted()
        return inv.map(p)

    def fit(self) -> None:
        w, h = self.image_size()
        if w == 0:
            return
        self._fit_mode = True
        z = min(max(1, self.width()) / w, max(1, self.height()) / h)
        self._set_view(z, QPointF(w / 2, h / 2))

    def zoom_1_to_1(self) -> None:
        self._fit_mode = False
        self._set_view(1.0, self._center)

    def set_view(self, zoom: float, cx: float, cy: float) -> None:
        self._fit_mode = False
        self._set_view(zoom, QPointF(cx, cy))

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the image point under `anchor` (widget coords) fixed."""
        if self._array is None:
            return
        self._fit_mode = False
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        before = self.widget_to_image(anchor)
        z = min(MAX_ZOOM, max(MIN_ZOOM, self._zoom * factor))
        # new centre so that `before` stays under `anchor`
        cx = before.x() - (anchor.x() - self.width() / 2) / z
        cy = before.y() - (anchor.y() - self.height() / 2) / z
        self._set_view(z, QPointF(cx, cy))

    def _set_view(self, zoom: float, center: QPointF) -> None:
        self._zoom = float(zoom)
        self._center = QPointF(center)
        self.update()
        if not self._syncing:
            self.viewChanged.emit(self._zoom, self._center.x(), self._center.y())
            for other in self._linked:
                other._follow(self._zoom, self._center)

    def _follow(self, zoom: float, center: QPointF) -> None:
        self._syncing = True
        try:
            self._fit_mode = False
            self._set_view(zoom, center)
        finally:
            self._syncing = False

    # ----- painting -----
    def _pick_level(self) -> tuple[QImage, float]:
        """The smallest pyramid level that still has at least one image pixel per screen pixel."""
        best, scale = self._levels[0], 1.0
        for i, q in enumerate(self._levels[1:], 1):
            s = 1 / 2**i
            if self._zoom * self.devicePixelRatioF() <= s * 1.0001:
                best, scale = q, q.width() / self._levels[0].width()
        return best, scale

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.background)
        if not self._levels:
            p.setPen(QColor(150, 150, 150))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            p.end()
            return
        w, h = self.image_size()
        tl = self.widget_to_image(QPointF(0, 0))
        br = self.widget_to_image(QPointF(self.width(), self.height()))
        vis = QRectF(tl, br).intersected(QRectF(0, 0, w, h))
        if vis.isValid() and not vis.isEmpty():
            # snap to whole source pixels so nearest-neighbour zoom stays pixel-aligned
            x0, y0 = math.floor(vis.left()), math.floor(vis.top())
            x1, y1 = math.ceil(vis.right()), math.ceil(vis.bottom())
            src_img, s = self._pick_level()
            target = QRectF(self.image_to_widget(QPointF(x0, y0)), self.image_to_widget(QPointF(x1, y1)))
            source = QRectF(x0 * s, y0 * s, (x1 - x0) * s, (y1 - y0) * s)
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self._zoom < 1.0)
            p.drawImage(target, src_img, source)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setTransform(self.transform())
        self.paint_overlay(p)
        p.end()

    def paint_overlay(self, painter: QPainter) -> None:
        """Override to draw in image coordinates (the painter's transform is set)."""

    # ----- interaction -----
    def wheelEvent(self, e) -> None:
        steps = e.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.25**steps, e.position())
        e.accept()

    def mousePressEvent(self, e) -> None:
        if e.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self._drag_from = e.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e) -> None:
        if self._drag_from is not None:
            d = e.position() - self._drag_from
            self._drag_from = e.position()
            self._fit_mode = False
            self._set_view(self._zoom, self._center - QPointF(d.x() / self._zoom, d.y() / self._zoom))
        self._emit_pixel(e.position())
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e) -> None:
        self._drag_from = None
        self.unsetCursor()
        super().mouseReleaseEvent(e)

    def mouseDoubleClickEvent(self, e) -> None:
        self.fit()

    # ----- keyboard commands -----
    def add_command(self, name: str, text: str, keys: list[str], fn) -> QAction:
        """Register a command: `fn(key)` runs for any of `keys` (the matched QKeySequence; None
        when the action is triggered from a menu or button) and returns False to let the key
        go on to the parent. The QAction is not added to a widget: the view dispatches the
        keys itself, so no shortcut clashes with the window's."""
        a = QAction(text, self)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.triggered.connect(lambda _=False, fn=fn: fn(None))
        self.commands[name] = a
        self._command_fns[name] = fn
        return a

    def command_for(self, e) -> tuple[str, QKeySequence] | None:
        """The command bound to a key event: exact modifiers first, then ignoring Shift and Alt
        (a `+` typed with Shift is still `+`); Shift+Tab arrives as Backtab."""
        key = e.key()
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Backtab:
            key, mods = Qt.Key.Key_Tab, mods | Qt.KeyboardModifier.ShiftModifier
        loose = mods & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        for m in (mods, loose):
            seq = QKeySequence(QKeyCombination(m, Qt.Key(key)))
            for name, a in self.commands.items():
                if a.isEnabled() and seq in a.shortcuts():
                    return name, seq
        return None

    def keyPressEvent(self, e) -> None:
        hit = self.command_for(e)
        if hit is not None and self._command_fns[hit[0]](hit[1]) is not False:
            e.accept()
            return
        super().keyPressEvent(e)

    def resizeEvent(self, e) -> None:
        if self._fit_mode:
            self.fit()
        super().resizeEvent(e)

    def pixel_at(self, x: int, y: int):
        """Channel values at image pixel (x, y): (v,) for gray, (R, G, B[, A]) for colour; None outside."""
        a = self._array
        if a is None or not (0 <= x < a.shape[1] and 0 <= y < a.shape[0]):
            return None
        v = a[y, x]
        if np.ndim(v) == 0:
            return (v.item(),)
        v = [c.item() for c in v]
        if len(v) >= 3:
            v[0], v[2] = v[2], v[0]  # BGR(A) -> RGB(A)
        return tuple(v)

    def _emit_pixel(self, pos: QPointF) -> None:
        p = self.widget_to_image(pos)
        x, y = math.floor(p.x()), math.floor(p.y())
        self.pixelHovered.emit(x, y, self.pixel_at(x, y))


def format_pixel(x: int, y: int, values) -> str:
    """Status-bar text for a pixel readout."""
    if values is None:
        return ""
    if len(values) == 1:
        return f"x={x} y={y}  value={values[0]}"
    names = "RGBA"[: len(values)]
    return f"x={x} y={y}  " + " ".join(f"{n}={v}" for n, v in zip(names, values))


def link_views(*views: ImageView) -> None:
    """Lock zoom and pan of several views together (each follows the others)."""
    for v in views:
        for other in views:
            if other is not v and other not in v._linked:
                v._linked.append(other)
    if views and views[0].image() is not None:
        views[0]._set_view(views[0].zoom, views[0].center())
