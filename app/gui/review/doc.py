"""One image under review: the canvas' boxes (widgets.canvas.boxes.Boxes), or its polygons and
rotated boxes (widgets.canvas.shapes_model.Shapes, for a file holding them or an image of a segment
or obb dataset), around the Qt-free rules of app.core.dataset.review_doc (reading, confidences,
which issues block, conflict-safe saving).

* load: lines that cannot become boxes make the document `blocked` until the user decides (open
  read-only, or drop those lines); boxes with an unknown class id are kept and flagged.
* save: atomic write, only when the file on disk is still the one that was loaded or last
  saved (mtime_ns + size); otherwise it is an outside edit and nothing is written. A document
  with no change writes nothing (the file keeps its bytes); shapes are written with 6 decimals,
  every untouched shape exactly as it was read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.core.dataset.review_doc import (  # noqa: F401 - SAVED..BLOCKED, match_confidences re-exported
    BLOCKED,
    CONFLICT,
    SAVED,
    UNCHANGED,
    disk_sig,
    issues_after_save,
    match_confidences,
    read_label_file,
    unknown_class_issues,
    write_label_file,
)
from app.core.dataset.write_rule import commit_label_file
from app.core.io.shapes import Labels
from app.core.io.yolo_labels import LabelIssue
from app.gui.i18n import translate
from app.gui.i18n.core_messages import core_text
from widgets.canvas.boxes import Boxes
from widgets.canvas.shapes_model import OBB, POLYGON, Shapes

Objects = Boxes | Shapes  # what an image's canvas edits: boxes, or polygons and rotated boxes


@dataclass
class ImageDoc:
    rel: str
    image_path: Path
    label_path: Path
    size: tuple[int, int]  # (width, height) of the EXIF-oriented image
    boxes: Objects = field(default_factory=Boxes)
    saved: Objects = field(default_factory=Boxes)  # what the label file holds (as last read / written)
    sig: tuple[int, int] | None = None  # label file (mtime_ns, size) when read / written
    issues: list[LabelIssue] = field(default_factory=list)
    blocked: bool = False  # unreadable lines: read-only until the user decides
    dropped_lines: int = 0
    conflict: bool = False  # the file changed outside while edits are pending
    saved_at: float | None = None
    task: str | None = None  # the dataset's task: "segment" / "obb" make an empty file a shapes document
    first: Objects | None = None  # what the file held when it was read (before this session's edits)
    first_edited: bool = False  # whether a person had edited it then (the index's mark)

    @property
    def dirty(self) -> bool:
        return not same_labels(self.boxes, self.saved)

    @property
    def back_to_first(self) -> bool:
        """Every edit of this session undone: the labels are what the file held when read."""
        return self.first is not None and same_labels(self.boxes, self.first)

    @property
    def unknown_issues(self) -> list[LabelIssue]:
        return unknown_class_issues(self.issues)

    def changed_on_disk(self) -> bool:
        return disk_sig(self.label_path) != self.sig

    def xywhn(self) -> np.ndarray:
        return self.boxes.to_xywhn(*self.size)

    def shape_labels(self) -> Labels | None:
        """The shapes to write (app.core.io.shapes.Labels), None for a box document."""
        if not isinstance(self.boxes, Shapes):
            return None
        cls, kinds, coords = self.boxes.to_normalized(*self.size)
        return Labels(np.asarray(cls, np.int64), tuple(kinds), tuple(coords))


def same_labels(a: Objects, b: Objects) -> bool:
    """The same labels (classes, kinds, coordinates within 1e-6)."""
    if isinstance(a, Shapes) or isinstance(b, Shapes):
        return isinstance(a, Shapes) and a.same_shapes(b, atol=1e-6)
    return len(a) == len(b) and np.array_equal(a.cls, b.cls) and np.allclose(a.xyxy, b.xyxy, atol=1e-6)


def read_doc(doc: ImageDoc, nc: int | None, predictions=None) -> ImageDoc:
    """(Re)read doc's label file from disk into boxes/saved/sig/issues."""
    f = read_label_file(doc.label_path, nc, predictions, doc.task if doc.task in ("segment", "obb") else None)
    w, h = doc.size
    if f.shapes is not None or (doc.task in ("segment", "obb") and not len(f.cls)):
        lab = f.shapes or Labels.empty()
        kind = OBB if doc.task == "obb" or (doc.task is None and OBB in lab.kinds) else POLYGON
        boxes: Objects = Shapes.from_normalized(lab.cls, lab.kinds, lab.coords, None, w, h, kind)
    else:
        boxes = Boxes.from_xywhn(f.cls, f.xywhn, f.conf, w, h)
    doc.boxes = doc.saved = doc.first = boxes
    doc.sig = f.sig
    doc.issues = f.issues
    doc.dropped_lines = f.dropped_lines
    doc.blocked = doc.dropped_lines > 0
    doc.conflict = False
    return doc


def save_doc(
    doc: ImageDoc,
    force: bool = False,
    even_if_clean: bool = False,
    index=None,
    reviewed: bool | None = None,
    edited_by_user: bool = False,
    undone: bool = False,
) -> str:
    """Write doc's boxes atomically. Returns SAVED, UNCHANGED (nothing to write), BLOCKED
    (unreadable lines not resolved yet) or CONFLICT (the file changed outside: nothing written;
    pass force=True once the user chose to overwrite it). With the dataset's index, the check,
    the write, the index's note and `reviewed` (mark it reviewed or not, also when there is
    nothing to write) are one index transaction (app.core.dataset.write_rule.commit_label_file):
    an auto-label run in another process cannot write between them."""
    if doc.blocked:
        return BLOCKED
    write = doc.dirty or even_if_clean
    if not write and reviewed is None:
        return UNCHANGED
    if index is not None:
        result, sig = commit_label_file(
            index,
            doc.rel,
            doc.label_path,
            doc.boxes.cls,
            doc.xywhn(),
            doc.sig,
            write=write,
            edited_by_user=edited_by_user,
            undone=undone,
            reviewed=reviewed,
            force=force,
            shapes=doc.shape_labels(),
        )
        if result == CONFLICT:
            doc.conflict = True
            return CONFLICT
        if not write:
            return UNCHANGED
        doc.sig = sig
    elif not force and doc.changed_on_disk():
        doc.conflict = True
        return CONFLICT
    else:
        doc.sig = write_label_file(doc.label_path, doc.boxes.cls, doc.xywhn(), doc.shape_labels())
    doc.saved = doc.boxes
    doc.conflict = False
    doc.saved_at = time.time()
    doc.issues = issues_after_save(doc.issues, doc.boxes.cls)
    return SAVED


def describe_issues(issues: list[LabelIssue], limit: int = 6) -> str:
    """The first `limit` issues, a line each (file:line: the reason, as the core says it), then how
    many more, in the interface's language."""
    lines = [f"{i.path}:{i.line}: {core_text(i.reason)}" for i in issues[:limit]]
    if len(issues) > limit:
        lines.append(translate("Review", "… and %n more", None, len(issues) - limit))
    return "\n".join(lines)
