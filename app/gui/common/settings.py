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
