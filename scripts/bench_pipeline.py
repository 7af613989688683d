#!/usr/bin/env python3
"""Benchmark the pipeline core on a 12-megapixel photo; prints ONE JSON line.

    python scripts/bench_pipeline.py [--size 4000x3000] [--repeats 15]

Pipeline: gray -> Gaussian blur 5 -> open (ellipse 5) -> threshold. Measured in the same run:
  * threshold change (last step) with step caching vs the naive design (re-run every step at
    full resolution), p50 / p95 in ms;
  * early-step change (blur kernel) on the preview copy (preview_scale 0.25, what the GUI shows
    while a slider is dragged) vs naive full resolution;
  * full-resolution completion after the drag ends (re-run from the changed step, cached prefix);
  * all 16 ImageJ auto-threshold levels (one histogram) vs scikit-image computing the 7 methods it
    has (otsu, li, yen, isodata, triangle, mean, minimum) on the same image.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402

from app.core.pipeline.model import Pipeline  # noqa: E402
from app.core.pipeline.threshold.levels import all_levels  # noqa: E402


def _pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]


def _stats(ms):
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(_pct(ms, 95), 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="4000x3000")
    ap.add_argument("--repeats", type=int, default=15)
    args = ap.parse_args(argv)
    w, h = (int(v) for v in args.size.lower().split("x"))
    from app.core.dataset.synth import dataset as mdd

    img = mdd.render(7, 0, (w, h))[0]

    p = Pipeline()
    p.add("gray")
    p.add("gaussian_blur", {"ksize": 5})
    p.add("open", {"ksize": 5})
    p.add("threshold", {"level": 128})
    p.run(img)  # warm: fills the cache like the pane does when an image is opened
    levels = [int(v) for v in np.linspace(60, 200, args.repeats)]

    cached, naive = [], []
    for lv in levels:
        p.set_params(3, level=lv)
        t0 = time.perf_counter()
        p.run(img)
        cached.append((time.perf_counter() - t0) * 1e3)
        assert p.last_executed == [3]
        t0 = time.perf_counter()
        p.apply(img)  # naive: every step at full resolution
        naive.append((time.perf_counter() - t0) * 1e3)

    p.run(img, preview_scale=0.25)
    early_prev, early_naive, release = [], [], []
    for i in range(args.repeats):  # every value new: no cache hits for the changed step
        p.set_params(1, ksize=[3, 5, 7, 9, 11][i % 5], sigma=round(0.6 + 0.1 * i, 2))
        t0 = time.perf_counter()
        p.run(img, preview_scale=0.25)
        early_prev.append((time.perf_counter() - t0) * 1e3)
        t0 = time.perf_counter()
        p.apply(img)
        early_naive.append((time.perf_counter() - t0) * 1e3)
        if i % 3 == 0:  # "release": full resolution from the changed step, gray from the cache
            t0 = time.perf_counter()
            p.run(img)
            release.append((time.perf_counter() - t0) * 1e3)

    gray = p.run(img, upto=0)[0]
    ours, sk = [], []
    from skimage import filters

    sk_funcs = [
        filters.threshold_otsu,
        filters.threshold_li,
        filters.threshold_yen,
        filters.threshold_isodata,
        filters.threshold_triangle,
        filters.threshold_mean,
        filters.threshold_minimum,
    ]
    for _ in range(3):
        t0 = time.perf_counter()
        all_levels(gray)
        ours.append((time.perf_counter() - t0) * 1e3)
        t0 = time.perf_counter()
        with np.errstate(all="ignore"):
            for f in sk_funcs:
                f(gray)
        sk.append((time.perf_counter() - t0) * 1e3)

    out = {
        "bench": "pipeline",
        "image": f"{w}x{h}",
        "megapixels": round(w * h / 1e6, 1),
        "cpu_count": os.cpu_count(),
        "threshold_change_cached": _stats(cached),
        "threshold_change_naive": _stats(naive),
        "threshold_speedup_p50": round(statistics.median(naive) / statistics.median(cached), 1),
        "early_step_preview_0.25": _stats(early_prev),
        "early_step_naive": _stats(early_naive),
        "early_step_speedup_p50": round(statistics.median(early_naive) / statistics.median(early_prev), 1),
        "full_res_after_release": _stats(release),
        "auto_levels_16_methods_ms": round(statistics.median(ours), 1),
        "skimage_7_methods_ms": round(statistics.median(sk), 1),
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
