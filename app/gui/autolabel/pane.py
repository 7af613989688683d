"""Auto-label pane: bulk-label a folder or dataset with a YOLO model, off the GUI thread.

The settings (model, classes, source, label folder, inference and engine options, the labels
already there) are app.gui.autolabel.settings_form.SettingsForm; the pane runs the job
(AutolabelWorker, a JobRunner), shows its progress, preview, problems and outcome, and publishes
the labeled dataset to the session.
"""

from __future__ import annotations

import time
from pathlib import Path

from PyQt6.QtCore import QEvent, Qt, QTimer
from PyQt6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.session import INDEX, LABELS, PREDICTIONS
from app.gui.autolabel.run_preview import RunPreview
from app.gui.autolabel.settings_form import SettingsForm
from app.gui.autolabel.worker import AutolabelWorker
from app.gui.common.manual import help_button
from app.gui.common.model_check import ModelChooser
from app.gui.common.settings import make_settings
from app.gui.common.state_text import run_progress_text
from app.gui.i18n import translate
from widgets.fit_scroll import FitScrollArea

TITLE = "Auto-label"
ORDER = 20


class Pane(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.settings = make_settings()
        self.worker: AutolabelWorker | None = None
        self.t_start = 0.0
        self.labeled_root: str | None = None  # the dataset the last run labeled ("Open review queue")
        self._build()
        self.form.fill_models(str(ctx.model_path) if ctx.model_path else None)
        ctx.datasetOpened.connect(self._dataset_opened)
        ctx.modelChanged.connect(lambda p: self.form.fill_models(p))
        # a model picked here is checked, then it is the app's model (status bar, Evaluate follow)
        self.chooser = ModelChooser(self, self._model_ok, self._model_refused)
        self.form.modelChosen.connect(self.chooser.choose)
        if ctx.dataset_root is not None:
            self._dataset_opened(str(ctx.dataset_root))
        self._set_running(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The pane's fixed texts in the current language (again on QEvent.LanguageChange); the
        status lines of a run are written in the language of the moment."""
        self.start_btn.setText(translate("Autolabel", "Start"))
        self.cancel_btn.setText(translate("Autolabel", "Cancel"))
        self.review_btn.setText(translate("Autolabel", "Open review queue"))
        self._show_pause()
        if self.worker is None and self._idle:
            self.rate_label.setText(translate("Autolabel", "Ready."))

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _show_pause(self) -> None:
        paused = self.worker is not None and self.worker.state.paused
        self.pause_btn.setText(translate("Autolabel", "Resume") if paused else translate("Autolabel", "Pause"))

    def _say(self, text: str, idle: bool = False) -> None:
        """The line under the progress bar; idle: the "Ready." of a pane with no run."""
        self._idle = idle
        self.rate_label.setText(text)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.form = SettingsForm(self.settings, lambda: self.ctx.dataset_root)
        f = self.form  # its fields stay reachable on the pane (tests and scripts use them)
        self.model_box, self.source_edit, self.out_edit, self.classes = (
            f.model_box,
            f.source_edit,
            f.out_edit,
            f.classes,
        )
        self.conf, self.iou, self.imgsz, self.device = f.conf, f.iou, f.imgsz, f.device
        self.backend, self.precision, self.engine, self.ray_address = f.backend, f.precision, f.engine, f.ray_address
        self.force, self.overwrite, self.existing = f.force, f.overwrite, f.existing
        self.preview = RunPreview()  # the latest labeled image, the images skipped
        self.view, self.preview_caption = self.preview.view, self.preview.preview_caption
        self.error_list, self.errors_title = self.preview.error_list, self.preview.errors_title
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._build_run_side())
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        self.tick = QTimer(self)
        self.tick.setInterval(500)
        self.tick.timeout.connect(self._update_rate)
        self._last = (0, 0)

    def _build_run_side(self) -> QWidget:
        """The settings, the run buttons, the progress and the outcome."""
        self.start_btn = QPushButton()
        self.start_btn.setDefault(True)
        self.pause_btn = QPushButton()
        self.cancel_btn = QPushButton()
        self.start_btn.clicked.connect(self.start)
        self.pause_btn.clicked.connect(self.toggle_pause)
        self.cancel_btn.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        for b in (self.start_btn, self.pause_btn, self.cancel_btn):
            buttons.addWidget(b)
        buttons.addWidget(help_button("autolabel"))  # the manual at this pane

        self.bar = QProgressBar()
        self.bar.setFormat("%v / %m")
        self._idle = True
        self.rate_label = QLabel()
        self.rate_label.setObjectName("paneInfo")
        self.rate_label.setWordWrap(True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.review_btn = QPushButton()
        self.review_btn.clicked.connect(self.open_review)
        self.review_btn.setEnabled(False)

        # the settings scroll (only) when the window is short: Start, the progress and "Open review
        # queue" stay in the window at 1280x720 (tests/gui/test_layout.py)
        left = QVBoxLayout()
        left.addWidget(FitScrollArea(self.form))
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
        return left_w

    # ------------------------------------------------------------------ the settings (the form's)
    @property
    def names(self) -> list[str]:
        """The chosen model's class names (empty until read)."""
        return self.form.names

    @property
    def errors_n(self) -> int:
        """Images the run in progress (or the last one) skipped."""
        return self.preview.errors_n

    def model_path(self) -> str | None:
        return self.form.model_path()

    def selected_classes(self) -> list[int] | None:
        return self.classes.selected()

    def options(self):
        """The app.core.autolabel.engine.local.AutolabelOptions a run starts with."""
        return self.form.options()

    def _dataset_opened(self, root: str) -> None:
        """Another dataset: its source, and nothing left of the previous one's run (preview,
        summary, problems, review button)."""
        if self.worker is None:
            self.form.set_source(str(self.ctx.data_yaml or root))
            self._clear_outcome()
            self.preview.clear()
            self._say(translate("Autolabel", "Ready."), idle=True)
            self.bar.reset()
            self.labeled_root = None
            self.form.check_existing()

    def _clear_outcome(self) -> None:
        """No summary, problems or review queue of an earlier run."""
        self.preview.clear_problems()
        self.summary.setText("")
        self.review_btn.setEnabled(False)

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
        except Exception:
            return
        self.labeled_root = str(root)
        self.ctx.publish(LABELS | INDEX | PREDICTIONS, (), "autolabel", root)
        self.review_btn.setEnabled(True)

    # ------------------------------------------------------------------ the model
    def _model_ok(self, path: str, _names: list[str]) -> None:
        self.form.remember_path(path)
        if self.ctx.model_path is not None and str(self.ctx.model_path) == str(Path(path).resolve()):
            self.form.fill_models(str(self.ctx.model_path))
        else:
            self.ctx.set_model(path)  # fills the list here too (modelChanged)

    def _model_refused(self, _path: str, line: str) -> None:
        self._say(line)
        self.ctx.status(line, 0)
        self.form.fill_models(str(self.ctx.model_path) if self.ctx.model_path else None)  # back to the app's

    # ------------------------------------------------------------------ run control
    def start(self) -> None:
        if self.worker is not None:
            return
        source, model = self.form.source(), self.model_path()
        if not source or not model:
            self._say(translate("Autolabel", "Choose a model and a source first."))
            return
        if self.selected_classes() == []:
            self._say(translate("Autolabel", "Tick at least one class."))
            return
        if not self.form.replacing_confirmed():
            self._say(translate("Autolabel", "Not started: the existing labels are kept (choose how above)."))
            return
        self.form.remember_model()
        self._clear_outcome()
        self.bar.setRange(0, 0)
        self._say(translate("Autolabel", "Loading the model…"))
        self.worker = self._worker(
            AutolabelWorker(source, model, self.options(), names=self.names, parent=self, keep=self.form.keep_choice())
        )
        self.t_start = time.monotonic()
        self._last = (0, 0)
        self._set_running(True)
        self.worker.start()
        self.tick.start()

    def _worker(self, w: AutolabelWorker) -> AutolabelWorker:
        """w, its signals connected to this pane."""
        w.progress.connect(self._progress)
        w.itemError.connect(self.preview.add_problem)
        w.preview.connect(self.preview.show_image)
        w.log.connect(lambda m: self.ctx.status(m, 8000))
        self._phase = translate("Autolabel", "Loading the model")
        w.log.connect(lambda m: setattr(self, "_phase", m))
        w.finished.connect(self._done)
        w.failed.connect(self._failed)
        w.cancelled.connect(self._cancelled)
        w.ended.connect(self._thread_finished)
        return w

    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        if self.worker.state.paused:
            self.worker.resume()
            self._show_pause()
        else:
            self.worker.pause()
            self._show_pause()
            self._say(self.rate_label.text() + translate("JobState", "  (paused)"))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self._say(translate("Autolabel", "Cancelling: finishing the images in flight…"))

    def _set_running(self, running: bool) -> None:
        self.start_btn.setEnabled(not running)
        self.pause_btn.setEnabled(running)
        self.cancel_btn.setEnabled(running)
        self.pause_btn.setText(translate("Autolabel", "Pause"))

    # ------------------------------------------------------------------ worker signals
    def _progress(self, done: int, total: int, msg: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self._last = (done, total)
        self._update_rate()

    def _update_rate(self) -> None:
        if self.worker is None:
            return
        done, total = self._last
        # before the first image (loading, exporting, compiling the model) the line names that phase
        self._say(
            run_progress_text(
                done,
                total,
                time.monotonic() - self.t_start,
                getattr(self, "_phase", ""),
                self.worker.state.paused,
                unit=translate("Autolabel", "images"),
            )
        )

    def _done(self, r: dict) -> None:
        from html import escape

        skipped = translate("Autolabel", "skipped {n}: {why}")
        reasons = "".join("<br>" + skipped.format(n=n, why=why) for why, n in r.get("skip_reasons", {}).items())
        head = translate(
            "Autolabel",
            "<b>{labeled} labeled</b>, {skipped} skipped, {failed} failed of "
            "{images} images in {seconds} s ({rate} img/s)<br>backend: {backend}",
        ).format(
            labeled=f"{r['labeled']:,}",
            skipped=f"{r['skipped']:,}",
            failed=len(r["failed"]),
            images=f"{r['images']:,}",
            seconds=f"{r['seconds']:.1f}",
            rate=f"{r['images_per_second']:.1f}",
            backend=r["backend"],
        )
        why = translate("Autolabel", "<br>precision {why}").format(why=escape(r.get("precision_why", "")))
        self.summary.setText(head + (why if r.get("precision_why") else "") + reasons)  # a Ray run has none
        if r.get("model_view"):
            view = translate(
                "Autolabel",
                "<br>the model's view of %Ln image(s) with kept "
                "labels is stored in the dataset's index (Review and Browse draw it dashed)",
                None,
                r["model_view"],
            )
            self.summary.setText(self.summary.text() + view)
        self.ctx.status(translate("Autolabel", "Auto-label finished: {n} labeled").format(n=r["labeled"]), 8000)
        self._publish_run()
        self.form.check_existing()

    def _failed(self, msg: str) -> None:
        from html import escape

        stopped = translate("Autolabel", "stopped")
        line = next((ln.strip() for ln in msg.splitlines() if ln.strip()), stopped)  # one line, never a trace
        self.summary.setText(translate("Autolabel", "<b>Stopped:</b> {line}").format(line=escape(line)))
        self.ctx.status(translate("Autolabel", "Auto-label stopped: {line}").format(line=line), 0)
        self._publish_run()

    def _cancelled(self) -> None:
        done, total = self._last
        self.summary.setText(
            translate(
                "Autolabel",
                "Cancelled after {done} of %Ln image(s). Labels written so far are kept; "
                "Start resumes where it stopped.",
                None,
                total,
            ).format(done=f"{done:,}")
        )
        self._publish_run()

    def _thread_finished(self) -> None:
        self.tick.stop()
        if self.worker is not None:
            done, total = self._last
            if total:
                self.bar.setRange(0, total)
                self.bar.setValue(done)
            else:  # ended before the first image (the model failed): not busy
                self.bar.setRange(0, 1)
                self.bar.setValue(0)
            self._update_rate()
            self.worker.wait(5)  # `ended` is its thread's last act: the join is immediate
            self.worker.deleteLater()
        self.worker = None
        self._set_running(False)

    def shutdown(self) -> None:
        """Main window closing: stop the run (completed labels are kept) and wait for the thread."""
        self.classes.loader.stop()
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait(10)
