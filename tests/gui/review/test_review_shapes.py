"""Polygons and rotated boxes in the Review pane (issue 25, part 3): a segment or obb label file
opens as shapes (never as malformed boxes), keeps its bytes when nothing is edited, and every
edit (vertex move, insert, delete, a new polygon, a rotated box moved, resized, rotated) lands in
the file with Ultralytics' 6-decimal lines, undoable."""

from pathlib import Path

import numpy as np
import pytest
from PyQt6.QtCore import QPointF, Qt

from app.core.dataset.synth import shapes as synth
from app.core.io.shapes import format_line
from tests.support.canvas import at
from tests.support.review_pane import open_review_pane
from widgets.canvas.shapes_model import OBB, POLYGON, Shapes, obb_frame, obb_resized, obb_rotated, polygon_area

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def make(tmp_path: Path, task: str, n: int = 3) -> Path:
    return synth.write_dataset(tmp_path / task, n=n, task=task, size=(320, 240))


def open_pane(qtbot, yaml_path: Path, task: str):
    return open_review_pane(qtbot, yaml_path, synth.classes_for(task))


def label_bytes(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "labels" / "train").glob("*.txt"))}


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_shape_files_open_as_shapes_never_offered_for_deletion_and_keep_their_bytes(qtbot, tmp_path, task):
    yaml_path = make(tmp_path, task)
    root = yaml_path.parent
    before = label_bytes(root)
    pane = open_pane(qtbot, yaml_path, task)
    try:
        shapes = pane.canvas.boxes
        assert isinstance(shapes, Shapes) and len(shapes) > 0
        assert set(shapes.kinds) == {POLYGON if task == "segment" else OBB}
        assert not pane.canvas.read_only and pane.banner.kind not in ("malformed", "unknown")
        assert "drop" not in pane.banner.buttons
        for _ in range(3):  # walk every image, accept one, leave: nothing edited, nothing rewritten
            qtbot.keyClick(pane.canvas, Qt.Key.Key_D)
        qtbot.keyClick(pane.canvas, Qt.Key.Key_A)
        pane.save_current()
        assert label_bytes(root) == before
    finally:
        pane.shutdown()
    assert label_bytes(root) == before


def test_a_file_mixing_boxes_and_polygons_offers_no_drop(qtbot, tmp_path):
    yaml_path = make(tmp_path, "segment", n=1)
    path = yaml_path.parent / "labels" / "train" / "img000.txt"
    text = "0 0.500000 0.500000 0.200000 0.200000\n" + path.read_text()
    path.write_text(text)
    pane = open_pane(qtbot, yaml_path, "segment")
    try:
        qtbot.waitUntil(lambda: pane.banner.kind == "malformed", timeout=3000)
        assert "drop" not in pane.banner.buttons
        assert "mixes boxes" in pane.banner.detail.text() and pane.canvas.read_only
        pane.session._banner_choice("drop")  # even asked directly: the polygons are not removed
        pane.save_current()
        assert path.read_text() == text
    finally:
        pane.shutdown()
    assert path.read_text() == text


def img_pt(canvas, x, y):
    """The image point the widget pixel nearest image point (x, y) shows (where a click lands)."""
    q = canvas.widget_to_image(QPointF(at(canvas, x, y)))
    return np.array([q.x(), q.y()])


def line(c, pts, w, h) -> str:
    return format_line(c, np.asarray(pts, np.float64) / [w, h])


