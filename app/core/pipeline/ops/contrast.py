"""Brightness / contrast / gamma, histogram equalization, CLAHE, normalization."""

import cv2
import numpy as np

from app.core.pipeline.ops._util import clip_to_dtype, dtype_max, to_gray
from app.core.pipeline.ops.spec import BoolParam, FloatParam, IntParam, register


@register(
    "brightness_contrast",
    "contrast",
    "Brightness / contrast",
    [
        FloatParam("contrast", "Contrast", 1.0, min=0.0, max=4.0, step=0.05, doc="Gain (1 = unchanged)"),
        FloatParam(
            "brightness",
            "Brightness",
            0.0,
            min=-255.0,
            max=255.0,
            step=1.0,
            decimals=0,
            doc="Offset on the 0..255 scale (x257 for 16-bit)",
        ),
    ],
)
def brightness_contrast(img: np.ndarray, contrast: float = 1.0, brightness: float = 0.0) -> np.ndarray:
    """out = contrast * in + brightness, rounded and clipped to the image depth."""
    beta = brightness * (257.0 if img.dtype == np.uint16 else 1.0)
    if img.dtype == np.uint8:
        out: np.ndarray = cv2.convertScaleAbs(img.astype(np.float32) * np.float32(contrast) + np.float32(beta))
        return out
    return clip_to_dtype(img.astype(np.float64) * contrast + beta, img)


@register(
    "gamma",
    "contrast",
    "Gamma",
    [FloatParam("gamma", "Gamma", 1.0, min=0.05, max=5.0, step=0.05, doc="< 1 brightens, > 1 darkens")],
)
def gamma(img: np.ndarray, gamma: float = 1.0) -> np.ndarray:
    """out = max * (in / max) ** gamma via a lookup table (8- and 16-bit)."""
    hi = dtype_max(img)
    lut = np.rint(hi * (np.arange(hi + 1, dtype=np.float64) / hi) ** gamma).astype(img.dtype)
    out: np.ndarray
    if img.dtype == np.uint8:
        out = cv2.LUT(img, lut)
        return out
    out = lut[img]
    return out


def _equalize_channel(g: np.ndarray) -> np.ndarray:
    out: np.ndarray
    if g.dtype == np.uint8:
        out = cv2.equalizeHist(g)
        return out
    hist = np.bincount(g.ravel(), minlength=65536)
    cdf = np.cumsum(hist)
    nz = cdf[cdf > 0]
    cmin = int(nz[0]) if len(nz) else 0
    total = int(cdf[-1])
    if total == cmin:
        return g.copy()
    lut = np.rint((cdf - cmin) * 65535.0 / (total - cmin)).clip(0, 65535).astype(np.uint16)
    out = lut[g]
    return out


@register(
    "equalize_hist",
    "contrast",
    "Equalize histogram",
    [
        BoolParam(
            "per_channel",
            "Each channel",
            False,
            doc="Colour images: equalize B, G, R separately instead of the luminance (Y of YCrCb)",
        )
    ],
)
def equalize_hist(img: np.ndarray, per_channel: bool = False) -> np.ndarray:
    """Global histogram equalization (8- and 16-bit); colour images equalize luminance only."""
    if img.ndim == 2:
        return _equalize_channel(img)
    out: np.ndarray
    if per_channel:
        out = cv2.merge([_equalize_channel(c) for c in cv2.split(img)])
        return out
    ycc = cv2.cvtColor(img, cv2.COLOR_BGR2YCrCb)
    y, cr, cb = cv2.split(ycc)
    out = cv2.cvtColor(cv2.merge([_equalize_channel(y), cr, cb]), cv2.COLOR_YCrCb2BGR)
    return out


@register(
    "clahe",
    "contrast",
    "CLAHE",
    [
        FloatParam("clip_limit", "Clip limit", 2.0, min=0.1, max=40.0, step=0.1, decimals=1),
        IntParam("tiles", "Tiles per side", 8, min=1, max=64),
    ],
)
def clahe(img: np.ndarray, clip_limit: float = 2.0, tiles: int = 8) -> np.ndarray:
    """Contrast-limited adaptive histogram equalization (8- and 16-bit); colour images are
    equalized on Lab's L channel (8-bit) or on Y of YCrCb (16-bit)."""
    c = cv2.createCLAHE(clipLimit=float(clip_limit), tileGridSize=(int(tiles), int(tiles)))
    out: np.ndarray
    if img.ndim == 2:
        out = c.apply(img)
        return out
    if img.dtype == np.uint8:
        lab = cv2.cvtColor(img, cv2.COLOR_BGR2Lab)
        l_, a, b = cv2.split(lab)
        out = cv2.cvtColor(cv2.merge([c.apply(l_), a, b]), cv2.COLOR_Lab2BGR)
        return out
    ycc = cv2.cvtColor(img, cv2.COLOR_BGR2YCrCb)
    y, cr, cb = cv2.split(ycc)
    out = cv2.cvtColor(cv2.merge([c.apply(y), cr, cb]), cv2.COLOR_YCrCb2BGR)
    return out


@register(
    "normalize",
    "contrast",
    "Stretch to full range",
    [
        FloatParam(
            "saturate",
            "Saturated %",
            0.0,
            min=0.0,
            max=20.0,
            step=0.1,
            decimals=1,
            doc="Percent of pixels clipped at each end (0 = plain min-max)",
        )
    ],
)
def normalize(img: np.ndarray, saturate: float = 0.0) -> np.ndarray:
    """Linear stretch so the darkest / brightest pixels (after clipping `saturate` % at each end,
    measured on the luminance) map to 0 and the depth's maximum."""
    g = to_gray(img)
    if saturate > 0:
        lo, hi = np.percentile(g, [saturate, 100.0 - saturate])
    else:
        lo, hi = float(g.min()), float(g.max())
    if hi <= lo:
        return img.copy()
    top = dtype_max(img)
    return clip_to_dtype((img.astype(np.float64) - lo) * (top / (hi - lo)), img)
