"""Process pane toolbar: pipeline files (open / save / export Python) and batch apply to a folder.

Long jobs run through JobRunner (progress, cancel, per-file errors listed, the run goes on);
the pipeline is copied before a job starts, so editing it meanwhile changes nothing in the run.
"""
from __future__ import annotations

import os
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import LabelBenchError
from app.core.pipeline.batch import apply_pipeline_to_folder
from app.core.pipeline.model import Pipeline
from app.gui.common.workers import JobRunner

PIPELINE_FILTER = "Pipeline (*.json);;All files (*)"


def path_row(edit: QLineEdit, pick) -> QWidget:
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    b = QPushButton("Browse…")
    b.clicked.connect(pick)
    lay.addWidget(edit, 1)
    lay.addWidget(b)
    return w


class JobPanel(QWidget):
    """Progress bar, current item, error list and a summary line for one JobRunner run."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.current = QLabel("")
        self.current.setObjectName("paneInfo")
        self.errors = QListWidget()
        self.errors.setObjectName("jobErrors")
        self.errors.setMaximumHeight(140)
        self.errors.setVisible(False)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.bar, self.current, self.errors, self.summary):
            lay.addWidget(w)

    def attach(self, runner: JobRunner) -> None:
        self.errors.clear()
        self.errors.setVisible(False)
        self.summary.setText("")
        runner.progress.connect(self._progress)
        runner.itemError.connect(self._error)

    def _progress(self, done: int, total: int, msg: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.current.setText(f"{done} / {total}   {msg}")

    def _error(self, path: str, reason: str) -> None:
        self.errors.setVisible(True)
        self.errors.addItem(f"{path} — {reason}")


class BatchDialog(QDialog):
    """Apply the current pipeline to every image of a folder (recursive) into another folder."""

    def __init__(self, pipeline: Pipeline, source: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle("Batch apply pipeline")
        self.setMinimumWidth(620)
        self.pipeline = pipeline.copy()
        self.runner: JobRunner | None = None
        self.result: dict | None = None
        self.source = QLineEdit(source)
        self.dest = QLineEdit(os.path.join(source, "processed") if source else "")
        self.format = QComboBox()
        for label, ext in (("Same as input", None), ("PNG", ".png"), ("TIFF", ".tif"), ("JPEG", ".jpg")):
            self.format.addItem(label, ext)
        form = QFormLayout()
        form.addRow("Source (file or folder)", path_row(self.source, self._pick_source))
        form.addRow("Destination folder", path_row(self.dest, self._pick_dest))
        form.addRow("Output format", self.format)
        steps = ", ".join(s.op for s in self.pipeline.steps if s.enabled) or "no steps"
        form.addRow("Pipeline", QLabel(f"{len(self.pipeline)} steps: {steps}"))
        self.panel = JobPanel()
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton("Run", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("Cancel run", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.panel)
        lay.addWidget(self.buttons)

    def _pick_source(self) -> None:
        d = QFileDialog.getExistingDirectory(self, "Source folder", self.source.text())
        if d:
            self.source.setText(d)
            if not self.dest.text():
                self.dest.setText(os.path.join(d, "processed"))

    def _pick_dest(self) -> None:
        d = QFileDialog.getExistingDirectory(self, "Destination folder", self.dest.text())
        if d:
            self.dest.setText(d)

    def start(self) -> None:
        src, dst, ext = self.source.text().strip(), self.dest.text().strip(), self.format.currentData()
        if not src or not dst:
            self.panel.summary.setText("Choose a source and a destination.")
            return
        p = self.pipeline
        self.runner = JobRunner(lambda state: apply_pipeline_to_folder(p, src, dst, state, ext), self)
        self.panel.attach(self.runner)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.runner.start()

    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.cancel()

    def _done(self, text: str) -> None:
        self.panel.summary.setText(text)
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _finished(self, summary: dict) -> None:
        self.result = summary
        self._done(f"Done: {summary['written']} of {summary['images']} images written to {summary['dest']} "
                   f"in {summary['seconds']:.1f} s" + (f"; {summary['failed']} failed (listed above)."
                                                        if summary["failed"] else "."))

    def _failed(self, message: str) -> None:
        self._done(f"Stopped: {message}")

    def _cancelled(self) -> None:
        self._done(f"Cancelled after {self.panel.bar.value()} images; the files written so far are kept.")

    def reject(self) -> None:
        if self.runner is not None and self.runner.is_running():
            self.runner.cancel()
            self.runner.wait(5)
        super().reject()


class ProcessActions:
    """Builds the pane's toolbar actions and runs them."""

    def __init__(self, pane):
        self.pane = pane
        self.dialogs: list[QDialog] = []
        self.last_dir = str(Path.home())
        tb = pane.toolbar
        self.act_open = tb.addAction("Open pipeline…", self.open_pipeline)
        self.act_save = tb.addAction("Save pipeline…", self.save_pipeline)
        self.act_export = tb.addAction("Export Python…", self.export_python)
        self.act_reset = tb.addAction("New pipeline", self.new_pipeline)
        tb.addSeparator()
        self.act_batch = tb.addAction("Batch apply…", self.batch)
        self.act_open.setToolTip("Load a pipeline JSON file")
        self.act_save.setToolTip("Save the pipeline as JSON (for `labelbench filter --pipeline`)")
        self.act_export.setToolTip("Write a standalone cv2 + numpy script with bit-identical output")
        self.act_batch.setToolTip("Apply the pipeline to every image of a folder")
        try:   # classical auto-labeling (contours) is optional until its core module exists
            from app.gui.process.label import add_label_actions
        except ImportError:
            add_label_actions = None
        if add_label_actions is not None:
            add_label_actions(self, tb)

    def _dir(self) -> str:
        return self.last_dir

    def _error(self, title: str, e: Exception) -> None:
        QMessageBox.warning(self.pane, title, str(e))
        self.pane.ctx.status(str(e), 0)

    def open_pipeline(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.pane, "Open pipeline", self._dir(), PIPELINE_FILTER)
            if not path:
                return False
        try:
            p = Pipeline.load(path)
        except LabelBenchError as e:
            self._error("Cannot open pipeline", e)
            return False
        self.last_dir = os.path.dirname(path)
        self.pane.set_pipeline(p)
        self.pane.ctx.status(f"Pipeline {os.path.basename(path)}: {len(p)} steps", 4000)
        return True

    def save_pipeline(self, path: str | None = None) -> bool:
        if path is None:
            name = (self.pane.pipeline.name or "pipeline") + ".json"
            path, _ = QFileDialog.getSaveFileName(self.pane, "Save pipeline", os.path.join(self._dir(), name),
                                                  PIPELINE_FILTER)
            if not path:
                return False
        try:
            self.pane.pipeline.save(path)
        except (LabelBenchError, OSError) as e:
            self._error("Cannot save pipeline", e)
            return False
        self.last_dir = os.path.dirname(path)
        self.pane.ctx.status(f"Saved {path}", 4000)
        return True

    def export_python(self, path: str | None = None) -> bool:
        if path is None:
            name = (self.pane.pipeline.name or "pipeline") + ".py"
            path, _ = QFileDialog.getSaveFileName(self.pane, "Export Python script", os.path.join(self._dir(), name),
                                                  "Python (*.py)")
            if not path:
                return False
        try:
            self.pane.pipeline.export_python(path)
        except (LabelBenchError, OSError) as e:
            self._error("Cannot export", e)
            return False
        self.pane.ctx.status(f"Exported {path}  (run: python {os.path.basename(path)} SOURCE DEST)", 6000)
        return True

    def new_pipeline(self) -> None:
        from app.gui.process.pane import default_pipeline
        self.pane.set_pipeline(default_pipeline())

    def _source_folder(self) -> str:
        ctx = self.pane.ctx
        if ctx.dataset_root is not None:
            return str(ctx.dataset_root)
        return os.path.dirname(self.pane.path) if self.pane.path else ""

    def batch(self) -> BatchDialog:
        d = BatchDialog(self.pane.pipeline, self._source_folder(), self.pane)
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialogs.append(d)
        d.show()
        return d

    def shutdown(self) -> None:
        for d in self.dialogs:
            r = getattr(d, "runner", None)
            if r is not None and r.is_running():
                r.cancel()
                r.wait(3)
