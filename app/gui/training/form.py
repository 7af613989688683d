"""Training pane form: what to train on (split options) and the model/settings of a run."""

from __future__ import annotations

import os
from pathlib import Path

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
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
from app.gui.i18n import translate
from widgets.labels import PathLabel

# (short text that fits the form at 1280x720, what it means: the item's tooltip)
TRAIN_ON = (
    (
        QT_TRANSLATE_NOOP("Training", "Reviewed images"),
        QT_TRANSLATE_NOOP("Training", "The images accepted in Review, exported with links into a training folder"),
    ),
    (
        QT_TRANSLATE_NOOP("Training", "The open data.yaml"),
        QT_TRANSLATE_NOOP("Training", "The open data.yaml as it is, its own train and val lists"),
    ),
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
        self.data_box = data = QGroupBox()
        self.data_form = f = QFormLayout(data)
        self.data_label = PathLabel("")  # a long path elides in the middle, whole in its tooltip
        self.train_on = QComboBox()
        for text, _tip in TRAIN_ON:
            self.train_on.addItem(text)
        self.train_on.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.train_on.setMinimumContentsLength(16)
        self.val_frac = QDoubleSpinBox()
        self.val_frac.setRange(0.05, 0.5)
        self.val_frac.setSingleStep(0.05)
        self.val_frac.setValue(0.2)
        self.seed = _spin(0, 10**6, 0)
        self.stratify = QCheckBox()
        f.addRow(self.data_label)
        f.addRow("-", self.train_on)  # row labels: retranslate()
        f.addRow("-", self.val_frac)
        f.addRow("-", self.seed)
        f.addRow(self.stratify)
        v.addWidget(data)

        self.opts_box = opts = QGroupBox()
        self.opts_form = f = QFormLayout(opts)
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.addItems(FAMILY)
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model.setMinimumContentsLength(14)
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
        self.device = QLineEdit("cpu")
        self.project = QLineEdit()
        for w in (row, self.epochs, self.imgsz, self.batch, self.lr0, self.device, self.project):
            f.addRow("-", w)  # row labels: retranslate()
        v.addWidget(opts)
        self._no_dataset = True
        self.retranslate()

    def remember(self, settings) -> None:
        """The form's choices kept in the settings: restored now, written on every change."""
        from app.gui.common.settings import remember_choice, remember_text, remember_value

        remember_choice(settings, "training/train_on", self.train_on, [t for t, _ in TRAIN_ON])
        for key, spin in (
            ("val_frac", self.val_frac),
            ("seed", self.seed),
            ("epochs", self.epochs),
            ("imgsz", self.imgsz),
            ("batch", self.batch),
            ("lr0", self.lr0),
        ):
            remember_value(settings, f"training/{key}", spin)
        remember_text(settings, "training/model", self.model.lineEdit())
        remember_text(settings, "training/device", self.device)

    def retranslate(self) -> None:
        """Every text of the form in the current language (again on QEvent.LanguageChange)."""
        self.data_box.setTitle(translate("Training", "Training data"))
        if self._no_dataset:
            self.data_label.setText(translate("Training", "no dataset open"))
        for i, (text, tip) in enumerate(TRAIN_ON):
            self.train_on.setItemText(i, translate("Training", text))
            self.train_on.setItemData(i, translate("Training", tip), Qt.ItemDataRole.ToolTipRole)
        parts = (f"{translate('Training', t)}: {translate('Training', tip)}" for t, tip in TRAIN_ON)
        self.train_on.setToolTip(translate("Training", "What to train on: {choices}").format(choices="; ".join(parts)))
        self.seed.setToolTip(translate("Training", "split seed (the same seed gives the same split)"))
        self.stratify.setText(translate("Training", "stratify by class"))
        self.model.setToolTip(
            translate(
                "Training",
                "A family .yaml trains from random initialisation; a local .pt fine-tunes it. Nothing is downloaded.",
            )
        )
        self.lr0.setSpecialValueText(translate("Training", "auto"))
        self.lr0.setToolTip(
            translate("Training", "auto: Ultralytics' optimizer=auto picks it; a value trains with SGD at that rate")
        )
        self.project.setPlaceholderText(translate("Training", "runs folder (default: <dataset>/.labelbench/runs)"))
        self.opts_box.setTitle(translate("Training", "Model and settings"))
        labels = {
            self.data_form: (
                translate("Training", "Train on"),
                translate("Training", "Val fraction"),
                translate("Training", "Seed"),
            ),
            self.opts_form: (
                translate("Training", "Model"),
                translate("Training", "Epochs"),
                translate("Training", "Image size"),
                translate("Training", "Batch"),
                "lr0",
                translate("Training", "Device"),
                translate("Training", "Runs folder"),
            ),
        }
        for form, texts in labels.items():
            it = iter(texts)
            for r in range(form.rowCount()):
                label = form.itemAt(r, QFormLayout.ItemRole.LabelRole)
                if label is not None and label.widget() is not None:
                    label.widget().setText(next(it))

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def show_dataset(self, text: str) -> None:
        """The open dataset's line (the pane's)."""
        self._no_dataset = False
        self.data_label.setText(text)

    def _browse_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Training", "Model"), "", translate("Training", "YOLO models (*.pt *.yaml)")
        )
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
