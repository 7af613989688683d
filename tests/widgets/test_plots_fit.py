"""The plots show their text whole at a small window's sizes (issue 24, items 9 and 10): the
histogram's auto-method captions never overlap nor leave the plot, the try-all grid fits its width
(no sideways scrolling, every name beside its value), Training's panels fit a 1280x720 pane."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QRectF

from tests.support.clipping import clipped_texts
from tests.support.qt import shown
from widgets.plots.histogram import HistogramWidget, compute_histograms
from widgets.plots.loss_plot import PANELS, LossPlot, Marker
from widgets.plots.threshold_grid import ThresholdGrid

# levels the 16 ImageJ methods and OpenCV's two picked on a demo photo: several within a few levels
LEVELS = {
    "Shanbhag": 55, "Huang": 66, "Minimum": 84, "Li": 86, "Intermodes": 88, "Default": 90, "IsoData": 91,
    "MinError": 95, "Moments": 104, "MaxEntropy": 120, "Otsu": 121, "OpenCV Otsu": 122, "Mean": 125,
    "RenyiEntropy": 127, "Yen": 130, "Percentile": 133, "Triangle": 140, "OpenCV Triangle": 141,
}  # fmt: skip


def _histogram(qtbot, width, height):
    h = shown(qtbot, HistogramWidget(), width, height)
    img = np.random.default_rng(0).normal(120, 15, (200, 200)).clip(0, 255).astype(np.uint8)
    h.set_data(compute_histograms(img))
    h.set_threshold_visible(True)
    h.set_markers(LEVELS)
    qtbot.wait(50)
    return h


def test_method_captions_never_overlap_nor_leave_the_plot(qtbot):
    for width, height in ((640, 200), (420, 180), (1100, 260)):
        h = _histogram(qtbot, width, height)
        rects = h.caption_rects()
        assert len(rects) >= 5, (width, rects)  # most methods keep a caption
        names = list(rects)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                assert not rects[a].intersects(rects[b]), (width, a, b)
        area = h.vb.sceneBoundingRect()
        for name, r in rects.items():
            assert area.contains(QRectF(r).adjusted(1, 1, -1, -1)), (width, name, r, area)
        # every method still answers on its line's tooltip, captioned or not
        tips = "\n".join(it.toolTip() for it in h.marker_items())
        assert all(f"{n} = {v:g}" in tips for n, v in LEVELS.items())
        h.close()


def test_captions_follow_a_resize(qtbot):
    h = _histogram(qtbot, 1100, 260)
    wide = h.caption_rects()
    h.resize(480, 200)
    qtbot.wait(50)
    narrow = h.caption_rects()
    names = list(narrow)
    assert not any(narrow[a].intersects(narrow[b]) for i, a in enumerate(names) for b in names[i + 1 :])
    assert max(r.right() for r in narrow.values()) <= h.vb.sceneBoundingRect().right() + 1
    assert wide != narrow


def test_threshold_grid_fits_its_width_with_whole_captions(qtbot):
    tiles = [(name, level, np.zeros((48, 64), np.uint8)) for name, level in LEVELS.items()]
    for width in (1400, 640, 330):
        g = shown(qtbot, ThresholdGrid(columns=6), width, 260)
        g.set_tiles(tiles)
        qtbot.wait(30)
        assert g.scroll_area.horizontalScrollBar().maximum() == 0, width  # never sideways
        assert g._inner.width() <= g.scroll_area.viewport().width()
        for t in g.tiles:
            assert t.width() >= t.caption_width(), (width, t.name, t.width())
        assert 1 <= g.columns_for(g.scroll_area.viewport().width()) <= 6
        g.close()
    g = shown(qtbot, ThresholdGrid(columns=6), 1400, 260)
    g.set_tiles(tiles)
    assert g.columns_for(g.scroll_area.viewport().width()) == 6  # a wide pane keeps six a row


def test_training_panels_fit_a_small_pane(qtbot):
    p = shown(qtbot, LossPlot(), 660, 420)  # the curves' room at 1280x720 with the Images dock
    cols = {"train/box_loss": np.linspace(5, 1, 30), "metrics/mAP50(B)": np.linspace(0, 0.9, 30)}
    p.set_run("r", "demo_yolov8n", cols)
    p.set_markers("r", [Marker(28, "best", "demo_yolov8n: best 28")])
    qtbot.wait(50)
    view = p.layout_widget
    for title, _cols in PANELS:
        r = p.plots[title].sceneBoundingRect()
        assert r.right() <= view.width() + 1 and r.bottom() <= view.height() + 1, title
    assert clipped_texts(p) == []  # no panel cut or squeezed below its title's width
