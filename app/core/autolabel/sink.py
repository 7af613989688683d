"""The prediction sink: what a predictions-only auto-label run (the audit, the model's view beside kept
labels, the audit's second look at crops) hands its results to instead of label files.

The engines (app.core.autolabel.engine.local and .ray) call, in this order:
  started(index, imgsz, names, key)  once, with the run's settings (input [h, w], the dataset's class
                                     names, the model key), before the first image
  skip_reason(index, rel, key)       per image: a reason to skip it, or None to predict it
  record(index, items, key)          per batch: items = [(rel, cls, xywhn, conf), ...]; a -seg / -obb
                                     model's item has a 5th element, its polygons / rotated boxes as
                                     app.core.io.shapes.Labels (xywhn: the box around each; None where
                                     they could not be had), a detect model's has none
and, when the run ends, put the loaded model into `loaded` (instead of closing it) if `keep_loaded`.
A sink whose `loaded` is set before the run makes the engine run on that model.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np

from app.core.io.shapes import Labels

# one image's predictions: (rel path, class ids (n,), boxes xywhn (n, 4), confidences (n,)), and from
# a -seg / -obb model its shapes (n objects, in that order)
Item = tuple[str, np.ndarray, np.ndarray, np.ndarray] | tuple[str, np.ndarray, np.ndarray, np.ndarray, Labels | None]


class PredictionSink(Protocol):
    keep_loaded: bool
    loaded: tuple[Any, Any] | None  # (backend, precision resolution)

    def started(self, index: Any, imgsz: list[int], names: list[str], key: str) -> None: ...

    def skip_reason(self, index: Any, rel: str, key: str) -> str | None: ...

    def record(self, index: Any, items: list[Item], key: str) -> None: ...
