#!/usr/bin/env python3
"""Benchmark bulk auto-labeling against `yolo predict`, on the same images, model and machine.

    python scripts/bench_autolabel.py [--n 600] [--model resources/models/demo_yolov8n.pt]
                                      [--imgsz 640] [--flat 6000] [--keep DIR]

Generates N 1920x1080 JPEGs with ground truth (scripts/make_demo_dataset.py) in a temp folder and
runs, each as a whole command (start-up included), one after the other:
  yolo_pt     `yolo predict save_txt=True` with the .pt (what users run today)
  yolo_<fmt>  `yolo predict save_txt=True` with each export Ultralytics offers here (OpenVINO as
              Ultralytics exports it by default = static 640x640, OpenVINO dynamic, ONNX dynamic);
              the fastest is the one to beat
  ceiling     a forward-only loop of our backend on the N images pre-decoded (in an untimed step, to a
              .npy) as the engine feeds them: start-up and model load, then no decode, NMS or I/O
  labelbench  `python -m app autolabel` (default settings, exports cached beforehand like the
              yolo_<fmt> runs' exports; the int8 calibration and check on this folder too, untimed,
              reported as labelbench_int8_prepare_seconds with the check's figures in precision_check)
  labelbench_int8  the same with --precision int8 (int8 whatever the check says)
Prints ONE JSON line: wall seconds, images/s and peak RSS of each, box agreement with the .pt run
(same class, IoU >= 0.9, matched / boxes of the larger set), F1 against ground truth (IoU 0.5),
which precision "fast" chose and why (fast_chose), the CPU and its flags (cpu; with --max-isa the
cap every command ran under and the flags left, cpu.max_isa / cpu.effective_flags),
the goal ratios (fraction_of_ceiling compares whole commands, as the other ratios do;
fraction_of_ceiling_loop compares our whole command with the ceiling's forward loop alone),
and with --flat M the peak RSS of labelbench on N and on M images (hard links of the same
files, so no extra generation time).

--task segment|obb benchmarks a -seg / -obb model instead (default: the tiny test model of
scripts/train_shape_models.py, trained once into ~/.cache/labelbench-test-models) on N generated
shape images (app.core.dataset.synth.shapes, --size, JPEG): yolo_pt (`yolo predict
save_txt=True` with the .pt), labelbench (default settings, the export cached beforehand) and
labelbench_exact (--precision exact); the exact run's files are compared with yolo's (lines,
classes, points, largest coordinate difference), the goal ratio is yolo_pt seconds / labelbench
seconds (>= 2), and --flat M gives the peak RSS on N and on M images. --baseline DIR adds
labelbench_baseline: the default run of another checkout (the code before a change) in the same
run, with its ratio to yolo_pt and ours to it (speedup_vs_baseline).
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

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PY = sys.executable
YOLO = str(Path(PY).with_name("yolo"))


def run_cmd(cmd, log: Path, env=None, cwd=None) -> dict:
    """Run a whole command; wall seconds and the child's peak RSS (MB) from wait4."""
    t0 = time.perf_counter()
    with open(log, "wb") as f:
        p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, env=env, cwd=str(cwd or ROOT))
        _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    if rc != 0:
        tail = log.read_text(errors="replace")[-2000:]
        raise SystemExit(f"command failed (rc={rc}): {' '.join(map(str, cmd))}\n{tail}")
    return {"seconds": round(wall, 2), "peak_rss_mb": round(ru.ru_maxrss / 1024, 1)}


def load_dir(d: Path) -> dict[str, np.ndarray]:
    out = {}
    for f in d.rglob("*.txt"):
        rows = [ln.split() for ln in f.read_text().splitlines() if ln.strip()]
        out[f.stem] = np.array([[float(v) for v in r[:5]] for r in rows], float).reshape(-1, 5)
    return out


def _cls_xyxy(rows: np.ndarray):
    """YOLO rows (cls cx cy w h ...) -> (class ids, xyxy boxes), as precision.matched_boxes takes them."""
    c, xy, wh = rows[:, 0], rows[:, 1:3], rows[:, 3:5]
    return c, np.concatenate([xy - wh / 2, xy + wh / 2], axis=1)


