"""Ray engine benchmark: the local engine, Ray on a private local instance and Ray on a two-node loopback cluster.

    python scripts/bench_ray.py --n 600        # 600 1920x1080 JPEGs (default), the demo model, one JSON line

Each run labels the same images from scratch (its own --out) in this process, exact precision, OpenVINO
backend (exported once into a cache of the benchmark's own). Per run: wall seconds, images/s, the
steady-state rate (labels written between 20 % and 90 % of the run, from the engine's own callbacks),
the fixed start-up cost (wall - images / steady rate), and the Ray / local steady-state ratio. The
driver's own ceiling is measured too: label files written atomically and index commits per second
(the Ray driver's flush, per batch of --ray-batch, with the journal and the reviewed-flag re-check),
which is where a large cluster stops scaling. Loopback only: the cluster is 127.0.0.2 + 127.0.0.3
with token authentication, one CPU each, torn down by process group.
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

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("YOLO_OFFLINE", "1")


def make_images(folder: Path, n: int) -> Path:
    from app.core.dataset.synth import dataset as synth

    d = folder / "images"
    d.mkdir(parents=True, exist_ok=True)
    first = None
    for i in range(n):
        p = d / f"img_{i:05d}.jpg"
        if i < 50:  # 50 distinct 1080p images, the rest hard links (decoding cost is the same)
            img, _ = synth.render(i, 11, (1920, 1080))
            cv2.imwrite(str(p), img, [cv2.IMWRITE_JPEG_QUALITY, 90])
            first = first or []
            first.append(p)
        else:
            os.link(first[i % 50], p)
    return d


def timed_run(src: Path, model: str, out: Path, **kw) -> dict:
    from app.core.autolabel.engine.local import AutolabelOptions, autolabel

    stamps: list[float] = []
    t0 = time.perf_counter()
    r = autolabel(
        src,
        model,
        AutolabelOptions(out=str(out), backend="openvino", precision="exact", **kw),
        on_result=lambda *_: stamps.append(time.perf_counter()),
    )
    wall = time.perf_counter() - t0
    n = len(stamps)
    # results arrive in flushes (a Ray batch, or the local writer's 0.5 s / 64 images): the steady rate is
    # what came after the first flush over the time after it
    k0 = sum(1 for t in stamps if t <= stamps[0] + 0.005) if stamps else 0
    steady = (n - k0) / (stamps[-1] - stamps[0]) if n > k0 and stamps[-1] > stamps[0] else 0.0
    res = {
        "wall_s": round(wall, 2),
        "images": r["labeled"],
        "images_per_s": round(r["labeled"] / wall, 2),
        "steady_images_per_s": round(steady, 2),
        "startup_s": round(wall - n / steady, 2) if steady else None,
        "backend": r["backend"],
    }
    if r.get("engine") == "ray":
        res.update(nodes=r["nodes"], workers=r["workers"], per_node=r["per_node"])
    return res


def driver_ceiling(n: int, batch: int, tmp: Path) -> dict:
    """The Ray driver's writes alone: label files + one index transaction per batch, no inference."""
    from app.core.autolabel.engine.ray import DriverWriter
    from app.core.autolabel.engine.stages import Item, Journal
    from app.core.dataset.index import DatasetIndex
    from app.core.io.yolo_labels import format_labels

    d = tmp / "driver"
    (d / "images").mkdir(parents=True)
    idx = DatasetIndex(d / "images", ["a", "b", "c"])
    w = DriverWriter(idx, "bench-key", Journal(idx.db_path.parent), set())
    rng = np.random.default_rng(0)
    cls = rng.integers(0, 3, 6)
    xywhn = rng.random((6, 4))
    conf = rng.random(6)
    text = format_labels(cls, xywhn)
    t0 = time.perf_counter()
    commits = 0
    for s in range(0, n, batch):
        buf = [
            (Item(i, str(d / "images" / f"x{i}.jpg"), f"x{i}.jpg", d / "images" / f"x{i}.txt"), cls, xywhn, conf)
            for i in range(s, min(n, s + batch))
        ]
        w.flush_checked(buf, {it.rel: text for it, *_ in buf}, recheck=True)
        commits += 1
    dt = time.perf_counter() - t0
    idx.close()
    return {
        "labels": n,
        "batch": batch,
        "seconds": round(dt, 3),
        "label_writes_per_s": round(n / dt, 1),
        "index_commits_per_s": round(commits / dt, 1),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600, help="images (default 600)")
    ap.add_argument("--model", default=str(ROOT / "resources" / "models" / "demo_yolov8n.pt"))
    ap.add_argument("--ray-batch", type=int, default=8)
    ap.add_argument("--driver-n", type=int, default=2000, help="labels for the driver-only measurement")
    ap.add_argument("--skip", default="", help="comma list of runs to leave out: local,ray_private,ray_cluster")
    ap.add_argument("--private-cpus", type=float, help="--ray-cpus of the private-instance run (default: the engine's)")
    a = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench_ray_"))
    os.environ["LABELBENCH_CACHE"] = str(tmp / "cache")
    skip = set(filter(None, a.skip.split(",")))
    from app.core.autolabel.backends.cpu import cpu_flags, cpu_name

    out: dict = {
        "n": a.n,
        "model": Path(a.model).name,
        "cpus": os.cpu_count(),
        "ray_batch": a.ray_batch,
        "cpu": {"name": cpu_name(), "flags": cpu_flags()},
        "private_cpus": a.private_cpus,
    }
    try:
        src = make_images(tmp / "data", a.n)
        from app.core.autolabel.backends.model_cache import ensure_export

        ensure_export(a.model, "openvino")
        if "local" not in skip:
            out["local"] = timed_run(src, a.model, tmp / "o_local")
        if "ray_private" not in skip:
            out["ray_private"] = timed_run(
                src, a.model, tmp / "o_private", engine="ray", ray_batch=a.ray_batch, ray_cpus=a.private_cpus
            )
        if "ray_cluster" not in skip:
            sys.path.insert(0, str(ROOT))
            from tests.support.ray_cluster import RayCluster

            with RayCluster({"LABELBENCH_CACHE": os.environ["LABELBENCH_CACHE"]}) as c:
                c.start(2)
                saved = {k: os.environ.get(k) for k in c.env}
                os.environ.update(c.env)
                try:
                    out["ray_cluster"] = timed_run(
                        src, a.model, tmp / "o_cluster", engine="ray", ray_address=c.address, ray_batch=a.ray_batch
                    )
                finally:
                    for k, v in saved.items():
                        if v is None:
                            os.environ.pop(k, None)
                        else:
                            os.environ[k] = v
        loc = out.get("local", {}).get("steady_images_per_s")
        for k in ("ray_private", "ray_cluster"):
            if loc and k in out and out[k]["steady_images_per_s"]:
                out[f"{k}_vs_local_steady"] = round(out[k]["steady_images_per_s"] / loc, 3)
        out["driver"] = driver_ceiling(a.driver_n, a.ray_batch, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
