"""The editing side of the review pane: open an image as a document, apply undoable edits,
autosave, notice outside edits, and let the user decide about malformed label files.

An object the Review pane owns (`pane.session`), built from explicit collaborators: the canvas
that shows and edits the open document, the banner that asks the user, the per-image undo
history, the image prefetcher, a status line, and the queue's order (`next_rels`, for decoding
ahead). The pane hands it the open dataset's index and class names (`set_index`, `class_names`).
It owns the documents, the autosave and outside-edit timers, and tells the pane what happened
through signals, never reaching into it:

* `current(rel)`: rel is the image on screen now (or the one that could not be shown);
* `changed()`: the open document's boxes or save state changed (the pane's info line follows);
* `saved(rel, image path)`: a label file was written;
* `opened(rel)`: open_rel succeeded; what draws over a freshly opened image (the model's
  predictions, the audit finding) hooks in here.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from PyQt6.QtCore import QObject, QTimer, QUrl, pyqtSignal
from PyQt6.QtGui import QDesktopServices

from app.core.dataset.index import DatasetIndex
from app.core.dataset.review_doc import FAILED, mixed_kind_issues
from app.core.dataset.write_rule import root_moved
from app.core.errors import LabelBenchError
from app.gui.i18n import translate
from app.gui.review.banner import ok_text
from app.gui.review.doc import BLOCKED, CONFLICT, SAVED, ImageDoc, describe_issues, read_doc, save_doc
from widgets.canvas.boxes import Boxes, Edit


def dataset_task(index) -> str | None:
    """detect / segment / obb as the index knows it (app.core.dataset.kinds), None when unknown."""
    if index is None:
        return None
    try:
        from app.core.dataset.kinds import summary

        return summary(index, examples=0)["task"]
    except (sqlite3.Error, LabelBenchError, OSError):  # a busy or odd index: the files decide
        return None


AUTOSAVE_MS = 2000  # idle time after an edit before it is written
WATCH_MS = 1000  # how often the open label file is checked for outside edits


class ReviewSession(QObject):
    current = pyqtSignal(str)
    changed = pyqtSignal()
    saved = pyqtSignal(str, str)
    opened = pyqtSignal(str)
    saveFailed = pyqtSignal(str, str)  # rel, why (the edit is kept): app/gui/review/guard.py tells the user
    moved = pyqtSignal(str)  # why: the dataset folder is not where it was opened (guard.py)

    def __init__(
        self,
        canvas,
        banner,
        history,
        prefetch,
        status: Callable[[str, int], None],
        next_rels: Callable[[str, int], list[str]],
        parent: QObject | None = None,
    ):
        """canvas: widgets.canvas.box_canvas.BoxCanvas; banner: review.banner.Banner; history:
        review.undo.UndoHistory; prefetch: app.core.io.prefetch.Prefetcher; status(text, ms): the
        status line; next_rels(rel, n): up to n images after rel in the queue."""
        super().__init__(parent)
        self.canvas, self.banner, self.history, self.prefetch = canvas, banner, history, prefetch
        self.status, self.next_rels = status, next_rels
        self.index: DatasetIndex | None = None  # the open dataset's
        self.task: str | None = None  # its task (detect, segment, obb): what a new label becomes
        self.class_names: list[str] = []
        self.docs: dict[str, ImageDoc] = {}  # every document opened since the dataset was
        self.doc: ImageDoc | None = None  # the one on screen
        self.saved_count = 0
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)
        self.watcher = QTimer(self)
        self.watcher.setInterval(WATCH_MS)
        self.watcher.timeout.connect(self._watch)
        self.watcher.start()
        canvas.editRequested.connect(self._edit_requested)
        banner.chosen.connect(self._banner_choice)

    def _open_index(self) -> DatasetIndex:
        """The open dataset's index (what a document or the watcher is shown only with)."""
        assert self.index is not None, "no dataset open"
        return self.index

    def set_index(self, index) -> None:
        """The dataset's index (None: closed); documents of the one before are forgotten."""
        self.index, self.doc, self.docs = index, None, {}
        self.task = dataset_task(index)
        self.prefetch.invalidate()

    def forget_clean(self) -> None:
        """Labels changed elsewhere: close the document and forget those without unsaved edits
        (and their undo history), so they are read again from disk."""
        for rel in [r for r, d in self.docs.items() if not d.dirty]:
            self.history.clear(rel)
            del self.docs[rel]
        self.doc = None
        self.prefetch.invalidate()

    def stop(self) -> None:
        self.autosave.stop()
        self.watcher.stop()

    # ----- documents -----
    def _load_doc(self, rel: str, image) -> ImageDoc:
        h, w = image.shape[:2]
        doc = self.docs.get(rel)
        if doc is not None and doc.size == (w, h) and (doc.dirty or not doc.changed_on_disk()):
            return doc
        if doc is not None:
            self.history.clear(rel)  # the file changed while we were away: its history no longer applies
        doc = ImageDoc(
            rel, self._open_index().image_path(rel), self._open_index().label_path(rel), (w, h), task=self.task
        )
        read_doc(doc, len(self.class_names) or None, self._open_index().predictions(rel))
        doc.first_edited = self.edited_by_person(rel)
        self.docs[rel] = doc
        return doc

    def edited_by_person(self, rel: str) -> bool:
        """The index's mark (✎): a person edited rel's label file."""
        row = self.index.get(rel) if self.index is not None else None
        return bool(row is not None and row.edited)

    def open_rel(self, rel: str, box_index: int = -1) -> bool:
        """Show image rel (saving the one we leave). False when it could not be opened or the
        current image cannot be left (an unresolved outside edit)."""
        if self.index is None:
            return False
        if self.doc is not None and self.doc.rel == rel:
            if box_index >= 0:
                self.canvas.show_box(box_index)
            self.opened.emit(rel)
            return True
        if not self.leave_current():
            return False
        path = self._open_index().image_path(rel)
        try:
            image = self.prefetch.show(str(path), self._upcoming(rel))
        except LabelBenchError as e:
            self._show_error(rel, str(e))
            return False
        except OSError as e:
            self._show_error(rel, translate("Review", "{path}: cannot read ({why})").format(path=path, why=e))
            return False
        prev = self.doc
        doc = self._load_doc(rel, image)
        self.doc = doc
        self.canvas.previous = (prev.boxes, prev.size) if prev is not None else None
        self.canvas.read_only = doc.blocked
        self.canvas.set_document(image, doc.boxes, keep_view=False)
        self.history.activate(rel)
        self._show_doc_banner()
        self.current.emit(rel)
        self.changed.emit()
        if box_index >= 0:
            self.canvas.show_box(box_index)
        self.canvas.setFocus()
        self.opened.emit(rel)
        return True

    def _upcoming(self, rel: str) -> list[str]:
        return [str(self._open_index().image_path(r)) for r in self.next_rels(rel, self.prefetch.ahead)]

    def _show_error(self, rel: str, message: str) -> None:
        if not self.leave_current():
            return
        self.doc = None
        self.canvas.read_only = True
        self.canvas.set_document(None, Boxes())
        self.canvas.placeholder = message
        self.banner.show_message(
            "image", lambda: translate("Review", "This image cannot be shown"), message, [("ok", ok_text)], "error"
        )
        self.current.emit(rel)
        self.status(message, 0)

    def apply_boxes(self, doc: ImageDoc, boxes: Boxes, selection) -> None:
        """Undo commands call this: the only place boxes of a document change."""
        doc.boxes = boxes
        if doc is self.doc:
            self.canvas.set_boxes(boxes, selection)
            self.autosave.start()
            self.changed.emit()

    def _edit_requested(self, edit) -> None:
        if self.doc is not None:
            self.history.push(self.doc.rel, self.doc, edit, self.apply_boxes)

    # ----- saving -----
    def save_current(
        self, force: bool = False, even_if_clean: bool = False, reviewed: bool | None = None
    ) -> str | None:
        """Write the open document (checked, written, noted in the index and, with `reviewed`,
        marked, in one index transaction: app.core.dataset.write_rule.commit_label_file)."""
        doc = self.doc
        if doc is None:
            return None
        self.autosave.stop()
        was_dirty = doc.dirty
        # every edit undone (Ctrl+Z back to the file as read): the image loses the edited mark it got
        undone = was_dirty and not force and doc.back_to_first and not doc.first_edited
        try:
            result = save_doc(
                doc,
                force=force,
                even_if_clean=even_if_clean,
                index=self.index,
                reviewed=reviewed,
                edited_by_user=(was_dirty or force) and not undone,
                undone=undone,
            )
        except (OSError, LabelBenchError, sqlite3.Error) as e:  # nothing written; the edit stays
            result = FAILED
            self.saveFailed.emit(
                doc.rel,
                str(e) if isinstance(e, LabelBenchError) else f"{doc.label_path}: {getattr(e, 'strerror', None) or e}",
            )
        if result == SAVED:
            self.saved.emit(doc.rel, str(doc.image_path))
            self.status(
                translate("Review", "Saved {name} at {time}").format(
                    name=doc.label_path.name, time=time.strftime("%H:%M:%S")
                ),
                4000,
            )
            self.saved_count += 1
        elif result == CONFLICT:
            self._show_conflict()
        self.changed.emit()
        return result

    def leave_current(self) -> bool:
        if self.doc is None:
            return True
        if self.doc.conflict:
            self.status(
                translate("Review", "Resolve the outside edit of this label file first (message above the image)"), 0
            )
            self._show_conflict()
            return False
        return self.save_current() not in (CONFLICT, FAILED)

    def _autosave(self) -> None:
        if self.doc is not None and self.doc.dirty and not self.doc.conflict:
            self.save_current()

    def accept(self) -> str | None:
        """Space on the open document: save it (an empty file for an image without boxes) and mark
        it reviewed. Returns its rel, or None when it stays open (unreadable lines, outside edit)."""
        doc = self.doc
        if doc is None:
            return None
        if doc.blocked:
            self.status(
                translate("Review", "This label file has lines that cannot be read: choose what to do (message above)"),
                0,
            )
            self._show_doc_banner()
            return None
        result = self.save_current(even_if_clean=doc.sig is None, reviewed=True)
        if result == CONFLICT and not doc.dirty:  # rewritten a moment ago (an auto-label run): look again
            self._reload_from_disk(
                translate(
                    "Review", "{name} was just changed outside LabelBench: reloaded, not accepted; look at it again"
                ).format(name=doc.label_path.name)
            )
            return None
        if result in (CONFLICT, BLOCKED):
            return None
        return doc.rel

    # ----- outside edits and malformed files -----
    def _watch(self) -> None:
        doc = self.doc
        if doc is None or doc.conflict or not doc.changed_on_disk():
            return
        moved = root_moved(self._open_index())
        if moved:  # not an outside edit: the whole dataset went (guard.py says so; nothing is written)
            self.moved.emit(moved)
            return
        if doc.dirty:
            doc.conflict = True
            self.autosave.stop()
            self._show_conflict()
        elif doc.saved_at is not None:  # written over after this window saved it (another window): told, undoable
            self._reload_from_disk(
                translate(
                    "Review",
                    "Label file changed outside LabelBench after you saved it: reloaded; Ctrl+Z brings your version "
                    "back",
                ),
                keep_undo=True,
            )
            name, path = doc.label_path.name, doc.label_path
            self.banner.show_message(
                "outside",
                lambda: translate("Review", "{name} was changed outside LabelBench after you saved it").format(
                    name=name
                ),
                lambda: translate(
                    "Review",
                    "{path}\nAnother window or program wrote it: it is shown as it is now. Your version is one undo "
                    "away (Ctrl+Z).",
                ).format(path=path),
                [("ok", ok_text), ("undo_outside", lambda: translate("Review", "Back to my version"))],
                "warning",
            )
        else:
            self._reload_from_disk(translate("Review", "Label file changed outside LabelBench: reloaded"))

    def _reload_from_disk(self, message: str, keep_undo: bool = False) -> None:
        doc = self.doc
        assert doc is not None, "a reload of no image"
        before = doc.boxes
        read_doc(doc, len(self.class_names) or None, self._open_index().predictions(doc.rel))
        doc.first_edited = self.edited_by_person(doc.rel)  # the file as read now, and its mark now
        if keep_undo:  # the reload is a step of this image's history: undo returns to what was here
            self.history.push(
                doc.rel,
                doc,
                Edit(before, doc.boxes, translate("Review", "Load the file changed outside")),
                self.apply_boxes,
            )
        else:
            self.history.clear(doc.rel)
        self.canvas.read_only = doc.blocked
        self.canvas.set_boxes(doc.boxes, [])
        self._show_doc_banner()
        self.changed.emit()
        self.status(message, 5000)

    def _show_conflict(self) -> None:
        assert self.doc is not None, "a conflict on no image"
        name, path = self.doc.label_path.name, self.doc.label_path
        self.banner.show_message(
            "conflict",
            lambda: translate("Review", "{name} was changed outside LabelBench while you were editing it").format(
                name=name
            ),
            lambda: translate(
                "Review",
                "{path}\nNothing was written. Keep your edits (overwrite the file) or load the file from disk (your "
                "edits stay in undo history of this session only until you leave).",
            ).format(path=path),
            [
                ("theirs", lambda: translate("Review", "Load file from disk")),
                ("mine", lambda: translate("Review", "Keep my edits (overwrite)")),
            ],
            "error",
        )

    def _show_doc_banner(self) -> None:
        doc = self.doc
        if doc is None:
            return
        name, issues = doc.label_path.name, list(doc.issues)
        if doc.blocked:
            bad = doc.dropped_lines
            self.banner.show_message(
                "malformed",
                lambda: translate(
                    "Review", "{name}: %n line(s) cannot be read as labels; the file is open read-only", None, bad
                ).format(name=name),
                lambda: describe_issues(issues),
                [
                    ("edit", lambda: translate("Review", "Open file in editor")),
                    ("readonly", lambda: translate("Review", "Leave file unchanged")),
                ]
                + (
                    []
                    if mixed_kind_issues(doc.issues)
                    else [("drop", lambda: translate("Review", "Remove %n bad line(s) and edit", None, bad))]
                ),
                "error",
            )
        elif doc.unknown_issues:
            nc = len(self.class_names)
            self.banner.show_message(
                "unknown",
                lambda: translate(
                    "Review",
                    "{name}: boxes with a class id outside the %n class name(s) are kept and shown as 'class N?'",
                    None,
                    nc,
                ).format(name=name),
                lambda: describe_issues(issues),
                [("ok", ok_text)],
                "warning",
            )
        elif self.banner.kind in ("malformed", "unknown", "conflict", "image"):
            self.banner.clear()

    def _banner_choice(self, key: str) -> None:
        doc = self.doc
        if doc is None:
            return
        if key == "undo_outside":
            self.history.stack(doc.rel).undo()
        elif key == "mine":
            self.save_current(force=True)
        elif key == "theirs":
            self._reload_from_disk(translate("Review", "Loaded the label file from disk"))
        elif key == "drop" and doc.blocked and not mixed_kind_issues(doc.issues):  # never drops polygons
            doc.blocked = False
            self.canvas.read_only = False
            self.save_current(force=True, even_if_clean=True)
            doc.issues = doc.unknown_issues
            self._show_doc_banner()
        elif key == "edit":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(doc.label_path)))
            self._show_doc_banner()
        elif key == "readonly":
            self.status(
                translate("Review", "{name} left unchanged (read-only here)").format(name=doc.label_path.name), 5000
            )
        self.canvas.setFocus()
