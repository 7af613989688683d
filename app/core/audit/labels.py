"""A label file's objects with their 1-based line numbers (findings name the line): boxes, or the
polygons / rotated boxes of a segment / obb dataset (app.core.io.shapes), each with the box around it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

import numpy as np
import numpy.typing as npt

from app.core.errors import FileError
from app.core.io.regular import read_regular_bytes
from app.core.io.yolo_labels import LABEL_MAX_BYTES, UNKNOWN_CLASS, parse_labels

if TYPE_CHECKING:
    from app.core.io.shapes import Labels as ShapeLabels

    # (cls (N,), xywhn (N, 4), lines (N,), problems ["path:line: reason"])
    LabelLines: TypeAlias = tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.int64], list[str]]
    # LabelLines plus the polygons / rotated boxes, None for boxes
    LabelObjects: TypeAlias = tuple[
        npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.int64], list[str], ShapeLabels | None
    ]


def read_label_lines(path: str | os.PathLike[str], nc: int | None = None, task: str | None = None) -> LabelLines | None:
    """(cls (N,), xywhn (N, 4), lines (N,), problems ["path:line: reason"]) or None when the file
    does not exist (the image is not labeled); a file of polygons / rotated boxes gives the box
    around each (read_label_objects). Malformed lines are skipped and named; a file that cannot
    be read at all (not a regular file, over the size bound, not UTF-8) raises FileError."""
    got = read_label_objects(path, nc, task)
    return None if got is None else got[:4]


def read_label_objects(
    path: str | os.PathLike[str], nc: int | None = None, task: str | None = None
) -> LabelObjects | None:
    """read_label_lines' tuple plus the objects as app.core.io.shapes.Labels when the file holds
    polygons or rotated boxes (its first well-formed line says which; the other kind's lines are
    problems, as Ultralytics refuses such a file), else None. task ("segment", "obb" or None:
    the file decides, see app.core.io.shapes) says what an 8-number line is."""
    path = Path(path)
    if not os.path.exists(path):
        return None
    data = read_regular_bytes(path, LABEL_MAX_BYTES, "label file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise FileError(path, "not a text file (not UTF-8)", data[: e.start].count(b"\n") + 1) from None
    if _holds_shapes(text):
        return _read_shapes(text, path, nc, task)
    lab, issues = parse_labels(text, path, nc, allow_conf=True)  # the usual case: a clean file, parsed at once
    if not issues:
        lines = [no for no, raw in enumerate(text.splitlines(), 1) if raw.strip()]
        if len(lines) == len(lab.cls):
            return lab.cls, lab.xywhn, np.array(lines, np.int64), [], None
    cls, boxes, lines, problems = [], [], [], []
    for no, raw in enumerate(text.splitlines(), 1):  # else line by line: each problem named, the rest kept
        if not raw.strip():
            continue
        lab, issues = parse_labels(raw, path, nc, allow_conf=True)
        for iss in issues:
            problems.append(f"{path}:{no}: {iss.reason}")
        if len(lab):
            cls.append(int(lab.cls[0]))
            boxes.append(lab.xywhn[0])
            lines.append(no)
    return (
        np.array(cls, np.int64),
        np.array(boxes, np.float64).reshape(-1, 4),
        np.array(lines, np.int64),
        problems,
        None,
    )


def _holds_shapes(text: str) -> bool:
    """The first line with a label's column count is a polygon or an 8-number line."""
    from app.core.io.shapes import BOX, line_kind

    for raw in text.splitlines():
        kind = line_kind(len(raw.split()))
        if kind is not None:
            return kind != BOX
    return False


def _read_shapes(text: str, path: Path, nc: int | None, task: str | None) -> LabelObjects:
    """read_label_objects' tuple for a file of polygons / rotated boxes: parsed at once, the lines
    of the objects being the non-blank lines without an issue (an unknown class is kept and
    named); where the issues were too many to list (the reader sums up the rest), line by line."""
    from app.core.io.shapes import BOX, POLYGON, Labels, line_kind, parse_shapes

    labels, issues = parse_shapes(text, path, nc, task, allow_conf=True)
    numbered = [(no, raw) for no, raw in enumerate(text.splitlines(), 1) if raw.strip()]
    if not any(i.reason.startswith("... and ") for i in issues):
        bad = {i.line for i in issues if i.kind != UNKNOWN_CLASS}
        lines = [no for no, _raw in numbered if no not in bad]
        if len(lines) == len(labels):
            problems = [f"{path}:{i.line}: {i.reason}" for i in issues]
            return labels.cls, labels.xywhn(), np.array(lines, np.int64), problems, labels
    if task not in ("segment", "obb"):  # one line alone must read as it does in its file
        task = "segment" if any(line_kind(len(raw.split())) == POLYGON for _no, raw in numbered) else "obb"
    parts, lines, problems = [], [], []
    for no, raw in numbered:
        one, issues = parse_shapes(raw, path, nc, task, allow_conf=True)
        if len(one) and one.kinds[0] == BOX:  # the file's first object is a shape (_holds_shapes)
            problems.append(f"{path}:{no}: mixes boxes (5 columns) with polygons or rotated boxes in one file")
            continue
        problems += [f"{path}:{no}: {iss.reason}" for iss in issues]
        if len(one):
            parts.append(one)
            lines.append(no)
    labels = Labels.concat(parts) if parts else Labels.empty()
    return labels.cls, labels.xywhn(), np.array(lines, np.int64), problems, labels
