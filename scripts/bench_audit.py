"""Audit benchmark: does `labelbench audit` find injected label errors, better than cleanlab's ObjectLab?

    python scripts/bench_audit.py [--n 300] [--frac 0.25] [--size 640x480] [--seed 3] [--no-timing]

Generates n shape images with exact labels (app.core.dataset.synth.dataset), corrupts `frac` of them (swap,
badloc with IoU 0.3-0.6, deleted box = overlooked, a box on background = spurious, duplicate; equal
shares), then, each as a whole command on the demo model: `labelbench autolabel --out` (the timing
reference) and `labelbench audit --json`. Both rankings are scored on the same model predictions
(the ones audit stored in the index, down to conf 0.05):
* precision@K over images, K = the number of corrupted images: ours, and cleanlab's
  `object_detection.rank.get_label_quality_scores` (lowest quality first);
* our recall per kind: corrupted images of that kind in our top K with a finding of that kind on
  the right line (duplicate: either line of the pair);
* audit wall time / autolabel wall time (goal <= 1.10), both with the model's one-time steps done
  beforehand and untimed, in a cache of the run's own (the OpenVINO export, and where the engine
  would make one for this many images, the int8 calibration and its check), as a user's second
  run finds them. Neither command may pay a step the other reuses.
Prints one JSON line. cleanlab is a dev-only dependency (pip install cleanlab).
"""

from __future__ import annotations

import argparse
import json
import os
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

from app.core.audit.inject import KINDS, corrupt  # noqa: E402
from app.core.autolabel.backends.cpu import describe  # noqa: E402
from app.core.dataset.synth import dataset as synth  # noqa: E402
from app.core.io.yolo_labels import format_labels  # noqa: E402

MODEL = ROOT / "resources" / "models" / "demo_yolov8n.pt"


def make_dataset(root: Path, n: int, frac: float, size, seed: int) -> dict:
    """Images + corrupted labels; returns {rel image: Injected} for the corrupted ones."""
    rng = np.random.default_rng(seed)
    n_bad = int(round(n * frac))
    bad_idx = rng.choice(n, n_bad, replace=False)
    kinds = {int(i): KINDS[k % len(KINDS)] for k, i in enumerate(bad_idx)}
    truth = {}
    for i in range(n):
        img, boxes = synth.render(i, seed + 1000, size)
        rel = f"images/train/b_{i:05d}.jpg"
        (root / "images/train").mkdir(parents=True, exist_ok=True)
        (root / "labels/train").mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(root / rel), img, [cv2.IMWRITE_JPEG_QUALITY, 92])
        cls = np.array([b[0] for b in boxes], np.int64)
        xywh = np.array([b[1:] for b in boxes], np.float64).reshape(-1, 4)
        if i in kinds:
            got = corrupt(cls, xywh, kinds[i], rng)
            if got is None:  # e.g. nothing to swap: a spurious box instead
                got = corrupt(cls, xywh, "spurious", rng)
            cls, xywh, inj = got
            truth[rel] = inj
        (root / "labels/train" / f"b_{i:05d}.txt").write_text(format_labels(cls, xywh), encoding="utf-8")
    synth.write_yaml(root, False)
    return truth


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
    dt = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"bench_audit: {' '.join(map(str, args[:2]))} failed ({p.returncode}):\n{p.stderr[-3000:]}")
    return dt, p