def match(ref: dict, run: dict, stems, thr: float) -> tuple[int, int, int]:
    """Greedy same-class matching at IoU >= thr (the engine's own check): (matched, boxes in ref, boxes in run)."""
    from app.core.autolabel.backends.precision import matched_boxes

    z = np.zeros((0, 5))
    return matched_boxes([_cls_xyxy(ref.get(s, z)) for s in stems], [_cls_xyxy(run.get(s, z)) for s in stems], thr)


def f1(gt, run, stems) -> float:
    tp, ng, npred = match(gt, run, stems, 0.5)
    p, r = tp / max(npred, 1), tp / max(ng, 1)
    return round(2 * p * r / max(p + r, 1e-12), 4)


def predecode(model: str, imgdir: str, imgsz: int, npy: str) -> None:
    """Child mode (untimed setup): every image decoded and letterboxed as our engine feeds the
    backend (uint8 NHWC BGR), saved as one .npy for the ceiling run."""
    from ultralytics.utils.checks import check_imgsz

    from app.core.autolabel.backends.runtimes import load_backend
    from app.core.autolabel.engine.local import AutolabelOptions
    from app.core.autolabel.engine.stages import Preprocessor

    opt = AutolabelOptions()
    be = load_backend(model, opt.backend, opt.precision, opt.device)
    pre = Preprocessor(check_imgsz(imgsz, stride=be.stride, min_dim=2), be.stride, be.dynamic)
    be.close()
    files = sorted(Path(imgdir).rglob("*.jpg"))
    first = pre.decode(str(files[0]))[0]
    arr = np.lib.format.open_memmap(npy, mode="w+", dtype=np.uint8, shape=(len(files), *first.shape))
    for i, f in enumerate(files):
        arr[i] = pre.decode(str(f))[0]
    arr.flush()


def ceiling(model: str, npy: str, n: int) -> None:
    """Child mode, timed as a whole command like the others: start-up, model load, then a
    forward-only loop of our default backend over the N pre-decoded tensors (no decode, no NMS,
    no I/O)."""
    from collections import deque

    from app.core.autolabel.backends.runtimes import load_backend
    from app.core.autolabel.engine.local import AutolabelOptions

    t_start = time.perf_counter()
    opt = AutolabelOptions()
    be = load_backend(model, opt.backend, opt.precision, opt.device)
    xs = np.load(npy, mmap_mode="c")  # copy-on-write: writable, so OpenVINO reads it in place
    be.forward(np.ascontiguousarray(xs[:1]))  # compile for the shape, as the engine's first batch does
    q: deque = deque()
    t0 = time.perf_counter()
    for i in range(n):
        q.append(be.submit(np.ascontiguousarray(xs[i % len(xs) : i % len(xs) + 1])))
        while len(q) > be.in_flight:
            q.popleft().result()
    while q:
        q.popleft().result()
    dt = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "forward_seconds": round(dt, 3),
                "loop_images_per_second": round(n / dt, 2),
                "load_seconds": round(t0 - t_start, 3),
                "backend": be.describe(),
                "input_shape": [1, *xs.shape[1:]],
            }
        )
    )


