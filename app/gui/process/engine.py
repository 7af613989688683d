"""The Process pane's live compute engine: latest-value-wins workers, previews, throttled histograms.

Every edit bumps a generation and hands a *snapshot* of the pipeline (independent steps, shared
step cache) to a worker; the GUI thread never runs an op.

* While a slider is dragged the pipeline runs on a copy downscaled to display resolution
  (`preview_scale` = the view's zoom, so the cached prefix stays valid for the whole drag and
  the frame is blitted 1:1):
  changing the threshold re-runs only the threshold step on ~1 MP instead of 12 MP.
* When the drag ends (or for a discrete edit) the full-resolution run starts in a second worker,
  so a new drag is never stuck behind a long full-resolution run.
* Stale work is dropped, never queued (LatestRunner), and a frame is only shown if it is newer
  than the one on screen, or the same edit at a higher resolution.
* Frames (display pyramid as QImages) are built in the worker; the histogram of the threshold
  input and the auto-method levels are recomputed at most every HIST_INTERVAL_MS and only when
  that step's output changed.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PyQt6.QtCore import QObject, QTimer, pyqtSignal

from app.core.pipeline.model import Pipeline
from app.core.pipeline.threshold.choice import method_levels
from app.gui.common.workers import LatestRunner
from widgets.plots.histogram import HistData, compute_histograms
from widgets.split_view import Frame, prepare_frame

HIST_INTERVAL_MS = 120
SETTLE_MS = 300  # a drag that rests this long gets its full-resolution frame (not only on release)


def preview_scale_for(zoom: float) -> float:
    """Preview scale for a view zoom (screen pixels per image pixel): the display resolution,
    so the preview frame is blitted 1:1; rounded to 3 significant digits so the same zoom always
    gives the same cache key; 1.0 (no preview) from zoom 0.7 up, 1/64 at least."""
    if zoom >= 0.7:
        return 1.0
    z = max(zoom, 1 / 64)
    return float(f"{z:.3g}")


@dataclass
class RenderRequest:
    gen: int
    pipeline: Pipeline  # snapshot
    image: np.ndarray
    scale: float
    show_index: int  # output of this step is shown (-1: the original)


@dataclass
class RenderResult:
    frame: Frame
    scale: float
    gen: int
    executed: list[int]
    seconds: float
    shape: tuple[int, ...]
    dtype: str


def scaled_input(p: Pipeline, img: np.ndarray, scale: float) -> np.ndarray:
    """The input image at `scale`, from the same cache entry Pipeline.run uses."""
    if scale == 1.0:
        return img
    key = ("array", id(img), img.__array_interface__["data"][0], img.shape, img.dtype.str)
    p.cache.remember_source(key, img)
    return p.cache.scaled_source(key, img, scale)


def render(req: RenderRequest) -> RenderResult:
    t0 = time.perf_counter()
    img = req.image
    full = (img.shape[1], img.shape[0])
    if req.show_index < 0 or len(req.pipeline) == 0:
        out = scaled_input(req.pipeline, img, req.scale)
        executed: list[int] = []
    else:
        outs = req.pipeline.run(img, upto=req.show_index, preview_scale=req.scale)
        out = outs[-1]
        executed = list(req.pipeline.last_executed)
    if req.scale != 1.0:
        sw, sh = round(img.shape[1] * req.scale), round(img.shape[0] * req.scale)
        if (out.shape[1], out.shape[0]) != (max(1, sw), max(1, sh)):  # a resize/crop/rotate step
            full = (round(out.shape[1] / req.scale), round(out.shape[0] / req.scale))
    else:
        full = (out.shape[1], out.shape[0])
    frame = prepare_frame(out, full, tag=(req.gen, req.scale))
    return RenderResult(frame, req.scale, req.gen, executed, time.perf_counter() - t0, out.shape, out.dtype.str)


@dataclass
class HistRequest:
    key: Any
    pipeline: Pipeline
    image: np.ndarray
    scale: float
    index: int  # step whose output is measured (-1: the original)
    markers: bool


@dataclass
class HistResult:
    key: Any
    data: HistData
    levels: dict[str, int]  # method display name -> level (empty when not asked)


def histogram_job(req: HistRequest) -> HistResult:
    if req.index < 0 or len(req.pipeline) == 0:
        src = scaled_input(req.pipeline, req.image, req.scale)
    else:
        src = req.pipeline.run(req.image, upto=req.index, preview_scale=req.scale)[-1]
    data = compute_histograms(src)
    levels = method_levels(src) if req.markers else {}
    return HistResult(req.key, data, levels)


def reserve_gui_core() -> int:
    """Let OpenCV's parallel loops use all cores but one, so the GUI thread always has a core
    to run on while a worker computes (on a 2-core machine a full-width cv2 call would otherwise
    take both). Returns the thread count set."""
    n = max(1, (os.cpu_count() or 2) - 1)
    if cv2.getNumThreads() > n:
        cv2.setNumThreads(n)
    return cv2.getNumThreads()


class PreviewEngine(QObject):
    """Owns the workers; the pane calls `set_image`, `set_pipeline`, `update(dragging)`."""

    frameReady = pyqtSignal(object)  # RenderResult (shown frame)
    histReady = pyqtSignal(object)  # HistResult
    failed = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        reserve_gui_core()
        self.pipeline = Pipeline()
        self.image: np.ndarray | None = None
        self.gen = 0
        self.shown: tuple[int, float] = (-1, 0.0)  # (gen, scale) of the frame on screen
        self.display_zoom = 0.25  # screen pixels per image pixel (set by the pane)
        self.show_index = -1  # step whose output the result view shows (-1: last)
        self.hist_index = -1  # which step's output the histogram measures
        self.hist_markers = True
        self.preview_enabled = True
        self._pending_full_gen = -1
        self._preview = LatestRunner(render, self)
        self._full = LatestRunner(render, self)
        self._hist = LatestRunner(histogram_job, self)
        for r in (self._preview, self._full):
            r.resultReady.connect(self._on_frame)
            r.failed.connect(self._on_failed)
        self._hist.resultReady.connect(self._on_hist)
        self._hist.failed.connect(lambda _req, msg: self.failed.emit(msg))
        self._hist_timer = QTimer(self)
        self._hist_timer.setSingleShot(True)
        self._hist_timer.setInterval(HIST_INTERVAL_MS)
        self._hist_timer.timeout.connect(self._request_hist)
        self._hist_key: Any = None
        self._hist_has_markers = False
        self.dragging = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    # ----- inputs -----
    def set_image(self, img: np.ndarray | None) -> None:
        self.image = img
        self.shown = (-1, 0.0)
        self._hist_key = None
        if img is not None:
            self.update(dragging=False)

    def set_pipeline(self, p: Pipeline) -> None:
        self.pipeline = p
        self.update(dragging=False)

    def preview_scale(self) -> float:
        return preview_scale_for(self.display_zoom)

    # ----- requests -----
    def update(self, dragging: bool = False) -> None:
        """The pipeline (or what is shown) changed: render it. While dragging, preview only."""
        if self.image is None:
            return
        self.gen += 1
        snap = self.pipeline.snapshot()
        show = min(self.show_index, len(snap) - 1) if self.show_index >= 0 else len(snap) - 1
        self.dragging = dragging
        scale = self.preview_scale() if self.preview_enabled else 1.0
        if scale < 1.0:
            self._preview.request(RenderRequest(self.gen, snap, self.image, scale, show))
        if not dragging or scale >= 1.0:
            self._pending_full_gen = self.gen
            self._full.request(RenderRequest(self.gen, snap, self.image, 1.0, show))
            self._settle.stop()
        else:
            self._settle.start()  # restarted by every move: fires once the drag rests
        self.schedule_histogram()

    def _settled(self) -> None:
        """The drag stopped moving (its release may never come, or come much later): the full-size
        frame of the value it rests on, so a preview is never what stays on screen."""
        if self.dragging and self.image is not None:
            self.update(dragging=False)

    def schedule_histogram(self) -> None:
        if not self._hist_timer.isActive():
            self._hist_timer.start()

    def hist_signature(self) -> tuple:
        idx = self.hist_index
        sigs = tuple(s.signature() for s in self.pipeline.steps[: idx + 1]) if idx >= 0 else ()
        return (id(self.image), idx, sigs, self.hist_markers)

    def _request_hist(self) -> None:
        if self.image is None:
            return
        key = self.hist_signature()
        scale = self.shown[1] if self.shown[1] > 0 else self.preview_scale()
        if key == self._hist_key and scale <= self._hist_scale_done() and (self.dragging or self._hist_has_markers):
            return
        # the auto-method levels are pure-Python loops: skip them while a slider is dragged (they
        # would compete with the GUI thread for the interpreter) and add them on release
        markers = self.hist_markers and not self.dragging
        self._hist.request(
            HistRequest((key, scale), self.pipeline.snapshot(), self.image, scale, self.hist_index, markers)
        )

    def _hist_scale_done(self) -> float:
        return getattr(self, "_hist_scale", 0.0)

    # ----- results -----
    def _on_frame(self, req: RenderRequest, res: RenderResult) -> None:
        if req.image is not self.image:
            return
        g, s = self.shown
        if res.gen < g or (res.gen == g and res.scale <= s):
            return  # older than what is on screen
        self.shown = (res.gen, res.scale)
        self.frameReady.emit(res)
        if res.scale == 1.0 or self._hist_key != self.hist_signature():
            self.schedule_histogram()

    def _on_hist(self, req: HistRequest, res: HistResult) -> None:
        if req.image is not self.image:
            return
        key, scale = res.key
        self._hist_key, self._hist_scale = key, scale
        self._hist_has_markers = req.markers or not self.hist_markers
        self.histReady.emit(res)
        if key != self.hist_signature() or not (self._hist_has_markers or self.dragging):
            self.schedule_histogram()  # changed meanwhile, or the levels are due: catch up (throttled)

    def _on_failed(self, req: RenderRequest, msg: str) -> None:
        if req.gen >= self.shown[0]:
            self.failed.emit(msg)

    def busy(self) -> bool:
        """A full-resolution frame for the latest edit is still to come."""
        return self.shown[0] < self._pending_full_gen or (
            self.shown[0] == self._pending_full_gen and self.shown[1] < 1.0
        )

    def stop(self) -> None:
        self._hist_timer.stop()
        self._settle.stop()
        for r in (self._preview, self._full, self._hist):
            r.stop()
