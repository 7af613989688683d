#!/usr/bin/env python3
"""Benchmark the Process pane's live preview on a 12-megapixel image; prints ONE JSON line.

    QT_QPA_PLATFORM=offscreen python scripts/bench_preview.py [--size 4000x3000] [--drag 60]

Drives the real pane (offscreen) with a 4-step pipeline: gray -> Gaussian blur -> morphological
opening -> manual threshold, and measures
  * threshold drag: the Level slider held down and moved every 16 ms (a 60 Hz mouse); latency =
    value change -> the frame computed for that value painted on screen (p50 / p95);
  * early-step drag: the same with the blur's kernel size (every later step re-runs);
  * full-resolution completion: slider release -> the full-resolution frame painted;
  * longest GUI-thread stall: the largest gap between ticks of a 1 ms QTimer heartbeat (also
    measured for 1.5 s with the pane idle: the floor the machine's own load sets);
and, in the same run, the naive design driven by the same drags: every change re-runs the whole
pipeline at full resolution on the GUI thread and shows it the plain PyQt way (QPixmap scaled into
a QLabel); its latency counts from the moment the mouse reached the value.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402
from PyQt6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PyQt6.QtWidgets import QApplication  # noqa: E402

import app.gui  # noqa: E402,F401  (fixes OpenCV's Qt plugin path before PyQt6 loads)


def pct(values, q):
    return round(float(np.percentile(values, q)), 2) if len(values) else None


class Heartbeat:
    """A 1 ms timer on the GUI thread; the largest gap between ticks is the longest stall."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = None
        self.max_gap = 0.0

    def _tick(self):
        now = self.clock.nsecsElapsed() / 1e6
        if self.last is not None:
            self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def start(self):
        self.clock.start()
        self.last, self.max_gap = None, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return round(self.max_gap, 2)


def spin(app, seconds):
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_for(app, cond, timeout=60.0):
    t0 = time.perf_counter()
    while not cond():
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError("benchmark step timed out")
        spin(app, 0.005)


def make_image(w, h):
    from app.core.dataset.synth.dataset import render

    img, _ = render(3, 7, (w, h))
    return img


def drag(app, pane, control, values, painted, period_ms=16):
    """Hold the slider down and move it through `values` (one per period); returns the
    per-frame latencies (ms) of the frames painted, the release->full-res time and counts."""
    changes = {}  # engine generation -> time of the value change that caused it
    slider = control.slider
    slider.setSliderDown(True)
    it = iter(values)
    done = {"flag": False}

    def step():
        v = next(it, None)
        if v is None:
            done["flag"] = True
            return
        t = time.perf_counter()
        slider.setValue(control._index(v))
        changes[pane.engine.gen] = t
        QTimer.singleShot(period_ms, step)

    painted.clear()
    step()
    wait_for(app, lambda: done["flag"])
    last_gen = max(changes)
    wait_for(app, lambda: any(g == last_gen for (g, _s) in painted))
    lat = [(painted[(g, s)] - changes[g]) * 1000 for (g, s) in painted if g in changes and s < 1.0]
    t_rel = time.perf_counter()
    slider.setSliderDown(False)  # release: full resolution
    gen_rel = pane.engine.gen
    wait_for(app, lambda: (gen_rel, 1.0) in painted)
    full_ms = (painted[(gen_rel, 1.0)] - t_rel) * 1000
    return lat, full_ms, len(changes)


