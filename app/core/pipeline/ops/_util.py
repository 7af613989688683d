"""Small cv2 + numpy helpers shared by the op functions.

Only cv2 and numpy may be used here (and in every op function): the pipeline's Python exporter
copies these functions verbatim into a standalone script.
"""

import cv2
import numpy as np


def to_gray(img):
    """Gray HxW of the same depth (BGR -> luminance with OpenCV's weights)."""
    if img.ndim == 2:
        return img
    return cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)


def to_bgr(img):
    """BGR HxWx3 of the same depth."""
    if img.ndim == 3:
        return img
    return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)


def to_uint8(img):
    """uint8 view of the data: 16-bit values are scaled by 1/257 (65535 -> 255), rounded."""
    if img.dtype == np.uint8:
        return img
    return cv2.convertScaleAbs(img, alpha=255.0 / 65535.0)


def from_uint8(img8, like):
    """Back to the depth of `like` (uint8 -> uint16 multiplies by 257, so 255 -> 65535)."""
    if like.dtype == np.uint8:
        return img8
    return img8.astype(np.uint16) * np.uint16(257)


def dtype_max(img):
    return 65535 if img.dtype == np.uint16 else 255


def clip_to_dtype(arr, like):
    """Round a float array and clip it into the dtype of `like`."""
    hi = 65535 if like.dtype == np.uint16 else 255
    return np.clip(np.rint(arr), 0, hi).astype(like.dtype)


def binary_u8(img):
    """uint8 0/255 mask of the non-zero pixels (any channel)."""
    g = img if img.ndim == 2 else img.max(axis=2)
    return np.where(g > 0, np.uint8(255), np.uint8(0))


def make_kernel(shape, ksize):
    shapes = {"rect": cv2.MORPH_RECT, "ellipse": cv2.MORPH_ELLIPSE, "cross": cv2.MORPH_CROSS}
    return cv2.getStructuringElement(shapes[shape], (ksize, ksize))


BORDERS = {
    "reflect101": cv2.BORDER_REFLECT_101,
    "reflect": cv2.BORDER_REFLECT,
    "replicate": cv2.BORDER_REPLICATE,
    "constant": cv2.BORDER_CONSTANT,
}
