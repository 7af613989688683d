"""One image under review: its boxes, what is on disk, and the rules for saving them safely.

No Qt here (the pane and the undo commands drive it), so load/save/conflict rules are plain
functions:
* load: the label file is read with file:line issues. Lines that cannot become boxes (wrong
  column count, not numbers, out-of-range coordinates) make the document `blocked` until the
  user decides (open read-only, or drop those lines); boxes with an unknown class id are kept
  and flagged. Confidences come from the index's stored predictions (matched box by box) or a
  6th column.
* save: atomic write, only when the file on disk is still the one that was loaded or last
  saved (mtime_ns + size); otherwise it is an outside edit and nothing is written.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.core.io.yolo_labels import LabelIssue, read_labels, write_labels
from widgets.boxes import Boxes

SAVED, UNCHANGED, CONFLICT, BLOCKED = "saved", "unchanged", "conflict", "blocked"


def disk_sig(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


@dataclass
class ImageDoc:
    rel: str
    image_path: Path
    label_path: Path
    size: tuple[int, int]                       # (width, height) of the EXIF-oriented image
    boxes: Boxes = field(default_factory=Boxes)
    saved: Boxes = field(default_factory=Boxes)  # what the label file holds (as last read / written)
    sig: tuple[int, int] | None = None           # label file (mtime_ns, size) when read / written
    issues: list[LabelIssue] = field(default_factory=list)
    blocked: bool = False                        # unreadable lines: read-only until the user decides
    dropped_lines: int = 0
    conflict: bool = False                       # the file changed outside while edits are pending
    saved_at: float | None = None

    @property
    def dirty(self) -> bool:
        a, b = self.boxes, self.saved
        return not (len(a) == len(b) and np.array_equal(a.cls, b.cls) and np.allclose(a.xyxy, b.xyxy, atol=1e-6))

    @property
    def unknown_issues(self) -> list[LabelIssue]:
        return [i for i in self.issues if i.reason.startswith("unknown class")]

    def changed_on_disk(self) -> bool:
        return disk_sig(self.label_path) != self.sig

    def xywhn(self) -> np.ndarray:
        return self.boxes.to_xywhn(*self.size)


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


def read_doc(doc: ImageDoc, nc: int | None, predictions=None) -> ImageDoc:
    """(Re)read doc's label file from disk into boxes/saved/sig/issues."""
    sig = disk_sig(doc.label_path)
    labels, issues = read_labels(doc.label_path, nc=nc)
    if labels.conf is not None:
        conf = labels.conf
    elif predictions is not None:
        conf = match_confidences(labels.cls, labels.xywhn, predictions)
    else:
        conf = None
    w, h = doc.size
    boxes = Boxes.from_xywhn(labels.cls, labels.xywhn, conf, w, h)
    doc.boxes = doc.saved = boxes
    doc.sig = sig
    doc.issues = issues
    doc.dropped_lines = sum(1 for i in issues if not i.reason.startswith("unknown class"))
    doc.blocked = doc.dropped_lines > 0
    doc.conflict = False
    return doc


def save_doc(doc: ImageDoc, force: bool = False, even_if_clean: bool = False) -> str:
    """Write doc's boxes atomically. Returns SAVED, UNCHANGED (nothing to write), BLOCKED
    (unreadable lines not resolved yet) or CONFLICT (the file changed outside: nothing written;
    pass force=True once the user chose to overwrite it)."""
    if doc.blocked:
        return BLOCKED
    if not doc.dirty and not even_if_clean:
        return UNCHANGED
    if not force and doc.changed_on_disk():
        doc.conflict = True
        return CONFLICT
    write_labels(doc.label_path, doc.boxes.cls, doc.xywhn())
    doc.sig = disk_sig(doc.label_path)
    doc.saved = doc.boxes
    doc.conflict = False
    doc.saved_at = time.time()
    doc.issues = [i for i in doc.issues if i.reason.startswith("unknown class")
                  and np.any(doc.boxes.cls == _issue_class(i))]
    return SAVED


def _issue_class(issue: LabelIssue) -> int:
    try:
        return int(issue.reason.split("unknown class id ")[1].split()[0])
    except (IndexError, ValueError):
        return 0


def describe_issues(doc: ImageDoc, limit: int = 6) -> str:
    lines = [str(i) for i in doc.issues[:limit]]
    if len(doc.issues) > limit:
        lines.append(f"… and {len(doc.issues) - limit} more")
    return "\n".join(lines)
