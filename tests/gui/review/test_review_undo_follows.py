"""Issue 24 item 3: undo follows the one-key fix. Y applies the audit's suggestion, saves and opens
the next image; Ctrl+Z then goes back to the fixed image and restores its label file exactly (and
twice after two fixes), instead of doing nothing on the image that opened next."""

from __future__ import annotations

import shutil

import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtTest import QTest
from PyQt6.QtWidgets import QApplication

from tests.support.review_data import read_rows
from tests.support.review_pane import open_review_pane

NAMES = ["circle", "square", "triangle", "star", "ring"]


@pytest.fixture
def pane(qtbot, audited_demo, tmp_path):
    root, _truth = audited_demo  # the audited dataset (tests/gui/conftest.py), copied
    dst = tmp_path / "ds"
    shutil.copytree(root, dst)
    p = open_review_pane(qtbot, dst / "data.yaml", NAMES, active=True, timeout=10000)
    p.queue.order.setCurrentIndex(p.queue.order_index("audit"))
    qtbot.waitUntil(lambda: not p.queue.model.loading, timeout=10000)
    yield p
    p.shutdown()


def press(pane, key, mod=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed on the window (to the focus widget, shortcuts included)."""
    QTest.keyClick(pane.window().windowHandle(), key, mod)
    QApplication.processEvents()


def fix_with_y(pane, skip=()) -> tuple[str, str]:
    """Open the worst image with one finding (not in skip), then Y: (rel, label text before Y)."""
    for row in range(pane.queue.model.rowCount()):
        assert pane.open_row(row)
        if len(pane.audit_view.findings) == 1 and pane.doc.rel not in skip:
            break
    rel = pane.doc.rel
    assert len(pane.audit_view.findings) == 1
    before = pane.doc.label_path.read_text()
    press(pane, Qt.Key.Key_Y)
    assert pane.doc.rel != rel, "Y fixed the image's last finding: the next image opens"
    return rel, before


def label(pane, rel):
    return pane.index.label_path(rel).read_text()


def test_ctrl_z_after_y_goes_back_and_restores_exactly(pane, qtbot):
    rel, before = fix_with_y(pane)
    assert label(pane, rel) != before  # Y saved the fix when it moved on
    assert pane.act_undo.isEnabled() and rel.rsplit("/", 1)[-1] in pane.act_undo.text()
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.doc.rel == rel  # back to the fixed image ...
    pane.save_current()
    assert label(pane, rel) == before  # ... and its label file as it was
    assert pane.audit_view.findings  # with its finding shown again
    assert pane.audit_view.reason.isVisible()


def test_ctrl_z_twice_undoes_two_fixes_on_two_images(pane, qtbot):
    first, before1 = fix_with_y(pane)
    qtbot.waitUntil(lambda: not pane.queue.model.loading, timeout=5000)
    second, before2 = fix_with_y(pane, skip=(first,))
    assert first != second
    assert label(pane, first) != before1 and label(pane, second) != before2
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.doc.rel == second
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # leaving saves the second one
    assert pane.doc.rel == first
    pane.save_current()
    assert label(pane, first) == before1 and label(pane, second) == before2


def queue_mark(pane, rel) -> str:
    """The Status column of rel's row in the queue (✎: edited by a person)."""
    m = pane.queue.model
    i = next(i for i, r in enumerate(m.rows) if r.rel == rel)
    return m.data(m.createIndex(i, 1))


def test_autosave_writes_the_undone_file_and_the_edited_mark_goes(pane, qtbot):
    rel, before = fix_with_y(pane)
    assert pane.index.get(rel).edited  # Y's fix is a person's edit
    qtbot.waitUntil(lambda: "✎" in queue_mark(pane, rel), timeout=3000)
    pane.autosave.setInterval(100)  # the 2 s idle delay, shortened: the test waits for the same timer
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: label(pane, rel) == before, timeout=6000)  # the autosave, no key needed
    assert not pane.index.get(rel).edited  # every edit undone: the file is as it was, and so is its mark
    qtbot.waitUntil(lambda: "✎" not in queue_mark(pane, rel), timeout=3000)


def test_undo_keeps_the_mark_of_an_edit_made_before(pane, qtbot):
    rel = pane.queue.model.rows[-1].rel
    path = pane.index.label_path(rel)
    before = path.read_bytes()
    rows = read_rows(path)
    pane.index.note_label_written(rel, rows[:, 0], rows[:, 1:5], edited_by_user=True)  # a person's, earlier
    assert pane.open_rel(rel) and pane.doc.first_edited and len(pane.canvas.boxes) > 0
    pane.canvas.request(pane.canvas.boxes.removed([0]), "Delete", ())
    press(pane, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_bytes() != before
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(pane, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_bytes() == before and pane.index.get(rel).edited  # still a person's labels


def test_nothing_to_undo_anywhere_says_so(pane, qtbot):
    pane.ctx.messages.clear()
    assert not pane.act_undo.isEnabled()
    pane.undo()
    assert any("Nothing to undo" in m for m in pane.ctx.messages)
