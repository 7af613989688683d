"""Image views fed with frames prepared off the GUI thread, and a before/after split view.

* `prepare_frame(img, full_size)` (any thread): wraps an array and its display pyramid as
  QImages. QImage, unlike QPixmap, may be built in a worker, so a 12-megapixel result reaches
  the GUI thread ready to paint and `set_frame` costs microseconds.
* A frame may be a *preview* (computed on a downscaled copy): it is drawn stretched over the
  full-size image coordinates, so zoom, pan and linked views do not jump when the full-resolution
  frame replaces it.
* `FrameView(ImageView)`: shows one frame, with a caption; emits `framePainted(tag)` after a
  paint that showed the frame tagged `tag` (latency measurements).
* `SplitView(FrameView)`: frame A left of a draggable vertical divider, frame B right of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PyQt6.QtCore import QPointF, QRectF, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QImage, QPainter, QPen

from widgets.image_view import ImageView
from widgets.qimage import qimage_from_array, to_display_array

PYRAMID_STOP = 1024  # build half-size levels until the longest side is at most this


@dataclass
class Frame:
    array: np.ndarray  # the data shown (pixel readout); may be a preview
    full_size: tuple[int, int]  # (w, h) of the image coordinates it stands for
    levels: list[QImage] = field(default_factory=list)  # display pyramid, largest first
    tag: Any = None  # caller's identifier (e.g. a request generation)

    @property
    def scale(self) -> float:
        """Array pixels per image pixel (1.0 = full resolution)."""
        return self.array.shape[1] / max(1, self.full_size[0])


def prepare_frame(img: np.ndarray, full_size: tuple[int, int] | None = None, tag: Any = None) -> Frame:
    """Build a Frame (display conversion + pyramid). Safe to call in a worker thread."""
    disp = to_display_array(img)
    levels = [qimage_from_array(disp)]
    level = disp
    while max(level.shape[:2]) > PYRAMID_STOP:
        level = cv2.resize(
            level, (max(1, level.shape[1] // 2), max(1, level.shape[0] // 2)), interpolation=cv2.INTER_AREA
        )
        levels.append(qimage_from_array(level))
    if full_size is None:
        full_size = (img.shape[1], img.shape[0])
    return Frame(img, (int(full_size[0]), int(full_size[1])), levels, tag)


class FrameView(ImageView):
    """An ImageView showing prepared frames; see the module docstring."""

    framePainted = pyqtSignal(object)  # tag of the frame that was just painted

    def __init__(self, parent=None):
        super().__init__(parent)
        self._frame: Frame | None = None
        self.caption = ""

    # ----- content -----
    def set_frame(self, frame: Frame | None, keep_view: bool = True) -> None:
        old = self.image_size() if self._frame is not None else None
        self._frame = frame
        self._array = None if frame is None else frame.array
        self._levels = [] if frame is None else frame.levels
        if frame is not None and (self._fit_mode or not keep_view or old != frame.full_size):
            self.fit()
        self.update()

    def set_image(self, img: np.ndarray | None, keep_view: bool = False) -> None:
        self.set_frame(None if img is None else prepare_frame(img), keep_view=keep_view)

    def frame(self) -> Frame | None:
        return self._frame

    def image_size(self) -> tuple[int, int]:
        return (0, 0) if self._frame is None else self._frame.full_size

    def pixel_at(self, x: int, y: int):
        f = self._frame
        if f is None or not (0 <= x < f.full_size[0] and 0 <= y < f.full_size[1]):
            return None
        s = f.scale
        return super().pixel_at(min(int(x * s), f.array.shape[1] - 1), min(int(y * s), f.array.shape[0] - 1))

    # ----- painting -----
    def _level_for(self, frame: Frame) -> tuple[QImage, float]:
        """Smallest pyramid level with at least one pixel per screen pixel; (image, level px per image px)."""
        need = self._zoom * self.devicePixelRatioF()
        w = max(1, frame.full_size[0])
        best = frame.levels[0]
        for q in frame.levels[1:]:
            if q.width() / w >= need * 0.9999:
                best = q
        return best, best.width() / w

    def _draw_frame(self, p: QPainter, frame: Frame) -> None:
        w, h = frame.full_size
        tl = self.widget_to_image(QPointF(0, 0))
        br = self.widget_to_image(QPointF(self.width(), self.height()))
        vis = QRectF(tl, br).intersected(QRectF(0, 0, w, h))
        if not vis.isValid() or vis.isEmpty() or not frame.levels:
            return
        src, s = self._level_for(frame)
        z = self._zoom
        if abs(z / s - 1.0) < 0.01:
            # the level matches the zoom (a preview computed at display resolution): an unscaled
            # blit, several times cheaper than a transformed draw
            sx0, sy0 = max(0, math.floor(vis.left() * s)), max(0, math.floor(vis.top() * s))
            sx1, sy1 = min(src.width(), math.ceil(vis.right() * s)), min(src.height(), math.ceil(vis.bottom() * s))
            topleft = self.image_to_widget(QPointF(sx0 / s, sy0 / s))
            p.drawImage(QPointF(round(topleft.x()), round(topleft.y())), src, QRectF(sx0, sy0, sx1 - sx0, sy1 - sy0))
            return
        x0: float
        y0: float
        x1: float
        y1: float
        if s >= 1.0:  # full-resolution level: snap to whole pixels (crisp nearest-neighbour zoom)
            x0, y0 = math.floor(vis.left()), math.floor(vis.top())
            x1, y1 = math.ceil(vis.right()), math.ceil(vis.bottom())
        else:
            x0, y0, x1, y1 = vis.left(), vis.top(), vis.right(), vis.bottom()
        target = QRectF(self.image_to_widget(QPointF(x0, y0)), self.image_to_widget(QPointF(x1, y1)))
        source = QRectF(x0 * s, y0 * s, (x1 - x0) * s, (y1 - y0) * s)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self._zoom * self.devicePixelRatioF() < s)
        p.drawImage(target, src, source)

    def _draw_caption(self, p: QPainter, text: str, right: bool = False) -> None:
        if not text:
            return
        fm = p.fontMetrics()
        tw, th = fm.horizontalAdvance(text) + 12, fm.height() + 6
        x = self.width() - tw - 6 if right else 6
        r = QRectF(x, 6, tw, th)
        p.fillRect(r, QColor(20, 21, 24, 190))
        p.setPen(QColor(225, 228, 232))
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.background)
        f = self._frame
        if f is None:
            p.setPen(QColor(150, 150, 150))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            p.end()
            return
        self._draw_frame(p, f)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setTransform(self.transform())
        self.paint_overlay(p)
        p.restore()
        self._draw_caption(p, self.caption)
        p.end()
        self.framePainted.emit(f.tag)


class SplitView(FrameView):
    """Frame A (e.g. the original) left of a draggable divider, frame B (the result) right of it."""

    dividerMoved = pyqtSignal(float)  # fraction of the width, 0..1

    GRAB = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self._frame_a: Frame | None = None
        self.divider = 0.5
        self._dragging_divider = False
        self.caption_a, self.caption_b = "Original", "Result"

    def set_frame_a(self, a: Frame | None) -> None:
        self._frame_a = a
        if self._frame is None:
            self.set_frame(a)
        self.update()

    def set_divider(self, fraction: float) -> None:
        self.divider = min(1.0, max(0.0, float(fraction)))
        self.dividerMoved.emit(self.divider)
        self.update()

    def _divider_x(self) -> float:
        return self.divider * self.width()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.background)
        a, b = self._frame_a, self._frame
        if b is None and a is None:
            p.setPen(QColor(150, 150, 150))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            p.end()
            return
        x = self._divider_x()
        if a is not None:
            p.save()
            p.setClipRect(QRectF(0, 0, x, self.height()))
            self._draw_frame(p, a)
            p.restore()
        if b is not None:
            p.save()
            p.setClipRect(QRectF(x, 0, self.width() - x, self.height()))
            self._draw_frame(p, b)
            p.restore()
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setTransform(self.transform())
        self.paint_overlay(p)
        p.restore()
        # divider with a grip
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(255, 255, 255, 220), 2))
        p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        cy = self.height() / 2
        p.setBrush(QColor(61, 142, 232))
        p.setPen(QPen(QColor(255, 255, 255), 1.5))
        p.drawEllipse(QPointF(x, cy), 11, 11)
        p.setPen(QPen(QColor(255, 255, 255), 2))
        for d in (-1, 1):
            p.drawLine(QPointF(x + d * 3, cy - 4), QPointF(x + d * 7, cy))
            p.drawLine(QPointF(x + d * 7, cy), QPointF(x + d * 3, cy + 4))
        self._draw_caption(p, self.caption_a)
        self._draw_caption(p, self.caption_b, right=True)
        p.end()
        self.framePainted.emit(None if b is None else b.tag)

    def pixel_at(self, x: int, y: int):
        # the side under the cursor answers: convert the image x back to the widget x
        wx = self.image_to_widget(QPointF(x + 0.5, y + 0.5)).x()
        if wx < self._divider_x() and self._frame_a is not None:
            keep, self._frame = self._frame, self._frame_a
            try:
                return super().pixel_at(x, y)
            finally:
                self._frame = keep
        return super().pixel_at(x, y)

    def _near_divider(self, pos: QPointF) -> bool:
        return abs(pos.x() - self._divider_x()) <= self.GRAB + 5

    def mousePressEvent(self, e) -> None:
        if e.button() == Qt.MouseButton.LeftButton and self._near_divider(e.position()):
            self._dragging_divider = True
            e.accept()
            return
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e) -> None:
        if self._dragging_divider:
            self.set_divider(e.position().x() / max(1, self.width()))
            e.accept()
            return
        if self._drag_from is None:
            if self._near_divider(e.position()):
                self.setCursor(Qt.CursorShape.SplitHCursor)
            else:
                self.unsetCursor()
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e) -> None:
        if self._dragging_divider:
            self._dragging_divider = False
            e.accept()
            return
        super().mouseReleaseEvent(e)

    def mouseDoubleClickEvent(self, e) -> None:
        if self._near_divider(e.position()):
            self.set_divider(0.5)
        else:
            super().mouseDoubleClickEvent(e)
