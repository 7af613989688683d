"""The Review pane's snap tool (app/gui/review/toolbar/snap_tool.py) driven like a person: S, a loose drag or
a click, Enter accepts (one undo step, the label file holds the box), Esc drops (nothing changes)."""

from __future__ import annotations

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from app.core.io.yolo_labels import format_labels
from tests.support.review_data import NAMES, H, W, at, label_file
from tests.support.review_pane import open_review_pane

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SQUARE = [150, 100, 260, 210]  # d.jpg's square (tests/support/review_data.py), pixel edges


@pytest.fixture
def pane(qtbot, dataset):
    p = open_review_pane(qtbot, dataset, NAMES)
    assert p.doc.rel.endswith("d.jpg")
    p.canvas.pick_new_class(1)  # new boxes are squares: no class question
    yield p
    p.shutdown()


def key(qtbot, pane, k, mods=NOMOD):
    qtbot.keyClick(pane.canvas, k, mods)


def drag(qtbot, canvas, a, b):
    qtbot.mousePress(canvas, L, NOMOD, at(canvas, *a))
    for t in (0.3, 0.6, 1.0):
        qtbot.mouseMove(canvas, at(canvas, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    qtbot.mouseRelease(canvas, L, NOMOD, at(canvas, *b))


def test_drag_a_loose_box_accept_undo_and_the_label_file(qtbot, dataset, pane):
    c, tool = pane.canvas, pane.snap_tool
    path = label_file(dataset.parent, "d.jpg")
    before = path.read_bytes()
    original = c.boxes
    steps = pane.history.active().count()
    key(qtbot, pane, Qt.Key.Key_S)
    assert tool.active
    drag(qtbot, c, (140, 92), (272, 216))  # each side ~10 px off the square
    assert tool.proposal is not None and np.allclose(tool.proposal.box, SQUARE, atol=1)
    assert len(c.boxes) == len(original)  # a proposal changes nothing yet
    assert any(t.startswith("Snap: ") and "confidence" in t for t in pane.ctx.messages)
    key(qtbot, pane, Qt.Key.Key_Return)
    assert tool.proposal is None and len(c.boxes) == len(original) + 1
    assert np.allclose(c.boxes.xyxy[-1], SQUARE, atol=1)
    assert c.boxes.cls[-1] == 1 and pane.history.active().count() == steps + 1  # one undo step
    key(qtbot, pane, Qt.Key.Key_S, CTRL)
    snapped = c.boxes
    assert path.read_text() == format_labels(snapped.cls, snapped.to_xywhn(W, H))
    key(qtbot, pane, Qt.Key.Key_Z, CTRL)  # undo: the snap is gone
    assert c.boxes.equals(original)
    key(qtbot, pane, Qt.Key.Key_S, CTRL)
    assert path.read_bytes() == before


def test_esc_drops_the_proposal_and_nothing_changes(qtbot, dataset, pane):
    c, tool = pane.canvas, pane.snap_tool
    path = label_file(dataset.parent, "d.jpg")
    before = path.read_bytes()
    original = c.boxes
    steps = pane.history.active().count()
    key(qtbot, pane, Qt.Key.Key_S)
    drag(qtbot, c, (140, 92), (272, 216))
    assert tool.proposal is not None
    key(qtbot, pane, Qt.Key.Key_Escape)
    assert tool.proposal is None and c.new_box is None
    assert c.boxes.equals(original) and pane.history.active().count() == steps and not pane.doc.dirty
    key(qtbot, pane, Qt.Key.Key_S, CTRL)
    assert path.read_bytes() == before


def test_click_wheel_tolerance_and_snap_the_selected_box(qtbot, dataset, pane):
    c, tool = pane.canvas, pane.snap_tool
    key(qtbot, pane, Qt.Key.Key_S)
    qtbot.mouseClick(c, L, NOMOD, at(c, 110, 175))  # inside the circle (90, 150, 130, 200)
    assert tool.proposal is not None and np.allclose(tool.proposal.box, [90, 150, 130, 200], atol=1)
    key(qtbot, pane, Qt.Key.Key_Plus)
    assert tool.request.tolerance == pytest.approx(1.25) and tool.proposal is not None
    key(qtbot, pane, Qt.Key.Key_Escape)
    key(qtbot, pane, Qt.Key.Key_S)  # the tool off: a drag draws as before
    assert not tool.active
    i = int(np.flatnonzero(c.boxes.cls == 1)[0])
    c.set_selection([i])
    steps = pane.history.active().count()
    key(qtbot, pane, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    assert tool.proposal is not None and tool.replace == i
    key(qtbot, pane, Qt.Key.Key_Space)  # Space accepts the proposal, not the image
    assert pane.doc.rel.endswith("d.jpg") and np.allclose(c.boxes.xyxy[i], SQUARE, atol=1)
    assert pane.history.active().count() in (steps, steps + 1)  # an unchanged box is no edit
