"""ImageJ's entropy-based auto-threshold methods (Huang, MaxEntropy, RenyiEntropy, Shanbhag,
Yen), ported from ij/process/AutoThresholder.java; see app.core.pipeline.threshold.imagej for the
conventions. The O(n^2) sums are vectorized but added in ImageJ's order (bin by bin)."""

import math

import numpy as np

_EPS = 2.220446049250313e-16


def _jint(x: float) -> int:
    """Java (int) cast of a double: truncation toward zero, NaN -> 0."""
    if x != x:
        return 0
    return int(x)


def _cum_norm(data: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """norm_histo, P1 (running sum, in order), P2 = 1 - P1 as float64 arrays (ImageJ's arrays)."""
    total = float(sum(data))
    norm = np.array(data, dtype=np.float64) / total
    p1 = np.cumsum(norm)
    return norm, p1, 1.0 - p1


def _first_last(p1: np.ndarray, p2: np.ndarray) -> tuple[int, int]:
    first = 0
    for ih in range(256):
        if not abs(p1[ih]) < _EPS:
            first = ih
            break
    last = 255
    for ih in range(255, first - 1, -1):
        if not abs(p2[ih]) < _EPS:
            last = ih
            break
    return first, last


def _lower(n: int) -> np.ndarray:
    """Boolean matrix M[ih, it] = ih <= it."""
    idx = np.arange(n)
    return idx[:, None] <= idx[None, :]


def _colsum(m: np.ndarray) -> np.ndarray:
    """Sum over axis 0 row by row (ih ascending), the order of ImageJ's `ent += ...` loops."""
    acc = np.zeros(m.shape[1])
    for row in m:
        acc = acc + row
    return acc


def _ij_huang(data: list[int]) -> int:
    first = next(i for i in range(256) if data[i] != 0)
    last = next(i for i in range(255, first - 1, -1) if data[i] != 0)
    term = 1.0 / float(last - first)
    mu0 = np.zeros(256)
    s = n = 0.0
    for ih in range(first, 256):
        s += float(ih) * data[ih]
        n += data[ih]
        mu0[ih] = s / n
    mu1 = np.zeros(256)
    s = n = 0.0
    for ih in range(last, 0, -1):
        s += float(ih) * data[ih]
        n += data[ih]
        mu1[ih - 1] = s / n
    ih = np.arange(256, dtype=np.float64)[:, None]  # type: ignore[assignment]  # the ImageJ loop name, reused
    low = _lower(256)
    mu = np.where(low, mu0[None, :], mu1[None, :])  # mu_0[it] for ih <= it, else mu_1[it]
    mux = 1.0 / (1.0 + term * np.abs(ih - mu))
    ok = ~((mux < 1e-06) | (mux > 0.999999))
    d = np.array(data, dtype=np.float64)[:, None]
    terms = np.where(ok, d * (-mux * np.log(mux) - (1.0 - mux) * np.log(1.0 - mux)), 0.0)
    ent = _colsum(terms)
    threshold, min_ent = -1, float("inf")
    for it in range(256):
        if ent[it] < min_ent:
            min_ent, threshold = ent[it], it
    return threshold


def _entropy_scan(
    data: list[int], norm: np.ndarray, p1: np.ndarray, p2: np.ndarray, first: int, last: int
) -> np.ndarray:
    """Kapur's entropy (ent_back + ent_obj) for every it, ImageJ's summation order."""
    nz = (np.array(data) != 0)[:, None]
    low = _lower(256)
    with np.errstate(all="ignore"):
        rb = norm[:, None] / p1[None, :]
        ro = norm[:, None] / p2[None, :]
        back = np.where(low & nz, -rb * np.log(rb), 0.0)
        obj = np.where(~low & nz, -ro * np.log(ro), 0.0)
    tot: np.ndarray = _colsum(back) + _colsum(obj)
    return tot


def _ij_maxentropy(data: list[int]) -> int:
    norm, p1, p2 = _cum_norm(data)
    first, last = _first_last(p1, p2)
    tot = _entropy_scan(data, norm, p1, p2, first, last)
    threshold, max_ent = -1, 5e-324  # Double.MIN_VALUE
    for it in range(first, last + 1):
        if max_ent < tot[it]:
            max_ent, threshold = tot[it], it
    return threshold


def _ij_renyientropy(data: list[int]) -> int:
    norm, p1, p2 = _cum_norm(data)
    first, last = _first_last(p1, p2)
    tot = _entropy_scan(data, norm, p1, p2, first, last)
    threshold, max_ent = 0, 0.0
    for it in range(first, last + 1):
        if max_ent < tot[it]:
            max_ent, threshold = tot[it], it
    t_star2 = threshold
    low = _lower(256)
    with np.errstate(all="ignore"):
        sq_b = _colsum(np.where(low, np.sqrt(norm[:, None] / p1[None, :]), 0.0))
        sq_o = _colsum(np.where(~low, np.sqrt(norm[:, None] / p2[None, :]), 0.0))
        pw_b = _colsum(np.where(low, (norm * norm)[:, None] / (p1 * p1)[None, :], 0.0))
        pw_o = _colsum(np.where(~low, (norm * norm)[:, None] / (p2 * p2)[None, :], 0.0))
    stars = []
    for eb, eo, alpha in ((sq_b, sq_o, 0.5), (pw_b, pw_o, 2.0)):
        term = 1.0 / (1.0 - alpha)
        threshold, max_ent = 0, 0.0
        for it in range(first, last + 1):
            prod = eb[it] * eo[it]
            tot_ent = term * (math.log(prod) if prod > 0.0 else 0.0)
            if tot_ent > max_ent:
                max_ent, threshold = tot_ent, it
        stars.append(threshold)
    t1, t3 = stars
    t2 = t_star2
    if t2 < t1:
        t1, t2 = t2, t1
    if t3 < t2:
        t2, t3 = t3, t2
    if t2 < t1:
        t1, t2 = t2, t1
    if abs(t1 - t2) <= 5:
        b1, b2, b3 = (1, 2, 1) if abs(t2 - t3) <= 5 else (0, 1, 3)
    else:
        b1, b2, b3 = (3, 1, 0) if abs(t2 - t3) <= 5 else (1, 2, 1)
    omega = p1[t3] - p1[t1]
    return _jint(t1 * (p1[t1] + 0.25 * omega * b1) + 0.25 * t2 * omega * b2 + t3 * (p2[t3] + 0.25 * omega * b3))


def _ij_shanbhag(data: list[int]) -> int:
    norm, p1, p2 = _cum_norm(data)
    first, last = _first_last(p1, p2)
    idx = np.arange(256)
    with np.errstate(all="ignore"):
        tb = 0.5 / p1
        p1_prev = np.concatenate(([0.0], p1[:-1]))  # P1[ih - 1]
        mb = (idx[:, None] >= 1) & (idx[:, None] <= idx[None, :])
        back = _colsum(np.where(mb, -norm[:, None] * np.log(1.0 - tb[None, :] * p1_prev[:, None]), 0.0)) * tb
        to = 0.5 / p2
        mo = idx[:, None] > idx[None, :]
        obj = _colsum(np.where(mo, -norm[:, None] * np.log(1.0 - to[None, :] * p2[:, None]), 0.0)) * to
        tot = np.abs(back - obj)
    threshold, min_ent = -1, float("inf")
    for it in range(first, last + 1):
        if tot[it] < min_ent:
            min_ent, threshold = tot[it], it
    return threshold


def _ij_yen(data: list[int]) -> int:
    norm, p1, _ = _cum_norm(data)
    p1_sq = np.cumsum(norm * norm)
    p2_sq = [0.0] * 256
    for ih in range(254, -1, -1):
        p2_sq[ih] = p2_sq[ih + 1] + norm[ih + 1] * norm[ih + 1]
    threshold, max_crit = -1, 5e-324
    for it in range(256):
        a = p1_sq[it] * p2_sq[it]
        b = p1[it] * (1.0 - p1[it])
        crit = -1.0 * (math.log(a) if a > 0.0 else 0.0) + 2 * (math.log(b) if b > 0.0 else 0.0)
        if crit > max_crit:
            max_crit, threshold = crit, it
    return threshold