def drag(qtbot, canvas, a, b, mods=NOMOD):
    qtbot.mousePress(canvas, L, mods, at(canvas, *a))
    for t in (0.3, 0.6, 1.0):
        qtbot.mouseMove(canvas, at(canvas, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    qtbot.mouseRelease(canvas, L, mods, at(canvas, *b))


def test_polygon_vertex_move_insert_delete_new_polygon_undo_redo_exact_lines(qtbot, tmp_path):
    yaml_path = make(tmp_path, "segment", n=1)
    path = yaml_path.parent / "labels" / "train" / "img000.txt"
    original = path.read_text().splitlines(keepends=True)
    pane = open_pane(qtbot, yaml_path, "segment")
    cv = pane.canvas
    try:
        w, h = pane.doc.size
        s = cv.boxes
        i = int(np.argmax([len(p) for p in s.pts]))  # the polygon with most vertices
        c = int(s.cls[i])
        pts = s.pts[i].copy()
        qtbot.mouseClick(cv, L, NOMOD, at(cv, *pts.mean(0)))  # click inside: selected
        assert cv.selected == [i] and cv.vertex is None
        # 1. drag a vertex
        target = pts[0] + [6, 4]
        drag(qtbot, cv, pts[0], target)
        pts[0] = img_pt(cv, *target)
        assert np.allclose(cv.boxes.pts[i], pts) and cv.vertex == 0
        # 2. Alt+click the middle of edge 1-2: a vertex inserted there
        mid = (pts[1] + pts[2]) / 2
        qtbot.mouseClick(cv, L, ALT, at(cv, *mid))
        assert len(cv.boxes.pts[i]) == len(pts) + 1 and cv.vertex == 2
        pts = cv.boxes.pts[i].copy()
        assert np.hypot(*(pts[2] - mid)) < 1.0  # on the edge, under the click
        # 3. pick vertex 3 and delete it
        qtbot.mouseClick(cv, L, NOMOD, at(cv, *pts[3]))
        assert cv.vertex == 3
        qtbot.keyClick(cv, Qt.Key.Key_Delete)
        pts = np.delete(pts, 3, axis=0)
        assert np.allclose(cv.boxes.pts[i], pts) and len(cv.boxes) == len(s)
        # 4. a new polygon point by point (class picked first), closed with Enter
        cv.pick_new_class(1)
        qtbot.keyClick(cv, Qt.Key.Key_Escape)  # drop the vertex pick
        qtbot.keyClick(cv, Qt.Key.Key_Escape)  # and the selection
        qtbot.keyClick(cv, Qt.Key.Key_P)
        corners = [(10, 10), (60, 12), (40, 50)]
        for x, y in corners:
            qtbot.mouseClick(cv, L, NOMOD, at(cv, x, y))
        qtbot.keyClick(cv, Qt.Key.Key_Return)
        assert len(cv.boxes) == len(s) + 1 and cv.boxes.kinds[-1] == POLYGON and cv.boxes.cls[-1] == 1
        new = np.array([img_pt(cv, x, y) for x, y in corners])
        assert np.allclose(cv.boxes.pts[-1], new)
        # 5. undo the new polygon, redo it: one step each
        pane.undo()
        assert len(cv.boxes) == len(s)
        pane.act_redo.trigger()
        assert len(cv.boxes) == len(s) + 1
        pane.save_current()
        expected = list(original)
        expected[i] = line(c, pts, w, h)
        expected.append(line(1, new, w, h))
        assert path.read_text() == "".join(expected)  # untouched polygons byte for byte
        # 6. undo everything: the file is the original again
        for _ in range(4):
            pane.undo()
        assert cv.boxes.same_shapes(s)
        pane.save_current()
        assert path.read_text() == "".join(original)
    finally:
        pane.shutdown()


def test_simplify_and_polygon_to_box(qtbot, tmp_path):
    yaml_path = make(tmp_path, "segment", n=1)
    pane = open_pane(qtbot, yaml_path, "segment")
    cv = pane.canvas
    try:
        s = cv.boxes
        i = int(np.argmax([len(p) for p in s.pts]))
        qtbot.mouseClick(cv, L, NOMOD, at(cv, *s.pts[i].mean(0)))
        cv.simplify_px = 3.0
        qtbot.keyClick(cv, Qt.Key.Key_G)
        got = cv.boxes.pts[i]
        assert 3 <= len(got) < len(s.pts[i])
        assert all((s.pts[i] == p).all(1).any() for p in got)  # vertices kept, exactly
        qtbot.keyClick(cv, Qt.Key.Key_B)
        x0, y0, x1, y1 = s.xyxy[i]
        assert np.allclose(cv.boxes.pts[i], [[x0, y0], [x1, y0], [x1, y1], [x0, y1]], atol=1e-9)
    finally:
        pane.shutdown()


def test_rotated_box_move_resize_rotate_exact_lines(qtbot, tmp_path):
    yaml_path = make(tmp_path, "obb", n=1)
    path = yaml_path.parent / "labels" / "train" / "img000.txt"
    original = path.read_text().splitlines(keepends=True)
    pane = open_pane(qtbot, yaml_path, "obb")
    cv = pane.canvas
    try:
        w, h = pane.doc.size
        s = cv.boxes
        i = int(np.argmax([polygon_area(p) for p in s.pts]))
        c = int(s.cls[i])
        pts = s.pts[i].copy()
        qtbot.mouseClick(cv, L, NOMOD, at(cv, *pts.mean(0)))
        assert cv.selected == [i]
        # rotate with keys: -1, +1, +10 degrees fold into one undo step
        qtbot.keyClick(cv, Qt.Key.Key_Z)
        qtbot.keyClick(cv, Qt.Key.Key_X)
        qtbot.keyClick(cv, Qt.Key.Key_X, SHIFT)
        for deg in (-1, 1, 10):
            pts = obb_rotated(pts, deg)
        assert np.allclose(cv.boxes.pts[i], pts)
        _c, bw, bh, angle = obb_frame(pts)
        # move: drag inside by (12, -5) image pixels (as far as the widget pixels go)
        a = pts.mean(0)
        drag(qtbot, cv, a, a + [12, -5])
        pts = pts + (img_pt(cv, *(a + [12, -5])) - img_pt(cv, *a))
        assert np.allclose(cv.boxes.pts[i], pts)
        # resize along its own axis: the handle in the middle of side c1-c2 pulled outwards
        e12 = (pts[1] + pts[2]) / 2
        out = e12 + (pts[1] - pts[0]) / np.hypot(*(pts[1] - pts[0])) * 8
        drag(qtbot, cv, e12, out)
        _c2, bw2, bh2, angle2 = obb_frame(cv.boxes.pts[i])
        assert bw2 > bw + 5 and abs(bh2 - bh) < 1e-3 and abs(angle2 - angle) < 1e-9  # longer, not turned
        assert np.allclose(cv.boxes.pts[i][[0, 3]], pts[[0, 3]])  # the opposite side stays
        pts = obb_resized(pts, "e12", *img_pt(cv, *out))
        assert np.allclose(cv.boxes.pts[i], pts)
        pane.save_current()
        expected = list(original)
        expected[i] = line(c, pts, w, h)
        assert path.read_text() == "".join(expected)
        for _ in range(3):  # rotate (one step), move, resize
            pane.undo()
        assert cv.boxes.same_shapes(s) and not pane.undo()
    finally:
        pane.shutdown()
