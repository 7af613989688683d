#!/usr/bin/env python3
"""Time the main window's start and end: build it, show it, open the demo dataset, close it.

    python scripts/bench_startup.py [--n 9] [--before REV] [--batches 3]

Each round: MainWindow() (build), show + open a copy of the demo dataset until the Images list says
24 images (show_open), close (close). Prints one JSON line: the median of --n rounds (after one
warm-up per process) of each part and of their sum (total_s), and of the process's CPU time for
the round (all its threads: total_cpu_s, steadier than the wall clock on a busy machine), for this
checkout and, with --before, for the code of git revision REV (its app/ and widgets/, exported to
a temporary folder, with this checkout's resources/), measured in the same run: the two alternate
in --batches processes each, so a change of the machine's load falls on both; and the CPU's flags.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# one code base, in its own process: prints {"build_s": [...], "show_open_s": [...], "close_s": [...]}
ROUNDS = r"""
import json, os, shutil, sys, tempfile, time
n, demo = int(sys.argv[1]), sys.argv[2]
import app.gui  # noqa: F401 - OpenCV's Qt plugin path undone before PyQt6 loads
from PyQt6.QtWidgets import QApplication
from app.gui.main_window import MainWindow

qapp = QApplication.instance() or QApplication([])
out = {"build_s": [], "show_open_s": [], "close_s": [], "total_cpu_s": []}
for i in range(n + 1):  # round 0 warms up (imports, first style polish)
    c0 = time.process_time()
    t0 = time.perf_counter()
    w = MainWindow()
    t1 = time.perf_counter()
    w.resize(1280, 720)
    w.show()
    w.open_path(demo)
    end = time.monotonic() + 60
    while w.file_count.text() != "24 images" and time.monotonic() < end:
        qapp.processEvents()
    qapp.processEvents()
    assert w.file_count.text() == "24 images", w.file_count.text()
    t2 = time.perf_counter()
    w.close()
    t3 = time.perf_counter()
    c3 = time.process_time()
    w.deleteLater()
    qapp.processEvents()
    if i:
        for k, v in zip(out, (t1 - t0, t2 - t1, t3 - t2, c3 - c0)):
            out[k].append(v)
print(json.dumps(out))
"""


def cpu_flags() -> list[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    return sorted(set(re.findall(r"\b(avx2|avx512f|avx512_bf16)\b", text)))


def rounds(code_root: Path, n: int, work: Path) -> dict[str, list[float]]:
    """n rounds in a fresh process on the code under code_root: each part's times."""
    demo = work / "demo"
    if not demo.exists():
        shutil.copytree(ROOT / "resources" / "demo", demo, ignore=shutil.ignore_patterns(".labelbench"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LABELBENCH_LANG="en",
        LABELBENCH_SETTINGS=str(work / f"settings-{code_root.name}.ini"),
        LABELBENCH_CACHE=str(work / "cache"),
        LABELBENCH_DATA=str(work / "data"),
        PYTHONPATH=str(code_root),
        YOLO_OFFLINE="1",
    )
    r = subprocess.run(
        [sys.executable, "-c", ROUNDS, str(n), str(demo / "data.yaml")],
        cwd=code_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if r.returncode != 0:
        raise SystemExit(r.stderr[-3000:])
    return json.loads(r.stdout.strip().splitlines()[-1])


def medians(times: dict[str, list[float]]) -> dict[str, float]:
    wall = ("build_s", "show_open_s", "close_s")
    med = {k: round(statistics.median(v), 3) for k, v in times.items()}
    med["total_s"] = round(statistics.median([sum(t) for t in zip(*(times[k] for k in wall))]), 3)
    return med


def export(rev: str, into: Path) -> Path:
    """app/ and widgets/ of git revision rev under into/, with this checkout's resources/ linked in."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev, "app", "widgets"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    (into / "resources").symlink_to(ROOT / "resources")
    return into


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=9, help="rounds per code base (after one warm-up per process)")
    ap.add_argument("--before", metavar="REV", help="also measure the code of this git revision")
    ap.add_argument("--batches", type=int, default=3, help="processes per code base, alternating (with --before)")
    a = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="lb_bench_startup_"))
    try:
        result: dict = {"bench": "startup", "n": a.n, "cpu_flags": cpu_flags(), "window": "1280x720, offscreen"}
        trees = {"after": ROOT}
        if a.before:
            trees = {"before": export(a.before, work / "before"), "after": ROOT}
        batches = max(1, a.batches) if a.before else 1
        per = -(-a.n // batches)
        times: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
        for _ in range(batches):
            for name, tree in trees.items():
                for k, v in rounds(tree, per, work).items():
                    times[name].setdefault(k, []).extend(v)
        if a.before:
            result["before"] = {"rev": a.before, **medians(times["before"])}
        result["after"] = medians(times["after"])
        if a.before:
            for k in ("total_s", "total_cpu_s"):
                result[k.replace("_s", "_speedup")] = round(result["before"][k] / max(result["after"][k], 1e-9), 2)
        print(json.dumps(result))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
