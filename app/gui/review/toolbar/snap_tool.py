"""The Review pane's snap tool (issue 26): a tight box from a loose drag or one click.

S (or the toolbar's Snap button) turns the tool on. Then a drag draws a loose box and a click
picks the object under the cursor; the engine (app.core.assist.snap, no Qt) finds the object and
its box appears as a proposal, drawn as a box being drawn. Enter or Space accepts it: the box is
added exactly as a drawn one would be (its class asked when none is picked), one undo step.
Esc drops it. The wheel or + / - grow or shrink the tolerance (x 1.25 a step) and snap again.
Shift+S snaps the selected box instead; accepting replaces it (one undo step); on a polygon or a
rotated box it says it does not (a snap is an axis-aligned box: the shape's points would only be
stretched), while S still proposes a new one (a rectangle of the document's kind). The method and
its confidence show in the status line. Nothing changes until a proposal is accepted.

The tool sits on the canvas as an event filter, so the canvas and the pane keep their own code:
while the tool is on, the left mouse button is the tool's; while a proposal is shown, its keys
and the wheel are.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRectF, Qt
from PyQt6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPen, QPixmap

from app.core.assist.request import SnapRequest
from app.core.assist.snap import snap
from app.core.errors import LabelBenchError
from app.gui.i18n import num, translate
from widgets.canvas.boxes import box_from_drag
from widgets.canvas.shapes_model import Shapes

CLICK_PX = 3  # a press and release closer than this (screen pixels) is a click
STEP = 1.25  # the tolerance changes by this factor a wheel notch or a + / - press
ACCEPT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
GROW_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
SHRINK_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)
SHAPE_NOTE = QT_TRANSLATE_NOOP(
    "Review", "Snap: a polygon or rotated box is not snapped (a snap is a box); S proposes a new shape instead"
)


def snap_icon() -> QIcon:
    """A loose dashed box around a tight solid one, in the pane's icon style (app/gui/review/toolbar/icons.py)."""
    from app.gui.review.toolbar.icons import FG, SIZE

    pm = QPixmap(SIZE, SIZE)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(FG, 1.8, Qt.PenStyle.DashLine))
    p.drawRect(QRectF(3, 3, 26, 26))
    p.setPen(QPen(FG, 2.6))
    p.drawRect(QRectF(10, 9, 13, 15))
    p.end()
    return QIcon(pm)


