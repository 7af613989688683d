"""Copy, paste, duplicate and "boxes of the previous image" keep polygons and rotated boxes what
they are (issue 25): the label files get the very lines the shapes were copied from."""

from pathlib import Path

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from app.core.dataset.synth import shapes as synth
from app.core.io.shapes import format_line
from tests.support.canvas import at
from tests.support.review_pane import open_review_pane
from widgets.canvas.boxes import Boxes
from widgets.canvas.clipboard import BOX, clip_items, placed
from widgets.canvas.shapes_model import OBB, POLYGON, Shapes, obb_frame, polygon_area

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
REL = "images/train/img{:03d}.png".format


def lines_of(path: Path) -> list[str]:
    return path.read_text().splitlines(keepends=True)


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_copy_paste_duplicate_previous_keep_shapes_exact_lines(qtbot, tmp_path, task):
    yaml_path = synth.write_dataset(tmp_path / task, n=2, task=task, size=(320, 240))
    labels = yaml_path.parent / "labels" / "train"
    first, second = lines_of(labels / "img000.txt"), lines_of(labels / "img001.txt")
    pane = open_review_pane(qtbot, yaml_path, synth.classes_for(task))
    cv = pane.canvas
    try:
        assert pane.open_rel(REL(0))
        w, h = pane.doc.size
        s = cv.boxes
        i = int(np.argmax([polygon_area(p) for p in s.pts]))
        qtbot.mouseClick(cv, L, NOMOD, at(cv, *s.pts[i].mean(0)))
        assert cv.selected == [i]
        qtbot.keyClick(cv, Qt.Key.Key_C, CTRL)
        qtbot.keyClick(cv, Qt.Key.Key_D, CTRL)  # on top of the original: moved by 10 pixels
        dup = s.pts[i] + [10, 10]
        assert len(cv.boxes) == len(s) + 1 and cv.boxes.kinds[-1] == s.kinds[i] and cv.selected == [len(s)]
        assert np.allclose(cv.boxes.pts[-1], dup)
        pane.save_current()
        first_after = first + [format_line(int(s.cls[i]), dup / [w, h])]
        assert lines_of(labels / "img000.txt") == first_after
        assert pane.open_rel(REL(1))
        n2 = len(cv.boxes)
        qtbot.keyClick(cv, Qt.Key.Key_V, CTRL)  # the copied shape, exactly where it was
        qtbot.keyClick(cv, Qt.Key.Key_V, CTRL | SHIFT)  # every shape of the previous image
        assert len(cv.boxes) == n2 + 1 + len(s) + 1
        assert set(cv.boxes.kinds) == {POLYGON if task == "segment" else OBB}
        pane.save_current()
        assert lines_of(labels / "img001.txt") == second + [first[i]] + first_after
    finally:
        pane.shutdown()


def test_a_shape_pasted_into_a_document_of_another_kind():
    poly = Shapes.from_normalized([2], [POLYGON], [[0.1, 0.1, 0.5, 0.2, 0.3, 0.6]], None, 200, 100)
    obb_doc = Shapes(kind=OBB)
    (got,) = [placed(clip_items(poly, 200, 100), obb_doc, 200, 100)]
    assert got.kinds == (OBB,) and got.cls.tolist() == [2]
    area = polygon_area(got.pts[0])  # the smallest rotated box around the polygon
    assert polygon_area(poly.pts[0]) - 1e-3 <= area < 80 * 50
    _c, bw, bh, _a = obb_frame(got.pts[0])
    assert np.isclose(bw * bh, area, rtol=1e-4)  # a rectangle
    boxes = placed(clip_items(poly, 200, 100), Boxes(), 400, 200)  # a box document: the box around it
    assert isinstance(boxes, Boxes) and np.allclose(boxes.xyxy, [[40, 20, 200, 120]])
    box_items = clip_items(Boxes([[10, 20, 50, 60]], [1], None), 200, 100)
    assert box_items[0][1] == BOX
    rect = placed(box_items, Shapes(kind=POLYGON), 200, 100)  # a box in a polygon document: its rectangle
    assert rect.kinds == (POLYGON,) and np.allclose(rect.pts[0], [[10, 20], [50, 20], [50, 60], [10, 60]])
    rot = Shapes.from_normalized([0], [OBB], [[0.2, 0.1, 0.6, 0.3, 0.5, 0.5, 0.1, 0.3]], None, 100, 100, OBB)
    as_poly = placed(clip_items(rot, 100, 100), Shapes(kind=POLYGON), 100, 100)  # its 4 corners, as they are
    assert as_poly.kinds == (POLYGON,) and np.allclose(as_poly.pts[0], rot.pts[0])
