"""Issue 29, parts 3-5: no silent failure, no silent loss in the Review pane. What the user sees
(the message above the image, the info line, the quit question) and the bytes on disk: a save
into a read-only folder, quitting with edits that cannot be saved, a session killed after an edit
(before its autosave), the dataset folder moved or deleted while an edit is pending, two windows on
one image."""

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from PyQt6.QtCore import QTimer
from PyQt6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.core.dataset import unsaved
from app.core.dataset.index import DatasetIndex
from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from tests.support.paths import ROOT
from tests.support.qt import shown
from tests.support.readonly_dir import read_only
from tests.support.review_data import NAMES, label_file, read_rows
from tests.support.review_pane import look_often, open_review_pane

REL = "images/train/{}".format


@pytest.fixture
def pane(qtbot, dataset):
    p = look_often(open_review_pane(qtbot, dataset, NAMES))
    p.autosave.setInterval(200)  # the real 2 s idle time, shortened: the tests wait for it to fire
    yield p
    p.shutdown()


def wait_autosave(qtbot, pane) -> None:
    """Past the moment any autosave would have fired (whether or not one is pending): the events
    posted so far handled, then its single-shot timer not active (it stops before its slot runs,
    and the slot runs within the same event: once seen inactive, the autosave has run)."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not pane.autosave.isActive(), timeout=5000)


def answer(qtbot, button: QMessageBox.StandardButton, seen: list, probe=None) -> None:
    """Click `button` of the next modal question as soon as it shows (its text goes to `seen`;
    `probe()`, when given, looks at the window behind it first)."""

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + "\n" + box.informativeText())
            if probe is not None:
                probe()
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def delete_box(p, i: int) -> None:
    p.canvas.request(p.canvas.boxes.removed([i]), "Delete", ())


def test_a_failed_save_is_a_message_naming_the_file_and_the_edit_is_kept(qtbot, dataset, pane):
    root = dataset.parent
    path = label_file(root, "d.jpg")
    before = path.read_bytes()
    assert pane.doc.rel == REL("d.jpg") and len(pane.canvas.boxes) == 3
    with read_only(path.parent):
        delete_box(pane, 1)
        pane.act_save.trigger()  # Ctrl+S
        b = pane.banner
        assert b.isVisible() and b.kind == "savefail"
        assert b.title.text() == "<b>Could not save d.txt: your edits are not saved</b>"
        assert str(path) in b.detail.text()
        assert "Read-only file system" in b.detail.text() or "Permission denied" in b.detail.text()
        assert "save failed: not saved" in pane.info.text()
        assert any(t.startswith("Not saved: ") for t in pane.ctx.messages)
        assert path.read_bytes() == before and pane.doc.dirty and len(pane.canvas.boxes) == 2
        pane.act_next.trigger()  # D: the image is not left behind
        assert pane.doc.rel == REL("d.jpg") and b.kind == "savefail" and len(pane.canvas.boxes) == 2
        wait_autosave(qtbot, pane)  # the autosave fails the same visible way
        assert b.kind == "savefail" and path.read_bytes() == before
        journal = unsaved.journal_path(pane.index.db_path)
        assert set(unsaved.read(journal)) == {REL("d.jpg")}  # kept aside, should the app end now
        seen, behind, closed = [], [], []
        answer(
            qtbot,
            QMessageBox.StandardButton.Cancel,
            seen,  # quitting asks (from the event loop, as Ctrl+Q)
            lambda: behind.append([x.text() for x in b.findChildren(QPushButton) if x.isVisible()]),
        )
        QTimer.singleShot(0, lambda: closed.append(pane.may_close()))
        qtbot.waitUntil(lambda: bool(closed), timeout=5000)
        assert closed == [False]
        assert behind == [["Try again", "Discard my edits"]]  # the message behind it, its buttons once
        assert seen and seen[0].startswith("1 image has edits that could not be saved: d.jpg")
        assert "Read-only file system" in seen[0] or "Permission denied" in seen[0]
        assert pane.doc.dirty and path.read_bytes() == before
    qtbot.mouseClick(b.buttons["retry"], QtLeft())  # writable again: Try again
    assert not b.isVisible() and not pane.doc.dirty and "saved" in pane.info.text()
    assert read_rows(path)[:, 0].tolist() == [4, 0]
    qtbot.waitUntil(lambda: not journal.exists(), timeout=3000)


def QtLeft():
    from PyQt6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_discarding_a_failed_edit_shows_the_file_as_it_is(qtbot, dataset, pane):
    path = label_file(dataset.parent, "d.jpg")
    before = path.read_bytes()
    with read_only(path.parent):
        delete_box(pane, 0)
        pane.act_save.trigger()
        qtbot.mouseClick(pane.banner.buttons["discard"], QtLeft())
    assert not pane.doc.dirty and len(pane.canvas.boxes) == 3 and path.read_bytes() == before
    pane.act_next.trigger()
    assert pane.doc.rel == REL("b.jpg")


def test_quitting_the_window_with_an_unsaveable_edit_asks(qtbot, dataset):
    path = label_file(dataset.parent, "d.jpg")
    before = path.read_bytes()
    w = shown(qtbot, MainWindow(make_settings()), 1400, 900)
    assert w.open_path(dataset)
    w.show_pane("Review")
    pane = w.panes["Review"]
    qtbot.waitUntil(lambda: pane.doc is not None, timeout=10000)
    with read_only(path.parent):
        delete_box(pane, 1)
        seen = []
        answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
        w.close()  # Ctrl+Q
        assert seen and w.isVisible() and pane.doc.dirty  # asked; Cancel: nothing closed
        answer(qtbot, QMessageBox.StandardButton.Discard, seen)
        w.close()
        assert len(seen) == 2 and not w.isVisible()
    assert path.read_bytes() == before  # discarded: the file as it was
    assert not unsaved.leftovers(pane.index.db_path if pane.index else dataset.parent / ".labelbench" / "index.sqlite")


def test_a_session_killed_after_an_edit_offers_it_back(qtbot, dataset):
    path = label_file(dataset.parent, "d.jpg")
    r = subprocess.run(
        [sys.executable, "-m", "tests.support.review_crash", str(dataset)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert r.returncode == -9 and r.stdout.split() == ["edited", REL("d.jpg"), "2"], r.stderr
    assert len(read_rows(path)) == 3  # killed before its autosave
    p = open_review_pane(qtbot, dataset, NAMES)
    try:
        b = p.banner
        assert b.isVisible() and b.kind == "recover"
        assert b.title.text() == "<b>1 unsaved edit from the last session: restore?</b>"
        assert "d.jpg" in b.detail.text()
        qtbot.mouseClick(b.buttons["restore"], QtLeft())
        assert p.doc.rel == REL("d.jpg") and len(p.canvas.boxes) == 2 and p.doc.dirty
        assert "unsaved changes" in p.info.text() and len(read_rows(path)) == 3
        p.act_save.trigger()
        assert read_rows(path)[:, 0].tolist() == [1, 0]  # the first box was the deleted one
        qtbot.waitUntil(lambda: not list(path.parents[2].glob(".labelbench/*.unsaved.*")), timeout=3000)
    finally:
        p.shutdown()
    q = open_review_pane(qtbot, dataset, NAMES)  # asked once: nothing left to offer
    try:
        assert q.banner.kind != "recover"
    finally:
        q.shutdown()


def test_a_moved_dataset_is_said_nothing_is_written_and_it_reopens_where_it_is(qtbot, tmp_path, dataset, pane):
    root = dataset.parent
    delete_box(pane, 1)  # an edit is pending
    moved = tmp_path / "moved-ds"
    os.rename(root, moved)
    b = pane.banner
    qtbot.waitUntil(lambda: b.isVisible() and b.kind == "moved", timeout=4000)
    assert b.title.text() == "<b>The dataset folder is gone: moved, renamed or deleted while it was open</b>"
    assert f"It is now at {moved}" in b.detail.text() and "Nothing was written" in b.detail.text()
    assert "changed outside" not in b.title.text()
    before = label_file(moved, "d.jpg").read_bytes()
    pane.act_save.trigger()
    pane.act_next.trigger()
    wait_autosave(qtbot, pane)  # the autosave too
    assert not root.exists()  # the old place is not made again
    assert label_file(moved, "d.jpg").read_bytes() == before
    with DatasetIndex.open(moved / "data.yaml") as idx:  # nor is the moved index told of an edit
        assert not idx.get(REL("d.jpg")).edited
    assert b.kind == "moved" and b.buttons["reopen"].text() == "Reopen it where it is now"
    assert "your 1 unsaved edit is kept here" in b.detail.text()
    qtbot.mouseClick(b.buttons["reopen"], QtLeft())
    assert pane.index.root == moved.resolve() and pane.doc.rel == REL("d.jpg")
    assert len(pane.canvas.boxes) == 2 and pane.doc.dirty  # the edit came along
    pane.act_save.trigger()
    assert read_rows(label_file(moved, "d.jpg"))[:, 0].tolist() == [4, 0] and not root.exists()


def test_a_deleted_dataset_is_said_and_nothing_is_written(qtbot, tmp_path, dataset, pane):
    root = dataset.parent
    delete_box(pane, 0)
    shutil.rmtree(root)
    b = pane.banner
    qtbot.waitUntil(lambda: b.isVisible() and b.kind == "moved", timeout=4000)
    assert f"the dataset folder {root} no longer exists" in b.detail.text() and "find" in b.buttons
    pane.act_save.trigger()
    wait_autosave(qtbot, pane)  # nor does the autosave write
    assert not root.exists()


def test_two_windows_on_one_image_the_first_is_told_and_keeps_its_edit_one_undo_away(qtbot, dataset):
    path = label_file(dataset.parent, "d.jpg")
    original = read_rows(path)
    a = look_often(open_review_pane(qtbot, dataset, NAMES))
    b = look_often(open_review_pane(qtbot, dataset, NAMES))
    try:
        assert a.doc.rel == b.doc.rel == REL("d.jpg")
        delete_box(b, 0)  # B edits (pending) ...
        delete_box(a, 1)  # ... A edits and saves first
        a.act_save.trigger()
        mine_a = read_rows(path)
        assert np.allclose(mine_a, original[[0, 2]])
        qtbot.waitUntil(lambda: b.banner.kind == "conflict", timeout=4000)  # B's save sees A's
        assert path.read_bytes() == label_file(dataset.parent, "d.jpg").read_bytes()
        qtbot.mouseClick(b.banner.buttons["mine"], QtLeft())  # B keeps its edits
        assert np.allclose(read_rows(path), original[[1, 2]])
        # A is told in the same visible way, shown the file as it is, its edit one undo away
        qtbot.waitUntil(lambda: a.banner.isVisible() and a.banner.kind == "outside", timeout=4000)
        assert a.banner.title.text() == "<b>d.txt was changed outside LabelBench after you saved it</b>"
        assert "one undo away (Ctrl+Z)" in a.banner.detail.text()
        assert len(a.canvas.boxes) == 2 and np.allclose(a.canvas.boxes.cls, original[[1, 2], 0])
        assert a.act_undo.isEnabled() and "Load the file changed outside" in a.act_undo.text()
        a.undo()  # Ctrl+Z
        assert np.allclose(a.canvas.boxes.cls, original[[0, 2], 0]) and a.doc.dirty
        a.act_save.trigger()
        assert np.allclose(read_rows(path), original[[0, 2]])
        qtbot.waitUntil(lambda: b.banner.kind == "outside", timeout=4000)  # and now B is told
        assert b.act_undo.isEnabled()
    finally:
        a.shutdown()
        b.shutdown()
