"""A new box asks for its class (popup at the box, Enter keeps the suggestion, a digit picks),
or takes the class picked before drawing, shown beside the cursor: real BoxCanvas, offscreen."""

import pytest
from PyQt6.QtCore import QPoint, Qt
from PyQt6.QtWidgets import QApplication

from tests.support.canvas import at, shown_canvas
from widgets.canvas.boxes import Boxes
from widgets.canvas.class_text import class_entry, class_text, key_hint

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def canvas(qtbot):
    c = shown_canvas(qtbot, Boxes([[20, 20, 100, 80]], [0], [0.9]), ask_class=True)
    yield c
    if c.class_popup is not None:
        c.class_popup.close()


def draw(qtbot, c, a, b):
    qtbot.mousePress(c, L, NOMOD, at(c, *a))
    for t in (0.5, 1.0):
        qtbot.mouseMove(c, at(c, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    qtbot.mouseRelease(c, L, NOMOD, at(c, *b))


def test_class_texts_are_file_ids_with_the_key_as_hint():
    names = ["circle", "square"]
    assert class_text(0, names) == "0 circle" and class_entry(0, names) == "0 circle  [1]"
    assert class_text(5, names) == "5 class 5?"
    assert key_hint(8) == "[9]" and key_hint(9) == "" and class_entry(9, ["x"] * 10) == "9 x"


def test_new_box_asks_and_enter_keeps_the_suggestion(qtbot, canvas):
    canvas.default_class = 1  # suggestion: the last class used
    draw(qtbot, canvas, (150, 30), (190, 70))
    menu = canvas.class_popup
    assert menu is not None and menu.isVisible()
    assert QApplication.activePopupWidget() is menu
    assert menu.activeAction() is menu.actions()[1]  # "1 dog" is the highlighted answer
    assert [a.text() for a in menu.actions()] == ["0 cat\t1", "1 dog\t2", "2 bird\t3"]
    r = canvas.box_rect(canvas.boxes.xyxy[1])  # the popup opens at the new box
    assert (menu.pos() - canvas.mapToGlobal(r.bottomLeft().toPoint())).manhattanLength() < 3
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert not menu.isVisible()
    assert canvas.boxes.cls.tolist() == [0, 1] and canvas.selected == [1]
    assert [e.text for e in canvas.edits] == ["Draw box"]  # nothing but the box itself


def test_a_digit_in_the_popup_picks_another_class_in_the_same_undo_step(qtbot, canvas):
    draw(qtbot, canvas, (150, 30), (190, 70))
    qtbot.keyClick(canvas.class_popup, Qt.Key.Key_3)  # key 3 is class 2, "bird"
    assert canvas.boxes.cls.tolist() == [0, 2]
    assert [e.merge_key for e in canvas.edits] == ["new box 1", "new box 1"]  # folded into the draw
    assert canvas.default_class == 2  # suggested for the next box
    draw(qtbot, canvas, (200, 120), (260, 180))
    assert canvas.class_popup.activeAction() is canvas.class_popup.actions()[2]


def test_a_class_picked_before_drawing_is_used_without_asking_and_shown(qtbot, canvas):
    got = []
    canvas.newClassChanged.connect(got.append)
    canvas.set_selection([])
    qtbot.keyClick(canvas, Qt.Key.Key_2)  # no selection: pick class 1 for new boxes
    assert got == [1] and canvas.class_picked
    assert canvas.new_box_text() == "new box: 1 dog"
    draw(qtbot, canvas, (150, 30), (190, 70))
    assert canvas.class_popup is None  # nothing asked
    assert canvas.boxes.cls.tolist() == [0, 1] and canvas.edits[-1].text == "Draw dog"
    canvas.pick_new_class(None)  # back to asking
    assert got == [1, None] and canvas.new_box_text() == "new box: asks its class"


def test_the_picked_class_is_drawn_beside_the_cursor(qtbot, canvas):
    canvas.set_selection([])
    canvas.pick_new_class(0)
    qtbot.keyClick(canvas, Qt.Key.Key_W)
    qtbot.mouseMove(canvas, at(canvas, 160, 100))
    img = canvas.grab().toImage()
    tag = at(canvas, 160, 100) + QPoint(16, 17)  # the tag (left of its text), class colour
    c = img.pixelColor(tag.x(), tag.y())
    assert c.red() > 200 and c.green() < 90  # class 0 is red (#FF3838)
    canvas.pick_new_class(None)
    canvas.update()
    img = canvas.grab().toImage()
    c = img.pixelColor(tag.x(), tag.y())
    assert abs(c.red() - 60) < 15 and abs(c.blue() - 68) < 15  # asking: a neutral tag


def test_standalone_canvas_does_not_ask(qtbot, canvas):
    canvas.ask_class = False
    draw(qtbot, canvas, (150, 30), (190, 70))
    assert canvas.class_popup is None and canvas.boxes.cls.tolist() == [0, 0]
