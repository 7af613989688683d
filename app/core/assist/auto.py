"""Auto: the method picked per request from what it sees. The cheap candidates run on the same
request (GrabCut and the threshold from a box; from a click, also the magic wand's own region),
each scored on one confidence scale (confidence.py), and the most confident answer wins; the
result names the method that gave it and `tried` lists every candidate's confidence."""
from __future__ import annotations

import numpy as np

from app.core.assist.grabcut import snap_grabcut
from app.core.assist.request import SnapRequest, SnapResult
from app.core.assist.threshold import snap_threshold
from app.core.pipeline.model import Pipeline


def snap_auto(image: np.ndarray, req: SnapRequest, pipeline: Pipeline | None = None, loose=None) -> SnapResult | None:
    tried: dict[str, float] = {}
    best: SnapResult | None = None
    for name, fn in (("grabcut", lambda: snap_grabcut(image, req, loose=loose)),
                     ("threshold", lambda: snap_threshold(image, req, pipeline, loose=loose))):
        r = fn()
        if r is None:
            continue
        tried[name] = r.confidence
        if best is None or r.confidence > best.confidence:
            best = r
    if best is not None:
        best.tried = tried
    return best
