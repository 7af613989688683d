"""inRange colour masking."""

import cv2
import numpy as np

from app.core.pipeline.ops.color import convert_space
from app.core.pipeline.ops.spec import EnumParam, IntParam, ParamSpec, register


def _bounds() -> list[ParamSpec]:
    out: list[ParamSpec] = []
    for i in range(3):
        out.append(IntParam(f"low{i}", f"Channel {i} min", 0, min=0, max=255, max16=65535))
        out.append(IntParam(f"high{i}", f"Channel {i} max", 255, min=0, max=255, max16=65535))
    return out


@register(
    "in_range",
    "masking",
    "Colour range mask (inRange)",
    [
        EnumParam(
            "space",
            "Colour space",
            "hsv",
            choices=("bgr", "hsv", "lab", "ycrcb", "hls"),
            labels=("BGR", "HSV", "Lab", "YCrCb", "HLS"),
        ),
        *_bounds(),
        EnumParam(
            "output", "Output", "mask", choices=("mask", "masked"), labels=("Mask (0/255)", "Image inside the range")
        ),
    ],
)
def in_range(
    img: np.ndarray,
    space: str = "hsv",
    low0: int = 0,
    high0: int = 255,
    low1: int = 0,
    high1: int = 255,
    low2: int = 0,
    high2: int = 255,
    output: str = "mask",
) -> np.ndarray:
    """Pixels whose channels (in `space`) all lie in [low, high] -> 255. Gray input uses channel 0's
    bounds only. HSV hue is 0..179 in OpenCV. `masked` keeps the original pixels inside the range."""
    mask: np.ndarray
    if img.ndim == 2:
        mask = cv2.inRange(img, low0, high0)
    else:
        conv = convert_space(img, space)
        mask = cv2.inRange(conv, np.array([low0, low1, low2]), np.array([high0, high1, high2]))
    if output == "mask":
        return mask
    out: np.ndarray = cv2.bitwise_and(img, img, mask=mask)
    return out
