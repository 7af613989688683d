"""Evaluation input for polygons (segment) and rotated boxes (obb), and which task two folders hold.

    task = folder_task(gt_dir, pred_dir)            # "detect", "segment" or "obb", from the files
    data = load_any(gt_dir, pred_dir, images, names, task=None)   # boxes go through load_folders

The task comes from the ground-truth files (the predictions when they hold no object): 5-column
lines -> detect; polygons of more than 4 points anywhere -> segment; only 8-number lines -> obb
(a segment set of 4-point polygons needs --task segment). Prediction lines may end with a
confidence, as `yolo predict save_txt=True save_conf=True` writes them (a polygon line then has
an even number of columns, a rotated box 10); files without one take the confidences the
auto-label run stored in its index, as for boxes. Polygons are rasterized and rotated boxes
measured in pixels, so the image sizes are needed: from --images or the images/ folder beside
labels/; a missing image is one clear error.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

import numpy as np

from app.core.errors import FileError, LabelFormatError, UsageError
from app.core.metrics.load import (
    EvalData,
    StoredPredictions,
    check_implicit_classes,
    finish_names,
    folder_pair,
    from_arrays,
    guess_images_dir,
    image_files,
    label_files,
    load_folders,
)

if TYPE_CHECKING:
    from app.core.io.shapes import Labels
    from app.core.jobs import JobState

TASKS = ("detect", "segment", "obb")
IOU_TYPES = {"detect": "bbox", "segment": "segm", "obb": "probiou"}
TASK_WORDS = {"detect": "boxes", "segment": "polygons (masks)", "obb": "rotated boxes"}
SNIFF_BYTES = 1 << 20  # a file's head is enough to tell the kind


@dataclass
class ShapeEvalData(EvalData):
    """EvalData of polygons or rotated boxes: gt_xywhn / dt_xywhn hold the box around each shape
    (for drawing and crops), gt_shapes / dt_shapes the shapes themselves, normalized, in the same
    order (a polygon x1 y1 ... xn yn, a rotated box its 4 corners)."""

    task: str = "segment"
    gt_shapes: list[np.ndarray] = field(default_factory=list)
    dt_shapes: list[np.ndarray] = field(default_factory=list)


def task_of(data: EvalData) -> str:
    """The task of an EvalData ("detect" for plain box data)."""
    return getattr(data, "task", "detect")


def _columns(path: Path) -> list[int]:
    try:
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return []
    return [len(ln.split()) for ln in head.splitlines() if ln.strip()]


def _kind_of(cols: list[int], with_conf: bool) -> tuple[bool, bool, bool]:
    """(boxes, polygons, quads) seen in one file's column counts."""
    box = any(c in (5, 6) for c in cols)
    quad = any(c == 9 or (with_conf and c == 10) for c in cols)
    poly = any(c >= 7 and c not in (9, 10) for c in cols) or (not with_conf and any(c == 10 for c in cols))
    return box, poly, quad


def folder_task(gt_files: dict[str, Path], dt_files: dict[str, Path]) -> str:
    """The task two folders' label files hold (see the module's doc). Box files stop the scan at
    once (a box folder costs one file); shape files are all looked at, for polygons."""
    for files, with_conf in ((gt_files, False), (dt_files, True)):
        quads = False
        for k in sorted(files):
            box, poly, quad = _kind_of(_columns(files[k]), with_conf)
            if box and not (poly or quad or quads):
                return "detect"
            if poly:
                return "segment"
            quads = quads or quad
        if quads:
            return "obb"
    return "detect"


