"""The Process pane, driven like a user: real demo image, real pipeline, real workers."""

from __future__ import annotations

import json
import shutil

import cv2
import numpy as np
import pytest

from app.core.autolabel.classical import BoxFilter, label_image
from app.core.io.yolo_labels import img2label_path, read_labels
from app.core.pipeline.batch import load_for_pipeline
from app.core.pipeline.model import Pipeline
from app.core.pipeline.threshold.choice import method_levels
from app.core.pipeline.threshold.levels import IJ_NAMES
from app.gui.common.context import AppContext
from app.gui.process.engine import SETTLE_MS
from app.gui.process.pane import Pane
from tests.support.paths import ROOT
from tests.widgets.test_histogram import drag_line

DEMO = ROOT / "resources" / "demo"
IMAGE = DEMO / "images" / "train" / "demo_000003.jpg"


@pytest.fixture
def pane(qtbot):
    p = Pane(AppContext())
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def settle(qtbot, pane, timeout=15000):
    """Wait until the full-resolution frame of the latest edit is on screen."""
    e = pane.engine
    qtbot.waitUntil(lambda: e.image is not None and e.shown == (e.gen, 1.0), timeout=timeout)


def shown(pane) -> np.ndarray:
    return pane.view.result_view.frame().array


def load(qtbot, pane, path=IMAGE):
    pane.load_image(str(path))
    qtbot.waitUntil(lambda: pane.image is not None, timeout=10000)
    settle(qtbot, pane)
    return load_for_pipeline(path)


def test_result_is_the_pipeline_output(qtbot, pane):
    img = load(qtbot, pane)
    assert [s.op for s in pane.pipeline] == ["gray", "gaussian_blur", "threshold"]
    assert np.array_equal(shown(pane), pane.pipeline.copy().apply(img))
    assert pane.view.original_view.frame().array.shape == img.shape
    assert pane.view.result_view.zoom == pane.view.original_view.zoom  # linked views


def test_dragging_histogram_line_moves_slider_and_result(qtbot, pane):
    img = load(qtbot, pane)
    pane.view.editor.select(2)
    qtbot.waitUntil(lambda: pane.view.histogram.threshold_visible() and pane.view.histogram.data is not None)
    assert pane.view.histogram.line.movable
    drag_line(qtbot, pane.view.histogram, 90)
    settle(qtbot, pane)
    level = pane.pipeline.steps[2].params["level"]
    assert abs(level - 90) <= 2
    assert pane.view.params.value("level") == level  # the slider followed
    assert pane.view.params.control("level").slider.value() == level
    expect = cv2.threshold(
        cv2.GaussianBlur(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), (5, 5), 0), level, 255, cv2.THRESH_BINARY
    )[1]
    assert np.array_equal(shown(pane), expect)  # and so did the result


def test_dragging_slider_moves_histogram_line_and_result(qtbot, pane):
    img = load(qtbot, pane)
    pane.view.editor.select(2)
    c = pane.view.params.control("level")
    c.slider.setSliderDown(True)
    for v in (140, 150, 160, 170):
        c.slider.setValue(v)
        qtbot.wait(10)
    c.slider.setSliderDown(False)
    settle(qtbot, pane)
    qtbot.waitUntil(lambda: pane.view.histogram.threshold() == 170, timeout=2000)
    assert pane.pipeline.steps[2].params["level"] == 170
    assert "level 170" in pane.view.editor.list.item(2).text()
    assert np.array_equal(shown(pane), pane.pipeline.copy().apply(img))
    assert (shown(pane) > 0).mean() < (pane.pipeline.copy().apply(img) > 0).mean() + 1e-9


def test_preview_while_dragging_full_resolution_on_release(qtbot, pane):
    big = cv2.resize(load_for_pipeline(IMAGE), (2400, 1800), interpolation=cv2.INTER_LINEAR)
    pane.load_image(big)
    qtbot.waitUntil(lambda: pane.image is not None, timeout=10000)
    settle(qtbot, pane)
    assert pane.engine.preview_scale() < 1.0
    pane.view.editor.select(2)
    # a drag that rests SETTLE_MS gets its full frame (test_a_resting_drag_gets_the_full_size_result); on a
    # loaded machine the moves below may be that far apart, so here the drag never counts as resting
    assert pane.engine._settle.interval() == SETTLE_MS
    pane.engine._settle.setInterval(600_000)
    scales = []
    pane.engine.frameReady.connect(lambda r: scales.append(r.scale))
    c = pane.view.params.control("level")
    c.slider.setSliderDown(True)
    for v in range(100, 140, 8):
        c.slider.setValue(v)
        qtbot.wait(15)
    qtbot.waitUntil(lambda: len(scales) > 0, timeout=5000)
    assert all(s < 1.0 for s in scales)  # previews only while dragging
    c.slider.setSliderDown(False)
    settle(qtbot, pane)
    assert scales[-1] == 1.0 and shown(pane).shape == big.shape[:2]
    assert np.array_equal(shown(pane), pane.pipeline.copy().apply(big))
    # the preview frame covered the same image coordinates (no jump in the linked views)
    assert pane.view.result_view.image_size() == (2400, 1800)


