"""Process pane details a person saw go wrong (issue 24, items 10 and 11): a drag that rests ends on
the full-size result (it stayed at preview size until the mouse was released), Canny's Low above
High is said under the parameters, and the pixel readout leaves with the pane."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PyQt6.QtCore import QPoint

from app.core.pipeline.batch import load_for_pipeline
from app.core.pipeline.model import Pipeline
from app.gui.common.context import AppContext
from app.gui.process.pane import Pane
from tests.support.paths import ROOT

IMAGE = ROOT / "resources" / "demo" / "images" / "train" / "demo_000003.jpg"


@pytest.fixture
def pane(qtbot):
    p = Pane(AppContext())
    qtbot.addWidget(p)
    p.resize(1000, 640)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def test_a_resting_drag_gets_the_full_size_result(qtbot, pane):
    big = cv2.resize(load_for_pipeline(IMAGE), (2400, 1800), interpolation=cv2.INTER_LINEAR)
    pane.load_image(big)
    e = pane.engine
    qtbot.waitUntil(lambda: e.image is not None and e.shown == (e.gen, 1.0), timeout=15000)
    assert e.preview_scale() < 1.0
    pane.view.editor.select(2)
    c = pane.view.params.control("level")
    c.slider.setSliderDown(True)  # the mouse stays down: no release comes
    for v in (100, 110, 120):
        c.slider.setValue(v)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: e.shown == (e.gen, 1.0), timeout=15000)  # the full frame, mouse still down
    assert c.slider.isSliderDown()
    assert pane.view.result_view.frame().array.shape == big.shape[:2]
    assert np.array_equal(pane.view.result_view.frame().array, pane.pipeline.copy().apply(big))
    assert "full resolution" in pane.view.compute_label.text()
    c.slider.setSliderDown(False)


def test_canny_low_above_high_is_said_and_taken_swapped(qtbot, pane):
    img = load_for_pipeline(IMAGE)
    p = Pipeline(name="edges")
    p.add("gray")
    p.add("canny", {"low": 50, "high": 150})
    pane.set_pipeline(p)
    pane.load_image(str(IMAGE))
    e = pane.engine
    qtbot.waitUntil(lambda: e.image is not None and e.shown == (e.gen, 1.0), timeout=15000)
    pane.view.editor.select(1)
    assert "is above High" not in pane.view.param_doc.text()
    pane.view.params.set_value("low", 460, emit=True)
    text = pane.view.param_doc.text()
    assert "Low threshold 460 is above High 150" in text and "swapped" in text
    assert pane.view.param_doc.isVisible()
    qtbot.waitUntil(lambda: e.shown == (e.gen, 1.0), timeout=15000)
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    assert np.array_equal(pane.view.result_view.frame().array, cv2.Canny(gray, 150, 460))
    pane.view.params.set_value("high", 500, emit=True)
    assert "is above High" not in pane.view.param_doc.text()


def test_pixel_readout_leaves_with_the_pane(qtbot, demo_dir):
    from app.gui.common.settings import make_settings
    from app.gui.main_window import MainWindow

    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(demo_dir / "data.yaml")
    w.show_pane("Process")
    pane = w.panes["Process"]
    pane.load_image(str(demo_dir / "images" / "train" / "demo_000003.jpg"))
    qtbot.waitUntil(lambda: pane.image is not None, timeout=10000)
    view = pane.view.original_view
    qtbot.mouseMove(view, view.rect().center())
    qtbot.waitUntil(lambda: w.pixel_label.text() != "", timeout=3000)  # the readout under the cursor
    for title in ("Review", "Evaluate", "Training", "Browse"):
        w.show_pane(title)
        assert w.pixel_label.text() == "", title
    w.show_pane("Process")
    qtbot.mouseMove(view, view.rect().center() + QPoint(5, 5))
    qtbot.waitUntil(lambda: w.pixel_label.text() != "", timeout=3000)  # and back with the pane
    pane.shutdown()
