""" "Optimize for this machine": measure a .pt model against its cached export once, keep the faster.

The first auto run of a model times both backends on this machine (a few batches of the model's
own input size, throughput as the engine runs them: OpenVINO with its streams in flight, torch on
all cores) and stores the figures beside the cached export; later runs read the decision.
"""

from __future__ import annotations

import json
import os
import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from app.core.autolabel.backends.cpu import machine_key
from app.core.io.atomic import atomic_write_text

if TYPE_CHECKING:
    from app.core.autolabel.backends.base import Backend, Pending

ROUNDS = 8


def throughput_ms(backend: Backend, x: npt.NDArray[np.uint8], rounds: int = ROUNDS) -> float:
    """Milliseconds per image, steady state, with the backend's own concurrency."""
    for _ in range(2):
        backend.forward(x)
    q: deque[Pending] = deque()
    t0 = time.perf_counter()
    for _ in range(rounds):
        q.append(backend.submit(x))
        while len(q) > backend.in_flight:
            q.popleft().result()
    while q:
        q.popleft().result()
    return float((time.perf_counter() - t0) * 1000 / (rounds * x.shape[0]))


def choice_file(export_folder: Path, precision: str) -> Path:
    return export_folder / f"choice-{precision}-{machine_key()}.json"


def read_choice(export_folder: Path, precision: str) -> dict[str, Any] | None:
    try:
        return cast(dict[str, Any], json.loads(choice_file(export_folder, precision).read_text()))
    except (OSError, ValueError):
        return None


def measure_choice(
    pt_backend: Backend, exported_backend: Backend, export_folder: Path, precision: str
) -> dict[str, Any]:
    """Time both (same input, the model's trained size) and store {"chosen", "<kind>_ms", ...}."""
    s = int(getattr(pt_backend, "trained_imgsz", 640))
    x = np.random.default_rng(0).integers(0, 256, (1, s, s, 3), dtype=np.uint8)  # a letterboxed BGR image
    figures: dict[str, Any] = {"imgsz": s, "precision": precision, "cpus": os.cpu_count() or 1}
    for be in (pt_backend, exported_backend):
        figures[f"{be.kind}_ms"] = round(throughput_ms(be, x), 2)
    kinds = (pt_backend.kind, exported_backend.kind)
    figures["chosen"] = min(kinds, key=lambda k: figures[f"{k}_ms"])
    atomic_write_text(choice_file(export_folder, precision), json.dumps(figures) + "\n")
    return figures
