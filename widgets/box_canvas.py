"""Box editor canvas: an ImageView that draws, selects, moves, resizes and relabels boxes.

The canvas never changes its boxes silently: every edit is emitted as a `widgets.boxes.Edit`
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
"""
from __future__ import annotations

import math

import numpy as np
from PyQt6.QtCore import QEvent, QPointF, QRectF, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PyQt6.QtWidgets import QMenu

from widgets.boxes import (
    HANDLES,
    INSIDE,
    Boxes,
    Edit,
    box_from_drag,
    flipped_handle,
    handle_points,
    hit_test,
    moved,
    rescaled,
    resized,
    tab_order,
    visible_mask,
)
from widgets.class_text import DIGIT_KEYS, class_text, digit_key
from widgets.image_view import ImageView
from widgets.palette import class_color
from widgets.prediction_layer import PredictionLayer

HANDLE_PX = 7          # handle size on screen
GRAB_PX = 6            # how close (screen pixels) the cursor must be to grab a handle
CLICK_PX = 3           # a press-release closer than this is a click, not a drag
LABEL_AVOID_MAX = 150  # more boxes than this: labels go above their boxes without avoiding each other
_CURSORS = {"nw": Qt.CursorShape.SizeFDiagCursor, "se": Qt.CursorShape.SizeFDiagCursor,
            "ne": Qt.CursorShape.SizeBDiagCursor, "sw": Qt.CursorShape.SizeBDiagCursor,
            "n": Qt.CursorShape.SizeVerCursor, "s": Qt.CursorShape.SizeVerCursor,
            "e": Qt.CursorShape.SizeHorCursor, "w": Qt.CursorShape.SizeHorCursor,
            INSIDE: Qt.CursorShape.SizeAllCursor}


