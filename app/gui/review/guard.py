"""No silent failure, no silent loss in the Review pane (issue 29, parts 3 and 4).

* A save that fails (a read-only label folder, a full disk, ...) is a message above the image
  naming the file and the reason; the edit stays (unsaved), D and A stay on the image until it is
  saved or the user discards it ("Try again" / "Discard my edits").
* Unsaved edits are kept in a small journal beside the index (app.core.dataset.unsaved) a moment
  after each edit; the next start after a crash offers "2 unsaved edits from the last session:
  restore?". A restored edit is based on the file it was made on: a file changed since is the
  ordinary conflict, never written over silently.
* Quitting with unsaved (or unsaveable) edits asks: Save / Discard / Cancel (`may_close`).
* A dataset folder moved or deleted while it is open: said so, nothing is written (neither at
  the old place nor in the moved index: app.core.dataset.write_rule.DatasetMovedError), and the
  app offers to reopen it where it is now, the unsaved edits carried over.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QObject, QTimer
from PyQt6.QtWidgets import QFileDialog, QMessageBox

from app.core.dataset import unsaved
from app.core.dataset.review_doc import CONFLICT, FAILED, SAVED
from app.core.dataset.write_rule import root_moved, where_now
from app.core.errors import LabelBenchError
from app.gui.i18n import translate
from app.gui.review.doc import ImageDoc, read_doc, save_doc
from widgets.canvas.boxes import Boxes
from widgets.canvas.shapes_model import OBB, POLYGON, Shapes

JOURNAL_MS = 300  # unsaved edits reach the journal this long after the last edit


def edits_of(docs: dict[str, ImageDoc]) -> dict[str, unsaved.Edit]:
    """The unsaved edits of the open documents, as the journal keeps them: boxes as normalized
    xywh, polygons and rotated boxes as the very numbers their lines will hold."""
    import time

    out = {}
    for rel, d in docs.items():
        if not d.dirty:
            continue
        w, h = d.size
        cls = tuple(int(c) for c in d.boxes.cls)
        when = d.saved_at or time.time()
        if isinstance(d.boxes, Shapes):
            _c, kinds, coords = d.boxes.to_normalized(w, h)
            shapes = tuple(tuple(float(v) for v in c) for c in coords)
            out[rel] = unsaved.Edit(cls, (), (int(w), int(h)), d.sig, when, tuple(kinds), shapes)
        else:
            xywhn = tuple((float(b[0]), float(b[1]), float(b[2]), float(b[3])) for b in d.boxes.to_xywhn(w, h))
            out[rel] = unsaved.Edit(cls, xywhn, (int(w), int(h)), d.sig, when)
    return out


def restored(doc: ImageDoc, e: unsaved.Edit):
    """The Boxes or Shapes an edit of the journal stands for, on its document (a shapes edit
    becomes shapes of the document's kind, every number as the journal kept it)."""
    if not e.shapes:
        return Boxes.from_xywhn(list(e.cls), [list(b) for b in e.xywhn], None, *e.size)
    kinds, coords = e.kinds or (), e.coords or ()
    kind = doc.saved.kind if isinstance(doc.saved, Shapes) else (OBB if OBB in kinds else POLYGON)
    return Shapes.from_normalized(list(e.cls), list(kinds), [list(c) for c in coords], None, *e.size, kind)


class EditGuard(QObject):
    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.session = pane.session
        self.index = None
        self.failed: dict[str, str] = {}  # rel -> why its last save failed
        self.moved_why: str | None = None
        self.leftovers: list[tuple[Path, dict]] = []
        self._journal = QTimer(self, singleShot=True, interval=JOURNAL_MS)
        self._journal.timeout.connect(self.write_journal)
        self.session.changed.connect(self._journal.start)
        self.session.saved.connect(self._saved)
        self.session.saveFailed.connect(self._save_failed)
        self.session.moved.connect(self._moved)
        pane.banner.chosen.connect(self._chosen)

    # ----- the open dataset -----
    def attach(self, index) -> None:
        """The pane opened `index`: offer what a session that ended without saving left."""
        self.index, self.failed, self.moved_why = index, {}, None
        self.leftovers = unsaved.leftovers(index.db_path)
        n = sum(len(e) for _p, e in self.leftovers)
        if n:
            names = sorted({Path(rel).name for _p, e in self.leftovers for rel in e})
            shown = ", ".join(names[:6]) + (" …" if len(names) > 6 else "")
            self.pane.banner.show_message(
                "recover",
                lambda: translate("Review", "%n unsaved edit(s) from the last session: restore?", None, n),
                lambda: translate(
                    "Review",
                    "LabelBench ended without saving {names}. Restored edits are unsaved until you save them "
                    "(Ctrl+S, or leave the image).",
                ).format(names=shown),
                [
                    ("restore", lambda: translate("Review", "Restore")),
                    ("discard_recovered", lambda: translate("Review", "Discard")),
                ],
                "warning",
            )

    def detach(self) -> None:
        """The dataset closes (its unsaved edits were saved or discarded by then: may_close)."""
        self._journal.stop()
        if self.index is not None and self.moved_why is None:
            self.write_journal()
        self.index = None

    def write_journal(self) -> None:
        if self.index is None or self.moved_why is not None or root_moved(self.index):
            return
        try:
            unsaved.write(self.index.db_path, edits_of(self.session.docs))
        except (OSError, LabelBenchError) as e:
            self.pane.ctx.status(
                translate("Review", "Could not keep the unsaved edits aside: {why}").format(why=e), 8000
            )

    def restore(self, edits: dict[str, unsaved.Edit]) -> list[str]:
        """Put edits back as unsaved edits of their images; the first one is opened."""
        s = self.session
        done = []
        for rel, e in edits.items():
            try:
                doc = s.docs.get(rel) or ImageDoc(
                    rel, s.index.image_path(rel), s.index.label_path(rel), e.size, task=s.task
                )
            except LabelBenchError:
                continue
            if doc.size != e.size:
                continue
            if rel not in s.docs:
                read_doc(doc, len(s.class_names) or None, s.index.predictions(rel))
                doc.first_edited = s.edited_by_person(rel)
            doc.sig = e.base  # the file it was made on: a changed file is a conflict at save
            boxes = restored(doc, e)
            s.docs[rel] = doc
            if doc is s.doc:
                s.apply_boxes(doc, boxes, ())
            else:
                doc.boxes = boxes
            done.append(rel)
        if done:
            if s.doc is None or s.doc.rel not in done:
                self.pane.open_rel(done[0])
            self.write_journal()
        return done

    # ----- what happens -----
    def _saved(self, rel: str, _image: str) -> None:
        self.failed.pop(rel, None)
        if self.pane.banner.kind == "savefail":
            self.pane.banner.clear()
        self._journal.start()

    def _save_failed(self, rel: str, why: str) -> None:
        moved = root_moved(self.index) if self.index is not None else None
        if moved:
            self._moved(moved)
            return
        self.failed[rel] = why
        self.write_journal()
        doc = self.session.doc
        name = doc.label_path.name if doc is not None and doc.rel == rel else Path(rel).name
        self.pane.banner.show_message(
            "savefail",
            lambda: translate("Review", "Could not save {name}: your edits are not saved").format(name=name),
            lambda: translate(
                "Review",
                "{why}\nThey are kept here (and aside, should LabelBench end). Make the folder writable or free "
                "space, then try again; or discard them.",
            ).format(why=why),
            [
                ("retry", lambda: translate("Review", "Try again")),
                ("discard", lambda: translate("Review", "Discard my edits")),
            ],
            "error",
        )
        self.pane.ctx.status(translate("Review", "Not saved: {why}").format(why=why), 0)

    def _moved(self, why: str) -> None:
        if self.moved_why is not None and self.pane.banner.kind == "moved":
            return
        self.moved_why = why
        self.session.autosave.stop()
        self.now_at = where_now(self.index) if self.index is not None else None
        now_at = self.now_at
        buttons: list = (
            [("reopen", lambda: translate("Review", "Reopen it where it is now"))]
            if now_at
            else [("find", lambda: translate("Review", "Find it…"))]
        )
        n = len(edits_of(self.session.docs))

        def detail() -> str:
            kept = translate("Review", "; your %n unsaved edit(s) kept here", None, n) if n else ""
            if now_at:
                return translate("Review", "{why}. Nothing was written{kept}.\nIt is now at {place}.").format(
                    why=why, kept=kept, place=now_at
                )
            return translate("Review", "{why}. Nothing was written{kept}.\nReopen it where it is now to go on.").format(
                why=why, kept=kept
            )

        self.pane.banner.show_message(
            "moved",
            lambda: translate("Review", "The dataset folder is gone: moved, renamed or deleted while it was open"),
            detail,
            buttons,
            "error",
        )
        self.pane.ctx.status(translate("Review", "{why}: nothing was written").format(why=why), 0)

    def _chosen(self, key: str) -> None:
        s = self.session
        if key == "retry":
            if s.save_current() == SAVED:
                self.pane.ctx.status(translate("Review", "Saved"), 4000)
        elif key == "discard" and s.doc is not None:
            s._reload_from_disk(translate("Review", "Your edits were discarded: the label file as it is on disk"))
            self.failed.pop(s.doc.rel, None)
            self._journal.start()
        elif key == "restore":
            for path, edits in self.leftovers:
                self.restore(edits)
                unsaved.drop(path)
            self.leftovers = []
        elif key == "discard_recovered":
            for path, _e in self.leftovers:
                unsaved.drop(path)
            self.leftovers = []
        elif key == "reopen" and self.now_at is not None:
            self.reopen(self.now_at)
        elif key == "find":
            folder = QFileDialog.getExistingDirectory(self.pane, translate("Review", "Where is the dataset now?"))
            if folder:
                self.reopen(Path(folder))

    def reopen(self, root: Path) -> bool:
        """Open the dataset at its new place and put the unsaved edits back on their images."""
        old = self.index
        carry = edits_of(self.session.docs)
        for d in self.session.docs.values():  # nothing is written at the old place: the edits travel
            d.boxes = d.saved
            d.conflict = False
        yaml = None
        if old is not None and old.data_yaml is not None and Path(old.data_yaml).is_relative_to(old.root):
            yaml = root / Path(old.data_yaml).relative_to(old.root)
        self.moved_why = None
        ctx = self.pane.ctx
        ctx.set_dataset(root, yaml if yaml is not None and yaml.is_file() else None, list(ctx.class_names))
        if self.pane.index is None or self.pane._pending_root:  # not shown yet: open it now
            self.pane.open_dataset()
        if self.pane.index is None or Path(self.pane.index.root) != Path(root).resolve():
            return False
        self.restore(carry)
        said = translate("Review", "Reopened the dataset at {root}").format(root=root)
        if carry:
            said += translate("Review", "; %n unsaved edit(s) carried over", None, len(carry))
        self.pane.ctx.status(said, 8000)
        return True

    # ----- closing -----
    def may_close(self) -> bool:
        """Quitting: pending edits are saved on the way out (the autosave's promise); edits that
        cannot be saved (the save failed, the file changed outside, the dataset moved) make it ask:
        Save (try again) / Discard / Cancel."""
        s = self.session
        for d in [d for d in s.docs.values() if d.dirty and not d.conflict and not d.blocked]:
            if self.moved_why is None:
                self._save(d)
        dirty = [d for d in s.docs.values() if d.dirty]
        if not dirty:
            return True
        names = ", ".join(Path(d.rel).name for d in dirty[:5]) + (" …" if len(dirty) > 5 else "")
        for d in dirty:
            if d.conflict:
                self.failed.setdefault(d.rel, self._outside_text(d))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Review", "Unsaved edits"),
            translate("Review", "%n image(s) with edits that could not be saved: {names}", None, len(dirty)).format(
                names=names
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.pane,
        )
        why = "; ".join(sorted(set(self.failed.get(d.rel, "") for d in dirty) - {""}))[:400]
        box.setInformativeText(
            (f"{why}\n" if why else "")
            + (
                translate("Review", "{why}: saving is not possible.").format(why=self.moved_why) + "\n"
                if self.moved_why
                else ""
            )
            + translate(
                "Review",
                "Save tries again (overwriting a file changed outside); Discard drops the edits; Cancel goes back "
                "to them.",
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question = box  # tests answer it
        choice = box.exec()
        if choice == QMessageBox.StandardButton.Cancel:
            return False
        if choice == QMessageBox.StandardButton.Discard:
            for d in dirty:
                d.boxes = d.saved
            if self.index is not None:
                unsaved.write(self.index.db_path, {})
            return True
        bad = [d for d in dirty if self._save(d, force=True) != SAVED]
        if bad:
            QMessageBox.warning(
                self.pane,
                translate("Review", "Not saved"),
                translate(
                    "Review", "%n image(s) could not be saved: {why}\nNothing was closed.", None, len(bad)
                ).format(why="; ".join(self.failed.get(d.rel, d.rel) for d in bad)[:600]),
            )
            return False
        return True

    def _save(self, doc: ImageDoc, force: bool = False) -> str:
        s = self.session
        if doc is s.doc:
            return s.save_current(force=force)
        try:
            result = save_doc(doc, force=force, index=s.index, edited_by_user=True)
        except (OSError, LabelBenchError) as e:
            self.failed[doc.rel] = str(e)
            return FAILED
        if result == CONFLICT:
            self.failed[doc.rel] = self._outside_text(doc)
        return result

    @staticmethod
    def _outside_text(doc: ImageDoc) -> str:
        return translate("Review", "{path} was changed outside LabelBench").format(path=doc.label_path)
