"""COCO-style detection metrics, equal to pycocotools' COCOeval (bbox) on the same boxes.

Same parameters and rules as COCOeval: IoU thresholds 0.50:0.05:0.95, 101 recall points,
maxDets 1/10/100 per image and class, detections sorted by score with a stable sort, ground truth
outside an area range ignored (and unmatched detections outside it), classes without ground truth
left out of the means (precision -1), detections on images without ground truth of their class
counted as false positives. The per-image Python loops of pycocotools are replaced by the batched
kernels of metrics_match, so the result arrays are the same to the last bit, much faster.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from app.core.metrics.match import candidate_pairs, greedy_match, group_ranks, iou_coco

if TYPE_CHECKING:
    from app.core.jobs import JobState

IOU_THRS = np.linspace(0.5, 0.95, int(np.round((0.95 - 0.5) / 0.05)) + 1, endpoint=True)
REC_THRS = np.linspace(0.0, 1.00, int(np.round((1.00 - 0.0) / 0.01)) + 1, endpoint=True)
MAX_DETS = (1, 10, 100)
AREA_RNG = ((0**2, 1e5**2), (0**2, 32**2), (32**2, 96**2), (96**2, 1e5**2))
AREA_LBL = ("all", "small", "medium", "large")


@dataclass
class CocoResult:
    class_ids: np.ndarray  # (K,) class id of each precision column
    precision: np.ndarray  # (T, R, K, A, M), -1 where a class has no ground truth
    recall: np.ndarray  # (T, K, A, M)
    scores: np.ndarray  # (T, R, K, A, M)
    stats: np.ndarray  # (12,) as COCOeval.stats; nan for area ranges when sizes are unknown
    n_gt: np.ndarray  # (K,) ground-truth boxes per class
    n_pred: np.ndarray  # (K,) predictions per class (all of them, before maxDets)
    areas: bool  # area ranges evaluated (image sizes known)

    def ap(self, k: int, iou: float | None = None, area: int = 0, maxdet: int = 2) -> float | None:
        """AP of column k (mean over recall points and IoU thresholds), None when it has no ground truth."""
        s = self.precision[:, :, k, area, maxdet]
        if iou is not None:
            s = s[np.where(iou == IOU_THRS)[0]]
        s = s[s > -1]
        return float(np.mean(s)) if len(s) else None


def summarize(precision: np.ndarray, recall: np.ndarray, areas: bool = True) -> np.ndarray:
    """COCOeval.summarize() for bbox, without printing; nan for area rows when areas is False."""

    def one(ap: int = 1, iou_thr: float | None = None, area: str = "all", max_dets: int = 100) -> float:
        if area != "all" and not areas:
            return np.nan
        aind = [i for i, a in enumerate(AREA_LBL) if a == area]
        mind = [i for i, m in enumerate(MAX_DETS) if m == max_dets]
        s = precision if ap == 1 else recall
        if iou_thr is not None:
            s = s[np.where(iou_thr == IOU_THRS)[0]]
        s = s[:, :, :, aind, mind] if ap == 1 else s[:, :, aind, mind]
        return -1 if len(s[s > -1]) == 0 else np.mean(s[s > -1])

    return np.array(
        [
            one(1),
            one(1, 0.5),
            one(1, 0.75),
            one(1, area="small"),
            one(1, area="medium"),
            one(1, area="large"),
            one(0, max_dets=1),
            one(0, max_dets=10),
            one(0),
            one(0, area="small"),
            one(0, area="medium"),
            one(0, area="large"),
        ],
        np.float64,
    )


def evaluate_coco(
    gt_img: np.ndarray,
    gt_cls: np.ndarray,
    gt_xywh: np.ndarray,
    dt_img: np.ndarray,
    dt_cls: np.ndarray,
    dt_xywh: np.ndarray,
    dt_score: npt.ArrayLike,
    class_ids: npt.ArrayLike,
    gt_area: npt.ArrayLike | None = None,
    dt_area: npt.ArrayLike | None = None,
    areas: bool = True,
    state: JobState | None = None,
    iou_fn: Callable[[np.ndarray, np.ndarray], np.ndarray] = iou_coco,
) -> CocoResult:
    """COCOeval on flat arrays. Boxes are (x, y, w, h); image indices order the images as COCOeval's
    sorted imgIds; boxes of one image keep their input order (as annotation order in COCO).
    iou_fn(d_rows, g_rows) -> IoU of aligned pairs, given the rows of dt_xywh / gt_xywh: another
    IoU (masks, rotated boxes: metrics.shapes_iou.pair_iou) with its own rows and areas."""
    class_ids = np.unique(np.asarray(class_ids, np.int64))
    K, T, R, M = len(class_ids), len(IOU_THRS), len(REC_THRS), len(MAX_DETS)
    A = len(AREA_RNG) if areas else 1
    gt_area = gt_xywh[:, 2] * gt_xywh[:, 3] if gt_area is None else np.asarray(gt_area, np.float64)
    dt_area = dt_xywh[:, 2] * dt_xywh[:, 3] if dt_area is None else np.asarray(dt_area, np.float64)
    g_keep = np.isin(gt_cls, class_ids)
    d_keep = np.isin(dt_cls, class_ids)
    n_gt = np.bincount(np.searchsorted(class_ids, gt_cls[g_keep]), minlength=K)
    n_pred = np.bincount(np.searchsorted(class_ids, dt_cls[d_keep]), minlength=K)
    gi_all = np.flatnonzero(g_keep)
    g_img, g_k, g_box, g_area = (
        gt_img[gi_all],
        np.searchsorted(class_ids, gt_cls[gi_all]),
        gt_xywh[gi_all],
        gt_area[gi_all],
    )
    score_all = np.asarray(dt_score, np.float64)
    d_key_all = np.where(d_keep, dt_img.astype(np.int64) * max(K, 1) + np.searchsorted(class_ids, dt_cls), -1)
    _, rank_all = group_ranks(d_key_all, score_all)
    di_all = np.flatnonzero(d_keep & (rank_all < MAX_DETS[-1]))
    d_img, d_k, d_box = dt_img[di_all], np.searchsorted(class_ids, dt_cls[di_all]), dt_xywh[di_all]
    d_score, d_area, d_rank = score_all[di_all], dt_area[di_all], rank_all[di_all]
    nD, nG = len(di_all), len(gi_all)

    g_key = g_img.astype(np.int64) * max(K, 1) + g_k
    d_key = d_img.astype(np.int64) * max(K, 1) + d_k
    thr = np.minimum(IOU_THRS, 1 - 1e-10)
    pd, pg, piou = candidate_pairs(d_key, g_key, iou_fn, d_box, g_box, lambda v: v >= thr[0])
    passes = piou[:, None] >= thr[None, :]

    precision = -np.ones((T, R, K, len(AREA_RNG), M))
    recall = -np.ones((T, K, len(AREA_RNG), M))
    scores = -np.ones((T, R, K, len(AREA_RNG), M))
    # matching order: rank, detection, then the preferred pair last (not ignored, IoU, gt index)
    base = np.lexsort((pg, piou, pd, d_rank[pd]))
    pd, pg, passes = pd[base], pg[base], passes[base]
    rd = (d_rank[pd] * max(nD, 1) + pd) * 2
    # accumulate order: by class, score (stable), then image and rank (COCOeval's concatenation order)
    acc = np.lexsort((d_rank, d_img, -d_score, d_k))
    for a in range(A):
        if state is not None:
            state.check()
        lo, hi = AREA_RNG[a]
        g_ig = (g_area < lo) | (g_area > hi)
        if g_ig[pg].any():
            o = np.argsort(rd + ~g_ig[pg], kind="stable")
            match = greedy_match(nD, nG, d_rank, pd[o], pg[o], passes[o], presorted=True)
        else:
            match = greedy_match(nD, nG, d_rank, pd, pg, passes, presorted=True)
        dtm = (match >= 0).T  # (T, nD)
        d_out = (d_area < lo) | (d_area > hi)
        dt_ig = np.where(dtm, np.r_[g_ig, False][match.T], d_out[None, :])
        tp_mask, fp_mask = dtm & ~dt_ig, ~dtm & ~dt_ig
        npig = np.bincount(g_k[~g_ig], minlength=K)
        for m, max_det in enumerate(MAX_DETS):
            sel = acc[d_rank[acc] < max_det]
            bounds = np.searchsorted(d_k[sel], np.arange(K + 1))
            ctp = np.cumsum(tp_mask[:, sel].view(np.uint8), axis=1, dtype=np.int32)
            cfp = np.cumsum(fp_mask[:, sel].view(np.uint8), axis=1, dtype=np.int32)
            sc_all = d_score[sel]
            for k in range(K):
                if npig[k] == 0:
                    continue
                s, e = bounds[k], bounds[k + 1]
                _accumulate(
                    ctp, cfp, s, e, sc_all, npig[k], precision[:, :, k, a, m], recall[:, k, a, m], scores[:, :, k, a, m]
                )
    stats = summarize(precision, recall, areas)
    return CocoResult(class_ids, precision, recall, scores, stats, n_gt, n_pred, areas)


def _accumulate(
    ctp: np.ndarray,
    cfp: np.ndarray,
    s: int,
    e: int,
    sc: np.ndarray,
    npig: int,
    prec_out: np.ndarray,
    rec_out: np.ndarray,
    score_out: np.ndarray,
) -> None:
    """COCOeval.accumulate() for one class / area / maxDets cell: columns s:e of the running
    true/false positive counts (T, n) of all classes in score order."""
    nd = e - s
    if nd == 0:
        rec_out[:] = 0
        prec_out[:] = 0
        score_out[:] = 0
        return
    tp_sum = ctp[:, s:e] - ctp[:, s - 1 : s] if s else ctp[:, s:e]
    fp_sum = cfp[:, s:e] - cfp[:, s - 1 : s] if s else cfp[:, s:e]
    tp_sum, fp_sum = tp_sum.astype(float), fp_sum.astype(float)
    rc = tp_sum / npig
    pr = tp_sum / (fp_sum + tp_sum + np.spacing(1))
    rec_out[:] = rc[:, -1]
    pr = np.maximum.accumulate(pr[:, ::-1], axis=1)[:, ::-1]
    sc = sc[s:e]
    for t in range(tp_sum.shape[0]):
        inds = np.searchsorted(rc[t], REC_THRS, side="left")
        ok = inds < nd
        q = np.zeros(len(REC_THRS))
        ss = np.zeros(len(REC_THRS))
        q[ok] = pr[t, inds[ok]]
        ss[ok] = sc[inds[ok]]
        prec_out[t] = q
        score_out[t] = ss
