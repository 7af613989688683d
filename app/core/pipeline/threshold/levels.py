"""Thresholding: manual (binary, inverted, to-zero, truncate), OpenCV Otsu / Triangle, adaptive
mean / Gaussian, and ImageJ's auto-threshold family, for 8-bit and 16-bit images.

Convention everywhere: a *level* T is in pixel units and pixels with value > T are foreground
(OpenCV's THRESH_BINARY and ImageJ's "above the threshold"; scikit-image's `image > t` too).

ImageJ's methods work on a 256-bin histogram (app.core.pipeline.threshold.imagej). For 8-bit images the
bins are the values 0..255, so the ImageJ bin index is the level. For 16-bit images, as in
ImageJ's Threshold dialog, the 256 bins span the image's own [min, max]:
bin(v) = (v - min) * 256 // (max - min + 1), and bin index t maps to the level
T = min + ceil((t + 1) * (max - min + 1) / 256) - 1, the largest value that falls into bins <= t,
so "v > T" selects exactly the pixels of bins > t.

Every function here uses only cv2 and numpy (the pipeline exporter copies them into scripts).
"""

from typing import TYPE_CHECKING

import cv2
import numpy as np

from app.core.pipeline.threshold.imagej import IJ_METHODS, IJ_NAMES, ij_threshold

if TYPE_CHECKING:
    from numpy.typing import DTypeLike

MANUAL_TYPES = ("binary", "binary_inv", "tozero", "tozero_inv", "trunc")
METHODS = IJ_METHODS  # ImageJ names, lower case: default, huang, ..., yen

__all__ = [
    "IJ_METHODS",
    "IJ_NAMES",
    "MANUAL_TYPES",
    "METHODS",
    "gray_of",
    "histogram256",
    "bin_to_level",
    "auto_level",
    "all_levels",
    "apply_level",
    "opencv_level",
    "adaptive",
    "ij_threshold",
]


def gray_of(img: np.ndarray) -> np.ndarray:
    """Single-channel view used for histograms and auto levels (BGR -> OpenCV luminance)."""
    if img.ndim == 3:
        out: np.ndarray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
        return out
    return img


def histogram256(img: np.ndarray) -> tuple[np.ndarray, int, int]:
    """(counts[256] int64, lo, hi) of the gray image: 8-bit -> bins 0..255 (lo=0, hi=255);
    16-bit -> 256 bins over the image's [min, max] (ImageJ's 16-bit threshold histogram)."""
    g = gray_of(img)
    if g.dtype == np.uint8:
        h = cv2.calcHist([g], [0], None, [256], [0, 256]).ravel()
        return np.rint(h).astype(np.int64), 0, 255
    if g.dtype != np.uint16:
        raise ValueError("thresholds need uint8 or uint16 images, got %s" % g.dtype)
    mn, mx, _, _ = cv2.minMaxLoc(g)
    lo, hi = int(mn), int(mx)
    r = hi - lo + 1
    values = np.arange(lo, hi + 1, dtype=np.int64)
    if g.size < (1 << 24):  # per-value counts from calcHist are exact (float32) below 2**24 pixels
        per_value = np.rint(cv2.calcHist([g], [0], None, [65536], [0, 65536]).ravel()[lo : hi + 1])
    else:
        per_value = np.bincount(g.ravel(), minlength=65536)[lo : hi + 1].astype(np.float64)
    counts = np.bincount((values - lo) * 256 // r, weights=per_value, minlength=256)[:256]
    return np.rint(counts).astype(np.int64), lo, hi


def bin_to_level(t: int, lo: int, hi: int, dtype: "DTypeLike" = np.uint8) -> int:
    """ImageJ bin index -> level in pixel units (identity for 8-bit)."""
    if np.dtype(dtype) == np.uint8:
        return int(t)
    r = hi - lo + 1
    return int(lo + -(-((t + 1) * r) // 256) - 1)


def auto_level(img: np.ndarray, method: str) -> int:
    """Level chosen by one ImageJ method (lower-case name) on the image's gray histogram."""
    counts, lo, hi = histogram256(img)
    return bin_to_level(ij_threshold(counts, method), lo, hi, gray_of(img).dtype)


def all_levels(img: np.ndarray) -> dict[str, int]:
    """{method: level} for every ImageJ method (histogram computed once)."""
    counts, lo, hi = histogram256(img)
    dt = gray_of(img).dtype
    return {m: bin_to_level(ij_threshold(counts, m), lo, hi, dt) for m in IJ_METHODS}


def opencv_level(img: np.ndarray, method: str) -> int:
    """OpenCV's own Otsu or Triangle level (cv2.THRESH_OTSU / THRESH_TRIANGLE) of a gray image.
    OpenCV supports these for 8-bit only (Otsu also 16-bit in recent versions); 16-bit images
    are reduced to 8 bits first and the level is mapped back (x257)."""
    g = gray_of(img)
    flag = {"otsu": cv2.THRESH_OTSU, "triangle": cv2.THRESH_TRIANGLE}[method]
    if g.dtype == np.uint16:
        g8 = cv2.convertScaleAbs(g, alpha=255.0 / 65535.0)
        t, _ = cv2.threshold(g8, 0, 255, cv2.THRESH_BINARY | flag)
        return int(t) * 257
    t, _ = cv2.threshold(g, 0, 255, cv2.THRESH_BINARY | flag)
    return int(t)


def apply_level(img: np.ndarray, level: float, kind: str = "binary") -> np.ndarray:
    """Threshold at `level` (pixels > level pass). binary / binary_inv -> uint8 0/255 mask;
    tozero / tozero_inv / trunc keep the image's depth and channels (OpenCV semantics)."""
    level = int(level)
    if img.dtype == np.uint8 and level >= 255 and kind in ("binary", "binary_inv"):
        level = 255
    out: np.ndarray
    if kind == "binary":
        if img.dtype == np.uint8:
            out = cv2.threshold(img, level, 255, cv2.THRESH_BINARY)[1]
            return out
        return np.where(img > level, np.uint8(255), np.uint8(0))
    if kind == "binary_inv":
        if img.dtype == np.uint8:
            out = cv2.threshold(img, level, 255, cv2.THRESH_BINARY_INV)[1]
            return out
        return np.where(img > level, np.uint8(0), np.uint8(255))
    if kind == "tozero":
        return np.where(img > level, img, np.zeros_like(img))
    if kind == "tozero_inv":
        return np.where(img > level, np.zeros_like(img), img)
    if kind == "trunc":
        out = np.minimum(img, np.array(min(max(level, 0), 65535)).astype(img.dtype))
        return out
    raise ValueError("unknown threshold type %r" % (kind,))


def adaptive(
    img: np.ndarray, method: str = "gaussian", block_size: int = 11, c: float = 2.0, invert: bool = False
) -> np.ndarray:
    """OpenCV adaptive threshold of the gray image -> uint8 0/255. 16-bit images are reduced to
    8 bits first (c stays on the 0..255 scale); block_size must be odd and >= 3."""
    if block_size < 3 or block_size % 2 == 0:
        raise ValueError("adaptive block size must be odd and >= 3, got %d" % block_size)
    g = gray_of(img)
    if g.dtype == np.uint16:
        g = cv2.convertScaleAbs(g, alpha=255.0 / 65535.0)
    m = cv2.ADAPTIVE_THRESH_GAUSSIAN_C if method == "gaussian" else cv2.ADAPTIVE_THRESH_MEAN_C
    t = cv2.THRESH_BINARY_INV if invert else cv2.THRESH_BINARY
    out: np.ndarray = cv2.adaptiveThreshold(g, 255, m, t, block_size, float(c))
    return out
