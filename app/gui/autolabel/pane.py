"""Auto-label pane: bulk-label a folder or dataset with a YOLO model, off the GUI thread."""
from __future__ import annotations

import os
import time
from pathlib import Path

from PyQt6.QtCore import Qt, QTimer
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
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.io.resources import demo_model
from app.core.session import INDEX, LABELS, PREDICTIONS
from app.gui.autolabel.existing import ExistingLabelsBox
from app.gui.autolabel.worker import AutolabelWorker
from app.gui.common.settings import make_settings, push_recent, recent
from app.gui.common.state_text import run_progress_text
from app.gui.common.workers import LatestRunner
from widgets.fit_scroll import FitScrollArea
from widgets.image_view import ImageView

TITLE = "Auto-label"
ORDER = 20
DEMO_MODEL = demo_model()
RECENT_KEY = "autolabel/recent_models"


class UnsafeModel(str):
    """_model_names' answer for a file the safe loader refuses: the message (the GUI asks the user)."""


def _model_names(path: str) -> list[str] | UnsafeModel:
    """Class names of a model, read in a worker (loading torch/OpenVINO takes a moment), without
    running code from the file (weights_only read or the export's metadata: app.core.io.model_safety)."""
    os.environ.setdefault("YOLO_OFFLINE", "1")
    from app.core.autolabel.backends import model_format
    from app.core.io.model_safety import UnsafeModelError, class_names
    model_format(path)
    try:
        return class_names(path)
    except UnsafeModelError as e:
        return UnsafeModel(str(e))


def _existing(source: str) -> dict:
    """What a run would find (worker thread): app.core.autolabel.model_view.existing_labels."""
    from app.core.autolabel.model_view import existing_labels
    return existing_labels(source)


REPLACE_KEEP = "replace"   # app.core.autolabel.model_view.REPLACE (imported lazily: no torch at startup)


