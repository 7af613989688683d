"""Classical (model-free) auto-labeling: the contours of a pipeline's binary result become boxes,
polygons or rotated boxes.

    filt = BoxFilter(min_area=50, max_aspect=4)
    xywhn = boxes_from_binary(mask, filt.min_area, filt.max_area, filt.min_aspect, filt.max_aspect)
    cls, xywhn, conf = label_image(pipeline, img, class_id=2, filt=filt)   # one image (review editor)
    report = label_folder(pipeline, "dataset/", class_id=2, filt=filt, state=JobState())
    labels = label_shapes(pipeline, img, 2, filt, kind="polygon", tolerance=1.5)   # io.shapes.Labels
    report = label_folder(pipeline, "dataset/", 2, filt, kind="obb")              # cv2.minAreaRect corners

`label_folder` writes exactly what the YOLO auto-labeler writes: the same label files (atomic,
5 columns, 6 decimals, empty file = no objects), the same dataset index records
(`record_predictions` with model_key "classical:<hash of pipeline + filter + class>", conf 1.0),
and the same protection: labels reviewed or edited by a person, and label files it did not write,
are skipped unless `overwrite_reviewed`; images already labeled with the same key are skipped
unless `force`. It reuses the auto-labeler's planner, skip rules, journal and writer for that.

With kind "polygon" (the contours simplified with cv2.approxPolyDP at `tolerance` px) or "obb"
(their cv2.minAreaRect corners) it writes Ultralytics segment / OBB lines (app.core.io.shapes)
and records the task in the dataset index (app.core.dataset.kinds); a dataset whose labels are
of another kind is refused with one line, so a folder never ends up mixing kinds.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from app.core.autolabel.contour_shapes import OUTPUT_WORDS, check_kind, polygons_from_binary, rotated_boxes_from_binary
from app.core.errors import FileError, UsageError
from app.core.io.shapes import KIND_OF_TASK, TASK_OF_KIND, Labels
from app.core.jobs import JobState
from app.core.pipeline.model import Pipeline
from app.core.pipeline.ops import get_op
from app.core.pipeline.ops.contours import find_boxes

if TYPE_CHECKING:
    from app.core.autolabel.sink import PredictionSink
    from app.core.dataset.index import DatasetIndex

# ops whose output is a 0/255 mask (a binary result to take boxes from)
BINARY_OPS = {"threshold", "auto_threshold", "opencv_threshold", "adaptive_threshold", "in_range", "canny"}
# ops that move pixels: boxes would not be in the source image's coordinates
MOVING_OPS = {"crop", "rotate", "flip"}


@dataclass(frozen=True)
class BoxFilter:
    """Contour filter in pixels of the pipeline's result; 0 for a max = no limit."""

    min_area: float = 20.0
    max_area: float = 0.0
    min_aspect: float = 0.0
    max_aspect: float = 0.0


def boxes_from_binary(
    binary: np.ndarray, min_area: float = 0.0, max_area: float = 0.0, min_aspect: float = 0.0, max_aspect: float = 0.0
) -> np.ndarray:
    """Outer contours of the non-zero pixels -> (N, 4) YOLO boxes (cx, cy, w, h normalized by the
    image size), keeping contours with min_area <= area <= max_area and min_aspect <= w/h <=
    max_aspect (0 = no upper limit). Boxes cover whole pixels: x from left edge of the first
    pixel to the right edge of the last, sorted top-to-bottom, left-to-right."""
    h, w = binary.shape[:2]
    _, boxes = find_boxes(binary, min_area, max_area, min_aspect, max_aspect, "external")
    if not len(boxes):
        return np.zeros((0, 4), np.float64)
    b = boxes.astype(np.float64)
    return np.stack([(b[:, 0] + b[:, 2] / 2) / w, (b[:, 1] + b[:, 3] / 2) / h, b[:, 2] / w, b[:, 3] / h], axis=1)


def check_pipeline(pipeline: Pipeline) -> None:
    """UsageError unless the pipeline yields a binary mask in the source image's coordinates."""
    enabled = [s.op for s in pipeline.steps if s.enabled]
    moving = sorted(set(enabled) & MOVING_OPS)
    if moving:
        raise UsageError(
            f"the pipeline moves pixels ({', '.join(moving)}): boxes would not match the "
            "image; disable those steps for labeling"
        )
    if not any(op in BINARY_OPS or (op == "connected_components") for op in enabled):
        raise UsageError(
            "the pipeline has no threshold / mask step, so there is no binary result to "
            "take boxes from; add a threshold step"
        )


def binary_result(pipeline: Pipeline, img: np.ndarray) -> np.ndarray:
    """The last single-channel output of the pipeline's enabled steps (e.g. the threshold mask,
    even when a contour-overlay step follows it), as uint8 0/255."""
    cur, last = img, (img if img.ndim == 2 else None)
    for step in pipeline.steps:
        if step.enabled:
            cur = get_op(step.op).func(cur, **step.params)
            if cur.ndim == 2:
                last = cur
    if last is None:
        raise UsageError("the pipeline has no single-channel (binary) result")
    return np.where(last > 0, np.uint8(255), np.uint8(0))


