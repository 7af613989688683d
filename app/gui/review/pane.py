"""Review pane: walk the auto-labels by hand, least sure first, and fix them fast and safely.

Left: the queue (filters, list over the SQLite index, progress). Centre: the box editor (canvas,
undo per image, autosave, help overlay on F1). Right: classes (visibility, confidence slider,
picker, add a class). The keys are listed in app/gui/review/toolbar/keys.py.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QEvent, Qt, QTimer
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import QApplication, QInputDialog, QLabel, QSplitter, QToolBar, QToolButton, QVBoxLayout, QWidget

from app.core.dataset.classes import append_class
from app.core.dataset.index import STATUS_REVIEWED, DatasetIndex
from app.core.errors import LabelBenchError
from app.core.io.prefetch import Prefetcher
from app.gui.common.manual import help_button
from app.gui.common.pane_commands import MENU_ENABLED
from app.gui.common.workers import JobRunner
from app.gui.i18n import num, translate
from app.gui.review.audit.job import ORDER as AUDIT_ORDER
from app.gui.review.audit.job import AuditJob, has_audit
from app.gui.review.audit.view import AuditView
from app.gui.review.banner import Banner, ok_text
from app.gui.review.controls import ClassPanel, QueuePanel
from app.gui.review.editing import AUTOSAVE_MS, WATCH_MS, ReviewSession  # noqa: F401 - re-exported
from app.gui.review.guard import EditGuard
from app.gui.review.model_view import ModelView
from app.gui.review.presence import Presence
from app.gui.review.queue_list import status_text
from app.gui.review.shapes.simplify_box import SimplifyBox
from app.gui.review.shared_label import SharedLabels
from app.gui.review.toolbar.icons import icon
from app.gui.review.toolbar.keys import HelpOverlay, canvas_texts, command_texts, key_list
from app.gui.review.toolbar.new_class import NewClassBox
from app.gui.review.toolbar.snap_tool import SnapTool
from app.gui.review.undo import UndoHistory
from widgets.canvas.boxes import Boxes
from widgets.canvas.shape_canvas import ShapeCanvas

TITLE = "Review"
ORDER = 30


def _from_session(name: str, doc: str) -> property:
    return property(lambda self: getattr(self.session, name), doc=doc)


class Pane(QWidget):
    # the session's state as the pane's views, the scripts and the tests read it
    index = _from_session("index", "DatasetIndex of the open dataset, or None")
    class_names = _from_session("class_names", "the dataset's class names")
    doc = _from_session("doc", "the ImageDoc on screen, or None")
    docs = _from_session("docs", "rel -> ImageDoc of every image opened since the dataset was")
    autosave = _from_session("autosave", "single-shot timer: write an edit after this idle time")
    watcher = _from_session("watcher", "timer: look for outside edits of the open label file")
    saved_count = _from_session("saved_count", "label files written")

    @property
    def prefetch(self) -> Prefetcher:
        return self.session.prefetch

    @prefetch.setter
    def prefetch(self, value: Prefetcher) -> None:  # scripts/bench_review_gui.py compares decoders
        self.session.prefetch = value

    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self._pending_root: str | None = None
        self._refresh_job: JobRunner | None = None
        self.history = UndoHistory(self)

        self.queue = QueuePanel()
        self.classes = ClassPanel()
        self.canvas = ShapeCanvas()  # boxes, and polygons / rotated boxes of seg and obb files
        self.canvas.direct_edits = False
        self.canvas.ask_class = True  # a new box asks for its class unless one is picked (toolbar)
        self.canvas.name_classes = self.name_classes  # a folder with no class list: names first
        self._placeholder = "start"  # what the empty canvas says: "start", "opening" or an error (as it is)
        self.banner = Banner()
        # the editing side: documents, undoable edits, autosave, outside edits (session.py)
        self.session = ReviewSession(
            self.canvas,
            self.banner,
            self.history,
            Prefetcher(ahead=3, workers=2, capacity=6),  # current, 3 ahead, 2 behind
            ctx.status,
            self._next_rels,
            self,
        )  # (~36 MB at 1080p)
        self.info = QLabel("")
        self.info.setObjectName("paneInfo")
        self.toolbar = QToolBar()
        self._build_actions()
        self.snap_tool = SnapTool(self)  # S: snap a loose box or a click to the object (snap_tool.py)
        self.audit_view = AuditView(self)  # Y / N on audit findings (app/gui/review/audit/view.py)
        # Fix / Keep are buttons on the finding's bar over the image (audit/finding_bar.py): the toolbar
        # has no room left for them at 1280x720
        self.toolbar.addWidget(help_button("review"))  # the manual at this pane
        self.audit_job = AuditJob(self)  # the audit run from the pane (app/gui/review/audit/job.py)
        self.queue.order.activated.connect(self._order_chosen)
        self.presence = Presence(self)  # the lease, other processes' writes, a CLI run (presence.py)
        self.guard = EditGuard(self)  # failed saves, unsaved-edit journal, quit, moved dataset (guard.py)
        self._keys_stay_with_canvas()
        self.new_class = NewClassBox(self.canvas)  # above the class list: what a new box becomes
        side = self.classes.layout()
        self.new_class_label = QLabel()
        side.insertWidget(0, self.new_class_label)
        side.insertWidget(1, self.new_class)
        self.simplify = SimplifyBox(self.canvas)  # G's tolerance, while polygons show (shapes/simplify_box.py)
        side.insertWidget(2, self.simplify)
        self.canvas.newClassChanged.connect(lambda _c: self._tips())
        centre = QWidget()
        c = QVBoxLayout(centre)
        c.setContentsMargins(0, 0, 0, 0)
        c.setSpacing(2)
        c.addWidget(self.toolbar)
        c.addWidget(self.banner)
        c.addWidget(self.canvas, 1)
        c.addWidget(self.info)
        self.help = HelpOverlay(self.canvas, self.key_actions())
        split = QSplitter()
        split.addWidget(self.queue)
        split.addWidget(centre)
        split.addWidget(self.classes)
        split.setStretchFactor(1, 1)
        split.setSizes([350, 900, 230])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        self.canvas.selectionChanged.connect(self._selection_changed)
        self.canvas.message.connect(lambda t: self.ctx.status(t, 4000))
        self.queue.filterChanged.connect(self.reload_queue)
        self.queue.table.clicked.connect(lambda ix: self.open_row(ix.row()))
        self.queue.model.complete.connect(self._list_complete)
        self.classes.hiddenChanged.connect(lambda h: self.canvas.set_filter(hidden_classes=h))
        self.classes.minConfChanged.connect(lambda v: self.canvas.set_filter(min_conf=v))
        self.classes.classPicked.connect(self._pick_class)
        self.classes.addRequested.connect(self.add_class)
        ctx.datasetOpened.connect(self._dataset_opened)
        ctx.openInReview.connect(self.open_in_review)
        self.model_view = ModelView(self)
        ctx.reviewFocus.connect(self.model_view.set_focus)
        ctx.changed.connect(self.model_view.changed)
        self.session.current.connect(self._select_row)
        self.session.changed.connect(self._update_info)
        self.session.saved.connect(self._saved)
        self.session.opened.connect(self._opened)
        self.shared_labels = SharedLabels(self)  # a.jpg + a.png, one a.txt: marked, read-only (shared_label.py)
        self._name_actions()
        self.retranslate()

    # ----- language -----
    def retranslate(self) -> None:
        """Every text of the pane in the current language (again on QEvent.LanguageChange): the
        actions, the canvas' words, the side panels' own (controls.py), the key table."""
        texts = (
            (self.act_prev, translate("Review", "Prev"), translate("Review", "Previous image (saves the current one)")),
            (self.act_next, translate("Review", "Next"), translate("Review", "Next image (saves the current one)")),
            (
                self.act_accept,
                translate("Review", "Accept"),
                translate("Review", "Accept as reviewed and open the next image in the queue"),
            ),
            (self.act_save, translate("Review", "Save"), translate("Review", "Save the label file now")),
            (self.act_draw, translate("Review", "Draw"), translate("Review", "Draw a box")),
            (self.act_delete, translate("Review", "Delete"), translate("Review", "Delete the selected boxes")),
            (self.act_fit, translate("Review", "Fit"), translate("Review", "Fit the image")),
            (self.act_help, translate("Review", "Keys"), translate("Review", "Keyboard help")),
            (
                self.act_preds,
                translate("Review", "Predictions"),
                translate(
                    "Review",
                    "Draw the model's predictions stored in the index (dashed, class and confidence) "
                    "where they differ from the labels",
                ),
            ),
        )
        for a, text, tip in texts:
            a.setText(text)
            a.setProperty("tip", tip)
        for name, text in command_texts().items():
            if name in self.canvas.commands:
                self.canvas.commands[name].setText(text)
        self.canvas.texts = canvas_texts()
        self.canvas.placeholder = self._placeholder_text()
        self.new_class_label.setText(translate("Review", "Class of new boxes"))
        self.snap_tool.retranslate()
        self._undo_changed()
        self._tips()
        if self.index is not None and not self.queue.model.loading and not self.audit_job.running:
            self._list_complete(self.queue.model.rowCount())
        self._update_info()
        self.canvas.update()

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _placeholder_text(self) -> str:
        if self._placeholder == "start":
            return translate("Review", "Open a dataset (File menu), then pick an image from the queue")
        if self._placeholder == "opening":
            return translate("Review", "Opening the dataset…")
        return self.canvas.placeholder

    def _tips(self, *_a) -> None:
        """The toolbar's tooltips: what a button does and its keys as they are bound now."""
        keys_of = {
            self.act_draw: self.canvas.commands.get("draw"),
            self.act_delete: self.canvas.commands.get("delete"),
            self.act_fit: self.canvas.commands.get("fit"),
        }
        for a in (
            self.act_prev,
            self.act_next,
            self.act_accept,
            self.act_save,
            self.act_help,
            self.act_preds,
            *keys_of,
        ):
            tip = a.property("tip") or a.text()
            keys = key_list(keys_of.get(a) or a)
            if a is self.act_draw:
                tip = f"{tip} ({keys}) — {self.canvas.new_box_text()}"
            elif keys:
                tip = f"{tip} ({keys})"
            if a.toolTip() != tip:
                a.setToolTip(tip)

    # ----- actions and keys -----
    def _build_actions(self) -> None:
        def act(keys, slot, sp=None):
            a = QAction(self)
            if keys:
                a.setShortcuts([QKeySequence(k) for k in keys])
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if sp:
                a.setIcon(icon(sp))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.act_prev = act(["A"], lambda: self.go(-1), "prev")
        self.act_next = act(["D"], lambda: self.go(1), "next")
        self.act_accept = act(["Space"], self.accept, "accept")
        self.act_save = act(["Ctrl+S"], lambda: self.save_current(), "save")
        # undo follows the user: on an image with nothing to undo, Ctrl+Z goes back to the image
        # edited last (a Y fix-and-advance) and undoes there (app/gui/review/undo.py)
        self.act_undo = QAction(self)
        self.act_undo.triggered.connect(self.undo)
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])  # not StandardKey: the same keys everywhere
        self.history.changed.connect(self._undo_changed)
        self.act_redo = QAction(self)  # the group's redo, its text in the pane's language (_undo_changed)
        self.act_redo.triggered.connect(self.history.group.redo)
        self.history.group.canRedoChanged.connect(lambda _on: self._undo_changed())
        self.history.group.redoTextChanged.connect(lambda _t: self._undo_changed())
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a, sp in ((self.act_undo, "undo"), (self.act_redo, "redo")):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.setIcon(icon(sp))
            self.addAction(a)
        self.act_draw = act([], lambda: self._canvas_key(Qt.Key.Key_W), "draw")  # W is the canvas' own key
        self.act_delete = act([], self.canvas.delete_selected, "delete")
        self.act_fit = act([], self.canvas.fit, "fit")
        self.act_help = act(["F1"], lambda: self.help.toggle(), "keys")
        self.act_preds = act([], lambda: self.model_view.show(), None)
        self.act_preds.setCheckable(True)
        self.act_preds.setChecked(True)
        for tool in (
            self.act_prev,
            self.act_next,
            self.act_accept,
            None,
            self.act_save,
            self.act_undo,
            self.act_redo,
            None,
            self.act_draw,
            self.act_delete,
            self.act_fit,
            None,
            self.act_help,
            self.act_preds,
        ):
            if tool is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(tool)
        # words for the review flow, icons (with their keys in the tooltip) for the editing tools,
        # so the bar fits beside the main window's image dock
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for a in (self.act_prev, self.act_next, self.act_accept, self.act_help, self.act_preds):  # Save: its icon
            self.toolbar.widgetForAction(a).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _name_actions(self) -> None:
        """objectNames: Settings ▸ Keyboard lists and rebinds every Review key (app.gui.keys.registry),
        the canvas' commands too (the canvas reads their shortcuts as it dispatches a key). The toolbar's
        Draw, Delete and Fit buttons are for the mouse: their keys are the canvas commands'."""
        for name, a in self.key_actions().items():
            a.setObjectName(f"review.{name}")
            a.changed.connect(self._tips)
        self.act_preds.setObjectName("review.predictions")  # no key by default: one can be given

    def _keys_stay_with_canvas(self) -> None:
        """After any toolbar click, the `»` overflow menu and the queue's choosers, the keyboard is
        the canvas' again: D, Space, F1, Esc work without clicking the image first."""
        self.toolbar.actionTriggered.connect(lambda _a: self.refocus())
        ext = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if ext is not None and ext.menu() is not None:
            ext.menu().aboutToHide.connect(lambda: QTimer.singleShot(0, self.refocus))
        for combo in (self.queue.status, self.queue.classes, self.queue.order):
            combo.activated.connect(lambda _i: self.refocus())

    def refocus(self) -> None:
        """The keyboard back to the canvas (and to this window, when a closing popup left none active)."""
        if not self.isVisible():
            return
        self.canvas.setFocus()
        active = QApplication.activeWindow()
        window = self.window()
        if (
            active is None or not active.isVisible()
        ) and window is not None:  # the closed menu itself, on some platforms
            window.activateWindow()

    def undo(self) -> bool:
        """Ctrl+Z: undo on the open image, or go back to the image edited last and undo there."""
        current = self.doc.rel if self.doc is not None else None
        rel = self.history.undo_target(current)
        if rel is None:
            self.ctx.status(translate("Review", "Nothing to undo"), 3000)
            return False
        if rel != current:
            if not self.open_rel(rel):
                return False
            self.ctx.status(
                translate("Review", "Back to {name} to undo: {what}").format(
                    name=Path(rel).name, what=self.history.stacks[rel].undoText()
                ),
                5000,
            )
        self.history.stacks[rel].undo()
        return True

    def _undo_changed(self) -> None:
        """The Undo button and Edit ▸ Undo say what Ctrl+Z will undo, and where when elsewhere."""
        current = self.doc.rel if self.doc is not None else None
        rel = self.history.undo_target(current)
        a = self.act_undo
        if rel is None:
            a.setEnabled(False)
            a.setText(translate("Review", "Undo"))
        else:
            a.setEnabled(True)
            what = self.history.stacks[rel].undoText()
            if rel != current:
                a.setText(translate("Review", "Undo {what} (back to {name})").format(what=what, name=Path(rel).name))
            else:
                a.setText(translate("Review", "Undo {what}").format(what=what))
        r = self.act_redo
        r.setEnabled(self.history.group.canRedo())
        what = self.history.group.redoText()
        r.setText(translate("Review", "Redo {what}").format(what=what) if what else translate("Review", "Redo"))
        for x in (a, r):
            keys = key_list(x)
            x.setToolTip(f"{x.text()} ({keys})" if keys else x.text())

    def key_actions(self) -> dict:
        """Every keyboard binding of the pane by name: its own actions and the canvas' commands
        (the help overlay and the manual's table are generated from these)."""
        return {
            "accept": self.act_accept,
            "next": self.act_next,
            "prev": self.act_prev,
            "save": self.act_save,
            "undo": self.act_undo,
            "redo": self.act_redo,
            "help": self.act_help,
            **self.canvas.commands,
            "audit_apply": self.audit_view.act_apply,
            "audit_keep": self.audit_view.act_keep,
            "snap": self.snap_tool.act,
            "snap_selected": self.snap_tool.act_selected,
        }

    # ----- what the main window's menus act on (duck typed by app/gui/common/pane_commands.py) -----
    def menu_actions(self) -> dict:
        """Edit ▸ Undo/Redo/Delete/Select all and File ▸ Save act through these, the pane's own
        actions (their keys are the ones shown in the menus)."""
        cmd = self.canvas.commands
        return {
            "undo": self.act_undo,
            "redo": self.act_redo,
            "delete": cmd["delete"],
            "select_all": cmd["select_all"],
            "save": self.act_save,
        }

    def image_view(self):
        return self.canvas

    def shortcut_rows(self) -> list:
        """The Review key table (Help ▸ Keyboard shortcuts shows it as F1 does)."""
        from app.gui.review.toolbar.keys import key_rows

        return key_rows(self.key_actions())

    def _canvas_key(self, key) -> None:
        from PyQt6.QtCore import QEvent
        from PyQt6.QtGui import QKeyEvent

        self.canvas.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
        self.canvas.setFocus()

    def keyPressEvent(self, e) -> None:
        if e.key() == Qt.Key.Key_Escape and self.help.isVisible():
            self.help.hide()
        else:
            super().keyPressEvent(e)

    # ----- dataset -----
    def _dataset_opened(self, root: str) -> None:
        self._pending_root = root
        if self.isVisible():
            self.open_dataset()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        if self._pending_root:
            QTimer.singleShot(0, self.open_dataset)

    def open_dataset(self, source: str | Path | None = None) -> bool:
        """Open the index of the dataset (the context's data.yaml or root unless given)."""
        source = source or self.ctx.data_yaml or self._pending_root or self.ctx.dataset_root
        self._pending_root = None
        if source is None:
            return False
        if not self.leave_current():
            return False
        self._close_index()
        self._forget_dataset()
        try:
            self.session.set_index(DatasetIndex.open(source))
        except (LabelBenchError, OSError) as e:
            self.banner.show_message(
                "index",
                lambda: translate("Review", "Cannot open the dataset index"),
                str(e),
                [("ok", ok_text)],
                "error",
            )
            self.ctx.status(str(e), 0)
            return False
        self.presence.attach(self.index)
        self.guard.attach(self.index)
        self.session.class_names = list(self.index.class_names or self.ctx.class_names)
        self._apply_class_names()
        self.queue.model.set_index(self.index)
        self.reload_queue()
        self._refresh_job = JobRunner(self.index.refresh, self)
        self._refresh_job.finished.connect(self._refresh_done)
        self._refresh_job.progress.connect(self._refresh_progress)
        self._refresh_job.failed.connect(
            lambda m: self.ctx.status(translate("Review", "Index refresh failed: {why}").format(why=m), 0)
        )
        self.queue.count.setText(translate("Review", "Indexing…"))
        self._refresh_job.start()
        return True

    def _forget_dataset(self) -> None:
        """Another dataset opens: nothing of the one before stays on screen or in reach of a key
        (its undo history, its audit finding and banner, its image and predictions, the class
        chosen for new boxes, a pending click-through)."""
        self.history.reset()
        self.audit_view.findings = []
        self.audit_view.reason.hide()
        self.banner.clear()
        self.model_view.focus = None
        self.canvas.set_document(None, Boxes())
        self.canvas.predictions.clear()
        self._placeholder = "opening"
        self.canvas.placeholder = self._placeholder_text()
        self.canvas.default_class = 0
        self.canvas.pick_new_class(None)
        self.info.setText("")

    def _refresh_progress(self, done: int, total: int, _msg: str) -> None:
        """First open of a big folder: show the first rows as soon as the index has some."""
        self.queue.count.setText(translate("Review", "Indexing… %Ln image(s)", None, done))
        if self.index is not None and not self.queue.model.rows and self.index.count():
            self.reload_queue()

    def _refresh_done(self, res: dict) -> None:
        if res.get("new") or res.get("changed") or res.get("removed") or not self.queue.model.rows:
            self.reload_queue()
        elif not self.queue.model.loading:
            self._list_complete(self.queue.model.rowCount())  # replace the "Indexing…" text
        self.update_progress()
        self.ctx.status(
            translate(
                "Review", "Index up to date: %Ln image(s) in {seconds} s", None, int(res.get("images", 0))
            ).format(seconds=num(float(res.get("seconds", 0)), 1)),
            5000,
        )

    def _close_index(self) -> None:
        self.audit_job.stop()
        if self._refresh_job is not None:
            self._refresh_job.cancel()
            self._refresh_job.wait(5)
            self._refresh_job = None
        self.guard.detach()
        self.presence.detach()
        if self.index is not None:
            self.index.close()
        self.session.set_index(None)

    def reload_queue(self) -> None:
        if self.index is None:
            return
        q = self.queue.query()
        self.queue.model.reload(q["status"], q["class_id"], q["order"])
        self.update_progress()
        if self.doc is None and self.queue.model.rows:
            self.open_row(0)
        elif self.doc is not None:
            self._select_row(self.doc.rel)
        self.audit_job.check()

    def _order_chosen(self, _i: int) -> None:
        """The user chose an order: "Likely mistakes first" offers the audit again when there is none."""
        if self.queue.query()["order"] == AUDIT_ORDER:
            self.audit_job.order_chosen()
            self.audit_job.check()

    def _list_complete(self, n: int) -> None:
        if not self.audit_job.running:  # else "Auditing… 12 / 24 images" stays
            text = translate("Review", "%Ln image(s) in this list", None, n)
            if self.queue.query()["order"] == AUDIT_ORDER and not has_audit(self.index):
                text += translate("Review", " · no audit yet: name order")
            self.queue.count.setText(text)
        self._update_info()

    def update_progress(self) -> None:
        if self.index is not None:
            self.queue.set_progress(self.index.count(STATUS_REVIEWED), self.index.count())

    # ----- navigation -----
    def open_row(self, row: int) -> bool:
        rel = self.queue.model.rel(row)
        return rel is not None and self.open_rel(rel)

    def open_rel(self, rel: str, box_index: int = -1) -> bool:
        """Show image rel (saving the one we leave); see ReviewSession.open_rel."""
        return self.session.open_rel(rel, box_index)

    def _opened(self, _rel: str) -> None:
        """After an image opened: the model's view of it (and a click-through's box), its audit finding
        (none over a click-through's pair)."""
        self.audit_view.show(quiet=self.model_view.show())
        self.simplify.follow()

    def save_current(self, force: bool = False, even_if_clean: bool = False) -> str | None:
        return self.session.save_current(force, even_if_clean)

    def leave_current(self) -> bool:
        return self.session.leave_current()

    def accept(self) -> None:
        """Space: save (an empty file for an image without boxes), mark reviewed, next in the queue."""
        if self.doc is not None:
            if self.shared_labels.refuses():
                return
            rel = self.session.accept()
            if rel is None:
                return
            self.queue.model.refresh_row(rel)
            self.update_progress()
        self.go(1)

    def _saved(self, rel: str, image_path: str) -> None:
        self.queue.model.refresh_row(rel)
        self.ctx.labelsChanged.emit(image_path)

    def _next_rels(self, rel: str, n: int) -> list[str]:
        """Up to n images after rel in the queue (decoded ahead while rel is on screen)."""
        m = self.queue.model
        row = m.find(rel)
        if row < 0:
            return []
        return [r for r in (m.rel(i) for i in range(row + 1, row + 1 + n)) if r]

    def go(self, step: int) -> bool:
        m = self.queue.model
        # no document: nothing open yet, or the selected image could not be shown (go on from it)
        row = m.find(self.doc.rel) if self.doc is not None else self.queue.table.currentIndex().row()
        if row < 0 and self.doc is not None and self.index is not None:
            # the open image is not in this list (opened from another pane, or filtered out):
            # the next one after it in the list's order, straight from the index
            q = self.queue.query()
            if q["order"] in ("name", "min_conf"):
                got = self.index.next_row(self.doc.rel, q["status"], q["class_id"], q["order"], step)
                if got is not None:
                    return self.open_rel(got.rel)
                self.ctx.status(self._end_text(step), 3000)
                return self.leave_current() and False
        target = row + step if row >= 0 else 0
        if not 0 <= target < m.rowCount():
            self.ctx.status(self._end_text(step), 3000)
            return self.leave_current() and False
        return self.open_row(target)

    @staticmethod
    def _end_text(step: int) -> str:
        return translate("Review", "End of the list") if step > 0 else translate("Review", "Start of the list")

    def _select_row(self, rel: str) -> None:
        row = self.queue.model.find(rel)
        sel = self.queue.table.selectionModel()
        if row >= 0:
            ix = self.queue.model.index_of(row)
            sel.setCurrentIndex(ix, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
            self.queue.table.scrollTo(ix)
        else:
            sel.clear()  # selection and current row: the open image is not in this list

    def open_in_review(self, image: str, box_index: int) -> None:
        if self.index is None or self._pending_root:
            self.open_dataset()
        if self.index is None:
            return
        rel = self.index.rel_of(image)
        if rel.startswith("../"):
            self.ctx.status(
                translate("Review", "{image} is not in the open dataset {root}").format(
                    image=image, root=self.index.root
                ),
                0,
            )
            return
        self.open_rel(rel, box_index)

    # ----- classes -----
    def _apply_class_names(self) -> None:
        self.canvas.class_names = self.class_names
        self.queue.set_class_names(self.class_names)
        self.classes.set_class_names(self.class_names, self.canvas.hidden_classes)
        self.new_class.set_class_names(self.class_names)

    def _pick_class(self, class_id: int) -> None:
        self.canvas.set_class(class_id)
        self.canvas.setFocus()

    def add_class(self, name: str) -> bool:
        idx = self.index
        target = idx.data_yaml if idx is not None else self.ctx.data_yaml
        root = idx.root if idx is not None else self.ctx.dataset_root
        if target is None and root is not None and (Path(root) / "classes.txt").exists():
            target = Path(root) / "classes.txt"
        try:
            path, names = append_class(target, self.class_names, name, root)
        except LabelBenchError as e:
            self.ctx.status(str(e), 0)
            self.banner.show_message(
                "class", lambda: translate("Review", "Cannot add the class"), str(e), [("ok", ok_text)], "warning"
            )
            return False
        self.session.class_names = names
        if idx is not None:
            idx.class_names = list(names)
        self.ctx.class_names = list(names)
        self._apply_class_names()
        self.classes.new_name.clear()
        self._update_info()
        self.ctx.status(
            translate("Review", "Added class {id} {name} ({file})").format(
                id=len(names) - 1, name=names[-1], file=path.name
            ),
            5000,
        )
        return True

    def name_classes(self) -> bool:
        """The first box in a folder with no class list: ask for the class names (one per line,
        the first is class 0), written to classes.txt in the folder. False when none were given."""
        if self.index is None:
            return False
        used = [k for k in self.index.summary(0)["per_class"] if k.startswith("class ")]
        hint = (
            "\n"
            + translate(
                "Review",
                "Its label files already use %n class id(s) ({ids}): name them in that order.",
                None,
                len(used),
            ).format(ids=", ".join(used[:5]))
            if used
            else ""
        )
        text, ok = QInputDialog.getMultiLineText(
            self,
            translate("Review", "Class names"),
            translate("Review", "{folder} has no class list yet (data.yaml or classes.txt).").format(
                folder=self.index.root.name
            )
            + hint
            + "\n"
            + translate(
                "Review",
                "Type the class names, one per line: the first line is class 0. They are saved in classes.txt.",
            ),
        )
        names = [n.strip() for n in text.splitlines() if n.strip()] if ok else []
        added = 0
        for name in names:
            if not self.add_class(name):
                break
            added += 1
        self.canvas.setFocus()
        return added > 0

    def _selection_changed(self, _sel: tuple = ()) -> None:
        """The class picker follows the selection, and the selected boxes' class after any edit."""
        boxes = self.canvas.boxes
        self.classes.show_selection([int(boxes.cls[i]) for i in self.canvas.selected if 0 <= i < len(boxes)])
        # Delete (toolbar, Edit menu) is greyed with nothing selected; the Del key stays (it also
        # takes back a polygon's last point while drawing)
        chosen = bool(self.canvas.selected)
        self.act_delete.setEnabled(chosen)
        delete = self.canvas.commands["delete"]
        if delete.property(MENU_ENABLED) != chosen:
            delete.setProperty(MENU_ENABLED, chosen)
            delete.changed.emit()  # the Edit menu's entry follows

    # ----- info -----
    def _update_info(self) -> None:
        doc = self.doc
        self._selection_changed()
        if doc is None:
            self.info.setText("")
            return
        counts: dict[int, int] = {}
        for c in doc.boxes.cls.tolist():
            counts[c] = counts.get(c, 0) + 1
        self.classes.set_counts(self.class_names, counts)
        row = self.index.get(doc.rel) if self.index is not None else None
        state = (
            translate("Review", "read-only")
            if doc.blocked
            else translate("Review", "outside edit: not saved")
            if doc.conflict
            else translate("Review", "save failed: not saved")
            if doc.dirty and doc.rel in self.guard.failed
            else translate("Review", "unsaved changes")
            if doc.dirty
            else translate("Review", "saved")
            if doc.saved_at
            else translate("Review", "no changes")
        )
        w, h = doc.size
        pos = self.queue.model.find(doc.rel)
        more = "+" if self.queue.model.loading else ""
        where = (
            translate("Review", "{pos} of {total}{more} in list").format(
                pos=num(pos + 1), total=num(self.queue.model.rowCount()), more=more
            )
            if pos >= 0
            else translate("Review", "not in this list")
        )
        boxes = translate("Review", "%n box(es)", None, len(doc.boxes))
        status = status_text(row.status) if row else "?"
        self.info.setText(f"{where}   ·   {doc.rel}   ·   {w}×{h}   ·   {boxes}   ·   {status}   ·   {state}")

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        if self.help.isVisible():
            self.help.place()

    def may_close(self) -> bool:
        """The main window asks before it closes: unsaved edits are saved, discarded or kept (Cancel)."""
        return self.guard.may_close()

    def shutdown(self) -> None:
        """Main window closing: save, stop the workers."""
        try:
            if self.doc is not None and not self.doc.conflict:
                self.save_current()
        finally:
            self.session.stop()
            self._close_index()
            self.prefetch.close()
