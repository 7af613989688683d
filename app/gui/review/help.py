"""The review keyboard table (one source for the F1 overlay and the README) and the overlay widget."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QFrame, QLabel, QVBoxLayout

KEYS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Review", "", [
        ("Space", "Accept the image as reviewed (saves it) and open the next one in the queue"),
        ("D / A", "Next / previous image (saves the current one)"),
        ("Ctrl+S", "Save now (autosave also runs when leaving an image and after 2 s idle)"),
        ("Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", "Undo / redo (history per image, kept while the app runs)"),
        ("F1", "Show / hide this help"),
    ]),
    ("Boxes", "", [
        ("W, or drag on empty space", "Draw a box (crosshair while drawing)"),
        ("Tab / Shift+Tab", "Select the next / previous box, least confident first"),
        ("Click, Ctrl+click, Ctrl+A", "Select a box, add to the selection, select all"),
        ("Drag a box / a handle", "Move (all selected boxes) / resize by any of the 8 handles"),
        ("1 … 9", "Set the class of the selected boxes (no selection: class of new boxes)"),
        ("C, or right click", "Class picker for the selected boxes"),
        ("Del / Backspace", "Delete the selected boxes"),
        ("Arrow keys (Shift: ×10)", "Nudge the selected boxes by 1 pixel"),
        ("Ctrl+C / Ctrl+V / Ctrl+D", "Copy / paste / duplicate boxes"),
        ("Ctrl+Shift+V", "Add the boxes of the previous image"),
        ("Esc", "Cancel drawing, clear the selection, close this help"),
    ]),
    ("View", "", [
        ("Wheel, + / -", "Zoom around the cursor"),
        ("Middle or right drag", "Pan"),
        ("F, middle double click", "Fit the image"),
        ("Ctrl+1", "100 %"),
    ]),
]


def keys_markdown() -> str:
    """The keyboard table as it stands in README.md (a test keeps them equal)."""
    out = ["| Key | Action |", "|---|---|"]
    for _group, _, rows in KEYS:
        for key, action in rows:
            out.append(f"| {key} | {action} |")
    return "\n".join(out)


def _html() -> str:
    parts = ["<table cellspacing='0' cellpadding='3'>"]
    for group, _, rows in KEYS:
        parts.append(f"<tr><td colspan='2' style='padding-top:8px'><b style='color:#8ab4f8'>{group}</b></td></tr>")
        for key, action in rows:
            parts.append(f"<tr><td style='padding-right:18px;white-space:nowrap'><b>{key}</b></td>"
                         f"<td>{action}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class HelpOverlay(QFrame):
    """A translucent key table over the editor; F1 or Esc closes it."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("reviewHelp")
        self.setStyleSheet("#reviewHelp { background: rgba(24, 25, 28, 235); border: 1px solid #55585e;"
                           " border-radius: 8px; } QLabel { color: #e2e4e8; }")
        title = QLabel("<span style='font-size:15px'><b>Review keys</b></span>"
                       "  <span style='color:#9aa0a6'>F1 or Esc to close</span>")
        body = QLabel(_html())
        body.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.addWidget(title)
        lay.addWidget(body)
        self.hide()

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.place()
            self.raise_()

    def place(self) -> None:
        p = self.parentWidget()
        self.adjustSize()
        w, h = self.sizeHint().width(), self.sizeHint().height()
        self.setGeometry(max(0, (p.width() - w) // 2), max(0, (p.height() - h) // 2), w, h)

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.hide()
        else:
            super().keyPressEvent(e)
