"""BoxCanvas driven like a person: mouse drags and keys on a real widget (offscreen)."""

import numpy as np
import pytest
from PyQt6.QtCore import QPoint, QPointF, Qt
from PyQt6.QtWidgets import QMenu

from tests.support.canvas import IMG_W, at, shown_canvas
from widgets.canvas.box_canvas import class_color
from widgets.canvas.boxes import Boxes

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def canvas(qtbot):
    return shown_canvas(qtbot, Boxes([[20, 20, 100, 80], [200, 100, 300, 220]], [0, 1], [0.9, 0.3]))


def drag(qtbot, c, a, b, mods=NOMOD):
    qtbot.mousePress(c, L, mods, at(c, *a))
    for t in (0.25, 0.5, 0.75, 1.0):
        qtbot.mouseMove(c, at(c, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    qtbot.mouseRelease(c, L, mods, at(c, *b))


def test_fit_scale(canvas):
    assert canvas.zoom == pytest.approx(2.0)


def test_drag_on_empty_space_draws_one_box(qtbot, canvas):
    drag(qtbot, canvas, (150, 30), (190, 70))
    assert len(canvas.edits) == 1  # the drag is one edit, emitted at release
    e = canvas.edits[0]
    assert len(e.before) == 2 and len(e.after) == 3
    assert np.allclose(e.after.xyxy[2], [150, 30, 190, 70], atol=1.0)
    assert e.after.cls[2] == canvas.default_class and np.isnan(e.after.conf[2])
    assert canvas.selected == [2] and len(canvas.boxes) == 3  # direct_edits applies it standalone


def test_draw_outside_image_is_clamped(qtbot, canvas):
    drag(qtbot, canvas, (280, 10), (400, -50))
    b = canvas.boxes.xyxy[-1]
    assert b[2] == IMG_W and b[1] == 0 and b[0] == pytest.approx(280, abs=1)


def test_w_draws_even_over_a_box_and_shows_crosshair(qtbot, canvas):
    qtbot.keyClick(canvas, Qt.Key.Key_W)
    assert canvas.draw_mode and canvas.cursor().shape() == Qt.CursorShape.CrossCursor
    drag(qtbot, canvas, (30, 30), (60, 60))  # starts inside box 0: still draws
    assert len(canvas.boxes) == 3 and not canvas.draw_mode
    assert np.allclose(canvas.boxes.xyxy[0], [20, 20, 100, 80])


def test_move_by_dragging_inside_and_clamp(qtbot, canvas):
    drag(qtbot, canvas, (50, 50), (70, 60))
    assert len(canvas.edits) == 1 and canvas.edits[0].text == "Move"
    assert np.allclose(canvas.boxes.xyxy[0], [40, 30, 120, 90], atol=1.0)
    assert np.isnan(canvas.boxes.conf[0])  # a person moved it: no model confidence
    drag(qtbot, canvas, (250, 150), (400, 400))  # far outside: stops at the border
    assert np.allclose(canvas.boxes.xyxy[1], [220, 120, 320, 240], atol=1e-6)


def test_resize_by_handle(qtbot, canvas):
    qtbot.mouseClick(canvas, L, NOMOD, at(canvas, 60, 50))  # select box 0: handles appear
    assert canvas.selected == [0]
    drag(qtbot, canvas, (100, 80), (130, 110))  # south-east handle
    assert np.allclose(canvas.boxes.xyxy[0], [20, 20, 130, 110], atol=1.0)
    drag(qtbot, canvas, (20, 65), (5, 50))  # west handle: x only
    assert np.allclose(canvas.boxes.xyxy[0], [5, 20, 130, 110], atol=1.0)
    assert [e.text for e in canvas.edits] == ["Resize", "Resize"]


def test_keys_tab_class_delete(qtbot, canvas):
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)  # least confident first
    assert canvas.selected == [1]
    qtbot.keyClick(canvas, Qt.Key.Key_3)
    assert canvas.boxes.cls.tolist() == [0, 2]
    qtbot.keyClick(canvas, Qt.Key.Key_9)  # no class 9: nothing happens
    assert canvas.boxes.cls.tolist() == [0, 2]
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == [0]
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.boxes.cls.tolist() == [2] and canvas.selected == []
    assert [e.text for e in canvas.edits] == ["Class bird", "Delete 1 box"]
    qtbot.keyClick(canvas, Qt.Key.Key_2)  # no selection: class of new boxes
    assert canvas.default_class == 1


def test_nudge_merges_and_copy_paste_duplicate(qtbot, canvas):
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)  # box 0
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert np.allclose(canvas.boxes.xyxy[0], [31, 20, 111, 80])
    assert {e.merge_key for e in canvas.edits} == {"nudge:0"}
    qtbot.keyClick(canvas, Qt.Key.Key_C, CTRL)
    qtbot.keyClick(canvas, Qt.Key.Key_V, CTRL)  # same place as the original: offset by 10
    assert len(canvas.boxes) == 3 and np.allclose(canvas.boxes.xyxy[2], [41, 30, 121, 90])
    qtbot.keyClick(canvas, Qt.Key.Key_D, CTRL)
    assert len(canvas.boxes) == 4 and canvas.selected == [3]


