"""The window's basics on the real main window: Edit (Undo, Redo, Delete, Select all), File ▸ Save
and View ▸ zoom acting on the pane in front (disabled where it has nothing to act on), the zoom
percentage, D / A / PageDown / PageUp in Browse, Help ▸ Keyboard shortcuts generated from the
actions and Help ▸ About."""

from __future__ import annotations

import shutil

import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtGui import QKeySequence

from app import __version__
from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from tests.support.paths import DEMO_MODEL

EDIT = ("undo", "redo", "delete", "select_all")
ZOOM = ("zoom_in", "zoom_out", "fit", "zoom_100")


@pytest.fixture
def window(qtbot, demo_dir, tmp_path):
    root = tmp_path / "demo"
    shutil.copytree(demo_dir, root)
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.show_pane("Browse")
    assert w.open_path(root / "data.yaml")
    qtbot.waitUntil(lambda: w.file_count.text() == "24 images", timeout=10000)
    browse = w.panes["Browse"]
    qtbot.waitUntil(lambda: browse.view.image() is not None, timeout=10000)
    w.root = root
    yield w
    for p in w.panes.values():
        getattr(p, "shutdown", lambda: None)()


def enabled(w, names) -> list[bool]:
    w.commands.refresh()
    return [w.commands.proxies[n].isEnabled() for n in names]


def test_menus_follow_the_pane_in_front(qtbot, window):
    w = window
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert titles[:5] == ["File", "Edit", "View", "Settings", "Help"]
    edit = [a.text().split("\t")[0].replace("&", "") for a in w.menuBar().actions()[1].menu().actions()]
    assert edit == ["Undo", "Redo", "Delete", "Select All"]
    assert enabled(w, EDIT + ("save",)) == [False] * 5  # Browse: nothing to edit or save
    assert enabled(w, ZOOM) == [True] * 4
    w.show_pane("Evaluate")
    assert enabled(w, EDIT + ZOOM + ("save",)) == [False] * 9  # no image view there either
    w.show_pane("Process")
    assert enabled(w, ("save", "delete", "undo", "fit")) == [True, True, False, True]
    process = w.panes["Process"]
    n = len(process.pipeline)
    w.commands.proxies["delete"].trigger()  # Edit > Delete removes the selected step
    assert len(process.pipeline) == n - 1
    assert w.commands.proxies["delete"].text().endswith("\tDel")


def test_view_zoom_commands_and_readout(qtbot, window):
    w = window
    view = w.panes["Browse"].view
    z0 = view.zoom
    assert w.zoom_label.text() == f"Zoom {z0 * 100:.0f} %"
    w.commands.proxies["zoom_in"].trigger()
    assert view.zoom == pytest.approx(z0 * 1.25)
    assert w.zoom_label.text() == f"Zoom {z0 * 125:.0f} %"
    w.commands.proxies["zoom_100"].trigger()
    assert view.zoom == 1.0 and w.zoom_label.text() == "Zoom 100 %"
    w.commands.proxies["fit"].trigger()
    assert view.zoom == pytest.approx(z0)
    keys = {n: w.commands.proxies[n].text().split("\t")[1] for n in ZOOM}
    assert keys == {"zoom_in": "+, =", "zoom_out": "-", "fit": "F", "zoom_100": "Ctrl+1"}  # the view's own keys


def test_browse_next_previous_with_d_a_and_page_keys(qtbot, window):
    w = window
    browse = w.panes["Browse"]
    path = lambda row: w.file_model.path(w.file_proxy.mapToSource(w.file_proxy.index(row, 0)).row())  # noqa: E731
    assert w.file_view.currentIndex().row() == 0
    browse.view.setFocus()
    for k, row in ((Qt.Key.Key_D, 1), (Qt.Key.Key_PageDown, 2), (Qt.Key.Key_A, 1), (Qt.Key.Key_PageUp, 0)):
        qtbot.keyClick(browse.view, k)
        assert w.file_view.currentIndex().row() == row
        qtbot.waitUntil(lambda r=row: browse.current == path(r), timeout=5000)
    qtbot.keyClick(browse.view, Qt.Key.Key_A)  # already the first
    assert w.file_view.currentIndex().row() == 0
    assert w.statusBar().currentMessage() == "First image of the list"
    w.file_view.setFocus()  # also from the Images list beside the pane
    qtbot.keyClick(w.file_view, Qt.Key.Key_D)
    assert w.file_view.currentIndex().row() == 1


def test_review_undo_redo_delete_select_all_and_save_from_the_menus(qtbot, window):
    w = window
    w.show_pane("Review")
    review = w.panes["Review"]
    qtbot.waitUntil(lambda: review.doc is not None, timeout=15000)
    label = review.doc.label_path
    before = label.read_text()
    n = len(review.canvas.boxes)
    # nothing selected yet: nothing to delete (issue 24, item 11)
    assert enabled(w, ("undo", "redo", "delete", "select_all", "save")) == [False, False, False, True, True]
    assert w.commands.proxies["undo"].text() == "Undo\tCtrl+Z"  # the key Review really binds
    w.commands.proxies["select_all"].trigger()
    assert review.canvas.selected == list(range(n))
    assert enabled(w, ("delete",)) == [True]
    w.commands.proxies["delete"].trigger()
    assert len(review.canvas.boxes) == 0
    assert enabled(w, ("undo",)) == [True]
    assert w.commands.proxies["undo"].text().startswith("Undo Delete")
    w.commands.proxies["undo"].trigger()
    assert len(review.canvas.boxes) == n
    w.commands.proxies["redo"].trigger()
    assert len(review.canvas.boxes) == 0
    w.commands.proxies["save"].trigger()  # File > Save: now, not after the autosave delay
    assert label.read_text() == "" != before
    assert not review.doc.dirty
    w.zoom_label.setText("")
    w.commands.proxies["zoom_in"].trigger()  # View > Zoom acts on Review's canvas
    assert w.zoom_label.text() == f"Zoom {review.canvas.zoom * 100:.0f} %"


def test_keyboard_shortcuts_dialog_is_generated_from_the_actions(qtbot, window):
    from app.gui.review.toolbar.keys import key_rows

    w = window
    d = w.show_shortcuts()
    groups = dict(d.groups)
    assert ("Ctrl+O", "File ▸ Open Folder…") in groups["Window (menus)"]
    assert ("Ctrl+F1", "Help ▸ Keyboard Shortcuts") in groups["Window (menus)"]
    review = w.panes["Review"]
    for group, rows in key_rows(review.key_actions()):  # Review's F1 table, the same rows
        assert groups[f"Review: {group}"] == rows
    assert ("D / PgDown", "Next image of the Images list") in groups["Browse"]
    assert ("F", "Image: Fit the image") in groups["Browse"]
    assert ("Del", "Remove the selected step") in groups["Process"]
    d.close()
    w.panes["Browse"].nav_actions[0].setShortcuts([QKeySequence("N")])  # rebinding changes the table
    d = w.show_shortcuts()
    assert ("N", "Next image of the Images list") in dict(d.groups)["Browse"]
    assert "Next image of the Images list" in d.text.toPlainText()
    d.close()


def test_about_names_version_model_dataset_manual_and_licence(qtbot, window):
    w = window
    w.ctx.set_model(DEMO_MODEL)
    d = w._about()
    text = d.text.toPlainText()
    assert f"LabelBench {__version__}" in text
    assert str(DEMO_MODEL.resolve()) in text and str(w.root / "data.yaml") in text
    assert "Help ▸ Manual" in text and "Review and audit" in text and "README.md" in text
    assert "AGPL-3.0" in text and "LICENSE" in text
    d.close()
