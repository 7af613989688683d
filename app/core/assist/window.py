"""The search window around a request and its reduced copy: every method works on a crop whose
long side is a few hundred pixels at most, so a snap costs about the same on a 12 MP photo as on
a 1 MP one; only the object's border is looked at again at full resolution.

    win = Window.around(image, (x1, y1, x2, y2), margin=0.4, max_area=16000)
    win.small           # BGR uint8 crop, reduced by win.scale (<= 1)
    win.full            # the crop at full resolution (a view of the image, native depth)
    win.to_small(box)   # image pixels -> small-crop pixels, and back with win.to_image(...)
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np


def as_bgr8(img: np.ndarray) -> np.ndarray:
    """BGR uint8 of a gray or BGR, 8- or 16-bit array (16-bit stretched over its own 0.5..99.5 %)."""
    if img.dtype != np.uint8:
        lo, hi = np.percentile(img[:: max(1, img.shape[0] // 256), :: max(1, img.shape[1] // 256)], (0.5, 99.5))
        if hi <= lo:
            hi = lo + 1
        img = cv2.convertScaleAbs(img.astype(np.float32), alpha=255.0 / (hi - lo), beta=-lo * 255.0 / (hi - lo))
    if img.ndim == 2:
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    return img


@dataclass
class Window:
    x0: int                 # the crop in image pixels: [x0, x1) x [y0, y1)
    y0: int
    x1: int
    y1: int
    scale: float            # small = full resized by scale
    full: np.ndarray        # native depth and channels (a view)
    small: np.ndarray       # BGR uint8, reduced

    @classmethod
    def around(cls, image: np.ndarray, box, margin: float = 0.4, max_area: int = 16000,
               min_margin: int = 4) -> Window:
        """The crop of `image` around box (x1, y1, x2, y2) grown by `margin` x its size on every
        side (at least min_margin pixels), clipped to the image, reduced to at most max_area pixels."""
        h, w = image.shape[:2]
        bx1, by1, bx2, by2 = box
        mx = max(min_margin, margin * (bx2 - bx1))
        my = max(min_margin, margin * (by2 - by1))
        x0, y0 = max(0, int(math.floor(bx1 - mx))), max(0, int(math.floor(by1 - my)))
        x1, y1 = min(w, int(math.ceil(bx2 + mx))), min(h, int(math.ceil(by2 + my)))
        return cls.of(image, x0, y0, x1, y1, max_area)

    @classmethod
    def of(cls, image: np.ndarray, x0: int, y0: int, x1: int, y1: int, max_area: int = 16000) -> Window:
        full = image[y0:y1, x0:x1]
        area = full.shape[0] * full.shape[1]
        scale = min(1.0, math.sqrt(max_area / area)) if area else 1.0
        if scale < 1.0:
            sw, sh = max(1, round(full.shape[1] * scale)), max(1, round(full.shape[0] * scale))
            small = cv2.resize(full, (sw, sh), interpolation=cv2.INTER_AREA)
            scale = sw / full.shape[1]
        else:
            small = full
        return cls(x0, y0, x1, y1, scale, full, as_bgr8(small))

    @property
    def size(self) -> tuple[int, int]:
        return self.x1 - self.x0, self.y1 - self.y0

    def to_small(self, box) -> tuple[float, float, float, float]:
        x1, y1, x2, y2 = box
        s = self.scale
        return (x1 - self.x0) * s, (y1 - self.y0) * s, (x2 - self.x0) * s, (y2 - self.y0) * s

    def point_to_small(self, point) -> tuple[float, float]:
        return (point[0] - self.x0) * self.scale, (point[1] - self.y0) * self.scale

    def to_image(self, box) -> tuple[float, float, float, float]:
        x1, y1, x2, y2 = box
        s = self.scale
        return x1 / s + self.x0, y1 / s + self.y0, x2 / s + self.x0, y2 / s + self.y0

    def touches(self, image_shape, box_small, pad: float = 1.0) -> bool:
        """True when a small-crop box reaches a side of the window that is not a side of the image
        (the object may go on beyond the window)."""
        h, w = image_shape[:2]
        sw, sh = self.small.shape[1], self.small.shape[0]
        x1, y1, x2, y2 = box_small
        return ((x1 <= pad and self.x0 > 0) or (y1 <= pad and self.y0 > 0)
                or (x2 >= sw - pad and self.x1 < w) or (y2 >= sh - pad and self.y1 < h))
