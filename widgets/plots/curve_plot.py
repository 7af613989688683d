"""A small pyqtgraph plot for metric curves: several named curves, a marked point, an optional
draggable vertical line (e.g. a confidence threshold), or a bar histogram.

    plot = CurvePlot("F1 vs confidence", "confidence", "F1", draggable=True)
    plot.set_curves([("circle", x, y, (61, 142, 232), 1), ("all classes", x, m, (255, 255, 255), 3)])
    plot.set_marker(0.42, 0.87, "best F1 0.87 at 0.420")
    plot.lineMoved.connect(lambda x: ...)     # dragging the line (also set_line(x))
    plot.set_bars(edges, counts)

The pyqtgraph plot is built the first time the widget is shown, asked for (`item`, `plot`,
`legend`, `line`) or build() is called: a pane with plots in tabs the user may never open costs
little to make. Until then the calls above are kept (the last of each kind) and made at build.

Plain data in, signals out; knows nothing of the application.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QVBoxLayout, QWidget

from widgets.plots.view_box import MenuOnDemandViewBox

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
        legend_anchor=None,
        parent=None,
    ):
        """legend_anchor: (item point, legend point, offset) of LegendItem.anchor, else the offset's corner."""
        super().__init__(parent)
        self.xrange, self.yrange = xrange, yrange
        self._options = (draggable, legend, legend_offset, legend_anchor)
        self._line_pos = 0.25  # the draggable line's place while the plot is not built
        self._pending: dict[str, tuple] = {"texts": ("set_texts", (title, xlabel, ylabel))}  # made at build()
        self._plot: pg.PlotWidget | None = None
        self._items: list = []
        self._marker = None
        self._marker_text: pg.TextItem | None = None
        self._line: pg.InfiniteLine | None = None
        self._legend: pg.LegendItem | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------------ built on demand
    def build(self) -> None:
        """Build the pyqtgraph plot now (the first show does it) and make the calls kept till now."""
        if self._plot is not None:
            return
        draggable, legend, legend_offset, legend_anchor = self._options
        pg.setConfigOptions(antialias=True)
        self._plot = pg.PlotWidget(background=BG, viewBox=MenuOnDemandViewBox())
        item = self._plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.18)
        for ax in ("left", "bottom"):
            item.getAxis(ax).setTextPen(pg.mkPen(*FG))
            item.getAxis(ax).setPen(pg.mkPen(*GRID))
        if self.xrange:
            item.setXRange(*self.xrange, padding=0.01)
        if self.yrange:
            item.setYRange(*self.yrange, padding=0.01)
        if legend:
            self._legend = item.addLegend(
                offset=legend_offset,
                labelTextColor=FG,
                brush=pg.mkBrush(30, 31, 34, 200),
                pen=pg.mkPen(*GRID),
                verSpacing=-6,
            )
            if legend_anchor is not None:
                self._legend.anchor(*legend_anchor)
        lay = self.layout()
        assert lay is not None  # made in __init__
        lay.addWidget(self._plot)
        self._plot.show()  # now, not after the event loop's next turn (its parent may be showing)
        if draggable:
            self._line = pg.InfiniteLine(
                pos=self._line_pos,
                angle=90,
                movable=True,
                pen=pg.mkPen(250, 210, 60, width=2),
                hoverPen=pg.mkPen(255, 235, 120, width=3),
                bounds=list(self.xrange or (0, 1)),
            )
            self._line.sigPositionChanged.connect(lambda ln: self.lineMoved.emit(float(ln.value())))
            item.addItem(self._line, ignoreBounds=True)
        pending, self._pending = self._pending, {}
        for name, args in pending.values():
            getattr(self, name)(*args)

    def _later(self, kind: str, name: str, *args) -> bool:
        """Not built yet: keep the call (the last of its kind) for build() and say so."""
        if self._plot is not None:
            return False
        self._pending[kind] = (name, args)
        return True

    def showEvent(self, e) -> None:
        self.build()
        super().showEvent(e)

    @property
    def plot(self) -> pg.PlotWidget:
        self.build()
        assert self._plot is not None
        return self._plot

    @property
    def item(self) -> pg.PlotItem:
        return self.plot.getPlotItem()

    @property
    def legend(self):
        """The LegendItem (None: made without one)."""
        self.build()
        return self._legend

    @property
    def line(self) -> pg.InfiniteLine | None:
        """The draggable line (None: made without one)."""
        self.build()
        return self._line

    # ------------------------------------------------------------------ content
    def set_texts(self, title: str = "", xlabel: str = "", ylabel: str = "") -> None:
        """The title and the axes' names (the caller's words, in the user's language: set again
        when the language changes)."""
        if self._later("texts", "set_texts", title, xlabel, ylabel):
            return
        self.item.setTitle(f"<span style='color:#c8ccd4'>{title}</span>" if title else None)
        self.item.setLabel("bottom", xlabel, color="#aaaeb4")
        self.item.setLabel("left", ylabel, color="#aaaeb4")

    def clear_curves(self) -> None:
        if self._later("curves", "clear_curves"):
            return
        for it in self._items:
            self.item.removeItem(it)
        self._items = []
        if self._legend is not None:
            self._legend.clear()

    def set_curves(self, curves, step: bool = False) -> None:
        """curves: [(label, x, y, color, width)]; label None = no legend entry."""
        if self._later("curves", "set_curves", curves, step):
            return
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
        if self._later("curves", "set_bars", edges, counts, color, label):
            return
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
        if label and self._legend is not None:
            self._legend.addItem(bars, label)

    def set_marker(self, x: float | None, y: float | None = None, text: str = "") -> None:
        """A highlighted point with a label (e.g. the best-F1 threshold); None removes it."""
        if self._later("marker", "set_marker", x, y, text):
            return
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
        if self._plot is None:
            self._line_pos = float(x)
        elif self._line is not None and abs(self._line.value() - x) > 1e-12:
            self._line.setValue(x)

    def line_value(self) -> float | None:
        if self._plot is None:
            return self._line_pos if self._options[0] else None
        return None if self._line is None else float(self._line.value())
