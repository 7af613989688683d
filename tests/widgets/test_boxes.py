"""Box model of the review editor (widgets/canvas/boxes.py): pure numpy, no Qt."""

import subprocess
import sys

import numpy as np
import pytest

from widgets.canvas.boxes import (
    INSIDE,
    MIN_SIZE,
    Boxes,
    box_from_drag,
    clamp,
    flipped_handle,
    hit_test,
    moved,
    rescaled,
    resized,
    tab_order,
    visible_mask,
)

W, H = 200, 100


def make():
    return Boxes([[10, 10, 50, 40], [100, 20, 180, 90], [120, 30, 140, 50]], [0, 1, 2], [0.9, 0.4, np.nan])


def test_no_qt_import():
    code = "import sys, widgets.canvas.boxes; print(any(m.startswith('PyQt6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_xywhn_round_trip_and_clamp():
    xywhn = np.array([[0.5, 0.5, 0.2, 0.4], [0.95, 0.1, 0.2, 0.4]])
    b = Boxes.from_xywhn([3, 4], xywhn, None, W, H)
    assert np.allclose(b.xyxy[0], [80, 30, 120, 70])
    # the second box sticks out of the image on the right and top: clamped
    assert np.allclose(b.xyxy[1], [170, 0, 200, 30])
    assert np.isnan(b.conf).all() and list(b.cls) == [3, 4]
    back = b.to_xywhn(W, H)
    assert np.allclose(back[0], xywhn[0])
    assert np.allclose(back[1], [0.925, 0.15, 0.15, 0.3])


def test_boxes_are_immutable_and_edits_return_new():
    b = make()
    with pytest.raises(ValueError):
        b.xyxy[0, 0] = 5
    c = b.with_class([1], 3)
    assert list(b.cls) == [0, 1, 2] and list(c.cls) == [0, 3, 2]
    assert np.isnan(c.conf[1]) and c.conf[0] == 0.9  # touched box loses the model confidence
    same = b.with_class([0], 0)  # no change: confidence kept
    assert same.conf[0] == 0.9
    d = b.removed([0, 2])
    assert len(d) == 1 and list(d.cls) == [1] and len(b) == 3
    e = b.added([[1, 2, 3, 4]], 4)
    assert len(e) == 4 and e.cls[-1] == 4 and np.isnan(e.conf[-1])
    f = b.with_xyxy([0], [[11, 10, 51, 40]])
    assert np.allclose(f.xyxy[0], [11, 10, 51, 40]) and np.isnan(f.conf[0]) and f.conf[1] == 0.4
    assert b.equals(make()) and not b.equals(f)


def test_length_mismatch_rejected():
    with pytest.raises(ValueError):
        Boxes([[0, 0, 1, 1]], [0, 1], None)


def test_drag_box_any_direction_clamped_and_min_size():
    assert np.allclose(box_from_drag(50, 60, 10, 5, W, H), [10, 5, 50, 60])
    assert np.allclose(box_from_drag(-20, -5, 250, 300, W, H), [0, 0, W, H])
    assert box_from_drag(10, 10, 10 + MIN_SIZE / 2, 40, W, H) is None


def test_move_stops_at_border_keeping_size():
    b = np.array([[10, 10, 50, 40], [60, 20, 80, 30]], float)
    m = moved(b, -30, 100, W, H)
    assert np.allclose(m, [[0, 70, 40, 100], [50, 80, 70, 90]])  # group moved together, sizes kept
    assert np.allclose(m[:, 2] - m[:, 0], [40, 20])


def test_resize_each_handle_and_flip():
    box = [10, 10, 50, 40]
    assert np.allclose(resized(box, "se", 70, 60, W, H), [10, 10, 70, 60])
    assert np.allclose(resized(box, "n", 999, 0, W, H), [10, 0, 50, 40])  # edge handle moves one side
    assert np.allclose(resized(box, "w", -30, 999, W, H), [0, 10, 50, 40])  # clamped at the border
    flipped = resized(box, "e", 0, 25, W, H)  # dragged past the left edge
    assert np.allclose(flipped, [0, 10, 10, 40])
    assert flipped_handle("e", box, flipped) == "w"
    tiny = resized(box, "e", 10.5, 25, W, H)
    assert tiny[2] - tiny[0] == pytest.approx(MIN_SIZE)
    at_edge = resized([190, 10, 200, 40], "w", 200, 20, W, H)
    assert at_edge[2] <= W and at_edge[2] - at_edge[0] == pytest.approx(MIN_SIZE)


def test_hit_test_handles_smallest_box_and_visibility():
    b = make()
    assert hit_test(b, 30, 20, 3) == (0, INSIDE)
    assert hit_test(b, 130, 40, 3) == (2, INSIDE)  # the small box inside the big one wins
    assert hit_test(b, 105, 80, 3) == (1, INSIDE)
    assert hit_test(b, 5, 95, 3) is None
    assert hit_test(b, 51, 41, 3, selected=[0]) == (0, "se")  # handles only on selected boxes
    assert hit_test(b, 51, 41, 3) is None
    assert hit_test(b, 30, 10.5, 3, selected=[0]) == (0, "n")
    vis = np.array([True, True, False])
    assert hit_test(b, 130, 40, 3, visible=vis) == (1, INSIDE)  # hidden boxes cannot be grabbed


def test_visibility_and_tab_order():
    b = make()
    assert list(visible_mask(b, hidden_classes={1})) == [True, False, True]
    assert list(visible_mask(b, min_conf=0.5)) == [True, False, True]  # person-made boxes always show
    assert tab_order(b) == [1, 0, 2]  # least sure first
    assert tab_order(b, visible_mask(b, min_conf=0.5)) == [0, 2]


def test_rescale_and_clamp():
    b = Boxes([[10, 10, 50, 40]], [0], [0.5])
    r = rescaled(b, (W, H), (400, 50))
    assert np.allclose(r.xyxy, [[20, 5, 100, 20]]) and r.conf[0] == 0.5
    assert np.allclose(clamp([[30, 40, -5, 500]], W, H), [[0, 40, 30, 100]])
