"""The auto-label run as a JobRunner job; a throttled preview and one-line notices as signals.

The engine (`app.core.autolabel.engine.local.autolabel`) is a plain function taking a JobState; the
JobRunner (app.gui.common.workers) runs it in a worker thread and turns progress, per-image
problems and the outcome into signals like every other job. Previews are "latest value wins": at
most one every `preview_interval` seconds, read at a reduced size and drawn on a copy in the
worker, so the GUI thread only swaps a picture.
"""

from __future__ import annotations

import time

import cv2
import numpy as np
from PyQt6.QtCore import pyqtSignal

from app.core.autolabel.report import AutolabelReport
from app.core.jobs import JobState
from app.gui.common.workers import JobRunner
from widgets.palette import class_bgr


def draw_boxes(img: np.ndarray, cls, xywhn, conf, names: list[str]) -> np.ndarray:
    """A copy of img with labelled boxes (normalized cx cy w h)."""
    out = img.copy()
    h, w = out.shape[:2]
    t = max(1, round(max(h, w) / 500))
    for c, (cx, cy, bw, bh), p in zip(np.asarray(cls).tolist(), np.asarray(xywhn).reshape(-1, 4), np.asarray(conf)):
        x0, y0 = int((cx - bw / 2) * w), int((cy - bh / 2) * h)
        x1, y1 = int((cx + bw / 2) * w), int((cy + bh / 2) * h)
        col = class_bgr(int(c))
        cv2.rectangle(out, (x0, y0), (x1, y1), col, t + 1, cv2.LINE_AA)
        text = f"{names[c] if 0 <= c < len(names) else c} {p:.2f}"
        fs = 0.45 * t
        (tw, th), base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, fs, t)
        ty = y0 - 3 if y0 - th - 6 > 0 else y1 + th + 4
        cv2.rectangle(out, (x0, ty - th - 3), (x0 + tw + 4, ty + base - 1), col, -1)
        cv2.putText(out, text, (x0 + 2, ty - 2), cv2.FONT_HERSHEY_SIMPLEX, fs, (255, 255, 255), t, cv2.LINE_AA)
    return out


class AutolabelWorker(JobRunner):
    """One auto-label run. Besides JobRunner's signals (progress, itemError, finished(report),
    failed, cancelled, ended): a preview now and then, and the engine's notices."""

    preview = pyqtSignal(str, object, int)  # image path, BGR array with boxes, number of boxes
    log = pyqtSignal(str)  # one-line notices (export, warnings)

    def __init__(
        self,
        source: str,
        model: str,
        options,
        names: list[str] | tuple[str, ...] = (),
        preview_interval: float = 0.4,
        preview_side: int = 1280,
        parent=None,
        keep: str | None = None,
    ):
        super().__init__(self._job, parent)
        self.source, self.model, self.options = source, model, options
        self.keep = keep  # app.core.autolabel.model_view: separate | skip | replace
        self.names = list(names)  # class names for the preview's captions
        self.preview_interval = preview_interval
        self.preview_side = preview_side
        self._last_preview = 0.0
        self.report: AutolabelReport | None = None

    def _job(self, state: JobState) -> AutolabelReport:
        from app.core.autolabel.engine.local import autolabel
        from app.core.errors import ModelLoadError
        from app.gui.common.model_check import check_model

        checked = check_model(self.model)  # one line for a file that is no detection model
        if checked.problem and not checked.unsafe:
            raise ModelLoadError(checked.problem)
        if self.keep is not None:  # existing labels kept / replaced, the model's view into the index
            from app.core.autolabel.model_view import run

            report = run(
                self.source,
                self.model,
                self.options,
                state,
                keep=self.keep,
                on_result=self._on_result,
                log=self.log.emit,
            )
            self.report = report
            return report
        report = autolabel(self.source, self.model, self.options, state, on_result=self._on_result, log=self.log.emit)
        self.report = report
        return report

    def _on_result(self, path, cls, xywhn, conf) -> None:
        now = time.monotonic()
        if now - self._last_preview < self.preview_interval:
            return
        self._last_preview = now
        try:
            from app.core.io.images import read_image_reduced

            img, _scale = read_image_reduced(path, self.preview_side)
        except Exception:
            return
        self.preview.emit(path, draw_boxes(img, cls, xywhn, conf, self.names), int(len(cls)))
