"""Histogram (pyqtgraph) with a threshold line that can be dragged, and auto-method markers.

    data = compute_histograms(img)        # any thread: luminance + per-channel counts
    h = HistogramWidget(); h.set_data(data)
    h.set_threshold(128); h.thresholdChanged.connect(lambda v, dragging: ...)
    h.set_markers({"Otsu": 121, "Li": 97})

`thresholdChanged(value, dragging)` fires while the line is dragged (dragging=True) and once
when it is dropped (dragging=False); `set_threshold` from code does not emit, so a slider and
the line can follow each other without loops. 16-bit images are binned (1024 bins over
0..65535) and the line works in image values either way.

Its words go through QCoreApplication.translate (context "Histogram") and follow a language
change (QEvent.LanguageChange).

The plot inside (`item`, `vb`: a pyqtgraph PlotItem, ~15 ms to make) is made the first time the
widget is shown or they are asked for: the Process pane in the back costs the app's start little.
What is set before (data, line, markers) is drawn then.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import QCoreApplication, QEvent, Qt, pyqtSignal
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

pg.setConfigOptions(imageAxisOrder="row-major", antialias=False)

CHANNEL_COLORS = {"luminance": (205, 208, 214), "red": (235, 80, 80), "green": (90, 200, 110), "blue": (90, 140, 240)}
MARKER_COLOR = (245, 185, 60)
LINE_COLOR = (61, 142, 232)


@dataclass
class HistData:
    """Bin counts over [0, max_value]; `counts` maps 'luminance' (always) and, for colour
    images, 'blue', 'green', 'red' to arrays of len(edges) - 1."""

    counts: dict[str, np.ndarray]
    edges: np.ndarray
    max_value: int
    pixels: int = 0
    stats: dict[str, float] = field(default_factory=dict)

    @property
    def is_color(self) -> bool:
        return "red" in self.counts


def compute_histograms(img: np.ndarray, bins16: int = 1024) -> HistData:
    """Histograms of a gray or BGR image, uint8 (256 bins) or uint16 (`bins16` bins). Any thread."""
    if img.ndim == 3 and img.shape[2] == 4:
        img = img[:, :, :3]
    if img.dtype == np.uint16:
        max_value, nb, rng = 65535, bins16, [0, 65536]
    else:
        if img.dtype != np.uint8:
            img = cv2.normalize(img.astype(np.float32), None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
        max_value, nb, rng = 255, 256, [0, 256]
    edges = np.linspace(0, rng[1], nb + 1)
    counts: dict[str, np.ndarray] = {}
    if img.ndim == 2:
        gray = img
    else:
        gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
        for i, name in enumerate(("blue", "green", "red")):
            counts[name] = cv2.calcHist([img], [i], None, [nb], rng).ravel()
    counts["luminance"] = cv2.calcHist([gray], [0], None, [nb], rng).ravel()
    mean, std = cv2.meanStdDev(gray)
    stats = {
        "mean": float(mean.ravel()[0]),
        "std": float(std.ravel()[0]),
        "min": float(gray.min()),
        "max": float(gray.max()),
    }
    return HistData(counts, edges, max_value, int(gray.size), stats)


class HistogramWidget(QWidget):
    """See the module docstring. `toolbar` is a QHBoxLayout callers may add controls to."""

    thresholdChanged = pyqtSignal(float, bool)  # value, dragging

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: HistData | None = None
        self._markers: dict[str, float] = {}
        self._marker_items: list[pg.InfiniteLine] = []
        self._setting = False
        self._markers_stale = False  # markers set while hidden: drawn at the next show

        self.channel_combo = QComboBox()
        self.channel_combo.addItems(["", ""])  # texts: retranslate()
        self.log_check = QCheckBox()
        self.markers_check = QCheckBox()
        self.markers_check.setChecked(True)
        self.stats_label = QLabel("")
        self.stats_label.setObjectName("paneInfo")
        # its text changes with every image: it takes what room is left and never widens the row; where
        # that is too little (1280x720) it wraps between the pairs ("mean 118.5  σ 15.1" / "min 45  max 213")
        self.stats_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stats_label.setWordWrap(True)
        self.stats_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        for w in (self.channel_combo, self.log_check, self.markers_check):
            self.toolbar.addWidget(w)
        self.toolbar.addWidget(self.stats_label, 1)

        # the view (what pg.PlotWidget is, less its PlotItem: made by build())
        self.plot = pg.GraphicsView(background=(30, 31, 34))
        self.plot.enableMouse(False)  # the plot's view box takes the mouse, as in a pg.PlotWidget
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot.setMinimumHeight(150)
        self._item: pg.PlotItem | None = None
        self._vb: pg.ViewBox | None = None
        self._curves: dict[str, pg.PlotDataItem] = {}
        self.line = pg.InfiniteLine(
            pos=128,
            angle=90,
            movable=True,
            pen=pg.mkPen(*LINE_COLOR, width=2),
            hoverPen=pg.mkPen(120, 190, 255, width=3),
            label="T={value:.0f}",
            labelOpts={"position": 0.93, "color": (235, 238, 242), "fill": (61, 142, 232, 200), "movable": False},
        )
        self.line.setZValue(20)
        self.line.sigPositionChanged.connect(self._line_moved)
        self.line.sigPositionChangeFinished.connect(self._line_dropped)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        lay.addLayout(self.toolbar)
        lay.addWidget(self.plot, 1)
        self.channel_combo.currentIndexChanged.connect(lambda _: self._redraw())
        self.log_check.toggled.connect(lambda _: self._redraw())
        self.markers_check.toggled.connect(lambda _: self._draw_markers())
        self.set_threshold_visible(False)
        self.retranslate()

    # ----- the plot, made on demand -----
    def build(self) -> None:
        """Make the plot now (the first show does): curves, the threshold line, what was set before."""
        if self._item is not None:
            return
        # no right-click menus: neither the plot's nor its view's is ever built
        pi = self._item = pg.PlotItem(viewBox=pg.ViewBox(enableMenu=False), enableMenu=False)
        pi.setMouseEnabled(x=False, y=False)
        pi.hideButtons()
        for ax in ("left", "bottom"):
            pi.getAxis(ax).setTextPen(pg.mkPen(170, 174, 180))
            pi.getAxis(ax).setPen(pg.mkPen(90, 94, 100))
        pi.getAxis("left").setWidth(44)
        self.plot.setCentralItem(pi)
        self._vb = vb = pi.getViewBox()
        for name, rgb in CHANNEL_COLORS.items():
            c = pg.PlotDataItem(
                stepMode="center",
                fillLevel=0,
                pen=pg.mkPen(*rgb, 200, width=1),
                brush=pg.mkBrush(*rgb, 70 if name == "luminance" else 45),
            )
            # curves change only with new data: cache their rendering, so dragging the line
            # repaints from a pixmap instead of re-filling 256-bin paths
            c.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            pi.addItem(c)
            self._curves[name] = c
        pi.addItem(self.line)
        vb.sigResized.connect(self._relayout_captions)
        vb.sigXRangeChanged.connect(self._relayout_captions)
        self._count_axis()
        self._redraw()
        self._draw_markers(force=True)

    @property
    def item(self) -> pg.PlotItem:
        self.build()
        assert self._item is not None
        return self._item

    @property
    def vb(self) -> pg.ViewBox:
        self.build()
        assert self._vb is not None
        return self._vb

    # ----- data -----
    def set_data(self, data: HistData | None) -> None:
        self.data = data
        if data is not None:
            self.line.setBounds((0, data.max_value))
            s = data.stats
            if s:
                self._show_stats()
        self._redraw()

    def _show_stats(self) -> None:
        s = self.data.stats if self.data is not None else None
        if not s:
            return
        nb = "\u00a0"
        self.stats_label.setText(
            f"{QCoreApplication.translate('Histogram', 'mean')}{nb}{s['mean']:.1f}{nb}{nb}σ{nb}{s['std']:.1f}  "
            f"{QCoreApplication.translate('Histogram', 'min')}{nb}{s['min']:.0f}{nb}{nb}{QCoreApplication.translate('Histogram', 'max')}{nb}{s['max']:.0f}"
        )

    def retranslate(self) -> None:
        """The widget's words in the current language (again on QEvent.LanguageChange)."""
        self.channel_combo.setItemText(0, QCoreApplication.translate("Histogram", "Luminance"))
        self.channel_combo.setItemText(1, QCoreApplication.translate("Histogram", "RGB channels"))
        self.channel_combo.setToolTip(
            QCoreApplication.translate("Histogram", "Luminance, or one curve per colour channel")
        )
        self.log_check.setText(QCoreApplication.translate("Histogram", "Log"))
        self.log_check.setToolTip(QCoreApplication.translate("Histogram", "Logarithmic count axis (log10(count + 1))"))
        self.markers_check.setText(QCoreApplication.translate("Histogram", "Methods"))
        self.markers_check.setToolTip(
            QCoreApplication.translate("Histogram", "Mark the thresholds every automatic method picks")
        )
        self._show_stats()
        self._count_axis()

    def showEvent(self, e) -> None:
        self.build()
        super().showEvent(e)
        if self._markers_stale:
            self._draw_markers(force=True)

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _count_axis(self) -> None:
        if self._item is None:  # build() names it
            return
        log = self.log_check.isChecked()
        self._item.getAxis("left").setLabel(
            QCoreApplication.translate("Histogram", "log₁₀(count+1)")
            if log
            else QCoreApplication.translate("Histogram", "count")
        )

    def set_log(self, on: bool) -> None:
        self.log_check.setChecked(on)

    def set_per_channel(self, on: bool) -> None:
        self.channel_combo.setCurrentIndex(1 if on else 0)

    def shown_curves(self) -> dict[str, np.ndarray]:
        """Curves currently drawn: name -> y values (after the log transform)."""
        self.build()
        return {n: c.yData for n, c in self._curves.items() if c.isVisible() and c.yData is not None}

    def _redraw(self) -> None:
        if self._item is None:  # build() draws it
            return
        d = self.data
        per_channel = self.channel_combo.currentIndex() == 1
        log = self.log_check.isChecked()
        for name, c in self._curves.items():
            show = d is not None and name in d.counts and ((name == "luminance") != (per_channel and d.is_color))
            c.setVisible(show)
            if show and d is not None:
                y = d.counts[name].astype(np.float64)
                c.setData(d.edges, np.log10(y + 1.0) if log else y)
        self._count_axis()
        if d is not None:
            self.vb.setXRange(0, d.max_value, padding=0.01)
            self.vb.enableAutoRange(axis="y")

    # ----- threshold line -----
    def set_threshold_visible(self, on: bool) -> None:
        self.line.setVisible(on)

    def threshold_visible(self) -> bool:
        return self.line.isVisible()

    def threshold(self) -> float:
        return float(self.line.value())

    def set_threshold(self, value: float) -> None:
        """Move the line (from code: no thresholdChanged)."""
        self._setting = True
        try:
            self.line.setValue(float(value))
        finally:
            self._setting = False

    def _line_moved(self) -> None:
        v = round(self.line.value())
        if abs(v - self.line.value()) > 1e-9:  # snap to whole levels while dragging
            self.line.blockSignals(True)
            self.line.setValue(v)
            self.line.blockSignals(False)
        if not self._setting:
            self.thresholdChanged.emit(float(v), bool(self.line.moving))

    def _line_dropped(self) -> None:
        if not self._setting:
            self.thresholdChanged.emit(float(round(self.line.value())), False)

    # ----- auto-method markers -----
    def set_markers(self, markers: dict[str, float]) -> None:
        """{method display name: threshold}; drawn as short dashed lines with labels."""
        self._markers = dict(markers)
        self._draw_markers()

    def markers(self) -> dict[str, float]:
        return dict(self._markers)

    def marker_groups(self) -> list[tuple[float, list[str]]]:
        """Markers grouped: methods within 1.2 % of the range of each other share a line."""
        hi = self.data.max_value if self.data is not None else 255
        groups: list[tuple[float, list[str]]] = []
        for name, v in sorted(self._markers.items(), key=lambda kv: (kv[1], kv[0])):
            if groups and v - groups[-1][0] <= 0.012 * hi:
                groups[-1][1].append(name)
            else:
                groups.append((float(v), [name]))
        return groups

    def _draw_markers(self, force: bool = False) -> None:
        if not self.isVisible():
            # hidden (the Process pane in the back, the other tab in front): the lines and captions
            # are made when shown, laid out for the size then; adding them to the scene is slow
            self._markers_stale = True
            return
        self._markers_stale = False
        groups = self.marker_groups() if self.markers_check.isChecked() else []
        if groups == getattr(self, "_drawn_groups", None) and not force:
            return  # unchanged: no scene churn (adding items is slow)
        self._drawn_groups = groups
        pen = pg.mkPen(*MARKER_COLOR, 150, width=1, style=Qt.PenStyle.DashLine)
        while len(self._marker_items) < len(groups):
            item = pg.InfiniteLine(
                pos=0,
                angle=90,
                movable=False,
                pen=pen,
                label="",
                labelOpts={"color": MARKER_COLOR, "fill": (30, 31, 34, 190), "movable": False},
            )
            item.setZValue(5)
            self.item.addItem(item)
            self._marker_items.append(item)
        rows = self._caption_rows(groups)
        for i, item in enumerate(self._marker_items):
            if i >= len(groups):
                item.setVisible(False)
                continue
            v, names = groups[i]
            text = names[0] if len(names) == 1 else f"{names[0]} +{len(names) - 1}"
            item.setValue(v)
            item.label.setFormat(text)
            item.setToolTip("\n".join(f"{n} = {self._markers[n]:g}" for n in names))
            item.setVisible(True)
            row, anchor_x = rows[i]
            item.label.anchors = [(anchor_x, 0.5), (anchor_x, 0.5)]
            item.label.setPosition(self._row_position(row))
            item.label.setVisible(row >= 0)  # no free row: the line and its tooltip stay, the caption goes
            item.label.valueChanged()

    _ROW_GAP = 6  # px between two captions on one row

    def _row_height(self) -> float:
        """A caption's height with its filled background (the text item pads the text) and a pixel."""
        shown = [it.label for it in self._marker_items if it.label.isVisible()]
        pad = shown[0].boundingRect().height() - self.fontMetrics().height() if shown else 8
        return self.fontMetrics().height() + max(pad, 0) + 1

    def _row_position(self, row: int) -> float:
        """Height along the line (0 bottom, 1 top) of caption row `row`, below the T= label's row."""
        h = max(1.0, self.vb.height())
        return max(0.0, 1.0 - (row + 1.5) * self._row_height() / h)

    def _caption_rows(self, groups: list[tuple[float, list[str]]]) -> list[tuple[int, float]]:
        """(row, horizontal anchor) of each group's caption: captions that would overlap go to the next
        row down (-1: no row left at this height); near the plot's edges a caption lies on the inner
        side of its line (anchor 0: right of it, 1: left of it, 0.5: centred), so none is cut."""
        width = max(1.0, self.vb.width())
        (x0, x1), _ = self.vb.viewRange()
        span = (x1 - x0) or 1.0
        fm = self.fontMetrics()
        n_rows = max(1, int(self.vb.height() / self._row_height()) - 2)
        ends: list[float] = []  # right end of the last caption on each row
        out = []
        for v, names in groups:
            text = names[0] if len(names) == 1 else f"{names[0]} +{len(names) - 1}"
            w = fm.horizontalAdvance(text) + 8
            x = (v - x0) / span * width
            anchor, left = 0.5, x - w / 2
            if left < 0:
                anchor, left = 0.0, x
            elif left + w > width:
                anchor, left = 1.0, x - w
            row = next((r for r, end in enumerate(ends) if left >= end + self._ROW_GAP), -1)
            if row < 0 and len(ends) < n_rows:
                row = len(ends)
                ends.append(0.0)
            if row >= 0:
                ends[row] = left + w
            out.append((row, anchor))
        return out

    def caption_rects(self) -> dict[str, object]:
        """Caption text -> its rectangle in the plot's scene, for the captions shown."""
        return {
            it.label.format: it.label.sceneBoundingRect()
            for it in self._marker_items
            if it.isVisible() and it.label.isVisible()
        }

    def _relayout_captions(self, *_) -> None:
        if self._markers:
            self._draw_markers(force=True)  # the rows depend on the plot's size and range

    def marker_items(self) -> list[pg.InfiniteLine]:
        """The marker lines currently shown."""
        return [it for it in self._marker_items if it.isVisible()]