def read_shape_file(path: Path, nc: int | None, task: str, preds: bool) -> Labels:
    """Labels of one file of `task` (polygons or rotated boxes); for predictions a trailing
    confidence column (on every line) is split off, and rotated boxes are read wherever their
    corners lie (_predicted_quads). LabelFormatError names file and line."""
    from app.core.io.regular import read_regular_bytes
    from app.core.io.shapes import BOX, Labels, parse_shapes
    from app.core.io.yolo_labels import LABEL_MAX_BYTES

    data = read_regular_bytes(path, LABEL_MAX_BYTES, "label file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise LabelFormatError(path, "not a text file (not UTF-8)", data[: e.start].count(b"\n") + 1) from None
    lines = text.splitlines()
    conf = None
    if preds:
        rows = [ln.split() for ln in lines]
        n = [len(r) for r in rows if r]
        has_conf = bool(n) and all((c == 10) if task == "obb" else (c >= 8 and c % 2 == 0) for c in n)
        if has_conf:
            vals = []
            for no, r in enumerate(rows, 1):
                if r:
                    try:
                        vals.append(float(r[-1]))
                    except ValueError:
                        raise LabelFormatError(path, f"not a number: {r[-1]!r}", no) from None
            conf = np.array(vals, np.float64)
            if not np.isfinite(conf).all():
                raise LabelFormatError(path, "confidence must be a finite number")
            text = "\n".join(" ".join(r[:-1]) for r in rows)
    if preds and task == "obb":
        labels = _predicted_quads(text, path, nc)
        return Labels(labels.cls, labels.kinds, labels.coords, conf) if conf is not None else labels
    labels, issues = parse_shapes(text, path, nc, task, allow_conf=False)
    if issues:
        raise LabelFormatError(issues[0].path, issues[0].reason, issues[0].line)
    if BOX in labels.kinds:
        i = labels.kinds.index(BOX)
        raise LabelFormatError(
            path, f"holds boxes (5 columns) in a {task} evaluation: one kind of label per run", i + 1
        )
    if conf is not None:
        labels = Labels(labels.cls, labels.kinds, labels.coords, conf)
    return labels


def _predicted_quads(text: str, path: Path, nc: int | None) -> Labels:
    """Rotated boxes of a prediction file (no confidence column), read as they are: an -obb model's
    low-confidence box may reach far past the image (the auto-label engine and `yolo predict` write
    its corners unclipped), and the evaluation compares it so, as the OBB validator does. Each line:
    a class id and 8 finite numbers; anything else is a LabelFormatError naming file and line."""
    from app.core.io.shapes import Labels

    cls, corners = [], []
    for no, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) in (5, 6):
            raise LabelFormatError(path, "holds boxes (5 columns) in an obb evaluation: one kind of label per run", no)
        if len(parts) != 9:
            raise LabelFormatError(path, f"expected a class id and 4 corners (9 columns), found {len(parts)}", no)
        try:
            vals = [float(v) for v in parts]
        except ValueError:
            raise LabelFormatError(path, "not a number", no) from None
        if not np.isfinite(vals).all() or vals[0] != int(vals[0]) or vals[0] < 0:
            raise LabelFormatError(path, "class id must be a non-negative integer and corners finite numbers", no)
        if nc is not None and int(vals[0]) >= nc:
            raise LabelFormatError(path, f"unknown class id {int(vals[0])} (dataset has {nc} classes)", no)
        cls.append(int(vals[0]))
        corners.append(vals[1:])
    return Labels.from_obb(np.array(cls, np.int64), np.array(corners, np.float64).reshape(-1, 8))


def load_any(
    gt_dir: str | os.PathLike[str],
    pred_dir: str | os.PathLike[str],
    images_dir: str | os.PathLike[str] | None = None,
    names: list[str] | str | os.PathLike[str] | None = None,
    task: str | None = None,
    state: JobState | None = None,
) -> EvalData:
    """EvalData of two label folders for `task` (None: from the files). Boxes: load_folders, as
    it always was; polygons and rotated boxes: load_shape_folders."""
    if task is not None and task not in TASKS:
        raise UsageError(f"unknown task {task!r} (choose detect, segment or obb)")
    gt_dir, pred_dir = Path(gt_dir), Path(pred_dir)
    if task is None and gt_dir.is_dir() and pred_dir.is_dir():
        task = folder_task(label_files(gt_dir), label_files(pred_dir))
    if task in (None, "detect"):
        return load_folders(gt_dir, pred_dir, images_dir=images_dir, names=names, state=state)
    return load_shape_folders(gt_dir, pred_dir, images_dir, names, task, state)


