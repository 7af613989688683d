"""The Review pane inside the real main window: its keys are not taken by other panes' shortcuts,
it opens the dataset the window opened, and closing the window saves the open image."""

from __future__ import annotations

import shutil

from PyQt6.QtCore import Qt

from app.core.dataset.index import DatasetIndex
from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from tests.support.qt import shown


def test_review_keys_work_in_the_main_window(qtbot, tmp_path, demo_dir):
    data = tmp_path / "demo"
    shutil.copytree(demo_dir, data, ignore=shutil.ignore_patterns(".labelbench"))
    w = shown(qtbot, MainWindow(make_settings()), 1400, 900)
    assert w.open_path(data / "data.yaml")
    w.show_pane("Review")
    pane = w.panes["Review"]
    qtbot.waitUntil(lambda: pane.doc is not None, timeout=10000)
    assert pane.index.root == data.resolve()
    pane.canvas.setFocus()
    first = pane.doc.rel
    second = pane.queue.model.rel(1)
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Space)
    assert pane.doc.rel == second and pane.index.is_reviewed(first)
    qtbot.keyClick(pane.canvas, Qt.Key.Key_A)
    assert pane.doc.rel == first
    qtbot.keyClick(pane.canvas, Qt.Key.Key_D)
    assert pane.doc.rel == second
    qtbot.keyClick(pane.canvas, Qt.Key.Key_F1)
    assert pane.help.isVisible()
    qtbot.keyClick(pane.canvas, Qt.Key.Key_F1)
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Tab)
    assert len(pane.canvas.selected) == 1
    n = len(pane.canvas.boxes)
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Delete)
    assert len(pane.canvas.boxes) == n - 1
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pane.canvas.boxes) == n
    assert len(pane.canvas.selected) == 1  # undo gives the selection back
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Delete)  # an unsaved edit ...
    assert pane.doc.dirty
    label = pane.doc.label_path
    w.close()  # ... saved when the window closes
    assert len([ln for ln in label.read_text().splitlines() if ln.strip()]) == n - 1
    with DatasetIndex.open(data / "data.yaml") as idx:
        assert idx.count("reviewed") == 1 and idx.get(second).edited
