"""Sobel, Scharr, Laplacian, Canny. Gradient ops return |gradient| scaled and clipped to the
input depth (8-bit stays 8-bit, 16-bit stays 16-bit); Canny returns a uint8 0/255 edge map."""

from typing import TYPE_CHECKING, Any

import cv2
import numpy as np

from app.core.pipeline.ops._util import clip_to_dtype, to_gray, to_uint8
from app.core.pipeline.ops.spec import BoolParam, EnumParam, FloatParam, IntParam, register

if TYPE_CHECKING:
    from collections.abc import Callable

_DIR = EnumParam(
    "direction", "Direction", "magnitude", choices=("x", "y", "magnitude"), labels=("d/dx", "d/dy", "Magnitude")
)


def _gradient(img: np.ndarray, direction: str, deriv: "Callable[[np.ndarray, int, int], np.ndarray]") -> np.ndarray:
    f = img.astype(np.float32)
    out: np.ndarray
    if direction == "x":
        out = np.abs(deriv(f, 1, 0))
        return out
    if direction == "y":
        out = np.abs(deriv(f, 0, 1))
        return out
    out = cv2.magnitude(deriv(f, 1, 0), deriv(f, 0, 1))
    return out


@register(
    "sobel",
    "edges",
    "Sobel",
    [
        _DIR,
        IntParam("ksize", "Kernel size", 3, min=1, max=7, odd_only=True),
        FloatParam("scale", "Scale", 1.0, min=0.01, max=20.0, step=0.05),
    ],
)
def sobel(img: np.ndarray, direction: str = "magnitude", ksize: int = 3, scale: float = 1.0) -> np.ndarray:
    """|Sobel derivative| (x, y, or gradient magnitude) times `scale`."""
    return clip_to_dtype(
        _gradient(img, direction, lambda f, dx, dy: cv2.Sobel(f, cv2.CV_32F, dx, dy, ksize=ksize)) * scale, img
    )


@register("scharr", "edges", "Scharr", [_DIR, FloatParam("scale", "Scale", 0.25, min=0.01, max=20.0, step=0.05)])
def scharr(img: np.ndarray, direction: str = "magnitude", scale: float = 0.25) -> np.ndarray:
    """|Scharr derivative| (more accurate 3x3 than Sobel) times `scale`."""
    return clip_to_dtype(_gradient(img, direction, lambda f, dx, dy: cv2.Scharr(f, cv2.CV_32F, dx, dy)) * scale, img)


@register(
    "laplacian",
    "edges",
    "Laplacian",
    [
        IntParam("ksize", "Kernel size", 3, min=1, max=31, odd_only=True),
        FloatParam("scale", "Scale", 1.0, min=0.01, max=20.0, step=0.05),
    ],
)
def laplacian(img: np.ndarray, ksize: int = 3, scale: float = 1.0) -> np.ndarray:
    """|Laplacian| times `scale`."""
    return clip_to_dtype(np.abs(cv2.Laplacian(img.astype(np.float32), cv2.CV_32F, ksize=ksize)) * scale, img)


@register(
    "canny",
    "edges",
    "Canny",
    [
        IntParam("low", "Low threshold", 50, min=0, max=1000),
        IntParam("high", "High threshold", 150, min=0, max=1000),
        IntParam("aperture", "Aperture", 3, min=3, max=7, odd_only=True),
        BoolParam("l2", "L2 gradient", False),
    ],
)
def canny(img: np.ndarray, low: int = 50, high: int = 150, aperture: int = 3, l2: bool = False) -> np.ndarray:
    """Canny edges of the gray image -> uint8 0/255 (16-bit input is reduced to 8 bits first). A Low
    threshold above High is used swapped, as OpenCV does."""
    low, high = min(low, high), max(low, high)
    out: np.ndarray = cv2.Canny(to_uint8(to_gray(img)), low, high, apertureSize=aperture, L2gradient=l2)
    return out


def canny_note(params: dict[str, Any]) -> str:
    """What the Process pane says under Canny's parameters when Low is above High ("" when not)."""
    low, high = params.get("low", 50), params.get("high", 150)
    if low <= high:
        return ""
    return f"Low threshold {low} is above High {high}: Canny uses them swapped (low {high}, high {low})."
