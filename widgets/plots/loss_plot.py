"""Training curves (pyqtgraph): a grid of linked per-epoch plots, several runs overlaid, markers.

    plot = LossPlot()
    plot.set_run("run1", "run1", columns, epochs)       # columns: {"train/box_loss": array, ...}
    plot.set_markers("run1", [Marker(12, "best", "best epoch 12"), Marker(15, "overfit", "...")])

Each panel shows some columns of Ultralytics' results.csv: train (solid, the run's colour) and val
(dashed, a lighter tint of it), the key in the panel title (TASK_PANELS, the seg / angle losses
and mask mAP of -seg and -obb runs, are added below the others once a run has them); the legend
names the runs; markers are vertical lines across all panels (coloured by kind) plus a symbol on
the curve the marker refers to. Knows nothing of the app: columns and markers are plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QVBoxLayout, QWidget

from widgets.palette import RUN_RGB
from widgets.plots.view_box import MenuOnDemandViewBox

# (panel title, [(column, label, style)]) ; style: "train" solid, "val" dashed, "metric" solid, "alt" dotted
PANELS = [
    ("box loss", [("train/box_loss", "train", "train"), ("val/box_loss", "val", "val")]),
    ("cls loss", [("train/cls_loss", "train", "train"), ("val/cls_loss", "val", "val")]),
    ("dfl loss", [("train/dfl_loss", "train", "train"), ("val/dfl_loss", "val", "val")]),
    ("precision / recall", [("metrics/precision(B)", "P", "metric"), ("metrics/recall(B)", "R", "alt")]),
    ("mAP50 / mAP50-95", [("metrics/mAP50(B)", "mAP50", "alt"), ("metrics/mAP50-95(B)", "mAP50-95", "metric")]),
    ("learning rate", [("lr/pg0", "lr pg0", "metric")]),
]
# panels added (in this order, after PANELS) once a run has their columns: -seg and -obb runs
TASK_PANELS = [
    ("seg loss", [("train/seg_loss", "train", "train"), ("val/seg_loss", "val", "val")]),
    ("angle loss", [("train/angle_loss", "train", "train"), ("val/angle_loss", "val", "val")]),
    ("mask mAP50 / mAP50-95", [("metrics/mAP50(M)", "mAP50", "alt"), ("metrics/mAP50-95(M)", "mAP50-95", "metric")]),
]
# how the two series of a panel are told apart (the colour is the run's): shown in each title
STYLE_KEY = {
    "box loss": ("train", "val"),
    "cls loss": ("train", "val"),
    "dfl loss": ("train", "val"),
    "precision / recall": ("precision", "recall"),
    "mAP50 / mAP50-95": ("mAP50-95", "mAP50"),
    "seg loss": ("train", "val"),
    "angle loss": ("train", "val"),
    "mask mAP50 / mAP50-95": ("mAP50-95", "mAP50"),
}
MARKER_COLORS = {
    "best": (250, 210, 60),
    "val_min": (120, 200, 255),
    "overfit": (240, 80, 80),
    "lr_too_low": (240, 150, 60),
    "lr_too_high": (240, 150, 60),
    "batch_too_small": (240, 150, 60),
    "healthy": (110, 210, 120),
}
BG, FG, GRID = (30, 31, 34), (170, 174, 180), (90, 94, 100)


@dataclass
class Marker:
    epoch: int
    kind: str  # best | val_min | overfit | lr_too_low | lr_too_high | batch_too_small | healthy
    text: str = ""
    column: str | None = None  # curve that gets a symbol at this epoch (None: line only)


class LossPlot(QWidget):
    def __init__(self, parent=None, columns_per_row: int = 3):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self.layout_widget = pg.GraphicsLayoutWidget()
        self.layout_widget.setBackground(BG)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.layout_widget)
        self.plots: dict[str, pg.PlotItem] = {}
        self.panels = list(PANELS)  # shown, in order: PANELS, then the TASK_PANELS a run needed
        self.columns_per_row = columns_per_row
        self.marker_labels = True  # text beside the marker lines (top-left panel)
        self._runs: dict[str, dict] = {}  # key -> {"label", "color", "items": [...], "markers": [...]}
        for i, (title, _cols) in enumerate(PANELS):
            self._add_plot(title, i, i >= len(PANELS) - columns_per_row)
        # the legend sits in the learning-rate panel, which has the fewest curves
        self.legend = self.plots[PANELS[-1][0]].addLegend(
            offset=(-6, 6), labelTextColor=FG, brush=pg.mkBrush(30, 31, 34, 220), pen=pg.mkPen(*GRID), verSpacing=-6
        )

    def _add_plot(self, title: str, i: int, bottom_label: bool) -> pg.PlotItem:
        cols = self.columns_per_row
        p = self.layout_widget.addPlot(
            row=i // cols, col=i % cols, title=self._title_html(title), viewBox=MenuOnDemandViewBox()
        )
        p.showGrid(x=True, y=True, alpha=0.18)
        for ax in ("left", "bottom"):
            p.getAxis(ax).setTextPen(pg.mkPen(*FG))
            p.getAxis(ax).setPen(pg.mkPen(*GRID))
        p.setLabel("bottom", "epoch", color="#aaaeb4")
        p.showLabel("bottom", bottom_label)  # once, under the bottom row
        p.getAxis("left").setWidth(52)
        p.getViewBox().setMouseMode(pg.ViewBox.RectMode)
        if self.plots:
            p.setXLink(self.plots[PANELS[0][0]])
        self.plots[title] = p
        return p

    def _add_task_panels(self, columns: dict) -> None:
        """The TASK_PANELS whose columns this run has and that are not shown yet (a -seg run's seg
        loss and mask mAP, an -obb run's angle loss), below the others."""
        new = [(t, c) for t, c in TASK_PANELS if t not in self.plots and any(col in columns for col, _, _ in c)]
        if not new:
            return
        for title, cols in new:
            self.panels.append((title, cols))
            self._add_plot(title, len(self.panels) - 1, True)
        for i, (title, _cols) in enumerate(self.panels):  # "epoch" under the panels with none below
            self.plots[title].showLabel("bottom", i + self.columns_per_row >= len(self.panels))
        for key in self._runs:
            self._draw_markers(key)

    @staticmethod
    def _title_html(title: str) -> str:
        """Panel title with the key of its line styles (solid = first series, dashed and lighter = second)
        on a line of its own: three panels a row fit a 1280x720 window."""
        head = title
        key = STYLE_KEY.get(title)
        if key is None:
            return f"<span style='color:#c8ccd4'>{head}</span>"
        return (
            f"<span style='color:#c8ccd4'>{head}</span><br><span style='color:#8a8e96; font-size:8pt'>"
            f"━ {key[0]} &nbsp;┅ {key[1]}</span>"
        )

    # ------------------------------------------------------------------ runs
    def runs(self) -> list[str]:
        return list(self._runs)

    def run_color(self, key: str) -> tuple[int, int, int]:
        return self._runs[key]["color"]

    def set_run(self, key: str, label: str, columns: dict, epochs=None) -> None:
        """Add or update one run's curves (call again with more rows while it trains)."""
        run = self._runs.get(key)
        if run is None:
            used = {r["color"] for r in self._runs.values()}
            color = next((c for c in RUN_RGB if c not in used), RUN_RGB[len(self._runs) % len(RUN_RGB)])
            run = self._runs[key] = {"label": label, "color": color, "items": {}, "markers": [], "marker_items": []}
        run["label"] = label
        n = len(next(iter(columns.values()))) if columns else 0
        x = np.asarray(epochs if epochs is not None else np.arange(1, n + 1), float)
        self._add_task_panels(columns)
        for title, cols in self.panels:
            plot = self.plots[title]
            for col, _name, style in cols:
                if col not in columns:
                    continue
                y = np.asarray(columns[col], float)
                item = run["items"].get(col)
                if item is None:
                    pen = self._pen(run["color"], style)
                    item = pg.PlotDataItem(
                        pen=pen, symbol="o", symbolSize=4, symbolBrush=pg.mkBrush(pen.color()), symbolPen=None
                    )
                    plot.addItem(item)
                    run["items"][col] = item
                    if title == PANELS[0][0] and style == "train":
                        self.legend.addItem(item, label)  # one entry per run: its colour
                item.setData(x, y, connect="finite")
        run["x_max"] = float(np.nanmax(x)) if x.size else 0.0
        self._draw_markers(key)
        self._fit_epochs()

    def _fit_epochs(self) -> None:
        """The epoch axis from 1 to the longest run (at least 1 to 2): never negative epochs, nor
        -10 to 20 around the single point of a run after its first epoch."""
        last = max((r.get("x_max", 0.0) for r in self._runs.values()), default=0.0)
        if last <= 0:
            return
        first = self.plots[PANELS[0][0]]  # the others are linked to it
        first.setXRange(1, max(last, 2.0), padding=0.04)
        for p in self.plots.values():  # whole epochs: no "1.2, 1.4" ticks on a short run
            axis = p.getAxis("bottom")
            axis.setTickSpacing(1, 1) if last <= 12 else axis.setTickSpacing()

    @staticmethod
    def _pen(color, style):
        """train / metric: the run's colour, solid; val / alt: a lighter tint of it, dashed."""
        if style in ("val", "alt"):
            light = tuple(int(c + (255 - c) * 0.45) for c in color)
            return pg.mkPen(*light, width=1.8, style=Qt.PenStyle.DashLine)
        return pg.mkPen(*color, width=2)

    def remove_run(self, key: str) -> None:
        run = self._runs.pop(key, None)
        if run is None:
            return
        for item in run["items"].values():
            for p in self.plots.values():
                if item in p.items:
                    p.removeItem(item)
            self.legend.removeItem(item)
        self._clear_markers(run)
        self._fit_epochs()

    def clear(self) -> None:
        for key in list(self._runs):
            self.remove_run(key)

    def curve(self, key: str, column: str) -> pg.PlotDataItem | None:
        return self._runs.get(key, {}).get("items", {}).get(column)

    # ------------------------------------------------------------------ markers
    def set_markers(self, key: str, markers: list[Marker]) -> None:
        if key not in self._runs:
            return
        self._runs[key]["markers"] = list(markers)
        self._draw_markers(key)

    def markers(self, key: str) -> list[Marker]:
        return list(self._runs.get(key, {}).get("markers", []))

    def marker_items(self, key: str) -> list:
        return list(self._runs.get(key, {}).get("marker_items", []))

    def _clear_markers(self, run: dict) -> None:
        for plot, item in run["marker_items"]:
            plot.removeItem(item)
        run["marker_items"] = []

    def _draw_markers(self, key: str) -> None:
        run = self._runs[key]
        self._clear_markers(run)
        for k, m in enumerate(run["markers"]):
            color = MARKER_COLORS.get(m.kind, (200, 200, 200))
            for i, (title, cols) in enumerate(self.panels):
                plot = self.plots[title]
                line = pg.InfiniteLine(
                    pos=m.epoch, angle=90, pen=pg.mkPen(*color, 200, width=1.5, style=Qt.PenStyle.DashDotLine)
                )
                if i == 0 and m.text and self.marker_labels:
                    line.label = pg.InfLineLabel(
                        line,
                        text=m.text,
                        position=max(0.1, 0.93 - 0.12 * k),
                        anchor=(1, 0.5),
                        color=color,
                        fill=pg.mkBrush(30, 31, 34, 220),
                    )
                plot.addItem(line, ignoreBounds=True)
                run["marker_items"].append((plot, line))
                if m.column and any(c == m.column for c, _, _ in cols):
                    item = run["items"].get(m.column)
                    if item is not None and item.xData is not None:
                        idx = np.nonzero(item.xData == m.epoch)[0]
                        if len(idx):
                            dot = pg.ScatterPlotItem(
                                [m.epoch],
                                [item.yData[idx[0]]],
                                size=14,
                                symbol="star",
                                brush=pg.mkBrush(*color),
                                pen=pg.mkPen(20, 20, 20),
                            )
                            plot.addItem(dot)
                            run["marker_items"].append((plot, dot))
