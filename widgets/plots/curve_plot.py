"""A small pyqtgraph plot for metric curves: several named curves, a marked point, an optional
draggable vertical line (e.g. a confidence threshold), or a bar histogram.

    plot = CurvePlot("F1 vs confidence", "confidence", "F1", draggable=True)
    plot.set_curves([("circle", x, y, (61, 142, 232), 1), ("all classes", x, m, (255, 255, 255), 3)])
    plot.set_marker(0.42, 0.87, "best F1 0.87 at 0.420")
    plot.lineMoved.connect(lambda x: ...)     # dragging the line (also set_line(x))
    plot.set_bars(edges, counts)

Plain data in, signals out; knows nothing of the application.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QVBoxLayout, QWidget

BG, FG, GRID = (30, 31, 34), (170, 174, 180), (90, 94, 100)


class CurvePlot(QWidget):
    lineMoved = pyqtSignal(float)

    def __init__(
        self,
        title: str = "",
        xlabel: str = "",
        ylabel: str = "",
        draggable: bool = False,
        xrange=(0.0, 1.0),
        yrange=(0.0, 1.02),
        legend: bool = True,
        legend_offset=(-6, 6),
        parent=None,
    ):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self.plot = pg.PlotWidget(background=BG)
        self.item = self.plot.getPlotItem()
        self.item.showGrid(x=True, y=True, alpha=0.18)
        for ax in ("left", "bottom"):
            self.item.getAxis(ax).setTextPen(pg.mkPen(*FG))
            self.item.getAxis(ax).setPen(pg.mkPen(*GRID))
        self.set_texts(title, xlabel, ylabel)
        self.xrange, self.yrange = xrange, yrange
        if xrange:
            self.item.setXRange(*xrange, padding=0.01)
        if yrange:
            self.item.setYRange(*yrange, padding=0.01)
        self.legend = (
            self.item.addLegend(
                offset=legend_offset,
                labelTextColor=FG,
                brush=pg.mkBrush(30, 31, 34, 200),
                pen=pg.mkPen(*GRID),
                verSpacing=-6,
            )
            if legend
            else None
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)
        self._items: list = []
        self._marker = None
        self._marker_text = None
        self.line = None
        if draggable:
            self.line = pg.InfiniteLine(
                pos=0.25,
                angle=90,
                movable=True,
                pen=pg.mkPen(250, 210, 60, width=2),
                hoverPen=pg.mkPen(255, 235, 120, width=3),
                bounds=list(xrange or (0, 1)),
            )
            self.line.sigPositionChanged.connect(lambda ln: self.lineMoved.emit(float(ln.value())))
            self.item.addItem(self.line, ignoreBounds=True)

    def set_texts(self, title: str = "", xlabel: str = "", ylabel: str = "") -> None:
        """The title and the axes' names (the caller's words, in the user's language: set again
        when the language changes)."""
        self.item.setTitle(f"<span style='color:#c8ccd4'>{title}</span>" if title else None)
        self.item.setLabel("bottom", xlabel, color="#aaaeb4")
        self.item.setLabel("left", ylabel, color="#aaaeb4")

    def clear_curves(self) -> None:
        for it in self._items:
            self.item.removeItem(it)
        self._items = []
        if self.legend is not None:
            self.legend.clear()

    def set_curves(self, curves, step: bool = False) -> None:
        """curves: [(label, x, y, color, width)]; label None = no legend entry."""
        self.clear_curves()
        for label, x, y, color, width in curves:
            pen = pg.mkPen(*color, width=width)
            it = self.item.plot(np.asarray(x, float), np.asarray(y, float), pen=pen, name=label, stepMode=None)
            self._items.append(it)
        if self.xrange:
            self.item.setXRange(*self.xrange, padding=0.01)
        if self.yrange:
            self.item.setYRange(*self.yrange, padding=0.01)

    def set_bars(self, edges, counts, color=(61, 142, 232), label: str | None = None) -> None:
        self.clear_curves()
        edges = np.asarray(edges, float)
        bars = pg.BarGraphItem(
            x0=edges[:-1],
            x1=edges[1:],
            height=np.asarray(counts, float),
            brush=pg.mkBrush(*color, 200),
            pen=pg.mkPen(*GRID),
        )
        self.item.addItem(bars)
        self._items.append(bars)
        top = max(float(np.max(counts)) if len(counts) else 1.0, 1.0)
        self.item.setYRange(0, top * 1.08, padding=0)
        self.item.setXRange(edges[0], edges[-1], padding=0.01)
        if label and self.legend is not None:
            self.legend.addItem(bars, label)

    def set_marker(self, x: float | None, y: float | None = None, text: str = "") -> None:
        """A highlighted point with a label (e.g. the best-F1 threshold); None removes it."""
        for it in (self._marker, self._marker_text):
            if it is not None:
                self.item.removeItem(it)
        self._marker = self._marker_text = None
        if x is None:
            return
        self._marker = pg.ScatterPlotItem(
            [x], [y], size=11, brush=pg.mkBrush(250, 210, 60), pen=pg.mkPen(30, 31, 34, width=1.5), symbol="o"
        )
        self.item.addItem(self._marker)
        if text:
            self._marker_text = pg.TextItem(
                text, color=(250, 210, 60), anchor=(-0.04, 1.15), fill=pg.mkBrush(30, 31, 34, 210)
            )
            self._marker_text.setPos(x, y)
            self.item.addItem(self._marker_text)

    def set_line(self, x: float) -> None:
        if self.line is not None and abs(self.line.value() - x) > 1e-12:
            self.line.setValue(x)

    def line_value(self) -> float | None:
        return None if self.line is None else float(self.line.value())
