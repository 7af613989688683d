#!/usr/bin/env python3
"""Benchmark the training export: linked/listed images against copying them (the usual export).

    python scripts/bench_training_export.py [--n 400] [--size 640x480]

Generates N demo images once (not timed), then times app.core.dataset.formats.export_ultralytics in each
mode on the same selection (labels re-written in every mode) and prints ONE JSON line:
seconds and bytes written per mode, and the speed-up of each mode over "copy".
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _bytes(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for f in files:
            p = Path(dirpath) / f
            if not p.is_symlink():
                st = p.stat()
                total += st.st_size if st.st_nlink == 1 else 0  # a hard link adds no data
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--size", default="640x480")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs per mode")
    a = ap.parse_args(argv)
    from app.core.dataset.formats import collect_records, export_ultralytics
    from app.core.dataset.synth import dataset as make_demo_dataset

    work = Path(tempfile.mkdtemp(prefix="bench_export_"))
    try:
        make_demo_dataset.main([str(work / "ds"), "--n", str(a.n), "--size", a.size, "--seed", "0", "--val", "0.2"])
        t0 = time.perf_counter()
        sel = collect_records(work / "ds", "labeled")
        read_s = time.perf_counter() - t0
        res = {
            "bench": "training_export",
            "images": len(sel.records),
            "size": a.size,
            "select_seconds": round(read_s, 3),
        }
        for mode in ("copy", "symlink", "hardlink", "list"):
            best = None
            for r in range(a.repeat):
                out = work / f"out_{mode}_{r}"
                t0 = time.perf_counter()
                export_ultralytics(sel, out, 0.2, 0, False, mode)
                dt = time.perf_counter() - t0
                best = dt if best is None else min(best, dt)
            res[f"{mode}_seconds"] = round(best, 3)
            res[f"{mode}_bytes"] = _bytes(work / f"out_{mode}_0")
        for mode in ("symlink", "hardlink", "list"):
            res[f"{mode}_speedup_vs_copy"] = round(res["copy_seconds"] / max(res[f"{mode}_seconds"], 1e-9), 1)
        print(json.dumps(res))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
