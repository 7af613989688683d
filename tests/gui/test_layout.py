"""Every pane fits a small laptop screen: at 1280x720 and 1366x768 the window is not forced larger,
no pane scrolls sideways and every visible button lies inside the window (issue 13, item 4)."""

from __future__ import annotations

import shutil

import pytest

from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from tests.support.layout import layout_problems
from tests.support.paths import DEMO_DIR

SIZES = [(1280, 720), (1366, 768)]


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory):
    d = tmp_path_factory.mktemp("layout") / "demo"
    shutil.copytree(DEMO_DIR, d, ignore=shutil.ignore_patterns(".labelbench"))
    return d


def _window(qtbot, size, demo_copy):
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(demo_copy / "data.yaml")
    qtbot.waitUntil(lambda: w.file_count.text() == "24 images", timeout=10000)
    return w


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_pane_fits(qtbot, size, demo_copy):
    w = _window(qtbot, size, demo_copy)
    report = {}
    for title, pane in w.panes.items():
        w.show_pane(title)
        qtbot.wait(150)  # layouts settle, lists fill in
        problems = layout_problems(w, pane, size)
        if any(problems.values()):
            report[title] = problems
    assert report == {}


def test_images_dock_hidden_where_the_pane_has_its_own_list(qtbot, demo_copy):
    w = _window(qtbot, (1280, 720), demo_copy)
    w.show_pane("Browse")
    assert w.file_dock.isVisible()
    for title in ("Review", "Evaluate"):
        w.show_pane(title)
        assert not w.file_dock.isVisible(), title
    w.show_pane("Process")
    assert w.file_dock.isVisible()
    # the user's choice is kept: closed in Browse, it stays closed in Process
    w.show_pane("Browse")
    w.file_dock.toggleViewAction().trigger()
    assert not w.file_dock.isVisible()
    w.show_pane("Review")
    w.show_pane("Process")
    assert not w.file_dock.isVisible()


def test_closing_on_review_does_not_save_the_dock_as_closed(qtbot, demo_copy):
    w = _window(qtbot, (1280, 720), demo_copy)
    w.show_pane("Review")
    assert not w.file_dock.isVisible()
    w.save_state()  # what closing the window saves
    w2 = MainWindow(make_settings())
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitExposed(w2)
    assert w2.tabs.tabText(w2.tabs.currentIndex()) == "Review" and not w2.file_dock.isVisible()
    w2.show_pane("Browse")
    assert w2.file_dock.isVisible()
