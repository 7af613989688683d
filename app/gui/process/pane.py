"""Process pane: a live OpenCV pipeline with parameter sliders, before/after views, a histogram
whose threshold line can be dragged, and a grid of every auto-threshold method.

All compute runs in workers (app.gui.process.engine); see that module for the responsiveness
design. The widgets are a ProcessView (app.gui.process.view); batch apply, contour labelling
and pipeline files live in app.gui.process.actions.
"""

from __future__ import annotations

import html
import os

import cv2
import numpy as np
from PyQt6.QtCore import QTimer
from PyQt6.QtWidgets import QVBoxLayout, QWidget

from app.core.pipeline.batch import load_for_pipeline
from app.core.pipeline.model import Pipeline, default_pipeline
from app.core.pipeline.ops import get_op
from app.core.pipeline.ops.edges import canny_note
from app.core.pipeline.threshold.choice import (
    GridRequest,
    apply_tile_choice,
    current_method_tile,
    grid_job,
    line_level,
    threshold_step,
)
from app.gui.common.manual import help_button
from app.gui.common.workers import LatestRunner
from app.gui.i18n import Retranslating, translate
from app.gui.process.actions import ProcessActions
from app.gui.process.engine import PreviewEngine, RenderResult
from app.gui.process.label import BoxOverlay
from app.gui.process.memory import PipelineMemory
from app.gui.process.op_text import OpTexts, op_doc, op_label
from app.gui.process.view import ProcessView
from widgets.image_view import format_pixel
from widgets.split_view import prepare_frame

TITLE = "Process"
ORDER = 10
# op -> the note under its parameters where their values contradict each other ("" when they do not)
PARAM_NOTES = {"canny": canny_note}


