"""Match one image's labels with the model's predictions and score what disagrees.

The idea: a *confident* model that disagrees with a label is evidence the label is wrong; a model
that is merely unsure is not (sorting by low confidence finds hard images, not wrong labels). So
every score is a product of "how sure the model is of its alternative" and "how little it supports
the label as it is", both read from the same prediction set (stored down to a low confidence, so
weak support is seen too):

* support(label)   = highest confidence of a prediction of the label's class on the label's box
                     (IoU >= `good`); weak support on a looser box (IoU >= `same`) for swaps
* swap             = conf(best other-class prediction on the object, IoU >= `same`) x (1 - loose support)
* badloc           = conf(best same-class prediction with `near` <= IoU < `good`) x (1 - support)
                     x how far the IoU is below `good` (full at `bad` and under)
* spurious         = exp(-m / `spur_tau`), m = the highest confidence of any prediction touching the
                     label (IoU >= `near`): a label on nothing scores ~1, one the model half-sees low
* overlooked       = conf of a prediction no label touches (IoU < `near` with every label), the
                     strongest one per object (others on it with IoU >= `same` are dropped)
* duplicate        = two labels of one class with IoU >= `dup`: ramp(IoU) x (1 - c2), c2 the second
                     same-class prediction on the pair (the model seeing two objects there)

Then each raw score goes through `calibrate` (per kind, fitted on the generated benchmark in
scripts/bench_audit.py) so that a 0.8 means about the same odds of a wrong label for every kind.
One finding per label (its worst raw evidence), reported when that evidence is at least `min_score`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.core.audit.findings import Finding
from app.core.metrics.match import iou_matrix_xywh


@dataclass(frozen=True)
class AuditParams:
    near: float = 0.1       # IoU below which a box and a prediction are unrelated
    same: float = 0.5       # same object (swap, duplicate evidence, overlooked suppression)
    good: float = 0.75      # a label placed well enough; below it a same-class prediction says "badloc"
    bad: float = 0.6        # badloc at full weight at and under this IoU
    dup: float = 0.6        # two same-class labels this close are one object
    spur_tau: float = 0.1   # spurious: how fast weak evidence of an object lowers the score
    min_score: float = 0.1  # findings below this are not reported


DEFAULT = AuditParams()


iou_xywh = iou_matrix_xywh  # the audit modules' name for it


# kind -> (a, b): score = sigmoid(a * logit(raw) + b), fitted by scripts/calibrate_audit.py on
# generated data (other images than the benchmark's, a quarter of them corrupted): a score is
# then the observed share of real label errors among findings with that raw evidence.
# (600 images, seed 7, the 3x3-mosaic second look on findings the previous coefficients scored
# >= 0.1: 105 swap findings of which 28 true, badloc 43/29, overlooked 88/36, spurious 90/29,
# duplicate 30/30, so duplicates keep their raw score. On the 2,000 held-out images of seed 3 the
# refit moved precision@K from 0.932 to 0.934.)
CALIBRATION: dict[str, tuple[float, float]] = {
    "swap": (5.072, 2.169), "badloc": (4.29, 3.616), "overlooked": (1.454, 0.719), "spurious": (0.563, -2.595)}


def calibrate(kind: str, raw: float) -> float:
    """Raw evidence -> comparable score (see the module docstring); identity for a kind without
    coefficients."""
    raw = min(1.0, max(0.0, float(raw)))
    ab = CALIBRATION.get(kind)
    if ab is None:
        return raw
    r = min(max(raw, 1e-4), 1 - 1e-4)
    return 1.0 / (1.0 + math.exp(-(ab[0] * math.log(r / (1 - r)) + ab[1])))


RAW_KINDS = ("swap", "badloc", "spurious")   # the kinds read per label, in tie order


def raws(l_cls, iou, p_cls, p_conf, P: AuditParams = DEFAULT):
    """Raw evidence against every label at once: (raw (n, 3), j (n, 3)) for RAW_KINDS, raw -1
    where a kind has no evidence (swap and badloc need a prediction of that sort) and j the
    prediction it rests on (-1: none). iou: (n, m) labels x predictions."""
    sc = l_cls[:, None] == p_cls[None, :]
    cf = np.broadcast_to(p_conf, iou.shape)
    n = len(l_cls)
    raw = np.full((n, 3), -1.0)
    j = np.full((n, 3), -1, np.int64)
    if not iou.shape[1]:
        raw[:, 2] = 1.0            # exp(-0): nothing near the label at all
        return raw, j
    same, good, touch = iou >= P.same, iou >= P.good, iou >= P.near
    support = np.where(sc & good, cf, 0.0).max(axis=1)
    loose = np.where(sc & same, cf, 0.0).max(axis=1)
    rows = np.arange(n)
    other = ~sc & same
    js = np.argmax(np.where(other, cf, -1.0), axis=1)
    ok = other.any(axis=1)
    raw[ok, 0] = (p_conf[js] * (1.0 - loose))[ok]
    j[ok, 0] = js[ok]
    loc = sc & touch & ~good
    jl = np.argmax(np.where(loc, cf, -1.0), axis=1)
    ok = loc.any(axis=1)
    ramp = np.clip((P.good - iou[rows, jl]) / (P.good - P.bad), 0.0, 1.0) if P.good > P.bad else \
        (P.good - iou[rows, jl] >= P.good - P.bad).astype(float)
    raw[ok, 1] = (p_conf[jl] * (1.0 - support) * ramp)[ok]
    j[ok, 1] = jl[ok]
    jt = np.argmax(np.where(touch, cf, -1.0), axis=1)
    raw[:, 2] = np.exp(-np.where(touch, cf, 0.0).max(axis=1) / P.spur_tau)
    j[:, 2] = np.where(touch.any(axis=1), jt, -1)
    return raw, j


def label_raws(cls: int, row: np.ndarray, p_cls, p_conf, P: AuditParams = DEFAULT) -> dict:
    """Raw evidence against one label: kind -> (raw, index of the prediction it rests on or None);
    row: the label's IoU with every prediction. "spurious" is always there."""
    raw, j = raws(np.array([cls], np.int64), np.asarray(row, np.float64).reshape(1, -1),
                  np.asarray(p_cls, np.int64), np.asarray(p_conf, np.float64), P)
    return {k: (float(raw[0, t]), None if j[0, t] < 0 else int(j[0, t]))
            for t, k in enumerate(RAW_KINDS) if raw[0, t] >= 0}