def load_shape_folders(
    gt_dir: str | os.PathLike[str],
    pred_dir: str | os.PathLike[str],
    images_dir: str | os.PathLike[str] | None = None,
    names: list[str] | str | os.PathLike[str] | None = None,
    task: str = "segment",
    state: JobState | None = None,
) -> ShapeEvalData:
    """Ground-truth and prediction folders of polygons or rotated boxes -> EvalData with shapes."""
    from app.core.io.images import oriented_size

    gt_dir, pred_dir, names, gt_files, dt_files, pairing = folder_pair(gt_dir, pred_dir, names)
    nc = len(names) if names else None
    keys = sorted(set(gt_files) | set(dt_files))
    img_root: Path | None
    if images_dir is not None:
        if not Path(images_dir).is_dir():
            raise UsageError(f"--images {images_dir}: not a folder")
        imgs, img_root = image_files(Path(images_dir)), Path(images_dir)
    else:
        img_root = guess_images_dir(gt_dir)
        if img_root is None:
            raise UsageError(
                f"{task} evaluation measures {TASK_WORDS[task]} in pixels: pass --images IMAGES_DIR "
                f"(no images/ folder beside {gt_dir})"
            )
        imgs = image_files(img_root)
    gts, dts, g_shapes, d_shapes, paths, wh = [], [], [], [], [], []
    no_conf, stored, from_index = [], None, 0
    for i, k in enumerate(keys):
        if state is not None and i % 256 == 0:
            state.check()
            state.progress(i, len(keys), "reading labels")
        p = imgs.get(k)
        if p is None:
            raise FileError(
                img_root / k, f"no image for this label file (needed for the pixel size of its {task} labels)"
            )
        s = oriented_size(p)
        if s is None:
            raise FileError(p, "cannot read the image size from its header")
        paths.append(p)
        wh.append(s)
        g = read_shape_file(gt_files[k], nc, task, False) if k in gt_files else None
        if g is not None:
            check_implicit_classes(gt_files[k], g, nc)
        gts.append((g.cls, g.xywhn()) if g is not None else (np.zeros(0, np.int64), np.zeros((0, 4))))
        g_shapes += list(g.coords) if g is not None else []
        d = read_shape_file(dt_files[k], nc, task, True) if k in dt_files else None
        if d is None:
            dts.append((np.zeros(0, np.int64), np.zeros((0, 4)), np.zeros(0)))
            continue
        check_implicit_classes(dt_files[k], d, nc)
        conf = d.conf
        if conf is None and len(d):
            stored = stored if stored is not None else StoredPredictions.find(pred_dir)
            conf = stored.confidences(dt_files[k], d.cls, d.xywhn())
            if conf is None:
                no_conf.append(k)
            else:
                from_index += 1
        dts.append((d.cls, d.xywhn(), conf if conf is not None else np.ones(len(d))))
        d_shapes += list(d.coords)
    base = from_arrays(keys, names or [], gts, dts, np.array(wh, np.float64).reshape(-1, 2), paths)
    data = ShapeEvalData(**vars(base), task=task, gt_shapes=g_shapes, dt_shapes=d_shapes)
    data.source = f"{gt_dir} vs {pred_dir}"
    data.pairing = pairing
    if no_conf:
        data.warnings.append(
            f"{len(no_conf)} prediction file(s) have no confidence column (e.g. {dt_files[no_conf[0]]}) and no "
            "matching auto-label record; their shapes count as confidence 1.0"
        )
    if from_index:
        data.warnings.append(
            f"confidences of {from_index} prediction file(s) taken from the auto-label index "
            f"{cast(StoredPredictions, stored).db}"
        )
    finish_names(data)
    if state is not None:
        state.progress(len(keys), len(keys), "labels read")
    return data
