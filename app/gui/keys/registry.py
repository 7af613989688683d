"""One registry of the app's actions, collected from the window by objectName.

Any QAction under the main window whose objectName is set (and does not start with "pane_", the
window menus' proxies of the pane in front: app.gui.common.pane_commands) can be rebound: the main
window names its own ("window.open_folder"), a pane names its own ("browse.next_image"); naming an
action is all a pane needs to do. The defaults are the keys an action has when first collected.

A key conflicts when two actions could answer it at the same time: both in one pane, or either on
the window (its menus work on every pane). Actions without a name still count for conflicts (a
Review canvas key, an image view's zoom key), named by their text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PyQt6.QtGui import QAction, QKeySequence

from app.gui.common.settings import key_bindings, save_key_bindings
from app.gui.i18n import translate

WINDOW = "window"


def portable(keys) -> list[str]:
    """QKeySequences (or texts) -> their portable texts ('Ctrl+O'), empty ones dropped."""
    out = []
    for k in keys:
        seq = k if isinstance(k, QKeySequence) else QKeySequence(str(k))
        text = seq.toString(QKeySequence.SequenceFormat.PortableText)
        if text:
            out.append(text)
    return out


def plain(text: str) -> str:
    """Menu text without mnemonics and the shortcut column."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass
class Conflict:
    key: str
    other: str  # the other action's objectName ('' for an unnamed one)
    other_text: str
    other_scope: str

    def message(self) -> str:
        text = translate(
            "Keys", "{key} is already the key of “{action}” ({where}): choose another key, or change that one first."
        )
        return text.format(key=self.key, action=self.other_text, where=self.other_scope)


class KeyRegistry:
    """The window's rebindable actions, their defaults, conflicts and the user's bindings."""

    def __init__(self, window, settings):
        self.window = window
        self.settings = settings
        self.defaults: dict[str, list[str]] = {}

    # ----- what there is -----
    def actions(self) -> dict[str, QAction]:
        """{objectName: QAction} in a stable order; records each new action's default keys."""
        found: dict[str, QAction] = {}
        for a in self.window.findChildren(QAction):
            name = a.objectName()
            if not name or name.startswith(("pane_", "qt_")) or name in found:
                continue
            found[name] = a
            self.defaults.setdefault(name, portable(a.shortcuts()))
        return found

    def scope(self, action: QAction) -> str:
        """'window', or the key of the pane the action belongs to (its parent chain)."""
        panes = getattr(self.window, "panes", {})
        owners = {id(w): key for key, w in panes.items()}
        obj = action.parent()
        while obj is not None and obj is not self.window:
            if id(obj) in owners:
                return owners[id(obj)]
            obj = obj.parent()
        return WINDOW

    def scope_title(self, scope: str) -> str:
        if scope == WINDOW:
            return translate("Keys", "Window")
        return translate("Panes", scope)

    def label(self, action: QAction) -> str:
        return plain(action.text()) or plain(action.toolTip()) or action.objectName()

    # ----- conflicts -----
    def conflict(self, name: str, keys: list[str]) -> Conflict | None:
        """The first other action that already answers one of `keys` where `name` works."""
        actions = self.actions()
        me = actions[name]
        mine = self.scope(me)
        wanted = set(portable(keys))
        for other in self.window.findChildren(QAction):
            if other is me or other.objectName().startswith("pane_"):
                continue
            theirs = self.scope(other)
            if mine != WINDOW and theirs != WINDOW and theirs != mine:
                continue
            for k in portable(other.shortcuts()):
                if k in wanted:
                    return Conflict(k, other.objectName(), self.label(other), self.scope_title(theirs))
        return None

    # ----- changing keys -----
    def bind(self, name: str, keys: list[str], save: bool = True) -> Conflict | None:
        """Give action `name` these keys at once, unless one conflicts (then nothing changes)."""
        keys = portable(keys)
        c = self.conflict(name, keys) if keys else None
        if c is not None:
            return c
        self.actions()[name].setShortcuts([QKeySequence(k) for k in keys])
        if save:
            self.save()
        return None

    def bindings(self) -> dict[str, list[str]]:
        return {name: portable(a.shortcuts()) for name, a in self.actions().items()}

    def changed(self) -> dict[str, list[str]]:
        """The bindings that differ from the defaults (what the settings and an export keep)."""
        return {n: k for n, k in self.bindings().items() if k != self.defaults.get(n)}

    def save(self) -> None:
        """The changed bindings into the settings; those of actions not here now (a pane that did
        not load) are kept as they were."""
        present = self.actions()
        kept = {n: k for n, k in key_bindings(self.settings).items() if n not in present}
        save_key_bindings(self.settings, kept | self.changed())

    def apply(self, bindings: dict[str, list[str]], base: str = "current") -> list[Conflict]:
        """Several bindings at once (a preset, an imported file, the settings at start-up), over the
        defaults (base='defaults') or the current keys. Unknown names are skipped; a binding that
        conflicts is refused and returned, the others are kept."""
        actions = self.actions()
        if base == "defaults":
            for name, a in actions.items():
                a.setShortcuts([QKeySequence(k) for k in self.defaults[name]])
        wanted = {n: portable(k) for n, k in bindings.items() if n in actions}
        for name in wanted:  # first free the keys being moved, so a swap works
            actions[name].setShortcuts([])
        refused = []
        for name, keys in wanted.items():
            c = self.bind(name, keys, save=False)
            if c is not None:
                refused.append(c)
                actions[name].setShortcuts([QKeySequence(k) for k in self.defaults[name]])
                if self.conflict(name, self.defaults[name]) is not None:
                    actions[name].setShortcuts([])
        self.save()
        return refused

    def restore(self) -> list[Conflict]:
        """The user's saved bindings (start-up)."""
        self.actions()
        saved = key_bindings(self.settings)
        if not saved:
            return []
        return self.apply(saved, base="defaults")
