"""The BoxCanvas's commands: the edits it requests (class, delete, nudge, copy / paste /
duplicate, the boxes of the previous image, a new box and its class question), the class picker
menu, and the key table (ImageView.add_command: one QAction per command, shown in the help).

Owned by a widgets.canvas.box_canvas.BoxCanvas (`CanvasCommands(canvas)`, then add_keys()): every edit
goes through the canvas's request() (an Edit on editRequested); it reads the canvas's public
state (boxes, selected, class names, image size, the class of new boxes) and nothing private.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QMenu

from widgets.canvas.boxes import moved, tab_order
from widgets.canvas.class_text import DIGIT_KEYS, class_text, digit_key, say
from widgets.canvas.clipboard import appended, clip_items, placed, shifted
from widgets.canvas.shapes_model import Shapes
from widgets.palette import class_color


class CanvasCommands:
    """Edits, the class menu and the keys of a BoxCanvas."""

    clipboard: list[tuple[int, str, np.ndarray]] = []  # (class, kind, normalized coords): widgets.canvas.clipboard

    def __init__(self, canvas) -> None:
        self.canvas = canvas  # a widgets.canvas.box_canvas.BoxCanvas

    # ----- edits (also used by menus and buttons) -----
    def set_class(self, class_id: int) -> None:
        cv = self.canvas
        sel = cv.selected
        if cv.class_names and not 0 <= class_id < len(cv.class_names):
            cv.message.emit(say(cv, "no_class", id=class_id, last=len(cv.class_names) - 1))
            return
        if not sel:
            self.pick_new_class(class_id)
            cv.message.emit(say(cv, "new_boxes", cls=class_text(class_id, cv.class_names)))
            return
        cv.request(cv.boxes.with_class(sel, class_id), say(cv, "undo_class", name=cv.class_name(class_id)), sel)

    def delete_selected(self) -> None:
        cv = self.canvas
        sel = cv.selected
        if sel:
            n = len(sel)
            cv.request(cv.boxes.removed(sel), say(cv, "undo_delete_many" if n > 1 else "undo_delete_one", n=n), ())

    def pick_new_class(self, class_id: int | None) -> None:
        """The class of the boxes drawn next (None: each new box asks, suggesting the last one)."""
        cv = self.canvas
        if class_id is not None:
            cv.default_class = int(class_id)
        cv.class_picked = class_id is not None
        cv.newClassChanged.emit(class_id)
        cv.update()

    def new_box_text(self) -> str:
        """What a new box will be: the picked class, or that it will ask."""
        cv = self.canvas
        if cv.ask_class and not cv.class_picked and cv.class_names:
            return say(cv, "new_box_asks")
        return say(cv, "new_box", cls=class_text(cv.default_class, cv.class_names))

    def add_box(self, xyxy, class_id: int | None = None) -> None:
        """Add a box (selected). Drawn with ask_class and no class picked: it gets the suggested
        class and a class popup opens at it; Enter keeps the suggestion, a digit or a click picks
        another (folded into the same undo step). With ask_class and no class names at all, the
        canvas' `name_classes()` is asked first (the Review pane asks the user); when it gives
        none, no box is added."""
        cv = self.canvas
        if (
            class_id is None
            and cv.ask_class
            and not cv.class_names
            and cv.name_classes is not None
            and not cv.name_classes()
        ):  # no class list yet: its names first (None: never a bare id)
            cv.message.emit(say(cv, "no_box_drawn"))
            cv.update()
            return
        if class_id is None and cv.class_names and not 0 <= cv.default_class < len(cv.class_names):
            cv.default_class = 0  # a suggestion from another class list
        c = cv.default_class if class_id is None else class_id
        ask = class_id is None and cv.ask_class and not cv.class_picked and bool(cv.class_names)
        after = cv.boxes.added([xyxy], c)
        n = len(after) - 1
        cv.request(
            after,
            say(cv, "undo_draw_box") if ask else say(cv, "undo_draw_class", name=cv.class_name(c)),
            (n,),
            merge_key=f"new box {n}" if ask else None,
        )
        if ask and len(cv.boxes) == n + 1 and cv.selected == [n]:
            self.ask_new_class(n)

    def ask_new_class(self, index: int) -> QMenu:
        """The class popup at a new box, the suggested class active (Enter accepts it)."""
        cv = self.canvas
        r = cv.box_rect(cv.boxes.xyxy[index])
        menu = self.class_menu(None, on_pick=lambda c: self._answer_new_class(index, c))
        cv.class_popup = menu
        menu.popup(cv.mapToGlobal(r.bottomLeft().toPoint()))
        if 0 <= cv.default_class < len(menu.actions()):
            menu.setActiveAction(menu.actions()[cv.default_class])
        return menu

    def _answer_new_class(self, index: int, class_id: int) -> None:
        cv = self.canvas
        cv.default_class = class_id  # the suggestion for the next box
        if 0 <= index < len(cv.boxes) and int(cv.boxes.cls[index]) != class_id:
            cv.request(
                cv.boxes.with_class([index], class_id),
                say(cv, "undo_draw_class", name=cv.class_name(class_id)),
                (index,),
                merge_key=f"new box {index}",
            )
        cv.setFocus()

    def nudge(self, dx: float, dy: float) -> None:
        cv = self.canvas
        sel = cv.selected
        if not sel:
            return
        w, h = cv.image_size()
        new = moved(cv.boxes.xyxy[sel], dx, dy, w, h)
        cv.request(
            cv.boxes.with_xyxy(sel, new), say(cv, "undo_nudge"), sel, merge_key="nudge:" + ",".join(map(str, sel))
        )

    def select_next(self, step: int = 1) -> None:
        cv = self.canvas
        sel = cv.selected
        order = tab_order(cv.boxes, cv.visible())
        if not order:
            return
        cur = sel[-1] if sel else None
        i = (order.index(cur) + step) % len(order) if cur in order else (0 if step > 0 else len(order) - 1)
        cv.show_box(order[i])

    def copy(self) -> None:
        cv = self.canvas
        sel = cv.selected
        if sel:
            w, h = cv.image_size()
            sub = cv.boxes.subset(sel)
            CanvasCommands.clipboard = clip_items(sub, w, h)
            cv.message.emit(say(cv, "copied_shapes" if isinstance(sub, Shapes) else "copied_boxes", n=len(sub)))

    def paste(self) -> None:
        cv = self.canvas
        if CanvasCommands.clipboard:
            self._paste(placed(CanvasCommands.clipboard, cv.boxes, *cv.image_size()), say(cv, "undo_paste"))

    def duplicate(self) -> None:
        cv = self.canvas
        sel = cv.selected
        if sel:
            sub = cv.boxes.subset(sel)
            self._paste(shifted(sub, 0, 0), say(cv, "undo_duplicate"))

    def paste_previous(self) -> None:
        cv = self.canvas
        if cv.previous is None or not len(cv.previous[0]):
            cv.message.emit(say(cv, "no_previous"))
            return
        prev, (pw, ph) = cv.previous
        self._paste(placed(clip_items(prev, pw, ph), cv.boxes, *cv.image_size()), say(cv, "undo_paste_previous"), False)

    def _paste(self, b, text: str, offset: bool = True) -> None:
        """Add b (Boxes or Shapes made for this document) selected, moved by 10 pixels when one of
        them would lie exactly on an object already there."""
        cv = self.canvas
        w, h = cv.image_size()
        xyxy = b.xyxy
        if offset and len(cv.boxes) and any(np.all(np.abs(cv.boxes.xyxy - r) < 0.5, 1).any() for r in xyxy):
            d = moved(xyxy, 10, 10, w, h)[:1] - xyxy[:1]
            b = shifted(b, float(d[0, 0]), float(d[0, 1]))
        after = appended(cv.boxes, b)
        n0 = len(cv.boxes)
        cv.request(after, text, tuple(range(n0, len(after))))

    def class_menu(self, pos=None, on_pick=None) -> QMenu:
        """A class picker (popup; returned for tests and callers): each class as in the files
        ('0 cat') with its digit key in the shortcut column; the digit keys pick in the menu too.
        on_pick(class_id) runs on a choice (default: set the class of the selection)."""
        cv = self.canvas
        menu = _ClassMenu(self.canvas)
        pick = on_pick or self.set_class
        for i in range(len(cv.class_names)):
            a = menu.addAction(class_text(i, cv.class_names) + (f"\t{digit_key(i)}" if digit_key(i) else ""))
            assert a is not None  # QMenu.addAction(text) always returns the new action
            a.setIcon(_swatch(i))
            a.triggered.connect(lambda _=False, i=i: pick(i))
        if pos is not None:
            menu.popup(pos)
        return menu

    # ----- keys -----
    def add_keys(self) -> None:
        cv = self.canvas
        add = cv.add_command
        add(
            "set_class",
            "Set the class of the selected boxes (no selection: class of new boxes)",
            [str(d) for d in range(1, 10)],
            lambda k: self.set_class(int(k.toString()) - 1) if k else None,
        )
        add("draw", "Draw a box (crosshair while drawing)", ["W"], lambda _k: self.toggle_draw())
        add("delete", "Delete the selected boxes", ["Del", "Backspace"], lambda _k: self.delete_selected())
        add("next_box", "Select the next box, least confident first", ["Tab"], lambda _k: self.select_next(1))
        add("prev_box", "Select the previous box", ["Shift+Tab"], lambda _k: self.select_next(-1))
        add("cancel", "Cancel drawing, clear the selection", ["Esc"], lambda _k: cv.cancel())
        add("class_menu", "Class picker for the selected boxes", ["C"], lambda _k: self.class_menu_at_selection())
        add("copy", "Copy the selected boxes", ["Ctrl+C"], lambda _k: self.copy())
        add("paste_previous", "Add the boxes of the previous image", ["Ctrl+Shift+V"], lambda _k: self.paste_previous())
        add("paste", "Paste boxes", ["Ctrl+V"], lambda _k: self.paste())
        add("duplicate", "Duplicate the selected boxes", ["Ctrl+D"], lambda _k: self.duplicate())
        add("select_all", "Select all boxes", ["Ctrl+A"], lambda _k: cv.set_selection(np.flatnonzero(cv.visible())))
        arrows = {"Left": (-1, 0), "Right": (1, 0), "Up": (0, -1), "Down": (0, 1)}
        add("nudge", "Nudge the selected boxes by 1 pixel", list(arrows), lambda k: self._nudge_key(k, arrows, 1.0))
        add(
            "nudge_10",
            "Nudge the selected boxes by 10 pixels",
            [f"Shift+{a}" for a in arrows],
            lambda k: self._nudge_key(k, arrows, 10.0),
        )

    def toggle_draw(self) -> None:
        cv = self.canvas
        cv.draw_mode = not cv.draw_mode and not cv.read_only
        cv.setCursor(Qt.CursorShape.CrossCursor if cv.draw_mode else Qt.CursorShape.ArrowCursor)
        cv.update()

    def class_menu_at_selection(self) -> bool:
        cv = self.canvas
        sel = cv.selected
        if not (sel and cv.class_names):
            return False
        r = cv.box_rect(cv.boxes.xyxy[sel[0]])
        self.class_menu(cv.mapToGlobal(r.bottomLeft().toPoint()))
        return True

    def _nudge_key(self, key, arrows: dict, step: float) -> bool:
        if not self.canvas.selected or key is None:
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
