"""The review keyboard table, generated from the real QActions (one source for the F1 overlay and
the manual), and the overlay widget."""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout

from app.gui.i18n import translate

# The keyboard help: (group, [(keys, action)]). In `keys`, {name} stands for the shortcuts of the
# QAction `name` (the Review pane's actions and the box canvas' commands), so the table shows the
# bindings the code really has; the rest is mouse gestures. Marked for translation (QT_TRANSLATE_NOOP), translated
# where the table is made (key_rows).
LAYOUT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        QT_TRANSLATE_NOOP("Review", "Review"),
        [
            (
                "{accept}",
                QT_TRANSLATE_NOOP(
                    "Review", "Accept the image as reviewed (saves it) and open the next one in the queue"
                ),
            ),
            (
                "{next} / {prev}",
                QT_TRANSLATE_NOOP("Review", "Next / previous image (saves the current one)"),
            ),
            (
                "{save}",
                QT_TRANSLATE_NOOP("Review", "Save now (autosave also runs when leaving an image and after 2 s idle)"),
            ),
            (
                "{undo} / {redo}",
                QT_TRANSLATE_NOOP(
                    "Review",
                    "Undo / redo (history per image, until another dataset opens; with nothing to "
                    "undo here, Ctrl+Z goes back to the image edited last, such as one fixed with Y, "
                    "and undoes there)",
                ),
            ),
            (
                "{help}",
                QT_TRANSLATE_NOOP("Review", "Show / hide this help"),
            ),
            (
                "{audit_apply} / {audit_keep}",
                QT_TRANSLATE_NOOP("Review", "Audit finding: apply the model's suggestion / keep the label (dismissed)"),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Review", "Boxes"),
        [
            (
                QT_TRANSLATE_NOOP("Review", "{draw}, or drag on empty space"),
                QT_TRANSLATE_NOOP(
                    "Review",
                    "Draw a box (crosshair, and the class it gets, while drawing); it asks for its "
                    "class at the box (Enter: the suggested one, a digit: another) unless a class was"
                    " picked before drawing",
                ),
            ),
            (
                "{next_box} / {prev_box}",
                QT_TRANSLATE_NOOP("Review", "Select the next / previous box, least confident first"),
            ),
            (
                QT_TRANSLATE_NOOP("Review", "Click, Ctrl+click, {select_all}"),
                QT_TRANSLATE_NOOP("Review", "Select a box, add to the selection, select all"),
            ),
            (
                QT_TRANSLATE_NOOP("Review", "Drag a box / a handle"),
                QT_TRANSLATE_NOOP("Review", "Move (all selected boxes) / resize by any of the 8 handles"),
            ),
            (
                "{set_class}",
                QT_TRANSLATE_NOOP(
                    "Review",
                    "Set the class of the selected boxes: key 1 is class 0 of the label files, key 9 "
                    "class 8 (no selection: pick the class of new boxes)",
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Review", "{class_menu}, or right click"),
                QT_TRANSLATE_NOOP("Review", "Class picker for the selected boxes"),
            ),
            (
                "{delete}",
                QT_TRANSLATE_NOOP("Review", "Delete the selected boxes"),
            ),
            (
                "{nudge} ({nudge_10}: ×10)",
                QT_TRANSLATE_NOOP("Review", "Nudge the selected boxes by 1 pixel"),
            ),
            (
                "{copy} / {paste} / {duplicate}",
                QT_TRANSLATE_NOOP("Review", "Copy / paste / duplicate boxes"),
            ),
            (
                "{paste_previous}",
                QT_TRANSLATE_NOOP("Review", "Add the boxes of the previous image"),
            ),
            (
                "{snap} / {snap_selected}",
                QT_TRANSLATE_NOOP(
                    "Review",
                    "Snap tool on / off: drag a loose box or click inside an object, and its tight "
                    "box is proposed (Enter or Space accepts, Esc drops, wheel or +/- changes the "
                    "tolerance) / snap the selected box",
                ),
            ),
            (
                "{cancel}",
                QT_TRANSLATE_NOOP("Review", "Cancel drawing, clear the selection, close this help"),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Review", "Polygons and rotated boxes"),
        [
            (
                QT_TRANSLATE_NOOP("Review", "Drag a vertex, Alt+click an edge"),
                QT_TRANSLATE_NOOP("Review", "Move a vertex / insert one on the edge (double click too)"),
            ),
            (
                QT_TRANSLATE_NOOP("Review", "Click a vertex, then {delete}"),
                QT_TRANSLATE_NOOP("Review", "Delete that vertex (a polygon keeps at least 3)"),
            ),
            (
                QT_TRANSLATE_NOOP("Review", "{polygon}, clicks, {close_polygon}"),
                QT_TRANSLATE_NOOP(
                    "Review", "Draw a polygon point by point; Enter or a double click closes it, Esc cancels"
                ),
            ),
            (
                "{simplify} / {to_box}",
                QT_TRANSLATE_NOOP(
                    "Review", "Simplify the selected polygons (2 px tolerance) / turn them into their box"
                ),
            ),
            (
                "{rotate_ccw} / {rotate_cw} ({rotate_ccw_10} / {rotate_cw_10}: 10°)",
                QT_TRANSLATE_NOOP(
                    "Review",
                    "Rotate the selected rotated boxes by 1°; drag the knob to rotate, a handle to "
                    "resize along its sides",
                ),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Review", "View"),
        [
            (
                QT_TRANSLATE_NOOP("Review", "Wheel, {zoom_in} / {zoom_out}"),
                QT_TRANSLATE_NOOP("Review", "Zoom around the cursor"),
            ),
            (
                QT_TRANSLATE_NOOP("Review", "Middle or right drag"),
                QT_TRANSLATE_NOOP("Review", "Pan"),
            ),
            (
                QT_TRANSLATE_NOOP("Review", "{fit}, middle double click"),
                QT_TRANSLATE_NOOP("Review", "Fit the image"),
            ),
            (
                "{zoom_100}",
                "100 %",
            ),
        ],
    ),
]
ARROWS = ["Left", "Right", "Up", "Down"]


def key_list(action: QAction | None) -> str:
    """An action's keys for a tooltip: 'Del, Backspace' ('' without any)."""
    if action is None:
        return ""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts())


def shortcut_text(action: QAction) -> str:
    """An action's keys as the table shows them: 'Del (or Backspace)', '1 … 9', 'Arrow keys'."""
    keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]
    if not keys:
        raise ValueError(f"action {action.text()!r} has no shortcut")
    if (
        len(keys) > 2
        and all(k.isdigit() and len(k) == 1 for k in keys)
        and [int(k) for k in keys] == list(range(int(keys[0]), int(keys[0]) + len(keys)))
    ):
        return f"{keys[0]} … {keys[-1]}"
    for prefix, name in (
        ("", translate("Review", "Arrow keys")),
        ("Shift+", translate("Review", "Shift+arrow keys")),
    ):
        if sorted(keys) == sorted(prefix + a for a in ARROWS):
            return name
    if len(keys) == 1:
        return keys[0]
    return translate("Review", "{key} (or {others})").format(key=keys[0], others=", ".join(keys[1:]))


class _Keys(dict):
    """The {name} fields of LAYOUT: an action the user left without a key reads "no key"."""

    def __missing__(self, name: str) -> str:
        return translate("Review", "(no key)")


def key_rows(actions: dict[str, QAction]) -> list[tuple[str, list[tuple[str, str]]]]:
    """LAYOUT in the current language, each {name} replaced by the keys bound to that action now."""
    texts = _Keys({name: shortcut_text(a) for name, a in actions.items() if a.shortcuts()})
    return [
        (
            translate("Review", group),
            [(translate("Review", keys).format_map(texts), translate("Review", what)) for keys, what in rows],
        )
        for group, rows in LAYOUT
    ]


def keys_markdown(actions: dict[str, QAction]) -> str:
    """The keyboard table as it stands in the manual, resources/docs/review.md (a test keeps them equal)."""
    out = ["| Key | Action |", "|---|---|"]
    for _group, rows in key_rows(actions):
        for key, action in rows:
            out.append(f"| {key} | {action} |")
    return "\n".join(out)


def _html(actions: dict[str, QAction]) -> str:
    parts = ["<table cellspacing='0' cellpadding='3'>"]
    for group, rows in key_rows(actions):
        parts.append(f"<tr><td colspan='2' style='padding-top:8px'><b style='color:#8ab4f8'>{group}</b></td></tr>")
        for key, action in rows:
            parts.append(
                f"<tr><td style='padding-right:18px;white-space:nowrap'><b>{key}</b></td><td>{action}</td></tr>"
            )
    parts.append("</table>")
    return "".join(parts)


def command_texts() -> dict[str, str]:
    """The canvas commands' names in the current language (Settings ▸ Keyboard lists them)."""
    return {
        "set_class": translate("Review", "Set the class of the selected boxes (no selection: class of new boxes)"),
        "draw": translate("Review", "Draw a box (crosshair while drawing)"),
        "delete": translate("Review", "Delete the selected boxes (a picked vertex of a polygon: that vertex)"),
        "next_box": translate("Review", "Select the next box, least confident first"),
        "prev_box": translate("Review", "Select the previous box"),
        "cancel": translate("Review", "Cancel drawing, clear the selection"),
        "class_menu": translate("Review", "Class picker for the selected boxes"),
        "copy": translate("Review", "Copy the selected boxes"),
        "paste_previous": translate("Review", "Add the boxes of the previous image"),
        "paste": translate("Review", "Paste boxes"),
        "duplicate": translate("Review", "Duplicate the selected boxes"),
        "select_all": translate("Review", "Select all boxes"),
        "nudge": translate("Review", "Nudge the selected boxes by 1 pixel"),
        "nudge_10": translate("Review", "Nudge the selected boxes by 10 pixels"),
        "polygon": translate("Review", "Draw a polygon point by point"),
        "close_polygon": translate("Review", "Close the polygon being drawn"),
        "simplify": translate("Review", "Simplify the selected polygons"),
        "to_box": translate("Review", "Turn the selected polygons into their boxes"),
        "rotate_ccw": translate("Review", "Rotate the selected rotated boxes 1° counterclockwise"),
        "rotate_cw": translate("Review", "Rotate the selected rotated boxes 1° clockwise"),
        "rotate_ccw_10": translate("Review", "Rotate by 10° counterclockwise"),
        "rotate_cw_10": translate("Review", "Rotate by 10° clockwise"),
        "fit": translate("Review", "Fit the image"),
        "zoom_100": translate("Review", "Zoom to 100 %"),
        "zoom_in": translate("Review", "Zoom in"),
        "zoom_out": translate("Review", "Zoom out"),
    }


def canvas_texts() -> dict[str, str]:
    """The canvas' words (widgets.canvas.class_text.TEXTS: the same keys and fields) in the current language."""
    return {
        "read_only": translate("Review", "This label file is read-only here (see the message above the image)"),
        "no_class": translate("Review", "No class {id}: the dataset has classes 0 to {last}"),
        "new_boxes": translate("Review", "New boxes: {cls}"),
        "new_box_asks": translate("Review", "new box: asks its class"),
        "new_box": translate("Review", "new box: {cls}"),
        "no_box_drawn": translate("Review", "No box drawn: the folder has no class names yet"),
        "no_polygon_drawn": translate("Review", "No polygon drawn: the folder has no class names yet"),
        "copied_boxes": translate("Review", "Copied {n} box(es)"),
        "copied_shapes": translate("Review", "Copied {n} shape(s)"),
        "no_previous": translate("Review", "No boxes on the previous image"),
        "vertex_min": translate("Review", "A polygon keeps at least 3 points (Del without a picked vertex deletes it)"),
        "obb_hint": translate("Review", "Rotated boxes: draw one with W, then turn it with Z / X or its knob"),
        "polygon_hint": translate(
            "Review", "Click the points of the polygon; Enter or a double click closes it, Esc cancels"
        ),
        "polygon_short": translate("Review", "A polygon needs at least 3 points: nothing drawn"),
        "simplified": translate("Review", "Simplified: {before} → {after} points (tolerance {px} px)"),
        "undo_class": translate("Review", "Class {name}"),
        "undo_delete_one": translate("Review", "Delete {n} box"),
        "undo_delete_many": translate("Review", "Delete {n} boxes"),
        "undo_draw_box": translate("Review", "Draw box"),
        "undo_draw_class": translate("Review", "Draw {name}"),
        "undo_draw_polygon": translate("Review", "Draw polygon"),
        "undo_nudge": translate("Review", "Nudge"),
        "undo_paste": translate("Review", "Paste"),
        "undo_duplicate": translate("Review", "Duplicate"),
        "undo_paste_previous": translate("Review", "Boxes of previous image"),
        "undo_move": translate("Review", "Move"),
        "undo_resize": translate("Review", "Resize"),
        "undo_delete_vertex": translate("Review", "Delete vertex"),
        "undo_insert_vertex": translate("Review", "Insert vertex"),
        "undo_move_vertex": translate("Review", "Move vertex"),
        "undo_simplify": translate("Review", "Simplify"),
        "undo_to_box": translate("Review", "Polygon to box"),
        "undo_rotate": translate("Review", "Rotate"),
    }


class HelpOverlay(QFrame):
    """A translucent key table over the editor; F1 or Esc closes it."""

    def __init__(self, parent, actions: dict[str, QAction]):
        super().__init__(parent)
        self.setObjectName("reviewHelp")
        self.setStyleSheet(
            "#reviewHelp { background: rgba(24, 25, 28, 235); border: 1px solid #55585e;"
            " border-radius: 8px; } QLabel { color: #e2e4e8; }"
        )
        self.key_actions = actions  # name -> QAction: the table shows their keys as bound now
        title = QLabel()
        self.body = body = QLabel()
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)  # long rows wrap where the editor is narrow, never cut
        # taller than the editor (1280x720): the table scrolls inside the overlay
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the canvas
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.addWidget(title)
        lay.addWidget(self.scroll_area, 1)
        self.title = title
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """The title and the table in the current language, with the keys bound now."""
        self.title.setText(
            "<span style='font-size:15px'><b>{title}</b></span>  <span style='color:#9aa0a6'>{close}</span>".format(
                title=translate("Review", "Review keys"), close=translate("Review", "F1 or Esc to close")
            )
        )
        self.body.setText(_html(self.key_actions))
        if self.isVisible():
            self.place()

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.retranslate()  # a key rebound in Settings ▸ Keyboard shows at once
            self.place()
            self.raise_()

    def place(self) -> None:
        """Centred over the editor, at most its width (the text wraps) and its height (it scrolls)."""
        p, lay, scroll_bar = self.parentWidget(), self.layout(), self.scroll_area.verticalScrollBar()
        if p is None or lay is None or scroll_bar is None:
            return
        m = lay.contentsMargins()
        bar = scroll_bar.sizeHint().width()
        w = min(self._natural_width() + m.left() + m.right() + bar, max(200, p.width() - 16))
        inner = w - m.left() - m.right() - bar
        h = m.top() + m.bottom() + self.title.sizeHint().height() + lay.spacing() + self.body.heightForWidth(inner) + 4
        h = min(h, p.height() - 8)
        self.setGeometry(max(0, (p.width() - w) // 2), max(0, (p.height() - h) // 2), w, h)

    def _natural_width(self) -> int:
        """The table's width with no row wrapped."""
        from PyQt6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setDefaultFont(self.body.font())
        doc.setHtml(self.body.text())
        return int(doc.idealWidth()) + 8

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.hide()
        else:
            super().keyPressEvent(e)