def test_pipeline_edits_rerender(qtbot, pane):
    img = load(qtbot, pane)
    first = shown(pane).copy()
    pane.view.editor.select(2)
    pane.view.editor.add_step("invert")  # after the threshold
    settle(qtbot, pane)
    assert [s.op for s in pane.pipeline] == ["gray", "gaussian_blur", "threshold", "invert"]
    assert np.array_equal(shown(pane), 255 - first)
    pane.view.editor.set_enabled(3, False)  # the enable check box
    settle(qtbot, pane)
    assert np.array_equal(shown(pane), first)
    pane.view.editor.select(1)
    pane.view.editor.duplicate_current()
    settle(qtbot, pane)
    assert [s.op for s in pane.pipeline][:3] == ["gray", "gaussian_blur", "gaussian_blur"]
    assert np.array_equal(shown(pane), pane.pipeline.copy().apply(img))
    pane.view.editor.list.moved.emit(2, 0)  # what a drag-and-drop reports
    settle(qtbot, pane)
    assert [s.op for s in pane.pipeline][:2] == ["gaussian_blur", "gray"]
    pane.view.editor.select(0)
    pane.view.editor.remove_current()
    settle(qtbot, pane)
    assert len(pane.pipeline) == 4 and np.array_equal(shown(pane), pane.pipeline.copy().apply(img))


def test_try_all_thresholds_grid(qtbot, pane):
    img = load(qtbot, pane)
    pane.view.bottom.setCurrentWidget(pane.view.grid)
    qtbot.waitUntil(lambda: len(pane.view.grid.tiles) == 18, timeout=15000)
    names = [t.name for t in pane.view.grid.tiles]
    assert names[:16] == [IJ_NAMES[m] for m in IJ_NAMES] and names[16:] == ["OpenCV Otsu", "OpenCV Triangle"]
    src = cv2.GaussianBlur(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), (5, 5), 0)  # the threshold's input
    assert pane.view.grid.values() == {k: float(v) for k, v in method_levels(src).items()}
    otsu = pane.view.grid.tile("Otsu")
    assert set(np.unique(otsu.array)) <= {0, 255}
    # click a tile: the manual threshold takes that level
    from PyQt6.QtCore import Qt

    qtbot.mouseClick(otsu, Qt.MouseButton.LeftButton)
    settle(qtbot, pane)
    assert pane.pipeline.steps[2].params["level"] == int(otsu.value)
    assert pane.view.histogram.threshold() == otsu.value


def test_auto_threshold_step_shows_its_level_read_only(qtbot, pane):
    load(qtbot, pane)
    p = Pipeline()
    p.add("gray")
    p.add("auto_threshold", {"method": "li"})
    pane.set_pipeline(p)
    settle(qtbot, pane)
    qtbot.waitUntil(lambda: pane.view.histogram.threshold_visible(), timeout=5000)
    assert not pane.view.histogram.line.movable
    assert pane.view.histogram.threshold() == pane.view.histogram.markers()["Li"]


def test_save_load_export_and_batch(qtbot, pane, tmp_path):
    load(qtbot, pane)
    a = pane.toolbar_actions
    assert a.save_pipeline(str(tmp_path / "p.json"))
    data = json.loads((tmp_path / "p.json").read_text())
    assert [s["op"] for s in data["steps"]] == ["gray", "gaussian_blur", "threshold"]
    pane.view.editor.add_step("invert")
    assert a.open_pipeline(str(tmp_path / "p.json")) and len(pane.pipeline) == 3
    assert a.export_python(str(tmp_path / "p.py")) and "cv2" in (tmp_path / "p.py").read_text()
    src = tmp_path / "in"
    src.mkdir()
    for n in ("demo_000000.jpg", "demo_000001.jpg"):
        shutil.copy(DEMO / "images" / "train" / n, src / n)
    (src / "broken.png").write_bytes(b"not an image")
    d = a.batch()
    d.source.setText(str(src))
    d.dest.setText(str(tmp_path / "out"))
    d.start()
    qtbot.waitUntil(lambda: d.report is not None, timeout=20000)
    assert d.report["written"] == 2 and d.report["failed"] == 1
    assert d.panel.errors.count() == 1 and "broken.png" in d.panel.errors.item(0).text()
    out = cv2.imread(str(tmp_path / "out" / "demo_000000.jpg"), cv2.IMREAD_UNCHANGED)
    assert out is not None and out.ndim == 2
    d.reject()


def test_label_with_contours(qtbot, pane, tmp_path):
    ds = tmp_path / "ds"
    shutil.copytree(DEMO, ds, ignore=shutil.ignore_patterns(".labelbench"))  # not an index some run left there
    img_path = ds / "images" / "train" / "demo_000003.jpg"
    for lbl in (ds / "labels").rglob("*.txt"):
        lbl.unlink()
    pane.ctx.set_dataset(ds, ds / "data.yaml", ["circle", "square", "triangle", "star", "ring"])
    img = load(qtbot, pane, img_path)
    a = pane.toolbar_actions
    d = a.label_dialog()
    d.min_area.setValue(200)
    d.cls.setCurrentIndex(4)
    qtbot.waitUntil(lambda: d.count.text().endswith("boxes"), timeout=10000)
    filt = BoxFilter(200.0, 0.0, 0.0, 0.0)
    cls, xywhn, _ = label_image(pane.pipeline, img, 4, filt)
    qtbot.waitUntil(lambda: len(pane.box_overlay.boxes) == len(xywhn), timeout=5000)
    opened = []
    pane.ctx.openInReview.connect(lambda p, i: opened.append(p))
    d.label_current()
    qtbot.waitUntil(lambda: d.report is not None, timeout=15000)
    got, issues = read_labels(img2label_path(str(img_path)))
    assert not issues and len(got.cls) == len(xywhn) and set(got.cls.tolist()) <= {4}
    assert np.allclose(got.xywhn, xywhn, atol=1e-6) and opened == [str(img_path)]
    d.report = None
    d.label_all()
    qtbot.waitUntil(lambda: d.report is not None, timeout=60000)
    n_images = len(list((ds / "images").rglob("*.jpg")))
    assert d.report["images"] == n_images and d.report["labeled"] + d.report["skipped"] == n_images
    assert not d.report["failed"]
    d.reject()
