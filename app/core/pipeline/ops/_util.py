"""Small cv2 + numpy helpers shared by the op functions.

Only cv2 and numpy may be used here (and in every op function): the pipeline's Python exporter
copies these functions verbatim into a standalone script.
"""

import cv2
import numpy as np


def to_gray(img: np.ndarray) -> np.ndarray:
    """Gray HxW of the same depth (BGR -> luminance with OpenCV's weights)."""
    if img.ndim == 2:
        return img
    out: np.ndarray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    return out


def to_bgr(img: np.ndarray) -> np.ndarray:
    """BGR HxWx3 of the same depth."""
    if img.ndim == 3:
        return img
    out: np.ndarray = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    return out


def to_uint8(img: np.ndarray) -> np.ndarray:
    """uint8 view of the data: 16-bit values are scaled by 1/257 (65535 -> 255), rounded."""
    if img.dtype == np.uint8:
        return img
    out: np.ndarray = cv2.convertScaleAbs(img, alpha=255.0 / 65535.0)
    return out


def from_uint8(img8: np.ndarray, like: np.ndarray) -> np.ndarray:
    """Back to the depth of `like` (uint8 -> uint16 multiplies by 257, so 255 -> 65535)."""
    if like.dtype == np.uint8:
        return img8
    return img8.astype(np.uint16) * np.uint16(257)


def dtype_max(img: np.ndarray) -> int:
    return 65535 if img.dtype == np.uint16 else 255


def clip_to_dtype(arr: np.ndarray, like: np.ndarray) -> np.ndarray:
    """Round a float array and clip it into the dtype of `like`."""
    hi = 65535 if like.dtype == np.uint16 else 255
    out: np.ndarray = np.clip(np.rint(arr), 0, hi).astype(like.dtype)
    return out


def binary_u8(img: np.ndarray) -> np.ndarray:
    """uint8 0/255 mask of the non-zero pixels (any channel)."""
    g = img if img.ndim == 2 else img.max(axis=2)
    return np.where(g > 0, np.uint8(255), np.uint8(0))


def make_kernel(shape: str, ksize: int) -> np.ndarray:
    shapes = {"rect": cv2.MORPH_RECT, "ellipse": cv2.MORPH_ELLIPSE, "cross": cv2.MORPH_CROSS}
    out: np.ndarray = cv2.getStructuringElement(shapes[shape], (ksize, ksize))
    return out


BORDERS = {
    "reflect101": cv2.BORDER_REFLECT_101,
    "reflect": cv2.BORDER_REFLECT,
    "replicate": cv2.BORDER_REPLICATE,
    "constant": cv2.BORDER_CONSTANT,
}