def rss_flat(a, work: Path, imgdir: Path, model, env, small_mb: float) -> dict:
    """--flat N: one labelbench run on N images (hard links of the bench's images) against the peak
    memory of the run on --n: memory stays flat when the growth is small."""
    big = work / "flat"
    if not big.is_dir() or len(list(big.glob("*.jpg"))) != a.flat:
        shutil.rmtree(big, ignore_errors=True)
        big.mkdir()
        files = sorted(imgdir.glob("*.jpg"))
        for i in range(a.flat):
            os.link(files[i % len(files)], big / f"img_{i:06d}.jpg")
    out = work / "flat_out"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [PY, "-m", "app", "autolabel", str(big), "--model", str(model), "--imgsz", str(a.imgsz), "--out", str(out)]
    r = run_cmd([*cmd, "--quiet"], work / "flat.log", env)
    return {
        "images_small": a.n,
        "peak_rss_mb_small": small_mb,
        "images_big": a.flat,
        "peak_rss_mb_big": r["peak_rss_mb"],
        "seconds_big": r["seconds"],
        "growth_mb": round(r["peak_rss_mb"] - small_mb, 1),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--model", default=str(ROOT / "resources" / "models" / "demo_yolov8n.pt"))
    ap.add_argument("--imgsz", type=int, default=640)
    ap.add_argument("--flat", type=int, default=0, help="also run labelbench on this many images (RSS flatness)")
    ap.add_argument("--formats", default="openvino,openvino_dynamic,onnx", help="yolo predict exports to time")
    ap.add_argument("--keep", help="work in this folder and keep it")
    ap.add_argument(
        "--max-isa",
        metavar="ISA",
        help="run every command under this instruction-set cap (e.g. AVX2: ONEDNN_MAX_CPU_ISA for "
        "OpenVINO and PyTorch's oneDNN, ATEN_CPU_CAPABILITY for PyTorch's own kernels), to "
        "measure on an AVX-512 machine what an AVX2-only CPU runs; onnxruntime ignores it",
    )
    ap.add_argument(
        "--task",
        choices=("detect", "segment", "obb"),
        default="detect",
        help="segment / obb: benchmark a -seg / -obb model on generated shapes (see above)",
    )
    ap.add_argument("--size", default="1280x720", help="WxH of the generated images for --task segment|obb")
    ap.add_argument(
        "--baseline",
        metavar="DIR",
        help="--task segment|obb: also run `python -m app autolabel` from this other checkout of LabelBench "
        "(e.g. `git archive OLD | tar -x -C DIR`): labelbench_baseline, the before of a before/after",
    )
    ap.add_argument("--_ceiling", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--_predecode", nargs=4, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a._ceiling:
        ceiling(a._ceiling[0], a._ceiling[1], int(a._ceiling[2]))
        return 0
    if a._predecode:
        predecode(a._predecode[0], a._predecode[1], int(a._predecode[2]), a._predecode[3])
        return 0
    if a.max_isa:  # before anything reads the CPU: children inherit it, and so does cpu.describe()
        os.environ["ONEDNN_MAX_CPU_ISA"] = a.max_isa.upper()
        cap = a.max_isa.upper()
        os.environ["ATEN_CPU_CAPABILITY"] = (
            "avx512" if cap.startswith(("AVX512", "AVX10")) else "avx2" if cap.startswith("AVX2") else "default"
        )
    if a.task != "detect":
        return bench_shapes(a)
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench_autolabel_"))
    work.mkdir(parents=True, exist_ok=True)
    path = str(ROOT) + (os.pathsep + str(ROOT / "scripts" / "isa_cap") if a.max_isa else "")  # its sitecustomize
    env = dict(os.environ, YOLO_OFFLINE="1", LABELBENCH_CACHE=str(work / "cache"), PYTHONPATH=path)
    data = work / "data"
    if not (data / "images" / "train").is_dir() or len(list((data / "images" / "train").glob("*.jpg"))) != a.n:
        shutil.rmtree(data, ignore_errors=True)
        subprocess.run(
            [
                PY,
                str(ROOT / "scripts" / "make_demo_dataset.py"),
                str(data),
                "--n",
                str(a.n),
                "--size",
                "1920x1080",
                "--val",
                "0",
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        shutil.move(str(data / "labels"), str(work / "gt"))  # ground truth out of the way of every run
    imgdir = data / "images" / "train"
    model = work / "model.pt"
    shutil.copy2(a.model, model)
    res: dict = {
        "n": a.n,
        "imgsz": a.imgsz,
        "image_size": "1920x1080",
        "model": Path(a.model).name,
        "cpus": os.cpu_count(),
        "runs": {},
    }
    from app.core.autolabel.backends.cpu import describe

    res["cpu"] = describe()
    res["cpu"]["aten_cpu_capability"] = os.environ.get("ATEN_CPU_CAPABILITY")  # tell machines apart

    # exports for yolo predict (made before timing, like the cached export of labelbench)
    exports = {}
    for fmt in a.formats.split(","):
        base, dyn = fmt.replace("_dynamic", ""), fmt.endswith("_dynamic")
        d = work / f"exp_{fmt}"
        d.mkdir(exist_ok=True)
        shutil.copy2(model, d / "model.pt")
        code = (
            f"from ultralytics import YOLO; print(YOLO(r'{d / 'model.pt'}').export(format='{base}', "
            f"imgsz={a.imgsz}, dynamic={dyn}, verbose=False))"
        )
        run_cmd([PY, "-c", code], work / f"export_{fmt}.log", env)
        exports[fmt] = d / ("model_openvino_model" if base == "openvino" else "model.onnx")
    # labelbench's one-time step per model: export (cached by hash) + timing .pt vs export (cached)
    t = run_cmd(
        [
            PY,
            "-c",
            "from app.core.autolabel.backends.runtimes import load_backend as lb; import sys; "
            "lb(sys.argv[1], 'auto', 'fast').close()",
            str(model),
        ],
        work / "export_labelbench.log",
        env,
    )
    res["labelbench_export_seconds"] = t["seconds"]
    # labelbench's one-time step per model and folder: int8 calibration on a sample + the check (cached)
    t = run_cmd(
        [
            PY,
            "-c",
            "import sys, json; from app.core.autolabel.backends.precision import resolve; "
            "from app.core.autolabel.engine.local import AutolabelOptions as O; from app.core.autolabel.source import "
            "plan_source; r = resolve(sys.argv[1], plan_source(sys.argv[2]).images, O(precision='int8', "
            "imgsz=int(sys.argv[3]))); print(json.dumps(r.check))",
            str(model),
            str(data),
            str(a.imgsz),
        ],
        work / "int8_labelbench.log",
        env,
    )
    res["labelbench_int8_prepare_seconds"] = t["seconds"]
    res["precision_check"] = json.loads((work / "int8_labelbench.log").read_text().strip().splitlines()[-1])

    def yolo(name, m):
        out = work / "yolo"
        r = run_cmd(
            [
                YOLO,
                "predict",
                f"model={m}",
                f"source={imgdir}",
                f"imgsz={a.imgsz}",
                "save_txt=True",
                "save_conf=True",
                "save=False",
                f"project={out}",
                f"name={name}",
                "exist_ok=True",
                "verbose=False",
            ],
            work / f"{name}.log",
            env,
        )
        return r, out / name / "labels"

    runs, dirs = res["runs"], {}
    runs["yolo_pt"], dirs["yolo_pt"] = yolo("yolo_pt", model)
    for fmt, m in exports.items():
        runs[f"yolo_{fmt}"], dirs[f"yolo_{fmt}"] = yolo(f"yolo_{fmt}", m)
    npy = work / "predecoded.npy"
    run_cmd(
        [PY, str(Path(__file__).resolve()), "--_predecode", str(model), str(imgdir), str(a.imgsz), str(npy)],
        work / "predecode.log",
        env,
    )
    c = run_cmd(
        [PY, str(Path(__file__).resolve()), "--_ceiling", str(model), str(npy), str(a.n)], work / "ceiling.log", env
    )
    cj = json.loads((work / "ceiling.log").read_text().strip().splitlines()[-1])
    runs["ceiling"] = {**c, **cj}
    npy.unlink()
    lb_out = work / "labelbench"
    shutil.rmtree(lb_out, ignore_errors=True)
    runs["labelbench"] = run_cmd(
        [
            PY,
            "-m",
            "app",
            "autolabel",
            str(data),
            "--model",
            str(model),
            "--imgsz",
            str(a.imgsz),
            "--out",
            str(lb_out),
            "--report",
            str(work / "lb_report.json"),
            "--quiet",
        ],
        work / "labelbench.log",
        env,
    )
    rep = json.loads((work / "lb_report.json").read_text())
    runs["labelbench"]["backend"] = rep["backend"]
    runs["labelbench"]["in_run_images_per_second"] = rep["images_per_second"]
    runs["labelbench"]["precision"], res["fast_chose"] = rep.get("precision"), rep.get("precision_why")
    dirs["labelbench"] = lb_out
    lb8 = work / "labelbench_int8"  # int8 forced, whatever the check says
    shutil.rmtree(lb8, ignore_errors=True)
    runs["labelbench_int8"] = run_cmd(
        [
            PY,
            "-m",
            "app",
            "autolabel",
            str(data),
            "--model",
            str(model),
            "--imgsz",
            str(a.imgsz),
            "--out",
            str(lb8),
            "--precision",
            "int8",
            "--report",
            str(work / "lb8_report.json"),
            "--quiet",
        ],
        work / "labelbench_int8.log",
        env,
    )
    runs["labelbench_int8"]["backend"] = json.loads((work / "lb8_report.json").read_text())["backend"]
    dirs["labelbench_int8"] = lb8

    gt = load_dir(work / "gt")
    stems = sorted(gt)
    preds = {k: load_dir(v) for k, v in dirs.items()}
    for k, r in runs.items():
        r["images_per_second"] = round(a.n / r["seconds"], 2)  # whole command, start-up included
        if k == "ceiling":
            continue
        m, nr, nu = match(preds["yolo_pt"], preds[k], stems, 0.9)
        r["agreement_with_pt"] = round(m / max(nr, nu, 1), 4)
        r["boxes"] = nu
        r["f1_vs_gt"] = f1(gt, preds[k], stems)
    yolo_exports = {k: v for k, v in runs.items() if k.startswith("yolo_") and k != "yolo_pt"}
    fastest = min(yolo_exports, key=lambda k: yolo_exports[k]["seconds"]) if yolo_exports else "yolo_pt"
    lb = runs["labelbench"]
    res["fastest_yolo_export"] = fastest
    res["goals"] = {
        "speedup_vs_yolo_pt": round(runs["yolo_pt"]["seconds"] / lb["seconds"], 2),  # goal >= 3
        "speedup_vs_fastest_yolo": round(runs[fastest]["seconds"] / lb["seconds"], 2),  # goal >= 1.25
        # whole commands, start-up included (the definition)
        "fraction_of_ceiling": round(lb["images_per_second"] / runs["ceiling"]["images_per_second"], 3),  # >= 0.75
        # stricter, for information: our whole command against the ceiling's loop alone
        "fraction_of_ceiling_loop": round(lb["images_per_second"] / runs["ceiling"]["loop_images_per_second"], 3),
        "agreement_with_pt": lb["agreement_with_pt"],  # >= 0.98
        "f1_drop_vs_pt": round(runs["yolo_pt"]["f1_vs_gt"] - lb["f1_vs_gt"], 4),  # <= 0.005
    }
    if a.flat:
        res["rss_flat"] = rss_flat(a, work, imgdir, model, env, lb["peak_rss_mb"])
    res["work"] = str(work)
    print(json.dumps(res))
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def bench_shapes(a) -> int:
    """--task segment|obb: yolo predict with the .pt against labelbench (fast and exact) on generated shapes."""
    import cv2

    from app.core.dataset.synth import shapes as synth_shapes

    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix=f"bench_autolabel_{a.task}_"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, YOLO_OFFLINE="1", LABELBENCH_CACHE=str(work / "cache"), PYTHONPATH=str(ROOT))
    if a.model == str(ROOT / "resources" / "models" / "demo_yolov8n.pt"):  # the default is the box model
        sys.path.insert(0, str(ROOT / "scripts"))
        import train_shape_models

        a.model = str(train_shape_models.ensure_model(a.task, train_shape_models.default_cache()))
    w, h = (int(v) for v in a.size.lower().split("x"))
    imgdir = work / "data" / "images"
    if not imgdir.is_dir() or len(list(imgdir.glob("*.jpg"))) != a.n:
        shutil.rmtree(work / "data", ignore_errors=True)
        imgdir.mkdir(parents=True)
        for i in range(a.n):
            img, _ = synth_shapes.render(i, 1, (w, h), a.task)
            cv2.imwrite(str(imgdir / f"img_{i:06d}.jpg"), img, [cv2.IMWRITE_JPEG_QUALITY, 92])
    model = work / Path(a.model).name
    shutil.copy2(a.model, model)
    from app.core.autolabel.backends.cpu import describe

    res: dict = {
        "task": a.task,
        "n": a.n,
        "imgsz": a.imgsz,
        "image_size": a.size,
        "model": model.name,
        "cpus": os.cpu_count(),
        "cpu": describe(),
        "runs": {},
    }
    t = run_cmd(
        [
            PY,
            "-c",
            "from app.core.autolabel.backends.runtimes import load_backend as lb; import sys; "
            "lb(sys.argv[1], 'auto', 'fast').close()",
            str(model),
        ],
        work / "export_labelbench.log",
        env,
    )
    res["labelbench_export_seconds"] = t["seconds"]
    runs = res["runs"]
    runs["yolo_pt"] = run_cmd(
        [
            YOLO,
            "predict",
            f"model={model}",
            f"source={imgdir}",
            f"imgsz={a.imgsz}",
            "save_txt=True",
            "save=False",
            f"project={work / 'yolo'}",
            "name=yolo_pt",
            "exist_ok=True",
            "verbose=False",
        ],
        work / "yolo_pt.log",
        env,
    )
    variants = [("labelbench", [], ROOT), ("labelbench_exact", ["--precision", "exact"], ROOT)]
    if a.baseline:  # the other checkout's default run, right after this one's
        variants.insert(1, ("labelbench_baseline", [], Path(a.baseline).resolve()))
    for name, extra, root in variants:
        out = work / name
        shutil.rmtree(out, ignore_errors=True)
        runs[name] = run_cmd(
            [
                PY,
                "-m",
                "app",
                "autolabel",
                str(work / "data"),
                "--model",
                str(model),
                "--imgsz",
                str(a.imgsz),
                "--out",
                str(out),
                "--report",
                str(work / f"{name}.json"),
                "--quiet",
                *extra,
            ],
            work / f"{name}.log",
            dict(env, PYTHONPATH=str(root)),
            cwd=root,
        )
        rep = json.loads((work / f"{name}.json").read_text())
        runs[name].update(
            backend=rep["backend"], precision=rep["precision"], in_run_images_per_second=rep["images_per_second"]
        )
    for r in runs.values():
        r["images_per_second"] = round(a.n / r["seconds"], 2)
    ref, ours = work / "yolo" / "yolo_pt" / "labels", work / "labelbench_exact" / "images"
    same = {"images": a.n, "lines": 0, "points": 0, "line_count_differs": 0, "point_count_differs": 0, "max_diff": 0.0}
    for f in sorted(imgdir.glob("*.jpg")):
        mine = [ln.split() for ln in (ours / f"{f.stem}.txt").read_text().splitlines()]
        theirs = (
            [ln.split() for ln in (ref / f"{f.stem}.txt").read_text().splitlines()]
            if (ref / f"{f.stem}.txt").exists()
            else []
        )
        if len(mine) != len(theirs):
            same["line_count_differs"] += 1
            continue
        for x, y in zip(mine, theirs):
            if len(x) != len(y) or x[0] != y[0]:
                same["point_count_differs"] += 1
                continue
            same["lines"] += 1
            same["points"] += (len(x) - 1) // 2
            d = float(np.abs(np.array(x[1:], float) - np.array(y[1:], float)).max())
            same["max_diff"] = max(same["max_diff"], d)
    res["exact_vs_yolo_pt"] = same
    res["goals"] = {
        "speedup_vs_yolo_pt": round(runs["yolo_pt"]["seconds"] / runs["labelbench"]["seconds"], 2),  # >= 2
        "exact_speedup_vs_yolo_pt": round(runs["yolo_pt"]["seconds"] / runs["labelbench_exact"]["seconds"], 2),
    }
    if a.baseline:
        res["goals"]["baseline_speedup_vs_yolo_pt"] = round(
            runs["yolo_pt"]["seconds"] / runs["labelbench_baseline"]["seconds"], 2
        )
        res["goals"]["speedup_vs_baseline"] = round(
            runs["labelbench_baseline"]["seconds"] / runs["labelbench"]["seconds"], 2
        )
    if a.flat:
        res["rss_flat"] = rss_flat(a, work, imgdir, model, env, runs["labelbench"]["peak_rss_mb"])
    res["work"] = str(work)
    print(json.dumps(res))
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
