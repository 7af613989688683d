"""Review's classes as in the label files (0-based, the digit key as a hint), the class picker
following the selection, and a new box asking for its class or taking the one picked before
drawing (shown on the toolbar): the real Review pane on a real dataset."""

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from tests.gui.review.test_review_pane import CTRL, drag, key, pane  # noqa: F401 - fixture
from tests.support.review_data import NAMES


def texts(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def test_classes_show_file_ids_with_the_digit_key_beside(pane):  # noqa: F811
    lst = pane.classes.list
    assert [lst.item(i).text().split("   (")[0] for i in range(lst.count())] == [
        "0 circle  [1]",
        "1 square  [2]",
        "2 triangle  [3]",
        "3 star  [4]",
        "4 ring  [5]",
    ]
    assert texts(pane.classes.picker)[0] == "0 circle  [1]"
    assert texts(pane.queue.classes)[1:] == ["0 circle", "1 square", "2 triangle", "3 star", "4 ring"]
    assert texts(pane.new_class) == ["ask at each new box"] + [f"{i} {n}  [{i + 1}]" for i, n in enumerate(NAMES)]
    assert "key 1 is class 0" in pane.shortcut_rows()[1][1][4][1]  # the key table says so too


def test_picker_follows_the_selection_and_its_edits(qtbot, pane):  # noqa: F811
    p = pane.classes.picker
    assert not p.isEnabled() and p.currentIndex() == -1  # nothing selected: nothing shown
    assert pane.classes.picker_label.text() == "Class of selection: nothing selected"
    key(qtbot, pane, Qt.Key.Key_Tab)  # the square (least sure)
    assert p.isEnabled() and p.currentText() == "1 square  [2]"
    key(qtbot, pane, Qt.Key.Key_3)  # -> class 2 with key 3
    assert pane.canvas.boxes.cls.tolist()[1] == 2
    assert p.currentText() == "2 triangle  [3]"  # was stale at "square" before
    key(qtbot, pane, Qt.Key.Key_Z, CTRL)  # undo: the picker follows again
    assert p.currentText() == "1 square  [2]"
    key(qtbot, pane, Qt.Key.Key_A, CTRL)  # all three: several classes
    assert p.currentIndex() == -1 and pane.classes.picker_label.text() == "Class of selection (3 boxes, mixed)"
    key(qtbot, pane, Qt.Key.Key_Escape)
    assert not p.isEnabled()


def test_new_box_asks_then_uses_the_class_picked_before_drawing(qtbot, pane):  # noqa: F811
    c = pane.canvas
    n0 = len(c.boxes)
    drag(qtbot, c, (180, 20), (230, 60))  # draw on empty space
    menu = c.class_popup
    assert menu is not None and QApplication.activePopupWidget() is menu
    assert menu.activeAction().text() == "0 circle\t1"  # the suggestion
    qtbot.keyClick(menu, Qt.Key.Key_4)  # key 4: class 3, "star"
    assert len(c.boxes) == n0 + 1 and c.boxes.cls.tolist()[-1] == 3
    assert pane.history.active().count() == 1  # drawing and its class: one undo step
    assert pane.classes.picker.currentText() == "3 star  [4]"
    key(qtbot, pane, Qt.Key.Key_Escape)  # nothing selected ...
    key(qtbot, pane, Qt.Key.Key_5)  # ... key 5 picks class 4 for new boxes
    assert pane.new_class.currentText() == "4 ring  [5]"  # visibly, above the class list ...
    assert pane.act_draw.toolTip() == "Draw a box (W) — new box: 4 ring"  # ... on the Draw button
    assert c.new_box_text() == "new box: 4 ring"  # and beside the cursor while drawing
    c.class_popup = None
    drag(qtbot, c, (250, 20), (300, 60))
    assert c.class_popup is None and c.boxes.cls.tolist()[-1] == 4  # no question asked
    pane.new_class.activated.emit(0)  # back to asking
    assert not c.class_picked and pane.new_class.currentIndex() == 0