def load_for_processing(src):
    """Path or array -> (BGR/gray uint8/uint16 array, its display frame). Runs in a worker.
    Files are decoded exactly as the batch job and `labelbench filter` decode them."""
    img = load_for_pipeline(src) if isinstance(src, str) else src
    if img.ndim == 3 and img.shape[2] == 4:
        img = cv2.cvtColor(img, cv2.COLOR_BGRA2BGR)
    elif img.ndim == 3 and img.shape[2] == 1:
        img = img[:, :, 0]
    if img.dtype not in (np.uint8, np.uint16):
        img = cv2.normalize(img.astype(np.float32), None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    return np.ascontiguousarray(img), prepare_frame(img, tag="original")


class Pane(Retranslating, QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.path: str | None = None
        self.image: np.ndarray | None = None
        self._info: tuple[str, int, int, int, str] | None = None  # the image line's facts (retranslate)
        self._frame: RenderResult | None = None  # the last frame shown (its line, retranslated)
        self._grid_line: tuple | None = None  # the grid's status: (tiles, source index) or None
        self._hist_levels: dict[str, float] = {}
        self.engine = PreviewEngine(self)
        self.loader = LatestRunner(load_for_processing, self)
        self.grid_runner = LatestRunner(grid_job, self)
        self.view = ProcessView()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        v = self.view
        self.box_overlay = BoxOverlay(v.original_view, v.result_view, v.split_view)
        self.toolbar_actions = ProcessActions(self, v.toolbar, self.box_overlay)
        v.toolbar.addWidget(help_button("process"))  # the manual at this pane
        self._wire()
        self.view.editor.set_pipeline(default_pipeline(), select=2)
        self.memory = PipelineMemory(self)  # the last pipeline (app/gui/process/memory.py)

    def retranslate(self) -> None:
        """The texts that follow the image and the pipeline, in the current language (the view, the
        editor and the toolbar's fixed texts retranslate themselves or here)."""
        self.toolbar_actions.retranslate()
        self._refresh_params()
        self._rebuild_hist_sources()
        self._show_info()
        if self._frame is not None:
            self._frame_ready(self._frame, paint=False)
        else:
            self.view.result_view.caption = self.view.split_view.caption_b = translate("Process", "Result")
        if self._grid_line is not None:
            self._grid_status(*self._grid_line)

    # ------------------------------------------------------------------ window menus
    def menu_actions(self) -> dict:
        """File ▸ Save saves the pipeline, Edit ▸ Delete removes the selected step
        (app/gui/common/pane_commands.py; no undo here: Undo and Redo stay disabled)."""
        return {"save": self.toolbar_actions.act_save, "delete": self.view.editor.act_delete}

    def image_view(self):
        """View ▸ Zoom acts on the result view (original, result and split are locked together)."""
        return self.view.result_view

    # ------------------------------------------------------------------ layout
    def _wire(self) -> None:
        self.ctx.imageSelected.connect(self.load_image)
        self.loader.resultReady.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self.view.editor.edited.connect(self._pipeline_edited)
        self.view.editor.currentStepChanged.connect(self._step_selected)
        self.view.params.changed.connect(self._param_changed)
        self.engine.frameReady.connect(self._frame_ready)
        self.engine.histReady.connect(self._hist_ready)
        self.engine.failed.connect(self._compute_failed)
        self.view.histogram.thresholdChanged.connect(self._line_dragged)
        self.view.hist_source.currentIndexChanged.connect(self._hist_source_changed)
        self.view.show_combo.currentIndexChanged.connect(lambda _: self._update_show_index())
        self.view.preview_check.toggled.connect(self._preview_toggled)
        self.view.result_view.viewChanged.connect(self._view_changed)
        for v in (self.view.original_view, self.view.result_view, self.view.split_view):
            v.pixelHovered.connect(self._pixel)
        self.view.grid.methodChosen.connect(self._tile_chosen)
        self.grid_runner.resultReady.connect(self._grid_ready)
        self.grid_runner.failed.connect(lambda _r, m: self.view.grid.set_status(m))
        self.view.bottom.currentChanged.connect(lambda _: self._schedule_grid())
        self._grid_timer = QTimer(self)
        self._grid_timer.setSingleShot(True)
        self._grid_timer.setInterval(250)
        self._grid_timer.timeout.connect(self.refresh_grid)
        self._grid_key: tuple[object, ...] | None = None
        self._line_pending = None
        self._line_timer = QTimer(self)
        self._line_timer.setSingleShot(True)
        self._line_timer.setInterval(60)
        self._line_timer.timeout.connect(self._apply_pending_line)

    # ------------------------------------------------------------------ image
    def load_image(self, path_or_array) -> None:
        """Load a file (or take an array) in a worker; the views update when it is ready."""
        if isinstance(path_or_array, str):
            self.path = path_or_array
            self.view.has_image = True
            self._info = None
            self.view.info.setText(translate("Process", "Loading {name}…").format(name=os.path.basename(path_or_array)))
        else:
            self.path = None
        self.loader.request(path_or_array)

    def _loaded(self, src, result) -> None:
        img, frame = result
        self.image = img
        self.view.original_view.set_frame(frame, keep_view=False)
        self.view.split_view.set_frame_a(frame)
        self.engine.set_image(img)
        self._view_changed()
        h, w = img.shape[:2]
        name = os.path.basename(src) if isinstance(src, str) else ""
        ch = 1 if img.ndim == 2 else img.shape[2]
        self._info = (name, w, h, ch, str(img.dtype))
        self._show_info()
        self._refresh_params()
        self._schedule_grid()

    def _show_info(self) -> None:
        """The bottom line: 'a.png   640×480   3 channels, uint8'."""
        if self._info is None:
            return
        name, w, h, ch, dtype = self._info
        self.view.has_image = True
        channels = translate("Process", "%n channel(s)", None, ch)
        self.view.info.setText(f"{name or translate('Process', 'image')}   {w}×{h}   {channels}, {dtype}")

    def _load_failed(self, src, message: str) -> None:
        """A broken file: no view keeps the previous image, result, histogram or pixel readout."""
        self.image = None
        self.engine.set_image(None)
        v = self.view
        for view in (v.original_view, v.result_view, v.split_view):
            view.placeholder = message
        v.original_view.set_frame(None)
        v.result_view.set_frame(None)
        v.split_view.set_frame_a(None)
        v.split_view.set_frame(None)
        self._frame = self._info = None
        v.result_view.caption = v.split_view.caption_b = translate("Process", "Result")
        v.histogram.set_data(None)
        v.histogram.set_markers({})
        v.compute_label.setText("")
        v.has_image = True
        v.info.setText(message)
        self.ctx.status(message, 0)
        mw = self.ctx.main_window
        if mw is not None:
            mw.pixel_label.setText("")
            if isinstance(src, str):
                mw.file_model.mark_broken(src, message)

    # ------------------------------------------------------------------ pipeline edits
    @property
    def pipeline(self) -> Pipeline:
        return self.view.editor.pipeline

    def set_pipeline(self, p: Pipeline) -> None:
        self.view.editor.set_pipeline(p, select=max(0, threshold_step(p, -1)))

    def _pipeline_edited(self, first: int) -> None:
        self.engine.pipeline = self.pipeline
        self._rebuild_hist_sources()
        self._update_threshold_line()
        self._update_show_index(render=False)
        self.engine.update(dragging=False)
        self._schedule_grid()

    def _step_selected(self, i: int) -> None:
        self._refresh_params()
        self._update_threshold_line()
        if self.view.show_combo.currentIndex() == 1:
            self._update_show_index()
        self._update_hist_index()

    def _refresh_params(self) -> None:
        i = self.view.editor.current()
        if i < 0 or i >= len(self.pipeline):
            self.view.param_title.setText(translate("Process", "No step selected"))
            self.view.param_doc.setText("")
            self.view.params.set_specs([], {}, empty_text=translate("Process", "Add a step with “Add step”."))
            return
        step = self.pipeline.steps[i]
        op = get_op(step.op)
        dtype = self.image.dtype if self.image is not None else np.uint8
        self.view.param_title.setText(f"{i + 1}. {op_label(op)}")
        self.view.params.set_specs(op.params, step.params, dtype=dtype, texts=OpTexts(op.name))
        self._show_doc(i)

    def _show_doc(self, i: int) -> None:
        """The op's description, and a note in orange where its values contradict each other."""
        step = self.pipeline.steps[i]
        doc = op_doc(get_op(step.op))
        note = PARAM_NOTES[step.op](step.params) if step.op in PARAM_NOTES else ""
        if note:
            doc = f"{html.escape(doc)}<br><span style='color:#f0a040'>{html.escape(note)}</span>"
        self.view.param_doc.setText(doc)

    def _param_changed(self, name: str, value, dragging: bool) -> None:
        i = self.view.editor.current()
        if i < 0:
            return
        self.pipeline.set_params(i, **{name: value})
        if self.pipeline.steps[i].op in PARAM_NOTES:
            self._show_doc(i)
        if not dragging:  # the list's summary text follows on release
            self.view.editor.refresh_row(i)
        if i == self._threshold_index() and name == "level":
            self._follow_line(value, dragging)
        self.engine.update(dragging=dragging)
        if not dragging:
            self._outline_tiles()
            self._schedule_grid()

    def _follow_line(self, value, dragging: bool) -> None:
        """Move the histogram line to a slider value. While dragging, the move waits for the
        frame computed for that value (line and image change together, and the histogram's
        repaint never delays the frame); a timer covers the case where no frame comes."""
        if dragging and self.image is not None:
            self._line_pending = value
            self._line_timer.start()
        else:
            self._line_pending = None
            self.view.histogram.set_threshold(value)

    def _apply_pending_line(self) -> None:
        if self._line_pending is not None:
            v, self._line_pending = self._line_pending, None
            self.view.histogram.set_threshold(v)

    def _threshold_index(self) -> int:
        return threshold_step(self.pipeline, self.view.editor.current())

    # ------------------------------------------------------------------ threshold line
    def _update_threshold_line(self) -> None:
        t = self._threshold_index()
        level = line_level(self.pipeline, t, self._hist_levels)
        self.view.histogram.set_threshold_visible(level is not None)
        manual = t >= 0 and self.pipeline.steps[t].op == "threshold"
        self.view.histogram.line.setMovable(manual)
        if level is not None:
            self.view.histogram.set_threshold(level)
        self._outline_tiles()

    def _outline_tiles(self) -> None:
        t = self._threshold_index()
        manual = t >= 0 and self.pipeline.steps[t].op == "threshold"
        self.view.grid.set_current(
            current_method_tile(self.pipeline, t), float(self.pipeline.steps[t].params["level"]) if manual else None
        )

    def _line_dragged(self, value: float, dragging: bool) -> None:
        t = self._threshold_index()
        if t < 0 or self.pipeline.steps[t].op != "threshold":
            return
        v = int(round(value))
        if self.pipeline.steps[t].params["level"] == v and dragging:
            return
        self.pipeline.set_params(t, level=v)
        if not dragging:
            self.view.editor.refresh_row(t)
        if self.view.editor.current() == t:
            self.view.params.set_value("level", v)
        self.engine.update(dragging=dragging)
        if not dragging:
            self._outline_tiles()
            self._schedule_grid()

    # ------------------------------------------------------------------ histogram source
    def _rebuild_hist_sources(self) -> None:
        keep = self.view.hist_source.currentIndex()
        self.view.hist_source.blockSignals(True)
        self.view.hist_source.clear()
        self.view.hist_source.addItem(translate("Process", "Threshold input (auto)"), None)
        self.view.hist_source.addItem(translate("Process", "Original"), -1)
        for i, s in enumerate(self.pipeline.steps):
            self.view.hist_source.addItem(f"{i + 1}. {op_label(get_op(s.op))}", i)
        self.view.hist_source.setCurrentIndex(keep if 0 <= keep < self.view.hist_source.count() else 0)
        self.view.hist_source.blockSignals(False)
        self._update_hist_index()

    def hist_index(self) -> int:
        data = self.view.hist_source.currentData()
        if data is not None:
            return int(data)
        t = self._threshold_index()
        if t >= 0:
            return t - 1
        return self.view.editor.current()

    def _update_hist_index(self) -> None:
        idx = self.hist_index()
        if idx != self.engine.hist_index:
            self.engine.hist_index = idx
            self.engine.schedule_histogram()

    def _hist_source_changed(self, _i: int) -> None:
        self._update_hist_index()
        self.engine.schedule_histogram()

    def _hist_ready(self, res) -> None:
        self.view.histogram.set_data(res.data)
        if res.levels:  # levels are left out while dragging: keep the last ones
            self._hist_levels = res.levels
            self.view.histogram.set_markers(res.levels)
        t = self._threshold_index()
        if t >= 0 and self.pipeline.steps[t].op != "threshold":
            self._update_threshold_line()

    # ------------------------------------------------------------------ rendering
    def _update_show_index(self, render: bool = True) -> None:
        idx = self.view.editor.current() if self.view.show_combo.currentIndex() == 1 else -1
        if idx != self.engine.show_index:
            self.engine.show_index = idx
            if render:
                self.engine.update(dragging=False)

    def _preview_toggled(self, on: bool) -> None:
        self.engine.preview_enabled = on

    def _view_changed(self, *_) -> None:
        self.engine.display_zoom = self.view.result_view.zoom * self.view.result_view.devicePixelRatioF()

    def _frame_ready(self, res: RenderResult, paint: bool = True) -> None:
        self._frame = res
        if paint:
            self.view.result_view.set_frame(res.frame)
            self.view.split_view.set_frame(res.frame)
            # paint the new frame now (not at the next backing-store sync behind every other dirty widget)
            view = self.view.result_view if self.view.views.currentIndex() == 0 else self.view.split_view
            if view.isVisible():
                view.repaint()
            self._apply_pending_line()
        n = len(self.pipeline)
        if res.scale == 1.0:
            where = translate("Process", "full resolution")
        else:
            where = translate("Process", "preview 1/{n}").format(n=round(1 / res.scale))
        if n:
            ran = translate("Process", "ran {done} of %n step(s)", None, n).format(done=len(res.executed))
        else:
            ran = translate("Process", "no steps")
        busy = "   " + translate("Process", "computing full resolution…") if self.engine.busy() else ""
        self.view.compute_label.setText(f"{where} · {res.seconds * 1000:.0f} ms · {ran}{busy}")
        shape = "×".join(str(s) for s in res.shape[1::-1])
        self.view.result_view.caption = f"{translate('Process', 'Result')}  {shape} {np.dtype(res.dtype).name}"
        self.view.split_view.caption_b = self.view.result_view.caption
        if not paint:
            self.view.result_view.update()
            self.view.split_view.update()

    def _compute_failed(self, message: str) -> None:
        self.view.compute_label.setText(message)
        self.ctx.status(message, 0)

    def _pixel(self, x: int, y: int, values) -> None:
        if values is not None and self.ctx.main_window is not None:
            self.ctx.main_window.pixel_label.setText(format_pixel(x, y, values))

    # ------------------------------------------------------------------ try-all grid
    def _schedule_grid(self) -> None:
        if self.view.bottom.currentWidget() is self.view.grid:
            self._grid_timer.start()

    def grid_source_index(self) -> int:
        t = self._threshold_index()
        return t - 1 if t >= 0 else len(self.pipeline) - 1

    def refresh_grid(self) -> None:
        if self.image is None:
            return
        idx = self.grid_source_index()
        p = self.pipeline
        key = (id(self.image), idx, tuple(s.signature() for s in p.steps[: idx + 1]))
        if key == self._grid_key:
            return
        self._grid_key = key
        self._grid_line = None
        self.view.grid.set_status(translate("Process", "Computing every method…"))
        self.grid_runner.request(GridRequest(p.snapshot(), self.image, idx))

    def _grid_ready(self, req: GridRequest, tiles) -> None:
        self.view.grid.set_tiles(tiles)
        self._grid_status(len(tiles), req.index)
        self._outline_tiles()

    def _grid_status(self, n: int, index: int) -> None:
        self._grid_line = (n, index)
        if index < 0:
            text = translate("Process", "%n method(s) on the original. Click a tile to use it.", None, n)
        else:
            text = translate("Process", "%n method(s) on the output of step {step}. Click a tile to use it.", None, n)
            text = text.format(step=index + 1)
        self.view.grid.set_status(text)

    def _tile_chosen(self, name: str, value: float) -> None:
        t, _added = apply_tile_choice(self.pipeline, self._threshold_index(), name, value)
        self.view.editor.refresh(t)
        self._pipeline_edited(t)

    # ------------------------------------------------------------------ shutdown
    def shutdown(self) -> None:
        self._grid_timer.stop()
        self._line_timer.stop()
        self.engine.stop()
        self.loader.stop()
        self.grid_runner.stop()
        self.toolbar_actions.shutdown()
