"""Detection metrics: the report's confusion matrix, precision, recall, F1, IoU, AP and mAP, exact.

    data = load_folders("labels/val", "runs/predict/labels", images_dir="images/val", names="data.yaml")
    report = evaluate(data, mode="coco")          # or "ultralytics"
    print(report.format_table()); report.to_json()

Modes:
* "coco" (default): pycocotools COCOeval numbers (metrics_coco), bit for bit.
* "ultralytics": the numbers `yolo val` prints (metrics_ultra, through ultralytics.utils.metrics).
Per-box analysis (TP / FP kinds / FN, confusion-matrix cells, curves against the confidence
threshold) lives in metrics_analysis.Analysis; loaders in metrics_load; counts-based helpers in
metrics_basic. Nothing here imports Qt.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, SupportsFloat, cast

import numpy as np

from app.core.errors import UsageError
from app.core.metrics.basic import (  # noqa: F401
    IMBALANCE_NOTE,
    BinaryCounts,
    accuracy,
    detection_accuracy,
    f1_score,
    precision,
    recall,
)
from app.core.metrics.coco import AREA_LBL, CocoResult, evaluate_coco
from app.core.metrics.load import EvalData as EvalData
from app.core.metrics.load import from_arrays as from_arrays
from app.core.metrics.load import load_dataset as load_dataset
from app.core.metrics.load import load_folders as load_folders
from app.core.metrics.shapes_load import IOU_TYPES, TASK_WORDS, task_of
from app.core.metrics.shapes_load import load_any as load_any

if TYPE_CHECKING:
    from app.core.jobs import JobState
    from app.core.metrics.shapes_load import ShapeEvalData
    from app.core.metrics.ultra import UltraResult

MODES = ("coco", "ultralytics")


def _num(x: SupportsFloat | None) -> float | None:
    """JSON-safe number: None for nan / -1 ("not available")."""
    if x is None:
        return None
    x = float(x)
    return None if (math.isnan(x) or x == -1) else x


@dataclass
class EvalReport:
    mode: str
    data: EvalData
    coco: CocoResult | None = None
    ultra: UltraResult | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    # ------------------------------------------------------------------ numbers
    @property
    def task(self) -> str:
        return task_of(self.data)

    @property
    def map50_95(self) -> float | None:
        return _num(self.coco.stats[0]) if self.coco is not None else cast("UltraResult", self.ultra).map

    @property
    def map50(self) -> float | None:
        return _num(self.coco.stats[1]) if self.coco is not None else cast("UltraResult", self.ultra).map50

    @property
    def map75(self) -> float | None:
        return _num(self.coco.stats[2]) if self.coco is not None else cast("UltraResult", self.ultra).map75

    def per_class(self) -> list[dict[str, Any]]:
        d = self.data
        n_gt = np.bincount(d.gt_cls, minlength=d.nc)
        n_pred = np.bincount(d.dt_cls, minlength=d.nc)
        n_img = np.array([len(np.unique(d.gt_img[d.gt_cls == k])) for k in range(d.nc)])
        rows = []
        for k in range(d.nc):
            row: dict[str, Any] = {
                "class": k,
                "name": d.names[k],
                "images": int(n_img[k]),
                "gt": int(n_gt[k]),
                "pred": int(n_pred[k]),
            }
            if self.coco is not None:
                row.update(
                    ap50=_num(self.coco.ap(k, 0.5)), ap75=_num(self.coco.ap(k, 0.75)), ap50_95=_num(self.coco.ap(k))
                )
            else:
                u = cast("UltraResult", self.ultra)
                hit = np.flatnonzero(u.class_ids == k)
                if len(hit):
                    i = hit[0]
                    row.update(
                        ap50=float(u.ap[i, 0]),
                        ap75=float(u.ap[i, 5]),
                        ap50_95=float(u.ap[i].mean()),
                        p=float(u.p[i]),
                        r=float(u.r[i]),
                        f1=float(u.f1[i]),
                    )
                else:
                    row.update(ap50=None, ap75=None, ap50_95=None, p=None, r=None, f1=None)
            rows.append(row)
        return rows

    def to_json(self) -> dict[str, Any]:
        d = self.data
        out: dict[str, Any] = {
            "mode": self.mode,
            "task": self.task,
            "iou_type": IOU_TYPES[self.task],
            "source": d.source,
            "images": d.n_images,
            "gt_boxes": int(len(d.gt_cls)),
            "predictions": int(len(d.dt_cls)),
            "map50_95": self.map50_95,
            "map50": self.map50,
            "map75": self.map75,
        }
        if self.coco is not None:
            s = self.coco.stats
            out.update(ar1=_num(s[6]), ar10=_num(s[7]), ar100=_num(s[8]))
            if self.coco.areas:
                out["areas"] = {a: {"ap": _num(s[3 + i]), "ar": _num(s[9 + i])} for i, a in enumerate(AREA_LBL[1:])}
            else:
                out["areas"] = None
                out["areas_note"] = "unavailable: image sizes unknown (pass --images)"
            out["coco_stats"] = [_num(v) for v in s]
        else:
            u = cast("UltraResult", self.ultra)
            out.update(
                precision=u.mp,
                recall=u.mr,
                f1=u.f1_mean,
                conf=u.conf,
                confusion_matrix=u.confusion.astype(int).tolist(),
                confusion_matrix_layout="rows = predicted class, columns = true class, last = background",
                confusion_conf=u.cm_conf,
                confusion_iou=u.cm_iou,
            )
        out["pairing"] = dict(d.pairing) if d.pairing is not None else None
        out["per_class"] = self.per_class()
        out["names"] = list(d.names)
        out["seconds"] = round(self.seconds, 4)
        out["warnings"] = list(self.warnings)
        return out

    # ------------------------------------------------------------------ text
    def format_table(self) -> str:
        d = self.data
        f: Callable[[float | None], str] = lambda v: "      -" if v is None else f"{v:7.3f}"  # noqa: E731
        lines = []
        if self.coco is not None:
            lines.append(
                f"COCO mode (pycocotools COCOeval rules): {d.n_images} images, {len(d.gt_cls)} ground-truth "
                f"boxes, {len(d.dt_cls)} predictions"
            )
            lines.append(f"{'Class':<20}{'Images':>8}{'GT':>8}{'Pred':>8}{'AP50':>8}{'AP75':>8}{'AP50-95':>8}")
            lines.append(
                f"{'all':<20}{d.n_images:>8}{len(d.gt_cls):>8}{len(d.dt_cls):>8} {f(self.map50)} "
                f"{f(self.map75)} {f(self.map50_95)}"
            )
            for r in self.per_class():
                lines.append(
                    f"{r['name'][:19]:<20}{r['images']:>8}{r['gt']:>8}{r['pred']:>8} {f(r['ap50'])} "
                    f"{f(r['ap75'])} {f(r['ap50_95'])}"
                )
            s = self.coco.stats
            lines.append(
                f"mAP50-95 {s[0]:.4f}   mAP50 {s[1]:.4f}   mAP75 {s[2]:.4f}   "
                f"AR1 {s[6]:.4f}   AR10 {s[7]:.4f}   AR100 {s[8]:.4f}"
            )
            if self.coco.areas:
                a: Callable[[float], str] = lambda v: "n/a" if _num(v) is None else f"{v:.4f}"  # noqa: E731
                lines.append(
                    f"by area (small <32^2 px, medium, large >96^2 px): AP {a(s[3])} / {a(s[4])} / {a(s[5])}"
                    f"   AR {a(s[9])} / {a(s[10])} / {a(s[11])}"
                )
            else:
                lines.append("by area: unavailable (image sizes unknown; pass --images)")
            missing = [r["name"] for r in self.per_class() if r["ap50_95"] is None]
            if missing:
                lines.append(f"no ground truth (left out of the means): {', '.join(missing)}")
        else:
            u = cast("UltraResult", self.ultra)
            lines.append(
                f"Ultralytics mode (yolo val numbers): {d.n_images} images, {len(d.gt_cls)} instances, "
                f"{len(d.dt_cls)} predictions"
            )
            lines.append(("%22s" + "%11s" * 6) % ("Class", "Images", "Instances", "Box(P", "R", "mAP50", "mAP50-95)"))
            lines.append(
                ("%22s" + "%11i" * 2 + "%11.3g" * 4) % ("all", d.n_images, len(d.gt_cls), u.mp, u.mr, u.map50, u.map)
            )
            for r in self.per_class():
                if r["ap50"] is not None:
                    lines.append(
                        ("%22s" + "%11i" * 2 + "%11.3g" * 4)
                        % (r["name"][:22], r["images"], r["gt"], r["p"], r["r"], r["ap50"], r["ap50_95"])
                    )
            lines.append(f"F1 {u.f1_mean:.4f} at confidence {u.conf:.3f} (max mean F1)   mAP75 {u.map75:.4f}")
        if self.task != "detect":
            iou = "mask IoU (pycocotools segm)" if self.task == "segment" else "probabilistic IoU (Ultralytics probiou)"
            lines.append(f"task: {self.task} ({TASK_WORDS[self.task]}), IoU: {iou}")
        if d.pairing is not None:
            from app.core.metrics.load import pairing_text

            lines.append(pairing_text(d.pairing))
        lines.extend(f"warning: {w}" for w in self.warnings)
        return "\n".join(lines)


def evaluate(data: EvalData, mode: str = "coco", state: JobState | None = None) -> EvalReport:
    """Metrics of `data` in `mode` ("coco" or "ultralytics")."""
    if mode not in MODES:
        raise UsageError(f"unknown mode {mode!r} (choose coco or ultralytics)")
    t0 = time.perf_counter()
    rep = EvalReport(mode, data, warnings=list(data.warnings))
    if task_of(data) != "detect":
        _evaluate_shapes(rep, state)
    elif mode == "coco":
        rep.coco = evaluate_coco(
            data.gt_img,
            data.gt_cls,
            data.boxes_xywh("gt"),
            data.dt_img,
            data.dt_cls,
            data.boxes_xywh("dt"),
            data.dt_conf,
            np.arange(data.nc),
            areas=data.sizes is not None,
            state=state,
        )
    else:
        from app.core.metrics.ultra import evaluate_ultra

        rep.ultra = evaluate_ultra(data, state=state)
    rep.seconds = time.perf_counter() - t0
    return rep


def _evaluate_shapes(rep: EvalReport, state: JobState | None = None) -> None:
    """Polygons (mask IoU, COCO mode only) and rotated boxes (probiou, both modes)."""
    from app.core.metrics.shapes_iou import geometry, pair_iou

    data = cast("ShapeEvalData", rep.data)  # task_of(data) is segment or obb
    if rep.mode == "coco":
        iou_fn, d_arg, g_arg = pair_iou(data)
        g = geometry(data)
        rep.coco = evaluate_coco(
            data.gt_img,
            data.gt_cls,
            g_arg,
            data.dt_img,
            data.dt_cls,
            d_arg,
            data.dt_conf,
            np.arange(data.nc),
            gt_area=g["gt_area"],
            dt_area=g["dt_area"],
            areas=True,
            state=state,
            iou_fn=iou_fn,
        )
    elif data.task == "obb":
        from app.core.metrics.obb_ultra import evaluate_ultra_obb

        rep.ultra = evaluate_ultra_obb(data, state=state)
    else:
        raise UsageError(
            "the ultralytics mode measures boxes and rotated boxes; polygons are measured in coco mode "
            "(mask mAP, pycocotools segm)"
        )
