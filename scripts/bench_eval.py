#!/usr/bin/env python
"""Benchmark: COCO-mode metrics of LabelBench against pycocotools' COCOeval, same data, same run.

5,000 images (640x480) x 20 ground-truth boxes over 10 classes; predictions are noisy copies
(jittered boxes, some missed, some duplicated or with the wrong class) plus background false
positives, scores in 0..1. Prints ONE JSON line: seconds for our engine (evaluate_coco on the
arrays) and for pycocotools (COCO index + loadRes + evaluate + accumulate + summarize), the speedup,
the largest difference between the two precision / recall arrays and stats (0.0 = identical), and
the seconds of our whole CLI path (read 2 x 5,000 label files, then evaluate).

    python scripts/bench_eval.py [--images 5000] [--boxes 20] [--classes 10] [--seed 0]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def make_data(n_img, n_box, nc, seed, W=640.0, H=480.0):
    rng = np.random.default_rng(seed)
    g_img = np.repeat(np.arange(n_img), n_box)
    g_cls = rng.integers(0, nc, len(g_img))
    wh = rng.uniform(8, 160, (len(g_img), 2))
    xy = rng.uniform(0, 1, (len(g_img), 2)) * (np.array([W, H]) - wh)
    gt = np.c_[xy, wh]
    keep = rng.random(len(gt)) < 0.9  # 10% missed
    reps = np.where(rng.random(len(gt)) < 0.1, 2, 1) * keep  # 10% duplicated
    src = np.repeat(np.arange(len(gt)), reps)
    d_box = gt[src] + rng.normal(0, 0.08, (len(src), 4)) * np.c_[gt[src, 2:], gt[src, 2:]]
    d_box[:, 2:] = np.abs(d_box[:, 2:])
    d_cls = np.where(rng.random(len(src)) < 0.05, rng.integers(0, nc, len(src)), g_cls[src])
    d_img = g_img[src]
    n_bg = n_img * 3  # background false positives
    bg_wh = rng.uniform(8, 120, (n_bg, 2))
    bg = np.c_[rng.uniform(0, 1, (n_bg, 2)) * (np.array([W, H]) - bg_wh), bg_wh]
    d_img = np.r_[d_img, rng.integers(0, n_img, n_bg)]
    d_cls = np.r_[d_cls, rng.integers(0, nc, n_bg)]
    d_box = np.r_[d_box, bg]
    score = np.round(rng.random(len(d_img)), 3)
    o = np.argsort(d_img, kind="stable")  # boxes stored image by image
    return (g_img, g_cls, gt), (d_img[o], d_cls[o], d_box[o], score[o])


def _from_files(args, gt, dt, ours, W=640.0, H=480.0) -> float:
    """Seconds for the whole CLI path: read 2 x N label files (written first, untimed) + evaluate."""
    import tempfile

    from app.core.metrics.evaluate import evaluate, load_folders

    def norm(b):
        return np.clip(np.c_[(b[:, 0] + b[:, 2] / 2) / W, (b[:, 1] + b[:, 3] / 2) / H, b[:, 2] / W, b[:, 3] / H], 0, 1)

    with tempfile.TemporaryDirectory() as tmp:
        for sub, (img, cls, box, *score) in (("gt", gt), ("pred", dt)):
            (Path(tmp) / sub).mkdir()
            starts = np.searchsorted(img, np.arange(args.images + 1))
            nb = norm(box)
            for i in range(args.images):
                sl = slice(starts[i], starts[i + 1])
                rows = [f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}" for c, (x, y, w, h) in zip(cls[sl], nb[sl])]
                if score:
                    rows = [f"{r} {s:.4f}" for r, s in zip(rows, score[0][sl])]
                (Path(tmp) / sub / f"im{i:05d}.txt").write_text("".join(r + "\n" for r in rows))
        t0 = time.perf_counter()
        rep = evaluate(load_folders(Path(tmp) / "gt", Path(tmp) / "pred"), "coco")
        t = time.perf_counter() - t0
    assert abs(rep.map50 - float(ours.stats[1])) < 0.02  # same data, rounded to 6 decimals in the files
    return t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=5000)
    ap.add_argument("--boxes", type=int, default=20)
    ap.add_argument("--classes", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    from app.core.metrics.coco import evaluate_coco

    (gi, gc, gb), (di, dc, db, ds) = make_data(args.images, args.boxes, args.classes, args.seed)
    cls = np.arange(args.classes)

    t0 = time.perf_counter()
    ours = evaluate_coco(gi, gc, gb, di, dc, db, ds, cls)
    t_ours = time.perf_counter() - t0
    t_files = _from_files(args, (gi, gc, gb), (di, dc, db, ds), ours)

    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval

    images = [{"id": i + 1, "width": 640, "height": 480} for i in range(args.images)]
    cats = [{"id": int(c) + 1} for c in cls]
    anns = [
        {
            "id": j + 1,
            "image_id": int(gi[j]) + 1,
            "category_id": int(gc[j]) + 1,
            "bbox": gb[j].tolist(),
            "area": float(gb[j, 2]) * float(gb[j, 3]),
            "iscrowd": 0,
        }
        for j in range(len(gi))
    ]
    res = [
        {"image_id": int(di[j]) + 1, "category_id": int(dc[j]) + 1, "bbox": db[j].tolist(), "score": float(ds[j])}
        for j in range(len(di))
    ]
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        gt = COCO()
        gt.dataset = {"images": images, "annotations": anns, "categories": cats}
        gt.createIndex()
        dt = gt.loadRes(res)
        ev = COCOeval(gt, dt, "bbox")
        ev.evaluate()
        ev.accumulate()
        ev.summarize()
    t_ref = time.perf_counter() - t0
    diff = float(
        max(
            np.abs(ours.precision - ev.eval["precision"]).max(),
            np.abs(ours.recall - ev.eval["recall"]).max(),
            np.nanmax(np.abs(ours.stats - ev.stats)),
        )
    )
    print(
        json.dumps(
            {
                "bench": "eval_coco",
                "images": args.images,
                "gt_boxes": int(len(gi)),
                "predictions": int(len(di)),
                "classes": args.classes,
                "ours_s": round(t_ours, 3),
                "pycocotools_s": round(t_ref, 3),
                "speedup": round(t_ref / t_ours, 1),
                "max_abs_diff": diff,
                "ours_files_s": round(t_files, 3),
                "files": 2 * args.images,
                "map50_95": round(float(ours.stats[0]), 6),
                "map50": round(float(ours.stats[1]), 6),
                "goal_under_3s": t_ours < 3.0,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
