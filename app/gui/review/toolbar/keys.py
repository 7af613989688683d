"""The review keyboard table, generated from the real QActions (one source for the F1 overlay and
the manual), and the overlay widget."""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout

# The keyboard help: (group, [(keys, action)]). In `keys`, {name} stands for the shortcuts of the
# QAction `name` (the Review pane's actions and the box canvas' commands), so the table shows the
# bindings the code really has; the rest is mouse gestures.
LAYOUT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Review",
        [
            ("{accept}", "Accept the image as reviewed (saves it) and open the next one in the queue"),
            ("{next} / {prev}", "Next / previous image (saves the current one)"),
            ("{save}", "Save now (autosave also runs when leaving an image and after 2 s idle)"),
            (
                "{undo} / {redo}",
                "Undo / redo (history per image, until another dataset opens; with nothing to undo here, Ctrl+Z goes back to the image edited last, such as one fixed with Y, and undoes there)",
            ),
            ("{help}", "Show / hide this help"),
            (
                "{audit_apply} / {audit_keep}",
                "Audit finding: apply the model's suggestion / keep the label (dismissed)",
            ),
        ],
    ),
    (
        "Boxes",
        [
            (
                "{draw}, or drag on empty space",
                "Draw a box (crosshair, and the class it gets, while drawing); it asks "
                "for its class at the box (Enter: the suggested one, a digit: another) "
                "unless a class was picked before drawing",
            ),
            ("{next_box} / {prev_box}", "Select the next / previous box, least confident first"),
            ("Click, Ctrl+click, {select_all}", "Select a box, add to the selection, select all"),
            ("Drag a box / a handle", "Move (all selected boxes) / resize by any of the 8 handles"),
            (
                "{set_class}",
                "Set the class of the selected boxes: key 1 is class 0 of the label files, key 9 class 8 "
                "(no selection: pick the class of new boxes)",
            ),
            ("{class_menu}, or right click", "Class picker for the selected boxes"),
            ("{delete}", "Delete the selected boxes"),
            ("{nudge} ({nudge_10}: ×10)", "Nudge the selected boxes by 1 pixel"),
            ("{copy} / {paste} / {duplicate}", "Copy / paste / duplicate boxes"),
            ("{paste_previous}", "Add the boxes of the previous image"),
            (
                "{snap} / {snap_selected}",
                "Snap tool on / off: drag a loose box or click inside an object, and its tight box "
                "is proposed (Enter or Space accepts, Esc drops, wheel or +/- changes the "
                "tolerance) / snap the selected box",
            ),
            ("{cancel}", "Cancel drawing, clear the selection, close this help"),
        ],
    ),
    (
        "Polygons and rotated boxes",
        [
            ("Drag a vertex, Alt+click an edge", "Move a vertex / insert one on the edge (double click too)"),
            ("Click a vertex, then {delete}", "Delete that vertex (a polygon keeps at least 3)"),
            (
                "{polygon}, clicks, {close_polygon}",
                "Draw a polygon point by point; Enter or a double click closes it, Esc cancels",
            ),
            ("{simplify} / {to_box}", "Simplify the selected polygons (2 px tolerance) / turn them into their box"),
            (
                "{rotate_ccw} / {rotate_cw} ({rotate_ccw_10} / {rotate_cw_10}: 10°)",
                "Rotate the selected rotated boxes by 1°; drag the knob to rotate, a handle to resize along its sides",
            ),
        ],
    ),
    (
        "View",
        [
            ("Wheel, {zoom_in} / {zoom_out}", "Zoom around the cursor"),
            ("Middle or right drag", "Pan"),
            ("{fit}, middle double click", "Fit the image"),
            ("{zoom_100}", "100 %"),
        ],
    ),
]
ARROWS = ["Left", "Right", "Up", "Down"]


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
    for prefix, name in (("", "Arrow keys"), ("Shift+", "Shift+arrow keys")):
        if sorted(keys) == sorted(prefix + a for a in ARROWS):
            return name
    return keys[0] + (f" (or {', '.join(keys[1:])})" if len(keys) > 1 else "")


def key_rows(actions: dict[str, QAction]) -> list[tuple[str, list[tuple[str, str]]]]:
    """LAYOUT with each {name} replaced by the keys bound to that action."""
    texts = {name: shortcut_text(a) for name, a in actions.items() if a.shortcuts()}
    return [(group, [(keys.format(**texts), what) for keys, what in rows]) for group, rows in LAYOUT]


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


class HelpOverlay(QFrame):
    """A translucent key table over the editor; F1 or Esc closes it."""

    def __init__(self, parent, actions: dict[str, QAction]):
        super().__init__(parent)
        self.setObjectName("reviewHelp")
        self.setStyleSheet(
            "#reviewHelp { background: rgba(24, 25, 28, 235); border: 1px solid #55585e;"
            " border-radius: 8px; } QLabel { color: #e2e4e8; }"
        )
        title = QLabel(
            "<span style='font-size:15px'><b>Review keys</b></span>"
            "  <span style='color:#9aa0a6'>F1 or Esc to close</span>"
        )
        self.body = body = QLabel(_html(actions))
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)  # long rows wrap where the editor is narrow, never cut
        # taller than the editor (1280x720): the table scrolls inside the overlay
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the canvas
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.addWidget(title)
        lay.addWidget(self.scroll, 1)
        self.title = title
        self.hide()

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.place()
            self.raise_()

    def place(self) -> None:
        """Centred over the editor, at most its width (the text wraps) and its height (it scrolls)."""
        p = self.parentWidget()
        m = self.layout().contentsMargins()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        w = min(self._natural_width() + m.left() + m.right() + bar, max(200, p.width() - 16))
        inner = w - m.left() - m.right() - bar
        h = (
            m.top()
            + m.bottom()
            + self.title.sizeHint().height()
            + self.layout().spacing()
            + self.body.heightForWidth(inner)
            + 4
        )
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
