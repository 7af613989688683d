"""Sharpen (Laplacian kernel) and unsharp mask."""

import cv2
import numpy as np

from app.core.pipeline.ops._util import clip_to_dtype
from app.core.pipeline.ops.spec import FloatParam, IntParam, register


@register("sharpen", "sharpen", "Sharpen", [FloatParam("amount", "Amount", 1.0, min=0.0, max=10.0, step=0.1)])
def sharpen(img: np.ndarray, amount: float = 1.0) -> np.ndarray:
    """3x3 Laplacian sharpening: out = in + amount * (4 * centre - neighbours)."""
    k = np.array([[0, -1, 0], [-1, 4, -1], [0, -1, 0]], np.float32) * np.float32(amount)
    k[1, 1] += 1.0
    out: np.ndarray = cv2.filter2D(img.astype(np.float32), -1, k)
    return clip_to_dtype(out, img)


@register(
    "unsharp_mask",
    "sharpen",
    "Unsharp mask",
    [
        IntParam("ksize", "Kernel size", 5, min=1, max=99, odd_only=True, unit="px"),
        FloatParam("sigma", "Sigma", 1.5, min=0.1, max=50.0, step=0.1, unit="px"),
        FloatParam("amount", "Amount", 1.0, min=0.0, max=10.0, step=0.1),
        FloatParam(
            "threshold",
            "Threshold",
            0.0,
            min=0.0,
            max=255.0,
            step=1.0,
            decimals=0,
            doc="Only sharpen where |in - blurred| exceeds this (0..255 scale)",
        ),
    ],
)
def unsharp_mask(
    img: np.ndarray, ksize: int = 5, sigma: float = 1.5, amount: float = 1.0, threshold: float = 0.0
) -> np.ndarray:
    """out = in + amount * (in - gaussian(in)), skipping differences below `threshold`."""
    f = img.astype(np.float32)
    blurred = cv2.GaussianBlur(f, (ksize, ksize), sigma)
    diff = f - blurred
    if threshold > 0:
        t = threshold * (257.0 if img.dtype == np.uint16 else 1.0)
        diff = np.where(np.abs(diff) < t, np.float32(0), diff)
    return clip_to_dtype(f + np.float32(amount) * diff, img)
