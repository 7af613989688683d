"""Runs the auto-label engine in a QThread; progress, errors and a throttled preview as signals.

The engine (`app.core.autolabel.engine.autolabel`) is a plain function taking a JobState; here the
JobState is a subclass whose callbacks emit Qt signals from the worker thread (queued to the GUI
thread). Previews are "latest value wins": at most one every `preview_interval` seconds, read at a
reduced size and drawn on a copy in the worker, so the GUI thread only swaps a picture.
"""
from __future__ import annotations

import time
import traceback

import cv2
import numpy as np
from PyQt6.QtCore import QThread, pyqtSignal

from app.core.errors import LabelBenchError
from app.core.jobs import Cancelled, JobState

PALETTE = [(232, 142, 61), (80, 200, 120), (60, 90, 230), (200, 80, 200), (40, 200, 220),
           (230, 200, 60), (150, 110, 240), (90, 160, 255)]  # BGR


class SignalJobState(JobState):
    """JobState whose progress and per-item errors are emitted by the worker's signals."""

    def __init__(self, worker: AutolabelWorker):
        super().__init__(on_progress=lambda d, t, m: worker.progress.emit(d, t, m),
                         on_error=lambda p, r: worker.itemError.emit(p, r))


def draw_boxes(img: np.ndarray, cls, xywhn, conf, names: list[str]) -> np.ndarray:
    """A copy of img with labelled boxes (normalized cx cy w h)."""
    out = img.copy()
    h, w = out.shape[:2]
    t = max(1, round(max(h, w) / 500))
    for c, (cx, cy, bw, bh), p in zip(np.asarray(cls).tolist(), np.asarray(xywhn).reshape(-1, 4), np.asarray(conf)):
        x0, y0 = int((cx - bw / 2) * w), int((cy - bh / 2) * h)
        x1, y1 = int((cx + bw / 2) * w), int((cy + bh / 2) * h)
        col = PALETTE[int(c) % len(PALETTE)]
        cv2.rectangle(out, (x0, y0), (x1, y1), col, t + 1, cv2.LINE_AA)
        text = f"{names[c] if 0 <= c < len(names) else c} {p:.2f}"
        fs = 0.45 * t
        (tw, th), base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, fs, t)
        ty = y0 - 3 if y0 - th - 6 > 0 else y1 + th + 4
        cv2.rectangle(out, (x0, ty - th - 3), (x0 + tw + 4, ty + base - 1), col, -1)
        cv2.putText(out, text, (x0 + 2, ty - 2), cv2.FONT_HERSHEY_SIMPLEX, fs, (255, 255, 255), t, cv2.LINE_AA)
    return out


class AutolabelWorker(QThread):
    progress = pyqtSignal(int, int, str)       # done, total, message
    itemError = pyqtSignal(str, str)           # image path, reason (the run goes on)
    preview = pyqtSignal(str, object, int)     # image path, BGR array with boxes, number of boxes
    log = pyqtSignal(str)                      # one-line notices (export, warnings)
    done = pyqtSignal(dict)                    # the engine's report
    failed = pyqtSignal(str)                   # the run could not start or stopped on an error
    cancelled = pyqtSignal()

    def __init__(self, source: str, model: str, options, preview_interval: float = 0.4,
                 preview_side: int = 1280, parent=None):
        super().__init__(parent)
        self.source, self.model, self.options = source, model, options
        self.preview_interval = preview_interval
        self.preview_side = preview_side
        self.state = SignalJobState(self)
        self.names: list[str] = []
        self._last_preview = 0.0
        self.report: dict | None = None

    # controller side (GUI thread)
    def pause(self) -> None:
        self.state.pause()

    def resume(self) -> None:
        self.state.resume()

    def cancel(self) -> None:
        self.state.cancel()

    # worker side
    def run(self) -> None:
        from app.core.autolabel.engine import autolabel
        try:
            self.report = autolabel(self.source, self.model, self.options, self.state,
                                    on_result=self._on_result, log=self.log.emit)
        except Cancelled:
            self.cancelled.emit()
        except LabelBenchError as e:
            self.failed.emit(str(e))
        except Exception as e:  # noqa: BLE001 - shown to the user, never silent
            traceback.print_exc()
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.done.emit(self.report)

    def _on_result(self, path, cls, xywhn, conf) -> None:
        now = time.monotonic()
        if now - self._last_preview < self.preview_interval:
            return
        self._last_preview = now
        try:
            from app.core.io.images import read_image_reduced
            img, _scale = read_image_reduced(path, self.preview_side)
        except Exception:  # noqa: BLE001 - a preview is optional
            return
        if not self.names:
            self.names = self._class_names()
        self.preview.emit(path, draw_boxes(img, cls, xywhn, conf, self.names), int(len(cls)))

    def _class_names(self) -> list[str]:
        return list(getattr(self.options, "extra", {}).get("class_names", []))
