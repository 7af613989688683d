"""“Label with contours”: classical (model-free) auto-labeling from the Process pane.

The boxes of the current pipeline's binary result (app.core.autolabel.classical) are previewed live on the
current image, then written for this image (and opened in Review) or for a whole folder, exactly
like the YOLO auto-labeler writes them (same label files, same dataset index, same protection of
reviewed labels).

`label_one_image` is a thin adapter over the core pieces `label_folder` uses (planner, skip rules,
journal, writer), restricted to one image of a dataset: app.core.autolabel.classical has no single-image
entry point yet.
"""

from __future__ import annotations

import dataclasses
import os
from typing import cast

import numpy as np
from PyQt6.QtCore import QPointF, QRectF, Qt
from PyQt6.QtGui import QColor, QPen, QPolygonF
from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.core.autolabel.classical import (
    BoxFilter,
    check_dataset_kind,
    check_pipeline,
    label_folder,
    label_shapes,
    model_key,
)
from app.core.autolabel.contour_shapes import OUTPUT_KINDS
from app.core.errors import LabelBenchError, UsageError
from app.core.jobs import JobState
from app.core.pipeline.model import Pipeline
from app.gui.common.job_panel import JobPanel, add_button, close_button, path_row
from app.gui.common.workers import JobRunner, LatestRunner
from app.gui.i18n import translate


def label_one_image(
    pipeline: Pipeline,
    image_path: str,
    root: str,
    class_id: int = 0,
    filt: BoxFilter = BoxFilter(),  # noqa: B008 - a frozen filter
    state: JobState | None = None,
    overwrite_reviewed: bool = False,
    kind: str = "box",
    tolerance: float = 1.0,
) -> dict:
    """Label one image of the dataset at `root` like `label_folder` would (same files, index
    records, skip rules and refusal of another kind; re-labels an image it labeled before, as
    asked explicitly). kind: box, polygon or obb (app.core.autolabel.classical.label_shapes)."""
    from app.core.autolabel.classical import SkipOptions
    from app.core.autolabel.engine.shared import feed
    from app.core.autolabel.engine.stages import Journal, Writer
    from app.core.autolabel.source import plan_source
    from app.core.dataset.index import DatasetIndex
    from app.core.pipeline.batch import load_for_pipeline

    state = state or JobState()
    check_pipeline(pipeline)
    plan = plan_source(root)
    target = os.path.normcase(os.path.abspath(image_path))
    match = [p for p in plan.images if os.path.normcase(os.path.abspath(p)) == target]
    if not match:
        raise UsageError(f"{image_path}: not an image of the dataset {root}")
    plan = dataclasses.replace(plan, images=match)
    key = model_key(pipeline, class_id, filt, kind, tolerance)
    index = DatasetIndex(plan.root, plan.class_names, source=plan.source)
    lock = None
    try:
        from app.core.dataset.kinds import set_task
        from app.core.dataset.lock import WriterLock
        from app.core.io.shapes import TASK_OF_KIND

        # one writer per dataset, as label_folder: a bulk run writing it now is named, not raced
        lock = WriterLock(index.db_path, what=str(plan.root)).acquire()
        check_dataset_kind(index, kind)
        set_task(index, TASK_OF_KIND[kind])
    except BaseException:
        if lock is not None:
            lock.release()
        index.close()
        raise
    journal = Journal(index.db_path.parent)
    journal.sweep()  # the writer: a journal temp left by a killed run is nobody's any more
    pending = journal.pending()
    writer = Writer(index, key, journal, pending)
    writer.start()
    result = {"labeled": 0, "skipped": "", "boxes": 0, "model_key": key}
    try:
        for it in feed(plan, index, SkipOptions(True, overwrite_reviewed), key, pending):
            state.check()
            if isinstance(it, tuple):
                result["skipped"] = it[1]
                continue
            labels = label_shapes(pipeline, load_for_pipeline(it.path), class_id, filt, kind, tolerance)
            it.labels = None if kind == "box" else labels
            cls, xywhn, conf = labels.cls, labels.xywhn(), cast(np.ndarray, labels.conf)  # label_shapes gives conf 1
            writer.put((it, cls, xywhn, conf))
            result["labeled"], result["boxes"] = 1, len(cls)
    finally:
        try:
            writer.finish()
        finally:
            lock.release()
            index.close()
    return result


def preview_boxes(req) -> tuple[np.ndarray, list[np.ndarray]]:
    """Worker: what "Label with contours" would write for the current image: boxes (N, 4: cx, cy,
    w, h normalized; for polygons and rotated boxes the boxes around them) and the outline of each
    polygon or rotated box ((K, 2) normalized points; none for boxes)."""
    pipeline, img, class_id, filt, kind, tolerance = req
    labels = label_shapes(pipeline, img, class_id, filt, kind, tolerance)
    outlines = [np.asarray(c, float).reshape(-1, 2) for k, c in zip(labels.kinds, labels.coords) if k != "box"]
    return labels.xywhn(), outlines


