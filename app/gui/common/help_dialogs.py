"""Help ▸ Keyboard shortcuts and Help ▸ About (Help ▸ Manual is app/gui/common/manual.py).

The shortcut table is generated from the real QActions (one source of truth): the window's menu
actions with a shortcut, then per pane either its own table (`pane.shortcut_rows()`, Review's F1
table) or the QActions it holds with a shortcut plus its image view's commands. A key rebound in
code changes the table; nothing here lists a key by hand.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from app import __version__
from app.gui.common.manual import TOPICS
from app.gui.i18n import Retranslating, translate

LICENCE = "GNU AGPL-3.0-only"


def _keys(action: QAction) -> str:
    return " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def _plain(text: str) -> str:
    """Menu text without mnemonics and the shortcut column: '&Open Folder…\\tCtrl+O' -> 'Open Folder…'."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_rows(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    """(keys, 'File ▸ Open Folder…') for every action with a shortcut in a menu and its submenus."""
    rows = []
    for a in menu.actions():
        where = f"{path} ▸ {_plain(a.text())}" if path else _plain(a.text())
        sub = a.menu()
        if isinstance(sub, QMenu):
            rows += menu_rows(sub, where)
        elif a.shortcuts():
            rows.append((_keys(a), where))
    return rows


def action_rows(pane: QWidget) -> list[tuple[str, str]]:
    """A pane without its own table: its QActions with a shortcut, then its image view's commands."""
    rows, seen = [], set()
    for a in pane.findChildren(QAction):
        if a.shortcuts() and a.text() and id(a) not in seen:
            seen.add(id(a))
            rows.append((_keys(a), _plain(a.toolTip() or a.text())))
    get_view = getattr(pane, "image_view", None)
    view = get_view() if callable(get_view) else None
    if view is not None:
        image = translate("HelpDialogs", "Image: {command}")
        rows += [(_keys(a), image.format(command=_plain(a.text()))) for a in view.commands.values() if a.shortcuts()]
    return rows


def shortcut_groups(window) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(group, [(keys, what)])]: the window's menus, then every pane in tab order."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    groups = [(translate("HelpDialogs", "Window (menus)"), [r for m in menus for r in menu_rows(m, _plain(m.title()))])]
    for key, pane in window.panes.items():
        title = translate("Panes", key)
        own = getattr(pane, "shortcut_rows", None)
        if callable(own):
            for group, rows in own():
                groups.append((f"{title}: {group}", rows))
        else:
            rows = action_rows(pane)
            if rows:
                groups.append((title, rows))
    return groups


def unique_rows(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each key once per group: a pane's several image views (Process: original, result, split) and
    its own view commands bind F, Ctrl+1, + and - to the same "Fit the image", "100 %", "Zoom in"."""
    seen, out = set(), []
    for keys, what in rows:
        plain = what.split(": ", 1)[-1].strip().lower()
        if (keys, plain) not in seen:
            seen.add((keys, plain))
            out.append((keys, what))
    return out


def shortcuts_html(groups) -> str:
    parts = ["<table cellspacing='0' cellpadding='3'>"]
    for group, rows in groups:
        parts.append(f"<tr><td colspan='2' style='padding-top:10px'><b>{escape(group)}</b></td></tr>")
        for keys, what in unique_rows(rows):
            parts.append(
                f"<tr><td style='padding-right:18px;white-space:nowrap'><b>{escape(keys)}</b></td>"
                f"<td>{escape(what)}</td></tr>"
            )
    parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(Retranslating, QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.text = QTextBrowser()
        self.retranslate()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        screen = window.screen().availableGeometry() if window.screen() else None
        self.resize(760, min(760, screen.height() - 80) if screen else 700)

    def showEvent(self, e) -> None:
        """In front and with the keyboard, so Esc closes it at once (shown from the menu, it could stay
        behind the main window, whose Review pane then took Esc)."""
        super().showEvent(e)
        self.raise_()
        self.activateWindow()
        self.text.setFocus()

    def retranslate(self) -> None:
        """The table of the keys bound now (Settings ▸ Keyboard changes them), in the current language."""
        self.setWindowTitle(translate("HelpDialogs", "Keyboard shortcuts"))
        self.groups = shortcut_groups(self.window_)
        self.text.setHtml(shortcuts_html(self.groups))


def about_html(model_path, dataset) -> str:
    """Version, what LabelBench is, the model and dataset open, where to read more, the licence."""
    model = escape(str(model_path)) if model_path else escape(translate("HelpDialogs", "none (File ▸ Choose Model…)"))
    data = (
        escape(str(dataset))
        if dataset
        else escape(translate("HelpDialogs", "none (File ▸ Open Folder… / Open Dataset…)"))
    )
    chapters = " · ".join(escape(translate("Manual", title)) for _stem, title in TOPICS)
    return (
        f"<h3>LabelBench {escape(__version__)}</h3><p>"
        + translate(
            "HelpDialogs",
            "A desktop workbench for object-detection datasets: tune OpenCV processing live, bulk "
            "auto-label image folders with an Ultralytics YOLO model, correct the labels by hand (least sure "
            "first), find the labels most likely wrong, evaluate a detector and train one.",
        )
        + "</p><p>"
        + translate("HelpDialogs", "<b>Model:</b> {model}<br><b>Dataset:</b> {data}").format(model=model, data=data)
        + "</p><p>"
        + translate(
            "HelpDialogs",
            "<b>Read more</b> in Help ▸ Manual (the Markdown in resources/docs/), chapters: {chapters}; "
            "the overview is README.md. Every key: Help ▸ Keyboard shortcuts.",
        ).format(chapters=chapters)
        + "</p><p>"
        + translate("HelpDialogs", "<b>Licence:</b> {licence} (the LICENSE file).").format(licence=LICENCE)
        + "</p>"
    )


class AboutDialog(Retranslating, QDialog):
    def __init__(self, window, model_path: Path | None, dataset: Path | None):
        super().__init__(window)
        self.model_path, self.dataset = model_path, dataset
        self.text = QTextBrowser()
        self.retranslate()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        self.resize(560, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("HelpDialogs", "About LabelBench"))
        self.text.setHtml(about_html(self.model_path, self.dataset))