def label_image(
    pipeline: Pipeline, img: np.ndarray, class_id: int = 0, filt: BoxFilter = BoxFilter()
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(cls, xywhn, conf) for one image: boxes of the pipeline's binary result, all of class_id, conf 1."""
    check_pipeline(pipeline)
    xywhn = boxes_from_binary(binary_result(pipeline, img), **asdict(filt))
    n = len(xywhn)
    return np.full(n, int(class_id), np.int64), xywhn, np.ones(n, np.float64)


def label_shapes(
    pipeline: Pipeline,
    img: np.ndarray,
    class_id: int = 0,
    filt: BoxFilter = BoxFilter(),
    kind: str = "box",
    tolerance: float = 1.0,
) -> Labels:
    """The objects of one image as app.core.io.shapes.Labels of `kind`: "box" (label_image's
    boxes), "polygon" (contours simplified at `tolerance` px, >= 3 points) or "obb" (the
    contours' minAreaRect corners); all of class_id, conf 1."""
    check_kind(kind)
    if kind == "box":
        cls, xywhn, conf = label_image(pipeline, img, class_id, filt)
        return Labels.from_boxes(cls, xywhn, conf)
    check_pipeline(pipeline)
    binary = binary_result(pipeline, img)
    if kind == "polygon":
        polys = polygons_from_binary(binary, tolerance, **asdict(filt))
        return Labels.from_polygons(np.full(len(polys), int(class_id), np.int64), polys, np.ones(len(polys)))
    corners = rotated_boxes_from_binary(binary, **asdict(filt))
    return Labels.from_obb(np.full(len(corners), int(class_id), np.int64), corners, np.ones(len(corners)))


def check_dataset_kind(index: DatasetIndex, kind: str) -> None:
    """UsageError (one line) when the dataset's existing labels are of another kind than `kind`
    or already mix kinds (app.core.dataset.kinds.summary, after a refresh of the index)."""
    from app.core.dataset import kinds as dataset_kinds

    index.refresh()
    k = dataset_kinds.summary(index)
    if not (k["files"]["box"] or k["files"]["shape"]):
        return
    where = index.label_root or index.root
    if k["mixed"] is not None:
        raise UsageError(f"{where}: its labels already mix boxes with polygons or rotated boxes; fix those first")
    have = KIND_OF_TASK.get(k["task"] or "")
    if have is not None and have != kind:
        raise UsageError(
            f"{where}: its labels are {OUTPUT_WORDS[have]}; writing {OUTPUT_WORDS[kind]} would mix kinds "
            f"in one folder (label as {OUTPUT_WORDS[have]}, or write to another labels folder)"
        )


def model_key(pipeline: Pipeline, class_id: int, filt: BoxFilter, kind: str = "box", tolerance: float = 1.0) -> str:
    """ "classical:<12 hex>" from the enabled steps, the box filter, the class and (for polygons
    and rotated boxes) the output kind and the polygon tolerance."""
    sig = {"steps": [s.to_dict() for s in pipeline.steps if s.enabled], "filter": asdict(filt), "class": int(class_id)}
    if kind != "box":  # a box run keeps the key it always had
        sig["kind"] = kind
        if kind == "polygon":
            sig["tolerance"] = float(tolerance)
    return "classical:" + hashlib.sha1(json.dumps(sig, sort_keys=True).encode()).hexdigest()[:12]


@dataclass
class SkipOptions:  # the options the auto-labeler's skip rules read
    force: bool = False
    overwrite_reviewed: bool = False
    sink: PredictionSink | None = None  # label files are written (no predictions-only sink)


def label_folder(
    pipeline: Pipeline,
    source: str | os.PathLike[str],
    class_id: int = 0,
    filt: BoxFilter = BoxFilter(),
    state: JobState | None = None,
    out: str | None = None,
    force: bool = False,
    overwrite_reviewed: bool = False,
    only: list[str] | None = None,
    kind: str = "box",
    tolerance: float = 1.0,
) -> dict[str, Any]:
    """Label every image of `source` (folder, data.yaml or .txt list) with the boxes (or kind
    "polygon" / "obb": see label_shapes) of the pipeline's binary result. `only` restricts the
    run to these image paths of the dataset (e.g. the image shown in the Process pane;
    UsageError if one is not in it). UsageError when the dataset's labels are of another kind.
    Returns the auto-labeler's report keys (images, labeled, skipped, failed, seconds,
    images_per_second, model, backend) plus model_key, index, boxes (objects written, of any
    kind), kind and skip_reasons {reason: count}."""
    from app.core.autolabel.engine.shared import feed, pending_rels, shared_label_rels
    from app.core.autolabel.engine.stages import Journal, Writer
    from app.core.autolabel.options import SKIP_MEANWHILE
    from app.core.autolabel.source import plan_source
    from app.core.dataset.index import DatasetIndex
    from app.core.pipeline.batch import load_for_pipeline

    state = state or JobState()
    t0 = time.perf_counter()
    started = time.time()  # work saved by someone after this is not the run's to replace
    check_pipeline(pipeline)
    check_kind(kind)
    if class_id < 0:
        raise UsageError(f"class id must be >= 0, got {class_id}")
    plan = plan_source(source)
    if plan.class_names and class_id >= len(plan.class_names):
        raise UsageError(f"class id {class_id} is not in the dataset's {len(plan.class_names)} classes")
    if only is not None:
        wanted = {os.path.normcase(os.path.abspath(p)) for p in only}
        images = [p for p in plan.images if os.path.normcase(os.path.abspath(p)) in wanted]
        if len(images) != len(wanted):
            raise UsageError(f"{', '.join(sorted(only))}: not (all) images of the dataset {plan.root}")
        plan = dataclasses.replace(plan, images=images)
    key = model_key(pipeline, class_id, filt, kind, tolerance)
    out_dir = Path(out).expanduser().resolve() if out else None
    from app.core.autolabel.writable import check_writable
    from app.core.dataset import store as dataset_store
    from app.core.dataset.lock import WriterLock

    check_writable(plan.images, plan.root, out_dir)
    index = DatasetIndex(
        plan.root,
        plan.class_names,
        source=plan.source,
        label_root=out_dir,
        index_path=dataset_store.local_index_path(out_dir) if out_dir else None,
    )
    try:
        lock = WriterLock(index.db_path, what=str(out_dir or plan.root)).acquire()  # one writer per dataset
    except BaseException:
        index.close()
        raise
    try:
        from app.core.dataset.kinds import set_task

        check_dataset_kind(index, kind)
        set_task(index, TASK_OF_KIND[kind])
    except BaseException:
        index.close()
        lock.release()
        raise
    journal = Journal(index.db_path.parent)
    journal.sweep()  # the writer: a journal temp left by a killed run is nobody's any more
    pending = pending_rels(journal, index)
    writer = Writer(index, key, journal, pending)
    writer.start()
    labeled = skipped = done = boxes = 0
    skip_reasons: dict[str, int] = {}
    failed: list[dict[str, str]] = []
    total = len(plan.images)
    state.progress(0, total, "starting")
    try:
        shared = shared_label_rels(plan, index)  # neither image of a pair is labeled (skip_reasons says so)
        for it in feed(plan, index, SkipOptions(force, overwrite_reviewed), key, pending, shared, started):
            state.check()
            done += 1
            if isinstance(it, tuple):
                skipped += 1
                skip_reasons[it[1]] = skip_reasons.get(it[1], 0) + 1
            else:
                try:
                    img = load_for_pipeline(it.path)
                    if kind == "box":
                        cls, xywhn, conf = label_image(pipeline, img, class_id, filt)
                    else:
                        it.labels = label_shapes(pipeline, img, class_id, filt, kind, tolerance)
                        cls, xywhn = it.labels.cls, it.labels.xywhn()
                        conf = cast(np.ndarray, it.labels.conf)  # label_shapes gives conf 1
                    writer.put((it, cls, xywhn, conf))
                    labeled += 1
                    boxes += len(cls)
                except Exception as e:
                    reason = (
                        e.reason
                        if isinstance(e, FileError)
                        else (str(e).strip().splitlines() or [type(e).__name__])[-1]
                    )
                    failed.append({"path": it.path, "error": reason})
                    state.error(it.path, reason)
            state.progress(done, total, f"{labeled} labeled, {skipped} skipped, {len(failed)} failed")
    finally:
        try:
            writer.finish()
        finally:
            index.close()
            lock.release()
    if writer.dropped:  # changed by someone while the run went on: left alone, and said so
        labeled -= len(writer.dropped)
        skipped += len(writer.dropped)
        skip_reasons[SKIP_MEANWHILE] = skip_reasons.get(SKIP_MEANWHILE, 0) + len(writer.dropped)
    seconds = time.perf_counter() - t0
    return {
        "images": total,
        "labeled": labeled,
        "skipped": skipped,
        "failed": failed,
        "seconds": round(seconds, 3),
        "images_per_second": round(labeled / seconds, 2) if seconds > 0 else 0.0,
        "model": key,
        "backend": "classical (OpenCV contours)",
        "model_key": key,
        "index": str(index.db_path),
        "boxes": boxes,
        "kind": kind,
        "skip_reasons": skip_reasons,
        "changed_during_run": skip_reasons.get(SKIP_MEANWHILE, 0),
    }