def naive(app, pipeline, img, label, step_index, name, values, period_ms=16):
    """The naive design, driven like the real drag: the mouse reaches values[k] at t0 + k*period;
    the GUI thread, whenever it is free, takes the newest position (Qt compresses mouse moves),
    re-runs the whole pipeline at full resolution and shows it the plain PyQt way (QImage ->
    QPixmap scaled to the label). Latency = frame on screen - time the mouse got there."""
    from PyQt6.QtCore import Qt as _Qt
    from PyQt6.QtGui import QImage, QPixmap

    lat = []
    done_k = -1
    t0 = time.perf_counter()
    while done_k < len(values) - 1:
        k = min(int((time.perf_counter() - t0) * 1000 / period_ms), len(values) - 1)
        if k <= done_k:
            time.sleep(max(0.0, t0 + (done_k + 1) * period_ms / 1000 - time.perf_counter()))
            continue
        pipeline.set_params(step_index, **{name: values[k]})
        out = np.ascontiguousarray(pipeline.apply(img))
        fmt = QImage.Format.Format_Grayscale8 if out.ndim == 2 else QImage.Format.Format_BGR888
        qimg = QImage(out.data, out.shape[1], out.shape[0], out.strides[0], fmt)
        label.setPixmap(
            QPixmap.fromImage(qimg).scaled(
                label.size(), _Qt.AspectRatioMode.KeepAspectRatio, _Qt.TransformationMode.SmoothTransformation
            )
        )
        label.repaint()
        app.processEvents()
        lat.append((time.perf_counter() - (t0 + k * period_ms / 1000)) * 1000)
        done_k = k
    return lat


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="4000x3000")
    ap.add_argument("--drag", type=int, default=60, help="value changes per drag")
    args = ap.parse_args(argv)
    w, h = (int(v) for v in args.size.lower().split("x"))

    app = QApplication.instance() or QApplication([])
    from app.core.pipeline.model import Pipeline
    from app.gui.common.context import AppContext
    from app.gui.common.style import apply_style
    from app.gui.process.pane import Pane

    apply_style(app)

    img = make_image(w, h)
    ctx = AppContext()
    pane = Pane(ctx)
    pane.resize(1600, 1000)
    pane.show()
    painted: dict = {}
    pane.view.result_view.framePainted.connect(lambda tag: painted.setdefault(tag, time.perf_counter()))
    pane.load_image(img)
    wait_for(app, lambda: pane.image is not None)
    p = Pipeline(name="bench")
    p.add("gray")
    p.add("gaussian_blur", {"ksize": 5})
    p.add("open", {"shape": "ellipse", "ksize": 5})
    p.add("threshold", {"level": 128})
    pane.set_pipeline(p)
    wait_for(app, lambda: not pane.engine.busy() and pane.engine.shown[1] == 1.0)
    spin(app, 1.0)  # let the histogram / auto-levels job of the load finish
    hb = Heartbeat()
    # baseline: the same heartbeat with the pane idle (what the machine's load alone costs)
    hb.start()
    spin(app, 1.5)
    idle_stall = hb.stop()

    # --- threshold drag
    pane.view.editor.select(3)
    levels = [int(v) for v in np.linspace(60, 200, args.drag)]
    hb.start()
    thr_lat, thr_full, thr_changes = drag(app, pane, pane.view.params.control("level"), levels, painted)
    thr_stall = hb.stop()
    spin(app, 0.3)

    # --- early-step drag (blur kernel: gray is cached, blur + opening + threshold re-run);
    # every value is new, so no frame comes from the step cache
    pane.view.editor.select(1)
    ks = [7 + 2 * i for i in range(args.drag // 2)]
    hb.start()
    early_lat, early_full, early_changes = drag(app, pane, pane.view.params.control("ksize"), ks, painted)
    early_stall = hb.stop()
    preview_scale = pane.engine.preview_scale()
    pane.shutdown()
    pane.hide()

    # --- naive design, same pipeline, same image, same view size, same drags; started only
    # once the pane's workers are idle so that nothing of ours competes with it
    wait_for(app, lambda: not pane.engine.busy())
    spin(app, 1.0)
    from PyQt6.QtWidgets import QLabel

    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.resize(pane.view.result_view.size())
    label.show()
    app.processEvents()
    np_ = p.copy()
    hb.start()
    naive_thr = naive(app, np_, img, label, 3, "level", levels)
    naive_early = naive(app, np_, img, label, 1, "ksize", ks)
    naive_stall = hb.stop()

    res = {
        "bench": "preview",
        "image": f"{w}x{h}",
        "megapixels": round(w * h / 1e6, 1),
        "pipeline": "gray,gaussian_blur(5),open(ellipse 5),threshold",
        "preview_scale": preview_scale,
        "cpu_count": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "threshold_drag_ms": {
            "p50": pct(thr_lat, 50),
            "p95": pct(thr_lat, 95),
            "max": pct(thr_lat, 100),
            "changes": thr_changes,
            "frames": len(thr_lat),
        },
        "early_step_drag_ms": {
            "p50": pct(early_lat, 50),
            "p95": pct(early_lat, 95),
            "max": pct(early_lat, 100),
            "changes": early_changes,
            "frames": len(early_lat),
        },
        "full_res_after_release_ms": {"threshold": round(thr_full, 1), "early_step": round(early_full, 1)},
        "gui_stall_max_ms": max(thr_stall, early_stall),
        "gui_stall_ms_by_phase": {
            "threshold_drag": thr_stall,
            "early_step_drag": early_stall,
            "idle_baseline": idle_stall,
        },
        "naive": {
            "threshold_ms": {"p50": pct(naive_thr, 50), "p95": pct(naive_thr, 95)},
            "early_step_ms": {"p50": pct(naive_early, 50), "p95": pct(naive_early, 95)},
            "gui_stall_max_ms": naive_stall,
        },
        "speedup_threshold_p50": round(pct(naive_thr, 50) / max(pct(thr_lat, 50), 1e-3), 1),
        "speedup_threshold_p95": round(pct(naive_thr, 95) / max(pct(thr_lat, 95), 1e-3), 1),
        "goals": {
            "threshold_p95_lt_16ms": pct(thr_lat, 95) < 16,
            "early_p95_lt_50ms": pct(early_lat, 95) < 50,
            "stall_lt_30ms": max(thr_stall, early_stall) < 30,
            "ge_10x_naive": pct(naive_thr, 95) / max(pct(thr_lat, 95), 1e-3) >= 10,
        },
    }
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