def test_paste_previous_image_boxes(qtbot, canvas):
    canvas.previous = (Boxes([[0, 0, 64, 48]], [2], [0.5]), (640, 480))
    qtbot.keyClick(canvas, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(canvas.boxes) == 3
    assert np.allclose(canvas.boxes.xyxy[2], [0, 0, 32, 24]) and canvas.boxes.cls[2] == 2


def test_hidden_class_and_confidence_slider(qtbot, canvas):
    canvas.set_filter(min_conf=0.5)  # box 1 (0.3) hidden
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == [0]
    qtbot.mouseClick(canvas, L, NOMOD, at(canvas, 250, 150))  # cannot grab a hidden box
    assert canvas.selected == []
    canvas.set_filter(hidden_classes={0}, min_conf=0.0)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == [1]


def test_ctrl_click_and_group_move(qtbot, canvas):
    qtbot.mouseClick(canvas, L, NOMOD, at(canvas, 60, 50))
    qtbot.mouseClick(canvas, L, CTRL, at(canvas, 250, 150))
    assert canvas.selected == [0, 1]
    drag(qtbot, canvas, (60, 50), (60, 70))
    assert np.allclose(canvas.boxes.xyxy[:, 1], [40, 120], atol=1.0)  # both moved, one edit
    assert len(canvas.edits) == 1


def test_read_only_emits_nothing(qtbot, canvas):
    canvas.read_only = True
    drag(qtbot, canvas, (150, 30), (190, 70))
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.edits == [] and len(canvas.boxes) == 2


def test_boxes_are_painted_in_class_colour(qtbot, canvas):
    canvas.set_selection([])
    img = canvas.grab().toImage()
    edge = at(canvas, 20, 50)  # left edge of the cat box
    got = img.pixelColor(edge.x(), edge.y())
    want = class_color(0)
    assert abs(got.red() - want.red()) < 40 and abs(got.green() - want.green()) < 40
    inside = at(canvas, 160, 10)  # no box there: the image grey
    assert abs(img.pixelColor(inside.x(), inside.y()).red() - 90) < 8


def test_class_picker_menu_sets_class_of_selection(qtbot, canvas):
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)  # box 1 (dog, least sure)
    menu = canvas.class_menu()
    # the class as in the label files, its digit key in the shortcut column
    assert [a.text() for a in menu.actions()] == ["0 cat\t1", "1 dog\t2", "2 bird\t3"]
    menu.actions()[2].trigger()
    assert canvas.boxes.cls.tolist() == [0, 2] and canvas.edits[-1].text == "Class bird"
    qtbot.keyClick(canvas, Qt.Key.Key_C)  # C opens the same picker at the box
    shown = [m for m in canvas.findChildren(QMenu) if m.isVisible()]
    assert len(shown) == 1
    shown[0].actions()[0].trigger()
    shown[0].close()
    assert canvas.boxes.cls.tolist() == [0, 0]


