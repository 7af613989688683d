"""The evaluate pane's background job: load a source, compute the metrics and the per-box analysis.

`run_evaluation(request, state)` is a plain function (no Qt), run by a JobRunner. Sources:
  {"kind": "folders", "gt": DIR, "pred": DIR, "images": DIR|None, "names": FILE|None, "task": None|TASK}
  {"kind": "dataset", "source": ROOT or data.yaml}                 auto-labels vs reviewed labels
      (a segment / obb dataset: the polygons / rotated boxes the index keeps of its -seg / -obb run)
  {"kind": "model", "source": ROOT or data.yaml, "model": FILE}    run the model, then evaluate:
      coco mode: the auto-label engine into a scratch folder (its saved, clipped boxes);
      ultralytics mode: the installed `yolo val` validator itself (metrics.yolo_val), keeping its
      unclipped letterbox predictions, so the numbers are the ones `yolo val` prints;
      a -seg / -obb model: the polygons / rotated boxes of the scratch run's label files, their
      confidences from the run, against the dataset's polygon / rotated-box labels (mask IoU, or
      probiou; ultralytics mode for -obb only: the OBB validator's rules on the scratch run's boxes)
plus "mode": "coco" | "ultralytics".
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from app.core.errors import UsageError

if TYPE_CHECKING:
    from app.core.dataset.index import DatasetIndex
    from app.core.jobs import JobState
    from app.core.metrics.analysis import Analysis
    from app.core.metrics.evaluate import EvalReport
    from app.core.metrics.load import EvalData
    from app.core.metrics.shapes_load import ShapeEvalData

    Prediction = tuple[np.ndarray, np.ndarray, np.ndarray]  # cls, xywhn, conf of one image


@dataclass
class EvalResult:
    request: dict[str, Any]
    data: EvalData
    report: EvalReport
    analysis: Analysis
    curves: dict[str, Any]  # conf_curves at IoU 0.5
    pr: tuple[np.ndarray, np.ndarray, np.ndarray]  # pr_curves at IoU 0.5


def run_evaluation(req: dict[str, Any], state: JobState | None = None) -> EvalResult:
    from app.core.metrics.analysis import Analysis
    from app.core.metrics.evaluate import evaluate, load_any, load_dataset

    kind = req.get("kind", "folders")
    if kind == "folders":
        if not req.get("gt") or not req.get("pred"):
            raise UsageError("choose a ground-truth folder and a prediction folder")
        data = load_any(
            req["gt"], req["pred"], req.get("images") or None, req.get("names") or None, req.get("task"), state
        )
    elif kind == "dataset":
        from app.core.dataset.index import DatasetIndex

        with DatasetIndex.open(req["source"]) as idx:
            idx.refresh(state)
            data = _dataset_shapes(idx, state) or load_dataset(idx, state)
    elif kind == "model" and req.get("mode") == "ultralytics" and _shape_model_task(req) is None:
        data = _model_like_val(req, state)
    elif kind == "model":
        data = _model_on_dataset(req, state)
    else:
        raise UsageError(f"unknown source {kind!r}")
    if state is not None:
        state.progress(0, 3, "computing metrics")
    report = evaluate(data, req.get("mode", "coco"), state)
    if state is not None:
        state.progress(1, 3, "matching boxes")
    analysis = Analysis(data, req.get("mode", "coco"), state)
    if state is not None:
        state.progress(2, 3, "curves")
    curves = analysis.conf_curves(0)
    pr = analysis.pr_curves(0)
    if state is not None:
        state.progress(3, 3, "done")
    return EvalResult(req, data, report, analysis, curves, pr)


def _dataset_shapes(index: DatasetIndex, state: JobState | None = None) -> ShapeEvalData | None:
    """A segment / obb dataset's reviewed label files against the polygons / rotated boxes its
    -seg / -obb auto-label run stored (DatasetIndex.prediction_shapes); None for a box dataset (or
    one whose predictions are boxes only: load_dataset measures those)."""
    from app.core.dataset.kinds import summary
    from app.core.io.images import oriented_size
    from app.core.io.shapes import KIND_OF_TASK, read_shapes
    from app.core.metrics.load import from_arrays
    from app.core.metrics.shapes_load import ShapeEvalData

    task = summary(index)["task"]
    if task not in ("segment", "obb"):
        return None
    shared = {rel for _label, rels in index.shared_labels() for rel in rels}
    rows = [r for r in index.rows(status="reviewed") if r.rel not in shared]
    nc = len(index.class_names) or None
    keys, gts, dts, g_shapes, d_shapes, paths, wh = [], [], [], [], [], [], []
    boxes_only = 0
    for i, row in enumerate(rows):
        if state is not None and i % 256 == 0:
            state.check()
            state.progress(i, len(rows), "reading labels")
        pred = index.prediction_shapes(row.rel)
        if pred is None or any(k != KIND_OF_TASK[task] for k in pred.kinds):
            boxes_only += index.autolabel_key(row.rel) is not None
            continue
        lab, issues = read_shapes(index.label_path(row.rel), nc=nc, task=task)
        p = index.image_path(row.rel)
        s = oriented_size(p)
        if issues or any(k != KIND_OF_TASK[task] for k in lab.kinds) or s is None:
            raise UsageError(f"{index.label_path(row.rel)}: not a {task} label file this evaluation can read")
        keys.append(row.rel)
        gts.append((lab.cls, lab.xywhn()))
        dts.append((pred.cls, pred.xywhn(), cast(np.ndarray, pred.conf)))  # a run's predictions have one
        g_shapes += list(lab.coords)
        d_shapes += list(pred.coords)
        paths.append(p)
        wh.append(s)
    if not keys and boxes_only:
        return None  # its run stored boxes (a detect model, an index from before schema 5)
    base = from_arrays(
        keys,
        index.class_names,
        gts,
        dts,
        np.array(wh, np.float64).reshape(-1, 2),
        paths,
        source=f"{index.root}: auto-labels vs reviewed labels",
    )
    data = ShapeEvalData(**vars(base), task=task, gt_shapes=g_shapes, dt_shapes=d_shapes)
    top = max([-1, *(int(c.max()) for c, _ in gts if len(c)), *(int(c.max()) for c, _, _ in dts if len(c))])
    if top >= len(data.names):
        data.names = list(data.names) + [str(c) for c in range(len(data.names), top + 1)]
    left = len(rows) - len(keys)
    if left:
        data.warnings.append(f"{left} reviewed image(s) have no stored {task} predictions and are left out")
    if not keys:
        data.warnings.append(f"no reviewed image with stored auto-label predictions in {index.root}")
    return data


def _model_like_val(req: dict[str, Any], state: JobState | None) -> EvalData:
    """The dataset's images (every split of a data.yaml, like the coco-mode run) through the installed
    `yolo val` validator; images it leaves out are named in state.errors."""
    from app.core.autolabel.source import plan_source
    from app.core.metrics.yolo_val import predict_like_val

    if not req.get("model"):
        raise UsageError("choose a model first")
    plan = plan_source(req["source"])
    data, left_out = predict_like_val(
        req["model"], plan.images, plan.class_names, plan.root, state, **req.get("val_args", {})
    )
    for path, reason in left_out:
        if state is not None:
            state.error(path, reason)
        else:
            data.warnings.append(f"{path}: {reason}")
    data.warnings.extend(plan.warnings)
    return data


def _shape_model_task(req: dict[str, Any]) -> str | None:
    """The task of a -seg / -obb model ("segment", "obb"; read without loading it), None for any other.
    The ultralytics mode measures no polygons: a -seg model is refused there before it runs."""
    from app.core.training.task import model_task

    if not req.get("model"):
        raise UsageError("choose a model first")
    task = model_task(str(req["model"]))
    if task == "segment" and req.get("mode") == "ultralytics":
        raise UsageError(
            "--mode ultralytics measures boxes and rotated boxes; a -seg model's polygons are measured in "
            "coco mode (mask mAP, pycocotools segm)"
        )
    return task if task in ("segment", "obb") else None


def _model_on_dataset(req: dict[str, Any], state: JobState | None) -> EvalData:
    """Predict every dataset image with the model (auto-label engine, low confidence like `yolo val`,
    labels into a scratch folder so the dataset is untouched), then evaluate against its labels. A
    -seg / -obb run: its label files' polygons / rotated boxes (with the run's confidences) against
    the dataset's shapes (_shape_data)."""
    from app.core.autolabel.engine.local import AutolabelOptions, autolabel
    from app.core.dataset.index import resolve_source
    from app.core.io.images import oriented_size
    from app.core.io.layout import img2label_path
    from app.core.io.yolo_labels import read_labels
    from app.core.metrics.evaluate import from_arrays

    if not req.get("model"):
        raise UsageError("choose a model first")
    root, _yaml, names = resolve_source(req["source"])
    preds: dict[str, Prediction] = {}

    def on_result(path: str, cls: np.ndarray, xywhn: np.ndarray, conf: np.ndarray) -> None:
        preds[str(Path(path).resolve())] = (
            np.asarray(cls, np.int64),
            np.asarray(xywhn, float).reshape(-1, 4),
            np.asarray(conf, float),
        )

    with tempfile.TemporaryDirectory(prefix="labelbench-eval-") as scratch:
        autolabel(
            req["source"],
            req["model"],
            AutolabelOptions(out=scratch, conf=0.001, iou=0.7, force=True, overwrite_reviewed=True),
            state,
            on_result=on_result,
        )
        task, run_root, label_root = _scratch_run(Path(scratch))
        if task in ("segment", "obb"):
            data: EvalData | None = _shape_data(req, root, names, preds, task, run_root, cast(Path, label_root))
            if data is not None:
                return data
    keys, gts, dts, paths, wh = [], [], [], [], []
    empty = (np.zeros(0, np.int64), np.zeros((0, 4)), np.zeros(0))
    for p in sorted(preds):
        lab, _ = read_labels(img2label_path(p), nc=len(names) or None, strict=True)
        size = oriented_size(p)
        if size is None:
            continue
        keys.append(Path(p).relative_to(root).as_posix() if Path(p).is_relative_to(root) else p)
        gts.append((lab.cls, lab.xywhn))
        dts.append(preds.get(p, empty))
        paths.append(Path(p))
        wh.append(size)
    data = from_arrays(
        keys, names, gts, dts, np.array(wh, float).reshape(-1, 2), paths, source=f"{Path(req['model']).name} on {root}"
    )
    if task in ("segment", "obb"):
        data.warnings.append(
            f"the dataset's labels are boxes: the boxes around the {_WORDS[task]} of the -{_SUFFIX[task]} model "
            "are measured"
        )
    _name_unknown_classes(data, gts, dts)
    return data


