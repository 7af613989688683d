"""Audit findings in the Review pane (issue 14): the labels most likely wrong, fixed in one key.

The last `labelbench audit` (or the pane's own run) stored each image's findings in the index.
For the open image the view shows the current finding: the label in question selected, the
model's box dashed and highlighted with its class and confidence, and one line of reason above
the image. **Y** applies the model's suggestion (swap: its class; badloc: its box; overlooked:
add its box; spurious, duplicate: delete the label); **N** keeps the label as it is and marks the
finding dismissed in the index (it comes back only when that label or the model changes). Both
are steps of the image's undo history and saved like every other edit; then the next finding of
the image, or the next image of the queue, opens.

A finding applies only while its label is still the one the audit saw (same class and box): an
edit that fixes it some other way makes it disappear, and undo brings it back. On polygons and
rotated boxes, badloc and overlooked take the model's own shape where the index has it
(app/gui/review/shapes/suggested.py), never a shape stretched to the model's box.
"""

from __future__ import annotations

import json

import numpy as np
from PyQt6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PyQt6.QtGui import QAction, QKeySequence, QUndoCommand

from app.core.audit.findings import Finding
from app.core.audit.live import label_index, live_findings
from app.core.audit.run import kinds_text, model_identity
from app.core.dataset.audit_table import AuditTable
from app.gui.i18n import num, translate
from app.gui.i18n.core_messages import core_text
from app.gui.review.audit.finding_bar import FindingBar
from app.gui.review.shapes.suggested import NO_SHAPE, predicted_shape, shape_suggestion
from widgets.canvas.boxes import Boxes
from widgets.canvas.shapes_model import Shapes

APPLY_TEXT = {
    "swap": QT_TRANSLATE_NOOP("Review", "set the class to {pred}"),
    "badloc": QT_TRANSLATE_NOOP("Review", "take the model's box"),
    "overlooked": QT_TRANSLATE_NOOP("Review", "add the {pred} box"),
    "spurious": QT_TRANSLATE_NOOP("Review", "delete the label"),
    "duplicate": QT_TRANSLATE_NOOP("Review", "delete the duplicate"),
}
# the finding kinds' names on screen (the list's ⚑ mark, the finding's line); the index keeps the English
KIND_WORDS = {
    "swap": QT_TRANSLATE_NOOP("Review", "swap"),
    "badloc": QT_TRANSLATE_NOOP("Review", "badloc"),
    "overlooked": QT_TRANSLATE_NOOP("Review", "overlooked"),
    "spurious": QT_TRANSLATE_NOOP("Review", "spurious"),
    "duplicate": QT_TRANSLATE_NOOP("Review", "duplicate"),
}


