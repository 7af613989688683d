"""The polygon / rotated-box model of the review editor (widgets.canvas.shapes_model), no display:
immutable edits, exact numbers for untouched shapes, vertex rules, rotated-box geometry, picking."""

import numpy as np
import pytest

from widgets.canvas.shapes_model import (
    INSIDE,
    OBB,
    POLYGON,
    ROTATE,
    VERTEX,
    Shapes,
    hit_shape,
    inserted_vertex,
    obb_corners,
    obb_frame,
    obb_resized,
    obb_rotated,
    obb_rotated_to,
    removed_vertex,
    simplified,
)

W, H = 640, 480
TRI = np.array([0.123457, 0.2, 0.5, 0.2, 0.3, 0.6])  # 0.123457 * 640 / 640 need not give it back


def test_untouched_shapes_write_back_the_numbers_read_and_edits_are_new_objects():
    s = Shapes.from_normalized([0, 1], [POLYGON, POLYGON], [TRI, TRI[::-1]], None, W, H)
    assert np.allclose(s.pts[0], TRI.reshape(-1, 2) * [W, H]) and s.xyxy.shape == (2, 4)
    t = s.with_points([1], [s.pts[1] + 5])
    assert s.pts[1] is not t.pts[1] and np.allclose(s.pts[1], TRI[::-1].reshape(-1, 2) * [W, H])  # s unchanged
    cls, kinds, coords = t.to_normalized(W, H)
    assert (
        coords[0] is s.src[0]
        and t.pts[0] is s.pts[0]
        and t.src[1] is None
        and kinds == [POLYGON, POLYGON]
        and cls == [0, 1]
    )
    u = t.with_class([0], 3)
    assert np.array_equal(u.src[0], TRI) and np.isnan(u.conf[0]) and u.cls.tolist() == [3, 1]  # class only
    with pytest.raises(ValueError):
        s.pts[0][0, 0] = 1.0  # read-only
    assert s.removed([0]).cls.tolist() == [1] and len(s.added([[1, 2, 30, 40]], 2)) == 3
    assert s.added([[1, 2, 30, 40]], 2).pts[-1].tolist() == [[1, 2], [30, 2], [30, 40], [1, 40]]


def test_vertex_insert_remove_and_simplify_keep_rules():
    sq = np.array([[0, 0], [10, 0], [10, 10], [0, 10]], float)
    got = inserted_vertex(sq, 1, 14, 5)  # near edge 1 (x = 10): the point on the edge
    assert got.tolist() == [[0, 0], [10, 0], [10, 5], [10, 10], [0, 10]]
    assert removed_vertex(got, 2).tolist() == sq.tolist()
    assert removed_vertex(sq[:3], 0) is None  # never below 3 points
    t = np.linspace(0, 2 * np.pi, 100, endpoint=False)
    circle = np.stack([50 + 30.3 * np.cos(t), 50 + 30.3 * np.sin(t)], 1)
    simple = simplified(circle, 2.0)
    assert 3 <= len(simple) < 30 and all((circle == p).all(1).any() for p in simple)  # original float64 points


def test_rotated_box_rotate_resize_along_its_axes():
    box = obb_corners((100, 80), 40, 20, np.radians(30))
    c, w, h, a = obb_frame(box)
    assert np.allclose(c, [100, 80]) and np.isclose(w, 40) and np.isclose(h, 20) and np.isclose(a, np.radians(30))
    r = obb_rotated(box, 10)
    assert np.isclose(obb_frame(r)[3], np.radians(40)) and np.allclose(obb_frame(r)[0], c)
    longer = obb_resized(box, "e12", *(box[1] + box[2]) / 2 + np.array([np.cos(a), np.sin(a)]) * 10)
    _c, w2, h2, a2 = obb_frame(longer)
    assert np.isclose(w2, 50) and np.isclose(h2, 20) and np.isclose(a2, a)
    assert np.allclose(longer[[0, 3]], box[[0, 3]])  # the opposite side stays
    thin = obb_resized(box, "e23", *box[0])  # dragged past the opposite side: stops at 2 px
    assert np.isclose(obb_frame(thin)[2], 2.0)
    knob = obb_rotated_to(box, 100, 0)  # knob straight up from the centre: the box is level
    assert np.isclose(np.degrees(obb_frame(knob)[3]) % 360, 0, atol=1e-9) or np.isclose(
        np.degrees(obb_frame(knob)[3]) % 360, 360, atol=1e-9
    )


def test_picking_vertices_handles_and_the_smallest_shape_inside():
    big = np.array([[0, 0], [100, 0], [100, 100], [0, 100]], float)
    small = np.array([[40, 40], [60, 40], [50, 60]], float)
    box = obb_corners((200, 50), 40, 20, 0.0)
    s = Shapes((big, small, box), (POLYGON, POLYGON, OBB), [0, 1, 0], None)
    assert hit_shape(s, 50, 45, 3) == (1, INSIDE, None)
    assert hit_shape(s, 10, 10, 3) == (0, INSIDE, None)
    assert hit_shape(s, 150, 150, 3) is None
    assert hit_shape(s, 99, 1, 3, selected=[0]) == (0, VERTEX, 1)
    assert hit_shape(s, 220, 50, 3, selected=[2]) == (2, "e12", None)
    assert hit_shape(s, 200, 40 - 24, 3, selected=[2], rotate_offset=24) == (2, ROTATE, None)
    assert hit_shape(s, 50, 45, 3, visible=[True, False, True]) == (0, INSIDE, None)
