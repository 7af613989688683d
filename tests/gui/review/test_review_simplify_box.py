"""The Simplify (G) tolerance has a control beside the class of new boxes (issue 25): shown while
polygons are open, used by G, remembered for the next start."""

import numpy as np
from PyQt6.QtCore import Qt

from app.core.dataset.synth import shapes as synth
from tests.support.canvas import at
from tests.support.review_pane import open_review_pane
from widgets.canvas.shapes_model import simplified


def test_the_tolerance_is_shown_with_polygons_used_by_g_and_remembered(qtbot, tmp_path):
    yaml_path = synth.write_dataset(tmp_path / "seg", n=1, task="segment", size=(320, 240))
    pane = open_review_pane(qtbot, yaml_path, synth.classes_for("segment"))
    cv = pane.canvas
    try:
        box = pane.simplify
        assert box.isVisible() and box.spin.value() == 2.0  # the default
        box.spin.setValue(6.5)
        assert cv.simplify_px == 6.5
        s = cv.boxes
        i = int(np.argmax([len(p) for p in s.pts]))
        qtbot.mouseClick(cv, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(cv, *s.pts[i].mean(0)))
        qtbot.keyClick(cv, Qt.Key.Key_G)
        want = simplified(s.pts[i], 6.5)
        assert np.array_equal(cv.boxes.pts[i], want) and len(want) < len(s.pts[i])
        assert pane.ctx.messages[-1] == f"Simplified: {len(s.pts[i])} → {len(want)} points (tolerance 6.5 px)"
    finally:
        pane.shutdown()
    again = open_review_pane(qtbot, yaml_path, synth.classes_for("segment"))
    try:
        assert again.simplify.spin.value() == 6.5 and again.canvas.simplify_px == 6.5
    finally:
        again.shutdown()
    obb = synth.write_dataset(tmp_path / "obb", n=1, task="obb", size=(320, 240))
    other = open_review_pane(qtbot, obb, synth.classes_for("obb"))
    try:
        assert not other.simplify.isVisible()  # rotated boxes: nothing to simplify
    finally:
        other.shutdown()
