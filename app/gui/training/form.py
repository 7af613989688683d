"""Training pane form: what to train on (split options) and the model/settings of a run."""

from __future__ import annotations

import os
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.training.runner import FAMILY, TrainConfig
from widgets.labels import PathLabel

# (short text that fits the form at 1280x720, what it means: the item's tooltip)
TRAIN_ON = (
    ("Reviewed images", "The images accepted in Review, exported with links into a training folder"),
    ("The open data.yaml", "The open data.yaml as it is, its own train and val lists"),
)


def _spin(lo, hi, val, step=1, tip=""):
    s = QSpinBox()
    s.setRange(lo, hi)
    s.setSingleStep(step)
    s.setValue(val)
    s.setToolTip(tip)
    return s


class TrainingForm(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        data = QGroupBox("Training data")
        f = QFormLayout(data)
        self.data_label = PathLabel("no dataset open")  # a long path elides in the middle, whole in its tooltip
        self.train_on = QComboBox()
        for i, (text, tip) in enumerate(TRAIN_ON):
            self.train_on.addItem(text)
            self.train_on.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.train_on.setToolTip("What to train on: " + "; ".join(f"{t}: {tip.lower()}" for t, tip in TRAIN_ON))
        self.train_on.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.train_on.setMinimumContentsLength(16)
        self.val_frac = QDoubleSpinBox()
        self.val_frac.setRange(0.05, 0.5)
        self.val_frac.setSingleStep(0.05)
        self.val_frac.setValue(0.2)
        self.seed = _spin(0, 10**6, 0, tip="split seed (the same seed gives the same split)")
        self.stratify = QCheckBox("stratify by class")
        f.addRow(self.data_label)
        f.addRow("Train on", self.train_on)
        f.addRow("Val fraction", self.val_frac)
        f.addRow("Seed", self.seed)
        f.addRow(self.stratify)
        v.addWidget(data)

        opts = QGroupBox("Model and settings")
        f = QFormLayout(opts)
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.addItems(FAMILY)
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model.setMinimumContentsLength(14)
        self.model.setToolTip(
            "A family .yaml trains from random initialisation; a local .pt fine-tunes it. Nothing is downloaded."
        )
        browse = QPushButton("…")
        browse.setFixedWidth(28)
        browse.clicked.connect(self._browse_model)
        row = QHBoxLayout()
        row.addWidget(self.model, 1)
        row.addWidget(browse)
        self.epochs = _spin(1, 10000, 30)
        self.imgsz = _spin(32, 2048, 320, 32)
        self.batch = _spin(1, 1024, 16)
        self.lr0 = QDoubleSpinBox()
        self.lr0.setDecimals(5)
        self.lr0.setRange(0.0, 0.5)
        self.lr0.setSingleStep(0.001)
        self.lr0.setSpecialValueText("auto")
        self.lr0.setToolTip("auto: Ultralytics' optimizer=auto picks it; a value trains with SGD at that rate")
        self.device = QLineEdit("cpu")
        self.project = QLineEdit()
        self.project.setPlaceholderText("runs folder (default: <dataset>/.labelbench/runs)")
        f.addRow("Model", row)
        f.addRow("Epochs", self.epochs)
        f.addRow("Image size", self.imgsz)
        f.addRow("Batch", self.batch)
        f.addRow("lr0", self.lr0)
        f.addRow("Device", self.device)
        f.addRow("Runs folder", self.project)
        v.addWidget(opts)

    def _browse_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Model", "", "YOLO models (*.pt *.yaml)")
        if path:
            self.model.setCurrentText(path)

    def config(self, data_yaml: str, project: Path) -> TrainConfig:
        return TrainConfig(
            model=self.model.currentText().strip(),
            data=data_yaml,
            epochs=self.epochs.value(),
            imgsz=self.imgsz.value(),
            batch=self.batch.value(),
            lr0=self.lr0.value() or None,
            device=self.device.text().strip() or "cpu",
            workers=min(2, os.cpu_count() or 1),
            project=str(project),
            name="train",
        )
