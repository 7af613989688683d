"""Box editor canvas: an ImageView that draws, selects, moves, resizes and relabels boxes.

The canvas never changes its boxes silently: every edit is emitted as a `widgets.canvas.boxes.Edit`
(before, after, selection) on `editRequested`. With `direct_edits = True` (default, standalone
use) it also applies the edit itself; an editor with an undo stack sets it False and applies the
edit through its command (`set_boxes`). A drag is previewed live and emitted once at release.

Mouse: drag on empty space draws a box (or press W first), drag a box to move it (all selected
boxes move together), drag one of the 8 handles to resize, Ctrl+click adds to the selection,
middle/right drag pans, wheel zooms, right click on a box picks its class. With `ask_class`
a new box asks for its class (popup at the box) unless one was picked before drawing.
Keys: W draw, Tab/Shift+Tab next/previous box (least confident first), 1-9 class 0-8, C class menu,
Del delete, arrows nudge (Shift x10), Ctrl+C/V copy/paste, Ctrl+D duplicate, Ctrl+Shift+V boxes
of the previous image, Ctrl+A select all, Esc cancel/deselect, F fit, +/- zoom.

The edits and keys live in widgets.canvas.commands (CanvasCommands, owned as `box_commands`; the
edits panes call have one-line delegates here), the drawing in widgets.canvas.paint (CanvasPainter,
owned as `painter`); this module holds the boxes, the selection, the drag preview and the mouse.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QEvent, QPointF, QRectF, Qt, pyqtSignal
from PyQt6.QtWidgets import QMenu

from widgets.canvas.boxes import (
    HANDLES,
    INSIDE,
    Boxes,
    Edit,
    box_from_drag,
    flipped_handle,
    hit_test,
    moved,
    resized,
    visible_mask,
)
from widgets.canvas.class_text import say
from widgets.canvas.commands import CanvasCommands
from widgets.canvas.paint import CanvasPainter
from widgets.canvas.prediction_layer import PredictionLayer
from widgets.image_view import ImageView
from widgets.palette import class_color

GRAB_PX = 6  # how close (screen pixels) the cursor must be to grab a handle
CLICK_PX = 3  # a press-release closer than this is a click, not a drag
_CURSORS = {
    "nw": Qt.CursorShape.SizeFDiagCursor,
    "se": Qt.CursorShape.SizeFDiagCursor,
    "ne": Qt.CursorShape.SizeBDiagCursor,
    "sw": Qt.CursorShape.SizeBDiagCursor,
    "n": Qt.CursorShape.SizeVerCursor,
    "s": Qt.CursorShape.SizeVerCursor,
    "e": Qt.CursorShape.SizeHorCursor,
    "w": Qt.CursorShape.SizeHorCursor,
    INSIDE: Qt.CursorShape.SizeAllCursor,
}


class BoxCanvas(ImageView):
    editRequested = pyqtSignal(object)  # widgets.canvas.boxes.Edit
    selectionChanged = pyqtSignal(tuple)  # selected box indices
    message = pyqtSignal(str)  # short hint for a status bar
    newClassChanged = pyqtSignal(object)  # class of new boxes picked before drawing (None: ask)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.boxes = Boxes()
        self.class_names: list[str] = []
        self.hidden_classes: set[int] = set()
        self.min_conf = 0.0
        self.default_class = 0  # class of new boxes: the one picked, else the suggestion
        self.ask_class = False  # True: a new box asks for its class unless one was picked
        self.class_picked = False  # a class was picked for new boxes before drawing
        self.class_popup: QMenu | None = None  # the class question of the last new box
        self.name_classes = None  # () -> bool: names the classes when there are none (ask_class)
        self.direct_edits = True
        self.read_only = False
        self.previous: tuple[Boxes, tuple[int, int]] | None = None  # boxes of the previous image
        self.predictions = PredictionLayer()  # the model's view, dashed (not editable, not saved)
        self.draw_mode = False
        self._sel: list[int] = []
        self._drag: dict | None = None
        self.live: dict[int, np.ndarray] = {}  # box index -> xyxy shown during a drag (drawn)
        self.new_box: np.ndarray | None = None  # the box being drawn (image xyxy)
        self.cursor_img: QPointF | None = None  # the cursor in image coordinates (None: outside)
        self._pan_from: QPointF | None = None
        self.texts: dict[str, str] = {}  # its words in the pane's language (class_text.TEXTS: the keys)
        self.painter = CanvasPainter(self)
        self.box_commands = CanvasCommands(self)
        self.box_commands.add_keys()
        self.setCursor(Qt.CursorShape.ArrowCursor)

    # ----- data -----
    def set_document(self, image: np.ndarray | None, boxes: Boxes, keep_view: bool = False) -> None:
        """Show a new image with its boxes (selection cleared)."""
        self._drag, self.live, self.new_box, self.draw_mode = None, {}, None, False
        self.boxes = boxes
        self._set_sel([])
        self.set_image(image, keep_view=keep_view)

    def set_boxes(self, boxes: Boxes, selection=None) -> None:
        """Replace the boxes (undo/redo and commands call this)."""
        self.boxes = boxes
        self._drag, self.live = None, {}
        sel = self._sel if selection is None else list(selection)
        self._set_sel([i for i in sel if 0 <= i < len(boxes)])
        self.update()

    @property
    def selected(self) -> list[int]:
        return list(self._sel)

    def set_selection(self, indices) -> None:
        self._set_sel([int(i) for i in indices if 0 <= int(i) < len(self.boxes)])

    def _set_sel(self, sel: list[int]) -> None:
        sel = list(dict.fromkeys(sel))
        if sel != self._sel:
            self._sel = sel
            self.selectionChanged.emit(tuple(sel))
        self.update()

    def visible(self) -> np.ndarray:
        return visible_mask(self.boxes, self.hidden_classes, self.min_conf)

    def set_filter(self, hidden_classes=None, min_conf=None) -> None:
        if hidden_classes is not None:
            self.hidden_classes = set(hidden_classes)
        if min_conf is not None:
            self.min_conf = float(min_conf)
        vis = self.visible()
        self._set_sel([i for i in self._sel if vis[i]])
        self.update()

    def show_box(self, index: int) -> None:
        """Select box `index` and bring it into view (used to open a box from another pane)."""
        if not 0 <= index < len(self.boxes):
            return
        self._set_sel([index])
        x0, y0, x1, y1 = self.boxes.xyxy[index]
        vis = self.widget_to_image(QPointF(0, 0)), self.widget_to_image(QPointF(self.width(), self.height()))
        if not QRectF(vis[0], vis[1]).contains(QRectF(x0, y0, x1 - x0, y1 - y0)):
            self.set_view(self.zoom, (x0 + x1) / 2, (y0 + y1) / 2)

    def request(self, after: Boxes, text: str, sel_after=(), merge_key: str | None = None) -> None:
        """Emit an edit (and apply it when direct_edits)."""
        if self.read_only:
            self.message.emit(say(self, "read_only"))
            return
        if after.equals(self.boxes):
            self._set_sel(list(sel_after))
            return
        edit = Edit(self.boxes, after, text, tuple(self._sel), tuple(sel_after), merge_key)
        if self.direct_edits:
            self.set_boxes(after, sel_after)
        self.editRequested.emit(edit)

    def class_name(self, class_id: int) -> str:
        c = int(class_id)
        return self.class_names[c] if 0 <= c < len(self.class_names) else f"class {c}?"

    def box_rect(self, xyxy) -> QRectF:
        """A box (image xyxy) in widget coordinates."""
        return QRectF(
            self.image_to_widget(QPointF(float(xyxy[0]), float(xyxy[1]))),
            self.image_to_widget(QPointF(float(xyxy[2]), float(xyxy[3]))),
        )

    @property
    def label_spots(self) -> dict[int, QRectF]:
        """Where the last paint put each box's label."""
        return self.painter.label_spots

    def paint_overlay(self, p) -> None:
        self.painter.paint(p)

    # ----- edits used by panes (widgets.canvas.commands) -----
    def set_class(self, class_id: int) -> None:
        self.box_commands.set_class(class_id)

    def delete_selected(self) -> None:
        self.box_commands.delete_selected()

    def pick_new_class(self, class_id: int | None) -> None:
        self.box_commands.pick_new_class(class_id)

    def new_box_text(self) -> str:
        return self.box_commands.new_box_text()

    def select_next(self, step: int = 1) -> None:
        self.box_commands.select_next(step)

    def class_menu(self, pos=None, on_pick=None) -> QMenu:
        return self.box_commands.class_menu(pos, on_pick)

    def cancel(self) -> bool:
        """Esc: leave drawing, drop a drag, clear the selection; False when there was nothing to
        cancel (the key then goes on to the parent, e.g. to close a help overlay)."""
        if not (self.draw_mode or self._drag or self._sel):
            return False
        self.draw_mode, self._drag, self.live, self.new_box = False, None, {}, None
        self._set_sel([])
        return True

    def event(self, e) -> bool:
        # Tab walks the boxes instead of moving the keyboard focus away
        if (
            e.type() == QEvent.Type.KeyPress
            and e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not e.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.keyPressEvent(e)
            return True
        return super().event(e)

    # ----- mouse -----
    def _tol(self) -> float:
        return GRAB_PX / max(self.zoom, 1e-6)

    def mousePressEvent(self, e) -> None:
        self.setFocus()
        pos = e.position()
        if e.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.RightButton):
            self._pan_from = self._press_at = pos
            return
        if e.button() != Qt.MouseButton.LeftButton or self.image() is None:
            return
        pt = self.widget_to_image(pos)
        x, y = pt.x(), pt.y()
        self._press_at = pos
        hit = None if self.draw_mode else hit_test(self.boxes, x, y, self._tol(), self.visible(), self._sel)
        ctrl = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if hit and ctrl:
            i = hit[0]
            self._set_sel([s for s in self._sel if s != i] if i in self._sel else self._sel + [i])
            return
        if hit is None:
            if not self.read_only:
                self._drag = {"kind": "draw", "start": (x, y)}
            if not self.draw_mode:
                self._set_sel([])
            return
        i, handle = hit
        if handle == INSIDE:
            if i not in self._sel:
                self._set_sel([i])
            self._drag = {"kind": "move", "start": (x, y), "orig": self.boxes.xyxy[self._sel].copy()}
        else:
            self._set_sel([i])
            self._drag = {"kind": "resize", "idx": i, "handle": handle, "orig": self.boxes.xyxy[i].copy()}

    def mouseMoveEvent(self, e) -> None:
        pos = e.position()
        self.cursor_img = self.widget_to_image(pos)
        x, y = self.cursor_img.x(), self.cursor_img.y()
        w, h = self.image_size()
        if self._pan_from is not None:
            d = pos - self._pan_from
            self._pan_from = pos
            self.set_view(self.zoom, self.center().x() - d.x() / self.zoom, self.center().y() - d.y() / self.zoom)
        elif self._drag is not None and not self.read_only:
            kind = self._drag["kind"]
            if kind == "draw":
                x0, y0 = self._drag["start"]
                self.new_box = box_from_drag(x0, y0, x, y, w, h)
            elif kind == "move":
                x0, y0 = self._drag["start"]
                new = moved(self._drag["orig"], x - x0, y - y0, w, h)
                self.live = {i: new[k] for k, i in enumerate(self._sel)}
            elif kind == "resize":
                i = self._drag["idx"]
                new = resized(self._drag["orig"], self._drag["handle"], x, y, w, h)
                self.live = {i: new}
                self.setCursor(_CURSORS[flipped_handle(self._drag["handle"], self._drag["orig"], new)])
        else:
            self._hover_cursor(x, y)
        self._emit_pixel(pos)
        self.update()

    def _hover_cursor(self, x: float, y: float) -> None:
        if self.draw_mode or self.image() is None:
            self.setCursor(Qt.CursorShape.CrossCursor)
            return
        hit = hit_test(self.boxes, x, y, self._tol(), self.visible(), self._sel)
        self.setCursor(_CURSORS[hit[1]] if hit else Qt.CursorShape.CrossCursor)

    def mouseReleaseEvent(self, e) -> None:
        pos = e.position()
        moved_far = (pos - getattr(self, "_press_at", pos)).manhattanLength() > CLICK_PX
        if e.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.RightButton):
            self._pan_from = None
            if e.button() == Qt.MouseButton.RightButton and not moved_far:
                pt = self.widget_to_image(pos)
                hit = hit_test(self.boxes, pt.x(), pt.y(), self._tol(), self.visible(), self._sel)
                if hit:
                    if hit[0] not in self._sel:
                        self._set_sel([hit[0]])
                    self.box_commands.class_menu(self.mapToGlobal(pos.toPoint()))
            return
        drag, self._drag = self._drag, None
        live, self.live = self.live, {}
        new_box, self.new_box = self.new_box, None
        if drag is None or not moved_far:
            self.update()
            return
        if drag["kind"] == "draw" and new_box is not None:
            self.draw_mode = False
            self.box_commands.add_box(new_box)
        elif drag["kind"] == "move" and live:
            idx = list(live)
            self.request(self.boxes.with_xyxy(idx, [live[i] for i in idx]), say(self, "undo_move"), self._sel)
        elif drag["kind"] == "resize" and live:
            i = drag["idx"]
            self.request(self.boxes.with_xyxy([i], [live[i]]), say(self, "undo_resize"), [i])
        self._hover_cursor(self.widget_to_image(pos).x(), self.widget_to_image(pos).y())
        self.update()

    def mouseDoubleClickEvent(self, e) -> None:
        if e.button() == Qt.MouseButton.MiddleButton:
            self.fit()

    def leaveEvent(self, e) -> None:
        self.cursor_img = None
        self.update()
        super().leaveEvent(e)


__all__ = ["BoxCanvas", "class_color", "HANDLES"]