class SnapTool(QObject):
    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.canvas = pane.canvas
        self.request: SnapRequest | None = None
        self.proposal = None  # the SnapResult shown
        self.replace: int | None = None  # the box Shift+S snaps (accepting replaces it)
        self.doc = None  # the document the proposal belongs to
        self.tolerance = 1.0
        self._press = None  # (widget point, image point) of a press while on
        self.act = QAction(pane)
        self.act.setCheckable(True)
        self.act.setShortcuts([QKeySequence("S")])
        self.act.toggled.connect(self._toggled)
        self.act_selected = QAction(pane)
        self.act_selected.setShortcuts([QKeySequence("Shift+S")])
        self.act_selected.triggered.connect(self.snap_selected)
        for a in (self.act, self.act_selected):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            pane.addAction(a)
        self.act.setIcon(snap_icon())
        pane.toolbar.addAction(self.act)  # after the pane's own buttons: none of them moves behind »
        self.retranslate()
        self.act.changed.connect(self.retranslate)  # a key rebound in Settings ▸ Keyboard: the tooltip follows

    def retranslate(self) -> None:
        """The actions' texts in the current language (the pane calls it on a language change)."""
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.PortableText) for k in self.act.shortcuts())
        tip = translate(
            "Review",
            "Snap to the object ({keys}): drag a loose box or click inside an object; "
            "Enter accepts, Esc drops, wheel or +/- changes the tolerance",
        ).format(keys=keys or translate("Review", "(no key)"))
        for a, text in (
            (self.act, translate("Review", "Snap")),
            (self.act_selected, translate("Review", "Snap the selected box")),
        ):
            if a.text() != text:
                a.setText(text)
        if self.act.toolTip() != tip:
            self.act.setToolTip(tip)
        self.canvas.installEventFilter(self)

    # ----- state -----
    @property
    def active(self) -> bool:
        return self.act.isChecked()

    def _toggled(self, on: bool) -> None:
        if not on:
            self.drop()
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        self.pane.ctx.status(
            translate("Review", "Snap: drag a loose box or click inside an object")
            if on
            else translate("Review", "Snap off"),
            4000,
        )

    def drop(self, say: str | None = None) -> None:
        """Forget the proposal (Esc, another image, the tool turned off)."""
        had = self.proposal is not None
        self.proposal, self.request, self.replace, self.doc = None, None, None, None
        self.canvas.new_box = None
        self.canvas.update()
        if had and say:
            self.pane.ctx.status(say, 3000)

    # ----- snapping -----
    def snap_selected(self) -> None:
        """Shift+S: snap the selected box (the first when several are)."""
        sel = self.canvas.selected
        if not sel or self.canvas.read_only:
            self.pane.ctx.status(translate("Review", "Snap: select a box first"), 3000)
            return
        i = sel[0]
        if isinstance(self.canvas.boxes, Shapes):  # a snap is a box: it would only stretch the shape
            self.pane.ctx.status(translate("Review", SHAPE_NOTE), 5000)
            return
        self._snap(SnapRequest.from_box(*self.canvas.boxes.xyxy[i]), replace=i)

    def _snap(self, request: SnapRequest, replace: int | None = None) -> None:
        image = self.canvas.image()
        if image is None:
            return
        self.tolerance = request.tolerance
        try:
            result = snap(image, request)
        except LabelBenchError as e:
            self.drop()
            self.pane.ctx.status(translate("Review", "Snap: {why}").format(why=e), 5000)
            return
        self.request, self.proposal, self.replace, self.doc = request, result, replace, self.pane.doc
        self.canvas.new_box = np.array(result.box, np.float64)
        self.canvas.update()
        self.pane.ctx.status(
            translate(
                "Review",
                "Snap: {method}, confidence {conf}, tolerance {tol}, {ms} ms; Enter accepts, Esc drops, "
                "wheel or +/- changes the tolerance",
            ).format(
                method=result.method,
                conf=num(float(result.confidence), 2),
                tol=num(float(self.tolerance), 2),
                ms=f"{result.ms:.0f}",
            ),
            0,
        )

    def _again(self, factor: float) -> None:
        r = self.request
        if r is None:
            return
        tol = min(10.0, max(0.1, r.tolerance * factor))
        self._snap(SnapRequest(box=r.box, point=r.point, tolerance=tol), self.replace)

    def accept(self) -> None:
        """The proposal becomes a box (or replaces the snapped one): one undo step."""
        result, replace = self.proposal, self.replace
        if result is None or self.pane.doc is not self.doc or self.canvas.read_only:
            self.drop(translate("Review", "Snap dropped: the image changed"))
            return
        self.drop()
        xyxy = [float(v) for v in result.box]
        if replace is not None and replace < len(self.canvas.boxes):
            self.canvas.request(
                self.canvas.boxes.with_xyxy([replace], [xyxy]), translate("Review", "Snap box"), [replace]
            )
        else:
            self.canvas.box_commands.add_box(xyxy)
        self.pane.ctx.status(
            translate("Review", "Snapped ({method}, confidence {conf})").format(
                method=result.method, conf=num(float(result.confidence), 2)
            ),
            4000,
        )

    # ----- events on the canvas -----
    def eventFilter(self, obj, e) -> bool:
        if obj is not self.canvas:
            return False
        t = e.type()
        if self.proposal is not None and self.pane.doc is not self.doc:
            self.drop()
        if t == QEvent.Type.ShortcutOverride and self.proposal is not None and self._proposal_key(e):
            e.accept()  # the key is the proposal's, not a pane action's (Space = accept image)
            return True
        if t == QEvent.Type.KeyPress and self.proposal is not None and self._proposal_key(e):
            k = e.key()
            if k in ACCEPT_KEYS:
                self.accept()
            elif k == Qt.Key.Key_Escape:
                self.drop(translate("Review", "Snap dropped"))
            else:
                self._again(STEP if k in GROW_KEYS else 1 / STEP)
            return True
        if t == QEvent.Type.Wheel and self.proposal is not None:
            self._again(STEP if e.angleDelta().y() > 0 else 1 / STEP)
            return True
        if not self.active or self.canvas.read_only or self.canvas.image() is None:
            if t == QEvent.Type.MouseButtonPress and self.proposal is not None:
                self.drop()
            return False
        return self._mouse(t, e)

    @staticmethod
    def _proposal_key(e) -> bool:
        if e.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False
        return e.key() in ACCEPT_KEYS + GROW_KEYS + SHRINK_KEYS + (Qt.Key.Key_Escape,)

    def _mouse(self, t, e) -> bool:
        if t == QEvent.Type.MouseButtonPress and e.button() == Qt.MouseButton.LeftButton:
            self.drop()
            pos = e.position()
            self._press = (pos, self.canvas.widget_to_image(pos))
            self.canvas.setFocus()
            return True
        if t == QEvent.Type.MouseMove and self._press is not None:
            p0 = self._press[1]
            p1 = self.canvas.widget_to_image(e.position())
            w, h = self.canvas.image_size()
            self.canvas.new_box = box_from_drag(p0.x(), p0.y(), p1.x(), p1.y(), w, h)
            self.canvas.update()
            return True
        if t == QEvent.Type.MouseButtonRelease and self._press is not None and e.button() == Qt.MouseButton.LeftButton:
            (w0, p0), self._press = self._press, None
            self.canvas.new_box = None
            p1 = self.canvas.widget_to_image(e.position())
            if (e.position() - w0).manhattanLength() <= CLICK_PX:
                self._snap(SnapRequest.from_point(p0.x(), p0.y(), self.tolerance))
            else:
                self._snap(SnapRequest.from_box(p0.x(), p0.y(), p1.x(), p1.y(), self.tolerance))
            return True
        return False
