"""Model table dialog: Ultralytics' published YOLOv8 n/s/m/l/x figures beside a speed measured
here, on this machine's CPU, for a model the user picks (timed in a worker thread)."""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QT_TRANSLATE_NOOP, Qt
from PyQt6.QtGui import QBrush, QColor, QFont
from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.core.training.model_table import YOLOV8_TABLE, SpeedResult, measure_model
from app.gui.common.workers import JobRunner
from app.gui.i18n import translate

HEADERS = [  # shown through translate("Training", ...)
    QT_TRANSLATE_NOOP("Training", "model"),
    QT_TRANSLATE_NOOP("Training", "size (px)"),
    "mAP50-95 val",
    QT_TRANSLATE_NOOP("Training", "CPU ONNX ms\n(published)"),
    QT_TRANSLATE_NOOP("Training", "A100 TensorRT ms\n(published)"),
    QT_TRANSLATE_NOOP("Training", "params (M)"),
    QT_TRANSLATE_NOOP("Training", "FLOPs (B)"),
    QT_TRANSLATE_NOOP("Training", "CPU ms here\n(PyTorch, batch 1)"),
]


class ModelTableDialog(QDialog):
    def __init__(self, candidates: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Training", "YOLO models: published figures and speed on this machine"))
        self.resize(940, 420)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("Training", h) for h in HEADERS])
        rows_header, columns_header = self.table.verticalHeader(), self.table.horizontalHeader()
        assert rows_header is not None and columns_header is not None  # a QTableWidget has both
        rows_header.setVisible(False)
        columns_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row in YOLOV8_TABLE:
            self._add_row([row[0], row[1], row[2], row[3], row[4], row[5], row[6], "—"])
        self.model_box = QComboBox()
        self.model_box.setEditable(True)
        self.model_box.addItems(candidates or ["yolov8n.yaml"])
        self.model_box.setMinimumWidth(360)
        browse = QPushButton(translate("Training", "Browse…"))
        browse.clicked.connect(self._browse)
        self.imgsz = QSpinBox()
        self.imgsz.setRange(32, 2048)
        self.imgsz.setSingleStep(32)
        self.imgsz.setValue(640)
        self.imgsz.setToolTip(translate("Training", "The published figures are at 640 px"))
        self.measure_btn = QPushButton(translate("Training", "Measure speed here"))
        self.measure_btn.clicked.connect(self.measure)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.note = QLabel(
            translate(
                "Training",
                "Published: Ultralytics YOLOv8 table (COCO val2017, 640 px). "
                "Measured here: median inference time of 10 runs after 2 warm-up runs, batch 1, "
                "PyTorch on this CPU (ONNX/OpenVINO exports are usually faster).",
            )
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("paneInfo")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Training", "Model:")))
        bar.addWidget(self.model_box, 1)
        bar.addWidget(browse)
        bar.addWidget(QLabel(translate("Training", "size:")))
        bar.addWidget(self.imgsz)
        bar.addWidget(self.measure_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(bar)
        lay.addWidget(self.progress)
        lay.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.job: JobRunner | None = None
        self.results: list[SpeedResult] = []

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _add_row(self, values, highlight: bool = False) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, v in enumerate(values):
            it = QTableWidgetItem("—" if v is None else (f"{v:g}" if isinstance(v, float) else str(v)))
            it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if highlight:
                f = QFont()
                f.setBold(True)
                it.setFont(f)
                it.setForeground(QBrush(QColor(120, 200, 255)))
            self.table.setItem(r, c, it)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Training", "Model"), "", translate("Training", "YOLO models (*.pt *.yaml)")
        )
        if path:
            self.model_box.setCurrentText(path)

    def measure(self) -> None:
        if self.job is not None and self.job.busy:
            return
        path, imgsz = self.model_box.currentText().strip(), self.imgsz.value()
        self.measure_btn.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.job = JobRunner(lambda state: measure_model(path, imgsz, runs=10, warmup=2, state=state), self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._measured)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _measured(self, res) -> None:
        self.results.append(res)
        self._add_row(
            [
                translate("Training", "{name} (yours)").format(name=Path(res.model).name),
                res.imgsz,
                None,
                None,
                None,
                res.params_m,
                res.gflops,
                res.ms_median,
            ],
            highlight=True,
        )
        self.measure_btn.setEnabled(True)
        self.progress.setVisible(False)

    def _failed(self, msg: str) -> None:
        self.note.setText(translate("Training", "Measurement failed: {error}").format(error=msg))
        self.measure_btn.setEnabled(True)
        self.progress.setVisible(False)

    def done(self, r: int) -> None:  # closing while measuring: stop the worker at its next check
        if self.job is not None and self.job.busy:
            self.job.cancel()
        super().done(r)
