"""The Qt-free rules of one image under review: reading its label file, matching confidences,
which issues block editing, and writing it back only when the disk still holds what was read.

app/gui/review/doc.py wraps these around the canvas' models (widgets.canvas.boxes.Boxes, and
widgets.canvas.shapes_model.Shapes for polygons and rotated boxes).
* read: the label file is read with file:line issues (app.core.io.shapes: boxes, polygons and
  rotated boxes alike; `shapes` holds the Labels when the file has polygons or rotated boxes).
  Lines that cannot become objects (kind BAD_LINE: wrong column count, not numbers, out-of-range
  coordinates, a kind mixed into a file of the other) block the document until the user decides;
  objects with an unknown class id (kind UNKNOWN_CLASS) are kept and flagged. A polygon is never a
  bad line: "drop the bad lines" cannot delete one (and is not offered for a file mixing kinds).
  Confidences come from a 6th column or the index's stored predictions (matched box by box).
* write: atomic, and the caller checks `disk_sig` first (mtime_ns + size): a changed file is an
  outside edit and nothing is written. Shapes are written by app.core.io.shapes (6 decimals).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app.core.io.shapes import BOX, Labels, read_shapes, write_shapes
from app.core.io.yolo_labels import UNKNOWN_CLASS, LabelIssue, write_labels

SAVED, UNCHANGED, CONFLICT, BLOCKED = "saved", "unchanged", "conflict", "blocked"
FAILED = "failed"  # the write failed (a read-only folder, a full disk, the dataset moved): nothing written


def disk_sig(path: Path) -> tuple[int, int] | None:
    """(mtime_ns, size) of a file, None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def unknown_class_issues(issues: list[LabelIssue]) -> list[LabelIssue]:
    return [i for i in issues if i.kind == UNKNOWN_CLASS]


def bad_line_issues(issues: list[LabelIssue]) -> list[LabelIssue]:
    return [i for i in issues if i.kind != UNKNOWN_CLASS]


def mixed_kind_issues(issues: list[LabelIssue]) -> list[LabelIssue]:
    """Lines of one kind in a file of the other (boxes beside polygons): dropping them would
    delete real objects, so the user fixes such a file by hand."""
    return [i for i in issues if i.kind != UNKNOWN_CLASS and i.reason.startswith("mixes boxes")]


def issues_after_save(issues: list[LabelIssue], cls: npt.ArrayLike) -> list[LabelIssue]:
    """What is still true once the boxes `cls` are written: unknown-class issues whose class is
    still present (bad lines are gone: they were not written)."""
    present = {int(c) for c in np.asarray(cls).reshape(-1)}
    return [i for i in unknown_class_issues(issues) if i.class_id in present]


def match_confidences(
    cls: npt.NDArray[Any], xywhn: npt.NDArray[Any], pred: tuple[npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]]
) -> np.ndarray:
    """Confidence of each label box from the stored predictions: the prediction with the same
    class and the same coordinates (label files hold 6 decimals); NaN where a person changed it."""
    conf = np.full(len(cls), np.nan)
    pc, pb, pf = pred
    if len(pc) == 0 or len(cls) == 0:
        return conf
    used = np.zeros(len(pc), bool)
    for i, (c, b) in enumerate(zip(cls, xywhn)):
        d = np.abs(pb - b).max(1)
        ok = np.flatnonzero((pc == c) & (d < 2e-6) & ~used)
        if ok.size:
            j = ok[np.argmin(d[ok])]
            used[j] = True
            conf[i] = pf[j]
    return conf


@dataclass
class LabelFileState:
    """A label file as read: boxes (cls, xywhn, conf or None; for shapes their bounds), its disk
    signature and issues; shapes: the Labels when the file holds polygons or rotated boxes."""

    cls: np.ndarray
    xywhn: np.ndarray
    conf: np.ndarray | None
    sig: tuple[int, int] | None
    issues: list[LabelIssue]
    shapes: Labels | None = None

    @property
    def dropped_lines(self) -> int:
        return len(bad_line_issues(self.issues))


def read_label_file(
    label_path: Path,
    nc: int | None,
    predictions: tuple[npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]] | None = None,
    task: str | None = None,
) -> LabelFileState:
    """Read label_path (signature taken first, so an edit during the read shows as a change).
    task ("segment", "obb" or None: the file decides) says what an 8-number line is."""
    sig = disk_sig(label_path)
    labels, issues = read_shapes(label_path, nc=nc, task=task)
    xywhn = labels.xywhn()
    if any(k != BOX for k in labels.kinds):
        return LabelFileState(labels.cls, xywhn, None, sig, issues, shapes=labels)
    if labels.conf is not None:
        conf = labels.conf
    elif predictions is not None:
        conf = match_confidences(labels.cls, xywhn, predictions)
    else:
        conf = None
    return LabelFileState(labels.cls, xywhn, conf, sig, issues)


def write_label_file(
    label_path: Path, cls: npt.ArrayLike, xywhn: npt.ArrayLike, shapes: Labels | None = None
) -> tuple[int, int] | None:
    """Atomic write (of `shapes` when given, else of the boxes); returns the new disk signature."""
    if shapes is not None:
        write_shapes(label_path, shapes)
    else:
        write_labels(label_path, cls, xywhn)
    return disk_sig(label_path)
