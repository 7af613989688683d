"""Issue 24 item 1: Review's keys work right after any toolbar click, without clicking the image.

The real main window at 1280x720 (and narrower, where the toolbar overflows behind `»`) on a copy of the demo:
each toolbar button is clicked with the mouse, then F1, Esc, D and Space are pressed on the
window (delivered where the keyboard focus really is, as a person's keys are)."""

from __future__ import annotations

import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtTest import QTest
from PyQt6.QtWidgets import QApplication, QToolButton

from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from tests.support.qt import shown, wait_idle


def press(w, key, mod=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed on the window: it goes to the focus widget (or the window), shortcuts included."""
    QTest.keyClick(w.windowHandle(), key, mod)
    QApplication.processEvents()


def open_review(qtbot, demo_dir, width=1280, height=720):
    w = shown(qtbot, MainWindow(make_settings()), width, height)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    assert w.open_path(demo_dir / "data.yaml")
    w.show_pane("Review")
    pane = w.panes["Review"]
    qtbot.waitUntil(lambda: pane.doc is not None and not pane.queue.model.loading, timeout=10000)
    pane.queue.status.setCurrentIndex(1)  # all images: Space keeps the list as it is
    qtbot.waitUntil(lambda: not pane.queue.model.loading, timeout=10000)
    return w, pane


def keys_work(qtbot, w, pane, after: str) -> None:
    """F1 opens the key overlay, F1 and Esc close it, D opens the next image, Space accepts it."""
    pane.help.hide()
    press(w, Qt.Key.Key_F1)
    assert pane.help.isVisible(), f"F1 after {after}: focus on {QApplication.focusWidget()}"
    press(w, Qt.Key.Key_Escape)
    assert not pane.help.isVisible(), f"Esc after {after}"
    press(w, Qt.Key.Key_F1)
    press(w, Qt.Key.Key_F1)
    assert not pane.help.isVisible(), f"F1 twice after {after}"
    pane.open_row(0)
    first = pane.doc.rel
    press(w, Qt.Key.Key_D)
    assert pane.doc.rel == pane.queue.model.rel(1), f"D after {after}"
    press(w, Qt.Key.Key_Space)
    assert pane.index.is_reviewed(pane.queue.model.rel(1)), f"Space after {after}"
    assert pane.doc.rel == pane.queue.model.rel(2), f"Space after {after}"
    pane.index.set_reviewed(pane.queue.model.rel(1), False)
    pane.open_rel(first)


def test_keys_work_after_each_toolbar_button(qtbot, demo_dir):
    w, pane = open_review(qtbot, demo_dir)
    bar = pane.toolbar
    manual = [
        a
        for a in bar.actions()
        if isinstance(bar.widgetForAction(a), QToolButton) and bar.widgetForAction(a).toolTip().startswith("Manual")
    ]
    clicked = []
    for a in bar.actions():
        b = bar.widgetForAction(a)
        if a.isSeparator() or b is None or not b.isVisible() or a in manual:
            continue
        if not isinstance(b, QToolButton) or b.objectName() == "qt_toolbar_ext_button":
            continue
        if a is pane.act_draw:  # the Draw button arms drawing; W again disarms it
            qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
            assert pane.canvas.draw_mode
            press(w, Qt.Key.Key_W)
            assert not pane.canvas.draw_mode
        qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
        if a is pane.act_draw:
            press(w, Qt.Key.Key_Escape)  # Esc leaves drawing first
            assert not pane.canvas.draw_mode
        clicked.append(a.text())
        keys_work(qtbot, w, pane, f"clicking {a.text()!r}")
    assert {"Prev", "Next", "Accept", "Save", "Keys", "Predictions"} <= set(clicked)


def click_overflow(qtbot, pane, then) -> list[str]:
    """Click `»` (a popup menu of the buttons that do not fit); then(menu) acts in the open menu."""
    from PyQt6.QtCore import QTimer

    ext = pane.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert ext is not None and ext.isVisible(), "some Review buttons should be behind » at this width"
    seen = []

    def in_menu():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, in_menu)
            return
        seen.extend(a.text() for a in menu.actions())
        then(menu)

    QTimer.singleShot(20, in_menu)
    qtbot.mouseClick(ext, Qt.MouseButton.LeftButton)  # the menu runs until then() closes it
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.canvas, timeout=3000)  # the keys' again
    return seen


def test_keys_work_after_the_overflow_button(qtbot, demo_dir):
    # at 1280x720 every button fits (test_layout); a narrower window still pushes some behind »
    w, pane = open_review(qtbot, demo_dir, 1100, 720)
    seen = click_overflow(qtbot, pane, lambda menu: QTest.keyClick(menu, Qt.Key.Key_Escape))
    assert "Predictions" in seen
    keys_work(qtbot, w, pane, "opening and closing »")

    def predictions(menu):
        act = next(a for a in menu.actions() if a.text() == "Predictions")
        menu.setActiveAction(act)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    click_overflow(qtbot, pane, predictions)
    assert not pane.act_preds.isChecked()
    keys_work(qtbot, w, pane, "choosing Predictions in »")


def test_help_overlay_closes_with_f1_and_esc_when_opened_by_the_mouse(qtbot, demo_dir):
    w, pane = open_review(qtbot, demo_dir)
    b = pane.toolbar.widgetForAction(pane.act_help)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
        qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
        assert pane.help.isVisible()
        press(w, key)
        assert not pane.help.isVisible(), QTest.__name__ and str(QApplication.focusWidget())
    assert pane.canvas.hasFocus()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_key_overlay_is_never_cut(qtbot, demo_dir, size):
    """The overlay stays inside the editor: long rows wrap, and a table taller than the editor
    scrolls (it was cut on the right at 1280x720 and 1920x1080)."""
    w, pane = open_review(qtbot, demo_dir, *size)
    pane.help.toggle()
    wait_idle(qtbot)  # the overlay laid out
    g, c = pane.help.geometry(), pane.canvas.rect()
    assert c.contains(g), (g, c)
    body, area = pane.help.body, pane.help.scroll_area
    assert body.width() <= area.viewport().width()  # nothing to the right
    bar = area.verticalScrollBar()
    assert body.height() <= area.viewport().height() + bar.maximum()  # everything reachable
    press(w, Qt.Key.Key_Escape)
    assert not pane.help.isVisible()
