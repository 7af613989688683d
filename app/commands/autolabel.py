"""`labelbench autolabel SOURCE --model MODEL ...`: bulk YOLO labeling, resumable, never overwriting people's work."""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

NAME = "autolabel"
HELP = "label a folder / data.yaml / image list with a YOLO detection, -seg or -obb model (fast, resumable)"
DESCRIPTION = (
    "Write one YOLO label file per image (5 columns, normalized, 6 decimals; an empty file when "
    "nothing is found) where Ultralytics expects it (images/ -> labels/, else beside the image) or "
    "under --out. The model's task decides what is written: a detection model boxes, a -seg model "
    "polygons (cls x1 y1 ... xn yn), an -obb model rotated boxes (cls and 4 corners); the task is "
    "recorded in the dataset index. Confidences, model and settings go to the dataset index for review. Re-running "
    "skips images already labeled with the same model and settings (--force relabels); labels "
    "reviewed or edited by a person, or not written by autolabel, are kept (--overwrite-reviewed "
    "replaces them; a reviewed image is never relabeled without it, whatever the run journal of a killed "
    "run says, and its review is withdrawn only when its new labels are recorded). Whatever is reviewed, edited "
    "or rewritten during the run (in the app, another window or an editor) is never replaced, also not with "
    "--overwrite-reviewed: each label file is checked again in the transaction that writes and records it, and "
    "such images are counted as changed during the run. When the dataset is open in the app the run says so in "
    "one line (--wait waits until it is closed). Images that share one "
    "label file (a.jpg and a.png in one folder: Ultralytics reads a.txt for both) are not labeled: each "
    "such group is named in one warning line (also with --quiet) and counted as skipped; rename one image "
    "or move it into another folder. A .pt model is exported once to OpenVINO (cached by hash) and run there. "
    "Exit 0 when the run completed (per-image errors are listed), 2 for usage errors, 1 when "
    "nothing could run."
)


def add_arguments(p) -> None:
    p.add_argument("source", metavar="SOURCE", help="image folder (recursive), data.yaml, or .txt list of image paths")
    p.add_argument(
        "--model",
        required=True,
        help="Ultralytics detection, segmentation (-seg) or OBB (-obb) model: .pt, .onnx or *_openvino_model folder",
    )
    p.add_argument(
        "--trust-model",
        action="store_true",
        help="load a .pt that the safe loader refuses (its pickle references more than model classes, so "
        "loading it can run code from the file); only for files from a source you trust",
    )
    p.add_argument("--out", metavar="DIR", help="write labels under DIR, keeping each image's path relative to SOURCE")
    p.add_argument("--conf", type=float, default=0.25, help="confidence threshold (default 0.25)")
    p.add_argument("--iou", type=float, default=0.7, help="NMS IoU threshold (default 0.7)")
    p.add_argument("--imgsz", type=int, help="inference size (default: the size the model was trained at)")
    p.add_argument("--device", default="cpu", help="cpu (default) or cuda / cuda:N when present")
    p.add_argument("--batch", type=int, help="images per inference call (default: 1 on OpenVINO streams, 4 on torch)")
    p.add_argument("--classes", type=int, nargs="+", metavar="ID", help="keep only these model class ids")
    p.add_argument(
        "--force", action="store_true", help="relabel images already labeled with the same model and settings"
    )
    p.add_argument(
        "--overwrite-reviewed",
        action="store_true",
        help="also replace labels reviewed/edited by a person or not written by autolabel",
    )
    p.add_argument(
        "--wait",
        action="store_true",
        help="when the dataset is open in the LabelBench app, wait until it is closed (without it the run "
        "says so in one line and goes on: labels reviewed or edited there during the run are left "
        "as they are and counted)",
    )
    p.add_argument("--report", metavar="FILE.json", help="write the run report as JSON")
    p.add_argument(
        "--backend",
        choices=("auto", "pt", "openvino", "onnx"),
        default="auto",
        help="auto (default): a .pt is exported once to OpenVINO (cached) and the faster of the two "
        "on this machine runs; pt = PyTorch",
    )
    p.add_argument(
        "--precision",
        choices=("fast", "exact", "int8"),
        default="fast",
        help="fast (default): the fastest of int8 (NNCF, calibrated on these images), bf16 (where the "
        "CPU has it) and float32 that passes a check against float32 on held-out images "
        "(box agreement >= 0.97); int8 is calibrated by itself from 2000 images on; "
        "int8: calibrate and use it whatever the check says; "
        "exact: float32, identical to `yolo predict`",
    )
    p.add_argument(
        "--map-classes",
        metavar="SPEC",
        help="when the dataset's names differ from the model's: 'by-name' or 'M:D,M:D' (model id:dataset id)",
    )
    p.add_argument("--workers", type=int, help="decode threads (default: CPU count, at most 4)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    add_engine_arguments(p)


def add_engine_arguments(p) -> None:
    """--engine and the --ray-* options (autolabel and audit run the same engine)."""
    r = p.add_argument_group("Ray engine (pip install 'labelbench[ray]')")
    r.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local (default): this machine; ray: a Ray cluster (workers infer, this process writes)",
    )
    r.add_argument(
        "--ray-address",
        metavar="ADDR",
        help="auto or HOST:PORT of a running cluster (default: a private local Ray instance for this run)",
    )
    r.add_argument("--ray-workers", type=int, metavar="N", help="Ray actors at most (default: the cluster's CPUs / C)")
    r.add_argument(
        "--ray-cpus",
        type=float,
        metavar="C",
        help="CPUs per actor (default: the smallest node's CPUs, one actor per node)",
    )
    r.add_argument("--ray-gpus", type=float, metavar="G", help="GPUs per actor (runs the .pt with torch on CUDA)")
    r.add_argument("--ray-batch", type=int, metavar="B", help="images per Ray batch (default 16)")
    r.add_argument(
        "--ray-path-map",
        metavar="OLD=NEW",
        help="image paths under OLD here are under NEW on the workers (default: the same paths)",
    )


