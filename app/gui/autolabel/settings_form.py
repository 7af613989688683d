"""The Auto-label pane's settings: the model (recent models and the demo model, its classes to
tick), the source, the label folder, the inference settings (confidence, NMS IoU, image size,
device, backend, precision), where the run happens (this machine or a Ray cluster) and what
happens to the labels already there (an ExistingLabelsBox, which the pane lays out below the
scrolling form so that it stays in view). options() and keep_choice() are what a run starts with.

The slow answers come from workers, once the form is shown (not at startup): the model's class
names (app.gui.autolabel.class_list) and the count of the labels already there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PyQt6.QtCore import QEvent, Qt, pyqtSignal
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.io.resources import demo_model
from app.gui.autolabel.class_list import ClassList
from app.gui.autolabel.existing import ExistingLabelsBox
from app.gui.common.settings import push_recent, recent
from app.gui.common.workers import LatestRunner
from app.gui.i18n import translate

DEMO_MODEL = demo_model()
RECENT_KEY = "autolabel/recent_models"
REPLACE_KEEP = "replace"  # app.core.autolabel.model_view.REPLACE (imported lazily: no torch at startup)


def _existing(source: str) -> dict:
    """What a run would find (worker thread): app.core.autolabel.model_view.existing_labels."""
    from app.core.autolabel.model_view import existing_labels

    return existing_labels(source)


def _row(*ws) -> QWidget:
    """Widgets side by side in one form row, the combo boxes and line edits taking the room."""
    h = QHBoxLayout()
    h.setContentsMargins(0, 0, 0, 0)
    for w in ws:
        h.addWidget(w, 1 if isinstance(w, (QComboBox, QLineEdit)) else 0)
    box = QWidget()
    box.setLayout(h)
    return box


def _pick_button(text: str, slot, width: int | None = 32) -> QPushButton:
    b = QPushButton(text)
    if width:
        b.setFixedWidth(width)
    b.clicked.connect(slot)
    return b


def _double_spin(low: float, high: float, step: float, value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setValue(value)
    return box


class SettingsForm(QGroupBox):
    """The "Model and data" group; `existing` (the labels already there) is laid out by the pane."""

    modelChosen = pyqtSignal(str)  # the user picked a model (list or "…"): the pane checks it first

    def __init__(self, settings, dataset_root: Callable[[], Path | None], parent=None):
        """settings: the QSettings of the recent models; dataset_root(): the open dataset, if any
        (where a separate label folder goes when the source does not say)."""
        super().__init__(parent)
        self.settings = settings
        self._dataset_root = dataset_root
        self._existing_pending = False
        self._build_paths()
        self._build_inference()
        self._build_engine()
        self._lay_out()
        self.existing_check = LatestRunner(_existing, self)
        self.existing_check.resultReady.connect(self._existing_checked)
        self.existing_check.failed.connect(lambda _s, msg: self.existing.set_counts(None, msg))
        self.source_edit.editingFinished.connect(self.check_existing)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the form in the current language (again on QEvent.LanguageChange)."""
        self.setTitle(translate("Autolabel", "Model and data"))
        self._pick_model.setToolTip(translate("Autolabel", "Choose a model file (.pt, .onnx) or OpenVINO folder"))
        self.source_edit.setPlaceholderText(translate("Autolabel", "folder, data.yaml or .txt list of images"))
        self._pick_src.setToolTip(translate("Autolabel", "Choose a folder of images"))
        self.out_edit.setPlaceholderText(translate("Autolabel", "beside the images (images/ → labels/)"))
        self._pick_out.setText(translate("Autolabel", "Browse…"))
        self._pick_out.setToolTip(
            translate("Autolabel", "Choose the folder the label files go to (empty: beside the images)")
        )
        self.imgsz.setSpecialValueText(translate("Autolabel", "as trained"))
        items = {
            self.backend: (
                translate("Autolabel", "auto (optimized for this machine)"),
                translate("Autolabel", "PyTorch (.pt as is)"),
                translate("Autolabel", "OpenVINO (cached export)"),
                translate("Autolabel", "ONNX Runtime (cached export)"),
            ),
            self.precision: (
                translate("Autolabel", "fast (fastest of int8 / bf16 / float32 passing a check)"),
                translate("Autolabel", "exact (float32, = yolo predict)"),
                translate("Autolabel", "int8 (calibrated on these images)"),
            ),
            self.engine: (translate("Autolabel", "this machine"), translate("Autolabel", "Ray cluster")),
        }
        for combo, texts in items.items():
            for i, text in enumerate(texts):
                combo.setItemText(i, text)
        self.backend.setToolTip(
            translate(
                "Autolabel",
                "auto: a .pt is exported once to OpenVINO with Ultralytics' exporter (cached by the "
                "model's hash in the cache folder, never beside the model) and run there",
            )
        )
        self.force.setText(translate("Autolabel", "relabel images done with the same settings"))
        self.overwrite.setText(translate("Autolabel", "replace reviewed / hand-made labels"))
        self.engine.setToolTip(
            translate(
                "Autolabel",
                "Ray cluster: workers infer on the cluster's nodes (pip install 'labelbench[ray]'), "
                "this app writes every label file and index row",
            )
        )
        self.ray_address.setPlaceholderText(
            translate("Autolabel", "address: HOST:PORT or auto (empty: a private local Ray instance)")
        )
        rows = (
            translate("Autolabel", "Model"),
            translate("Autolabel", "Source"),
            translate("Autolabel", "Labels to"),
            translate("Autolabel", "Confidence"),
            translate("Autolabel", "NMS IoU"),
            translate("Autolabel", "Image size"),
            translate("Autolabel", "Device"),
            translate("Autolabel", "Backend"),
            translate("Autolabel", "Precision"),
            translate("Autolabel", "Engine"),
            translate("Autolabel", "Classes"),
        )
        form = self.layout()
        if not isinstance(form, QFormLayout):  # not built yet
            return
        for i, text in enumerate(rows):
            label = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel):
                widget.setText(text)
        demo = self.model_box.findData(str(DEMO_MODEL))
        if demo >= 0:
            self.model_box.setItemText(demo, translate("Autolabel", "demo model (demo_yolov8n.pt)"))

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # ------------------------------------------------------------------ layout
    def _build_paths(self) -> None:
        self.model_box = QComboBox()
        self.model_box.setMinimumContentsLength(24)
        self.model_box.currentIndexChanged.connect(self._model_picked)
        self.model_box.activated.connect(self._model_activated)
        self._auto_out = ""  # the "Labels to" folder this form filled in (follows the model)
        self._pick_model = _pick_button("…", self._browse_model)
        self.source_edit = QLineEdit()
        self._pick_src = _pick_button("…", self._browse_source)
        self.out_edit = QLineEdit()
        self.out_edit.textEdited.connect(self._out_edited)
        self._pick_out = _pick_button("", self._browse_out, width=None)
        self.existing = ExistingLabelsBox()
        self.existing.choiceChanged.connect(self._keep_changed)
        self.classes = ClassList(self.model_path)

    def _build_inference(self) -> None:
        self.conf = _double_spin(0.01, 1.0, 0.05, 0.25)
        self.iou = _double_spin(0.05, 1.0, 0.05, 0.70)
        self.imgsz = QSpinBox()
        self.imgsz.setRange(0, 4096)
        self.imgsz.setSingleStep(32)
        self.imgsz.setValue(0)
        self.device = QComboBox()
        self.device.addItem("CPU", "cpu")
        if os.path.exists("/proc/driver/nvidia/version"):
            self.device.addItem("CUDA 0", "cuda:0")
        self.backend = QComboBox()
        for data in ("auto", "pt", "openvino", "onnx"):  # texts: retranslate()
            self.backend.addItem(data, data)
        self.precision = QComboBox()
        for data in ("fast", "exact", "int8"):
            self.precision.addItem(data, data)
        self.force = QCheckBox()
        self.overwrite = QCheckBox()
        self.overwrite.setVisible(False)  # set by the choice in "Images that already have labels"

    def _build_engine(self) -> None:
        self.engine = QComboBox()  # where the run happens (app.core.autolabel.engine.ray for a Ray cluster)
        self.engine.addItem("local", "local")
        self.engine.addItem("ray", "ray")
        self.ray_address = QLineEdit()
        self.ray_address.setEnabled(False)
        self.engine.currentIndexChanged.connect(
            lambda *_: self.ray_address.setEnabled(self.engine.currentData() == "ray")
        )

    def _lay_out(self) -> None:
        form = QFormLayout()
        # row labels: retranslate(), in this order
        form.addRow("-", _row(self.model_box, self._pick_model))
        form.addRow("-", _row(self.source_edit, self._pick_src))
        form.addRow("-", _row(self.out_edit, self._pick_out))
        form.addRow("-", self.conf)
        form.addRow("-", self.iou)
        form.addRow("-", self.imgsz)
        form.addRow("-", self.device)
        form.addRow("-", self.backend)
        form.addRow("-", self.precision)
        form.addRow("-", _row(self.engine, self.ray_address))
        form.addRow("-", self.classes)
        form.addRow("", self.force)
        self.setLayout(form)

    # ------------------------------------------------------------------ model and classes
    def fill_models(self, prefer: str | None = None) -> None:
        """The recent models (that still exist) and the demo model; `prefer` chosen and listed first."""
        items = [p for p in recent(self.settings, RECENT_KEY) if Path(p).exists()]
        if DEMO_MODEL.exists() and str(DEMO_MODEL) not in items:
            items.append(str(DEMO_MODEL))
        if prefer and Path(prefer).exists() and prefer not in items:
            items.insert(0, prefer)
        current = prefer or (self.model_box.currentData() if self.model_box.count() else None)
        if not current:
            current = str(DEMO_MODEL) if DEMO_MODEL.exists() else (items[0] if items else None)
        self.model_box.blockSignals(True)
        self.model_box.clear()
        for p in items:
            label = translate("Autolabel", "demo model (demo_yolov8n.pt)") if p == str(DEMO_MODEL) else Path(p).name
            self.model_box.addItem(label, p)
            self.model_box.setItemData(self.model_box.count() - 1, p, Qt.ItemDataRole.ToolTipRole)
        if current in items:
            self.model_box.setCurrentIndex(items.index(current))
        self.model_box.blockSignals(False)
        self._model_picked()

    def _browse_model(self) -> None:
        f, _ = QFileDialog.getOpenFileName(
            self,
            translate("Autolabel", "Choose a detection model"),
            str(Path(self.model_path() or DEMO_MODEL).parent),
            translate("Autolabel", "YOLO models (*.pt *.onnx *.xml);;All files (*)"),
        )
        if f:
            if f.endswith(".xml"):
                f = str(Path(f).parent)
            self.modelChosen.emit(f)  # listed once the pane found it is a detection model

    def remember_path(self, path: str) -> None:
        """A checked model first among the recent ones."""
        push_recent(self.settings, path, RECENT_KEY)

    def model_path(self) -> str | None:
        return self.model_box.currentData()

    def _model_activated(self, _index: int) -> None:
        model = self.model_path()
        if model:
            self.modelChosen.emit(model)

    def remember_model(self) -> None:
        """The chosen model first among the recent ones (a run was started with it)."""
        model = self.model_path()
        if model:
            push_recent(self.settings, model, RECENT_KEY)

    def _model_picked(self, *_) -> None:
        p = self.model_path()
        if p:
            self.classes.read(p)
        out = self.out_edit.text().strip()
        if out and out == self._auto_out:  # the separate folder named after the model follows it
            self._auto_out = str(self._default_out())
            self.out_edit.setText(self._auto_out)

    @property
    def names(self) -> list[str]:
        """The chosen model's class names (empty until read)."""
        return self.classes.names

    # ------------------------------------------------------------------ source and label folder
    def source(self) -> str:
        return self.source_edit.text().strip()

    def set_source(self, src: str) -> None:
        """Another source (a dataset was opened): labels beside its images unless chosen again."""
        self.source_edit.setText(src)
        self.out_edit.clear()

    def _browse_source(self) -> None:
        d = QFileDialog.getExistingDirectory(
            self, translate("Autolabel", "Folder of images to label"), self.source_edit.text() or str(Path.home())
        )
        if d:
            self.source_edit.setText(d)

    # ------------------------------------------------------------------ labels already there
    def check_existing(self) -> None:
        """Count the labels already there (in a worker, once the form is shown: not at startup)."""
        src = self.source()
        self.existing.set_counts(None)
        self._existing_pending = bool(src) and not self.isVisible()
        if src and not self._existing_pending:
            self.existing_check.request(src)

    def showEvent(self, e) -> None:
        super().showEvent(e)
        if self._existing_pending:
            self.check_existing()

    def _existing_checked(self, src, ex) -> None:
        if src == self.source():
            self.existing.set_counts(ex)
            self._keep_changed(self.existing.keep())

    def _keep_changed(self, keep: str) -> None:
        """The choice drives the label folder and the overwrite switch (options() reads those)."""
        from app.core.autolabel.model_view import SEPARATE

        self.overwrite.setChecked(keep == REPLACE_KEEP and self.existing.kept > 0)
        if keep == SEPARATE and self.existing.kept > 0:
            if not self.out_edit.text().strip():
                self._auto_out = str(self._default_out())
                self.out_edit.setText(self._auto_out)
        elif keep != SEPARATE:
            self.out_edit.clear()

    def _default_out(self) -> Path:
        """A separate label folder inside the dataset, named after the model."""
        root = Path((self.existing.counts or {}).get("root") or self._dataset_root() or Path.home())
        return root / "autolabels" / Path(self.model_path() or "model").stem

    def _out_edited(self, text: str) -> None:
        if text.strip() and self.existing.kept > 0:
            from app.core.autolabel.model_view import SEPARATE

            self.existing.set_keep(SEPARATE)

    def _browse_out(self) -> None:
        d = QFileDialog.getExistingDirectory(
            self,
            translate("Autolabel", "Folder for the label files"),
            self.out_edit.text() or str(self._default_out().parent),
        )
        if d:
            self.out_edit.setText(d)
            self._out_edited(d)

    # ------------------------------------------------------------------ what a run starts with
    def keep_choice(self) -> str:
        """separate (a label folder is set), replace (overwrite) or skip: app.core.autolabel.model_view."""
        from app.core.autolabel.model_view import SEPARATE, SKIP

        if self.out_edit.text().strip():
            return SEPARATE
        return REPLACE_KEEP if self.overwrite.isChecked() else SKIP

    def replacing_confirmed(self) -> bool:
        """False when the run would replace labels autolabel did not write and the user says No."""
        if self.keep_choice() != REPLACE_KEEP or self.existing.kept <= 0:
            return True
        box = QMessageBox.question(
            self,
            translate("Autolabel", "Replace existing labels?"),
            translate(
                "Autolabel",
                "%Ln image(s) have labels that autolabel did not write (hand-made, imported or "
                "reviewed).\n\nReplace them with the model's labels? They cannot be recovered afterwards.",
                None,
                self.existing.kept,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return box == QMessageBox.StandardButton.Yes

    def options(self):
        """The app.core.autolabel.engine.local.AutolabelOptions of these settings."""
        from app.core.autolabel.engine.local import AutolabelOptions

        return AutolabelOptions(
            out=self.out_edit.text().strip() or None,
            conf=self.conf.value(),
            iou=self.iou.value(),
            imgsz=self.imgsz.value() or None,
            device=self.device.currentData(),
            classes=self.classes.selected(),
            force=self.force.isChecked(),
            overwrite_reviewed=self.overwrite.isChecked(),
            backend=self.backend.currentData(),
            precision=self.precision.currentData(),
            engine=self.engine.currentData(),
            ray_address=(self.ray_address.text().strip() or None) if self.engine.currentData() == "ray" else None,
        )
