#!/usr/bin/env python3
"""Open a folder of N images in the real main window (offscreen) and time the listing.

    python scripts/bench_open.py [--n 100000]

Prints one JSON line: seconds until the first rows show, seconds until fully indexed, the longest
GUI-thread stall while indexing, peak RSS; and the same for the naive design (one QListWidgetItem
per file, created on the GUI thread after a blocking directory walk, as X-AnyLabeling does) in the
same run. Goals (issue 2): first rows < 1 s, fully indexed < 5 s, RSS < 400 MB at N = 100,000.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_folder(root: Path, n: int) -> None:
    import cv2
    import numpy as np

    per_dir = 1000
    for i in range(n):
        if i % 20000 == 0:  # a fresh source file now and then: ext4 allows ~65k links per inode
            src = root / f"src_{i}.jpg"
            cv2.imwrite(str(src), np.full((1080, 1920, 3), 127, np.uint8))
        d = root / "images" / f"batch_{i // per_dir:04d}"
        if i % per_dir == 0:
            d.mkdir(parents=True)
        os.link(src, d / f"img_{i:07d}.jpg")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    a = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="lb_bench_open_"))
    try:
        t = time.perf_counter()
        make_folder(tmp, a.n)
        make_s = time.perf_counter() - t

        from PyQt6.QtCore import QTimer
        from PyQt6.QtWidgets import QApplication, QListWidget

        import app.gui  # noqa: F401
        from app.gui.main_window import MainWindow

        os.environ["LABELBENCH_SETTINGS"] = str(tmp / "settings.ini")
        qapp = QApplication.instance() or QApplication([])
        rss_before = rss_mb()
        win = MainWindow()
        win.show()
        qapp.processEvents()

        # heartbeat: the longest gap between 5 ms timer ticks is the longest GUI-thread stall
        gaps, last = [0.0], [time.perf_counter()]

        def beat():
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        hb = QTimer()
        hb.timeout.connect(beat)
        hb.start(5)

        first = [None]
        done = [None]
        t0 = time.perf_counter()
        win.file_model.rowsInserted.connect(
            lambda *_: first[0] is None and first.__setitem__(0, time.perf_counter() - t0)
        )
        win.loader.done.connect(lambda n: done.__setitem__(0, time.perf_counter() - t0))
        last[0] = time.perf_counter()
        win.open_path(tmp / "images")
        while done[0] is None and time.perf_counter() - t0 < 120:
            qapp.processEvents()
            time.sleep(0.001)
        hb.stop()
        stall_indexing = max(gaps)
        # the view must be able to show the last row: scroll there
        gaps[:] = [0.0]
        last[0] = time.perf_counter()
        hb.start(5)
        t_scroll = time.perf_counter()
        win.file_view.scrollToBottom()
        qapp.processEvents()
        scroll_s = time.perf_counter() - t_scroll
        hb.stop()
        ours = {
            "first_rows_s": round(first[0], 3),
            "indexed_s": round(done[0], 3),
            "max_gui_stall_ms": round(stall_indexing * 1000, 1),
            "scroll_to_last_row_ms": round(scroll_s * 1000, 1),
            "rows": win.file_model.rowCount(),
        }
        peak_rss = rss_mb()
        win.close()

        # naive: blocking walk on the GUI thread + one QListWidgetItem per file
        t1 = time.perf_counter()
        lw = QListWidget()
        paths = sorted(str(p) for p in (tmp / "images").rglob("*.jpg"))
        for p in paths:
            lw.addItem(p)
        lw.show()
        qapp.processEvents()
        naive_s = time.perf_counter() - t1
        result = {
            "bench": "open_folder",
            "n": a.n,
            "make_folder_s": round(make_s, 2),
            "ours": ours,
            "peak_rss_mb": round(peak_rss, 1),
            "rss_before_window_mb": round(rss_before, 1),
            "naive_first_rows_s": round(naive_s, 3),
            "naive_gui_stall_ms": round(naive_s * 1000, 1),
            "first_rows_speedup_vs_naive": round(naive_s / max(ours["first_rows_s"], 1e-6), 1),
            "goals": {"first_rows_s": 1.0, "indexed_s": 5.0, "peak_rss_mb": 400},
            "goals_met": bool(ours["first_rows_s"] < 1 and ours["indexed_s"] < 5 and peak_rss < 400),
        }
        print(json.dumps(result))
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
