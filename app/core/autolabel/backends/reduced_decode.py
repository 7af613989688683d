"""Reduced-size JPEG decoding for the auto-label engine (libjpeg-turbo's 1/2 and 1/4 scaled IDCT).

A 1920x1080 JPEG letterboxed to 640 is resized by 1/3 anyway; libjpeg-turbo can decode it at
1/2 (960x540) directly, skipping part of the IDCT and colour conversion, and the letterbox then
resizes the smaller image. The pixels differ from full decoding + resize, so the engine uses this
only when the precision check (app.core.autolabel.backends.precision) passes with it. A scale is used only
when the reduced image is still at least the letterbox's unpadded size (never upsampled); JPEGs
the fast path does not handle (CMYK, odd Exif, ...) and every other format decode in full.
The boxes are scaled back to the image's full (EXIF-oriented) size, as for a full decode.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from app.core.autolabel.engine.stages import Preprocessor, letterbox

SCALES = (2, 4)


def usable_scale(h: int, w: int, new_shape: tuple[int, int], scale: int) -> int:
    """The largest of 1 and the SCALES up to `scale` at which an h x w image still covers the
    letterbox's unpadded size for `new_shape` (so the letterbox only ever shrinks it)."""
    r = min(new_shape[0] / h, new_shape[1] / w)
    best = 1
    for s in SCALES:
        if s <= scale and h / s >= h * r and w / s >= w * r:
            best = s
    return best


class ReducedPreprocessor(Preprocessor):
    """Preprocessor decoding JPEGs at up to 1/scale where the image is large enough."""

    def __init__(self, imgsz: int | tuple[int, int] | list[int], stride: int, auto: bool, scale: int = 2) -> None:
        super().__init__(imgsz, stride, auto)
        self.scale = int(scale)
        self.key = (*self.key, f"jpeg1/{self.scale}")

    def decode(self, path: str) -> tuple[npt.NDArray[Any] | None, tuple[int, int], str | None]:
        try:
            out = self._reduced(path)
        except Exception:
            out = None
        return out if out is not None else super().decode(path)

    def _reduced(self, path: str) -> tuple[npt.NDArray[Any], tuple[int, int], None] | None:
        from app.core.io import images as imaging
        from app.core.io import jpeg_fast
        from app.core.io.regular import read_regular_bytes

        if (
            jpeg_fast.simplejpeg is None  # type: ignore[attr-defined]  # an optional import, not re-exported
            or not str(path).lower().endswith((".jpg", ".jpeg"))
        ):
            return None
        data = read_regular_bytes(path, what="image file")
        hdr = jpeg_fast.header(data)
        if hdr is None or hdr[0] * hdr[1] > imaging.DEFAULT_MAX_PIXELS:
            return None
        orientation = jpeg_fast.exif_orientation_from_bytes(memoryview(data))
        if orientation is None:
            return None
        h, w = (hdr[1], hdr[0]) if orientation in (5, 6, 7, 8) else (hdr[0], hdr[1])  # oriented size
        s = usable_scale(h, w, self.new_shape, self.scale)
        if s == 1:
            return None
        sh, sw = -(-hdr[0] // s), -(-hdr[1] // s)  # libjpeg's scaled size (rounded up)
        img = jpeg_fast.simplejpeg.decode_jpeg(  # type: ignore[attr-defined]  # not re-exported (see above)
            data, "BGR", min_factor=s, min_height=sh, min_width=sw
        )
        if img.shape[:2] != (sh, sw):
            return None
        if orientation != 1:
            img = imaging.apply_orientation(img, orientation)
        img = np.ascontiguousarray(img)
        return letterbox(img, self.new_shape, self.auto, self.stride), (h, w), None


def make_preprocessor(
    imgsz: int | tuple[int, int] | list[int], stride: int, auto: bool, scale: int = 1
) -> Preprocessor:
    return ReducedPreprocessor(imgsz, stride, auto, scale) if scale > 1 else Preprocessor(imgsz, stride, auto)