class BoxCanvas(ImageView):
    editRequested = pyqtSignal(object)        # widgets.boxes.Edit
    selectionChanged = pyqtSignal(tuple)      # selected box indices
    message = pyqtSignal(str)                 # short hint for a status bar
    newClassChanged = pyqtSignal(object)      # class of new boxes picked before drawing (None: ask)

    clipboard: list[tuple[int, np.ndarray]] = []   # (class, xywhn) shared by all canvases

    def __init__(self, parent=None):
        super().__init__(parent)
        self.boxes = Boxes()
        self.class_names: list[str] = []
        self.hidden_classes: set[int] = set()
        self.min_conf = 0.0
        self.default_class = 0           # class of new boxes: the one picked, else the suggestion
        self.ask_class = False           # True: a new box asks for its class unless one was picked
        self.class_picked = False        # a class was picked for new boxes before drawing
        self.class_popup: QMenu | None = None   # the class question of the last new box
        self.direct_edits = True
        self.read_only = False
        self.previous: tuple[Boxes, tuple[int, int]] | None = None   # boxes of the previous image
        self.predictions = PredictionLayer()   # the model's view, dashed (not editable, not saved)
        self.draw_mode = False
        self._sel: list[int] = []
        self._drag: dict | None = None
        self._live: dict[int, np.ndarray] = {}      # box index -> xyxy shown during a drag
        self._new_box: np.ndarray | None = None
        self._cursor_img: QPointF | None = None
        self._pan_from: QPointF | None = None
        self.label_spots: dict[int, QRectF] = {}
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self._add_box_commands()

    # ----- data -----
    def set_document(self, image: np.ndarray | None, boxes: Boxes, keep_view: bool = False) -> None:
        """Show a new image with its boxes (selection cleared)."""
        self._drag, self._live, self._new_box, self.draw_mode = None, {}, None, False
        self.boxes = boxes
        self._set_sel([])
        self.set_image(image, keep_view=keep_view)

    def set_boxes(self, boxes: Boxes, selection=None) -> None:
        """Replace the boxes (undo/redo and commands call this)."""
        self.boxes = boxes
        self._drag, self._live = None, {}
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
            self.message.emit("This label file is read-only here (see the message above the image)")
            return
        if after.equals(self.boxes):
            self._set_sel(list(sel_after))
            return
        edit = Edit(self.boxes, after, text, tuple(self._sel), tuple(sel_after), merge_key)
        if self.direct_edits:
            self.set_boxes(after, sel_after)
        self.editRequested.emit(edit)

    # ----- operations (also used by menus and buttons) -----
    def set_class(self, class_id: int) -> None:
        if self.class_names and not 0 <= class_id < len(self.class_names):
            self.message.emit(f"No class {class_id}: the dataset has classes 0 to {len(self.class_names) - 1}")
            return
        if not self._sel:
            self.pick_new_class(class_id)
            self.message.emit(f"New boxes: {class_text(class_id, self.class_names)}")
            return
        self.request(self.boxes.with_class(self._sel, class_id), f"Class {self.class_name(class_id)}", self._sel)

    def delete_selected(self) -> None:
        if self._sel:
            n = len(self._sel)
            self.request(self.boxes.removed(self._sel), f"Delete {n} box" + ("es" if n > 1 else ""), ())

    def pick_new_class(self, class_id: int | None) -> None:
        """The class of the boxes drawn next (None: each new box asks, suggesting the last one)."""
        if class_id is not None:
            self.default_class = int(class_id)
        self.class_picked = class_id is not None
        self.newClassChanged.emit(class_id)
        self.update()

    def new_box_text(self) -> str:
        """What a new box will be: the picked class, or that it will ask."""
        if self.ask_class and not self.class_picked and self.class_names:
            return "new box: asks its class"
        return "new box: " + class_text(self.default_class, self.class_names)

    def add_box(self, xyxy, class_id: int | None = None) -> None:
        """Add a box (selected). Drawn with ask_class and no class picked: it gets the suggested
        class and a class popup opens at it; Enter keeps the suggestion, a digit or a click picks
        another (folded into the same undo step)."""
        c = self.default_class if class_id is None else class_id
        ask = class_id is None and self.ask_class and not self.class_picked and bool(self.class_names)
        after = self.boxes.added([xyxy], c)
        n = len(after) - 1
        self.request(after, "Draw box" if ask else f"Draw {self.class_name(c)}", (n,),
                     merge_key=f"new box {n}" if ask else None)
        if ask and len(self.boxes) == n + 1 and self._sel == [n]:
            self.ask_new_class(n)

    def ask_new_class(self, index: int) -> QMenu:
        """The class popup at a new box, the suggested class active (Enter accepts it)."""
        r = self._wrect(self.boxes.xyxy[index])
        menu = self.class_menu(None, on_pick=lambda c: self._answer_new_class(index, c))
        self.class_popup = menu
        menu.popup(self.mapToGlobal(r.bottomLeft().toPoint()))
        if 0 <= self.default_class < len(menu.actions()):
            menu.setActiveAction(menu.actions()[self.default_class])
        return menu

    def _answer_new_class(self, index: int, class_id: int) -> None:
        self.default_class = class_id          # the suggestion for the next box
        if 0 <= index < len(self.boxes) and int(self.boxes.cls[index]) != class_id:
            self.request(self.boxes.with_class([index], class_id), f"Draw {self.class_name(class_id)}", (index,),
                         merge_key=f"new box {index}")
        self.setFocus()

    def nudge(self, dx: float, dy: float) -> None:
        if not self._sel:
            return
        w, h = self.image_size()
        new = moved(self.boxes.xyxy[self._sel], dx, dy, w, h)
        self.request(self.boxes.with_xyxy(self._sel, new), "Nudge", self._sel,
                     merge_key="nudge:" + ",".join(map(str, self._sel)))

    def select_next(self, step: int = 1) -> None:
        order = tab_order(self.boxes, self.visible())
        if not order:
            return
        cur = self._sel[-1] if self._sel else None
        i = (order.index(cur) + step) % len(order) if cur in order else (0 if step > 0 else len(order) - 1)
        self.show_box(order[i])

    def copy(self) -> None:
        if self._sel:
            w, h = self.image_size()
            sub = self.boxes.subset(self._sel)
            BoxCanvas.clipboard = list(zip(sub.cls.tolist(), sub.to_xywhn(w, h)))
            self.message.emit(f"Copied {len(sub)} box(es)")

    def paste(self) -> None:
        if BoxCanvas.clipboard:
            w, h = self.image_size()
            cls = [c for c, _ in BoxCanvas.clipboard]
            b = Boxes.from_xywhn(cls, np.array([x for _, x in BoxCanvas.clipboard]), None, w, h)
            self._paste(b, "Paste")

    def duplicate(self) -> None:
        if self._sel:
            sub = self.boxes.subset(self._sel)
            self._paste(Boxes(sub.xyxy, sub.cls, None), "Duplicate")

    def paste_previous(self) -> None:
        if self.previous is None or not len(self.previous[0]):
            self.message.emit("No boxes on the previous image")
            return
        b = rescaled(self.previous[0], self.previous[1], self.image_size())
        self._paste(Boxes(b.xyxy, b.cls, None), "Boxes of previous image", offset=False)

    def _paste(self, b: Boxes, text: str, offset: bool = True) -> None:
        w, h = self.image_size()
        xyxy = b.xyxy
        if offset and len(self.boxes) and any(np.all(np.abs(self.boxes.xyxy - r) < 0.5, 1).any() for r in xyxy):
            xyxy = moved(xyxy, 10, 10, w, h)
        after = self.boxes.added(xyxy, b.cls)
        n0 = len(self.boxes)
        self.request(after, text, tuple(range(n0, len(after))))

    def class_name(self, class_id: int) -> str:
        c = int(class_id)
        return self.class_names[c] if 0 <= c < len(self.class_names) else f"class {c}?"

    def class_menu(self, pos=None, on_pick=None) -> QMenu:
        """A class picker (popup; returned for tests and callers): each class as in the files
        ('0 cat') with its digit key in the shortcut column; the digit keys pick in the menu too.
        on_pick(class_id) runs on a choice (default: set the class of the selection)."""
        menu = _ClassMenu(self)
        pick = on_pick or self.set_class
        for i in range(len(self.class_names)):
            a = menu.addAction(class_text(i, self.class_names) + (f"\t{digit_key(i)}" if digit_key(i) else ""))
            a.setIcon(_swatch(i))
            a.triggered.connect(lambda _=False, i=i: pick(i))
        if pos is not None:
            menu.popup(pos)
        return menu

    # ----- painting -----
    def paint_overlay(self, p: QPainter) -> None:
        if self.image() is None:
            return
        p.resetTransform()
        self.predictions.paint(p, self, self.class_names, self.min_conf, self.hidden_classes)
        vis = self.visible()
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.95))
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetricsF(font)
        sel = set(self._sel)
        order = [i for i in range(len(self.boxes)) if vis[i] and i not in sel] + [i for i in self._sel if vis[i]]
        labels = self._place_labels(fm, order[::-1])     # selected boxes choose their label spot first
        self.label_spots = labels                          # (where they went; tests read it)
        for i in order:
            xyxy = self._live.get(i, self.boxes.xyxy[i])
            r = self._wrect(xyxy)
            col = class_color(self.boxes.cls[i])
            known = not self.class_names or self.boxes.cls[i] < len(self.class_names)
            pen = QPen(col, 3.0 if i in sel else 2.0)
            if not known:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            fill = QColor(col)
            fill.setAlpha(55 if i in sel else 18)
            p.setBrush(QBrush(fill))
            p.drawRect(r)
        for i in order:                  # labels over every box fill, handles over every label
            self._draw_label(p, labels[i], i, class_color(self.boxes.cls[i]))
        if len(sel) == 1 and self._sel[0] in order:
            i = self._sel[0]
            self._draw_handles(p, self._live.get(i, self.boxes.xyxy[i]), class_color(self.boxes.cls[i]))
        if self._new_box is not None:
            p.setPen(QPen(class_color(self.default_class), 2.0, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self._wrect(self._new_box))
        if (self.draw_mode or self._new_box is not None) and self._cursor_img is not None:
            self._draw_crosshair(p)
            self._draw_cursor_tag(p, fm)

    def _wrect(self, xyxy) -> QRectF:
        a = self.image_to_widget(QPointF(float(xyxy[0]), float(xyxy[1])))
        b = self.image_to_widget(QPointF(float(xyxy[2]), float(xyxy[3])))
        return QRectF(a, b)

    def _label_text(self, i: int) -> str:
        c = self.boxes.conf[i]
        return self.class_name(self.boxes.cls[i]) + ("" if math.isnan(c) else f" {c:.2f}")

    def _place_labels(self, fm: QFontMetricsF, order) -> dict[int, QRectF]:
        """A spot for each box's label: above its top-left corner, else inside it, else below it,
        else above its right end; the first that does not cover a label already placed (two boxes
        on one object, a frequent model mistake, keep both names readable)."""
        placed: dict[int, QRectF] = {}
        th = fm.height() + 2
        avoid = len(order) <= LABEL_AVOID_MAX
        for i in order:
            r = self._wrect(self._live.get(i, self.boxes.xyxy[i]))
            tw = fm.horizontalAdvance(self._label_text(i)) + 8
            spots = [QRectF(r.left() - 1, r.top() - th, tw, th), QRectF(r.left() - 1, r.top(), tw, th),
                     QRectF(r.left() - 1, r.bottom(), tw, th), QRectF(r.right() - tw + 1, r.top() - th, tw, th)]
            ok = [q for q in spots if q.top() >= 0 and q.bottom() <= self.height()] or spots[1:2]
            placed[i] = next((q for q in ok if not any(q.intersects(o) for o in placed.values())), ok[0]) \
                if avoid else ok[0]
        return placed

    def _draw_label(self, p: QPainter, bg: QRectF, i: int, col: QColor) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(col)
        p.drawRect(bg)
        p.setPen(QColor(0, 0, 0) if _luma(col) > 150 else QColor(255, 255, 255))
        p.drawText(bg.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   self._label_text(i))

    def _draw_handles(self, p: QPainter, xyxy, col: QColor) -> None:
        p.setPen(QPen(col, 1.5))
        p.setBrush(QColor(255, 255, 255))
        for x, y in handle_points(xyxy).values():
            c = self.image_to_widget(QPointF(x, y))
            p.drawRect(QRectF(c.x() - HANDLE_PX / 2, c.y() - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX))

    def _draw_crosshair(self, p: QPainter) -> None:
        w, h = self.image_size()
        x = min(max(self._cursor_img.x(), 0), w)
        y = min(max(self._cursor_img.y(), 0), h)
        p.setPen(QPen(QColor(255, 255, 255, 200), 1.0, Qt.PenStyle.DashLine))
        a, b = self.image_to_widget(QPointF(x, 0)), self.image_to_widget(QPointF(x, h))
        p.drawLine(a, b)
        a, b = self.image_to_widget(QPointF(0, y)), self.image_to_widget(QPointF(w, y))
        p.drawLine(a, b)

    def _draw_cursor_tag(self, p: QPainter, fm: QFontMetricsF) -> None:
        """Beside the cursor while drawing: the class the new box will get (or that it will ask)."""
        text = self.new_box_text()
        at = self.image_to_widget(self._cursor_img)
        r = QRectF(at.x() + 14, at.y() + 14, fm.horizontalAdvance(text) + 10, fm.height() + 4)
        r.moveLeft(min(r.left(), self.width() - r.width() - 2))
        r.moveTop(min(r.top(), self.height() - r.height() - 2))
        picked = not (self.ask_class and not self.class_picked and self.class_names)
        col = class_color(self.default_class) if picked else QColor(60, 62, 68)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(col)
        p.drawRect(r)
        p.setPen(QColor(0, 0, 0) if _luma(col) > 150 else QColor(255, 255, 255))
        p.drawText(r.adjusted(5, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

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
        self._cursor_img = self.widget_to_image(pos)
        x, y = self._cursor_img.x(), self._cursor_img.y()
        w, h = self.image_size()
        if self._pan_from is not None:
            d = pos - self._pan_from
            self._pan_from = pos
            self.set_view(self.zoom, self.center().x() - d.x() / self.zoom, self.center().y() - d.y() / self.zoom)
        elif self._drag is not None and not self.read_only:
            kind = self._drag["kind"]
            if kind == "draw":
                x0, y0 = self._drag["start"]
                self._new_box = box_from_drag(x0, y0, x, y, w, h)
            elif kind == "move":
                x0, y0 = self._drag["start"]
                new = moved(self._drag["orig"], x - x0, y - y0, w, h)
                self._live = {i: new[k] for k, i in enumerate(self._sel)}
            elif kind == "resize":
                i = self._drag["idx"]
                new = resized(self._drag["orig"], self._drag["handle"], x, y, w, h)
                self._live = {i: new}
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
                    self.class_menu(self.mapToGlobal(pos.toPoint()))
            return
        drag, self._drag = self._drag, None
        live, self._live = self._live, {}
        new_box, self._new_box = self._new_box, None
        if drag is None or not moved_far:
            self.update()
            return
        if drag["kind"] == "draw" and new_box is not None:
            self.draw_mode = False
            self.add_box(new_box)
        elif drag["kind"] == "move" and live:
            idx = list(live)
            self.request(self.boxes.with_xyxy(idx, [live[i] for i in idx]), "Move", self._sel)
        elif drag["kind"] == "resize" and live:
            i = drag["idx"]
            self.request(self.boxes.with_xyxy([i], [live[i]]), "Resize", [i])
        self._hover_cursor(self.widget_to_image(pos).x(), self.widget_to_image(pos).y())
        self.update()

    def mouseDoubleClickEvent(self, e) -> None:
        if e.button() == Qt.MouseButton.MiddleButton:
            self.fit()

    def leaveEvent(self, e) -> None:
        self._cursor_img = None
        self.update()
        super().leaveEvent(e)

    # ----- keys -----
    def event(self, e) -> bool:
        # Tab walks the boxes instead of moving the keyboard focus away
        if e.type() == QEvent.Type.KeyPress and e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.keyPressEvent(e)
            return True
        return super().event(e)

    def _add_box_commands(self) -> None:
        add = self.add_command
        add("set_class", "Set the class of the selected boxes (no selection: class of new boxes)",
            [str(d) for d in range(1, 10)], lambda k: self.set_class(int(k.toString()) - 1) if k else None)
        add("draw", "Draw a box (crosshair while drawing)", ["W"], lambda _k: self.toggle_draw())
        add("delete", "Delete the selected boxes", ["Del", "Backspace"], lambda _k: self.delete_selected())
        add("next_box", "Select the next box, least confident first", ["Tab"], lambda _k: self.select_next(1))
        add("prev_box", "Select the previous box", ["Shift+Tab"], lambda _k: self.select_next(-1))
        add("cancel", "Cancel drawing, clear the selection", ["Esc"], lambda _k: self.cancel())
        add("class_menu", "Class picker for the selected boxes", ["C"], lambda _k: self.class_menu_at_selection())
        add("copy", "Copy the selected boxes", ["Ctrl+C"], lambda _k: self.copy())
        add("paste_previous", "Add the boxes of the previous image", ["Ctrl+Shift+V"],
            lambda _k: self.paste_previous())
        add("paste", "Paste boxes", ["Ctrl+V"], lambda _k: self.paste())
        add("duplicate", "Duplicate the selected boxes", ["Ctrl+D"], lambda _k: self.duplicate())
        add("select_all", "Select all boxes", ["Ctrl+A"],
            lambda _k: self._set_sel([int(i) for i in np.flatnonzero(self.visible())]))
        arrows = {"Left": (-1, 0), "Right": (1, 0), "Up": (0, -1), "Down": (0, 1)}
        add("nudge", "Nudge the selected boxes by 1 pixel", list(arrows),
            lambda k: self._nudge_key(k, arrows, 1.0))
        add("nudge_10", "Nudge the selected boxes by 10 pixels", [f"Shift+{a}" for a in arrows],
            lambda k: self._nudge_key(k, arrows, 10.0))

    def toggle_draw(self) -> None:
        self.draw_mode = not self.draw_mode and not self.read_only
        self.setCursor(Qt.CursorShape.CrossCursor if self.draw_mode else Qt.CursorShape.ArrowCursor)
        self.update()

    def cancel(self) -> bool:
        """Esc: leave drawing, drop a drag, clear the selection; False when there was nothing to
        cancel (the key then goes on to the parent, e.g. to close a help overlay)."""
        if not (self.draw_mode or self._drag or self._sel):
            return False
        self.draw_mode, self._drag, self._live, self._new_box = False, None, {}, None
        self._set_sel([])
        return True

    def class_menu_at_selection(self) -> bool:
        if not (self._sel and self.class_names):
            return False
        r = self._wrect(self.boxes.xyxy[self._sel[0]])
        self.class_menu(self.mapToGlobal(r.bottomLeft().toPoint()))
        return True

    def _nudge_key(self, key, arrows: dict, step: float) -> bool:
        if not self._sel or key is None:
            return False
        dx, dy = arrows[key.toString().rsplit("+", 1)[-1]]
        self.nudge(dx * step, dy * step)
        return True


class _ClassMenu(QMenu):
    """The class picker: digit key k picks class k-1, Enter the active (suggested) class."""

    def keyPressEvent(self, e) -> None:
        k = e.key() - Qt.Key.Key_1.value
        acts = self.actions()
        if 0 <= k < min(DIGIT_KEYS, len(acts)) and not e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.close()
            acts[k].trigger()
            return
        super().keyPressEvent(e)


def _luma(c: QColor) -> float:
    """Perceived brightness (Rec. 601): picks black or white text on a class colour."""
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def _swatch(class_id: int):
    from PyQt6.QtGui import QIcon, QPixmap
    pm = QPixmap(12, 12)
    pm.fill(class_color(class_id))
    return QIcon(pm)


__all__ = ["BoxCanvas", "class_color", "HANDLES"]
