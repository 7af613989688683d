"""Plots built when first needed (issue 21: a window that starts fast) look and work as if built at
once: a CurvePlot made, filled and only then shown has every curve, text, marker and line it was
given; a plot's right-click menu is there on the first right click, with its view's options and the
plot's own; a histogram given its data, threshold line and method markers while hidden draws them
when shown."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import QPoint, Qt
from PyQt6.QtWidgets import QApplication, QMenu

from tests.support.qt import shown
from widgets.plots.curve_plot import CurvePlot
from widgets.plots.histogram import HistogramWidget, compute_histograms
from widgets.plots.loss_plot import PANELS, LossPlot
from widgets.plots.view_box import MenuOnDemandViewBox


def test_a_curve_plot_filled_before_it_is_shown_shows_it_all(qtbot):
    plot = CurvePlot(draggable=True, legend_anchor=((0.5, 1), (0.5, 1), (0, -14)))
    x = np.linspace(0, 1, 11)
    plot.set_texts("F1 vs confidence", "confidence", "F1")
    plot.set_bars([0, 0.5, 1], [3, 4])  # replaced by the curves below, as on a built plot
    plot.set_curves([("circle", x, x**2, (61, 142, 232), 1), ("all", x, x, (255, 255, 255), 3)])
    plot.set_marker(0.5, 0.25, "best F1 0.25 at 0.500")
    plot.set_line(0.4)
    assert plot.findChildren(pg.PlotWidget) == []  # nothing of pyqtgraph's made yet
    assert plot.line_value() == 0.4

    moved = []
    plot.lineMoved.connect(moved.append)
    shown(qtbot, plot, 500, 400)
    assert len(plot.findChildren(pg.PlotWidget)) == 1 and plot.plot.isVisible()
    item = plot.item
    assert item.titleLabel.text.endswith("F1 vs confidence</span>")
    assert item.getAxis("bottom").labelText == "confidence" and item.getAxis("left").labelText == "F1"
    curves = [i for i in item.items if isinstance(i, pg.PlotDataItem)]
    assert [c.name() for c in curves] == ["circle", "all"]
    assert np.allclose(curves[0].yData, x**2) and not any(isinstance(i, pg.BarGraphItem) for i in item.items)
    assert [label.text for _, label in plot.legend.items] == ["circle", "all"]
    box, room = plot.legend.mapRectToParent(plot.legend.boundingRect()), plot.legend.parentItem().boundingRect()
    assert abs(box.center().x() - room.center().x()) < 2 and abs(box.bottom() - (room.bottom() - 14)) < 2  # anchored
    scatter = next(i for i in item.items if isinstance(i, pg.ScatterPlotItem) and i is not curves[0].scatter)
    assert list(scatter.getData()[0]) == [0.5]
    assert any(isinstance(i, pg.TextItem) and i.toPlainText() == "best F1 0.25 at 0.500" for i in item.items)
    assert plot.line.value() == 0.4 and plot.line_value() == 0.4 and moved == []  # placed, not dragged
    plot.line.setValue(0.6)  # a drag
    assert moved == [0.6]


def test_a_curve_plot_cleared_before_it_is_shown_is_empty(qtbot):
    plot = CurvePlot()
    plot.set_curves([("a", [0, 1], [0, 1], (255, 0, 0), 1)])
    plot.clear_curves()
    shown(qtbot, plot, 300, 200)
    assert not any(isinstance(i, pg.PlotDataItem) for i in plot.item.items)
    assert plot.line is None and plot.line_value() is None


def test_the_right_click_menu_is_built_on_the_first_right_click(qtbot):
    plot = shown(qtbot, LossPlot(), 900, 500)
    panel = plot.plots[PANELS[0][0]]
    vb = panel.getViewBox()
    assert isinstance(vb, MenuOnDemandViewBox) and vb.menu is None and vb.menuEnabled()
    view = plot.layout_widget
    at = view.mapFromScene(vb.mapToScene(vb.boundingRect().center()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=QPoint(at.x(), at.y()))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    try:
        assert menu is vb.menu
        texts = [a.text() for a in menu.actions()]
        assert texts[:4] == ["View All", "X axis", "Y axis", "Mouse Mode"]
        assert "Plot Options" in texts  # the plot's own menu, added by the scene as pyqtgraph does
        assert [a.isChecked() for a in vb.menu.mouseModes] == [False, True]  # the panel's rect zoom
    finally:
        menu.close()
    others = [p.getViewBox() for t, p in plot.plots.items() if t != PANELS[0][0]]
    assert all(v.menu is None for v in others)  # only the one asked for


def test_a_menu_turned_off_is_never_built(qtbot):
    vb = MenuOnDemandViewBox()
    vb.setMenuEnabled(False)
    assert vb.getMenu(None) is None and vb.getContextMenus(None) == [] and vb.menu is None
    vb.setMenuEnabled(True)
    assert vb.menu is None and vb.getContextMenus(None)[0].text() == "View All"
    vb.setMenuEnabled(False)
    assert vb.menu is None
    off = MenuOnDemandViewBox(enableMenu=False)
    assert not off.menuEnabled() and off.getMenu(None) is None


def test_a_histogram_set_while_hidden_is_drawn_when_shown(qtbot):
    h = HistogramWidget()
    qtbot.addWidget(h)
    img = np.random.default_rng(0).normal(120, 15, (200, 200)).clip(0, 255).astype(np.uint8)
    data = compute_histograms(img)
    h.set_data(data)
    h.set_log(True)
    h.set_threshold_visible(True)
    h.set_threshold(140)
    h.set_markers({"Otsu": 118, "Li": 119, "Mean": 120, "Triangle": 60, "MaxEntropy": 180})
    assert h.threshold() == 140 and h.threshold_visible()
    # the Process pane in the back: no plot made, nothing added to a scene yet
    assert not any(isinstance(i, pg.PlotItem) for i in h.plot.scene().items()) and h.marker_items() == []
    shown(qtbot, h, 640, 200)
    assert np.allclose(h.shown_curves()["luminance"], np.log10(data.counts["luminance"] + 1.0))
    assert h.line.scene() is h.plot.scene() and h.line.isVisible() and h.line.value() == 140
    assert h.vb.viewRange()[0][0] < 0 < 255 < h.vb.viewRange()[0][1] < 260  # 0..255, 1 % padding
    assert h.item.getAxis("left").labelText == "log₁₀(count+1)"
    assert [round(m.value()) for m in h.marker_items()] == [60, 118, 180]  # grouped as ever
    rects = h.caption_rects()
    assert len(rects) == 3 and "Otsu +2" in rects
    names = list(rects)
    assert not any(rects[a].intersects(rects[b]) for i, a in enumerate(names) for b in names[i + 1 :])
    h.hide()
    h.set_markers({"Otsu": 50})
    h.show()
    assert [round(m.value()) for m in h.marker_items()] == [50] and list(h.caption_rects()) == ["Otsu"]