def kind_text(kind: str) -> str:
    return translate("Review", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def audit_marks(index) -> dict[str, tuple[int, str]]:
    """rel -> (findings, kinds) of the images with audit findings (one query)."""
    if index is None:
        return {}
    try:
        return AuditTable(index).marks()
    except Exception:
        return {}


def update_audit_mark(marks: dict, index, rel: str) -> None:
    _score, n, kinds = AuditTable(index).summary(rel)
    if n:
        marks[rel] = (n, kinds)
    else:
        marks.pop(rel, None)


class DismissCommand(QUndoCommand):
    """Keep a label as it is: the finding is dismissed in the index (undo: not dismissed)."""

    def __init__(self, view, rel: str, sig: str):
        super().__init__(translate("Review", "Keep the label (audit)"))
        self.view, self.rel, self.sig = view, rel, sig

    def redo(self) -> None:
        self.view.set_dismissed(self.rel, self.sig, True)

    def undo(self) -> None:
        self.view.set_dismissed(self.rel, self.sig, False)


class AuditView(QObject):
    """Owned by the Review pane; refreshes after every open, edit, undo and redo."""

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.findings: list[Finding] = []
        self.ident = ""
        self.act_apply = self._action("Y", self.apply)
        self.act_keep = self._action("N", self.keep)
        self.retranslate()
        self.reason = FindingBar(pane.canvas, self.act_apply, self.act_keep)  # the reason, Fix and Keep
        pane.history.group.indexChanged.connect(lambda *_: self.show())
        pane.installEventFilter(self)  # the pane's language change: the actions' texts and the line

    def _action(self, key, slot) -> QAction:
        a = QAction(self.pane)
        a.setShortcut(QKeySequence(key))
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(slot)
        a.changed.connect(self.retranslate)  # a key rebound in Settings ▸ Keyboard: tooltip and button follow
        self.pane.addAction(a)
        return a

    def retranslate(self) -> None:
        """The actions' texts, tooltips and the finding bar's buttons ("Fix (Y)") with their keys now."""
        for a, text, tip in (
            (
                self.act_apply,
                translate("Review", "Fix (audit)"),
                translate("Review", "Apply the model's suggestion for the current audit finding"),
            ),
            (
                self.act_keep,
                translate("Review", "Keep (audit)"),
                translate("Review", "Keep the label as it is: dismiss the current audit finding"),
            ),
        ):
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.PortableText) for k in a.shortcuts())
            short = text.split(" (")[0]
            tip = f"{tip} ({keys})" if keys else tip
            if a.text() != text:
                a.setText(text)
            if a.toolTip() != tip:
                a.setToolTip(tip)
            button = f"{short} ({keys})" if keys else short
            if a.iconText() != button:
                a.setIconText(button)  # the finding bar's button: "Fix (Y)"

    def eventFilter(self, obj, e) -> bool:
        if obj is self.pane and e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.reason.isVisible():
                self.show()
        return False

    # ----- which findings apply -----
    def _table(self) -> AuditTable | None:
        return AuditTable(self.pane.index) if self.pane.index is not None else None

    def label_index(self, f: Finding, doc) -> int:
        """Index of the doc box the finding is about (same class and box), -1 when it changed."""
        return label_index(f, doc.boxes.cls, doc.xywhn()) if len(doc.boxes) else -1

    def live(self) -> list[Finding]:
        """The open image's findings that still apply and are not dismissed, worst first."""
        pane, table = self.pane, self._table()
        doc = pane.doc
        if doc is None or table is None:
            return []
        text = table.findings(doc.rel)
        if not text:
            return []
        self.ident = model_identity(table.model_key(doc.rel) or "")
        xywhn = doc.xywhn() if len(doc.boxes) else np.zeros((0, 4))
        return live_findings(
            [Finding.from_json(d) for d in json.loads(text)], doc.boxes.cls, xywhn, table.dismissed(doc.rel), self.ident
        )

    # ----- drawing -----
    def show(self, quiet: bool = False) -> None:
        """The open image's first finding: its line, its label selected, the model's box. quiet (an
        Evaluate click-through showing its own pair): no finding line, selection or box of the audit's
        (Y and N wait until the next edit or open shows the findings again)."""
        pane = self.pane
        self.findings = self.live()
        self._store_summary()
        doc = pane.doc
        if quiet:
            self.findings = []
        if not self.findings or doc is None:
            self.reason.hide()
            return
        f = self.findings[0]
        w, h = doc.size
        canvas = pane.canvas
        if f.pred_box is not None:
            canvas.predictions.visible = True
            shape = predicted_shape(pane.index, doc.rel, f, doc.boxes, w, h) if isinstance(doc.boxes, Shapes) else None
            if shape is not None:  # what Y puts in: the model's polygon / rotated box
                shape = Shapes(shape.pts, shape.kinds, shape.cls, np.array([f.conf]), (None,), shape.kind)
            canvas.predictions.set(shape or Boxes.from_xywhn([f.pred_cls], [f.pred_box], [f.conf], w, h), 0)
        i = self.label_index(f, doc)
        if i >= 0:
            canvas.show_box(i)
        else:
            canvas.set_selection([])
        n = len(self.findings)
        more = "   " + translate("Review", "(%n finding(s))", None, n) if n > 1 else ""
        names = pane.class_names
        pred = (
            names[f.pred_cls]
            if f.pred_cls is not None and 0 <= f.pred_cls < len(names)
            else translate("Review", "class {id}").format(id=f.pred_cls)
        )
        fix, keep = (
            a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in (self.act_apply, self.act_keep)
        )
        self.reason.setText(
            translate(
                "Review", "{kind} {score}: {reason}   ·   {fix_key}: {fix}   ·   {keep_key}: keep the label"
            ).format(
                kind=kind_text(f.kind),
                score=num(float(f.score), 2),
                reason=core_text(f.reason(names)),  # the core's sentence, in the language too
                fix_key=fix,
                fix=translate("Review", APPLY_TEXT[f.kind]).format(pred=pred),
                keep_key=keep,
            )
            + more
        )
        self.reason.adjustSize()
        self.reason.show()
        self.reason.raise_()
        canvas.update()

    def _store_summary(self) -> None:
        """The image's audit score, count and kinds in the index follow what still applies."""
        pane, table = self.pane, self._table()
        if pane.doc is None or table is None:
            return
        score, n, kinds = table.summary(pane.doc.rel)
        if score is None:
            return
        new = (max((f.score for f in self.findings), default=0.0), len(self.findings), kinds_text(self.findings))
        if (n, kinds) != new[1:] or abs(score - new[0]) > 1e-9:
            table.set_summaries([(pane.doc.rel, *new)])
            pane.queue.model.refresh_row(pane.doc.rel)

    # ----- keys -----
    def apply(self) -> None:
        """Y: the model's suggestion for the current finding, as one undoable edit."""
        pane = self.pane
        doc = pane.doc
        if doc is None or not self.findings:
            pane.ctx.status(translate("Review", "No audit finding on this image"), 3000)
            return
        f = self.findings[0]
        w, h = doc.size
        boxes = doc.boxes
        i = self.label_index(f, doc)
        if f.pred_box is not None:
            pred_xyxy = Boxes.from_xywhn([f.pred_cls], [f.pred_box], None, w, h).xyxy[0]
        if isinstance(boxes, Shapes) and f.kind in ("badloc", "overlooked"):  # the model's own shape
            got = shape_suggestion(pane.index, doc.rel, f, boxes, i, w, h)
            if got is None:
                pane.ctx.status(translate("Review", NO_SHAPE), 6000)
                return
            after, sel = got
        elif f.kind == "swap":
            assert f.pred_cls is not None  # a swap finding names the class the model sees
            after, sel = boxes.with_class([i], int(f.pred_cls)), (i,)
        elif f.kind == "badloc":
            after, sel = boxes.with_xyxy([i], pred_xyxy[None]), (i,)
        elif f.kind == "overlooked":
            assert f.pred_cls is not None  # an overlooked object is one the model found
            after, sel = boxes.added([pred_xyxy], int(f.pred_cls)), (len(boxes),)
        else:
            after, sel = boxes.removed([i]), ()
        what = translate("Review", APPLY_TEXT[f.kind]).format(pred=pane.canvas.class_name(f.pred_cls or 0))
        pane.canvas.request(after, translate("Review", "Audit: {what}").format(what=what), sel)
        self._next()

    def keep(self) -> None:
        """N: the label stays; the finding is dismissed (undoable)."""
        pane = self.pane
        if pane.doc is None or not self.findings:
            pane.ctx.status(translate("Review", "No audit finding on this image"), 3000)
            return
        sig = self.findings[0].signature(self.ident)
        pane.history.push_command(pane.doc.rel, DismissCommand(self, pane.doc.rel, sig))
        self._next()

    def set_dismissed(self, rel: str, sig: str, dismissed: bool) -> None:
        table = self._table()
        if table is not None:
            table.dismiss(rel, sig, dismissed)
        self.show()

    def _next(self) -> None:
        """The next finding of this image (shown already), or the next image of the queue."""
        self.show()
        if not self.findings:
            self.pane.go(1)