class BoxOverlay:
    """Draws normalized boxes, or the polygons and rotated boxes themselves, on a FrameView
    through its paint_overlay hook."""

    def __init__(self, *views):
        self.views = views
        self.boxes = np.zeros((0, 4))
        self.outlines: list[np.ndarray] = []  # (K, 2) normalized points each; drawn instead of the boxes
        for v in views:
            orig = v.paint_overlay

            def paint(p, v=v, orig=orig):
                orig(p)
                self.paint(v, p)

            v.paint_overlay = paint

    def set_boxes(self, boxes, outlines=None) -> None:
        self.boxes = np.zeros((0, 4)) if boxes is None else np.asarray(boxes, float).reshape(-1, 4)
        self.outlines = list(outlines or [])
        for v in self.views:
            v.update()

    def paint(self, view, p) -> None:
        if not len(self.boxes):
            return
        w, h = view.image_size()
        pen = QPen(QColor(255, 196, 0), 2)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if self.outlines:  # the shapes themselves, as they will be written
            for pts in self.outlines:
                p.drawPolygon(QPolygonF([QPointF(x * w, y * h) for x, y in pts]))
            return
        for cx, cy, bw, bh in self.boxes:
            p.drawRect(QRectF((cx - bw / 2) * w, (cy - bh / 2) * h, bw * w, bh * h))


def kind_name(kind: str) -> str:
    """What the dialog writes, for its list: Boxes, Polygons, Rotated boxes."""
    names = {
        "box": translate("Process", "Boxes"),
        "polygon": translate("Process", "Polygons"),
        "obb": translate("Process", "Rotated boxes"),
    }
    return names[kind]


def shape_count(kind: str, n: int) -> str:
    """'12 boxes', '1 polygon', '3 rotated boxes' in the interface's language."""
    if kind == "polygon":
        return translate("Process", "%n polygon(s)", None, n)
    if kind == "obb":
        return translate("Process", "%n rotated box(es)", None, n)
    return translate("Process", "%n box(es)", None, n)


