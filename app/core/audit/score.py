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
    raw = float(min(1.0, max(0.0, raw)))
    ab = CALIBRATION.get(kind)
    if ab is None:
        return raw
    r = min(max(raw, 1e-4), 1 - 1e-4)
    return float(1.0 / (1.0 + np.exp(-(ab[0] * np.log(r / (1 - r)) + ab[1]))))


def _ramp(x, lo, hi):
    return float(np.clip((x - lo) / (hi - lo), 0.0, 1.0)) if hi > lo else float(x >= hi)


def label_raws(cls: int, row: np.ndarray, p_cls, p_conf, P: AuditParams = DEFAULT) -> dict:
    """Raw evidence against one label: kind -> (raw, index of the prediction it rests on or None);
    row: the label's IoU with every prediction. "spurious" is always there."""
    sc = p_cls == cls
    support = float(p_conf[sc & (row >= P.good)].max(initial=0.0))
    loose = float(p_conf[sc & (row >= P.same)].max(initial=0.0))
    out = {}
    other = (~sc) & (row >= P.same)
    if other.any():
        j = int(np.argmax(np.where(other, p_conf, -1)))
        out["swap"] = (float(p_conf[j]) * (1.0 - loose), j)
    loc = sc & (row >= P.near) & (row < P.good)
    if loc.any():
        j = int(np.argmax(np.where(loc, p_conf, -1)))
        out["badloc"] = (float(p_conf[j]) * (1.0 - support) * _ramp(P.good - row[j], 0.0, P.good - P.bad), j)
    touch = row >= P.near
    mx = float(p_conf[touch].max(initial=0.0))
    out["spurious"] = (float(np.exp(-mx / P.spur_tau)), int(np.argmax(np.where(touch, p_conf, -1))) if touch.any() else None)
    return out


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
    iou = iou_xywh(l_box, p_box)                           # (n, m)
    same_cls = l_cls[:, None] == p_cls[None, :]
    conf = np.broadcast_to(p_conf[None, :], (n, m))
    out: list[Finding] = []

    def box(v):
        return [float(x) for x in v]

    # duplicates: the twin the model supports less is the one to delete
    handled = np.zeros(n, bool)
    if n > 1:
        LL = iou_xywh(l_box, l_box)
        fit = np.where(same_cls, conf * iou, 0.0).max(axis=1, initial=0.0)
        for a in range(n):
            for b in range(a + 1, n):
                if l_cls[a] != l_cls[b] or LL[a, b] < P.dup or handled[a] or handled[b]:
                    continue
                d, k = (b, a) if fit[b] <= fit[a] else (a, b)
                near = same_cls[a] & (np.maximum(iou[a], iou[b]) >= P.same)
                cs = np.sort(p_conf[near])[::-1]
                c2 = float(cs[1]) if len(cs) > 1 else 0.0
                raw = _ramp(LL[a, b], P.dup - 0.1, P.dup + 0.2) * (1.0 - c2)
                handled[d] = True
                out.append(Finding("duplicate", calibrate("duplicate", raw), int(l_line[d]), int(l_cls[d]),
                                   box(l_box[d]), int(l_cls[k]), box(l_box[k]), float(LL[a, b]), c2,
                                   other_line=int(l_line[k]), raw=raw))

    for i in range(n):
        if handled[i]:
            continue
        cands = label_raws(int(l_cls[i]), iou[i], p_cls, p_conf, P)
        row = iou[i]
        kind, (raw, j) = max(cands.items(), key=lambda t: t[1][0])
        if raw < P.min_score:
            continue
        out.append(Finding(kind, calibrate(kind, raw), int(l_line[i]), int(l_cls[i]), box(l_box[i]),
                           None if j is None else int(p_cls[j]), None if j is None else box(p_box[j]),
                           0.0 if j is None else float(row[j]), 0.0 if j is None else float(p_conf[j]), raw=raw))

    # overlooked: predictions no label touches, the strongest per object
    if m:
        free = (iou < P.near).all(axis=0) if n else np.ones(m, bool)
        PP = iou_xywh(p_box, p_box)
        taken: list[int] = []
        for j in np.argsort(-p_conf, kind="stable"):
            if not free[j] or any(PP[j, t] >= P.same for t in taken):
                continue
            taken.append(int(j))
            raw = float(p_conf[j])
            if raw >= P.min_score:
                out.append(Finding("overlooked", calibrate("overlooked", raw), None, None, None, int(p_cls[j]),
                                   box(p_box[j]), 0.0, raw, raw=raw))
    out.sort(key=lambda f: (-f.score, f.line if f.line is not None else 1 << 30))
    return out
