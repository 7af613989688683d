"""Colour conversion and channel pick."""

import cv2
import numpy as np

from app.core.pipeline.ops._util import from_uint8, to_bgr, to_gray, to_uint8
from app.core.pipeline.ops.spec import EnumParam, IntParam, register

SPACES = ("hsv", "lab", "ycrcb", "hls", "rgb", "xyz")
_TO_SPACE = {
    "hsv": cv2.COLOR_BGR2HSV,
    "lab": cv2.COLOR_BGR2Lab,
    "ycrcb": cv2.COLOR_BGR2YCrCb,
    "hls": cv2.COLOR_BGR2HLS,
    "rgb": cv2.COLOR_BGR2RGB,
    "xyz": cv2.COLOR_BGR2XYZ,
}


def convert_space(img: np.ndarray, space: str) -> np.ndarray:
    """BGR (or gray, promoted) -> `space`; HSV/Lab/HLS of 16-bit images go through 8 bits
    (OpenCV supports them for 8-bit and float only) and come back scaled to 16 bits."""
    bgr = to_bgr(img)
    if space == "bgr":
        return bgr
    if bgr.dtype == np.uint16 and space in ("hsv", "lab", "hls"):
        return from_uint8(cv2.cvtColor(to_uint8(bgr), _TO_SPACE[space]), bgr)
    out: np.ndarray = cv2.cvtColor(bgr, _TO_SPACE[space])
    return out


@register("gray", "color", "Grayscale", [], doc="Luminance (0.299 R + 0.587 G + 0.114 B); gray input passes through.")
def gray(img: np.ndarray) -> np.ndarray:
    return to_gray(img)


@register(
    "convert_color",
    "color",
    "Convert colour space",
    [
        EnumParam(
            "space",
            "Colour space",
            "hsv",
            choices=SPACES,
            labels=("HSV", "Lab", "YCrCb", "HLS", "RGB", "XYZ"),
            doc="Target space; the result is shown as a 3-channel image",
        )
    ],
)
def convert_color(img: np.ndarray, space: str = "hsv") -> np.ndarray:
    """BGR -> HSV / Lab / YCrCb / HLS / RGB / XYZ (OpenCV's 8-bit ranges, e.g. H in 0..179)."""
    return convert_space(img, space)


@register(
    "channel",
    "color",
    "Single channel",
    [
        EnumParam(
            "space",
            "Colour space",
            "bgr",
            choices=("bgr",) + SPACES,
            labels=("BGR", "HSV", "Lab", "YCrCb", "HLS", "RGB", "XYZ"),
        ),
        IntParam("index", "Channel", 0, min=0, max=2, doc="0, 1 or 2 in the chosen space (e.g. HSV: 0=H, 1=S, 2=V)"),
    ],
)
def channel(img: np.ndarray, space: str = "bgr", index: int = 0) -> np.ndarray:
    """One channel of the image in a colour space, as a gray image (e.g. the S of HSV)."""
    if img.ndim == 2 and space == "bgr":
        return img
    return np.ascontiguousarray(convert_space(img, space)[:, :, index])


@register("invert", "color", "Invert", [], doc="Negative: max - value (255 or 65535).")
def invert(img: np.ndarray) -> np.ndarray:
    out: np.ndarray = cv2.bitwise_not(img)
    return out