class Pane(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.settings = make_settings()
        self.worker: AutolabelWorker | None = None
        self.names: list[str] = []
        self.t_start = 0.0
        self.errors_n = 0
        self._build()
        self.names_loader = LatestRunner(_model_names, self)
        self.names_loader.resultReady.connect(self._names_loaded)
        self.names_loader.failed.connect(lambda _p, msg: self._set_classes([], msg))
        self.labeled_root: str | None = None     # the dataset the last run labeled ("Open review queue")
        self.existing_check = LatestRunner(_existing, self)
        self.existing_check.resultReady.connect(self._existing_checked)
        self.existing_check.failed.connect(lambda _s, msg: self.existing.set_counts(None, msg))
        self.source_edit.editingFinished.connect(self._check_existing)
        self._fill_models(str(ctx.model_path) if ctx.model_path else None)
        ctx.datasetOpened.connect(self._dataset_opened)
        ctx.modelChanged.connect(lambda p: self._fill_models(p))
        if ctx.dataset_root is not None:
            self._dataset_opened(str(ctx.dataset_root))
        self._set_running(False)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.model_box = QComboBox()
        self.model_box.setMinimumContentsLength(24)
        self.model_box.currentIndexChanged.connect(self._model_picked)
        pick_model = QPushButton("…")
        pick_model.setToolTip("Choose a model file (.pt, .onnx) or OpenVINO folder")
        pick_model.setFixedWidth(32)
        pick_model.clicked.connect(self._browse_model)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText("folder, data.yaml or .txt list of images")
        pick_src = QPushButton("…")
        pick_src.setFixedWidth(32)
        pick_src.setToolTip("Choose a folder of images")
        pick_src.clicked.connect(self._browse_source)
        self.out_edit = QLineEdit()
        self.out_edit.setPlaceholderText("beside the images (images/ → labels/)")
        self.out_edit.textEdited.connect(self._out_edited)
        pick_out = QPushButton("Browse…")
        pick_out.setToolTip("Choose the folder the label files go to (empty: beside the images)")
        pick_out.clicked.connect(self._browse_out)
        self.existing = ExistingLabelsBox()
        self.existing.choiceChanged.connect(self._keep_changed)
        self.conf = QDoubleSpinBox(decimals=2, minimum=0.01, maximum=1.0, singleStep=0.05, value=0.25)
        self.iou = QDoubleSpinBox(decimals=2, minimum=0.05, maximum=1.0, singleStep=0.05, value=0.70)
        self.imgsz = QSpinBox(minimum=0, maximum=4096, singleStep=32, value=0)
        self.imgsz.setSpecialValueText("as trained")
        self.device = QComboBox()
        self.device.addItem("CPU", "cpu")
        if os.path.exists("/proc/driver/nvidia/version"):
            self.device.addItem("CUDA 0", "cuda:0")
        self.backend = QComboBox()
        self.backend.addItem("auto (optimized for this machine)", "auto")
        self.backend.addItem("PyTorch (.pt as is)", "pt")
        self.backend.addItem("OpenVINO (cached export)", "openvino")
        self.backend.addItem("ONNX Runtime (cached export)", "onnx")
        self.backend.setToolTip("auto: a .pt is exported once to OpenVINO with Ultralytics' exporter (cached by the "
                                "model's hash in the cache folder, never beside the model) and run there")
        self.precision = QComboBox()
        self.precision.addItem("fast (fastest of int8 / bf16 / float32 passing a check)", "fast")
        self.precision.addItem("exact (float32, = yolo predict)", "exact")
        self.precision.addItem("int8 (calibrated on these images)", "int8")
        self.engine = QComboBox()  # where the run happens (app.core.autolabel.ray_engine for a Ray cluster)
        self.engine.addItem("this machine", "local")
        self.engine.addItem("Ray cluster", "ray")
        self.engine.setToolTip("Ray cluster: workers infer on the cluster's nodes (pip install 'labelbench[ray]'), "
                               "this app writes every label file and index row")
        self.ray_address = QLineEdit()
        self.ray_address.setPlaceholderText("address: HOST:PORT or auto (empty: a private local Ray instance)")
        self.ray_address.setEnabled(False)
        self.engine.currentIndexChanged.connect(
            lambda *_: self.ray_address.setEnabled(self.engine.currentData() == "ray"))
        self.force = QCheckBox("relabel images done with the same settings")
        self.overwrite = QCheckBox("replace reviewed / hand-made labels")
        self.classes = QListWidget()
        self.classes.setMaximumHeight(120)

        def row(*ws):
            h = QHBoxLayout()
            h.setContentsMargins(0, 0, 0, 0)
            for w in ws:
                h.addWidget(w, 1 if isinstance(w, (QComboBox, QLineEdit)) else 0)
            box = QWidget()
            box.setLayout(h)
            return box

        form = QFormLayout()
        form.addRow("Model", row(self.model_box, pick_model))
        form.addRow("Source", row(self.source_edit, pick_src))
        form.addRow("Labels to", row(self.out_edit, pick_out))
        form.addRow("Confidence", self.conf)
        form.addRow("NMS IoU", self.iou)
        form.addRow("Image size", self.imgsz)
        form.addRow("Device", self.device)
        form.addRow("Backend", self.backend)
        form.addRow("Precision", self.precision)
        form.addRow("Engine", row(self.engine, self.ray_address))
        form.addRow("Classes", self.classes)
        form.addRow("", self.force)
        self.overwrite.setVisible(False)   # set by the choice in "Images that already have labels"
        settings_box = QGroupBox("Model and data")
        settings_box.setLayout(form)

        self.start_btn = QPushButton("Start")
        self.start_btn.setDefault(True)
        self.pause_btn = QPushButton("Pause")
        self.cancel_btn = QPushButton("Cancel")
        self.start_btn.clicked.connect(self.start)
        self.pause_btn.clicked.connect(self.toggle_pause)
        self.cancel_btn.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        for b in (self.start_btn, self.pause_btn, self.cancel_btn):
            buttons.addWidget(b)

        self.bar = QProgressBar()
        self.bar.setFormat("%v / %m")
        self.rate_label = QLabel("Ready.")
        self.rate_label.setObjectName("paneInfo")
        self.rate_label.setWordWrap(True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.review_btn = QPushButton("Open review queue")
        self.review_btn.clicked.connect(self.open_review)
        self.review_btn.setEnabled(False)

        # the settings scroll (only) when the window is short: Start, the progress and "Open review
        # queue" stay in the window at 1280x720 (tests/gui/test_layout.py)
        left = QVBoxLayout()
        left.addWidget(FitScrollArea(settings_box))
        left.addWidget(self.existing)
        left.addLayout(buttons)
        left.addWidget(self.bar)
        left.addWidget(self.rate_label)
        left.addWidget(self.summary)
        left.addWidget(self.review_btn)
        left.addStretch(1)
        left_w = QWidget()
        left_w.setLayout(left)
        left_w.setMinimumWidth(360)
        left_w.setMaximumWidth(480)

        self.view = ImageView()
        self.view.placeholder = "The latest labeled image appears here while a run is going."
        self.preview_caption = QLabel("")
        self.preview_caption.setObjectName("paneInfo")
        self.error_list = QListWidget()
        self.error_list.setAlternatingRowColors(True)
        self.errors_title = QLabel("Problems: none")
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.view, 1)
        right.addWidget(self.preview_caption)
        right.addWidget(self.errors_title)
        right.addWidget(self.error_list)
        self.error_list.setMaximumHeight(130)
        right_w = QWidget()
        right_w.setLayout(right)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_w)
        split.addWidget(right_w)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        self.tick = QTimer(self)
        self.tick.setInterval(500)
        self.tick.timeout.connect(self._update_rate)
        self._last = (0, 0)

    # ------------------------------------------------------------------ model and source
    def _fill_models(self, prefer: str | None = None) -> None:
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
            label = "demo model (demo_yolov8n.pt)" if p == str(DEMO_MODEL) else Path(p).name
            self.model_box.addItem(label, p)
            self.model_box.setItemData(self.model_box.count() - 1, p, Qt.ItemDataRole.ToolTipRole)
        if current in items:
            self.model_box.setCurrentIndex(items.index(current))
        self.model_box.blockSignals(False)
        self._model_picked()

    def _browse_model(self) -> None:
        f, _ = QFileDialog.getOpenFileName(self, "Choose a detection model", str(Path(self.model_path() or DEMO_MODEL).parent),
                                           "YOLO models (*.pt *.onnx *.xml);;All files (*)")
        if f:
            if f.endswith(".xml"):
                f = str(Path(f).parent)
            push_recent(self.settings, f, RECENT_KEY)
            self._fill_models(f)

    def model_path(self) -> str | None:
        return self.model_box.currentData()

    def _model_picked(self, *_):
        """Class names are read (torch / OpenVINO loaded) only once the pane is shown: opening
        the app must not pay for a model the user may never run."""
        p = self.model_path()
        if p:
            self._set_classes([], "reading class names…")
            self._names_pending = p
            if self.isVisible():
                self._load_pending_names()

    def _load_pending_names(self) -> None:
        p, self._names_pending = getattr(self, "_names_pending", None), None
        if p:
            self.names_loader.request(p)

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self._load_pending_names()
        if getattr(self, "_existing_pending", False):
            self._check_existing()

    def _names_loaded(self, path, names) -> None:
        if path != self.model_path():
            return
        if isinstance(names, UnsafeModel):
            if self._ask_trust(path):
                from app.core.io.model_safety import trust
                trust(path)
                self._set_classes([], "reading class names…")
                self.names_loader.request(path)
            else:
                self._set_classes([], f"refused: {Path(path).name} would run code when loaded")
            return
        self._set_classes(names)

    def _ask_trust(self, path: str) -> bool:
        """The confirmation a model file that can only be loaded unsafely needs, naming the file."""
        box = QMessageBox.question(
            self, "Load a model that can run code?",
            f"{path}\n\nThis model file holds more than the model classes a checkpoint needs: loading it runs "
            "code stored in the file, with your permissions.\n\nLoad it only if you trust where it came from. "
            "Load it anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return box == QMessageBox.StandardButton.Yes

    def _set_classes(self, names: list[str], note: str | None = None) -> None:
        self.names = list(names)
        self.classes.clear()
        if note:
            it = QListWidgetItem(note)
            it.setFlags(Qt.ItemFlag.NoItemFlags)
            self.classes.addItem(it)
        for i, n in enumerate(names):
            it = QListWidgetItem(f"{i}  {n}")
            it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked)
            self.classes.addItem(it)

    def selected_classes(self) -> list[int] | None:
        if not self.names:
            return None
        ids = [i for i in range(self.classes.count())
               if self.classes.item(i).checkState() == Qt.CheckState.Checked]
        return None if len(ids) == len(self.names) else ids

    def _browse_source(self) -> None:
        d = QFileDialog.getExistingDirectory(self, "Folder of images to label", self.source_edit.text() or str(Path.home()))
        if d:
            self.source_edit.setText(d)

    def _dataset_opened(self, root: str) -> None:
        """Another dataset: its source, and nothing left of the previous one's run (preview,
        summary, problems, review button)."""
        if self.worker is None:
            src = self.ctx.data_yaml or root
            self.source_edit.setText(str(src))
            self.out_edit.clear()
            self.view.set_image(None)
            self.preview_caption.setText("")
            self.summary.setText("")
            self.error_list.clear()
            self.errors_n = 0
            self.errors_title.setText("Problems: none")
            self.rate_label.setText("Ready.")
            self.bar.reset()
            self.review_btn.setEnabled(False)
            self.labeled_root = None
            self._check_existing()

    # ------------------------------------------------------------------ labels already there
    def _check_existing(self) -> None:
        """Count the labels already there (in a worker, once the pane is shown: not at startup)."""
        src = self.source_edit.text().strip()
        self.existing.set_counts(None)
        self._existing_pending = bool(src) and not self.isVisible()
        if src and not self._existing_pending:
            self.existing_check.request(src)

    def _existing_checked(self, src, ex) -> None:
        if src != self.source_edit.text().strip():
            return
        self.existing.set_counts(ex)
        self._keep_changed(self.existing.keep())

    def _keep_changed(self, keep: str) -> None:
        """The choice drives the label folder and the overwrite switch (options() reads those)."""
        from app.core.autolabel.model_view import SEPARATE
        self.overwrite.setChecked(keep == REPLACE_KEEP and self.existing.kept > 0)
        if keep == SEPARATE and self.existing.kept > 0:
            if not self.out_edit.text().strip():
                self.out_edit.setText(str(self._default_out()))
        elif keep != SEPARATE:
            self.out_edit.clear()

    def _default_out(self) -> Path:
        """A separate label folder inside the dataset, named after the model."""
        root = Path((self.existing.counts or {}).get("root") or self.ctx.dataset_root or Path.home())
        return root / "autolabels" / Path(self.model_path() or "model").stem

    def _out_edited(self, text: str) -> None:
        if text.strip() and self.existing.kept > 0:
            from app.core.autolabel.model_view import SEPARATE
            self.existing.set_keep(SEPARATE)

    def _browse_out(self) -> None:
        d = QFileDialog.getExistingDirectory(self, "Folder for the label files",
                                             self.out_edit.text() or str(self._default_out().parent))
        if d:
            self.out_edit.setText(d)
            self._out_edited(d)

    def keep_choice(self) -> str:
        """separate (a label folder is set), replace (overwrite) or skip: app.core.autolabel.model_view."""
        from app.core.autolabel.model_view import SEPARATE, SKIP
        if self.out_edit.text().strip():
            return SEPARATE
        return REPLACE_KEEP if self.overwrite.isChecked() else SKIP

    def _confirm_replace(self) -> bool:
        n = self.existing.kept
        box = QMessageBox.question(
            self, "Replace existing labels?",
            f"{n:,} images have labels that autolabel did not write (hand-made, imported or reviewed).\n\n"
            "Replace them with the model's labels? They cannot be recovered afterwards.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return box == QMessageBox.StandardButton.Yes

    def open_review(self) -> None:
        """Review the dataset the last run labeled: opened first if another one is open (asked for
        explicitly by this button), then the Review pane."""
        root = self.labeled_root
        if root and not self.ctx.session.is_same_dataset(root) and Path(root).resolve() != self.ctx.dataset_root:
            from app.core.io.layout import resolve_source
            src = resolve_source(root)
            self.ctx.set_dataset(src.root, src.data_yaml, src.class_names)
        self.ctx.showPane.emit("Review")

    def _publish_run(self) -> None:
        """Labels / index rows / predictions of the labeled dataset changed: every view refreshes."""
        w = self.worker
        if w is None:
            return
        try:
            from app.core.io.layout import resolve_source
            root = resolve_source(w.source).root
        except Exception:  # noqa: BLE001 - an image list or a vanished source: nothing to publish
            return
        self.labeled_root = str(root)
        self.ctx.publish(LABELS | INDEX | PREDICTIONS, (), "autolabel", root)
        self.review_btn.setEnabled(True)

    # ------------------------------------------------------------------ run control
    def options(self):
        from app.core.autolabel.engine import AutolabelOptions
        return AutolabelOptions(out=self.out_edit.text().strip() or None, conf=self.conf.value(), iou=self.iou.value(),
                                imgsz=self.imgsz.value() or None, device=self.device.currentData(),
                                classes=self.selected_classes(), force=self.force.isChecked(),
                                overwrite_reviewed=self.overwrite.isChecked(),
                                backend=self.backend.currentData(), precision=self.precision.currentData(),
                                engine=self.engine.currentData(),
                                ray_address=(self.ray_address.text().strip() or None)
                                if self.engine.currentData() == "ray" else None)

    def start(self) -> None:
        if self.worker is not None:
            return
        source, model = self.source_edit.text().strip(), self.model_path()
        if not source or not model:
            self.rate_label.setText("Choose a model and a source first.")
            return
        if self.selected_classes() == []:
            self.rate_label.setText("Tick at least one class.")
            return
        if self.keep_choice() == REPLACE_KEEP and self.existing.kept > 0 and not self._confirm_replace():
            self.rate_label.setText("Not started: the existing labels are kept (choose how above).")
            return
        push_recent(self.settings, model, RECENT_KEY)
        self.error_list.clear()
        self.errors_n = 0
        self.errors_title.setText("Problems: none")
        self.summary.setText("")
        self.review_btn.setEnabled(False)
        self.bar.setRange(0, 0)
        self.rate_label.setText("Loading the model…")
        w = AutolabelWorker(source, model, self.options(), names=self.names, parent=self, keep=self.keep_choice())
        w.progress.connect(self._progress)
        w.itemError.connect(self._item_error)
        w.preview.connect(self._preview)
        w.log.connect(lambda m: self.ctx.status(m, 8000))
        self._phase = "Loading the model"
        w.log.connect(lambda m: setattr(self, "_phase", m))
        w.finished.connect(self._done)
        w.failed.connect(self._failed)
        w.cancelled.connect(self._cancelled)
        w.ended.connect(self._thread_finished)
        self.worker = w
        self.t_start = time.monotonic()
        self._last = (0, 0)
        self._set_running(True)
        w.start()
        self.tick.start()

    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        if self.worker.state.paused:
            self.worker.resume()
            self.pause_btn.setText("Pause")
        else:
            self.worker.pause()
            self.pause_btn.setText("Resume")
            self.rate_label.setText(self.rate_label.text() + "  (paused)")

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.rate_label.setText("Cancelling: finishing the images in flight…")

    def _set_running(self, running: bool) -> None:
        self.start_btn.setEnabled(not running)
        self.pause_btn.setEnabled(running)
        self.cancel_btn.setEnabled(running)
        self.pause_btn.setText("Pause")

    # ------------------------------------------------------------------ worker signals
    def _progress(self, done: int, total: int, msg: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self._last = (done, total)
        self._msg = msg
        self._update_rate()

    def _update_rate(self) -> None:
        if self.worker is None:
            return
        done, total = self._last
        # before the first image (loading, exporting, compiling the model) the line names that phase
        self.rate_label.setText(run_progress_text(done, total, time.monotonic() - self.t_start,
                                                  getattr(self, "_phase", ""), self.worker.state.paused))

    def _item_error(self, path: str, reason: str) -> None:
        self.errors_n += 1
        self.error_list.addItem(f"{path}: {reason}")
        self.errors_title.setText(f"Problems: {self.errors_n} image(s) skipped")

    def _preview(self, path: str, img, n: int) -> None:
        self.view.set_image(img)
        self.preview_caption.setText(f"{Path(path).name}: {n} box{'es' if n != 1 else ''}")

    def _done(self, r: dict) -> None:
        from html import escape
        reasons = "".join(f"<br>skipped {n}: {why}" for why, n in r.get("skip_reasons", {}).items())
        self.summary.setText(
            f"<b>{r['labeled']:,} labeled</b>, {r['skipped']:,} skipped, {len(r['failed'])} failed of "
            f"{r['images']:,} images in {r['seconds']:.1f} s ({r['images_per_second']:.1f} img/s)<br>"
            f"backend: {r['backend']}"
            + (f"<br>precision {escape(r['precision_why'])}" if r.get("precision_why") else "") + reasons)
        if r.get("model_view"):
            self.summary.setText(self.summary.text() + f"<br>the model's view of {r['model_view']:,} images with kept "
                                 "labels is stored in the dataset's index (Review and Browse draw it dashed)")
        self.ctx.status(f"Auto-label finished: {r['labeled']} labeled", 8000)
        self._publish_run()
        self._check_existing()

    def _failed(self, msg: str) -> None:
        self.summary.setText(f"<b>Stopped:</b> {msg}")
        self._publish_run()

    def _cancelled(self) -> None:
        done, total = self._last
        self.summary.setText(f"Cancelled after {done:,} of {total:,} images. Labels written so far are kept; "
                             "Start resumes where it stopped.")
        self._publish_run()

    def _thread_finished(self) -> None:
        self.tick.stop()
        if self.worker is not None:
            done, total = self._last
            if total:
                self.bar.setRange(0, total)
                self.bar.setValue(done)
            self._update_rate()
            self.worker.wait(5)          # `ended` is its thread's last act: the join is immediate
            self.worker.deleteLater()
        self.worker = None
        self._set_running(False)

    def shutdown(self) -> None:
        """Main window closing: stop the run (completed labels are kept) and wait for the thread."""
        self.names_loader.stop()
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait(10)
