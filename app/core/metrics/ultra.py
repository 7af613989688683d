"""Ultralytics mode: the numbers `yolo val` prints for the same predictions.

The per-image work of Ultralytics' DetectionValidator (box_iou + match_predictions, and
ConfusionMatrix.process_batch) is run batched for all images at once, in the same float32
arithmetic and with the same tie rules; the statistics then go through the installed
`ultralytics.utils.metrics.ap_per_class` and `Metric`, so P, R, mAP50 and mAP50-95 are the
library's own. Predictions of one image are taken in descending confidence order (stable), as
they leave NMS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

import numpy as np

from app.core.metrics.match import candidate_pairs, greedy_match, group_ranks, iou_ultra

if TYPE_CHECKING:
    from app.core.jobs import JobState
    from app.core.metrics.load import EvalData

    OrderRank: TypeAlias = tuple[np.ndarray, np.ndarray]  # group_ranks' (order, rank) of the detections

CM_CONF = 0.001  # DetectionValidator passes args.conf (val default 0.001) to ConfusionMatrix.process_batch
CM_IOU = 0.45  # ConfusionMatrix.process_batch default matching threshold


def iou_thresholds() -> np.ndarray:
    """DetectionValidator.iouv as numpy float32 (torch.linspace(0.5, 0.95, 10))."""
    import torch

    return torch.linspace(0.5, 0.95, 10).numpy()


@dataclass
class UltraResult:
    class_ids: np.ndarray  # classes with labels (ap_per_class' unique_classes)
    p: np.ndarray  # per class at the max-F1 confidence
    r: np.ndarray
    f1: np.ndarray
    ap: np.ndarray  # (nc_labels, 10)
    conf: float  # the max-F1 confidence (px[i])
    mp: float
    mr: float
    map50: float
    map75: float
    map: float
    f1_mean: float
    px: np.ndarray  # (1000,) confidence grid
    p_curve: np.ndarray  # (nc_labels, 1000)
    r_curve: np.ndarray
    f1_curve: np.ndarray
    prec_values: np.ndarray  # (nc_labels, 1000) precision at recall px, IoU 0.5
    correct: np.ndarray  # (n_det, 10) bool, detections in data order
    confusion: np.ndarray  # (nc + 1, nc + 1) [predicted, true], last = background
    cm_conf: float
    cm_iou: float


def match_correct(data: EvalData, order_rank: OrderRank | None = None) -> np.ndarray:
    """DetectionValidator.match_predictions for every image at once -> (n_det, 10) bool (data order)."""
    thr = iou_thresholds()
    g32 = data.boxes_xyxy("gt").astype(np.float32)
    d32 = data.boxes_xyxy("dt").astype(np.float32)
    conf32 = data.dt_conf.astype(np.float32)
    _, rank = order_rank if order_rank is not None else group_ranks(data.dt_img, conf32)
    nc = max(data.nc, 1)
    pd, pg, piou = candidate_pairs(
        data.dt_img * nc + data.dt_cls, data.gt_img * nc + data.gt_cls, iou_ultra, d32, g32, lambda v: v >= thr.min()
    )
    match = greedy_match(len(conf32), len(g32), rank, pd, pg, piou[:, None] >= thr[None, :], (-pg, piou))
    return match >= 0


def confusion_matching(data: EvalData, iou_thres: float = CM_IOU, order_rank: OrderRank | None = None) -> np.ndarray:
    """ConfusionMatrix.process_batch's class-agnostic greedy matching, all detections taken:
    for each ground truth the index of the detection that claims it, or -1. Detections above any
    confidence c form a prefix of each image's descending order, so the matrix at c follows from
    this one matching (see confusion_at)."""
    g32 = data.boxes_xyxy("gt").astype(np.float32)
    d32 = data.boxes_xyxy("dt").astype(np.float32)
    _, rank = order_rank if order_rank is not None else group_ranks(data.dt_img, data.dt_conf.astype(np.float32))
    pd, pg, piou = candidate_pairs(data.dt_img, data.gt_img, iou_ultra, d32, g32, lambda v: v > iou_thres)
    m = greedy_match(len(d32), len(g32), rank, pd, pg, np.ones((len(pd), 1), bool), (-pg, piou))[:, 0]
    gt_det = np.full(len(g32), -1, np.int64)
    hit = m >= 0
    gt_det[m[hit]] = np.flatnonzero(hit)
    return gt_det


def confusion_at(data: EvalData, gt_det: np.ndarray, conf: float) -> np.ndarray:
    """The (nc+1, nc+1) [predicted, true] matrix of ConfusionMatrix for detections with conf > c."""
    return confusion_from_keep(data.nc, data.dt_cls, data.gt_cls, gt_det, data.dt_conf.astype(np.float32) > conf)


def confusion_from_keep(
    nc: int, dt_cls: np.ndarray, gt_cls: np.ndarray, gt_det: np.ndarray, keep: np.ndarray
) -> np.ndarray:
    mat = np.zeros((nc + 1, nc + 1))
    ok = (gt_det >= 0) & np.r_[keep, False][gt_det]
    np.add.at(mat, (dt_cls[gt_det[ok]], gt_cls[ok]), 1)
    np.add.at(mat, (np.full((~ok).sum(), nc), gt_cls[~ok]), 1)
    matched = np.zeros(len(dt_cls), bool)
    matched[gt_det[ok]] = True
    fp = keep & ~matched
    np.add.at(mat, (dt_cls[fp], np.full(fp.sum(), nc)), 1)
    return mat


def evaluate_ultra(
    data: EvalData, cm_conf: float = CM_CONF, cm_iou: float = CM_IOU, state: JobState | None = None
) -> UltraResult:
    return ultra_result(
        data,
        cm_conf,
        cm_iou,
        state,
        lambda rank: match_correct(data, rank),
        lambda rank: confusion_matching(data, cm_iou, rank),
    )


def ultra_result(
    data: EvalData,
    cm_conf: float,
    cm_iou: float,
    state: JobState | None,
    correct_of: Callable[[OrderRank], np.ndarray],
    gt_det_of: Callable[[OrderRank], np.ndarray],
) -> UltraResult:
    """DetectionValidator's numbers (ap_per_class, Metric, the F1-best confidence, ConfusionMatrix) from
    `correct_of(order_rank)` (the (n_det, 10) TP table) and `gt_det_of(order_rank)` (each ground truth's
    detection in the confusion matching, or -1): the box and the OBB validators differ only there."""
    from ultralytics.utils.metrics import Metric, ap_per_class, smooth

    conf32 = data.dt_conf.astype(np.float32)
    order_rank = group_ranks(data.dt_img, conf32)
    correct = correct_of(order_rank)
    if state is not None:
        state.check()
    seq = order_rank[0]  # image by image, each in NMS (confidence) order
    res = ap_per_class(correct[seq], conf32[seq], data.dt_cls[seq].astype(np.float32), data.gt_cls.astype(np.float32))
    metric = Metric()
    metric.nc = data.nc
    metric.update(res[2:])
    f1_curve, px = res[9], res[10]
    i = smooth(f1_curve.mean(0), 0.1).argmax() if len(res[6]) else 0
    gt_det = gt_det_of(order_rank)
    mp, mr, map50, mapv = metric.mean_results()
    return UltraResult(
        class_ids=np.asarray(res[6], np.int64),
        p=res[2],
        r=res[3],
        f1=res[4],
        ap=res[5],
        conf=float(px[i]),
        mp=float(mp),
        mr=float(mr),
        map50=float(map50),
        map75=float(metric.map75),
        map=float(mapv),
        f1_mean=float(res[4].mean()) if len(res[4]) else 0.0,
        px=px,
        p_curve=res[7],
        r_curve=res[8],
        f1_curve=f1_curve,
        prec_values=res[11],
        correct=correct,
        confusion=confusion_at(data, gt_det, cm_conf),
        cm_conf=cm_conf,
        cm_iou=cm_iou,
    )