def prepare(work: Path, model: str, env) -> float:
    """The engine's one-time steps for this model and folder (export, backend timing; int8
    calibration and check where `--precision fast` makes them), untimed; returns their seconds."""
    code = (
        "import sys; from app.core.autolabel.backends.precision import resolve; "
        "from app.core.autolabel.engine.local import AutolabelOptions as O; "
        "from app.core.autolabel.backends.runtimes import load_backend; "
        "from app.core.autolabel.source import plan_source; "
        "resolve(sys.argv[1], plan_source(sys.argv[2]).images, O()); "
        "load_backend(sys.argv[1], 'auto', 'fast').close()"
    )
    t = time.perf_counter()
    p = subprocess.run(
        [sys.executable, "-c", code, model, str(work / "data.yaml")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=24 * 3600,
    )
    if p.returncode != 0:
        sys.exit(f"bench_audit: preparing the model failed ({p.returncode}):\n{p.stderr[-3000:]}")
    return time.perf_counter() - t


def precision_at_k(order: list[str], bad: set[str], k: int) -> float:
    return sum(1 for r in order[:k] if r in bad) / max(k, 1)


def recall_per_kind(ranked: list[dict], truth: dict, k: int) -> dict:
    top = {a["image"]: a for a in ranked[:k]}
    out = {}
    for kind in KINDS:
        cases = [(rel, inj) for rel, inj in truth.items() if inj.kind == kind]
        hit = 0
        for rel, inj in cases:
            a = top.get(rel)
            if a is None:
                continue
            for f in a["findings"]:
                if f["kind"] != kind:
                    continue
                if kind == "overlooked" or f["line"] in (inj.lines or (inj.line,)):
                    hit += 1
                    break
        out[kind] = round(hit / len(cases), 4) if cases else None
    return out


def objectlab_inputs(root: Path, rels: list[str], size) -> tuple[list, list, list[str]]:
    """cleanlab ObjectLab's inputs from the audit's stored predictions and the current label files:
    (labels, predictions, the rels they are of)."""
    from app.core.dataset.audit_table import AuditTable
    from app.core.dataset.index import DatasetIndex

    w, h = size
    scale = np.array([w, h, w, h], np.float64)

    def xyxy(b):
        b = np.asarray(b, np.float64).reshape(-1, 4)
        return np.concatenate([b[:, :2] - b[:, 2:] / 2, b[:, :2] + b[:, 2:] / 2], 1) * scale

    labels, preds, keep = [], [], []
    with DatasetIndex.open(root / "data.yaml") as idx:
        table = AuditTable(idx)
        nc = len(idx.class_names)
        for rel in rels:
            got = table.predictions(rel)
            if got is None:
                continue
            _, pc, pb, pf = got
            rows = [ln.split() for ln in idx.label_path(rel).read_text().splitlines() if ln.strip()]
            lc = np.array([int(r[0]) for r in rows], np.int64)
            lb = np.array([[float(v) for v in r[1:5]] for r in rows], np.float64).reshape(-1, 4)
            labels.append({"bboxes": xyxy(lb), "labels": lc})
            pxy = xyxy(pb)
            preds.append(
                np.array(
                    [np.concatenate([pxy[pc == c], pf[pc == c, None]], 1).reshape(-1, 5) for c in range(nc)],
                    dtype=object,
                )
            )
            keep.append(rel)
    return labels, preds, keep


def cleanlab_order(root: Path, rels: list[str], size) -> tuple[list[str], float]:
    from cleanlab.object_detection.rank import get_label_quality_scores

    labels, preds, keep = objectlab_inputs(root, rels, size)
    t = time.perf_counter()
    scores = get_label_quality_scores(labels, preds, verbose=False)
    dt = time.perf_counter() - t
    order = [keep[i] for i in np.argsort(scores, kind="stable")]
    return order, dt


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="images (default 300)")
    ap.add_argument("--frac", type=float, default=0.25, help="fraction of images corrupted (default 0.25)")
    ap.add_argument("--size", default="640x480", help="WxH (default 640x480)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--model", default=str(MODEL))
    ap.add_argument("--no-timing", action="store_true", help="skip the autolabel run the audit time is compared with")
    ap.add_argument("--keep", metavar="DIR", help="build the dataset in DIR and keep it")
    ap.add_argument("--no-second-look", action="store_true", help="audit with --no-second-look")
    a = ap.parse_args(argv)
    size = tuple(int(v) for v in a.size.lower().split("x"))
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench_audit_"))
    if work.exists() and a.keep:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1", LABELBENCH_CACHE=str(work / "_cache"))
    try:
        t = time.perf_counter()
        truth = make_dataset(work, a.n, a.frac, size, a.seed)
        build_s = time.perf_counter() - t
        auto_s = prep_s = None
        if not a.no_timing:
            prep_s = prepare(work, a.model, env)
            auto_s, _ = run_cmd(
                ["autolabel", work / "data.yaml", "--model", a.model, "--out", work / "_auto", "--quiet"], env
            )
        audit_s, p = run_cmd(
            ["audit", work / "data.yaml", "--model", a.model, "--json", "--quiet"]
            + (["--no-second-look"] if a.no_second_look else []),
            env,
        )
        rep = json.loads(p.stdout)
        ranked = rep["ranked"]
        bad = set(truth)
        k = len(bad)
        ours = [r["image"] for r in ranked]
        rels = [f"images/train/b_{i:05d}.jpg" for i in range(a.n)]
        cl_order, cl_s = cleanlab_order(work, rels, size)
        p_ours, p_cl = precision_at_k(ours, bad, k), precision_at_k(cl_order, bad, k)
        rec = recall_per_kind(ranked, truth, k)
        clean_scores = sorted((r["score"] for r in ranked if r["image"] not in bad), reverse=True)
        out = {
            "bench": "audit",
            "cpus": os.cpu_count(),
            "second_look": not a.no_second_look,
            "images": a.n,
            "labels": rep["labels"],
            "corrupted": k,
            "per_kind": {kk: sum(1 for v in truth.values() if v.kind == kk) for kk in KINDS},
            "precision_at_k": round(p_ours, 4),
            "cleanlab_precision_at_k": round(p_cl, 4),
            "recall_at_k": rec,
            "flagged_images": len(ranked),
            "clean_images_over_0.5": sum(1 for s in clean_scores if s >= 0.5),
            "audit_s": round(audit_s, 2),
            "autolabel_s": None if auto_s is None else round(auto_s, 2),
            "audit_over_autolabel": None if auto_s is None else round(audit_s / auto_s, 3),
            "cleanlab_scoring_s": round(cl_s, 2),
            "build_s": round(build_s, 2),
            "prepare_s": None if prep_s is None else round(prep_s, 2),
            "cpu": describe(),
        }
        goals = {
            "precision": p_ours >= 0.85,
            "beats_cleanlab": p_ours >= p_cl,
            "recall": all(v is None or v >= 0.75 for v in rec.values()),
        }
        if auto_s is not None:
            goals["time"] = audit_s <= 1.10 * auto_s
        out["goals_met"] = goals
        print(json.dumps(out))
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
