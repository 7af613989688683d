"""Auto: the method picked per request from what it sees, and named in the answer.

GrabCut runs first (the most reliable of the cheap methods on the benchmark's scenes and photos);
when it is sure (confidence >= SURE) its answer stands. Otherwise the threshold runs too and wins
when clearly more confident (by MARGIN; with a pipeline the user saved, the threshold always runs
and wins at any lead: a tuned pipeline knows the images). `tried` lists each candidate's
confidence. The rule and its two numbers come from scripts/bench_snap.py's scenes: running both
every time and keeping the more confident was no more accurate and about twice as slow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from app.core.assist.grabcut import snap_grabcut
from app.core.assist.request import SnapRequest, SnapResult
from app.core.assist.threshold import snap_threshold
from app.core.pipeline.model import Pipeline

if TYPE_CHECKING:
    from app.core.assist.request import Box

SURE = 0.7
MARGIN = 0.1
UNSURE = 0.5


def snap_auto(
    image: np.ndarray, req: SnapRequest, pipeline: Pipeline | None = None, loose: Box | None = None
) -> SnapResult | None:
    tried: dict[str, float] = {}
    best = snap_grabcut(image, req, loose=loose, starts=("box",))
    if best is not None:
        tried["grabcut"] = best.confidence
    if best is None or best.confidence < SURE or pipeline is not None:
        t = snap_threshold(image, req, pipeline, loose=loose)
        if t is not None:
            tried["threshold"] = t.confidence
            margin = 0.0 if pipeline is not None else MARGIN
            if best is None or t.confidence > best.confidence + margin:
                best = t
    if best is None or best.confidence < UNSURE:  # nothing convincing: GrabCut's second start
        g = snap_grabcut(image, req, loose=loose, starts=("rect",))
        if g is not None:
            tried["grabcut"] = max(tried.get("grabcut", 0.0), g.confidence)
            if best is None or g.confidence > best.confidence:
                best = g
    if best is not None:
        best.tried = tried
    return best
