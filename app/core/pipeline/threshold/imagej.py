"""ImageJ's AutoThresholder (ij/process/AutoThresholder.java, G. Landini's Auto_Threshold
methods), ported to Python from the 256-bin histogram.

Every function takes a 256-bin histogram (sequence of non-negative ints) and returns a bin index
t: bins <= t are background, bins > t foreground, exactly ImageJ's `getThreshold(method, hist)`
(which maps -1, "not found", to 0). The port keeps ImageJ's loops, tie rules (< vs <=),
integer truncations and summation order. Deliberate differences, all at degenerate inputs only:
  * exact integer sums (ImageJ's 32-bit `int` products overflow above ~8 M pixels per bin);
  * empty histograms and histograms with a single occupied bin return that bin (ImageJ divides
    by zero there) ; iterative methods are capped at 10000 iterations like Intermodes/Minimum;
  * results are clipped to 0..255.
Only numpy (and math) is used, so the pipeline exporter can copy these functions into a script.
"""

import math
from typing import TYPE_CHECKING

import numpy as np

from app.core.pipeline.threshold.entropy import (
    _EPS,
    _ij_huang,
    _ij_maxentropy,
    _ij_renyientropy,
    _ij_shanbhag,
    _ij_yen,
    _jint,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

IJ_METHODS = (
    "default",
    "huang",
    "intermodes",
    "isodata",
    "li",
    "maxentropy",
    "mean",
    "minerror",
    "minimum",
    "moments",
    "otsu",
    "percentile",
    "renyientropy",
    "shanbhag",
    "triangle",
    "yen",
)
IJ_NAMES = {
    "default": "Default",
    "huang": "Huang",
    "intermodes": "Intermodes",
    "isodata": "IsoData",
    "li": "Li",
    "maxentropy": "MaxEntropy",
    "mean": "Mean",
    "minerror": "MinError",
    "minimum": "Minimum",
    "moments": "Moments",
    "otsu": "Otsu",
    "percentile": "Percentile",
    "renyientropy": "RenyiEntropy",
    "shanbhag": "Shanbhag",
    "triangle": "Triangle",
    "yen": "Yen",
}


def ij_threshold(hist: "Iterable[int]", method: str) -> int:
    """ImageJ `AutoThresholder.getThreshold(method, histogram)` on a 256-bin histogram."""
    data = [int(v) for v in hist]
    if len(data) != 256:
        raise ValueError("histogram length not 256")
    occupied = [i for i, v in enumerate(data) if v > 0]
    if len(occupied) <= 1:
        return occupied[0] if occupied else 0
    funcs = {
        "default": _ij_default,
        "huang": _ij_huang,
        "intermodes": _ij_intermodes,
        "isodata": _ij_isodata,
        "li": _ij_li,
        "maxentropy": _ij_maxentropy,
        "mean": _ij_mean,
        "minerror": _ij_minerror,
        "minimum": _ij_minimum,
        "moments": _ij_moments,
        "otsu": _ij_otsu,
        "percentile": _ij_percentile,
        "renyientropy": _ij_renyientropy,
        "shanbhag": _ij_shanbhag,
        "triangle": _ij_triangle,
        "yen": _ij_yen,
    }
    if method not in funcs:
        raise ValueError("unknown auto-threshold method %r" % (method,))
    with np.errstate(all="ignore"):
        t = funcs[method](data)
    if t == -1:
        t = 0
    return int(min(max(t, 0), 255))


def _bimodal(y: np.ndarray) -> bool:
    """Exactly two strict local maxima inside y (ImageJ's bimodalTest). Counted with numpy: the
    smoothing loops call this after every pass, thousands of times for a spiky histogram."""
    inner = y[1:-1]
    return int(np.count_nonzero((y[:-2] < inner) & (y[2:] < inner))) == 2


def _smooth3(h: np.ndarray) -> np.ndarray:
    """3-point running mean with zeros outside (ImageJ's in-place loop computes exactly this)."""
    p = np.concatenate(([0.0], h, [0.0]))
    return (p[:-2] + p[1:-1] + p[2:]) / 3


def _ij_intermodes(data: list[int]) -> int:
    maxbin = max(i for i in range(256) if data[i] > 0)
    minbin = min(i for i in range(256) if data[i] > 0)
    hist = np.array(data[minbin : maxbin + 1], dtype=np.float64)
    it = 0
    while not _bimodal(hist):
        hist = _smooth3(hist)
        it += 1
        if it > 10000:
            return -1
    tt = sum(i for i in range(1, len(hist) - 1) if hist[i - 1] < hist[i] and hist[i + 1] < hist[i])
    return int(math.floor(tt / 2.0)) + minbin


def _ij_isodata(data: list[int]) -> int:
    g = 0
    for i in range(1, 256):
        if data[i] > 0:
            g = i + 1
            break
    while True:
        totl = sum(data[:g])
        low = sum(data[i] * i for i in range(g))
        toth = float(sum(data[g + 1 :]))
        high = float(sum(data[i] * i for i in range(g + 1, 256)))
        if totl > 0 and toth > 0:
            low //= totl  # ImageJ: int l; l /= totl
            high /= toth
            if g == int(math.floor((low + high) / 2.0 + 0.5)):  # Math.round
                break
        g += 1
        if g > 254:
            return -1
    return g


def _ij_default(data: list[int]) -> int:
    data2 = list(data)
    mode, max_count = 0, 0
    for i, c in enumerate(data2):
        if c > max_count:
            max_count, mode = c, i
    max_count2 = 0
    for i, c in enumerate(data2):
        if c > max_count2 and i != mode:
            max_count2 = c
    if max_count > max_count2 * 2 and max_count2 != 0:
        data2[mode] = int(max_count2 * 1.5)
    return ij_isodata_legacy(data2)


def ij_isodata_legacy(data: "Sequence[int]") -> int:
    """ImageJ's original IsoData (IJ_IsoData), the core of "Default"."""
    data = list(data)
    max_value = len(data) - 1
    data[0] = 0
    data[max_value] = 0
    lo = 0
    while data[lo] == 0 and lo < max_value:
        lo += 1
    hi = max_value
    while data[hi] == 0 and hi > 0:
        hi -= 1
    if lo >= hi:
        return len(data) // 2
    moving = lo
    while True:
        sum1 = float(sum(i * data[i] for i in range(lo, moving + 1)))
        sum2 = float(sum(data[lo : moving + 1]))
        sum3 = float(sum(i * data[i] for i in range(moving + 1, hi + 1)))
        sum4 = float(sum(data[moving + 1 : hi + 1]))
        result = (sum1 / sum2 + sum3 / sum4) / 2.0
        moving += 1
        if not ((moving + 1) <= result and moving < hi - 1):
            break
    return int(math.floor(result + 0.5))


def _ij_li(data: list[int]) -> int:
    num_pixels = float(sum(data))
    mean = 0.0
    for ih in range(1, 256):
        mean += float(ih) * data[ih]
    mean /= num_pixels
    new_thresh = mean
    threshold = 0
    for _ in range(10000):
        old_thresh = new_thresh
        threshold = _jint(old_thresh + 0.5)
        sb = nb = so = no = 0.0
        for ih in range(0, threshold + 1):
            sb += float(ih) * data[ih]
            nb += data[ih]
        for ih in range(threshold + 1, 256):
            so += float(ih) * data[ih]
            no += data[ih]
        mb = 0.0 if nb == 0 else sb / nb
        mo = 0.0 if no == 0 else so / no
        temp = float(np.float64(mb - mo) / (np.log(np.float64(mb)) - np.log(np.float64(mo))))
        new_thresh = float(_jint(temp - 0.5) if temp < -_EPS else _jint(temp + 0.5))
        if not abs(new_thresh - old_thresh) > 0.5:
            break
    return threshold


def _ij_mean(data: list[int]) -> int:
    tot = s = 0.0
    for i in range(256):
        tot += data[i]
        s += float(i) * data[i]
    return int(math.floor(s / tot))


def _ij_minerror(data: list[int]) -> int:
    n = len(data)
    a = np.cumsum(np.array(data, dtype=np.float64))
    b = np.cumsum(np.array([i * v for i, v in enumerate(data)], dtype=np.float64))
    c = np.cumsum(np.array([i * i * v for i, v in enumerate(data)], dtype=np.float64))

    def at(arr: np.ndarray, j: int) -> float:
        return arr[min(max(j, 0), n - 1)] if j >= 0 else 0.0

    threshold = _ij_mean(data)
    t_prev = -2
    for _ in range(10000):
        if threshold == t_prev:
            break
        A, B, C = at(a, threshold), at(b, threshold), at(c, threshold)
        An, Bn, Cn = a[-1], b[-1], c[-1]
        mu = np.float64(B) / A
        nu = np.float64(Bn - B) / (An - A)
        p = np.float64(A) / An
        q = np.float64(An - A) / An
        sigma2 = np.float64(C) / A - mu * mu
        tau2 = np.float64(Cn - C) / (An - A) - nu * nu
        w0 = 1.0 / sigma2 - 1.0 / tau2
        w1 = mu / sigma2 - nu / tau2
        w2 = (mu * mu) / sigma2 - (nu * nu) / tau2 + np.log10((sigma2 * (q * q)) / (tau2 * (p * p)))
        sqterm = w1 * w1 - w0 * w2
        if sqterm < 0:
            return threshold
        t_prev = threshold
        temp = (w1 + np.sqrt(sqterm)) / w0
        if temp != temp:
            threshold = t_prev
        elif not np.isfinite(temp):
            threshold = 2**31 - 1 if temp > 0 else -(2**31)
        else:
            threshold = int(math.floor(temp))
    return threshold


def _ij_minimum(data: list[int]) -> int:
    hist = np.array(data, dtype=np.float64)
    it = 0
    while not _bimodal(hist):
        hist = _smooth3(hist)
        it += 1
        if it > 10000:
            return -1
    for i in range(1, 255):
        if hist[i - 1] > hist[i] and hist[i + 1] >= hist[i]:
            return i
    return -1


def _ij_moments(data: list[int]) -> int:
    total = float(sum(data))
    histo = [d / total for d in data]
    m0, m1, m2, m3 = 1.0, 0.0, 0.0, 0.0
    for i in range(256):
        di = float(i)
        m1 += di * histo[i]
        m2 += di * di * histo[i]
        m3 += di * di * di * histo[i]
    cd = m0 * m2 - m1 * m1
    c0 = (-m2 * m2 + m1 * m3) / cd
    c1 = (m0 * -m3 + m2 * m1) / cd
    disc = c1 * c1 - 4.0 * c0
    root = math.sqrt(disc) if disc >= 0 else float("nan")
    z0 = 0.5 * (-c1 - root)
    z1 = 0.5 * (-c1 + root)
    p0 = (z1 - m1) / (z1 - z0) if z1 != z0 else float("nan")
    s = 0.0
    for i in range(256):
        s += histo[i]
        if s > p0:
            return i
    return -1


def _ij_otsu(data: list[int]) -> int:
    S = N = 0.0
    for k in range(256):
        S += float(k) * data[k]
        N += data[k]
    Sk = 0.0
    N1 = float(data[0])
    bcv_max, k_star = 0.0, 0
    for k in range(1, 255):
        Sk += float(k) * data[k]
        N1 += data[k]
        denom = N1 * (N - N1)
        if denom != 0:
            num = (N1 / N) * S - Sk
            bcv = (num * num) / denom
        else:
            bcv = 0.0
        if bcv >= bcv_max:
            bcv_max, k_star = bcv, k
    return k_star


def _ij_percentile(data: list[int]) -> int:
    threshold, temp = -1, 1.0
    total = float(sum(data))
    running = 0.0
    for i in range(256):
        running += data[i]
        a = abs(running / total - 0.5)
        if a < temp:
            temp, threshold = a, i
    return threshold


def _ij_triangle(data: list[int]) -> int:
    data = list(data)
    lo = hi2 = dmax = peak = 0
    for i in range(256):
        if data[i] > 0:
            lo = i
            break
    if lo > 0:
        lo -= 1
    for i in range(255, 0, -1):
        if data[i] > 0:
            hi2 = i
            break
    if hi2 < 255:
        hi2 += 1
    for i in range(256):
        if data[i] > dmax:
            peak, dmax = i, data[i]
    inverted = False
    if (peak - lo) < (hi2 - peak):
        inverted = True
        data.reverse()
        lo = 255 - hi2
        peak = 255 - peak
    if lo == peak:
        return lo
    nx = float(data[peak])
    ny = float(lo - peak)
    d = math.sqrt(nx * nx + ny * ny)
    nx /= d
    ny /= d
    d = nx * lo + ny * data[lo]
    split, split_distance = lo, 0.0
    for i in range(lo + 1, peak + 1):
        nd = nx * i + ny * data[i] - d
        if nd > split_distance:
            split, split_distance = i, nd
    split -= 1
    return 255 - split if inverted else split
