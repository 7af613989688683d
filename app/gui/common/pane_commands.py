"""The window's Edit menu, File ▸ Save and View's zoom commands, acting on the pane in front.

This module knows no pane (app/gui/main_window.py does); a pane opts in by implementing one or both
protocols below (checked with isinstance, so a pane need not inherit anything):

    EditingPane.menu_actions() -> {"undo", "redo", "delete", "select_all", "save": QAction}   its own actions
    ViewingPane.image_view()   -> widgets.image_view.ImageView   (zoom commands and the zoom readout)

Each menu entry is a proxy of the pane's action: it triggers it, shows that action's keys (the
pane's real binding: no second shortcut is registered, so no key is ever ambiguous) and is
disabled where the pane in front has no such action, or where the action's MENU_ENABLED property is
False (Review's Delete with nothing selected, whose key stays active; emit its `changed` after
setting it).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QObject, pyqtSignal
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import QMenu

from app.gui.i18n import translate
from widgets.image_view import ImageView

MENU_ENABLED = "menuEnabled"  # a pane's action property: False greys its menu entry (see the docstring)

SAVE = QT_TRANSLATE_NOOP("PaneCommands", "&Save")
EDIT = (
    ("undo", QT_TRANSLATE_NOOP("PaneCommands", "&Undo")),
    ("redo", QT_TRANSLATE_NOOP("PaneCommands", "&Redo")),
    ("delete", QT_TRANSLATE_NOOP("PaneCommands", "&Delete")),
    ("select_all", QT_TRANSLATE_NOOP("PaneCommands", "Select &All")),
)
ZOOM = (
    ("zoom_in", QT_TRANSLATE_NOOP("PaneCommands", "Zoom &In")),
    ("zoom_out", QT_TRANSLATE_NOOP("PaneCommands", "Zoom &Out")),
    ("fit", QT_TRANSLATE_NOOP("PaneCommands", "&Fit to Window")),
    ("zoom_100", QT_TRANSLATE_NOOP("PaneCommands", "&100 %")),
)


@runtime_checkable
class EditingPane(Protocol):
    def menu_actions(self) -> dict[str, QAction | None]: ...


@runtime_checkable
class ViewingPane(Protocol):
    def image_view(self) -> ImageView | None: ...


def keys_text(action: QAction) -> str:
    """The keys of an action as a menu shows them ('Ctrl+Z', 'Del')."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()[:2])


def zoom_text(view: ImageView | None) -> str:
    if view is None or view.image() is None:
        return ""
    return translate("PaneCommands", "Zoom {percent} %").format(percent=f"{view.zoom * 100:.0f}")


class PaneCommands(QObject):
    """Proxies in the window's menus for the pane in front; `retarget(pane)` on every tab change."""

    zoomChanged = pyqtSignal(str)  # "Zoom 125 %" for the pane in front ("" without an image)

    def __init__(self, parent: QObject | None, file_menu: QMenu, edit_menu: QMenu, view_menu: QMenu) -> None:
        super().__init__(parent)
        self.pane: object | None = None
        self.view: ImageView | None = None
        self.proxies: dict[str, QAction] = {}
        self.labels: dict[str, str] = {}
        self._targets: dict[str, QAction] = {}
        self._add(file_menu, "save", SAVE)
        for name, text in EDIT:
            self._add(edit_menu, name, text)
        for name, text in ZOOM:
            self._add(view_menu, name, text)
        for m in (file_menu, edit_menu, view_menu):
            m.aboutToShow.connect(self.refresh)

    def _add(self, menu: QMenu, name: str, text: str) -> None:
        a = QAction(text, self)
        a.setObjectName(f"pane_{name}")
        a.triggered.connect(lambda _=False, n=name: self.trigger(n))
        menu.addAction(a)
        self.proxies[name] = a
        self.labels[name] = text

    # ----- what the pane in front offers -----
    def target(self, name: str) -> QAction | None:
        """The pane's own action behind a menu entry (None: the pane has none)."""
        return self._targets.get(name)

    def retarget(self, pane: object) -> None:
        for a in self._targets.values():
            try:
                a.changed.disconnect(self.refresh)
            except TypeError:
                pass
        if self.view is not None:
            try:
                self.view.viewChanged.disconnect(self._zoom)
            except TypeError:
                pass
        self.pane = pane
        acts = pane.menu_actions() if isinstance(pane, EditingPane) else {}
        self._targets = {k: v for k, v in acts.items() if v is not None}
        self.view = pane.image_view() if isinstance(pane, ViewingPane) else None
        if self.view is not None:
            for name, _ in ZOOM:
                self._targets[name] = self.view.commands[name]
            self.view.viewChanged.connect(self._zoom)
        for a in self._targets.values():
            a.changed.connect(self.refresh)
        self.refresh()
        self._zoom()

    def refresh(self) -> None:
        """Enabled state, text and keys of every proxy from the pane's action."""
        for name, proxy in self.proxies.items():
            t = self._targets.get(name)
            text = translate("PaneCommands", self.labels[name])
            if t is not None and name in ("undo", "redo") and t.text():
                text = t.text().replace("&", "&&")  # "Undo Draw box": what it will undo
            keys = keys_text(t) if t is not None else ""
            proxy.setText(text + (f"\t{keys}" if keys else ""))
            proxy.setEnabled(t is not None and t.isEnabled() and t.property(MENU_ENABLED) is not False)

    def retranslate(self) -> None:
        """The entries and the zoom readout in the current language."""
        self.refresh()
        self._zoom()

    def trigger(self, name: str) -> bool:
        t = self._targets.get(name)
        if t is None or not t.isEnabled():
            return False
        t.trigger()
        return True

    def _zoom(self, *_: object) -> None:
        self.zoomChanged.emit(zoom_text(self.view))
