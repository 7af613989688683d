"""Per-box analysis behind the numbers: which prediction is a TP or which kind of FP, which ground
truth is missed, at any confidence threshold and IoU threshold, plus the confusion matrix
(Ultralytics' layout: rows predicted, columns true, last background) and the boxes behind each
of its cells: matrix() by the rule below, confusion() exactly Ultralytics' ConfusionMatrix (the
report's, class-agnostic at IoU > 0.45, which disagrees with any class-aware error list).

One rule for the matrix, the error lists and the per-class counts (issue 24, "Evaluate speaks one
language"), at IoU threshold t and confidence c (predictions with confidence > c):
1. class-aware matching, one-to-one, greedy by confidence per image: each prediction takes the free
   label of its class with the highest IoU >= t (the metrics' own matching: TP, the diagonal);
2. then each prediction left over takes the free left-over label of another class with the highest
   IoU >= t, again one-to-one and greedy by confidence: a wrong class (an FP of the predicted class
   and an FN of the true one, the off-diagonal cell);
3. any other prediction is a duplicate (it overlaps a label at IoU >= t that is already taken) or
   background (it overlaps none): the background column; a label left is missed: the background row.

Step 1 is greedy in descending confidence, so the matches of the predictions above c are the first
matches of one full run: computed once, and moving the threshold only re-counts. Step 2 depends on
c (a label is free at c when its match is below c): a small matching of the left-over pairs, cached
per threshold (fast enough for a slider).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from app.core.metrics.coco import IOU_THRS, REC_THRS
from app.core.metrics.match import candidate_pairs, greedy_match, group_ranks, iou_coco, iou_ultra

if TYPE_CHECKING:
    from app.core.jobs import JobState
    from app.core.metrics.load import EvalData
    from app.core.metrics.shapes_load import ShapeEvalData

TP, FP_CLASS, FP_DUPLICATE, FP_BACKGROUND = 0, 1, 2, 3
KIND_NAMES = {TP: "TP", FP_CLASS: "FP wrong class", FP_DUPLICATE: "FP duplicate", FP_BACKGROUND: "FP background"}
CM_IOU = 0.45  # candidate pairs kept above it (a superset of every IoU threshold used)
FN_CLASS, FN_MISSED = "FN wrong class", "FN missed"
RULE = "one-to-one, greedy by confidence"


@dataclass
class Item:
    """One box behind a number: image index, GT index and prediction index inside that image (-1: none)."""

    image: int
    gt: int
    det: int
    conf: float
    iou: float
    kind: str
    gt_cls: int = -1  # class of the ground-truth box (-1: none)
    dt_cls: int = -1  # class of the prediction (-1: none)


class Analysis:
    _verdicts: dict[tuple[float, int], tuple[np.ndarray, np.ndarray, np.ndarray]]

    def __init__(self, data: EvalData, mode: str = "coco", state: JobState | None = None) -> None:
        self.data, self.mode = data, mode
        nc = max(data.nc, 1)
        iou_fn: Callable[[np.ndarray, np.ndarray], np.ndarray]
        if mode == "ultralytics":
            from app.core.metrics.ultra import iou_thresholds

            self.thr = iou_thresholds()
            gb, db = data.boxes_xyxy("gt").astype(np.float32), data.boxes_xyxy("dt").astype(np.float32)
            iou_fn, conf = iou_ultra, data.dt_conf.astype(np.float32)
            prefer_last = False
        else:
            self.thr = np.minimum(IOU_THRS, 1 - 1e-10)
            gb, db = data.boxes_xywh("gt"), data.boxes_xywh("dt")
            iou_fn, conf = iou_coco, data.dt_conf
            prefer_last = True
        if getattr(data, "task", "detect") != "detect":  # polygons, rotated boxes: their IoU, same rules
            from app.core.metrics.shapes_iou import pair_iou

            iou_fn, db, gb = pair_iou(cast("ShapeEvalData", data))
        self.conf = conf.astype(np.float64)
        self._conf_cmp = conf  # confidences as the mode compares them (float32 in yolo val)
        T, nD, nG = len(self.thr), len(data.dt_cls), len(data.gt_cls)
        pd, pg, piou = candidate_pairs(data.dt_img, data.gt_img, iou_fn, db, gb, lambda v: v > CM_IOU)
        if state is not None:
            state.check()
        same = data.dt_cls[pd] == data.gt_cls[pg]
        # class-aware matching (the metrics' rule of the mode) at all IoU thresholds
        _, rank_c = group_ranks(data.dt_img * nc + data.dt_cls, conf)
        s = same & (piou >= self.thr[0])
        sd, sg, si = pd[s], pg[s], piou[s]
        self.det_gt = greedy_match(
            nD, nG, rank_c, sd, sg, si[:, None] >= self.thr[None, :], (sg if prefer_last else -sg, si)
        )
        self.det_iou = np.full((nD, T), np.nan)
        d_idx, t_idx = np.nonzero(self.det_gt >= 0)
        if len(d_idx):
            key = sd * nG + sg
            o = np.argsort(key)
            pos = np.searchsorted(key[o], d_idx * nG + self.det_gt[d_idx, t_idx])
            self.det_iou[d_idx, t_idx] = si[o][pos]
        self.gt_det = np.full((nG, T), -1, np.int64)  # the prediction that matched each GT
        self.gt_det[self.det_gt[d_idx, t_idx], t_idx] = d_idx
        # TP or not at every IoU threshold (the curves); the kinds of the false positives: verdict()
        self.kind = np.where(self.det_gt >= 0, TP, FP_BACKGROUND).astype(np.int8)
        # the left-over pairs of step 2 (other class) and the overlaps of step 3, per IoU threshold
        _, self._rank_i = group_ranks(data.dt_img, conf)
        self._pairs, self._verdicts = (pd, pg, piou, same), {}
        # Ultralytics' ConfusionMatrix (class-agnostic matching at IoU > 0.45): confusion()
        m = greedy_match(nD, nG, self._rank_i, pd, pg, np.ones((len(pd), 1), bool), (-pg, piou))[:, 0]
        self.cm_gt_det = np.full(nG, -1, np.int64)
        self.cm_gt_det[m[m >= 0]] = np.flatnonzero(m >= 0)
        self.gt_start, self.dt_start = data.starts("gt"), data.starts("dt")
        self.n_gt_class = np.bincount(data.gt_cls, minlength=data.nc)

    # ------------------------------------------------------------------ counts
    def above(self, conf: float) -> np.ndarray:
        """Predictions kept at confidence threshold conf (conf > threshold, in the mode's precision)."""
        return cast(np.ndarray, self._conf_cmp > self._conf_cmp.dtype.type(conf))

    def missed(self, conf: float, t: int = 0) -> np.ndarray:
        """Ground truths not matched by a kept prediction (false negatives)."""
        g = self.gt_det[:, t]
        return cast(np.ndarray, ~((g >= 0) & np.r_[self.above(conf), False][g]))

    def verdict(self, conf: float, t: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The one rule at confidence conf and IoU index t (module docstring): per prediction its kind
        (TP, FP_CLASS, FP_DUPLICATE, FP_BACKGROUND; -1 below conf) and the label it took (-1: none);
        per label the prediction of another class that took it in step 2 (-1: none)."""
        key = (float(conf), int(t))
        if key in self._verdicts:
            return self._verdicts[key]
        d = self.data
        nD, nG = len(d.dt_cls), len(d.gt_cls)
        pd, pg, piou, same = self._pairs
        keep = self.above(conf)
        hit = piou >= self.thr[t]
        taken = ~self.missed(conf, t)
        s = hit & ~same & keep[pd] & (self.det_gt[pd, t] < 0) & ~taken[pg]
        sd, sg = pd[s], pg[s]
        wrong = greedy_match(nD, nG, self._rank_i, sd, sg, np.ones((len(sd), 1), bool), (-sg, piou[s]))[:, 0]
        gt_wrong = np.full(nG, -1, np.int64)
        gt_wrong[wrong[wrong >= 0]] = np.flatnonzero(wrong >= 0)
        overlaps = np.zeros(nD, bool)
        overlaps[pd[hit]] = True
        kind = np.where(overlaps, FP_DUPLICATE, FP_BACKGROUND).astype(np.int8)
        kind[wrong >= 0] = FP_CLASS
        det_gt = np.where(wrong >= 0, wrong, -1)
        tp = self.det_gt[:, t] >= 0
        kind[tp] = TP
        det_gt[tp] = self.det_gt[tp, t]
        kind[~keep] = -1
        if len(self._verdicts) > 64:
            self._verdicts.clear()
        self._verdicts[key] = (kind, det_gt, gt_wrong)
        return kind, det_gt, gt_wrong

    def counts(self, conf: float, t: int = 0) -> dict[str, np.ndarray]:
        """Per class TP, FP (by kind), FN (wrong class, missed) for predictions with confidence > conf
        at IoU index t."""
        nc, d = self.data.nc, self.data
        kind, _, gt_wrong = self.verdict(conf, t)
        fn = self.missed(conf, t)
        out = {
            "tp": np.bincount(d.dt_cls[kind == TP], minlength=nc),
            "fp": np.bincount(d.dt_cls[kind > TP], minlength=nc),
            "fn": np.bincount(d.gt_cls[fn], minlength=nc),
            "fn_class": np.bincount(d.gt_cls[fn & (gt_wrong >= 0)], minlength=nc),
            "fn_missed": np.bincount(d.gt_cls[fn & (gt_wrong < 0)], minlength=nc),
        }
        for k, name in ((FP_CLASS, "fp_class"), (FP_DUPLICATE, "fp_duplicate"), (FP_BACKGROUND, "fp_background")):
            out[name] = np.bincount(d.dt_cls[kind == k], minlength=nc)
        return out

    def summary(self, conf: float, t: int = 0) -> dict[str, float]:
        """Totals over classes: TP, FP, FN, precision, recall, F1 and detection accuracy."""
        from app.core.metrics.basic import detection_accuracy, f1_score, precision, recall

        c = self.counts(conf, t)
        tp, fp, fn = int(c["tp"].sum()), int(c["fp"].sum()), int(c["fn"].sum())
        p, r = precision(tp, fp), recall(tp, fn)
        return {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": p,
            "recall": r,
            "f1": f1_score(p, r),
            "accuracy": detection_accuracy(tp, fp, fn),
            "fp_class": int(c["fp_class"].sum()),
            "fp_duplicate": int(c["fp_duplicate"].sum()),
            "fp_background": int(c["fp_background"].sum()),
            "fn_class": int(c["fn_class"].sum()),
            "fn_missed": int(c["fn_missed"].sum()),
        }

    def conf_curves(self, t: int = 0, grid: np.ndarray | None = None) -> dict[str, Any]:
        """Per-class and mean P, R, F1 against the confidence threshold (exact counts, conf > x)."""
        x = np.linspace(0, 1, 501) if grid is None else grid
        nc, d = self.data.nc, self.data
        P, R = np.zeros((nc, len(x))), np.zeros((nc, len(x)))
        tpm = self.kind[:, t] == TP
        for k in range(nc):
            sel = d.dt_cls == k
            c_tp = np.sort(self.conf[sel & tpm])
            c_all = np.sort(self.conf[sel])
            n_tp = len(c_tp) - np.searchsorted(c_tp, x, "right")
            n_all = len(c_all) - np.searchsorted(c_all, x, "right")
            P[k] = np.where(n_all > 0, n_tp / np.maximum(n_all, 1), 1.0)
            R[k] = n_tp / self.n_gt_class[k] if self.n_gt_class[k] else 0.0
        F = np.where(P + R > 0, 2 * P * R / np.where(P + R > 0, P + R, 1), 0.0)
        has = self.n_gt_class > 0
        mean: Callable[[np.ndarray], np.ndarray] = lambda a: (  # noqa: E731
            a[has].mean(0) if has.any() else np.zeros(len(x))
        )
        mf = mean(F)
        best = int(np.argmax(mf)) if len(mf) else 0
        return {
            "x": x,
            "p": P,
            "r": R,
            "f1": F,
            "mean_p": mean(P),
            "mean_r": mean(R),
            "mean_f1": mf,
            "best_conf": float(x[best]),
            "best_f1": float(mf[best]) if len(mf) else 0.0,
            "has_gt": has,
        }

    def pr_curves(self, t: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """COCO-style interpolated precision at 101 recall points per class (nan: no ground truth),
        and the mean over classes with ground truth, at IoU index t; all predictions count."""
        nc, d = self.data.nc, self.data
        out = np.full((nc, len(REC_THRS)), np.nan)
        tpm = self.kind[:, t] == TP
        for k in range(nc):
            if not self.n_gt_class[k]:
                continue
            sel = np.flatnonzero(d.dt_cls == k)
            o = sel[np.argsort(-self.conf[sel], kind="stable")]
            tp = np.cumsum(tpm[o]).astype(float)
            fp = np.cumsum(~tpm[o]).astype(float)
            rc = tp / self.n_gt_class[k]
            pr = np.maximum.accumulate((tp / (tp + fp + np.spacing(1)))[::-1])[::-1]
            inds = np.searchsorted(rc, REC_THRS, "left")
            q = np.zeros(len(REC_THRS))
            ok = inds < len(o)
            q[ok] = pr[inds[ok]]
            out[k] = q
        has = ~np.isnan(out[:, 0]) if nc else np.zeros(0, bool)
        mean = out[has].mean(0) if has.any() else np.zeros(len(REC_THRS))
        return REC_THRS, out, mean

    def matched_ious(self, conf: float, t: int = 0) -> np.ndarray:
        """IoU of every matched (TP) pair with confidence > conf at IoU index t."""
        ok = (self.det_gt[:, t] >= 0) & self.above(conf)
        return cast(np.ndarray, self.det_iou[ok, t])

    # ------------------------------------------------------------------ the matrix of the one rule
    def matrix(self, conf: float, t: int = 0) -> np.ndarray:
        """(nc+1, nc+1) [predicted, true] counts, last row/column background, by the one rule: the
        diagonal is TP, a row's sum the predictions of its class above conf, a column's the labels."""
        d, nc = self.data, self.data.nc
        kind, det_gt, gt_wrong = self.verdict(conf, t)
        m = np.zeros((nc + 1, nc + 1), np.int64)
        paired = (kind == TP) | (kind == FP_CLASS)
        np.add.at(m, (d.dt_cls[paired], d.gt_cls[det_gt[paired]]), 1)
        alone = (kind == FP_DUPLICATE) | (kind == FP_BACKGROUND)
        np.add.at(m, (d.dt_cls[alone], nc), 1)
        missed = self.missed(conf, t) & (gt_wrong < 0)
        np.add.at(m, (nc, d.gt_cls[missed]), 1)  # type: ignore[arg-type]  # numpy's stubs reject an int/array index
        return m

    def matrix_items(self, conf: float, pred_row: int, true_col: int, t: int = 0) -> list[Item]:
        """The boxes counted in one confusion-matrix cell, image order; the same items (and kinds) as
        fp_items and fn_items list for that pair."""
        d, nc = self.data, self.data.nc
        kind, det_gt, gt_wrong = self.verdict(conf, t)
        if pred_row < nc and true_col < nc:
            want = TP if pred_row == true_col else FP_CLASS
            sel = np.flatnonzero((kind == want) & (d.dt_cls == pred_row))
            sel = sel[d.gt_cls[det_gt[sel]] == true_col]
            items = [self._item(int(det_gt[i]), int(i), "TP" if want == TP else KIND_NAMES[FP_CLASS], t) for i in sel]
        elif pred_row < nc:
            alone = ((kind == FP_DUPLICATE) | (kind == FP_BACKGROUND)) & (d.dt_cls == pred_row)
            items = [self._item(-1, int(i), KIND_NAMES[int(kind[i])], t) for i in np.flatnonzero(alone)]
        elif true_col < nc:
            missed = self.missed(conf, t) & (gt_wrong < 0) & (d.gt_cls == true_col)
            items = [self._item(int(g), -1, FN_MISSED, t) for g in np.flatnonzero(missed)]
        else:
            items = []
        items.sort(key=lambda it: (it.image, -it.conf if it.det >= 0 else 0.0, it.gt))
        return items

    # ------------------------------------------------------------------ Ultralytics' confusion matrix
    def confusion(self, conf: float) -> np.ndarray:
        """Ultralytics' ConfusionMatrix exactly (class-agnostic matching at IoU > 0.45, as `yolo val`
        draws it; the report's): (nc+1, nc+1) [predicted, true], last background, predictions conf > c.
        The pane shows matrix() instead, by the rule of its error lists."""
        from app.core.metrics.ultra import confusion_from_keep

        d = self.data
        return confusion_from_keep(d.nc, d.dt_cls, d.gt_cls, self.cm_gt_det, self.above(conf))

    def cell_items(self, conf: float, pred_row: int, true_col: int) -> list[Item]:
        """The boxes counted in one cell of confusion(), image order."""
        d, nc = self.data, self.data.nc
        keep = self.above(conf)
        g_det = self.cm_gt_det
        g_ok = (g_det >= 0) & np.r_[keep, False][g_det]
        items = []
        if true_col < nc:
            gsel = d.gt_cls == true_col
            if pred_row < nc:
                gsel &= g_ok & (np.r_[d.dt_cls, -1][g_det] == pred_row)
            else:
                gsel &= ~g_ok
            for g in np.flatnonzero(gsel):
                di: int | np.integer[Any] = int(g_det[g]) if g_ok[g] else -1
                items.append(
                    self._item(
                        g, di, "TP" if pred_row == true_col else ("FN missed" if pred_row == nc else "wrong class")
                    )
                )
        elif pred_row < nc:
            matched = np.zeros(len(d.dt_cls), bool)
            matched[g_det[g_ok]] = True
            for di in np.flatnonzero(keep & ~matched & (d.dt_cls == pred_row)):
                items.append(self._item(-1, int(di), "FP background"))
        items.sort(key=lambda it: (it.image, -it.conf))
        return items

    def fp_items(self, conf: float, t: int = 0, cls: int | None = None) -> list[Item]:
        """False positives above conf (a wrong class with the label it took)."""
        d = self.data
        kind, det_gt, _ = self.verdict(conf, t)
        sel = kind > TP
        if cls is not None:
            sel &= d.dt_cls == cls
        return [self._item(int(det_gt[i]), int(i), KIND_NAMES[int(kind[i])], t) for i in np.flatnonzero(sel)]

    def fn_items(self, conf: float, t: int = 0, cls: int | None = None) -> list[Item]:
        """Labels missed at conf: a wrong class (with the prediction of another class that took it) or missed."""
        d = self.data
        _, _, gt_wrong = self.verdict(conf, t)
        sel = self.missed(conf, t)
        if cls is not None:
            sel &= d.gt_cls == cls
        return [
            self._item(int(g), int(gt_wrong[g]), FN_CLASS if gt_wrong[g] >= 0 else FN_MISSED, t)
            for g in np.flatnonzero(sel)
        ]

    def _item(self, g: int | np.integer[Any], di: int | np.integer[Any], kind: str, t: int = 0) -> Item:
        d = self.data
        img = int(d.gt_img[g]) if g >= 0 else int(d.dt_img[di])
        conf = float(self.conf[di]) if di >= 0 else float("nan")
        iou = float(self.det_iou[di, t]) if di >= 0 else float("nan")
        if di >= 0 and g >= 0 and np.isnan(iou):  # a wrong class: the IoU of that pair
            iou = self._pair_iou(di, g)
        return Item(
            img,
            int(g - self.gt_start[img]) if g >= 0 else -1,
            int(di - self.dt_start[img]) if di >= 0 else -1,
            conf,
            iou,
            kind,
            int(d.gt_cls[g]) if g >= 0 else -1,
            int(d.dt_cls[di]) if di >= 0 else -1,
        )

    def _pair_iou(self, di: int | np.integer[Any], g: int | np.integer[Any]) -> float:
        pd, pg, piou, _ = self._pairs
        hit = np.flatnonzero((pd == di) & (pg == g))
        return float(piou[hit[0]]) if len(hit) else float("nan")
