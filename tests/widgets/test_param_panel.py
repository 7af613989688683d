"""ParamPanel: controls generated from the real op specs; live drag, release, odd kernels, enums."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.pipeline.ops import get_op
from widgets.param_panel import ParamPanel


@pytest.fixture
def panel(qtbot):
    p = ParamPanel()
    qtbot.addWidget(p)
    p.show()
    events = []
    p.changed.connect(lambda n, v, d: events.append((n, v, d)))
    p.events = events
    return p


def test_controls_follow_the_specs(panel):
    op = get_op("adaptive_threshold")
    panel.set_specs(op.params, {"block_size": 51})
    assert set(panel.controls) == {"method", "block_size", "c", "invert"}
    assert panel.values() == {"method": "gaussian", "block_size": 51, "c": 5.0, "invert": False}
    bs = panel.control("block_size")
    assert (bs.spin.minimum(), bs.spin.maximum(), bs.spin.singleStep()) == (3, 501, 2)
    assert bs.slider.maximum() == (501 - 3) // 2  # one slider step per odd kernel
    assert panel.control("method").count() == 2


def test_slider_drag_is_live_then_final_on_release(panel):
    panel.set_specs(get_op("threshold").params, {"level": 128})
    c = panel.control("level")
    c.slider.setSliderDown(True)
    for v in (130, 140, 150):
        c.slider.setValue(v)
    c.slider.setSliderDown(False)  # emits sliderReleased
    assert panel.events == [("level", 130, True), ("level", 140, True), ("level", 150, True), ("level", 150, False)]
    assert c.spin.value() == 150


def test_odd_only_kernel_snaps_even_input(panel):
    panel.set_specs(get_op("gaussian_blur").params, {"ksize": 5})
    k = panel.control("ksize")
    k.spin.setValue(8)  # typed an even size
    assert k.value() % 2 == 1 and k.spin.value() == k.value()
    assert panel.events[-1] == ("ksize", k.value(), False)
    k.slider.setValue(k._index(21))
    assert panel.value("ksize") == 21
    assert all(v % 2 == 1 for _, v, _ in panel.events)


def test_float_enum_bool_and_color_controls(panel):
    panel.set_specs(get_op("contours").params, {})
    panel.control("thickness").spin.setValue(4)
    panel.control("draw").setCurrentIndex(0)
    panel.control("color").set_value((10, 20, 30), emit=True)
    names = [e[0] for e in panel.events]
    assert "thickness" in names and "draw" in names and ("color", (10, 20, 30), False) in panel.events
    assert panel.control("color").text() == "#1e140a"  # shown as RGB hex
    panel.set_specs(get_op("canny").params, {})
    panel.control("l2").setChecked(True)
    assert panel.events[-1] == ("l2", True, False)


def test_huge_range_uses_a_power_slider(panel):
    panel.set_specs(get_op("contours").params, {"min_area": 500.0})
    c = panel.control("min_area")
    assert c.nonlinear and c.slider.maximum() == c.NONLINEAR_STEPS
    # fine steps at the low end, the whole range reachable
    assert c._from_index(1) < 1.0 and c._from_index(c.NONLINEAR_STEPS) == c.hi
    assert abs(c._from_index(c._index(500.0)) - 500.0) < 0.05 * 500


def test_set_value_from_code_does_not_emit(panel):
    panel.set_specs(get_op("threshold").params, {"level": 10})
    panel.set_value("level", 200)
    assert panel.value("level") == 200 and panel.control("level").slider.value() == 200
    assert panel.events == []


def test_sixteen_bit_limits(panel):
    panel.set_specs(get_op("threshold").params, {"level": 1000}, dtype=np.uint16)
    assert panel.control("level").spin.maximum() == 65535
    assert panel.value("level") == 1000
