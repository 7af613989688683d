"""Resize, crop, rotate, flip."""

import cv2
import numpy as np

from app.core.pipeline.ops.spec import BoolParam, EnumParam, FloatParam, register

_INTERP = {
    "nearest": cv2.INTER_NEAREST,
    "linear": cv2.INTER_LINEAR,
    "cubic": cv2.INTER_CUBIC,
    "area": cv2.INTER_AREA,
    "lanczos": cv2.INTER_LANCZOS4,
}


@register(
    "resize",
    "geometry",
    "Resize",
    [
        FloatParam("scale", "Scale", 0.5, min=0.01, max=8.0, step=0.05),
        EnumParam(
            "interpolation",
            "Interpolation",
            "area",
            choices=tuple(_INTERP),
            labels=("Nearest", "Linear", "Cubic", "Area", "Lanczos"),
        ),
    ],
)
def resize(img: np.ndarray, scale: float = 0.5, interpolation: str = "area") -> np.ndarray:
    """Scale both sides by `scale` (at least 1 pixel)."""
    w = max(1, int(round(img.shape[1] * scale)))
    h = max(1, int(round(img.shape[0] * scale)))
    out: np.ndarray = cv2.resize(img, (w, h), interpolation=_INTERP[interpolation])
    return out


@register(
    "crop",
    "geometry",
    "Crop",
    [
        FloatParam("left", "Left %", 0.0, min=0.0, max=99.0, step=0.5, decimals=1),
        FloatParam("top", "Top %", 0.0, min=0.0, max=99.0, step=0.5, decimals=1),
        FloatParam("right", "Right %", 100.0, min=1.0, max=100.0, step=0.5, decimals=1),
        FloatParam("bottom", "Bottom %", 100.0, min=1.0, max=100.0, step=0.5, decimals=1),
    ],
)
def crop(
    img: np.ndarray, left: float = 0.0, top: float = 0.0, right: float = 100.0, bottom: float = 100.0
) -> np.ndarray:
    """Keep the rectangle given in percent of the width / height (resolution independent, so
    previews at a reduced scale crop the same region)."""
    if right <= left or bottom <= top:
        raise ValueError("crop: right must be > left and bottom > top")
    h, w = img.shape[:2]
    x0 = min(int(round(w * left / 100.0)), w - 1)
    y0 = min(int(round(h * top / 100.0)), h - 1)
    x1 = max(int(round(w * right / 100.0)), x0 + 1)
    y1 = max(int(round(h * bottom / 100.0)), y0 + 1)
    return np.ascontiguousarray(img[y0:y1, x0:x1])


@register(
    "rotate",
    "geometry",
    "Rotate",
    [
        FloatParam(
            "angle", "Angle", 0.0, min=-180.0, max=180.0, step=0.5, decimals=1, doc="Degrees, counter-clockwise"
        ),
        BoolParam("expand", "Expand canvas", True, doc="Grow the canvas so nothing is cut off"),
        EnumParam(
            "interpolation",
            "Interpolation",
            "linear",
            choices=("nearest", "linear", "cubic"),
            labels=("Nearest", "Linear", "Cubic"),
        ),
    ],
)
def rotate(img: np.ndarray, angle: float = 0.0, expand: bool = True, interpolation: str = "linear") -> np.ndarray:
    """Rotate about the centre; multiples of 90 degrees are exact (no resampling)."""
    if angle % 90 == 0:
        k = int(angle // 90) % 4
        codes = {1: cv2.ROTATE_90_COUNTERCLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_CLOCKWISE}
        return img.copy() if k == 0 else cv2.rotate(img, codes[k])
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    if expand:
        c, s = abs(m[0, 0]), abs(m[0, 1])
        nw, nh = int(round(h * s + w * c)), int(round(h * c + w * s))
        m[0, 2] += nw / 2.0 - w / 2.0
        m[1, 2] += nh / 2.0 - h / 2.0
        w, h = nw, nh
    out: np.ndarray = cv2.warpAffine(img, m, (w, h), flags=_INTERP[interpolation], borderMode=cv2.BORDER_CONSTANT)
    return out


@register(
    "flip",
    "geometry",
    "Flip",
    [
        EnumParam(
            "axis",
            "Axis",
            "horizontal",
            choices=("horizontal", "vertical", "both"),
            labels=("Horizontal (mirror)", "Vertical", "Both"),
        )
    ],
)
def flip(img: np.ndarray, axis: str = "horizontal") -> np.ndarray:
    """Mirror left-right, top-bottom, or both."""
    out: np.ndarray = cv2.flip(img, {"horizontal": 1, "vertical": 0, "both": -1}[axis])
    return out
