#!/usr/bin/env python3
"""Review pane benchmark, in the real pane offscreen. Prints ONE JSON line.

    python scripts/bench_review_gui.py [--n 100000] [--steps 80] [--dwell 0.15] [--tmp DIR]

Builds a dataset with scripts/bench_review.py's builder (distinct 1920x1080 JPEGs hard-linked
under N names, one label file each), records an auto-label run (random confidences) in the
index, then drives the Review pane like a person:
  * list: time from opening the dataset to the first rows in the table, first open (index
    built in the background) and reopen, until all N rows are listed, and the cost of scrolling
    the table (random jumps + page steps, each repainted);
  * next image: key D through the queue (each step = key press + repaint of the canvas) with the
    prefetcher on, against the same with prefetch off (ahead=0: decode on demand) in this run;
  * accept: key Space (save + mark reviewed + next image) with prefetch on.
Goal: next image p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.gui  # noqa: E402,F401 - fixes OpenCV's Qt plugin path before PyQt6 loads


def pct(xs, q):
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))], 2)


def wait(app, cond, timeout=120.0, step=0.002):
    t0 = time.perf_counter()
    while not cond():
        app.processEvents()
        if time.perf_counter() - t0 > timeout:
            raise SystemExit("timed out waiting")
        time.sleep(step)
    return time.perf_counter() - t0


def dwell(app, seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def record_run(yaml_path: Path) -> float:
    """An auto-label run: predictions with random confidences for every image."""
    import numpy as np

    from app.core.dataset.index import DatasetIndex

    t0 = time.perf_counter()
    rng = np.random.default_rng(0)
    with DatasetIndex.open(yaml_path) as idx:
        idx.refresh()
        rels = [r.rel for r in idx.rows(order="name")]
        for i in range(0, len(rels), 512):
            items = []
            for rel in rels[i : i + 512]:
                k = int(rng.integers(1, 5))
                items.append((rel, rng.integers(0, 5, k), rng.uniform(0.2, 0.6, (k, 4)), rng.uniform(0.25, 1.0, k)))
            idx.record_predictions(items, "bench-model")
    return time.perf_counter() - t0


def open_pane(app, yaml_path: Path, names):
    from app.gui.common.context import AppContext
    from app.gui.review.pane import Pane

    ctx = AppContext()
    pane = Pane(ctx)
    pane.resize(1600, 950)
    pane.show()
    app.processEvents()
    t0 = time.perf_counter()
    ctx.set_dataset(yaml_path.parent, yaml_path, names)
    wait(app, lambda: pane.queue.model.rowCount() > 0 and pane.doc is not None)
    pane.queue.table.viewport().repaint()
    first = time.perf_counter() - t0
    wait(
        app,
        lambda: pane._refresh_job is not None and not pane._refresh_job.is_running() and not pane.queue.model.loading,
        timeout=600,
    )
    app.processEvents()
    return pane, first, time.perf_counter() - t0


def scroll_cost(app, pane, steps=120):
    table, n = pane.queue.table, pane.queue.model.rowCount()
    bar = table.verticalScrollBar()
    rnd = random.Random(1)
    times = []
    for i in range(steps):
        t0 = time.perf_counter()
        if i % 2:
            bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        else:
            bar.setValue(rnd.randrange(0, max(1, bar.maximum())))
        table.viewport().repaint()
        times.append(1000 * (time.perf_counter() - t0))
    return {"list_rows": n, "scroll_step_p50_ms": pct(times, 50), "scroll_step_p95_ms": pct(times, 95)}


def step_images(app, pane, key, steps, dwell_s):
    from PyQt6.QtTest import QTest

    lat = []
    for _ in range(steps):
        before = pane.doc.rel
        t0 = time.perf_counter()
        QTest.keyClick(pane.canvas, key)
        pane.canvas.repaint()
        lat.append(1000 * (time.perf_counter() - t0))
        if pane.doc.rel == before:
            raise SystemExit(f"key {key} did not move on from {before}")
        dwell(app, dwell_s)
    return lat


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--steps", type=int, default=80)
    ap.add_argument("--dwell", type=float, default=0.15, help="seconds spent looking at each image")
    ap.add_argument("--tmp", type=Path, default=None)
    a = ap.parse_args(argv)
    import bench_review
    from PyQt6.QtCore import Qt
    from PyQt6.QtWidgets import QApplication

    from app.core.io.prefetch import Prefetcher
    from app.gui.common.style import apply_style

    work = Path(tempfile.mkdtemp(prefix="bench_review_gui_", dir=a.tmp))
    out = work / "data"
    r: dict = {"bench": "review_gui", "cpus": os.cpu_count(), "qpa": os.environ["QT_QPA_PLATFORM"]}
    try:
        r.update(bench_review.build(out, a.n))
        yaml_path = out / "data.yaml"
        names = ["circle", "square", "triangle", "star", "ring"]
        app = QApplication.instance() or QApplication([])
        apply_style(app)
        # first open: nothing indexed yet, the index is built in the background
        pane, first, full = open_pane(app, yaml_path, names)
        r.update({"first_open_first_rows_s": round(first, 3), "first_open_all_rows_s": round(full, 3)})
        pane.shutdown()
        pane.deleteLater()
        r["record_predictions_s"] = round(record_run(yaml_path), 2)
        # reopen: the review queue, least sure first
        pane, first, full = open_pane(app, yaml_path, names)
        r.update({"reopen_first_rows_s": round(first, 3), "reopen_all_rows_s": round(full, 3)})
        r.update(scroll_cost(app, pane))
        pane.open_row(0)
        on = step_images(app, pane, Qt.Key.Key_D, a.steps, a.dwell)
        r.update(
            {
                "next_image_p50_ms": pct(on, 50),
                "next_image_p95_ms": pct(on, 95),
                "prefetch_hits": pane.prefetch.hits,
                "prefetch_waits": pane.prefetch.waits,
                "prefetch_misses": pane.prefetch.misses,
            }
        )
        acc = step_images(app, pane, Qt.Key.Key_Space, min(a.steps, 40), a.dwell)
        r.update({"accept_next_p50_ms": pct(acc, 50), "accept_next_p95_ms": pct(acc, 95)})
        pane.prefetch.close()
        pane.prefetch = Prefetcher(ahead=0, workers=1, capacity=2)  # the alternative: decode on demand
        off = step_images(app, pane, Qt.Key.Key_D, min(a.steps, 40), a.dwell)
        r.update(
            {
                "no_prefetch_p50_ms": pct(off, 50),
                "no_prefetch_p95_ms": pct(off, 95),
                "steps": a.steps,
                "dwell_ms": round(a.dwell * 1000),
                "image_size": "1920x1080",
            }
        )
        r["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        r["goals_met"] = {
            "next_image_p95_under_50ms": r["next_image_p95_ms"] < 50,
            "reopen_first_rows_under_1s": r["reopen_first_rows_s"] < 1,
            "first_rows_under_1s": r["first_open_first_rows_s"] < 1,
        }
        pane.shutdown()
        print(json.dumps(r))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
