"""Box matching kernels shared by the COCO engine, the Ultralytics engine and the per-image analysis.

Everything is vectorized over the whole data set: candidate (detection, ground-truth) pairs are
built for boxes that share a group key (image, or image and class), their IoU is computed in the
exact floating-point order of the reference implementation, and the sequential greedy matching
that pycocotools and Ultralytics run image by image is run for all images at once, one detection
*rank* at a time (the k-th most confident detection of every group in one numpy step). Groups
never share ground truths, so this gives the same matches as the per-image loops.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

import numpy as np
import numpy.typing as npt

PAIR_CHUNK = 4_000_000  # candidate pairs built at once (bounds memory on huge groups)


def group_ranks(key: np.ndarray, score: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Order of detections by (key, -score), stable, and the rank of each detection in its group."""
    order = np.lexsort((-score, key))
    ks = key[order]
    starts = np.flatnonzero(np.r_[True, ks[1:] != ks[:-1]]) if len(ks) else np.zeros(0, np.int64)
    first = np.repeat(starts, np.diff(np.r_[starts, len(ks)]))
    rank = np.empty(len(key), np.int64)
    rank[order] = np.arange(len(key)) - first
    return order, rank


def group_pairs(
    d_key: np.ndarray, g_key: np.ndarray, det_subset: np.ndarray | None = None
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield (di, gi) index arrays of all detection/ground-truth pairs with equal key, in chunks."""
    g_order = np.argsort(g_key, kind="stable")
    gk = g_key[g_order]
    dets = np.arange(len(d_key)) if det_subset is None else det_subset
    dk = d_key[dets]
    start = np.searchsorted(gk, dk, "left")
    cnt = np.searchsorted(gk, dk, "right") - start
    csum = np.cumsum(cnt)
    lo = 0
    while lo < len(dets):
        base = csum[lo - 1] if lo else 0
        hi = max(lo + 1, int(np.searchsorted(csum, base + PAIR_CHUNK, "right")))
        c = cnt[lo:hi]
        total = int(c.sum())
        if total:
            di = np.repeat(dets[lo:hi], c)
            offs = np.cumsum(c) - c
            pos = np.arange(total) - np.repeat(offs, c) + np.repeat(start[lo:hi], c)
            yield di, g_order[pos]
        lo = hi


def iou_matrix_xyxy(a: npt.ArrayLike, b: npt.ArrayLike) -> np.ndarray:
    """IoU matrix (len(a), len(b)) of (x1, y1, x2, y2) boxes in float64; 0 where the union is empty.
    (The aligned kernels below reproduce pycocotools' and Ultralytics' exact operations; this one
    serves the rest: auto-label precision checks, the audit, the Review pane.)"""
    a = np.asarray(a, np.float64).reshape(-1, 4)
    b = np.asarray(b, np.float64).reshape(-1, 4)
    wh = np.clip(np.minimum(a[:, None, 2:], b[None, :, 2:]) - np.maximum(a[:, None, :2], b[None, :, :2]), 0, None)
    inter = wh[..., 0] * wh[..., 1]
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    union = area_a[:, None] + area_b[None, :] - inter
    return np.clip(np.where(union > 0, inter / np.maximum(union, 1e-12), 0.0), 0.0, 1.0)


def iou_matrix_xywh(a: npt.ArrayLike, b: npt.ArrayLike) -> np.ndarray:
    """iou_matrix_xyxy of (cx, cy, w, h) boxes (YOLO's normalized form)."""
    a = np.asarray(a, np.float64).reshape(-1, 4)
    b = np.asarray(b, np.float64).reshape(-1, 4)
    return iou_matrix_xyxy(
        np.concatenate([a[:, :2] - a[:, 2:] / 2, a[:, :2] + a[:, 2:] / 2], 1),
        np.concatenate([b[:, :2] - b[:, 2:] / 2, b[:, :2] + b[:, 2:] / 2], 1),
    )


def iou_coco(d_xywh: np.ndarray, g_xywh: np.ndarray) -> np.ndarray:
    """Pairwise-aligned IoU of (x, y, w, h) boxes, same operations as pycocotools' bbIou (maskApi.c)."""
    dx, dy, dw, dh = d_xywh.T
    gx, gy, gw, gh = g_xywh.T
    w = np.minimum(dw + dx, gw + gx) - np.maximum(dx, gx)
    h = np.minimum(dh + dy, gh + gy) - np.maximum(dy, gy)
    i = w * h
    u = dw * dh + gw * gh - i
    out = np.zeros(len(w), np.float64)
    ok = (w > 0) & (h > 0)
    np.divide(i, u, out=out, where=ok)
    return out


def iou_ultra(d_xyxy32: np.ndarray, g_xyxy32: np.ndarray, eps: float = 1e-7) -> np.ndarray:
    """Pairwise-aligned IoU of float32 (x1, y1, x2, y2) boxes, same operations as ultralytics box_iou."""
    a1, a2 = g_xyxy32[:, :2], g_xyxy32[:, 2:]
    b1, b2 = d_xyxy32[:, :2], d_xyxy32[:, 2:]
    wh = np.maximum(np.minimum(a2, b2) - np.maximum(a1, b1), np.float32(0))
    wh1, wh2 = a2 - a1, b2 - b1
    inter = wh[:, 0] * wh[:, 1]
    return cast(np.ndarray, inter / (wh1[:, 0] * wh1[:, 1] + wh2[:, 0] * wh2[:, 1] - inter + np.float32(eps)))


def candidate_pairs(
    d_key: np.ndarray,
    g_key: np.ndarray,
    iou_fn: Callable[[np.ndarray, np.ndarray], np.ndarray],
    d_boxes: np.ndarray,
    g_boxes: np.ndarray,
    keep_fn: Callable[[np.ndarray], np.ndarray],
    det_subset: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(di, gi, iou) of same-key pairs whose IoU passes keep_fn(iou) -> bool mask."""
    out_d, out_g, out_i = [], [], []
    for di, gi in group_pairs(d_key, g_key, det_subset):
        iou = iou_fn(d_boxes[di], g_boxes[gi])
        k = keep_fn(iou)
        out_d.append(di[k])
        out_g.append(gi[k])
        out_i.append(iou[k])
    if not out_d:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
    return np.concatenate(out_d), np.concatenate(out_g), np.concatenate(out_i)


def greedy_match(
    n_det: int,
    n_gt: int,
    det_rank: np.ndarray,
    di: np.ndarray,
    gi: np.ndarray,
    passes: np.ndarray,
    prefer: tuple[np.ndarray, ...] = (),
    presorted: bool = False,
) -> np.ndarray:
    """Sequential greedy matching, batched over detections of equal rank.

    A detection, taken in rank order within its group, claims among the pairs that pass (per
    threshold column of `passes`, shape (P, T)) and whose ground truth is still free, the pair that
    sorts last by the `prefer` keys (ascending lexsort keys, least significant first).
    presorted=True: the pairs are already sorted by (rank, detection, preference).
    Returns (n_det, T) int64: the matched ground-truth index, or -1.
    """
    T = passes.shape[1]
    match = np.full((n_det, T), -1, np.int64)
    if len(di) == 0:
        return match
    r = det_rank[di]
    if not presorted:
        order = np.lexsort(tuple(prefer) + (di, r))
        di, gi, passes, r = di[order], gi[order], passes[order], r[order]
    taken = np.zeros((n_gt, T), bool)
    bounds = np.searchsorted(r, np.arange(int(r.max()) + 2), "left")
    cols = np.arange(T)
    for s, e in zip(bounds[:-1], bounds[1:]):
        if s == e:
            continue
        d = di[s:e]
        g = gi[s:e]
        valid = passes[s:e] & ~taken[g]
        if not valid.any():
            continue
        idx = np.where(valid, np.arange(e - s)[:, None], -1)
        seg = np.flatnonzero(np.r_[True, d[1:] != d[:-1]])
        best = np.maximum.reduceat(idx, seg, axis=0)
        rows, ts = np.nonzero(best >= 0)
        p = best[rows, ts]
        taken[g[p], ts] = True
        match[d[seg[rows]], cols[ts]] = g[p]
    return match
