"""Edit ▸ Delete and the toolbar's Delete are greyed while no box is selected (issue 24, item 11:
Delete looked available with nothing to delete); the Del key still deletes a selected box."""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtTest import QTest
from PyQt6.QtWidgets import QApplication

from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow


def test_delete_follows_the_selection(qtbot, demo_dir):
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    assert w.open_path(demo_dir / "data.yaml")
    w.show_pane("Review")
    pane = w.panes["Review"]
    qtbot.waitUntil(lambda: pane.doc is not None and len(pane.canvas.boxes) > 1, timeout=10000)
    menu_delete = w.commands.proxies["delete"]
    tool_delete = pane.toolbar.widgetForAction(pane.act_delete)
    pane.canvas.set_selection([])
    assert not menu_delete.isEnabled() and not tool_delete.isEnabled()
    pane.canvas.set_selection([0])
    assert menu_delete.isEnabled() and tool_delete.isEnabled()
    assert "Del" in menu_delete.text()  # the key the menu shows is still the canvas's
    n = len(pane.canvas.boxes)
    pane.canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.canvas, timeout=3000)
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(pane.canvas.boxes) == n - 1, timeout=3000)
    assert not pane.canvas.selected and not menu_delete.isEnabled() and not tool_delete.isEnabled()
    pane.shutdown()
