"""Settings ▸ Keyboard on the real window: a rebound key works at once, survives a new window (the
settings keep it) and shows in Help ▸ Keyboard Shortcuts; a conflict is refused with a line naming
the other action; presets and the JSON file."""

from __future__ import annotations

import json

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from app.gui.common.help_dialogs import ShortcutsDialog
from app.gui.common.settings import make_settings
from app.gui.keys.presets import LABELIMG, XANYLABELING
from app.gui.main_window import MainWindow


def _window(qtbot) -> MainWindow:
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _shortcut_dialogs() -> list[ShortcutsDialog]:
    return [d for d in QApplication.topLevelWidgets() if isinstance(d, ShortcutsDialog) and d.isVisible()]


def test_a_rebound_key_works_at_once_survives_a_restart_and_shows_in_help(qtbot):
    w = _window(qtbot)
    d = w.show_keyboard_settings()
    assert "window.shortcuts" in d.names and "browse.next_image" in d.names
    d.select("window.shortcuts")
    assert d.set_keys("window.shortcuts", ["Ctrl+Shift+K"])
    assert "Keyboard Shortcuts" in d.message.text() and "Ctrl+Shift+K" in d.message.text()
    row = d.names.index("window.shortcuts")
    assert d.table.item(row, 2).text() == "Ctrl+Shift+K"
    d.close()

    before = len(_shortcut_dialogs())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    qtbot.keyClick(w.tabs, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(_shortcut_dialogs()) == before + 1, timeout=3000)  # the new key, at once
    table = dict(_shortcut_dialogs()[-1].groups)["Window (menus)"]
    assert ("Ctrl+Shift+K", "Help ▸ Keyboard Shortcuts") in table
    assert all(keys != "Ctrl+F1" for keys, _ in table)  # the old key is gone
    for dlg in _shortcut_dialogs():
        dlg.close()
    w.close()

    again = _window(qtbot)  # a restart: the settings keep the binding
    assert again.act_shortcuts.shortcut().toString() == "Ctrl+Shift+K"
    assert ("Ctrl+Shift+K", "Help ▸ Keyboard Shortcuts") in dict(again.show_shortcuts().groups)["Window (menus)"]


def test_a_conflict_is_refused_naming_the_other_action(qtbot):
    w = _window(qtbot)
    d = w.show_keyboard_settings()
    assert not d.set_keys("window.shortcuts", ["Ctrl+O"])  # File ▸ Open Folder… has it
    assert "Ctrl+O" in d.message.text() and "Open Folder…" in d.message.text()
    assert w.act_shortcuts.shortcut().toString() == "Ctrl+F1"  # nothing changed
    assert not d.set_keys("browse.next_image", ["A"])  # Browse's previous image has A
    assert "Previous image" in d.message.text() and "Browse" in d.message.text()
    assert d.set_keys("browse.next_image", ["Alt+N"])  # a free key is taken
    assert w.panes["Browse"].nav_actions[0].shortcut().toString() == "Alt+N"


def test_presets_and_the_json_file(qtbot, tmp_path):
    w = _window(qtbot)
    d = w.show_keyboard_settings()
    d.apply_preset(LABELIMG)
    assert w.act_open_folder.shortcut().toString() == "Ctrl+U"
    assert w.act_open_dataset.shortcut().toString() == "Ctrl+O"
    assert "labelImg" in d.message.text()
    d.apply_preset(XANYLABELING)
    assert [k.toString() for k in w.panes["Browse"].nav_actions[0].shortcuts()] == ["D", "Ctrl+Shift+D"]
    f = tmp_path / "keys.json"
    d.export_file(str(f))
    data = json.loads(f.read_text(encoding="utf-8"))
    assert data["labelbench_keys"] == 1 and data["bindings"]["window.open_folder"] == ["Ctrl+U"]
    d.set_keys("window.open_folder", ["Ctrl+Shift+F"])
    assert d.import_file(str(f))
    assert w.act_open_folder.shortcut().toString() == "Ctrl+U"
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert not d.import_file(str(bad)) and "Cannot import" in d.message.text()
    d.apply_preset("LabelBench (defaults)")
    assert w.act_open_folder.shortcut().toString() == "Ctrl+O"
    assert w.keys.changed() == {}
