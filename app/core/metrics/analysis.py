"""Per-box analysis behind the numbers: which prediction is a TP or which kind of FP, which ground
truth is missed, at any confidence threshold and IoU threshold, plus the class-agnostic
confusion matrix (Ultralytics' layout and matching) and the boxes behind each of its cells.

Matching is greedy in descending confidence per image, so the matches of the predictions above a
confidence c are the first matches of one full run: everything is computed once, and moving the
confidence threshold only re-counts (fast enough for a slider).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.core.metrics.coco import IOU_THRS, REC_THRS
from app.core.metrics.match import candidate_pairs, greedy_match, group_ranks, iou_coco, iou_ultra

TP, FP_CLASS, FP_DUPLICATE, FP_BACKGROUND = 0, 1, 2, 3
KIND_NAMES = {TP: "TP", FP_CLASS: "FP wrong class", FP_DUPLICATE: "FP duplicate", FP_BACKGROUND: "FP background"}
CM_IOU = 0.45


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
    def __init__(self, data, mode: str = "coco", state=None):
        self.data, self.mode = data, mode
        nc = max(data.nc, 1)
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
        # kinds of false positives
        self.kind = np.full((nD, T), FP_BACKGROUND, np.int8)
        for t in range(T):
            hit = piou >= self.thr[t]
            other = np.zeros(nD, bool)
            other[pd[hit & ~same]] = True
            dup = np.zeros(nD, bool)
            dup[pd[hit & same]] = True
            col = self.kind[:, t]
            col[other] = FP_CLASS
            col[dup] = FP_DUPLICATE
            col[self.det_gt[:, t] >= 0] = TP
        # class-agnostic confusion matching (Ultralytics ConfusionMatrix rule)
        _, rank_i = group_ranks(data.dt_img, conf)
        m = greedy_match(nD, nG, rank_i, pd, pg, np.ones((len(pd), 1), bool), (-pg, piou))[:, 0]
        self.cm_gt_det = np.full(nG, -1, np.int64)
        self.cm_gt_det[m[m >= 0]] = np.flatnonzero(m >= 0)
        self.gt_start, self.dt_start = data.starts("gt"), data.starts("dt")
        self.n_gt_class = np.bincount(data.gt_cls, minlength=data.nc)

    # ------------------------------------------------------------------ counts
    def above(self, conf: float) -> np.ndarray:
        """Predictions kept at confidence threshold conf (conf > threshold, in the mode's precision)."""
        return self._conf_cmp > self._conf_cmp.dtype.type(conf)

    def missed(self, conf: float, t: int = 0) -> np.ndarray:
        """Ground truths not matched by a kept prediction (false negatives)."""
        g = self.gt_det[:, t]
        return ~((g >= 0) & np.r_[self.above(conf), False][g])

    def counts(self, conf: float, t: int = 0) -> dict:
        """Per class TP, FP (by kind), FN for predictions with confidence > conf at IoU index t."""
        nc, d = self.data.nc, self.data
        keep = self.above(conf)
        kind = self.kind[:, t]
        out = {
            "tp": np.bincount(d.dt_cls[keep & (kind == TP)], minlength=nc),
            "fp": np.bincount(d.dt_cls[keep & (kind != TP)], minlength=nc),
            "fn": np.bincount(d.gt_cls[self.missed(conf, t)], minlength=nc),
        }
        for k, name in ((FP_CLASS, "fp_class"), (FP_DUPLICATE, "fp_duplicate"), (FP_BACKGROUND, "fp_background")):
            out[name] = np.bincount(d.dt_cls[keep & (kind == k)], minlength=nc)
        return out

    def summary(self, conf: float, t: int = 0) -> dict:
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
        }

    def conf_curves(self, t: int = 0, grid: np.ndarray | None = None) -> dict:
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
        mean = lambda a: a[has].mean(0) if has.any() else np.zeros(len(x))  # noqa: E731
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
        return self.det_iou[ok, t]

    # ------------------------------------------------------------------ confusion matrix
    def confusion(self, conf: float) -> np.ndarray:
        """(nc+1, nc+1) [predicted, true] counts, last row/column background, predictions conf > c."""
        from app.core.metrics.ultra import confusion_from_keep

        d = self.data
        return confusion_from_keep(d.nc, d.dt_cls, d.gt_cls, self.cm_gt_det, self.above(conf))

    def cell_items(self, conf: float, pred_row: int, true_col: int) -> list[Item]:
        """The boxes counted in one confusion-matrix cell, image order."""
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
                di = int(g_det[g]) if g_ok[g] else -1
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
        d = self.data
        sel = self.above(conf) & (self.kind[:, t] != TP)
        if cls is not None:
            sel &= d.dt_cls == cls
        return [self._item(-1, int(i), KIND_NAMES[int(self.kind[i, t])]) for i in np.flatnonzero(sel)]

    def fn_items(self, conf: float, t: int = 0, cls: int | None = None) -> list[Item]:
        d = self.data
        sel = self.missed(conf, t)
        if cls is not None:
            sel &= d.gt_cls == cls
        return [self._item(int(g), -1, "FN missed") for g in np.flatnonzero(sel)]

    def _item(self, g: int, di: int, kind: str) -> Item:
        d = self.data
        img = int(d.gt_img[g]) if g >= 0 else int(d.dt_img[di])
        conf = float(self.conf[di]) if di >= 0 else float("nan")
        iou = float(self.det_iou[di, 0]) if di >= 0 else float("nan")
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
