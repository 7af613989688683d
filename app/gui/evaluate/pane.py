"""Evaluate pane: the report's metrics for any two label sets, plotted, one click from the boxes.

Sources (app/gui/evaluate/source.py): two label folders; a dataset's auto-labels vs its reviewed
labels; a model run on a dataset. The metrics and the per-box analysis are computed in a worker
thread (app/core/evaluation.py); the views (app/gui/evaluate/views.py) only re-count when the
confidence line moves. Clicking a confusion-matrix cell, a false positive or a false negative
opens that image in the Review pane with the box highlighted (a polygon or rotated box of a
segment / obb evaluation: drawn as that shape).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PyQt6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.evaluation import export_json, run_evaluation
from app.core.io.shapes import KIND_OF_TASK
from app.gui.common.manual import help_button
from app.gui.common.settings import make_settings
from app.gui.common.workers import JobRunner
from app.gui.evaluate.audit_findings import AuditFindings
from app.gui.evaluate.source import SourceBox
from app.gui.evaluate.views import ResultsView
from app.gui.i18n import Retranslating, num, translate
from widgets.plots.curve_plot import CurvePlot

TITLE = "Evaluate"
ORDER = 40


class Pane(Retranslating, QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.source = SourceBox()
        self.settings = make_settings()
        self.source.remember(self.settings)  # the last source and its fields (then the open dataset, model)
        self.results = ResultsView()
        self.export_json_btn = QPushButton()
        self.export_png_btn = QPushButton()
        for b in (self.export_json_btn, self.export_png_btn):
            b.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(help_button("evaluate"))  # the manual at this pane
        bottom.addStretch(1)
        bottom.addWidget(self.export_json_btn)
        bottom.addWidget(self.export_png_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.source)
        lay.addWidget(self.results, 1)
        self.audit = AuditFindings()  # where the dataset has audit findings (issue 14): a tab beside the plots
        self._audit_tab = self.results.tabs.addTab(self.audit, "")
        self._audit_count = 0
        self.results.tabs.setTabVisible(self._audit_tab, False)
        self.audit.available.connect(self._show_audit_tab)
        lay.addLayout(bottom)
        self.runner: JobRunner | None = None
        self.result = None
        self.source.evaluateRequested.connect(self.evaluate)
        self.source.cancelRequested.connect(self.cancel)
        self.results.openItem.connect(self.focus_item)
        self.results.openBox.connect(self.open_box)
        self.audit.openImage.connect(self.open_image)
        self.export_json_btn.clicked.connect(self._export_json_dialog)
        self.export_png_btn.clicked.connect(self._export_png_dialog)
        ctx.datasetOpened.connect(self._dataset_opened)
        ctx.modelChanged.connect(self.source.set_model)
        if ctx.dataset_root is not None:
            self._dataset_opened(str(ctx.data_yaml or ctx.dataset_root))
        if ctx.model_path is not None:
            self.source.set_model(str(ctx.model_path))
        self.retranslate()

    def retranslate(self) -> None:
        """The pane's own texts in the current language (again on QEvent.LanguageChange; the source
        box, the results and the audit tab retranslate themselves)."""
        self.export_json_btn.setText(translate("Evaluate", "Export JSON report…"))
        self.export_png_btn.setText(translate("Evaluate", "Export PNG plots…"))
        self._audit_tab_text()

    def _audit_tab_text(self) -> None:
        n = self._audit_count
        text = translate("Evaluate", "Audit findings (%Ln)", None, n) if n else translate("Evaluate", "Audit findings")
        self.results.tabs.setTabText(self._audit_tab, text)

    def _show_audit_tab(self, n: int) -> None:
        self._audit_count = n
        self._audit_tab_text()
        self.results.tabs.setTabVisible(self._audit_tab, n > 0)

    def audit_tab_shown(self) -> bool:
        return self.results.tabs.isTabVisible(self._audit_tab)

    def _dataset_opened(self, root: str) -> None:
        """The sources follow the open dataset (a click-through never changes it)."""
        for e in (self.source.dataset, self.source.mdataset):
            e.setText(str(self.ctx.data_yaml or root))
        if self.isVisible():
            self.audit.load(self.ctx.data_yaml or root)

    def showEvent(self, e) -> None:
        super().showEvent(e)
        if self.ctx.dataset_root is not None:  # findings change in Review: read them again when shown
            self.audit.load(self.ctx.data_yaml or self.ctx.dataset_root)

    # ------------------------------------------------------------------ the job
    def evaluate(self, request: dict) -> JobRunner:
        """Start the evaluation in a worker; the result arrives in show_result."""
        self.cancel()
        runner = JobRunner(lambda state: run_evaluation(request, state), self)
        runner.progress.connect(self._progress)
        runner.finished.connect(self.show_result)
        runner.failed.connect(self._failed)
        runner.cancelled.connect(lambda: self._done(translate("Evaluate", "Evaluation cancelled")))
        self.runner = runner
        self.source.set_busy(True)
        self.ctx.status(translate("Evaluate", "Evaluating…"), 0)
        runner.start()
        return runner

    def cancel(self) -> None:
        if self.runner is not None and self.runner.busy:
            self.runner.cancel()

    def _progress(self, done: int, total: int, msg: str) -> None:
        self.source.progress.setMaximum(max(total, 1))
        self.source.progress.setValue(done)
        # the counts in the bar, the words where they fit whole (the bar is 220 px: "0 skipped, 0 fai")
        self.source.progress.setFormat("%v / %m")
        self.source.progress.setToolTip(msg)
        count = f"{num(done)} / {num(total)}"
        if msg:
            self.ctx.status(
                translate("Evaluate", "Evaluating: {message} ({count})").format(message=msg, count=count), 0
            )
        else:
            self.ctx.status(translate("Evaluate", "Evaluating: {count}").format(count=count), 0)

    def _done(self, msg: str) -> None:
        self.source.set_busy(False)
        self.ctx.status(msg, 5000)

    def _failed(self, msg: str) -> None:
        self._done(translate("Evaluate", "Evaluation failed: {message}").format(message=msg))
        QMessageBox.warning(self, translate("Evaluate", "Evaluate"), msg)

    def show_result(self, result) -> None:
        self.result = result
        self.results.show_result(result)
        for b in (self.export_json_btn, self.export_png_btn):
            b.setEnabled(True)
        r = result.report
        text = translate(
            "Evaluate", "mAP50-95 {map50_95}, mAP50 {map50} on %Ln image(s) ({seconds} s)", None, result.data.n_images
        )
        self._done(
            text.format(
                map50_95=f"{r.map50_95 if r.map50_95 is not None else float('nan'):.3f}",
                map50=f"{r.map50 if r.map50 is not None else float('nan'):.3f}",
                seconds=f"{r.seconds:.2f}",
            )
        )

    # ------------------------------------------------------------------ open a box in Review
    def focus_item(self, it) -> None:
        """The exact box behind a click (sent to Review before the image opens): the prediction of
        a false positive, the label box of a miss, both for a wrong class; with the image's
        predictions above the confidence threshold, as Evaluate counted them."""
        data = self.result.data
        path = data.image_paths[it.image] if it.image < len(data.image_paths) else None
        if path is None:
            return
        keep = self.result.analysis.above(self.results.conf)
        lo, hi = self.result.analysis.dt_start[it.image], self.result.analysis.dt_start[it.image + 1]
        mine = np.arange(lo, hi)
        shown = mine[keep[lo:hi]]
        if it.det >= 0 and lo + it.det not in shown:
            shown = np.sort(np.r_[shown, lo + it.det])
        pred = int(np.searchsorted(shown, lo + it.det)) if it.det >= 0 else -1
        focus = {
            "gt": int(it.gt),
            "pred": pred,
            "kind": it.kind,
            "predictions": (data.dt_cls[shown], data.dt_xywhn[shown], data.dt_conf[shown]),
        }
        task = getattr(data, "task", "detect")
        if task in KIND_OF_TASK and task != "detect":  # polygons / rotated boxes: Review draws them as such
            focus["shapes"] = ((KIND_OF_TASK[task],) * len(shown), [data.dt_shapes[i] for i in shown.tolist()])
        self.ctx.reviewFocus.emit(str(path), focus)

    def open_box(self, image: int, gt_index: int) -> None:
        data = self.result.data
        path = data.image_paths[image] if image < len(data.image_paths) else None
        if path is None:
            text = translate("Evaluate", "No image file known for {image}: choose the Images folder")
            self.ctx.status(text.format(image=data.images[image]), 8000)
            return
        if not self._ensure_dataset_for(Path(path)):
            return
        self.ctx.openInReview.emit(str(path), int(gt_index))
        self.ctx.showPane.emit("Review")

    def open_image(self, path: str, box_index: int) -> None:
        """An audit finding's image, its label selected, in the Review pane."""
        if self._ensure_dataset_for(Path(path)):
            self.ctx.openInReview.emit(str(path), int(box_index))
            self.ctx.showPane.emit("Review")

    def _ensure_dataset_for(self, image: Path) -> bool:
        """Review shows images of the open dataset. With none open, the image's dataset is opened
        (the folder above `images/` in the Ultralytics layout, with its data.yaml when there is
        one; else the image's folder). An image outside the open dataset is not opened: the open
        dataset never changes behind the user's back (File ▸ Open changes it)."""
        image = image.resolve()
        root = self.ctx.dataset_root
        if root is not None and image.is_relative_to(root):
            return True
        if root is not None:
            text = translate(
                "Evaluate", "{image} is not in the open dataset {root}: open its dataset (File ▸ Open) to review it"
            )
            self.ctx.status(text.format(image=image, root=root), 10000)
            return False
        parents = list(image.parents)
        top = next((p.parent for p in parents if p.name == "images"), image.parent)
        yaml = top / "data.yaml"
        names = list(self.result.data.names) if self.result is not None else []
        self.ctx.set_dataset(top, yaml if yaml.is_file() else None, names)
        return True

    # ------------------------------------------------------------------ export
    def _export_json_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Evaluate", "Export JSON report"), "evaluation.json", "JSON (*.json)"
        )
        if path:
            self.export_json(path)

    def _export_png_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Evaluate", "Export PNG plots into"))
        if folder:
            self.export_png(folder)

    def export_json(self, path) -> None:
        export_json(self.result, path, self.results.conf)
        self.ctx.status(translate("Evaluate", "Report written to {path}").format(path=path), 5000)

    def export_png(self, folder) -> list[Path]:
        """Each plot as a PNG (rendered at its current size) into folder."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        v = self.results
        out = []
        for name, w in (
            ("confusion_matrix", v.cm),
            ("f1_curve", v.f1_plot),
            ("p_curve", v.p_plot),
            ("r_curve", v.r_plot),
            ("pr_curve", v.pr_plot),
            ("iou_histogram", v.iou_plot),
        ):
            if isinstance(w, CurvePlot):
                w.build()  # a plot on a tab never opened is built when first shown
            if w.width() < 200 or w.height() < 150:
                w.resize(900, 600)
            p = folder / f"{name}.png"
            w.grab().save(str(p))
            out.append(p)
        self.ctx.status(
            translate("Evaluate", "%n plot(s) written to {folder}", None, len(out)).format(folder=folder), 5000
        )
        return out
