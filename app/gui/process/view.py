"""ProcessView: the Process pane's widgets and their layout (no behaviour; the pane wires them)."""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import Retranslating, translate
from app.gui.process.steps import PipelineEditor
from widgets.image_view import link_views
from widgets.param_panel import ParamPanel
from widgets.plots.histogram import HistogramWidget
from widgets.plots.threshold_grid import ThresholdGrid
from widgets.split_view import FrameView, SplitView


class ProcessView(Retranslating, QWidget):
    """Toolbar, pipeline editor, parameter panel, original/result/split views, histogram and
    threshold grid of the Process pane, laid out. The pane owns one and connects its signals."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.has_image = False  # the info line: the start hint until the pane shows an image's line
        self._build()
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts in the current language (again on QEvent.LanguageChange); the texts that
        follow the image and the pipeline are the pane's (Pane.retranslate)."""
        self.steps_box.setTitle(translate("Process", "Pipeline"))
        self.params_box.setTitle(translate("Process", "Parameters"))
        self.original_view.caption = self.split_view.caption_a = translate("Process", "Original")
        for v in (self.original_view, self.result_view, self.split_view):
            v.placeholder = translate("Process", "Pick an image in the Images list (File ▸ Open Folder…)")
            v.update()
        self.mode_side.setText(translate("Process", "Side by side"))
        self.mode_split.setText(translate("Process", "Split"))
        for i, text in enumerate((translate("Process", "Final result"), translate("Process", "Selected step"))):
            self.show_combo.setItemText(i, text)
        self.show_combo.setToolTip(
            translate("Process", "Show the pipeline's output, or the output of the selected step")
        )
        self.preview_check.setText(translate("Process", "Fast preview"))
        self.preview_check.setToolTip(
            translate("Process", "Compute at screen resolution while dragging; full resolution on release")
        )
        self.fit_button.setText(translate("Process", "Fit"))
        self.show_label.setText(translate("Process", "  Show:"))
        self.hist_source.setToolTip(translate("Process", "Which image the histogram measures"))
        self.hist_label.setText(translate("Process", "Histogram of"))
        self.bottom.setTabText(0, translate("Process", "Histogram"))
        self.bottom.setTabText(1, translate("Process", "Try all thresholds"))
        if not self.has_image:
            self.info.setText(translate("Process", "Pick an image on the left to start."))

    def _build(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.editor = PipelineEditor()
        self.params = ParamPanel()
        self.param_title = QLabel("")
        self.param_title.setStyleSheet("font-weight: 600; padding: 2px 6px;")
        self.param_doc = QLabel("")
        self.param_doc.setWordWrap(True)
        self.param_doc.setObjectName("paneInfo")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.params)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.steps_box = steps_box = QGroupBox()
        QVBoxLayout(steps_box).addWidget(self.editor)
        self.params_box = params_box = QGroupBox()
        pl = QVBoxLayout(params_box)
        pl.addWidget(self.param_title)
        pl.addWidget(scroll, 1)
        pl.addWidget(self.param_doc)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(steps_box)
        left.addWidget(params_box)
        left.setSizes([300, 380])
        left.setMinimumWidth(330)

        # views
        self.original_view, self.result_view, self.split_view = FrameView(), FrameView(), SplitView()
        # the pane's, with the result's size (Pane.retranslate)
        self.result_view.caption = self.split_view.caption_b = translate("Process", "Result")
        link_views(self.original_view, self.result_view, self.split_view)
        side = QWidget()
        sl = QHBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(3)
        sl.addWidget(self.original_view)
        sl.addWidget(self.result_view)
        self.views = QStackedWidget()
        self.views.addWidget(side)
        self.views.addWidget(self.split_view)
        self.mode_side = QPushButton()
        self.mode_split = QPushButton()
        group = QButtonGroup(self)
        for i, b in enumerate((self.mode_side, self.mode_split)):
            b.setCheckable(True)
            group.addButton(b, i)
        self.mode_side.setChecked(True)
        for b in (self.mode_side, self.mode_split):
            b.setStyleSheet(
                "QPushButton { padding: 3px 12px; } "
                "QPushButton:checked { background: #3d8ee8; color: white; border: 1px solid #3d8ee8; }"
            )
        group.idClicked.connect(self.views.setCurrentIndex)
        self.show_combo = QComboBox()
        self.show_combo.addItems(["", ""])  # texts: retranslate()
        self.preview_check = QCheckBox()
        self.preview_check.setChecked(True)
        self.fit_button = fit = QPushButton()
        fit.clicked.connect(self.result_view.fit)
        one = QPushButton("1:1")
        one.clicked.connect(self.result_view.zoom_1_to_1)
        self.compute_label = QLabel("")
        self.compute_label.setObjectName("paneInfo")
        # on the pane's bottom line, right of the image info: the row of view buttons has no room left
        # for it at 1280x720 ("‡ steps"); the text changes every frame, the line's width does not
        self.compute_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        vbar = QHBoxLayout()
        vbar.setContentsMargins(0, 0, 0, 0)
        self.show_label = QLabel()
        for w in (self.mode_side, self.mode_split, self.show_label, self.show_combo, fit, one, self.preview_check):
            vbar.addWidget(w)
        vbar.addStretch(1)

        # histogram + grid
        self.histogram = HistogramWidget()
        self.hist_source = QComboBox()
        self.hist_source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hist_source.setMinimumContentsLength(14)
        self.hist_label = QLabel()
        self.histogram.toolbar.insertWidget(0, self.hist_label)
        self.histogram.toolbar.insertWidget(1, self.hist_source)
        self.grid = ThresholdGrid(columns=6)
        self.bottom = QTabWidget()
        self.bottom.addTab(self.histogram, "")
        self.bottom.addTab(self.grid, "")
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(4)
        cl.addLayout(vbar)
        cl.addWidget(self.views, 1)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(center)
        vsplit.addWidget(self.bottom)
        vsplit.setSizes([560, 240])
        hsplit = QSplitter(Qt.Orientation.Horizontal)
        hsplit.addWidget(left)
        hsplit.addWidget(vsplit)
        hsplit.setStretchFactor(1, 1)
        hsplit.setSizes([360, 1000])
        self.info = QLabel()
        self.info.setObjectName("paneInfo")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(3)
        lay.addWidget(self.toolbar)
        lay.addWidget(hsplit, 1)
        self.vsplit, self.hsplit = vsplit, hsplit
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.compute_label)
        lay.addLayout(bottom)