def engine_options(args) -> dict:
    """The AutolabelOptions fields of add_engine_arguments' options."""
    return dict(
        engine=args.engine,
        ray_address=args.ray_address,
        ray_workers=args.ray_workers,
        ray_cpus=args.ray_cpus,
        ray_gpus=args.ray_gpus,
        ray_batch=args.ray_batch,
        ray_path_map=args.ray_path_map,
    )


class Progress:
    """A bar on a terminal, plain lines (every 10 s) otherwise; stderr either way."""

    def __init__(self, quiet: bool, name: str = "autolabel"):
        self.quiet = quiet
        self.name = name
        self.tty = sys.stderr.isatty()
        self.t0 = time.monotonic()
        self.last = 0.0
        self.errors = 0

    def __call__(self, done: int, total: int, msg: str) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        final = total and done >= total
        if now - self.last < (0.2 if self.tty else 10.0) and not final:
            return
        self.last = now
        el = now - self.t0
        rate = done / el if el > 0 else 0.0
        eta = (total - done) / rate if rate > 0 else 0.0
        if self.tty:
            w = 30
            fill = int(w * done / total) if total else w
            line = (
                f"\r[{'#' * fill}{'.' * (w - fill)}] {done}/{total} {rate:5.1f} img/s "
                f"elapsed {_hms(el)} ETA {_hms(eta)}  {msg}"
            )
            sys.stderr.write(line[:160].ljust(100) + ("\n" if final else ""))
        else:
            sys.stderr.write(
                f"{self.name}: {done}/{total} images, {rate:.1f} img/s, elapsed {_hms(el)}, ETA {_hms(eta)}: {msg}\n"
            )
        sys.stderr.flush()

    def error(self, path: str, reason: str) -> None:
        self.errors += 1
        if not self.quiet:
            from app.core.io.own_files import shown

            sys.stderr.write(("\n" if self.tty else "") + f"{self.name}: skipped {shown(path)}: {shown(reason)}\n")


def notice_logger(quiet: bool, name: str = "autolabel"):
    """One-line notices to stderr; with --quiet only the warnings (a pair of images sharing one
    label file must be named even then)."""

    def log(m: str) -> None:
        if not quiet or m.startswith("warning:"):
            print(f"{name}: {m}", file=sys.stderr)

    return log


def _hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def run(args) -> int:
    os.environ.setdefault("YOLO_OFFLINE", "1")
    from app.core.autolabel.engine.local import REPORT_KEYS, AutolabelOptions, autolabel
    from app.core.errors import FileError
    from app.core.io.atomic import atomic_write_text
    from app.core.io.models.safety import trust
    from app.core.jobs import JobState

    if args.trust_model:
        trust(args.model)
    opt = AutolabelOptions(
        out=args.out,
        conf=args.conf,
        iou=args.iou,
        imgsz=args.imgsz,
        device=args.device,
        batch=args.batch,
        classes=args.classes,
        force=args.force,
        overwrite_reviewed=args.overwrite_reviewed,
        wait=args.wait,
        backend=args.backend,
        precision=args.precision,
        map_classes=args.map_classes,
        workers=args.workers,
        engine=args.engine,
        ray_address=args.ray_address,
        ray_workers=args.ray_workers,
        ray_cpus=args.ray_cpus,
        ray_gpus=args.ray_gpus,
        ray_batch=args.ray_batch,
        ray_path_map=args.ray_path_map,
    )
    bar = Progress(args.quiet)
    state = JobState(on_progress=bar, on_error=bar.error)
    log = notice_logger(args.quiet)
    report = autolabel(args.source, args.model, opt, state, log=log)
    fields: dict[str, Any] = dict(report)
    out = {k: fields[k] for k in REPORT_KEYS if k in fields}
    if report.get("engine") == "ray":
        out.update({k: fields[k] for k in ("engine", "nodes", "workers", "per_node")})
    if args.report:
        try:
            atomic_write_text(args.report, json.dumps(out, indent=2) + "\n")
        except OSError as e:
            raise FileError(args.report, f"cannot write report ({e.strerror or e})") from None
    if not args.quiet:
        reasons = "".join(f"\n  skipped {n}: {r}" for r, n in report["skip_reasons"].items())
        print(
            f"autolabel: {report['labeled']} labeled, {report['skipped']} skipped, "
            f"{len(report['failed'])} failed of {report['images']} images in {report['seconds']:.1f} s "
            f"({report['images_per_second']:.1f} img/s) with {report['backend']}"
            + {"segment": ", polygons (-seg model)", "obb": ", rotated boxes (-obb model)"}.get(
                report.get("task") or "", ""
            )
            + (f" on Ray: {report['nodes']} node(s), {report['workers']} worker(s)" if "engine" in out else "")
            + reasons,
            file=sys.stderr,
        )
        if report.get("changed_during_run"):
            print(
                f"autolabel: {report['changed_during_run']} image(s) were reviewed, edited or rewritten by someone "
                f"during the run ({report.get('changed_at_write', 0)} of them between queueing and writing): left "
                "as they are",
                file=sys.stderr,
            )
        if report.get("precision_why"):
            print(f"autolabel: precision {report['precision_why']}", file=sys.stderr)
        if report["failed"]:
            print(
                f"autolabel: {len(report['failed'])} image(s) could not be read (listed above"
                f"{' and in ' + args.report if args.report else ''})",
                file=sys.stderr,
            )
    return 0
