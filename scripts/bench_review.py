#!/usr/bin/env python3
"""Review-side benchmark on a 100,000-image dataset with labels. Prints ONE JSON line.

    python scripts/bench_review.py [--n 100000] [--tmp DIR] [--keep]

Builds the dataset quickly (50 distinct 1920x1080 JPEGs from make_demo_dataset.render,
hard-linked under N names, one label file per image, a few deliberately malformed), then measures:
  * `labelbench status DATA.yaml --json` as a subprocess: first run (no index) and unchanged rerun;
  * in a fresh child process (so its peak RSS is the index + prefetch alone): time to the first
    rows of the list and to a full index on first open and on reopen, the review queue at a deep
    offset, recording an auto-label run for every image, and peak RSS;
  * next-image latency while stepping through a queue of 1920x1080 JPEGs with the prefetching
    reader (app.core.io.prefetch), against decoding each image when it is asked for;
  * the alternative the index replaces: reading every label file on open.
Goals: first rows < 1 s, reopen < 1 s, RSS < 400 MB, next image p95 < 50 ms,
status < 5 s first / < 1 s unchanged.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

DISTINCT = 50
SIZE = (1920, 1080)
MALFORMED = {  # image index -> label text
    7: "0 0.5 0.5 0.2\n",  # wrong column count
    11: "1 0.5 zero 0.2 0.2\n",  # not a number
    13: "2 0.5 0.5 1.7 0.2\n",  # out of range
    17: "0 0.5 0.5 0.2 0.2\n42 0.1 0.1 0.05 0.05\n",  # unknown class id (kept, flagged)
}


def _render(i: int):
    import cv2

    from app.core.dataset.synth import dataset as demo

    img, boxes = demo.render(i, 7, SIZE)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 90])
    txt = "".join(f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n" for c, x, y, w, h in boxes)
    return buf.tobytes(), txt


def build(out: Path, n: int) -> dict:
    from concurrent.futures import ProcessPoolExecutor

    from app.core.dataset.synth import dataset as demo

    t0 = time.perf_counter()
    src = out / "_distinct"
    src.mkdir(parents=True)
    with ProcessPoolExecutor(max_workers=2) as ex:
        rendered = list(ex.map(_render, range(DISTINCT)))
    for i, (jpg, _) in enumerate(rendered):
        (src / f"{i}.jpg").write_bytes(jpg)
    n_val = n // 5
    for split in ("train", "val"):
        (out / "images" / split).mkdir(parents=True)
        (out / "labels" / split).mkdir(parents=True)
    for i in range(n):
        split = "val" if i >= n - n_val else "train"
        name = f"img_{i:06d}"
        os.link(src / f"{i % DISTINCT}.jpg", out / "images" / split / f"{name}.jpg")
        txt = MALFORMED.get(i, rendered[i % DISTINCT][1])
        fd = os.open(out / "labels" / split / f"{name}.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, txt.encode())
        os.close(fd)
    demo.write_yaml(out, True)
    return {"build_s": round(time.perf_counter() - t0, 2), "images": n, "distinct_jpegs": DISTINCT}


def run_status(yaml_path: Path) -> tuple[float, dict]:
    t0 = time.perf_counter()
    p = subprocess.run(
        [sys.executable, "-m", "app", "status", str(yaml_path), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"status failed: {p.stderr.strip()}")
    return wall, json.loads(p.stdout)


def _pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]


def phase_index(out: Path, steps: int, dwell: float) -> dict:
    """Runs in a child process: index, reopen, predictions, prefetch; reports its own peak RSS."""
    import numpy as np

    from app.core.dataset.index import STATUS_AUTO, DatasetIndex
    from app.core.io.images import read_image
    from app.core.io.prefetch import Prefetcher

    yaml_path = out / "data.yaml"
    r: dict = {}
    # --- first open: a worker refreshes while the "GUI" polls rows on its own connection
    t0 = time.perf_counter()
    idx = DatasetIndex.open(yaml_path)
    result = {}
    worker = threading.Thread(target=lambda: result.update(idx.refresh()))
    worker.start()
    first = []
    while not first:
        first = idx.rows(order="name", limit=100)
        if not first:
            if not worker.is_alive() and not idx.rows(limit=1):
                raise SystemExit("index stayed empty")
            time.sleep(0.005)
    r["first_open_first_rows_s"] = round(time.perf_counter() - t0, 3)
    worker.join()
    r["first_open_full_index_s"] = round(time.perf_counter() - t0, 3)
    r["indexed_images"] = idx.count()
    # --- an auto-label run records predictions for every image (batches of 256, like the engine)
    rng = np.random.default_rng(0)
    rels = [row.rel for row in idx.rows(order="name")]
    t0 = time.perf_counter()
    for i in range(0, len(rels), 256):
        items = []
        for rel in rels[i : i + 256]:
            k = int(rng.integers(1, 5))
            items.append((rel, rng.integers(0, 5, k), rng.uniform(0.1, 0.9, (k, 4)), rng.uniform(0.25, 1.0, k)))
        idx.record_predictions(items, "bench-model")
    r["record_predictions_all_s"] = round(time.perf_counter() - t0, 3)
    idx.close()
    # --- reopen: the review queue (least sure first) and a no-change refresh
    t0 = time.perf_counter()
    idx = DatasetIndex.open(yaml_path)
    queue = idx.rows(status=STATUS_AUTO, order="min_conf", limit=100)
    r["reopen_first_rows_s"] = round(time.perf_counter() - t0, 3)
    res = idx.refresh()
    r["reopen_full_index_s"] = round(time.perf_counter() - t0, 3)
    r["reopen_changed"] = res["changed"] + res["new"] + res["removed"]
    t0 = time.perf_counter()
    deep = idx.rows(status=STATUS_AUTO, order="min_conf", limit=100, offset=max(0, len(rels) - 100))
    r["queue_rows_at_end_ms"] = round(1000 * (time.perf_counter() - t0), 2)
    t0 = time.perf_counter()
    idx.summary()
    r["summary_ms"] = round(1000 * (time.perf_counter() - t0), 1)
    assert queue and deep and queue[0].min_conf <= queue[-1].min_conf
    # --- next image: step through the queue, dwelling like a (fast) reviewer
    paths = [str(idx.image_path(row.rel)) for row in idx.rows(status=STATUS_AUTO, order="min_conf", limit=steps + 5)]
    idx.close()
    lat = []
    with Prefetcher(ahead=3, workers=2) as pf:
        for i in range(steps):
            t0 = time.perf_counter()
            img = pf.show(paths[i], paths[i + 1 : i + 4])
            lat.append(1000 * (time.perf_counter() - t0))
            assert img.shape == (SIZE[1], SIZE[0], 3)
            time.sleep(dwell)
        r["prefetch_hits"] = pf.hits
    direct = []
    for i in range(min(steps, 60)):
        t0 = time.perf_counter()
        read_image(paths[i])
        direct.append(1000 * (time.perf_counter() - t0))
        time.sleep(dwell)
    r.update(
        {
            "next_image_p50_ms": round(_pct(lat, 50), 2),
            "next_image_p95_ms": round(_pct(lat, 95), 2),
            "no_prefetch_p50_ms": round(_pct(direct, 50), 2),
            "no_prefetch_p95_ms": round(_pct(direct, 95), 2),
            "next_image_steps": steps,
            "dwell_ms": round(dwell * 1000),
        }
    )
    r["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return r


def naive_label_read(out: Path, limit_s: float = 60.0) -> dict:
    """What a tool without an index does on open: read and parse every label file."""
    from app.core.io.images import list_images
    from app.core.io.yolo_labels import img2label_path, read_labels

    t0 = time.perf_counter()
    n = 0
    for p in list_images(out / "images"):
        read_labels(img2label_path(p), nc=5)
        n += 1
        if time.perf_counter() - t0 > limit_s:
            break
    return {"naive_read_all_labels_s": round(time.perf_counter() - t0, 2), "naive_files": n}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="images in the dataset")
    ap.add_argument("--tmp", type=Path, default=None, help="folder for the temporary dataset")
    ap.add_argument("--steps", type=int, default=120, help="next-image steps through the queue")
    ap.add_argument("--dwell", type=float, default=0.1, help="seconds spent on each image")
    ap.add_argument("--keep", action="store_true", help="keep the dataset")
    ap.add_argument("--phase", choices=["index"], help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.phase == "index":
        print(json.dumps(phase_index(a.data, a.steps, a.dwell)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="bench_review_", dir=a.tmp))
    out = work / "data"
    try:
        r = {"bench": "review_index", "cpus": os.cpu_count()}
        r.update(build(out, a.n))
        yaml_path = out / "data.yaml"
        wall, st = run_status(yaml_path)
        r.update(
            {
                "status_first_s": round(wall, 3),
                "status_first_internal_s": st["seconds"],
                "status_images": st["images"],
                "status_malformed_lines": len(st["malformed"]),
            }
        )
        wall, st = run_status(yaml_path)
        r.update({"status_unchanged_s": round(wall, 3), "status_unchanged_internal_s": st["seconds"]})
        shutil.rmtree(out / ".labelbench")  # the child process indexes from scratch
        p = subprocess.run(
            [
                sys.executable,
                __file__,
                "--phase",
                "index",
                "--data",
                str(out),
                "--steps",
                str(a.steps),
                "--dwell",
                str(a.dwell),
            ],
            capture_output=True,
            text=True,
        )
        if p.returncode != 0:
            raise SystemExit(f"index phase failed:\n{p.stderr}")
        r.update(json.loads(p.stdout.strip().splitlines()[-1]))
        r.update(naive_label_read(out))
        goals = {
            "first_rows": r["first_open_first_rows_s"] < 1,
            "reopen": r["reopen_first_rows_s"] < 1,
            "rss": r["peak_rss_mb"] < 400,
            "next_image_p95": r["next_image_p95_ms"] < 50,
            "status_first": r["status_first_s"] < 5,
            "status_unchanged": r["status_unchanged_s"] < 1,
        }
        r["goals_met"] = goals
        print(json.dumps(r))
    finally:
        if a.keep:
            print(f"kept {out}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
