"""Main window: menus, panes, listing from a worker, remembered state, recent items."""

from __future__ import annotations

import os

import cv2
import numpy as np

from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow


def _window(qtbot):
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_menus_and_panes(qtbot):
    w = _window(qtbot)
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert titles[:5] == ["File", "Edit", "View", "Settings", "Help"]
    file_items = [a.text().replace("&", "") for a in w.menuBar().actions()[0].menu().actions()]
    for item in ("Open Folder…", "Open Dataset (data.yaml)…", "Open Recent", "Quit"):
        assert item in file_items
    assert w.tabs.tabText(0) == "Browse"
    assert all(not hasattr(p, "toPlainText") or "failed" not in p.toPlainText() for p in w.panes.values())


def test_open_dataset_lists_images_and_shows_first(qtbot, demo_dir):
    w = _window(qtbot)
    assert w.open_path(demo_dir / "data.yaml")
    qtbot.waitUntil(lambda: w.file_count.text() == "24 images", timeout=10000)
    assert w.ctx.class_names == ["circle", "square", "triangle", "star", "ring"]
    assert "LabelBench — demo" in w.windowTitle()
    browse = w.panes["Browse"]
    qtbot.waitUntil(lambda: browse.view.image() is not None, timeout=10000)
    assert browse.view.image().shape == (480, 640, 3)


def test_large_folder_fills_in_without_blocking(qtbot, tmp_path):
    src = tmp_path / "one.jpg"
    cv2.imwrite(str(src), np.zeros((8, 8, 3), np.uint8))
    for d in range(20):
        sub = tmp_path / "imgs" / f"d{d:02d}"
        sub.mkdir(parents=True)
        for i in range(500):
            os.link(src, sub / f"{i:04d}.jpg")
    w = _window(qtbot)
    inserts = []
    w.file_model.rowsInserted.connect(lambda _parent, first, last: inserts.append(last - first + 1))
    w.open_path(tmp_path / "imgs")
    assert w.file_model.rowCount() < 10000  # open_path returned before the listing was done
    qtbot.waitUntil(lambda: w.file_count.text() == "10,000 images", timeout=30000)
    assert w.file_model.rowCount() == 10000
    # the rows arrived in chunks through the event loop: a small first one (rows show at once)
    assert len(inserts) >= 2 and sum(inserts) == 10000 and inserts[0] <= 200


def test_state_and_recent_items_survive_restart(qtbot, demo_dir):
    w = _window(qtbot)
    w.open_path(demo_dir)
    tw, th = 777, 555  # every pane must fit a small laptop screen (offscreen screen is 800x800)
    w.resize(tw, th)
    assert (w.width(), w.height()) == (tw, th)
    w.file_dock.hide()
    w.close()
    w2 = _window(qtbot)
    assert (w2.width(), w2.height()) == (tw, th)
    assert not w2.file_dock.isVisible()
    recent_items = [a.text() for a in w2.recent_menu.actions()]
    assert recent_items[0] == str((demo_dir / "data.yaml").resolve())


def test_bad_path_warns_and_keeps_running(qtbot, monkeypatch, tmp_path):
    from PyQt6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    w = _window(qtbot)
    assert not w.open_path(tmp_path / "missing")
    assert shown and "no such file or folder" in shown[0]


def test_window_never_starts_larger_than_the_screen(qtbot):
    """The first-start size (1400x900) and a size saved on a bigger monitor both fit the screen's
    free area: on a 1280x720 screen the status bar and the panes' buttons stayed off-screen."""
    from PyQt6.QtCore import QRect

    win = MainWindow()
    qtbot.addWidget(win)
    avail = win.screen().availableGeometry()
    assert win.width() <= avail.width() and win.height() <= avail.height()
    win.setGeometry(QRect(0, 0, avail.width() + 700, avail.height() + 500))  # as if restored from a 4K monitor
    win.fit_to_screen()
    assert win.width() <= avail.width() and win.height() <= avail.height()
    assert avail.contains(win.frameGeometry().topLeft())


