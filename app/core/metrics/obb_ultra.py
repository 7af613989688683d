"""Ultralytics mode for rotated boxes: the numbers `yolo val` prints for an -obb model's predictions.

OBBValidator is DetectionValidator with the probabilistic IoU (batch_probiou) in place of box_iou:
match_predictions claims, detection by detection in descending confidence, the unclaimed ground
truth of the same class with the highest IoU at each of the 10 thresholds; the statistics go
through the installed `ultralytics.utils.metrics.ap_per_class` and `Metric`, as in metrics.ultra.
Its ConfusionMatrix matches class-agnostically above IoU 0.45 and counts predictions above the
validator's confidence, 0.01 for obb (DetectionValidator lowers `conf` to 0.01 for the obb task).
The IoU is metrics.shapes_iou's numpy probiou (float32, batch_probiou's operations).
"""

from __future__ import annotations

import numpy as np

from app.core.metrics.match import candidate_pairs, greedy_match, group_ranks
from app.core.metrics.shapes_iou import geometry, probiou_aligned
from app.core.metrics.ultra import CM_IOU, UltraResult, confusion_from_keep, iou_thresholds

CM_CONF_OBB = 0.01  # DetectionValidator: self.args.conf = 0.01 if task == "obb" else 0.001


def match_correct_obb(data, order_rank) -> np.ndarray:
    """OBBValidator._process_batch for every image at once -> (n_det, 10) bool, data order."""
    thr = iou_thresholds()
    g = geometry(data)
    nc = max(data.nc, 1)
    pd, pg, piou = candidate_pairs(
        data.dt_img * nc + data.dt_cls,
        data.gt_img * nc + data.gt_cls,
        probiou_aligned,
        g["dt"],
        g["gt"],
        lambda v: v >= thr.min(),
    )
    n_det = len(data.dt_cls)
    match = greedy_match(n_det, len(data.gt_cls), order_rank[1], pd, pg, piou[:, None] >= thr[None, :], (-pg, piou))
    return match >= 0


def confusion_matching_obb(data, order_rank, iou_thres: float = CM_IOU) -> np.ndarray:
    """ConfusionMatrix.process_batch's class-agnostic matching with probiou: for each ground truth
    the detection that claims it, or -1 (all detections; confusion_from_keep applies the threshold)."""
    g = geometry(data)
    pd, pg, piou = candidate_pairs(data.dt_img, data.gt_img, probiou_aligned, g["dt"], g["gt"], lambda v: v > iou_thres)
    n_det = len(data.dt_cls)
    m = greedy_match(n_det, len(data.gt_cls), order_rank[1], pd, pg, np.ones((len(pd), 1), bool), (-pg, piou))[:, 0]
    gt_det = np.full(len(data.gt_cls), -1, np.int64)
    hit = m >= 0
    gt_det[m[hit]] = np.flatnonzero(hit)
    return gt_det


def evaluate_ultra_obb(data, cm_conf: float = CM_CONF_OBB, cm_iou: float = CM_IOU, state=None) -> UltraResult:
    from ultralytics.utils.metrics import Metric, ap_per_class, smooth

    conf32 = data.dt_conf.astype(np.float32)
    order_rank = group_ranks(data.dt_img, conf32)
    correct = match_correct_obb(data, order_rank)
    if state is not None:
        state.check()
    seq = order_rank[0]
    res = ap_per_class(correct[seq], conf32[seq], data.dt_cls[seq].astype(np.float32), data.gt_cls.astype(np.float32))
    metric = Metric()
    metric.nc = data.nc
    metric.update(res[2:])
    f1_curve, px = res[9], res[10]
    i = smooth(f1_curve.mean(0), 0.1).argmax() if len(res[6]) else 0
    gt_det = confusion_matching_obb(data, order_rank, cm_iou)
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
        confusion=confusion_from_keep(data.nc, data.dt_cls, data.gt_cls, gt_det, conf32 > cm_conf),
        cm_conf=cm_conf,
        cm_iou=cm_iou,
    )
