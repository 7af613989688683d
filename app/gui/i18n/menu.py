"""View ▸ Language: one checkable entry per language, in its own name (English, 한국어). Picking one
switches the interface at once (no restart) and the settings remember it for the next start."""

from __future__ import annotations

from PyQt6.QtGui import QAction, QActionGroup
from PyQt6.QtWidgets import QMenu

from app.gui.i18n.language import LANGUAGES, SETTINGS_KEY, apply_language, current_language


class LanguageMenu(QMenu):
    def __init__(self, parent, settings):
        super().__init__(parent)
        self.settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.entries: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            a = QAction(name, self)  # a language's own name is never translated
            a.setObjectName(f"window.language_{code}")
            a.setCheckable(True)
            a.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(a)
            self.addAction(a)
            self.entries[code] = a
        self.aboutToShow.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        a = self.entries.get(current_language() or "en")
        if a is not None:
            a.setChecked(True)

    def choose(self, code: str) -> None:
        self.settings.setValue(SETTINGS_KEY, code)
        self.settings.sync()
        apply_language(code)
        self.sync()
