"""Ultralytics' rotated NMS (`non_max_suppression(rotated=True)`) without its N x N matrix, for
`--precision fast` with -obb models.

Ultralytics runs Fast-NMS with probabilistic IoU (`TorchNMS.fast_nms(iou_func=batch_probiou)`): the
boxes sorted by score, the probiou of every pair, and box j dropped when a box ranked above it has an
IoU above the threshold. With a few thousand candidates (a weak model, a big image) that is tens of
millions of pairs and seconds per image (its "NMS time limit exceeded" warning). Almost all of those
pairs are far apart. Probiou is 1 - sqrt(1 - exp(-bd)) with bd >= (t1 + t2) + t3, where t1 + t2 is a
quarter of the Mahalanobis distance of the centres under S = S1 + S2 (>= |d|^2 / 4 tr S) and t3 >= 0
(det S >= 2 sqrt(det S1 det S2)). So IoU > thr needs |d|^2 < 4 B tr(S), B = -ln(1 - (1 - thr)^2): only
the pairs that pass that test (with a margin; a sweep over x finds them) get Ultralytics' own
formula, term by term in float32, and the same rule keeps the same boxes. Pairs of two near-degenerate
boxes (where Ultralytics' eps makes t3 negative) are always computed. tests/core/labels/test_rotated_nms.py
compares the result with Ultralytics' on random and crowded cases.

Not used by `--precision exact`: there the boxes come from Ultralytics' own function, N x N and all.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import torch

EPS = 1e-7  # batch_probiou's eps
SMALL = 64  # below this many candidates Ultralytics' own N x N is as quick
THIN = 1e-2  # det of a box's covariance (pixels^4) under which its pairs with other thin boxes are computed
THIN_REL = 1e-3  # ... or under this fraction of its trace squared (aspect ratio above about 30)


def non_max_suppression_rotated(
    prediction: Any,
    conf_thres: float,
    iou_thres: float,
    classes: list[int] | torch.Tensor | None,
    max_det: int,
    nc: int,
) -> list[torch.Tensor]:
    """`nms.non_max_suppression(prediction, conf_thres, iou_thres, classes, False, max_det=max_det, nc=nc,
    rotated=True)` for a (B, 4 + nc + 1, A) output (xywh, class scores, angle): the same rows, in the
    same order, without its time limit."""
    import torch

    if isinstance(prediction, (list, tuple)):
        prediction = prediction[0]
    if classes is not None:
        classes = torch.tensor(classes, device=prediction.device)
    nc = nc or (prediction.shape[1] - 4)
    extra = prediction.shape[1] - nc - 4
    xc = prediction[:, 4 : 4 + nc].amax(1) > conf_thres
    prediction = prediction.transpose(-1, -2)
    out: list[torch.Tensor] = []
    for xi, x in enumerate(prediction):
        x = x[xc[xi]]
        if not x.shape[0]:
            out.append(torch.zeros((0, 6 + extra), device=prediction.device))
            continue
        box, cls, mask = x.split((4, nc, extra), 1)
        conf, j = cls.max(1, keepdim=True)
        x = torch.cat((box, conf, j.float(), mask), 1)[conf.view(-1) > conf_thres]
        if classes is not None:
            x = x[(x[:, 5:6] == classes).any(1)]
        if not x.shape[0]:
            out.append(torch.zeros((0, 6 + extra), device=prediction.device))
            continue
        if x.shape[0] > 30000:  # max_nms
            x = x[x[:, 4].argsort(descending=True)[:30000]]
        c = x[:, 5:6] * 7680  # max_wh: classes apart
        boxes = torch.cat((x[:, :2] + c, x[:, 2:4], x[:, -1:]), dim=-1)
        out.append(x[fast_nms_probiou(boxes, x[:, 4], iou_thres)[:max_det]])
    return out


def fast_nms_probiou(boxes: torch.Tensor, scores: torch.Tensor, iou_thres: float) -> torch.Tensor:
    """`TorchNMS.fast_nms(boxes, scores, iou_thres, iou_func=batch_probiou)`: indices kept, by descending score."""
    import torch
    from ultralytics.utils.metrics import _get_covariance_matrix, batch_probiou
    from ultralytics.utils.nms import TorchNMS

    n = boxes.shape[0]
    bound = _distance_bound(iou_thres)
    if n <= SMALL or bound is None or boxes.device.type != "cpu":  # a GPU does the N x N at once
        return TorchNMS.fast_nms(boxes, scores, iou_thres, iou_func=batch_probiou)
    sorted_idx = torch.argsort(scores, descending=True)  # as fast_nms: its order of ties too
    b = boxes[sorted_idx]
    a, bb, cc = (v.squeeze(-1) for v in _get_covariance_matrix(b))
    i, j = _near_pairs(b[:, :2].double().numpy(), a.double().numpy(), bb.double().numpy(), cc.double().numpy(), bound)
    suppressed = torch.zeros(n, dtype=torch.bool)
    if len(i):
        ti, tj = torch.from_numpy(i), torch.from_numpy(j)
        iou = _probiou_pairs(b[ti], b[tj], (a[ti], bb[ti], cc[ti]), (a[tj], bb[tj], cc[tj]))
        suppressed[tj[iou > iou_thres]] = True
    return sorted_idx[torch.nonzero(~suppressed).squeeze_(-1)]


def _distance_bound(iou_thres: float) -> float | None:
    """K such that IoU > iou_thres needs |d|^2 < K (tr S1 + tr S2), with a margin; None: no bound (all pairs)."""
    q = 1.0 - (1.0 - iou_thres) ** 2
    if not 0.0 < q < 1.0 or iou_thres <= 0.0:
        return None
    b = -math.log(q)
    if b >= 100.0:  # bd is clamped at 100
        return None
    return 4.0 * (b * 1.01 + 1e-3)


def _near_pairs(
    xy: np.ndarray, a: np.ndarray, b: np.ndarray, c: np.ndarray, k: float
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(i, j), i < j: the pairs that may pass: |d|^2 < k (tr_i + tr_j), found by a sweep over x
    (|d| < r_i + r_j with r = sqrt(k tr)); all pairs of two thin boxes (det S_i small, absolutely or
    against tr_i^2: there float32 and eps move t3 below 0); every pair of a box with a non-finite number."""
    n = len(xy)
    tr = a + b
    odd = ~(np.isfinite(xy).all(1) & np.isfinite(tr) & np.isfinite(c))
    thin = ~odd & (a * b - c * c < np.maximum(THIN, THIN_REL * tr * tr))
    ok = np.flatnonzero(~odd)
    x, r = xy[ok, 0], np.sqrt(np.maximum(k * tr[ok], 0.0))
    order = np.argsort(x, kind="stable")
    xs, rs = x[order], r[order]
    m = len(ok)
    parts: list[tuple[npt.NDArray[Any], npt.NDArray[Any]]] = []
    if m > 1:
        hi = np.searchsorted(xs, xs + rs + float(rs.max()), side="right")
        counts = np.maximum(hi - np.arange(m) - 1, 0)
        total = int(counts.sum())
        p = np.repeat(np.arange(m), counts)
        q = p + 1 + (np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts))
        u, v = ok[order[p]], ok[order[q]]
        near = ((xy[u] - xy[v]) ** 2).sum(1) < k * (tr[u] + tr[v])
        parts.append((u[near], v[near]))
    thin_ids, odd_ids = np.flatnonzero(thin), np.flatnonzero(odd)
    for group, other in ((thin_ids, thin_ids), (odd_ids, np.arange(n))):
        if len(group) and len(other) > 1:
            u, v = np.repeat(group, len(other)), np.tile(other, len(group))
            parts.append((u[u != v], v[u != v]))
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    u, v = np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
    key = np.unique(np.minimum(u, v).astype(np.int64) * n + np.maximum(u, v))
    return key // n, key % n


