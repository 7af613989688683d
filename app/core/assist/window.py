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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import cv2
import numpy as np

if TYPE_CHECKING:
    from app.core.assist.request import Box, Point


def as_bgr8(img: np.ndarray) -> np.ndarray:
    """BGR uint8 of a gray or BGR, 8- or 16-bit array (16-bit stretched over its own 0.5..99.5 %)."""
    if img.dtype != np.uint8:
        lo, hi = np.percentile(img[:: max(1, img.shape[0] // 256), :: max(1, img.shape[1] // 256)], (0.5, 99.5))
        if hi <= lo:
            hi = lo + 1
        img = cv2.convertScaleAbs(img.astype(np.float32), alpha=255.0 / (hi - lo), beta=-lo * 255.0 / (hi - lo))
    if img.ndim == 2:
        return cast(np.ndarray, cv2.cvtColor(img, cv2.COLOR_GRAY2BGR))
    return img


@dataclass
class Window:
    x0: int  # the crop in image pixels: [x0, x1) x [y0, y1)
    y0: int
    x1: int
    y1: int
    scale_x: float  # small = full resized by (scale_x, scale_y)
    scale_y: float
    full: np.ndarray  # native depth and channels (a view)
    small: np.ndarray  # BGR uint8, reduced
    mid: np.ndarray | None = field(default=None, repr=False)  # the last halving before `small` (native)
    _texture: np.ndarray | None = field(default=None, repr=False)

    @property
    def scale(self) -> float:
        return min(self.scale_x, self.scale_y)

    @classmethod
    def around(
        cls, image: np.ndarray, box: Box, margin: float = 0.4, max_area: int = 16000, min_margin: int = 4
    ) -> Window:
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
        """The crop [x0, x1) x [y0, y1) reduced to at most max_area pixels: halved (OpenCV's fast
        INTER_AREA path for a factor of 2) while that stays above the target, then resized once
        more (INTER_AREA) on the small copy. The crop is first widened by up to a few pixels so
        its sides divide evenly (exact pixel mapping)."""
        h, w = image.shape[:2]
        area = (x1 - x0) * (y1 - y0)
        target = min(1.0, math.sqrt(max_area / area)) if area else 1.0
        if target >= 1.0:
            full = image[y0:y1, x0:x1]
            return cls(x0, y0, x1, y1, 1.0, 1.0, full, as_bgr8(full), full)
        halvings = max(0, int(math.floor(math.log2(1.0 / target))))
        f = 1 << halvings
        x0, x1 = _widen(x0, x1, w, f)
        y0, y1 = _widen(y0, y1, h, f)
        full = image[y0:y1, x0:x1]
        # where the image is too small to widen into, the last (< f) rows / columns are left out of
        # the reduced copy; they are in `full`, where the border is decided at full resolution
        lvl = full[: full.shape[0] - full.shape[0] % f, : full.shape[1] - full.shape[1] % f]
        for _ in range(halvings):
            lvl = cv2.resize(lvl, (lvl.shape[1] // 2, lvl.shape[0] // 2), interpolation=cv2.INTER_AREA)
        sw = max(1, round(lvl.shape[1] * f * target))
        sh = max(1, round(lvl.shape[0] * f * target))
        small = (
            lvl if (sw, sh) == (lvl.shape[1], lvl.shape[0]) else cv2.resize(lvl, (sw, sh), interpolation=cv2.INTER_AREA)
        )
        return cls(x0, y0, x1, y1, sw / (lvl.shape[1] * f), sh / (lvl.shape[0] * f), full, as_bgr8(small), lvl)

    def texture(self) -> np.ndarray:
        """uint8 on the reduced crop: how much the gray level varies around each pixel (its standard
        deviation over the 3 x 3 neighbours at twice the reduced resolution, averaged over the pixels
        each reduced one stands for), x 4, saturated at 255. Flat objects are dark on a textured
        background and the other way round: what colours alone cannot tell once averaged."""
        if self._texture is not None:
            return self._texture
        src = self.mid if self.mid is not None else self.full
        g = cv2.cvtColor(as_bgr8(src), cv2.COLOR_BGR2GRAY).astype(np.float32)
        m = cv2.blur(g, (3, 3))
        sq = cv2.blur(g * g, (3, 3))
        size = (self.small.shape[1], self.small.shape[0])
        if size != (g.shape[1], g.shape[0]):
            m = cv2.resize(m, size, interpolation=cv2.INTER_AREA)
            sq = cv2.resize(sq, size, interpolation=cv2.INTER_AREA)
        self._texture = np.clip(np.sqrt(np.maximum(sq - m * m, 0)) * 4.0, 0, 255).astype(np.uint8)
        return self._texture

    @property
    def size(self) -> tuple[int, int]:
        return self.x1 - self.x0, self.y1 - self.y0

    def to_small(self, box: Box) -> tuple[float, float, float, float]:
        x1, y1, x2, y2 = box
        sx, sy = self.scale_x, self.scale_y
        return (x1 - self.x0) * sx, (y1 - self.y0) * sy, (x2 - self.x0) * sx, (y2 - self.y0) * sy

    def point_to_small(self, point: Point) -> tuple[float, float]:
        return (point[0] - self.x0) * self.scale_x, (point[1] - self.y0) * self.scale_y

    def to_image(self, box: Box) -> tuple[float, float, float, float]:
        x1, y1, x2, y2 = box
        sx, sy = self.scale_x, self.scale_y
        return x1 / sx + self.x0, y1 / sy + self.y0, x2 / sx + self.x0, y2 / sy + self.y0

    def touches(self, image_shape: tuple[int, ...], box_small: Box, pad: float = 1.0) -> bool:
        """True when a small-crop box reaches a side of the window that is not a side of the image
        (the object may go on beyond the window)."""
        h, w = image_shape[:2]
        sw, sh = self.small.shape[1], self.small.shape[0]
        x1, y1, x2, y2 = box_small
        return (
            (x1 <= pad and self.x0 > 0)
            or (y1 <= pad and self.y0 > 0)
            or (x2 >= sw - pad and self.x1 < w)
            or (y2 >= sh - pad and self.y1 < h)
        )


def _widen(a: int, b: int, limit: int, f: int) -> tuple[int, int]:
    """[a, b) grown (right first, then left, inside [0, limit)) to a length divisible by f."""
    extra = (-(b - a)) % f
    right = min(extra, limit - b)
    left = min(extra - right, a)
    return a - left, b + right