def find(l_cls, l_box, l_line, p_cls, p_box, p_conf, params: AuditParams = DEFAULT) -> list[Finding]:
    """Findings of one image, worst first. l_*: the label file's boxes and their 1-based lines;
    p_*: the model's predictions (any confidence stored)."""
    P = params
    l_cls = np.asarray(l_cls, np.int64).reshape(-1)
    l_box = np.asarray(l_box, np.float64).reshape(-1, 4)
    p_cls = np.asarray(p_cls, np.int64).reshape(-1)
    p_box = np.asarray(p_box, np.float64).reshape(-1, 4)
    p_conf = np.asarray(p_conf, np.float64).reshape(-1)
    n, m = len(l_cls), len(p_cls)
    every = iou_xywh(np.concatenate([l_box, p_box]), np.concatenate([l_box, p_box]))  # one matrix, three blocks
    iou, LL, PP = every[:n, n:], every[:n, :n], every[n:, n:]
    out: list[Finding] = []
    lines, lcl = [int(v) for v in np.asarray(l_line).reshape(-1)], l_cls.tolist()
    pcl, pcf = p_cls.tolist(), p_conf.tolist()

    def box(v):
        return v.tolist()

    # duplicates: the twin the model supports less is the one to delete
    handled = [False] * n
    if n > 1:
        same_cls = l_cls[:, None] == p_cls[None, :]
        pairs = np.argwhere(np.triu(LL >= P.dup, 1) & (l_cls[:, None] == l_cls[None, :]))
        if len(pairs):
            fit = np.where(same_cls, p_conf[None, :] * iou, 0.0).max(axis=1, initial=0.0)
            for a, b in pairs.tolist():
                if handled[a] or handled[b]:
                    continue
                d, k = (b, a) if fit[b] <= fit[a] else (a, b)
                near = same_cls[a] & (np.maximum(iou[a], iou[b]) >= P.same)
                cs = np.sort(p_conf[near])[::-1]
                c2 = float(cs[1]) if len(cs) > 1 else 0.0
                ll = float(LL[a, b])
                lo, hi = P.dup - 0.1, P.dup + 0.2
                raw = min(1.0, max(0.0, (ll - lo) / (hi - lo))) * (1.0 - c2)
                handled[d] = True
                out.append(Finding("duplicate", calibrate("duplicate", raw), lines[d], lcl[d], box(l_box[d]),
                                   lcl[k], box(l_box[k]), ll, c2, other_line=lines[k], raw=raw))

    if n:
        raw, jj = raws(l_cls, iou, p_cls, p_conf, P)
        best = np.argmax(raw, axis=1)        # the first of equal ones: swap, badloc, spurious
        for i in np.flatnonzero(raw[np.arange(n), best] >= P.min_score).tolist():
            if handled[i]:
                continue
            t = int(best[i])
            r, j = float(raw[i, t]), int(jj[i, t])
            kind = RAW_KINDS[t]
            out.append(Finding(kind, calibrate(kind, r), lines[i], lcl[i], box(l_box[i]),
                               None if j < 0 else pcl[j], None if j < 0 else box(p_box[j]),
                               0.0 if j < 0 else float(iou[i, j]), 0.0 if j < 0 else pcf[j], raw=r))

    # overlooked: predictions no label touches, the strongest per object
    if m:
        free = (iou < P.near).all(axis=0) if n else np.ones(m, bool)
        if free.any():
            taken: list[int] = []
            for j in np.argsort(-p_conf, kind="stable").tolist():
                if not free[j] or any(PP[j, t] >= P.same for t in taken):
                    continue
                taken.append(j)
                r = pcf[j]
                if r >= P.min_score:
                    out.append(Finding("overlooked", calibrate("overlooked", r), None, None, None, pcl[j],
                                       box(p_box[j]), 0.0, r, raw=r))
    out.sort(key=lambda f: (-f.score, f.line if f.line is not None else 1 << 30))
    return out
