"""The BoxCanvas's commands: the edits it requests (class, delete, nudge, copy / paste /
duplicate, the boxes of the previous image, a new box and its class question), the class picker
menu, and the key table (ImageView.add_command: one QAction per command, shown in the help).

A mixin of widgets.box_canvas.BoxCanvas (an ImageView): every edit goes through the canvas's
request() (an Edit on editRequested); it reads boxes, the selection (_sel), class names and
image size from the canvas.
"""
from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QEvent, Qt
from PyQt6.QtWidgets import QMenu

from widgets.boxes import Boxes, moved, rescaled, tab_order
from widgets.class_text import DIGIT_KEYS, class_text, digit_key
from widgets.palette import class_color


class BoxCommands:
    """Edits, the class menu and the keys of a BoxCanvas."""

    clipboard: list[tuple[int, np.ndarray]] = []   # (class, xywhn) shared by all canvases

    # ----- edits (also used by menus and buttons) -----
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
            BoxCommands.clipboard = list(zip(sub.cls.tolist(), sub.to_xywhn(w, h)))
            self.message.emit(f"Copied {len(sub)} box(es)")

    def paste(self) -> None:
        if BoxCommands.clipboard:
            w, h = self.image_size()
            cls = [c for c, _ in BoxCommands.clipboard]
            b = Boxes.from_xywhn(cls, np.array([x for _, x in BoxCommands.clipboard]), None, w, h)
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


def _swatch(class_id: int):
    from PyQt6.QtGui import QIcon, QPixmap
    pm = QPixmap(12, 12)
    pm.fill(class_color(class_id))
    return QIcon(pm)
