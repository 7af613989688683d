"""How a class is named on screen: its id as in the label files (0-based) and its name, with the
digit key that picks it as a separate hint (key 1 is class 0, ... key 9 is class 8).

    class_text(0, ["circle"])      -> "0 circle"
    key_hint(0)                    -> "[1]"
    class_entry(0, ["circle"])     -> "0 circle  [1]"
"""

from __future__ import annotations

DIGIT_KEYS = 9  # classes 0..8 have a digit key (1..9)


def class_text(class_id: int, names: list[str]) -> str:
    """'0 circle'; an id outside the names: '7 class 7?'."""
    c = int(class_id)
    return f"{c} {names[c]}" if 0 <= c < len(names) else f"{c} class {c}?"


def digit_key(class_id: int) -> str:
    """The digit key that picks the class ('' for class 9 and above)."""
    return str(int(class_id) + 1) if 0 <= int(class_id) < DIGIT_KEYS else ""


def key_hint(class_id: int) -> str:
    k = digit_key(class_id)
    return f"[{k}]" if k else ""


def class_entry(class_id: int, names: list[str]) -> str:
    """A list or menu entry: the class as in the files, then its key as a hint."""
    hint = key_hint(class_id)
    return class_text(class_id, names) + (f"  {hint}" if hint else "")


# The words a canvas says (status hints, the names of its undo steps, the tag beside the cursor), in
# English. A pane that speaks another language hands the canvas its own (`canvas.texts`: the same
# keys, the same {fields}); widgets import nothing from the app, so the translating stays there.
TEXTS: dict[str, str] = {
    "read_only": "This label file is read-only here (see the message above the image)",
    "no_class": "No class {id}: the dataset has classes 0 to {last}",
    "new_boxes": "New boxes: {cls}",
    "new_box_asks": "new box: asks its class",
    "new_box": "new box: {cls}",
    "no_box_drawn": "No box drawn: the folder has no class names yet",
    "no_polygon_drawn": "No polygon drawn: the folder has no class names yet",
    "copied_boxes": "Copied {n} box(es)",
    "copied_shapes": "Copied {n} shape(s)",
    "no_previous": "No boxes on the previous image",
    "vertex_min": "A polygon keeps at least 3 points (Del without a picked vertex deletes it)",
    "obb_hint": "Rotated boxes: draw one with W, then turn it with Z / X or its knob",
    "polygon_hint": "Click the points of the polygon; Enter or a double click closes it, Esc cancels",
    "polygon_short": "A polygon needs at least 3 points: nothing drawn",
    "simplified": "Simplified: {before} → {after} points (tolerance {px} px)",
    # undo steps ("Undo Move")
    "undo_class": "Class {name}",
    "undo_delete_one": "Delete {n} box",
    "undo_delete_many": "Delete {n} boxes",
    "undo_draw_box": "Draw box",
    "undo_draw_class": "Draw {name}",
    "undo_draw_polygon": "Draw polygon",
    "undo_nudge": "Nudge",
    "undo_paste": "Paste",
    "undo_duplicate": "Duplicate",
    "undo_paste_previous": "Boxes of previous image",
    "undo_move": "Move",
    "undo_resize": "Resize",
    "undo_delete_vertex": "Delete vertex",
    "undo_insert_vertex": "Insert vertex",
    "undo_move_vertex": "Move vertex",
    "undo_simplify": "Simplify",
    "undo_to_box": "Polygon to box",
    "undo_rotate": "Rotate",
}


def say(canvas, key: str, **fields) -> str:
    """The canvas' text `key` in its language (`canvas.texts`, else English), its {fields} filled."""
    text = (getattr(canvas, "texts", None) or {}).get(key) or TEXTS[key]
    return text.format(**fields) if fields else text
