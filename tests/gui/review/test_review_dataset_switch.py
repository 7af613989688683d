"""Issue 24 item 4: nothing of one dataset survives into another. After File ▸ Open Folder the
previous dataset's audit finding, banner and undo history are gone; in a folder with no class list
the first drawn box asks for the class names (never saved as a class id left from before); labels
a person made are not "auto". The real main window on temporary copies."""

from __future__ import annotations

import shutil

import cv2
import numpy as np
import pytest
from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtTest import QTest
from PyQt6.QtWidgets import QApplication, QInputDialog

from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from tests.support.canvas import at
from tests.support.qt import shown

L, NOMOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def audited_template(audited_demo):
    """The audited dataset (tests/gui/conftest.py): a template, copied before it is opened."""
    return audited_demo[0]


def window(qtbot):
    w = shown(qtbot, MainWindow(make_settings()), 1280, 720)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


def press(w, key, mod=NOMOD) -> None:
    QTest.keyClick(w.windowHandle(), key, mod)
    QApplication.processEvents()


def review(qtbot, w, path):
    assert w.open_path(path)
    w.show_pane("Review")
    pane = w.panes["Review"]
    qtbot.waitUntil(
        lambda: (
            pane.index is not None and pane.index.root == path.parent.resolve()
            if path.is_file()
            else pane.index is not None and pane.index.root == path.resolve()
        ),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: pane.doc is not None and not pane.queue.model.loading, timeout=10000)
    return pane


def draw(qtbot, canvas, a, b):
    qtbot.mousePress(canvas, L, NOMOD, at(canvas, *a))
    for t in (0.3, 0.6, 1.0):
        qtbot.mouseMove(canvas, at(canvas, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    qtbot.mouseRelease(canvas, L, NOMOD, at(canvas, *b))


def test_open_folder_drops_the_audit_finding_banner_and_undo(qtbot, audited_template, tmp_path):
    a = tmp_path / "a"
    shutil.copytree(audited_template, a)
    b = tmp_path / "b"  # the same image names, no audit, no index
    shutil.copytree(audited_template, b, ignore=shutil.ignore_patterns(".labelbench"))
    w = window(qtbot)
    pane = review(qtbot, w, a / "data.yaml")
    pane.queue.order.setCurrentIndex(pane.queue.order_index("audit"))
    qtbot.waitUntil(lambda: not pane.queue.model.loading, timeout=10000)
    assert pane.open_row(0) and pane.audit_view.findings and pane.audit_view.reason.isVisible()
    rel = pane.doc.rel
    pane.canvas.set_selection([0])
    press(w, Qt.Key.Key_Delete)  # an edit: undo has something
    assert pane.act_undo.isEnabled()
    pane.banner.show_message("malformed", "a message of dataset a", "", [("ok", "OK")])
    before = (b / pane.index.label_path(rel).relative_to(a)).read_text()

    assert w.open_path(b / "data.yaml")  # File ▸ Open Folder / Dataset
    assert not pane.audit_view.reason.isVisible()
    assert pane.banner.kind != "malformed" and "dataset a" not in pane.banner.title.text()
    if pane.banner.isVisible():  # the order asks for the new folder's audit
        assert pane.banner.kind == "audit" and "No audit yet" in pane.banner.title.text()
    assert not pane.act_undo.isEnabled() and not pane.history.stacks
    assert pane.canvas.image() is None or pane.index.root == b.resolve()
    qtbot.waitUntil(lambda: pane.doc is not None and pane.index.root == b.resolve(), timeout=10000)
    qtbot.waitUntil(lambda: not pane.queue.model.loading, timeout=10000)
    assert pane.open_rel(rel)  # the same name in the new folder
    assert not pane.audit_view.reason.isVisible() and not pane.audit_view.findings
    assert not pane.act_undo.isEnabled()
    press(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    pane.save_current()
    assert (b / pane.index.label_path(rel).relative_to(b)).read_text() == before


def image_folder(root, n=2):
    """A folder of images with no labels and no class list (no data.yaml, no classes.txt)."""
    root.mkdir(parents=True)
    for i in range(n):
        img = np.full((240, 320, 3), 90 + 30 * i, np.uint8)
        cv2.rectangle(img, (60, 50), (160, 150), (20, 200, 40), -1)
        cv2.imwrite(str(root / f"img{i}.jpg"), img)
    return root


def answer_dialog(qtbot, text: str | None):
    """Answer the next modal input dialog with `text` (None: Cancel); returns what it asked."""
    asked = []

    def go():
        d = QApplication.activeModalWidget()
        if not isinstance(d, QInputDialog):
            QTimer.singleShot(20, go)
            return
        asked.append(d.labelText())
        if text is None:
            d.reject()
        else:
            d.setTextValue(text)
            d.accept()

    QTimer.singleShot(20, go)
    return asked


def test_no_class_list_asks_for_names_before_the_first_box(qtbot, tmp_path, demo_dir):
    folder = image_folder(tmp_path / "plain")
    w = window(qtbot)
    pane = review(qtbot, w, demo_dir / "data.yaml")
    pane.canvas.setFocus()
    press(w, Qt.Key.Key_4)  # class 3 for new boxes, in the demo
    assert pane.canvas.default_class == 3 and pane.canvas.class_picked
    pane = review(qtbot, w, folder)
    assert pane.class_names == []
    assert not pane.canvas.class_picked  # the demo's choice stays with the demo
    rel = pane.doc.rel
    label = pane.index.label_path(rel)

    asked = answer_dialog(qtbot, None)  # Cancel: no box, no file
    draw(qtbot, pane.canvas, (40, 40), (120, 120))
    assert asked and "class" in asked[0].lower()
    assert len(pane.canvas.boxes) == 0 and not label.exists()
    assert not (folder / "classes.txt").exists()

    asked = answer_dialog(qtbot, "leaf\nstem")
    draw(qtbot, pane.canvas, (40, 40), (120, 120))
    assert asked
    assert (folder / "classes.txt").read_text() == "leaf\nstem\n"
    assert pane.class_names == ["leaf", "stem"]
    menu = pane.canvas.class_popup  # then the box asks which of them it is
    assert menu is not None and menu.isVisible()
    QTest.keyClick(menu, Qt.Key.Key_2)  # "stem"
    pane.save_current()
    assert label.read_text().split()[0] == "1"
    assert pane.index.get(rel).status == "labeled"  # drawn by a person: not "auto"
    assert "labeled" in pane.info.text()


def test_hand_made_ground_truth_is_labeled_not_auto(qtbot, demo_dir):
    w = window(qtbot)
    pane = review(qtbot, w, demo_dir / "data.yaml")
    m = pane.queue.model
    assert m.rowCount() == 24  # still in the "to review" list
    assert {m.data(m.index_of(r, 1)) for r in range(m.rowCount())} == {"labeled"}
    assert " labeled " in pane.info.text()