def test_demo_copy_says_where_it_is_and_help_resets_it(qtbot, tmp_path, monkeypatch):
    from PyQt6.QtWidgets import QMessageBox

    from app.core.io.resources import user_demo

    monkeypatch.setenv("LABELBENCH_DATA", str(tmp_path / "data"))
    copy = tmp_path / "data" / "demo"
    w = _window(qtbot)
    assert w.open_path(user_demo())
    assert w.windowTitle() == f"LabelBench — demo, your copy ({copy / 'data.yaml'})"
    assert str(copy) in w.statusBar().currentMessage() and "Reset Demo" in w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: w.file_count.text() == "24 images", timeout=10000)
    label = copy / "labels" / "train" / "demo_000000.txt"
    bundled = label.read_bytes()
    label.write_text("")
    (copy / "images" / "train" / "extra.jpg").write_bytes((copy / "images" / "train" / "demo_000001.jpg").read_bytes())
    help_items = {a.text().replace("&", ""): a for a in w.menuBar().actions()[-1].menu().actions()}
    answers = []

    def answer(button):
        def ask(*args):
            answers.append(args[2])
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    help_items["Reset Demo Dataset…"].trigger()  # asked, answered no: the copy stays as it is
    assert str(copy) in answers[0] and label.read_bytes() == b""
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    help_items["Reset Demo Dataset…"].trigger()
    assert label.read_bytes() == bundled and not (copy / "images" / "train" / "extra.jpg").exists()
    assert w.ctx.dataset_root == copy.resolve() and "your copy" in w.windowTitle()  # opened again
    qtbot.waitUntil(lambda: w.file_count.text() == "24 images", timeout=10000)


def test_a_segment_demo_copy_is_named_and_reset_as_such(qtbot, tmp_path, monkeypatch):
    from PyQt6.QtWidgets import QMessageBox

    from app.core.dataset.synth.demo_shapes import user_demo as user_shape_demo

    monkeypatch.setenv("LABELBENCH_DATA", str(tmp_path / "data"))
    copy = tmp_path / "data" / "demo-segment"
    w = _window(qtbot)
    assert w.open_path(user_shape_demo("segment"))
    assert "your copy" in w.windowTitle() and str(copy) in w.statusBar().currentMessage()
    first = sorted((copy / "labels").rglob("*.txt"))[0]
    polygons = first.read_bytes()
    assert len(polygons.splitlines()[0].split()) >= 7  # a polygon (3 points or more), not a box (5 columns)
    first.write_text("")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    help_items = {a.text().replace("&", ""): a for a in w.menuBar().actions()[-1].menu().actions()}
    help_items["Reset Demo Dataset…"].trigger()
    assert str(copy) in asked[0] and first.read_bytes() == polygons  # the segment demo made afresh, not the box one
    assert w.ctx.dataset_root == copy.resolve()


def test_the_window_starts_light_and_builds_a_pane_s_plots_when_shown(qtbot):
    """Building the window starts no worker thread (each starts with its first job) and makes no
    plot of a pane not shown (Training's curves and demo run, Evaluate's curves): the app starts
    fast. Shown, the panes have them."""
    import threading

    import pyqtgraph as pg

    from widgets.plots.loss_plot import LossPlot

    before = set(threading.enumerate())
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    assert set(threading.enumerate()) - before == set()
    training, results = w.panes["Training"], w.panes["Evaluate"].results
    curves = (results.f1_plot, results.p_plot, results.r_plot, results.pr_plot, results.iou_plot)
    assert training.findChildren(LossPlot) == [] and training.run_list.count() == 0
    assert all(p.findChildren(pg.PlotWidget) == [] for p in curves)
    w.show()
    qtbot.waitExposed(w)
    w.show_pane("Training")
    assert training.plot.isVisible() and training.plot.runs() == [training.demo_key]
    w.show_pane("Evaluate")
    results.tabs.setCurrentIndex(1)  # Confidence: F1, P and R
    assert all(len(p.findChildren(pg.PlotWidget)) == 1 for p in curves[:3])