def test_right_click_on_box_selects_it_and_opens_picker(qtbot, canvas):
    qtbot.mouseClick(canvas, Qt.MouseButton.RightButton, NOMOD, at(canvas, 250, 150))
    assert canvas.selected == [1]
    shown = [m for m in canvas.findChildren(QMenu) if m.isVisible()]
    assert len(shown) == 1
    shown[0].close()


def test_crosshair_while_drawing(qtbot, canvas):
    canvas.set_selection([])
    qtbot.keyClick(canvas, Qt.Key.Key_W)
    qtbot.mouseMove(canvas, at(canvas, 160, 10))
    img = canvas.grab().toImage()
    p = at(canvas, 160, 150)  # same column, far below the cursor: dashed line
    col = [img.pixelColor(p.x() + dx, p.y() + dy).red() for dx in (-1, 0, 1) for dy in range(-4, 5)]
    assert max(col) > 130  # light line over the grey (90) image
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)  # leave draw mode: no crosshair
    qtbot.mouseMove(canvas, at(canvas, 161, 11))
    img = canvas.grab().toImage()
    col = [img.pixelColor(p.x() + dx, p.y() + dy).red() for dx in (-1, 0, 1) for dy in range(-4, 5)]
    assert max(col) < 100


def test_wheel_zoom_and_right_drag_pan_keep_boxes_on_their_pixels(qtbot, canvas):
    from PyQt6.QtCore import QPoint as P
    from PyQt6.QtGui import QWheelEvent

    anchor = at(canvas, 60, 50)
    ev = QWheelEvent(
        QPointF(anchor),
        QPointF(canvas.mapToGlobal(anchor)),
        P(0, 0),
        P(0, 240),
        Qt.MouseButton.NoButton,
        NOMOD,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    canvas.wheelEvent(ev)
    assert canvas.zoom == pytest.approx(2.0 * 1.25**2)
    img_pt = canvas.widget_to_image(QPointF(anchor))
    assert (img_pt.x(), img_pt.y()) == pytest.approx((60, 50), abs=0.6)  # zoom around the cursor
    R = Qt.MouseButton.RightButton
    before = canvas.center()
    qtbot.mousePress(canvas, R, NOMOD, QPoint(300, 300))
    qtbot.mouseMove(canvas, QPoint(250, 280))
    qtbot.mouseRelease(canvas, R, NOMOD, QPoint(250, 280))
    after = canvas.center()
    z = canvas.zoom
    assert (after.x() - before.x(), after.y() - before.y()) == pytest.approx((50 / z, 20 / z), abs=0.01)
    assert canvas.edits == [] and canvas.selected == []  # panning edits nothing
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert canvas.zoom == pytest.approx(2.0)


def test_view_keys_pass_through_the_editing_keys(qtbot, canvas):
    qtbot.keyClick(canvas, Qt.Key.Key_1, CTRL)  # Ctrl+1: 100 %, not "class 1"
    assert canvas.zoom == pytest.approx(1.0) and canvas.edits == []
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == pytest.approx(1.25)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.zoom == pytest.approx(1.0)
    qtbot.mouseDClick(canvas, Qt.MouseButton.MiddleButton, NOMOD, QPoint(100, 100))
    assert canvas.zoom == pytest.approx(2.0)  # middle double click fits


def test_labels_of_boxes_on_one_object_do_not_cover_each_other(qtbot, canvas):
    canvas.set_document(canvas.image(), Boxes([[100, 60, 180, 140], [100, 60, 175, 138]], [0, 2], [0.6, 0.3]))
    canvas.set_selection([1])
    img = canvas.grab().toImage()
    spots = canvas.label_spots
    assert set(spots) == {0, 1} and not spots[0].intersects(spots[1])
    top_left = canvas.box_rect(canvas.boxes.xyxy[1]).topLeft()
    assert spots[1].bottom() == pytest.approx(top_left.y())  # the selected box keeps the usual spot
    for i, r in spots.items():  # both painted in their class colour
        c = img.pixelColor(int(r.right()) - 2, int(r.top()) + 1)  # padding right of the text
        want = class_color(canvas.boxes.cls[i])
        assert abs(c.red() - want.red()) < 30 and abs(c.green() - want.green()) < 30
