"""The Qt-free rules of one image under review: reading its label file, matching confidences,
which issues block editing, and writing it back only when the disk still holds what was read.

app/gui/review/doc.py wraps these around the canvas' box model (widgets.canvas.boxes.Boxes).
* read: the label file is read with file:line issues. Lines that cannot become boxes (kind
  BAD_LINE: wrong column count, not numbers, out-of-range coordinates) block the document until
  the user decides; boxes with an unknown class id (kind UNKNOWN_CLASS) are kept and flagged.
  Confidences come from a 6th column or the index's stored predictions (matched box by box).
* write: atomic, and the caller checks `disk_sig` first (mtime_ns + size): a changed file is an
  outside edit and nothing is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.io.yolo_labels import UNKNOWN_CLASS, LabelIssue, read_labels, write_labels

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


def issues_after_save(issues: list[LabelIssue], cls) -> list[LabelIssue]:
    """What is still true once the boxes `cls` are written: unknown-class issues whose class is
    still present (bad lines are gone: they were not written)."""
    present = {int(c) for c in np.asarray(cls).reshape(-1)}
    return [i for i in unknown_class_issues(issues) if i.class_id in present]


def match_confidences(cls, xywhn, pred) -> np.ndarray:
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
    """A label file as read: boxes (cls, xywhn, conf or None), its disk signature and issues."""

    cls: np.ndarray
    xywhn: np.ndarray
    conf: np.ndarray | None
    sig: tuple[int, int] | None
    issues: list[LabelIssue]

    @property
    def dropped_lines(self) -> int:
        return len(bad_line_issues(self.issues))


def read_label_file(label_path: Path, nc: int | None, predictions=None) -> LabelFileState:
    """Read label_path (signature taken first, so an edit during the read shows as a change)."""
    sig = disk_sig(label_path)
    labels, issues = read_labels(label_path, nc=nc)
    if labels.conf is not None:
        conf = labels.conf
    elif predictions is not None:
        conf = match_confidences(labels.cls, labels.xywhn, predictions)
    else:
        conf = None
    return LabelFileState(labels.cls, labels.xywhn, conf, sig, issues)


def write_label_file(label_path: Path, cls, xywhn) -> tuple[int, int] | None:
    """Atomic write; returns the new disk signature."""
    write_labels(label_path, cls, xywhn)
    return disk_sig(label_path)
