"""QSettings in one place. LABELBENCH_SETTINGS=/path/file.ini isolates tests and demos."""

from __future__ import annotations

import os

from PyQt6.QtCore import QSettings

MAX_RECENT = 10


def make_settings() -> QSettings:
    path = os.environ.get("LABELBENCH_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("LabelBench", "LabelBench")


def recent(settings: QSettings, key: str = "recent") -> list[str]:
    v = settings.value(key, [])
    if isinstance(v, str):
        v = [v]
    return [str(x) for x in (v or [])]


def push_recent(settings: QSettings, path: str, key: str = "recent") -> list[str]:
    items = [path] + [p for p in recent(settings, key) if p != path]
    items = items[:MAX_RECENT]
    settings.setValue(key, items)
    return items


def remember_choice(settings: QSettings, key: str, combo, keys: list) -> None:
    """The combo box's choice kept under key (as keys[index], so a reordered list still finds it):
    restored now, written on every change."""
    names = [str(k) for k in keys]
    v = settings.value(key)
    if v is not None and str(v) in names:
        combo.setCurrentIndex(names.index(str(v)))

    def save(i: int) -> None:
        if 0 <= i < len(names):
            settings.setValue(key, names[i])

    combo.currentIndexChanged.connect(save)


def remember_text(settings: QSettings, key: str, edit) -> None:
    """A line edit's text kept under key: restored now (when one was kept), written on every change."""
    v = settings.value(key)
    if v is not None:
        edit.setText(str(v))
    edit.textChanged.connect(lambda text: settings.setValue(key, text))


def remember_value(settings: QSettings, key: str, spin) -> None:
    """A spin box's value kept under key: restored now (when one was kept and it is a number), written
    on every change."""
    v = settings.value(key)
    try:
        if v is not None:
            spin.setValue(type(spin.value())(v))
    except (TypeError, ValueError):
        pass
    spin.valueChanged.connect(lambda value: settings.setValue(key, value))


KEYS_KEY = "keys/bindings"


def key_bindings(settings: QSettings) -> dict[str, list[str]]:
    """The user's key bindings that differ from the defaults: {action objectName: [portable key text]}
    (app.gui.keys); kept as one JSON string, so an empty list (an action with no key) survives."""
    import json

    try:
        data = json.loads(str(settings.value(KEYS_KEY, "") or "{}"))
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): [str(x) for x in v] for k, v in data.items() if isinstance(v, list)}


def save_key_bindings(settings: QSettings, bindings: dict[str, list[str]]) -> None:
    import json

    settings.setValue(KEYS_KEY, json.dumps(bindings, ensure_ascii=False, sort_keys=True))
    settings.sync()