def _probiou_pairs(
    obb1: torch.Tensor,
    obb2: torch.Tensor,
    cov1: tuple[torch.Tensor, torch.Tensor, torch.Tensor],
    cov2: tuple[torch.Tensor, torch.Tensor, torch.Tensor],
) -> torch.Tensor:
    """batch_probiou(obb1, obb2)[k, k] for each k (row: the box ranked higher), term by term as there."""
    eps = EPS
    x1, y1 = obb1[:, 0], obb1[:, 1]
    x2, y2 = obb2[:, 0], obb2[:, 1]
    a1, b1, c1 = cov1
    a2, b2, c2 = cov2
    t1 = (
        ((a1 + a2) * (y1 - y2).pow(2) + (b1 + b2) * (x1 - x2).pow(2)) / ((a1 + a2) * (b1 + b2) - (c1 + c2).pow(2) + eps)
    ) * 0.25
    t2 = (((c1 + c2) * (x2 - x1) * (y1 - y2)) / ((a1 + a2) * (b1 + b2) - (c1 + c2).pow(2) + eps)) * 0.5
    t3 = (
        ((a1 + a2) * (b1 + b2) - (c1 + c2).pow(2))
        / (4 * ((a1 * b1 - c1.pow(2)).clamp(0) * (a2 * b2 - c2.pow(2)).clamp(0)).sqrt() + eps)
        + eps
    ).log() * 0.5
    bd = (t1 + t2 + t3).clamp(eps, 100.0)
    hd = (1.0 - (-bd).exp() + eps).sqrt()
    return 1 - hd
