"""HistogramWidget: counts, log / per-channel display, the draggable threshold line, markers."""

from __future__ import annotations

import numpy as np
import pytest
from PyQt6.QtCore import QPointF, Qt
from PyQt6.QtGui import QMouseEvent
from PyQt6.QtWidgets import QApplication

from tests.support.qt import shown
from widgets.plots.histogram import HistogramWidget, compute_histograms


def mouse(widget, kind, pos, buttons):
    ev = QMouseEvent(
        kind,
        QPointF(pos),
        widget.mapToGlobal(QPointF(pos)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, ev)


def drag_line(qtbot, hist: HistogramWidget, to_value: float, steps: int = 8) -> None:
    """Press on the threshold line, move in steps to `to_value`, release (real mouse events)."""
    vb, view = hist.vb, hist.plot
    ymid = sum(vb.viewRange()[1]) / 2

    def at(x):
        return view.mapFromScene(vb.mapViewToScene(QPointF(x, ymid)))

    vp = view.viewport()
    start, end = at(hist.threshold()), at(to_value)
    L = Qt.MouseButton.LeftButton
    mouse(vp, QMouseEvent.Type.MouseButtonPress, start, L)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        mouse(vp, QMouseEvent.Type.MouseMove, p, L)
        qtbot.wait(5)
    mouse(vp, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


@pytest.fixture
def hist(qtbot):
    return shown(qtbot, HistogramWidget(), 800, 260)


def test_counts_match_numpy():
    rng = np.random.default_rng(1)
    g = rng.integers(0, 256, (120, 90), dtype=np.uint8)
    d = compute_histograms(g)
    assert d.max_value == 255 and not d.is_color
    assert np.array_equal(d.counts["luminance"], np.bincount(g.ravel(), minlength=256))
    bgr = rng.integers(0, 256, (50, 60, 3), dtype=np.uint8)
    d = compute_histograms(bgr)
    assert d.is_color and np.array_equal(d.counts["red"], np.bincount(bgr[:, :, 2].ravel(), minlength=256))
    g16 = rng.integers(0, 65536, (40, 40), dtype=np.uint16)
    d = compute_histograms(g16, bins16=1024)
    assert d.max_value == 65535 and len(d.counts["luminance"]) == 1024
    assert np.array_equal(d.counts["luminance"], np.bincount(g16.ravel() // 64, minlength=1024))


def test_log_and_per_channel_display(hist):
    bgr = np.zeros((10, 10, 3), np.uint8)
    bgr[:, :, 2] = 200
    hist.set_data(compute_histograms(bgr))
    assert set(hist.shown_curves()) == {"luminance"}
    hist.set_per_channel(True)
    assert set(hist.shown_curves()) == {"red", "green", "blue"}
    assert hist.shown_curves()["red"][200] == 100
    hist.set_log(True)
    assert hist.shown_curves()["red"][200] == pytest.approx(np.log10(101))


def test_dragging_the_line_emits_live_values_then_final(qtbot, hist):
    hist.set_data(compute_histograms(np.arange(256, dtype=np.uint8).reshape(16, 16)))
    hist.set_threshold_visible(True)
    hist.set_threshold(100)
    got = []
    hist.thresholdChanged.connect(lambda v, d: got.append((v, d)))
    drag_line(qtbot, hist, 180)
    assert got, "dragging the line emitted nothing"
    assert any(d for _, d in got) and got[-1][1] is False  # live while dragging, final on drop
    assert abs(got[-1][0] - 180) <= 2 and hist.threshold() == got[-1][0]
    assert all(v == int(v) for v, _ in got)  # whole levels


def test_set_threshold_from_code_is_silent_and_markers_group(hist):
    hist.set_data(compute_histograms(np.arange(256, dtype=np.uint8).reshape(16, 16)))
    got = []
    hist.thresholdChanged.connect(lambda v, d: got.append(v))
    hist.set_threshold(42)
    assert hist.threshold() == 42 and got == []
    hist.set_markers({"Otsu": 120, "Li": 121, "Mean": 200})
    groups = hist.marker_groups()
    assert groups == [(120.0, ["Otsu", "Li"]), (200.0, ["Mean"])]
    assert [round(m.value()) for m in hist.marker_items()] == [120, 200]
    hist.markers_check.setChecked(False)
    assert hist.marker_items() == []
