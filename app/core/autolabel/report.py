"""What an auto-label run returns: one typed dict for both engines (a TypedDict, so the report stays the
plain dict that the CLI prints as JSON and the panes read, and mypy checks every key and value).

`REPORT_KEYS` (app.core.autolabel.options) are the keys `labelbench autolabel --json` prints, in order; the
rest are for the app, the benchmarks and the tests. Precision has two words: `precision_mode` is what was
asked (`--precision fast | int8 | exact`), `precision` the arithmetic that ran (`f32 | bf16 | int8`; on a Ray
cluster whose nodes differ, each one, joined with " / ").
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypedDict


class FailedImage(TypedDict):
    path: str
    error: str


class AutolabelReport(TypedDict, total=False):
    # printed by `labelbench autolabel --json`
    images: int
    labeled: int
    skipped: int
    failed: list[FailedImage]
    seconds: float
    images_per_second: float
    model: str
    backend: str
    precision: str
    precision_mode: str
    precision_why: str
    changed_during_run: int
    task: str | None
    # for the app, the benchmarks and the tests
    changed_at_write: int
    precision_check: dict[str, Any]
    decode_scale: int
    imgsz: list[int]
    batch: int
    skip_reasons: dict[str, int]
    model_key: str
    index: str
    class_names: list[str]
    # the Ray engine's
    engine: str
    nodes: int
    workers: int
    per_node: dict[str, int]
    cluster_nodes: int
    cluster_cpus: int
    # app.core.autolabel.model_view's
    keep: str
    model_view: int
    dataset_root: str


def counts(
    total: int, labeled: int, skipped: int, failed: list[FailedImage], seconds: float, model: str | os.PathLike[str]
) -> AutolabelReport:
    """The keys every run reports alike, whichever engine ran it."""
    return {
        "images": total,
        "labeled": labeled,
        "skipped": skipped,
        "failed": failed,
        "seconds": round(seconds, 3),
        "images_per_second": round(labeled / seconds, 2) if seconds > 0 else 0.0,
        "model": str(Path(model).resolve()),
    }