class LabelDialog(QDialog):
    """Class + box filter, live box count on the current image, label this image / a folder."""

    def __init__(self, pane, box_overlay: BoxOverlay, parent=None):
        """`pane`: the Process pane (ctx, path, image, pipeline and view.editor are read)."""
        super().__init__(parent or pane)
        self.pane = pane
        self.box_overlay = box_overlay
        self.setWindowTitle(translate("Process", "Label with contours"))
        self.setMinimumWidth(560)
        self.runner: JobRunner | None = None
        self.report: dict | None = None
        ctx = pane.ctx
        self.cls = QComboBox()
        names = ctx.class_names or []
        for i, n in enumerate(names):
            self.cls.addItem(f"{i}: {n}", i)
        self.cls_spin = QSpinBox()
        self.cls_spin.setRange(0, 9999)
        self.cls.setVisible(bool(names))
        self.cls_spin.setVisible(not names)
        self.min_area = self._spin(20, 1e9, 0)
        self.max_area = self._spin(0, 1e9, 0)
        self.min_aspect = self._spin(0, 100, 2)
        self.max_aspect = self._spin(0, 100, 2)
        self.kind = QComboBox()  # what is written: boxes, polygons (approxPolyDP) or rotated boxes (minAreaRect)
        for k in OUTPUT_KINDS:
            self.kind.addItem(kind_name(k), k)
        self.tolerance = self._spin(1.0, 50, 1)
        self.folder = QLineEdit(
            str(ctx.dataset_root) if ctx.dataset_root else (os.path.dirname(pane.path) if pane.path else "")
        )
        self.count = QLabel("")
        self.count.setObjectName("paneInfo")
        form = QFormLayout()
        form.addRow(translate("Process", "Class"), self.cls if names else self.cls_spin)
        form.addRow(translate("Process", "Min area (px)"), self.min_area)
        form.addRow(translate("Process", "Max area (px, 0 = none)"), self.max_area)
        form.addRow(translate("Process", "Min aspect w/h"), self.min_aspect)
        form.addRow(translate("Process", "Max aspect w/h (0 = none)"), self.max_aspect)
        form.addRow(translate("Process", "Write"), self.kind)
        form.addRow(translate("Process", "Polygon tolerance (px)"), self.tolerance)
        form.addRow(translate("Process", "Objects on this image"), self.count)
        form.addRow(translate("Process", "Dataset / folder"), path_row(self.folder, self._pick))
        self.panel = JobPanel()
        self.buttons = QDialogButtonBox()
        self.one_button = add_button(self.buttons, translate("Process", "Label this image"))
        self.all_button = add_button(self.buttons, translate("Process", "Label folder"))
        self.cancel_button = add_button(self.buttons, translate("Process", "Cancel run"))
        self.close_button = close_button(self.buttons)
        self.cancel_button.setEnabled(False)
        self.one_button.clicked.connect(self.label_current)
        self.all_button.clicked.connect(self.label_all)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.panel)
        lay.addWidget(self.buttons)
        self.preview = LatestRunner(preview_boxes, self)
        self.preview.resultReady.connect(self._boxes)
        self.preview.failed.connect(self._preview_failed)
        for w in (self.min_area, self.max_area, self.min_aspect, self.max_aspect, self.cls_spin, self.tolerance):
            w.valueChanged.connect(self.refresh_preview)
        self.cls.currentIndexChanged.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self.refresh_preview)
        pane.view.editor.edited.connect(self.refresh_preview)
        self.refresh_preview()

    def _spin(self, value, hi, decimals) -> QDoubleSpinBox:
        s = QDoubleSpinBox()
        s.setRange(0, hi)
        s.setDecimals(decimals)
        s.setValue(value)
        s.setKeyboardTracking(False)
        return s

    def _pick(self) -> None:
        from PyQt6.QtWidgets import QFileDialog

        d = QFileDialog.getExistingDirectory(self, translate("Process", "Dataset folder"), self.folder.text())
        if d:
            self.folder.setText(d)

    def class_id(self) -> int:
        return int(self.cls.currentData()) if self.cls.isVisible() and self.cls.count() else self.cls_spin.value()

    def box_filter(self) -> BoxFilter:
        return BoxFilter(self.min_area.value(), self.max_area.value(), self.min_aspect.value(), self.max_aspect.value())

    def refresh_preview(self, *_) -> None:
        if self.pane.image is None:
            self.count.setText(translate("Process", "no image"))
            return
        self.preview.request(
            (self.pane.pipeline.copy(), self.pane.image, self.class_id(), self.box_filter(), *self.output())
        )

    def output(self) -> tuple[str, float]:
        """(kind, polygon tolerance px) to write."""
        return self.kind.currentData() or "box", self.tolerance.value()

    def _preview_failed(self, _request: object, message: str) -> None:
        self.count.setText(message)
        self.box_overlay.set_boxes(None)

    def _cancel(self) -> None:
        if self.runner is not None:
            self.runner.cancel()

    def _boxes(self, req, result) -> None:
        xywhn, outlines = result
        self.count.setText(shape_count(req[4], len(xywhn)))
        self.box_overlay.set_boxes(xywhn, outlines)

    def _start(self, fn, done) -> None:
        if self.runner is not None and self.runner.busy:
            return
        self.runner = JobRunner(fn, self)
        self.panel.attach(self.runner)
        self.runner.finished.connect(done)
        self.runner.failed.connect(lambda m: self._end(translate("Process", "Stopped: {message}").format(message=m)))
        self.runner.cancelled.connect(
            lambda: self._end(translate("Process", "Cancelled; the labels written so far are kept."))
        )
        for b in (self.one_button, self.all_button):
            b.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.runner.start()

    def _end(self, text: str) -> None:
        self.panel.summary.setText(text)
        for b in (self.one_button, self.all_button):
            b.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def label_current(self) -> None:
        path, root = self.pane.path, self.folder.text().strip()
        if not path or not root:
            self._end(translate("Process", "Pick an image of a dataset first."))
            return
        p, c, f, (k, t) = self.pane.pipeline.copy(), self.class_id(), self.box_filter(), self.output()
        self._start(lambda state: label_one_image(p, path, root, c, f, state, kind=k, tolerance=t), self._one_done)

    def _one_done(self, res: dict) -> None:
        self.report = res
        if res["labeled"]:
            text = translate("Process", "Wrote {shapes} for {name} ({key}).")
            shapes = shape_count(self.output()[0], res["boxes"])
            self._end(text.format(shapes=shapes, name=os.path.basename(self.pane.path), key=res["model_key"]))
            self.pane.ctx.labelsChanged.emit(self.pane.path)
            self.pane.ctx.openInReview.emit(self.pane.path, -1)
        else:
            text = translate("Process", "Not written: {why} (reviewed or hand-made labels are protected).")
            self._end(text.format(why=res["skipped"]))

    def label_all(self) -> None:
        root = self.folder.text().strip()
        if not root:
            self._end(translate("Process", "Choose a dataset or folder."))
            return
        try:
            check_pipeline(self.pane.pipeline)
        except LabelBenchError as e:
            self._end(str(e))
            return
        p, c, f, (k, t) = self.pane.pipeline.copy(), self.class_id(), self.box_filter(), self.output()
        self._start(lambda state: label_folder(p, root, c, f, state, kind=k, tolerance=t), self._all_done)

    def _all_done(self, rep: dict) -> None:
        self.report = rep
        text = translate(
            "Process",
            "Labeled {labeled} of %n image(s), skipped {skipped}, failed {failed} in {seconds} s. Index: {index}",
            None,
            rep["images"],
        )
        self._end(
            text.format(
                labeled=rep["labeled"],
                skipped=rep["skipped"],
                failed=len(rep["failed"]),
                seconds=f"{rep['seconds']:.1f}",
                index=rep["index"],
            )
        )
        self.pane.ctx.status(translate("Process", "Contour labels: %n image(s) labeled", None, rep["labeled"]), 6000)

    def reject(self) -> None:
        if self.runner is not None and self.runner.busy:
            self.runner.cancel()
            self.runner.wait(5)
        self.preview.stop()
        self.box_overlay.set_boxes(None)
        super().reject()
