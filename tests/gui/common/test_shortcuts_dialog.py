"""Help ▸ Keyboard Shortcuts as a person sees it (issue 24, item 11): each key once per pane (Process
listed F, Ctrl+1, + and - four times: three image views and its view commands) and Esc closes it."""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtTest import QTest
from PyQt6.QtWidgets import QApplication

from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow


def _section(lines: list[str], title: str, next_title: str) -> list[str]:
    start = lines.index(title)
    return lines[start + 1 : lines.index(next_title, start + 1)]


def test_each_key_once_per_pane_and_esc_closes(qtbot, demo_dir):
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(demo_dir / "data.yaml")
    w.show_pane("Review")
    w.act_shortcuts.trigger()
    d = next(x for x in QApplication.topLevelWidgets() if type(x).__name__ == "ShortcutsDialog" and x.isVisible())
    lines = [ln.strip() for ln in d.text.toPlainText().splitlines() if ln.strip()]
    for title, nxt in (("Browse", "Process"), ("Process", "Auto-label")):
        section = _section(lines, title, nxt)
        for key in ("F", "Ctrl+1", "+ / =", "-"):
            assert section.count(key) == 1, (title, key, section)
    assert _section(lines, "Process", "Auto-label").count("Del") == 1  # other keys stay
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=3000)  # in front, with the keys
    with qtbot.waitSignal(d.finished, timeout=3000):
        QTest.keyClick(QApplication.activeWindow().windowHandle(), Qt.Key.Key_Escape)  # where a key lands
    assert QApplication.activeWindow() is not d
