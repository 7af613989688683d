"""Gaussian, median, bilateral and box blur."""

import cv2
import numpy as np

from app.core.pipeline.ops._util import BORDERS
from app.core.pipeline.ops.spec import EnumParam, FloatParam, IntParam, register

_BORDER = EnumParam(
    "border",
    "Border",
    "reflect101",
    choices=tuple(BORDERS),
    labels=("Reflect 101", "Reflect", "Replicate", "Constant 0"),
)


@register(
    "gaussian_blur",
    "blur",
    "Gaussian blur",
    [
        IntParam("ksize", "Kernel size", 5, min=1, max=99, odd_only=True, unit="px"),
        FloatParam(
            "sigma", "Sigma", 0.0, min=0.0, max=50.0, step=0.1, unit="px", doc="0 = derived from the kernel size"
        ),
        _BORDER,
    ],
)
def gaussian_blur(img: np.ndarray, ksize: int = 5, sigma: float = 0.0, border: str = "reflect101") -> np.ndarray:
    """Gaussian smoothing with an odd square kernel."""
    out: np.ndarray = cv2.GaussianBlur(img, (ksize, ksize), sigma, borderType=BORDERS[border])
    return out


@register(
    "median_blur",
    "blur",
    "Median blur",
    [
        IntParam(
            "ksize",
            "Kernel size",
            5,
            min=1,
            max=99,
            odd_only=True,
            unit="px",
            doc="16-bit images: 3 or 5 only (OpenCV limit)",
        )
    ],
)
def median_blur(img: np.ndarray, ksize: int = 5) -> np.ndarray:
    """Median of each ksize x ksize neighbourhood; removes salt-and-pepper noise, keeps edges."""
    if ksize == 1:
        return img.copy()
    if img.dtype == np.uint16 and ksize > 5:
        raise ValueError("median blur of 16-bit images supports kernel size 3 or 5 only, got %d" % ksize)
    out: np.ndarray = cv2.medianBlur(img, ksize)
    return out


@register(
    "bilateral",
    "blur",
    "Bilateral filter",
    [
        IntParam("diameter", "Diameter", 9, min=1, max=31, unit="px"),
        FloatParam(
            "sigma_color",
            "Sigma colour",
            75.0,
            min=0.0,
            max=255.0,
            step=1.0,
            decimals=0,
            doc="On the 0..255 scale (x257 for 16-bit)",
        ),
        FloatParam("sigma_space", "Sigma space", 75.0, min=0.0, max=255.0, step=1.0, decimals=0, unit="px"),
    ],
)
def bilateral(img: np.ndarray, diameter: int = 9, sigma_color: float = 75.0, sigma_space: float = 75.0) -> np.ndarray:
    """Edge-preserving smoothing (8-bit natively; 16-bit through float32)."""
    if img.dtype == np.uint8:
        out8: np.ndarray = cv2.bilateralFilter(img, diameter, sigma_color, sigma_space)
        return out8
    out = cv2.bilateralFilter(img.astype(np.float32), diameter, sigma_color * 257.0, sigma_space)
    out16: np.ndarray = np.clip(np.rint(out), 0, 65535).astype(np.uint16)
    return out16


@register("box_blur", "blur", "Box blur", [IntParam("ksize", "Kernel size", 5, min=1, max=99, unit="px"), _BORDER])
def box_blur(img: np.ndarray, ksize: int = 5, border: str = "reflect101") -> np.ndarray:
    """Mean of each ksize x ksize neighbourhood (any size, even allowed)."""
    out: np.ndarray = cv2.blur(img, (ksize, ksize), borderType=BORDERS[border])
    return out
