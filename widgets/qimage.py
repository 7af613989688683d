"""numpy <-> QImage without copies; the QImage keeps a reference to its buffer (no GC'd pixels)."""

from __future__ import annotations

import numpy as np
from PyQt6.QtGui import QImage


def to_display_array(img: np.ndarray) -> np.ndarray:
    """Any gray/BGR/BGRA array (uint8, uint16, float) -> a contiguous uint8 array Qt can show."""
    if img.dtype == np.uint16:
        img = (img >> 8).astype(np.uint8)
    elif img.dtype == bool:
        img = img.astype(np.uint8) * 255
    elif img.dtype != np.uint8:
        f = img.astype(np.float32)
        lo, hi = float(np.nanmin(f)), float(np.nanmax(f))
        img = np.zeros(f.shape, np.uint8) if hi <= lo else ((f - lo) * (255.0 / (hi - lo))).astype(np.uint8)
    if img.ndim == 3 and img.shape[2] == 1:
        img = img[:, :, 0]
    return np.ascontiguousarray(img)


def qimage_from_array(img: np.ndarray) -> QImage:
    """Wrap a gray (HxW) / BGR (HxWx3) / BGRA (HxWx4) uint8 array as a QImage sharing its memory."""
    arr = to_display_array(img)
    h, w = arr.shape[:2]
    if arr.ndim == 2:
        fmt = QImage.Format.Format_Grayscale8
    elif arr.shape[2] == 3:
        fmt = QImage.Format.Format_BGR888
    elif arr.shape[2] == 4:
        fmt = QImage.Format.Format_ARGB32  # BGRA bytes on little-endian
    else:
        raise ValueError(f"cannot display an array of shape {arr.shape}")
    q = QImage(arr.data, w, h, arr.strides[0], fmt)  # type: ignore[call-overload]  # a buffer: sip.voidptr accepts it
    q._keepalive = arr  # the QImage does not own the buffer: keep the array alive with it
    return q
