"""`labelbench label-contours DATASET --pipeline P.json`: label a dataset with the contours of a
Process pipeline's binary result (boxes, polygons or rotated boxes), as the Process pane's "Label
with contours" does."""

from __future__ import annotations

import json
import sys

NAME = "label-contours"
HELP = "label every image with the contours of a Process pipeline's binary result (boxes, polygons, rotated boxes)"
DESCRIPTION = """Run a pipeline saved from the Process pane (File > Save Pipeline, or resources/pipelines/*.json)
on every image of DATASET (a folder, a data.yaml or a .txt list of images) and write one label per
contour of its binary result (the last step must give a binary image: a threshold, Canny, a mask):
--kind box (the contour's box), polygon (the contour simplified by --tolerance pixels) or obb (its
minimum-area rotated box). What the Process pane's "Label with contours" writes, image for image.

The same rules as `labelbench autolabel`: atomic label files with 6 decimals, the index records
each image, a rerun skips what this pipeline and these settings already labeled (--force relabels),
labels reviewed or edited by a person are kept (--overwrite-reviewed replaces them and withdraws
the review), one writer per dataset, a dataset of another label kind is refused. Exit 0 when the
run completed (images that could not be read are listed), 1 or 2 when it could not run."""


def add_arguments(p) -> None:
    import argparse

    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("dataset", metavar="DATASET", help="dataset folder, data.yaml or .txt list of images")
    p.add_argument("--pipeline", required=True, metavar="FILE.json", help="a pipeline saved from the Process pane")
    p.add_argument(
        "--class", dest="cls", default="0", metavar="CLASS", help="class id or name of every label (default 0)"
    )
    p.add_argument("--kind", default="box", choices=("box", "polygon", "obb"), help="what to write (default box)")
    p.add_argument(
        "--tolerance",
        type=float,
        default=1.0,
        metavar="PX",
        help="polygon simplification in pixels (Douglas-Peucker; default 1)",
    )
    p.add_argument("--min-area", type=float, default=20.0, metavar="PX2", help="smallest contour area (default 20)")
    p.add_argument("--max-area", type=float, default=0.0, metavar="PX2", help="largest contour area (0: no limit)")
    p.add_argument("--min-aspect", type=float, default=0.0, metavar="R", help="smallest width/height (0: no limit)")
    p.add_argument("--max-aspect", type=float, default=0.0, metavar="R", help="largest width/height (0: no limit)")
    p.add_argument("--out", metavar="DIR", help="write the labels under DIR instead of beside the images")
    p.add_argument("--force", action="store_true", help="relabel images this pipeline already labeled")
    p.add_argument(
        "--overwrite-reviewed", action="store_true", help="also replace labels reviewed or edited by a person"
    )
    p.add_argument("--report", metavar="FILE.json", help="write the run's report as JSON")
    p.add_argument("--json", action="store_true", help="print the run's report as JSON on stdout")
    p.add_argument("--quiet", action="store_true", help="no progress output")


def class_id(given: str, names: list[str]) -> int:
    """A class id from an id or a name of the dataset (UsageError otherwise)."""
    from app.core.errors import UsageError

    given = given.strip()
    if given.isdigit():
        return int(given)
    if given in names:
        return names.index(given)
    known = ", ".join(names) if names else "none (use a class id)"
    raise UsageError(f"--class: unknown class {given!r}; the dataset's classes: {known}")


def run(args) -> int:
    from app.commands.autolabel import Progress
    from app.core.autolabel.classical import BoxFilter, label_folder
    from app.core.errors import FileError, UsageError
    from app.core.io import layout
    from app.core.io.atomic import atomic_write_text
    from app.core.jobs import JobState
    from app.core.pipeline.model import Pipeline

    if args.tolerance < 0:
        raise UsageError(f"--tolerance must be 0 or more, got {args.tolerance:g}")
    if min(args.min_area, args.max_area, args.min_aspect, args.max_aspect) < 0:
        raise UsageError("--min-area, --max-area, --min-aspect and --max-aspect must be 0 or more")
    names = layout.resolve_source(args.dataset).class_names
    cls = class_id(args.cls, names)
    pipeline = Pipeline.load(args.pipeline)
    filt = BoxFilter(args.min_area, args.max_area, args.min_aspect, args.max_aspect)
    bar = Progress(args.quiet or args.json, NAME)
    state = JobState(on_progress=bar, on_error=bar.error)
    report = label_folder(
        pipeline,
        args.dataset,
        cls,
        filt,
        state,
        out=args.out,
        force=args.force,
        overwrite_reviewed=args.overwrite_reviewed,
        kind=args.kind,
        tolerance=args.tolerance,
    )
    if args.report:
        try:
            atomic_write_text(args.report, json.dumps(report, indent=1, default=str) + "\n")
        except OSError as e:
            raise FileError(args.report, f"cannot write report ({e.strerror or e})") from None
    if args.json:
        from app.json_output import emit

        emit(json.loads(json.dumps(report, default=str)))
    if not args.quiet:
        reasons = "".join(f"\n  skipped {n}: {r}" for r, n in report.get("skip_reasons", {}).items())
        what = {"box": "boxes", "polygon": "polygons", "obb": "rotated boxes"}[args.kind]
        print(
            f"{NAME}: {report['images']} images: {report['labeled']} labeled, {report['skipped']} skipped, "
            f"{len(report['failed'])} failed; {report['boxes']} {what} in {report['seconds']:.1f} s "
            f"(index {report['index']})" + reasons,
            file=sys.stderr,
        )
    return 0
