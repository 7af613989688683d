"""Threshold family: manual, ImageJ auto methods, OpenCV Otsu/Triangle, adaptive."""

import numpy as np

from app.core.pipeline.ops.spec import BoolParam, EnumParam, FloatParam, IntParam, register
from app.core.pipeline.threshold.levels import (
    IJ_METHODS,
    IJ_NAMES,
    MANUAL_TYPES,
    adaptive,
    apply_level,
    auto_level,
    gray_of,
    opencv_level,
)

_TYPE_LABELS = ("Binary", "Binary inverted", "To zero", "To zero inverted", "Truncate")


@register(
    "threshold",
    "threshold",
    "Threshold (manual)",
    [
        IntParam(
            "level",
            "Level",
            128,
            min=0,
            max=255,
            max16=65535,
            doc="Pixels > level are foreground (0..255, or 0..65535 for 16-bit)",
        ),
        EnumParam("type", "Type", "binary", choices=MANUAL_TYPES, labels=_TYPE_LABELS),
    ],
)
def threshold(img: np.ndarray, level: int = 128, type: str = "binary") -> np.ndarray:
    """Fixed level. binary / binary_inv give a uint8 0/255 mask; to-zero / truncate keep depth."""
    return apply_level(img, level, type)


@register(
    "auto_threshold",
    "threshold",
    "Threshold (auto)",
    [
        EnumParam(
            "method",
            "Method",
            "otsu",
            choices=IJ_METHODS,
            labels=tuple(IJ_NAMES[m] for m in IJ_METHODS),
            doc="ImageJ auto-threshold method, computed from the gray histogram",
        ),
        EnumParam("type", "Type", "binary", choices=MANUAL_TYPES, labels=_TYPE_LABELS),
    ],
)
def auto_threshold(img: np.ndarray, method: str = "otsu", type: str = "binary") -> np.ndarray:
    """Level picked by an ImageJ method on the gray histogram (8- or 16-bit), then applied to
    the gray image like the manual threshold."""
    g = gray_of(img)
    return apply_level(g, auto_level(g, method), type)


@register(
    "opencv_threshold",
    "threshold",
    "Threshold (OpenCV Otsu / Triangle)",
    [
        EnumParam("method", "Method", "otsu", choices=("otsu", "triangle"), labels=("Otsu", "Triangle")),
        BoolParam("invert", "Inverted", False),
    ],
)
def opencv_threshold(img: np.ndarray, method: str = "otsu", invert: bool = False) -> np.ndarray:
    """OpenCV's THRESH_OTSU / THRESH_TRIANGLE on the gray image -> uint8 0/255 mask."""
    g = gray_of(img)
    return apply_level(g, opencv_level(g, method), "binary_inv" if invert else "binary")


@register(
    "adaptive_threshold",
    "threshold",
    "Threshold (adaptive)",
    [
        EnumParam("method", "Method", "gaussian", choices=("mean", "gaussian"), labels=("Mean", "Gaussian")),
        IntParam("block_size", "Block size", 31, min=3, max=501, odd_only=True, unit="px"),
        FloatParam(
            "c",
            "C",
            5.0,
            min=-100.0,
            max=100.0,
            step=0.5,
            decimals=1,
            doc="Subtracted from the local mean (0..255 scale)",
        ),
        BoolParam("invert", "Inverted", False),
    ],
)
def adaptive_threshold(
    img: np.ndarray, method: str = "gaussian", block_size: int = 31, c: float = 5.0, invert: bool = False
) -> np.ndarray:
    """Local threshold: pixel > (local mean or Gaussian-weighted mean) - C -> 255."""
    return adaptive(img, method, block_size, c, invert)