_WORDS = {"segment": "polygons", "obb": "rotated boxes"}
_SUFFIX = {"segment": "seg", "obb": "obb"}


def _name_unknown_classes(
    data: EvalData, gts: Sequence[tuple[np.ndarray, ...]], dts: Sequence[tuple[np.ndarray, ...]]
) -> None:
    top = max([-1, *(int(c.max()) for c, _ in gts if len(c)), *(int(c.max()) for c, _, _ in dts if len(c))])
    if top >= len(data.names):
        data.names = list(data.names) + [str(c) for c in range(len(data.names), top + 1)]


def _scratch_run(scratch: Path) -> tuple[str | None, Path | None, Path | None]:
    """(task, dataset root, label root) the scratch auto-label run recorded in its index."""
    import sqlite3

    db = scratch / ".labelbench" / "index.sqlite"
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return None, None, None
    root, label_root = meta.get("root"), meta.get("label_root")
    return meta.get("task"), Path(root) if root else None, Path(label_root) if label_root else scratch


def _shape_data(
    req: dict[str, Any],
    root: Path,
    names: list[str],
    preds: dict[str, Prediction],
    task: str,
    run_root: Path | None,
    label_root: Path,
) -> ShapeEvalData | None:
    """ShapeEvalData of a -seg / -obb scratch run: each image's label file in the scratch folder
    (what `autolabel --out` writes: the polygons / rotated boxes, 6 decimals) with the confidences
    the run reported for it, in line order, against the dataset's label files read as `task`.
    None when the dataset's labels are all boxes (the boxes around the shapes are measured then);
    labels mixing boxes with shapes: one UsageError line naming a box file."""
    import os

    from app.core.io.images import oriented_size
    from app.core.io.layout import img2label_path
    from app.core.io.shapes import BOX, KIND_OF_TASK, Labels, read_shapes
    from app.core.metrics.load import from_arrays
    from app.core.metrics.shapes_load import ShapeEvalData, read_shape_file

    nc = len(names) or None
    kind = KIND_OF_TASK[task]
    base = run_root if run_root is not None else root
    rows, box_file, shape_seen = [], None, False
    for p in sorted(preds):
        size = oriented_size(p)
        if size is None:
            continue
        gt, _ = read_shapes(img2label_path(p), nc=nc, task=task, strict=True)
        if BOX in gt.kinds:
            box_file = box_file or img2label_path(p)
        shape_seen = shape_seen or kind in gt.kinds
        out_file = (label_root / os.path.relpath(p, base)).with_suffix(".txt")
        dt = read_shape_file(out_file, None, task, True)  # a rotated box's corners as they are
        cls, _xywhn, conf = preds[p]
        if len(dt) != len(conf) or not np.array_equal(dt.cls, cls):
            raise UsageError(f"{out_file}: the scratch run's label file does not hold its {len(conf)} {_WORDS[task]}")
        rows.append((p, size, gt, Labels(dt.cls, dt.kinds, dt.coords, conf)))
    if box_file is not None and not shape_seen:
        return None
    if box_file is not None:
        raise UsageError(
            f"{box_file}: holds boxes, other label files hold {_WORDS[task]}: one kind of label per evaluation"
        )
    keys = [Path(p).relative_to(root).as_posix() if Path(p).is_relative_to(root) else p for p, *_ in rows]
    gts = [(g.cls, g.xywhn()) for _p, _s, g, _d in rows]
    dts = [(d.cls, d.xywhn(), cast(np.ndarray, d.conf)) for _p, _s, _g, d in rows]  # conf: the run's
    wh = np.array([s for _p, s, _g, _d in rows], np.float64).reshape(-1, 2)
    base_data = from_arrays(
        keys, names, gts, dts, wh, [Path(p) for p, *_ in rows], source=f"{Path(req['model']).name} on {root}"
    )
    data = ShapeEvalData(
        **vars(base_data),
        task=task,
        gt_shapes=[c for _p, _s, g, _d in rows for c in g.coords],
        dt_shapes=[c for _p, _s, _g, d in rows for c in d.coords],
    )
    if task == "obb" and req.get("mode") == "ultralytics":
        data.warnings.append(
            "ultralytics mode of a -obb model: the OBB validator's rules (probiou, its matching and confusion "
            "matrix) on the auto-label run's rotated boxes; `yolo val` itself predicts with multi-label NMS in rect "
            "batches, so its numbers can differ slightly"
        )
    _name_unknown_classes(data, gts, dts)
    return data


def export_json(result: EvalResult, path: str | Path, conf: float) -> None:
    """The JSON report plus the live numbers at the chosen confidence threshold."""
    import json

    from app.core.io.atomic import atomic_write_text

    js = result.report.to_json()
    a = result.analysis
    js["at_confidence"] = {
        "conf": conf,
        "iou": 0.5,
        **a.summary(conf, 0),
        # the pane's matrix: the rule of the error lists (the report's own is Ultralytics' at IoU 0.45)
        "confusion_matrix": a.matrix(conf).astype(int).tolist(),
        "rule": "IoU >= 0.50, confidence > conf, one-to-one greedy by confidence: class first, then wrong class",
    }
    js["best_f1"] = {"conf": result.curves["best_conf"], "f1": result.curves["best_f1"]}
    atomic_write_text(path, json.dumps(js, indent=2) + "\n")
