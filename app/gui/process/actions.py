"""Process pane toolbar: pipeline files (open / save / export Python) and batch apply to a folder.

Long jobs run through JobRunner (progress, cancel, per-file errors listed, the run goes on);
the pipeline is copied before a job starts, so editing it meanwhile changes nothing in the run.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
)

from app.core.errors import LabelBenchError
from app.core.pipeline.batch import apply_pipeline_to_folder
from app.core.pipeline.model import Pipeline, default_pipeline
from app.gui.common.job_panel import JobPanel, add_button, close_button, path_row
from app.gui.common.workers import JobRunner
from app.gui.i18n import translate
from app.gui.process.label import BoxOverlay, LabelDialog


def pipeline_filter() -> str:
    return translate("Process", "Pipeline (*.json);;All files (*)")


class BatchDialog(QDialog):
    """Apply the current pipeline to every image of a folder (recursive) into another folder."""

    def __init__(self, pipeline: Pipeline, source: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Process", "Batch apply pipeline"))
        self.setMinimumWidth(620)
        self.pipeline = pipeline.copy()
        self.runner: JobRunner | None = None
        self.report: dict | None = None
        self.source = QLineEdit(source)
        self.dest = QLineEdit(os.path.join(source, "processed") if source else "")
        self.format = QComboBox()
        same = translate("Process", "Same as input")
        for label, ext in ((same, None), ("PNG", ".png"), ("TIFF", ".tif"), ("JPEG", ".jpg")):
            self.format.addItem(label, ext)
        form = QFormLayout()
        form.addRow(translate("Process", "Source (file or folder)"), path_row(self.source, self._pick_source))
        form.addRow(translate("Process", "Destination folder"), path_row(self.dest, self._pick_dest))
        form.addRow(translate("Process", "Output format"), self.format)
        steps = ", ".join(s.op for s in self.pipeline.steps if s.enabled) or translate("Process", "no steps")
        n = len(self.pipeline)
        form.addRow(
            translate("Process", "Pipeline"),
            QLabel(translate("Process", "%n step(s): {steps}", None, n).format(steps=steps)),
        )
        self.panel = JobPanel()
        self.buttons = QDialogButtonBox()
        self.run_button = add_button(self.buttons, translate("Process", "Run"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = add_button(self.buttons, translate("Process", "Cancel run"))
        self.close_button = close_button(self.buttons)
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.panel)
        lay.addWidget(self.buttons)

    def _pick_source(self) -> None:
        d = QFileDialog.getExistingDirectory(self, translate("Process", "Source folder"), self.source.text())
        if d:
            self.source.setText(d)
            if not self.dest.text():
                self.dest.setText(os.path.join(d, "processed"))

    def _pick_dest(self) -> None:
        d = QFileDialog.getExistingDirectory(self, translate("Process", "Destination folder"), self.dest.text())
        if d:
            self.dest.setText(d)

    def start(self) -> None:
        src, dst, ext = self.source.text().strip(), self.dest.text().strip(), self.format.currentData()
        if not src or not dst:
            self.panel.summary.setText(translate("Process", "Choose a source and a destination."))
            return
        if self.runner is not None and self.runner.busy:
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
        self.report = summary
        text = translate(
            "Process", "Done: {written} of %n image(s) written to {dest} in {seconds} s", None, summary["images"]
        )
        text = text.format(written=summary["written"], dest=summary["dest"], seconds=f"{summary['seconds']:.1f}")
        if summary["failed"]:
            text += translate("Process", "; {failed} failed (listed above).").format(failed=summary["failed"])
        else:
            text += "."
        self._done(text)

    def _failed(self, message: str) -> None:
        self._done(translate("Process", "Stopped: {message}").format(message=message))

    def _cancelled(self) -> None:
        n = self.panel.bar.value()
        self._done(translate("Process", "Cancelled after %n image(s); the files written so far are kept.", None, n))

    def reject(self) -> None:
        if self.runner is not None and self.runner.busy:
            self.runner.cancel()
            self.runner.wait(5)
        super().reject()


def _tool_action(toolbar: QToolBar, slot: Callable[[], object]) -> QAction:
    """A toolbar action (its text and tooltip are set by retranslate)."""
    a = QAction("", toolbar)
    a.triggered.connect(lambda _=False: slot())
    toolbar.addAction(a)
    return a


class ProcessActions:
    """Builds the pane's toolbar actions (pipeline files, batch apply, contour labels) and runs them.

    `pane` is the Process pane: its ctx, path, image, pipeline, set_pipeline() and view are used.
    """

    def __init__(self, pane, toolbar: QToolBar, box_overlay: BoxOverlay):
        self.pane = pane
        self.box_overlay = box_overlay
        self.dialogs: list[QDialog] = []
        self.last_dir = str(Path.home())
        tb = toolbar
        self.act_open = _tool_action(tb, self.open_pipeline)
        self.act_save = _tool_action(tb, self.save_pipeline)
        self.act_export = _tool_action(tb, self.export_python)
        self.act_reset = _tool_action(tb, self.new_pipeline)
        tb.addSeparator()
        self.act_batch = _tool_action(tb, self.batch)
        self.act_label = _tool_action(tb, self.label_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        """The toolbar's texts in the current language (the pane calls this on QEvent.LanguageChange)."""
        self.act_open.setText(translate("Process", "Open pipeline…"))
        self.act_save.setText(translate("Process", "Save pipeline…"))
        self.act_export.setText(translate("Process", "Export Python…"))
        self.act_reset.setText(translate("Process", "New pipeline"))
        self.act_batch.setText(translate("Process", "Batch apply…"))
        self.act_label.setText(translate("Process", "Label with contours…"))
        self.act_open.setToolTip(translate("Process", "Load a pipeline JSON file"))
        self.act_save.setToolTip(translate("Process", "Save the pipeline as JSON (for `labelbench filter --pipeline`)"))
        self.act_export.setToolTip(
            translate("Process", "Write a standalone cv2 + numpy script with bit-identical output")
        )
        self.act_batch.setToolTip(translate("Process", "Apply the pipeline to every image of a folder"))
        self.act_label.setToolTip(
            translate("Process", "Boxes from the contours of the binary result: this image or a whole folder")
        )

    def _dir(self) -> str:
        return self.last_dir

    def _error(self, title: str, e: Exception) -> None:
        QMessageBox.warning(self.pane, title, str(e))
        self.pane.ctx.status(str(e), 0)

    def open_pipeline(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.pane, translate("Process", "Open pipeline"), self._dir(), pipeline_filter()
            )
            if not path:
                return False
        try:
            p = Pipeline.load(path)
        except LabelBenchError as e:
            self._error(translate("Process", "Cannot open pipeline"), e)
            return False
        self.last_dir = os.path.dirname(path)
        self.pane.set_pipeline(p)
        text = translate("Process", "Pipeline {name}: %n step(s)", None, len(p)).format(name=os.path.basename(path))
        self.pane.ctx.status(text, 4000)
        return True

    def save_pipeline(self, path: str | None = None) -> bool:
        if path is None:
            name = self.pane.pipeline.file_stem() + ".json"  # its name or its steps, never "untitled"
            path, _ = QFileDialog.getSaveFileName(
                self.pane, translate("Process", "Save pipeline"), os.path.join(self._dir(), name), pipeline_filter()
            )
            if not path:
                return False
        try:
            self.pane.pipeline.save(path)
        except (LabelBenchError, OSError) as e:
            self._error(translate("Process", "Cannot save pipeline"), e)
            return False
        self.last_dir = os.path.dirname(path)
        self.pane.ctx.status(translate("Process", "Saved {path}").format(path=path), 4000)
        return True

    def export_python(self, path: str | None = None) -> bool:
        if path is None:
            name = self.pane.pipeline.file_stem() + ".py"  # its name or its steps, never "untitled"
            path, _ = QFileDialog.getSaveFileName(
                self.pane,
                translate("Process", "Export Python script"),
                os.path.join(self._dir(), name),
                translate("Process", "Python (*.py)"),
            )
            if not path:
                return False
        try:
            self.pane.pipeline.export_python(path)
        except (LabelBenchError, OSError) as e:
            self._error(translate("Process", "Cannot export"), e)
            return False
        text = translate("Process", "Exported {path}  (run: python {name} SOURCE DEST)")
        self.pane.ctx.status(text.format(path=path, name=os.path.basename(path)), 6000)
        return True

    def new_pipeline(self) -> None:
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

    def label_dialog(self) -> LabelDialog:
        d = LabelDialog(self.pane, self.box_overlay)
        self.dialogs.append(d)
        d.show()
        return d

    def shutdown(self) -> None:
        for d in self.dialogs:
            r = getattr(d, "runner", None)
            if r is not None and r.busy:
                r.cancel()
                r.wait(3)
