"""Audit benchmark in crowds: objects of one class overlapping their neighbours by 30-80 % IoU, over
real photos that installed packages ship; `labelbench audit` beside cleanlab's ObjectLab.

    python scripts/bench_audit_crowd.py [--n 300] [--own 150] [--frac 0.25] [--seed 5]

Two parts, in one run, both on the demo model with `--precision exact`:
* injected: n crowded images (app.core.audit.crowd: 1-3 piles of 2-3 same-class shapes, each
  overlapping the previous one by box IoU 0.3-0.8, and a few shapes alone, drawn over crops and
  tiles of ultralytics/assets bus.jpg and zidane.jpg and of scikit-image's photos), exact labels,
  `frac` of the images given one error (app.core.audit.inject: swap, badloc, overlooked,
  spurious, duplicate; equal shares). `labelbench audit --json`, then ObjectLab's
  `get_label_quality_scores` and `find_label_issues` on the predictions the audit stored.
  Reported for both: precision@K over images (K = corrupted images); the false-finding rate on
  the clean images (ours: a finding scored >= 0.5; ObjectLab: flagged by find_label_issues), with
  how many images each flags and how many of them are corrupted, and ours at ObjectLab's number
  of flags (our top N: how many clean); our recall per kind within the top K.
* own labels: the first `own` of these images labeled by `labelbench autolabel --precision exact`
  (labels identical to the model's boxes: every finding on them is a false one), then audited.
  Goal: no finding above 0.2; the false-finding rate (images with a finding above 0.2) beside
  ObjectLab's (images flagged) on the same labels.
Prints the CPU flags and one JSON line. cleanlab is a dev-only dependency (pip install cleanlab).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_audit import MODEL, objectlab_inputs, precision_at_k, recall_per_kind  # noqa: E402

from app.core.audit import crowd  # noqa: E402
from app.core.audit.inject import KINDS, corrupt  # noqa: E402
from app.core.dataset.synth import dataset as synth  # noqa: E402
from app.core.io.yolo_labels import format_labels  # noqa: E402


def cpu_flags() -> list[str]:
    """What `grep -o 'avx512[a-z_0-9]*\\|avx2' /proc/cpuinfo | sort -u` prints."""
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return sorted(set(re.findall(r"avx512[a-z_0-9]*|avx2", text)))


def make_dataset(root: Path, n: int, frac: float, size, seed: int) -> tuple[dict, dict]:
    """Crowded images + labels, `frac` of them corrupted: ({rel: Injected}, stats of the scenes)."""
    rng = np.random.default_rng(seed)
    n_bad = int(round(n * frac))
    bad_idx = rng.choice(n, n_bad, replace=False)
    kinds = {int(i): KINDS[k % len(KINDS)] for k, i in enumerate(bad_idx)}
    truth, ious, n_obj = {}, [], 0
    (root / "images/train").mkdir(parents=True, exist_ok=True)
    (root / "labels/train").mkdir(parents=True, exist_ok=True)
    for i in range(n):
        img, boxes, pairs = crowd.render(i, seed, size)
        ious += [u for _a, _b, u in pairs]
        n_obj += len(boxes)
        rel = f"images/train/c_{i:05d}.jpg"
        cv2.imwrite(str(root / rel), img, [cv2.IMWRITE_JPEG_QUALITY, 92])
        cls = np.array([b[0] for b in boxes], np.int64)
        xywh = np.array([b[1:] for b in boxes], np.float64).reshape(-1, 4)
        if i in kinds:
            got = corrupt(cls, xywh, kinds[i], rng)
            if got is None:
                got = corrupt(cls, xywh, "spurious", rng)
            if got is not None:
                cls, xywh, truth[rel] = got
        (root / "labels/train" / f"c_{i:05d}.txt").write_text(format_labels(cls, xywh), encoding="utf-8")
    synth.write_yaml(root, False)
    u = np.array(ious) if ious else np.zeros(0)
    return truth, {
        "objects": n_obj,
        "overlapping_pairs": len(ious),
        "pair_iou_hist_0.3_0.4_0.5_0.6_0.7_0.8": np.histogram(u, bins=[0.3, 0.4, 0.5, 0.6, 0.7, 0.8])[0].tolist(),
        "photos": [p.name for p in crowd.photo_paths()],
    }


def run_cmd(args, env) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    p = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=24 * 3600,
    )
    if p.returncode != 0:
        sys.exit(f"bench_audit_crowd: {' '.join(map(str, args[:2]))} failed ({p.returncode}):\n{p.stderr[-3000:]}")
    return time.perf_counter() - t, p


def objectlab(root: Path, rels: list[str], size) -> tuple[dict, dict]:
    """ObjectLab on the audit's stored predictions and the current label files: ({rel: label
    quality score}, {rel: flagged by find_label_issues})."""
    from cleanlab.object_detection.filter import find_label_issues
    from cleanlab.object_detection.rank import get_label_quality_scores

    labels, preds, keep = objectlab_inputs(root, rels, size)
    scores = get_label_quality_scores(labels, preds, verbose=False)
    flags = find_label_issues(labels, preds)
    return dict(zip(keep, map(float, scores))), dict(zip(keep, map(bool, flags)))


def own_labels_part(work: Path, src: Path, k: int, size, model: str, env) -> dict:
    """The first k images labeled by the model itself (autolabel --precision exact), audited."""
    own = work / "own"
    (own / "images/train").mkdir(parents=True)
    rels = []
    for i in range(k):
        name = f"c_{i:05d}.jpg"
        shutil.copyfile(src / "images/train" / name, own / "images/train" / name)
        rels.append(f"images/train/{name}")
    synth.write_yaml(own, False)
    run_cmd(["autolabel", own / "data.yaml", "--model", model, "--precision", "exact", "--quiet"], env)
    _, p = run_cmd(["audit", own / "data.yaml", "--model", model, "--precision", "exact", "--json", "--quiet"], env)
    ranked = json.loads(p.stdout)["ranked"]
    scores = [f["score"] for a in ranked for f in a["findings"]]
    over = [f for a in ranked for f in a["findings"] if f["score"] > 0.2]
    _, flags = objectlab(own, rels, size)
    n_labels = sum(
        len((own / "labels/train" / Path(r).with_suffix(".txt").name).read_text().splitlines()) for r in rels
    )
    return {
        "images": k,
        "labels": n_labels,
        "max_score": round(max(scores, default=0.0), 4),
        "findings_over_0.2": len(over),
        "kinds_over_0.2": sorted({f["kind"] for f in over}),
        "images_over_0.2": sum(1 for a in ranked if a["score"] > 0.2),
        "false_finding_rate": round(sum(1 for a in ranked if a["score"] > 0.2) / max(k, 1), 4),
        "cleanlab_flagged_images": sum(flags.values()),
        "cleanlab_false_finding_rate": round(sum(flags.values()) / max(k, 1), 4),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="crowded images (default 300)")
    ap.add_argument("--own", type=int, default=150, help="of them, labeled by the model and audited (default 150)")
    ap.add_argument("--frac", type=float, default=0.25, help="fraction of images corrupted (default 0.25)")
    ap.add_argument("--size", default="640x480", help="WxH (default 640x480)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--model", default=str(MODEL))
    ap.add_argument("--keep", metavar="DIR", help="build the datasets in DIR and keep them")
    a = ap.parse_args(argv)
    size = tuple(int(v) for v in a.size.lower().split("x"))
    flags = cpu_flags()
    print("cpu flags: " + (" ".join(flags) or "(none of avx2, avx512*)"), file=sys.stderr)
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench_audit_crowd_"))
    if work.exists() and a.keep:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1", LABELBENCH_CACHE=str(work / "_cache"))
    try:
        t = time.perf_counter()
        data = work / "injected"
        truth, scenes = make_dataset(data, a.n, a.frac, size, a.seed)
        build_s = time.perf_counter() - t
        audit_s, p = run_cmd(
            ["audit", data / "data.yaml", "--model", a.model, "--precision", "exact", "--json", "--quiet"], env
        )
        rep = json.loads(p.stdout)
        ranked = rep["ranked"]
        rels = [f"images/train/c_{i:05d}.jpg" for i in range(a.n)]
        bad, k = set(truth), len(truth)
        cl_score, cl_flag = objectlab(data, rels, size)
        cl_order = sorted(cl_score, key=lambda r: cl_score[r])
        ours = [r["image"] for r in ranked]
        score = {r["image"]: r["score"] for r in ranked}
        clean = [r for r in rels if r not in bad]
        p_ours, p_cl = precision_at_k(ours, bad, k), precision_at_k(cl_order, bad, k)
        fr_ours = sum(1 for r in clean if score.get(r, 0.0) >= 0.5) / max(len(clean), 1)
        fr_cl = sum(1 for r in clean if cl_flag.get(r, False)) / max(len(clean), 1)
        ours_flag = [r for r in rels if score.get(r, 0.0) >= 0.5]
        cl_flagged = [r for r in rels if cl_flag.get(r, False)]
        flagged = {
            "ours_score_0.5": {"images": len(ours_flag), "corrupted": sum(r in bad for r in ours_flag)},
            "cleanlab_find_label_issues": {"images": len(cl_flagged), "corrupted": sum(r in bad for r in cl_flagged)},
            "ours_top_n_at_cleanlab_n": {
                "images": len(cl_flagged),
                "corrupted": sum(r in bad for r in ours[: len(cl_flagged)]),
            },
        }
        t = time.perf_counter()
        own = own_labels_part(work, data, min(a.own, a.n), size, a.model, env) if a.own > 0 else None
        own_s = time.perf_counter() - t
        out = {
            "bench": "audit_crowd",
            "cpu_flags": flags,
            "cpus": os.cpu_count(),
            "images": a.n,
            "labels": rep["labels"],
            "scenes": scenes,
            "corrupted": k,
            "per_kind": {kk: sum(1 for v in truth.values() if v.kind == kk) for kk in KINDS},
            "precision_at_k": round(p_ours, 4),
            "cleanlab_precision_at_k": round(p_cl, 4),
            "clean_false_finding_rate": round(fr_ours, 4),
            "cleanlab_clean_false_finding_rate": round(fr_cl, 4),
            "clean_images": len(clean),
            "flagged": flagged,
            "recall_at_k": recall_per_kind(ranked, truth, k),
            "own_labels": own,
            "audit_s": round(audit_s, 2),
            "own_part_s": round(own_s, 2),
            "build_s": round(build_s, 2),
        }
        out["goals_met"] = {
            "beats_cleanlab": p_ours >= p_cl,
            "own_labels_max_0.2": own is None or own["max_score"] <= 0.2,
            "own_labels_fewer_false_findings": own is None
            or own["false_finding_rate"] <= own["cleanlab_false_finding_rate"],
        }
        print(json.dumps(out))
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
