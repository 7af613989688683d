#!/usr/bin/env python3
"""Repaint cost of dragging a polygon vertex in the Review canvas. Prints ONE JSON line.

    python scripts/bench_review_shapes.py [--frames 150] [--polygons 200] [--points 100] [--view 1280x800]

A 12-megapixel image (4000x3000) with 200 polygons of 100 points each, in a ShapeCanvas
(widgets/canvas/shape_canvas.py) of the view size, offscreen. One polygon is selected and its
vertex dragged: each frame is one mouse-move event plus a synchronous repaint (QWidget.repaint,
the whole paintEvent: the cached backdrop of image and still shapes, the dragged polygon and its
handles); the event loop runs between frames, untimed. Measured
twice in this run: with the static layer cached (what the app does) and with every shape drawn
every frame (the baseline). Goal: p95 < 16 ms with the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.gui  # noqa: E402,F401 - fixes OpenCV's Qt plugin path before PyQt6 loads


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]


def cpu_info() -> tuple[str, list[str]]:
    model, flags = platform.processor() or "?", []
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("model name") and model in ("?", "", "x86_64"):
                    model = line.split(":", 1)[1].strip()
                elif line.startswith("flags") and not flags:
                    have = set(line.split(":", 1)[1].split())
                    flags = sorted(f for f in have if f.startswith(("avx", "sse4", "fma", "f16c")))
    except OSError:
        pass
    return model, flags


def make_shapes(n: int, k: int, width: int, height: int, seed: int = 0):
    import numpy as np

    from widgets.canvas.shapes_model import Shapes

    rng = np.random.default_rng(seed)
    cols = int(np.ceil(np.sqrt(n * width / height)))
    rows = int(np.ceil(n / cols))
    cw, ch = width / cols, height / rows
    pts = []
    t = np.linspace(0, 2 * np.pi, k, endpoint=False)
    for j in range(n):
        cx, cy = (j % cols + 0.5) * cw, (j // cols + 0.5) * ch
        r = 0.4 * min(cw, ch) * (1 + 0.08 * rng.standard_normal(k))
        pts.append(np.stack([cx + r * np.cos(t), cy + r * np.sin(t)], 1))
    return Shapes(tuple(pts), ("polygon",) * n, rng.integers(0, 4, n), None)


def drag_frames(canvas, frames: int) -> list[float]:
    """Press on vertex 0 of polygon 0, then `frames` mouse moves each repainted; ms per frame."""
    from PyQt6.QtCore import QPointF, Qt
    from PyQt6.QtGui import QMouseEvent
    from PyQt6.QtWidgets import QApplication

    def event(kind, pos, button=Qt.MouseButton.LeftButton):
        g = canvas.mapToGlobal(pos.toPoint()).toPointF()
        return QMouseEvent(kind, pos, g, button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)

    x, y = canvas.boxes.pts[0][0]
    start = canvas.image_to_widget(QPointF(float(x), float(y)))
    canvas.set_selection([0])
    canvas.repaint()
    canvas.mousePressEvent(event(QMouseEvent.Type.MouseButtonPress, start))
    times = []
    for f in range(frames):
        pos = start + QPointF(20 * ((f % 40) / 40), 10 * ((f % 25) / 25))
        t0 = time.perf_counter()
        canvas.mouseMoveEvent(event(QMouseEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton))
        canvas.repaint()
        times.append((time.perf_counter() - t0) * 1000)
        QApplication.processEvents()  # the event loop between two mouse moves (not timed)
    canvas.mouseReleaseEvent(event(QMouseEvent.Type.MouseButtonRelease, pos))
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--frames", type=int, default=150)
    ap.add_argument("--polygons", type=int, default=200)
    ap.add_argument("--points", type=int, default=100)
    ap.add_argument("--view", default="1280x800")
    a = ap.parse_args()
    import numpy as np
    from PyQt6.QtWidgets import QApplication

    from widgets.canvas.shape_canvas import ShapeCanvas

    qapp = QApplication.instance() or QApplication([])
    vw, vh = (int(v) for v in a.view.split("x"))
    w, h = 4000, 3000
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.stack([(xx * 255 // w), (yy * 255 // h), ((xx + yy) % 256)], -1).astype(np.uint8)
    shapes = make_shapes(a.polygons, a.points, w, h)
    canvas = ShapeCanvas()
    canvas.class_names = ["a", "b", "c", "d"]
    canvas.resize(vw, vh)
    canvas.show()
    qapp.processEvents()
    canvas.set_document(img, shapes)
    canvas.fit()
    out = {"bench": "review_shapes", "image": f"{w}x{h}", "view": f"{vw}x{vh}"}
    out["polygons"], out["points_each"], out["frames"] = a.polygons, a.points, a.frames
    for name, cached in (("cached", True), ("uncached", False)):
        canvas.shape_painter.cache_layer = cached
        drag_frames(canvas, 10)  # warm up (outline paths built, layer drawn)
        canvas.set_document(img, shapes, keep_view=True)
        renders = canvas.shape_painter.layer_renders
        t = drag_frames(canvas, a.frames)
        out[f"{name}_ms_p50"] = round(pct(t, 50), 2)
        out[f"{name}_ms_p95"] = round(pct(t, 95), 2)
        out[f"{name}_ms_max"] = round(max(t), 2)
        if cached:
            out["layer_renders_in_drag"] = canvas.shape_painter.layer_renders - renders
    out["goal_p95_ms"] = 16
    out["goal_met"] = out["cached_ms_p95"] < 16
    out["cpu_model"], out["cpu_flags"] = cpu_info()
    out["cpus"] = os.cpu_count()
    out["qpa"] = os.environ["QT_QPA_PLATFORM"]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
