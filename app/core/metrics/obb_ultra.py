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

from typing import TYPE_CHECKING

import numpy as np

from app.core.metrics.match import candidate_pairs, greedy_match
from app.core.metrics.shapes_iou import geometry, probiou_aligned
from app.core.metrics.ultra import CM_IOU, UltraResult, iou_thresholds, ultra_result

if TYPE_CHECKING:
    from app.core.jobs import JobState
    from app.core.metrics.shapes_load import ShapeEvalData
    from app.core.metrics.ultra import OrderRank

CM_CONF_OBB = 0.01  # DetectionValidator: self.args.conf = 0.01 if task == "obb" else 0.001


def match_correct_obb(data: ShapeEvalData, order_rank: OrderRank) -> np.ndarray:
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


def confusion_matching_obb(data: ShapeEvalData, order_rank: OrderRank, iou_thres: float = CM_IOU) -> np.ndarray:
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


def evaluate_ultra_obb(
    data: ShapeEvalData, cm_conf: float = CM_CONF_OBB, cm_iou: float = CM_IOU, state: JobState | None = None
) -> UltraResult:
    return ultra_result(
        data,
        cm_conf,
        cm_iou,
        state,
        lambda rank: match_correct_obb(data, rank),
        lambda rank: confusion_matching_obb(data, rank, cm_iou),
    )
