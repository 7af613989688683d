"""`labelbench audit SOURCE --model MODEL ...`: the labels most likely wrong, worst image first."""

from __future__ import annotations

import json
import os
import sys

from app.commands.autolabel import add_engine_arguments

NAME = "audit"
HELP = "find the labels most likely wrong (class swaps, bad boxes, overlooked and spurious objects, duplicates)"
DESCRIPTION = (
    "Run the model over the labeled images with the auto-label engine (predictions at a low confidence go "
    "to the dataset index, not to label files; a rerun with the same model and settings reuses them), match "
    "them with the current label files and rank the images by their worst finding: swap, badloc, "
    "overlooked, spurious, duplicate, each scored 0..1 (how likely the label is wrong). Label files are "
    "never modified. Images that share one label file (a.jpg and a.png in one folder) are not audited: "
    "each such group is named in one warning line. Prints the 20 worst images (one line each), or everything as JSON with --json. Exit 0 when the run "
    "completed, 2 for usage errors, 1 when nothing could run."
)
TOP = 20


def add_arguments(p) -> None:
    p.add_argument("source", metavar="SOURCE", help="dataset folder or data.yaml (its current label files are audited)")
    p.add_argument(
        "--model",
        required=True,
        help="Ultralytics model (detect, -seg or -obb, as the labels): .pt, .onnx or *_openvino_model folder",
    )
    p.add_argument("--conf", type=float, default=0.05, help="lowest prediction confidence kept (default 0.05)")
    p.add_argument("--iou", type=float, default=0.7, help="NMS IoU threshold (default 0.7)")
    p.add_argument("--imgsz", type=int, help="inference size (default: the size the model was trained at)")
    p.add_argument("--device", default="cpu", help="cpu (default) or cuda / cuda:N when present")
    p.add_argument("--json", action="store_true", help="print the whole ranking as JSON on stdout")
    p.add_argument("--report", metavar="FILE.json", help="also write the JSON ranking to FILE.json")
    p.add_argument("--batch", type=int, help="images per inference call (default: what suits the backend)")
    p.add_argument(
        "--backend",
        choices=("auto", "pt", "openvino", "onnx"),
        default="auto",
        help="auto (default): a .pt is exported once to OpenVINO (cached); pt = PyTorch",
    )
    p.add_argument(
        "--precision",
        choices=("fast", "exact"),
        default="fast",
        help="fast (default): OpenVINO may use bf16 where the CPU has it; exact: float32",
    )
    p.add_argument(
        "--map-classes",
        metavar="SPEC",
        help="when the dataset's names differ from the model's: 'by-name' or 'M:D,M:D' (model id:dataset id)",
    )
    p.add_argument("--workers", type=int, help="decode threads (default: CPU count, at most 4)")
    p.add_argument("--force", action="store_true", help="predict again even where stored predictions match")
    p.add_argument(
        "--no-second-look",
        action="store_true",
        help="skip the second look (the model on a mirrored crop around each suspicious place): faster, less precise",
    )
    p.add_argument("--quiet", action="store_true", help="no progress output")
    add_engine_arguments(p)


def short_finding(f, names) -> str:
    """One finding in a few words: "swap L3 circle->square 0.88"."""
    from app.core.audit.findings import class_name

    def n(c):
        return class_name(names, c)

    if f.kind == "swap":
        return f"swap L{f.line} {n(f.cls)}->{n(f.pred_cls)} {f.conf:.2f}"
    if f.kind == "badloc":
        return f"badloc L{f.line} {n(f.cls)} IoU {f.iou:.2f} ({f.conf:.2f})"
    if f.kind == "overlooked":
        return f"overlooked {n(f.pred_cls)} {f.conf:.2f}"
    if f.kind == "spurious":
        return f"spurious L{f.line} {n(f.cls)}"
    return f"duplicate L{f.line} of L{f.other_line} {n(f.cls)}"


def run(args) -> int:
    os.environ.setdefault("YOLO_OFFLINE", "1")
    from app.commands.autolabel import Progress, engine_options, notice_logger
    from app.core.audit.run import AuditOptions, audit
    from app.core.errors import FileError, UsageError
    from app.core.io.atomic import atomic_write_text
    from app.core.jobs import JobState

    src = os.path.expanduser(args.source)
    if os.path.isfile(src) and not src.lower().endswith((".yaml", ".yml")):
        raise UsageError(f"{args.source}: SOURCE must be a dataset folder or a data.yaml")
    opt = AuditOptions(
        conf=args.conf,
        iou=args.iou,
        imgsz=args.imgsz,
        device=args.device,
        batch=args.batch,
        backend=args.backend,
        precision=args.precision,
        map_classes=args.map_classes,
        workers=args.workers,
        force=args.force,
        zoom=not args.no_second_look,
        engine=engine_options(args),
    )
    bar = Progress(args.quiet, NAME)
    state = JobState(on_progress=bar, on_error=bar.error)
    log = notice_logger(args.quiet, NAME)
    report = audit(args.source, args.model, opt, state, log=log)
    doc = report.to_json()
    if args.report:
        try:
            atomic_write_text(args.report, json.dumps(doc, indent=1) + "\n")
        except OSError as e:
            raise FileError(args.report, f"cannot write report ({e.strerror or e})") from None
    for w in report.warnings[:50]:
        print(f"audit: warning: {w}", file=sys.stderr)
    if len(report.warnings) > 50:
        print(f"audit: ... and {len(report.warnings) - 50} more malformed label lines", file=sys.stderr)
    eng = report.inference
    if not args.quiet:
        print(
            f"audit: {report.images} images, {report.labels} labels audited in {report.seconds:.1f} s "
            f"({eng.get('labeled', 0)} predicted, {eng.get('skipped', 0)} skipped, "
            f"{len(eng.get('failed', []))} unreadable, {report.crops} second looks) with {eng.get('backend', '?')}",
            file=sys.stderr,
        )
    if args.json:
        from app.json_output import emit

        emit(doc)
        return 0
    flagged = [a for a in report.ranked if a.findings]
    names = report.class_names
    print(f"{len(flagged)} of {report.images} images have findings; the {min(TOP, len(flagged))} worst:")
    for a in flagged[:TOP]:
        print(f"{a.score:.2f}  {a.image}  " + "; ".join(short_finding(f, names) for f in a.findings))
    return 0
