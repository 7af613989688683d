"""Training pane: train on the reviewed labels, watch the curves live, read the diagnosis, and
take the run's best.pt to the auto-label pane. Finished run folders can be opened and overlaid."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PyQt6.QtCore import QEvent, Qt
from PyQt6.QtGui import QBrush, QColor
from PyQt6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import LabelBenchError
from app.core.training.curves import Curves, diagnose, load_results
from app.core.training.runner import TrainConfig, TrainingRunner
from app.gui.common.manual import help_button
from app.gui.common.settings import make_settings
from app.gui.common.state_text import training_end_text
from app.gui.common.workers import JobRunner, LatestRunner
from app.gui.i18n import num, translate
from app.gui.i18n.core_messages import core_text
from app.gui.training.form import TrainingForm
from app.gui.training.runs import RunnerBridge, diagnosis_html, markers_for, rules_html
from widgets.plots.loss_plot import LossPlot
from widgets.stack_or_tabs import StackOrTabs

TITLE = "Training"
ORDER = 60
DEMO_RUN = (
    Path(__file__).resolve().parents[3] / "resources" / "runs" / "demo_yolov8n"
)  # shipped: results.csv, args.yaml


def _readiness(request):
    """(kind, source, val fraction) -> app.core.training.readiness.Readiness (worker thread)."""
    from app.core.training.readiness import check_data_yaml, check_reviewed

    kind, source, val_fraction = request
    if kind == "yaml":
        return check_data_yaml(source)
    from app.core.dataset.index import DatasetIndex

    with DatasetIndex.open(source) as idx:
        return check_reviewed(idx, val_fraction)


class Pane(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.runs: dict[str, dict] = {}  # key (run dir) -> {"curves", "diag", "item"}
        self.runner: TrainingRunner | None = None
        self.live_key: str | None = None
        self.export_job: JobRunner | None = None
        self.watch_job: JobRunner | None = None  # waits for the training process to end
        self.kill_job: JobRunner | None = None
        self.working = False  # an export or a training started and its end not delivered yet (GUI thread)
        self.bridge = RunnerBridge(self)
        self.bridge.curves.connect(self._live_curves)
        self.bridge.progressEvent.connect(self._live_event)
        self.bridge.finished.connect(self._live_finished)

        # the curves: built by build_plots() when the pane is first shown (or the plot first asked for)
        self._loss_plot: LossPlot | None = None
        self.plot_box = QWidget()
        box = QVBoxLayout(self.plot_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self._show_intro()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.plot_box)
        right.addWidget(self.text)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([620, 230])

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._build_controls())
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(320)
        scroll.setMaximumWidth(360)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        ctx.datasetOpened.connect(self._dataset_opened)
        ctx.modelChanged.connect(self._model_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.readiness = None  # the last app.core.training.readiness answer
        self.ready_said: tuple | None = None  # (answer, error) shown above Start, said again on a language change
        self.ready_check = LatestRunner(_readiness, self)
        self.ready_check.resultReady.connect(self._ready_answer)
        self.ready_check.failed.connect(lambda _r, msg: self._ready_answer(None, None, msg))
        ctx.changed.connect(self._data_changed)
        f = self.form
        f.train_on.currentIndexChanged.connect(lambda *_: self.check_ready())
        f.val_frac.valueChanged.connect(lambda *_: self.check_ready())
        self.demo_key: str | None = None  # the shipped demo run, shown while no other run is open
        self._demo_wanted = (DEMO_RUN / "results.csv").is_file()  # until a run of the user's takes its place
        self._dataset_opened(str(ctx.dataset_root) if ctx.dataset_root else "")
        self.retranslate()

    def retranslate(self) -> None:
        """The pane's fixed texts in the current language (again on QEvent.LanguageChange); the
        lines of a run are written in the language of the moment."""
        self.start_btn.setText(translate("Training", "Start training"))
        self._show_stop()
        if not self.working:
            self.progress.setFormat(translate("Training", "idle"))
        self.runs_box.setTitle(translate("Training", "Runs (checked ones are plotted)"))
        self.open_btn.setText(translate("Training", "Open run folder…"))
        self.remove_btn.setText(translate("Training", "Remove"))
        self.use_best_btn.setText(translate("Training", "Use best.pt for auto-labeling"))
        self.table_btn.setText(translate("Training", "Model table and speed here…"))
        self.sides.set_titles([translate("Training", "Train"), translate("Training", "Runs")])
        if self.current_key() is None:
            self._show_intro()
        else:
            self._show_text()  # the diagnosis' sentences in the new language too
        if self.ready_said is not None:
            self._ready_answer(None, *self.ready_said)

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _show_intro(self) -> None:
        intro = translate(
            "Training", "Open a finished run folder or start a training run to see its curves and the diagnosis."
        )
        self.text.setHtml(f"<span style='color:#9a9ea6'>{intro}</span>" + rules_html())

    def _show_stop(self) -> None:
        """Stop (a graceful stop), or Kill once a stop was asked for."""
        if self.working and getattr(self, "_stop_kind", "") == "stopped":
            self.stop_btn.setText(translate("Training", "Kill"))
            self.stop_btn.setToolTip(
                translate("Training", "Terminate the training process now (the last saved epoch's weights stay)")
            )
        else:
            self.stop_btn.setText(translate("Training", "Stop"))
            self.stop_btn.setToolTip(
                translate("Training", "Finish the current batch, validate, save the weights and end the run")
            )

    # ------------------------------------------------------------------ layout
    def _build_controls(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.form = TrainingForm()
        self.form.remember(make_settings())  # the last choices come back after a restart
        v.addWidget(self.form)

        # before Start: whether a run on this data can work, in one sentence (app.core.training.readiness)
        self.ready = QLabel("")
        self.ready.setWordWrap(True)
        self.ready.setObjectName("trainingReady")
        v.addWidget(self.ready)
        btns = QHBoxLayout()
        self.start_btn = QPushButton()
        self.start_btn.clicked.connect(self.start_training)
        self.stop_btn = QPushButton()
        self.stop_btn.setEnabled(False)
        self.stop_btn.clicked.connect(self.stop_training)
        btns.addWidget(self.start_btn, 1)
        btns.addWidget(self.stop_btn)
        btns.addWidget(help_button("training"))  # the manual at this pane
        v.addLayout(btns)
        self.progress = QProgressBar()
        self.progress.setValue(0)
        v.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setObjectName("paneInfo")
        v.addWidget(self.status)

        self.runs_box = runs = QGroupBox()
        rv = QVBoxLayout(runs)
        self.run_list = QListWidget()
        self.run_list.itemChanged.connect(self._run_toggled)
        self.run_list.currentItemChanged.connect(lambda *_: self._show_text())
        rv.addWidget(self.run_list)
        row = QHBoxLayout()
        self.open_btn = open_btn = QPushButton()
        open_btn.clicked.connect(self._browse_run)
        self.remove_btn = rm = QPushButton()
        rm.clicked.connect(self._remove_current)
        row.addWidget(open_btn, 1)
        row.addWidget(rm)
        rv.addLayout(row)
        self.use_best_btn = QPushButton()
        self.use_best_btn.clicked.connect(self.use_best)
        rv.addWidget(self.use_best_btn)
        self.table_btn = table_btn = QPushButton()
        table_btn.clicked.connect(self.show_model_table)
        rv.addWidget(table_btn)
        v.addStretch(1)
        # one above the other on a tall screen, two tabs at 1280x720 (every button stays in the window)
        self.sides = StackOrTabs([("Train", w, 0), ("Runs", runs, 1)])  # titles: retranslate()
        return self.sides

    # ------------------------------------------------------------------ runs on the plot
    @property
    def plot(self) -> LossPlot:
        """The curves (build_plots() builds them the first time they are asked for)."""
        return self.build_plots()

    def build_plots(self) -> LossPlot:
        """The curves and the shipped demo run, built the first time the pane is shown (showEvent)
        or the plot is asked for: six pyqtgraph plots and a run read from disk cost every start of
        the app about a fifth of a second, for a pane many sessions never open. The runs listed
        before (a dataset's saved runs) are plotted now; the demo run stays first in the list."""
        if self._loss_plot is not None:
            return self._loss_plot
        self._loss_plot = plot = LossPlot()
        self.plot_box.layout().addWidget(plot)
        plot.show()  # now, not at the event loop's next turn (showEvent: the pane is showing)
        if self._demo_wanted:
            self._demo_wanted = False
            try:
                demo = load_results(DEMO_RUN)
            except LabelBenchError:  # a damaged install: the pane works without it
                demo = None
            if demo is not None:
                self.demo_key = self._show_curves(demo, running=False, row=0)
        for key, e in self.runs.items():
            if key != self.demo_key and e["item"].checkState() == Qt.CheckState.Checked:
                self._plot(key)
        return plot

    def open_run(self, path: str | os.PathLike) -> str:
        """Load a finished (or running) run folder / results.csv, plot it, diagnose it. Returns its key."""
        curves = load_results(Path(path))
        self._drop_demo_run(str(curves.run_dir.resolve()))
        return self._show_curves(curves, running=False)

    def _drop_demo_run(self, unless: str | None = None) -> None:
        """The first view's demo run makes room for the user's own runs."""
        key, self.demo_key = self.demo_key, None
        if self._loss_plot is None:  # not read yet: it never will be
            self._demo_wanted = False
            return
        if key is None or key == unless or key not in self.runs:
            return
        self._loss_plot.remove_run(key)
        item = self.runs.pop(key)["item"]
        self.run_list.takeItem(self.run_list.row(item))

    def _show_curves(self, curves: Curves, running: bool, plotted: bool = True, row: int | None = None) -> str:
        """List (at `row`, else last, and made current), diagnose and plot (once built) a run."""
        key = str(curves.run_dir.resolve())
        diag = diagnose(curves) if len(curves) else None
        entry = self.runs.get(key)
        if entry is None:
            item = QListWidgetItem(curves.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if plotted else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(key)
            entry = self.runs[key] = {"item": item}
            self.run_list.blockSignals(True)
            self.run_list.insertItem(self.run_list.count() if row is None else row, item)
            self.run_list.blockSignals(False)
            if row is None or self.run_list.currentItem() is None:
                self.run_list.setCurrentItem(item)
        entry.update(curves=curves, diag=diag, running=running)
        if self._loss_plot is not None and entry["item"].checkState() == Qt.CheckState.Checked:
            self._plot(key)
        self._show_text()
        return key

    def _plot(self, key: str) -> None:
        e = self.runs[key]
        c = e["curves"]
        self.plot.set_run(key, c.label, c.columns, c.epochs)
        self.plot.set_markers(key, markers_for(e["diag"], c.label) if e["diag"] else [])
        r, g, b = self.plot.run_color(key)
        e["item"].setForeground(QBrush(QColor(r, g, b)))

    def _run_toggled(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if self._loss_plot is None:  # build_plots() plots the ticked ones
            return
        checked = item.checkState() == Qt.CheckState.Checked
        if checked == (key in self._loss_plot.runs()):  # not its tick: its colour (set by _plot), its text
            return
        if checked:
            self._plot(key)
        else:
            self._loss_plot.remove_run(key)

    def _remove_current(self) -> None:
        item = self.run_list.currentItem()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key == self.live_key and self.runner is not None and self.runner.running:
            self.ctx.status(translate("Training", "Stop the training before removing its run from the list"), 4000)
            return
        if self._loss_plot is not None:
            self._loss_plot.remove_run(key)
        self.runs.pop(key, None)
        self.run_list.takeItem(self.run_list.row(item))
        self._show_text()

    def current_key(self) -> str | None:
        item = self.run_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_text(self) -> None:
        key = self.current_key()
        e = self.runs.get(key) if key else None
        if key is None or not e or e.get("diag") is None:
            return
        self.text.setHtml(
            diagnosis_html(e["curves"].label, e["curves"], e["diag"], e.get("running", False)) + rules_html()
        )
        best = Path(key) / "weights" / "best.pt"
        self.use_best_btn.setEnabled(best.is_file())

    def _browse_run(self) -> None:
        d = QFileDialog.getExistingDirectory(self, translate("Training", "Open an Ultralytics run folder"))
        if d:
            try:
                self.open_run(d)
            except LabelBenchError as e:
                QMessageBox.warning(self, translate("Training", "Open run"), str(e))

    # ------------------------------------------------------------------ actions
    def use_best(self) -> Path | None:
        key = self.current_key()
        best = Path(key) / "weights" / "best.pt" if key else None
        if best is None or not best.is_file():
            self.ctx.status(translate("Training", "This run has no weights/best.pt yet"), 4000)
            return None
        self.ctx.set_model(best)
        self.ctx.status(translate("Training", "Auto-label model: {path}").format(path=best), 5000)
        self.ctx.showPane.emit("Auto-label")
        return best

    def show_model_table(self):
        from app.gui.training.models import ModelTableDialog

        cands = []
        key = self.current_key()
        if key and (Path(key) / "weights" / "best.pt").is_file():
            cands.append(str(Path(key) / "weights" / "best.pt"))
        if self.ctx.model_path:
            cands.append(str(self.ctx.model_path))
        dlg = ModelTableDialog(cands + ["yolov8n.yaml", "yolov8s.yaml", "yolo11n.yaml"], self)
        dlg.show()
        self._model_dialog = dlg
        return dlg

    def _dataset_opened(self, root: str) -> None:
        if not root:
            self.check_ready()
            return
        yaml = f" · {self.ctx.data_yaml.name}" if self.ctx.data_yaml else ""
        self.form.show_dataset(f"{root}{yaml}")
        self._list_saved_runs()
        self.check_ready()

    def _list_saved_runs(self) -> None:
        """The runs of this dataset already on disk (<dataset>/.labelbench/runs/*): listed after a
        restart too, the newest plotted, the others ticked off."""
        project = self._project_dir()
        try:
            dirs = [d for d in project.iterdir() if (d / "results.csv").is_file()] if project.is_dir() else []
        except OSError:
            dirs = []
        dirs.sort(key=lambda d: (d / "results.csv").stat().st_mtime)
        for i, d in enumerate(dirs):
            key = str(d.resolve())
            if key in self.runs:
                continue
            try:
                curves = load_results(d)
            except LabelBenchError:
                continue
            if i == len(dirs) - 1:
                self._drop_demo_run()
            self._show_curves(curves, running=False, plotted=i == len(dirs) - 1)

    # ------------------------------------------------------------------ can a run start?
    def check_ready(self) -> None:
        """Ask (in a worker) whether a run on the chosen data can work; the answer shows above Start."""
        reviewed = self.form.train_on.currentIndex() == 0
        root = self.ctx.dataset_root
        if reviewed and root is None:
            self._ready_answer(None, None, translate("Training", "Open a dataset first (File menu)."))
            return
        source = (
            str(self.ctx.data_yaml or root) if reviewed else (str(self.ctx.data_yaml) if self.ctx.data_yaml else None)
        )
        self.ready_check.request(("reviewed" if reviewed else "yaml", source, self.form.val_frac.value()))

    def _data_changed(self, ch) -> None:
        if ch.for_open and ch.has({"labels", "index", "classes"}):
            self.check_ready()

    def _ready_answer(self, _request, res, error: str = "") -> None:
        self.readiness = res
        self.ready_said = (res, error)
        problem = core_text(error or (res.problem if res is not None else ""))
        note = "" if problem or res is None else core_text(res.note)
        if problem:
            self.ready.setText(problem)
            self.ready.setStyleSheet("color: #f0b060;")
        elif res is not None:
            split = (
                translate("Training", "%Ln image(s) to train on, {val} to validate with", None, res.train).format(
                    val=num(res.val)
                )
                if self.form.train_on.currentIndex() == 0
                else ""
            )
            self.ready.setText(" ".join(t for t in (split + ("." if split else ""), note) if t))
            self.ready.setStyleSheet("color: #f0b060;" if note else "color: #9a9ea6;")

    def showEvent(self, e) -> None:
        self.build_plots()
        super().showEvent(e)
        self.check_ready()

    def _model_changed(self, path: str) -> None:
        if path.endswith(".pt") and self.form.model.findText(path) < 0:
            self.form.model.insertItem(0, path)

    # ------------------------------------------------------------------ training
    def _project_dir(self) -> Path:
        if self.form.project.text().strip():
            return Path(self.form.project.text().strip())
        root = self.ctx.dataset_root
        return (Path(root) / ".labelbench" / "runs") if root else Path.home() / "labelbench-runs"

    def config(self, data_yaml: str) -> TrainConfig:
        cfg = self.form.config(data_yaml, self._project_dir())
        cfg.family_follows_task = True  # yolov8n.yaml of the list trains yolov8n-seg.yaml on polygons
        return cfg

    def start_training(self) -> None:
        if self.working:
            return
        if self.readiness is not None and self.readiness.problem:
            problem = core_text(self.readiness.problem)
            self.status.setText(problem)  # said above Start already; nothing starts
            self.ctx.status(problem, 8000)
            return
        self._reached, self._stop_kind = (0, self.form.epochs.value()), ""
        self.progress.setRange(0, 1)  # nothing of the last run's end stays
        self.progress.setValue(0)
        src = self.ctx.data_yaml if self.form.train_on.currentIndex() == 1 else None
        if src is not None:
            self._launch(str(src))
            return
        if self.ctx.dataset_root is None:
            QMessageBox.information(
                self, translate("Panes", "Training"), translate("Training", "Open a dataset first (File menu).")
            )
            return
        from app.core.dataset.formats import export_ultralytics
        from app.core.training.runner import fresh_run_dir
        from app.core.training.task import collect_training

        source = self.ctx.data_yaml or self.ctx.dataset_root
        out = fresh_run_dir(self._project_dir(), "train-data")
        args = (self.form.val_frac.value(), self.form.seed.value(), self.form.stratify.isChecked())

        def job(state):
            sel, _task = collect_training(source, "reviewed", state)  # polygons / rotated boxes kept
            return export_ultralytics(sel, out, *args, mode="symlink", state=state)

        self._busy(True, translate("Training", "exporting the reviewed images…"))
        self.progress.setFormat(translate("Training", "exporting the reviewed images…"))
        self.export_job = JobRunner(job, self)
        self.export_job.finished.connect(self._exported)
        self.export_job.failed.connect(self._failed)
        self.export_job.start()

    def _exported(self, s: dict) -> None:
        if not s["train_images"] or not s["val_images"]:  # the split left one side empty (stratified)
            self._failed(
                translate(
                    "Training",
                    "{train} image(s) to train on and {val} to validate with: a run "
                    "needs both. Review more images, or lower the val fraction / untick stratify.",
                ).format(train=s["train_images"], val=s["val_images"])
            )
            return
        line = translate("Training", "exported {train} train + {val} val images ({rule})")
        self.status.setText(line.format(train=s["train_images"], val=s["val_images"], rule=s["rule"]))
        self._launch(s["data_yaml"])

    def _launch(self, data_yaml: str) -> None:
        self.progress.setFormat(translate("Training", "starting the training process…"))
        b = self.bridge
        self.runner = TrainingRunner(self.config(data_yaml), on_curves=b.curves.emit, on_event=b.progressEvent.emit)
        try:
            run_dir = self.runner.start()
        except LabelBenchError as e:
            self._failed(str(e))
            return
        self._drop_demo_run()
        self.live_key = str(run_dir.resolve())
        self._busy(True, translate("Training", "training → {path}").format(path=run_dir))
        self._stop_kind, self._reached = "", (0, self.form.epochs.value())
        runner = self.runner

        def watch(state) -> tuple[int, str]:
            """Wait for the training process; cancelled (app exit) it stops waiting, not training."""
            while True:
                try:
                    rc = runner.wait(timeout=0.5)
                except subprocess.TimeoutExpired:
                    state.check()
                    continue
                return rc, runner.failure() or ""

        self.watch_job = JobRunner(watch, self)
        self.watch_job.finished.connect(lambda r: self.bridge.finished.emit(*r))
        self.watch_job.failed.connect(self._failed)
        self.watch_job.start()

    def stop_training(self) -> None:
        """First click: graceful stop (finish the batch, validate, save). Second click: kill now."""
        if self.runner is None or not self.runner.running:
            return
        if getattr(self, "_stop_kind", "") in ("stopped", "killed"):
            runner = self.runner
            self.kill_job = JobRunner(lambda state: runner.kill(), self)
            self.kill_job.start()
            self._stop_kind = "killed"
            self.progress.setFormat(translate("Training", "killing…"))
            return
        self.runner.request_stop()
        self._stop_kind = "stopped"
        self._show_stop()
        self.progress.setFormat(translate("Training", "stopping after this batch…"))

    def _live_curves(self, curves: Curves) -> None:
        self._show_curves(curves, running=True)

    def _live_event(self, ev: dict) -> None:
        if ev.get("epoch") and ev.get("epochs"):
            self._reached = (int(ev["epoch"]), int(ev["epochs"]))
        if ev.get("event") == "batch" and ev.get("batches"):
            total = ev["epochs"] * ev["batches"]
            self.progress.setMaximum(total)
            self.progress.setValue((ev["epoch"] - 1) * ev["batches"] + ev["batch"])
            line = translate("Training", "epoch {epoch}/{epochs} · batch {batch}/{batches}")
            self.progress.setFormat(line.format(**{k: ev[k] for k in ("epoch", "epochs", "batch", "batches")}))
        elif ev.get("event") == "epoch":
            line = translate("Training", "epoch {epoch}/{epochs} done")
            self.progress.setFormat(line.format(epoch=ev["epoch"], epochs=ev["epochs"]))

    def _live_finished(self, rc: int, failure: str) -> None:
        key = self.live_key
        if key in self.runs:
            self.runs[key]["running"] = False
            try:
                self._show_curves(load_results(key), running=False)
            except LabelBenchError:
                pass
        epoch, epochs = getattr(self, "_reached", (0, 0))
        text = training_end_text(epoch, epochs, failure, getattr(self, "_stop_kind", ""))
        self._busy(False, f"{text}: {key}" if key and not failure else text)
        if epochs:  # the bar says what the text says: 3/3 is full
            self.progress.setRange(0, epochs)
            self.progress.setValue(min(epoch, epochs))
        self.progress.setFormat(text.split(": ", 1)[0])  # never "done" for a run stopped at 15/20; the error
        line = translate("Training", "Training {outcome}").format(outcome=text)
        self.ctx.status(line + (f" ({key})" if key else ""), 0 if failure else 8000)

    def _failed(self, msg: str) -> None:
        self._busy(False, msg)
        epoch, epochs = getattr(self, "_reached", (0, 0))
        self.progress.setFormat(training_end_text(epoch, epochs, msg).split(": ", 1)[0])  # the error: status
        self.ctx.status(msg, 0)

    def _busy(self, busy: bool, msg: str) -> None:
        self.working = busy
        self.start_btn.setEnabled(not busy)
        self.stop_btn.setEnabled(busy)
        if busy:
            self._stop_kind = ""
        self._show_stop()
        self.status.setText(msg)

    def shutdown(self) -> None:
        """App exit: a running training is stopped (terminated after 10 s)."""
        self.ready_check.stop()
        if self.runner is not None and self.runner.running:
            self.runner.stop(timeout=10)
