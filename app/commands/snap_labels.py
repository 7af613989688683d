"""`labelbench snap-labels DATASET`: tighten every auto-label box of a dataset, resumable, with a report."""

from __future__ import annotations

import json
import sys

NAME = "snap-labels"
HELP = "tighten the auto-label boxes of a dataset by snapping each to its object (resumable, reviewed labels kept)"
DESCRIPTION = """Snap every box of the label files an auto-label run wrote (labelbench autolabel) to the object
it covers, as `labelbench snap --box` would, and rewrite the files (atomic, 6 decimals). A snapped
box replaces the old one only when the snap is confident (--min-confidence) and moves no side by more
than --max-move of the box; other boxes stay exactly as they were. Labels reviewed or edited by a
person, and label files no auto-label run wrote, are not touched (--overwrite-reviewed tightens them
too and withdraws their review).

Resumable: kill it at any moment and run it again; it goes on where it stopped, and a file it
already snapped is not snapped twice (--force does). One writer per dataset (a second run stops at
once, naming the first). --dry-run reads everything, writes nothing and reports what would change.

The report (--report FILE.json, or --json on stdout) lists every image with its status and, for each
box, where it was and where it is now in pixels, how far it moved (moved_px, and moved: the share of
the box's size) and the IoU between the two. Exit 0 when the run completed (images that could not be
read are listed), 1 or 2 when it could not run."""


def add_arguments(p) -> None:
    import argparse

    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("dataset", metavar="DATASET", help="dataset folder or data.yaml")
    p.add_argument("--classes", nargs="+", metavar="CLASS", help="only boxes of these classes (ids or names)")
    p.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    p.add_argument(
        "--method",
        default="auto",
        choices=("auto", "threshold", "grabcut", "edges"),
        help="snapping method (default auto)",
    )
    p.add_argument("--pipeline", metavar="FILE.json", help="a pipeline saved from the Process pane (threshold, auto)")
    p.add_argument(
        "--min-confidence",
        type=float,
        default=0.5,
        metavar="C",
        help="keep a box unless its snap is at least this confident (default 0.5)",
    )
    p.add_argument(
        "--max-move",
        type=float,
        default=0.25,
        metavar="F",
        help="keep a box when a side would move more than F x its width/height (default 0.25)",
    )
    p.add_argument(
        "--overwrite-reviewed",
        action="store_true",
        help="also tighten labels reviewed/edited by a person or not written by autolabel",
    )
    p.add_argument("--force", action="store_true", help="snap again the files an earlier run already snapped")
    p.add_argument("--report", metavar="FILE.json", help="write the full report as JSON")
    p.add_argument("--json", action="store_true", help="print the full report as JSON on stdout")
    p.add_argument("--quiet", action="store_true", help="no progress output")


def class_ids(given: list[str] | None, names: list[str]) -> list[int] | None:
    """Class ids from ids or names (UsageError for a name the dataset does not have)."""
    from app.core.errors import UsageError

    if not given:
        return None
    out = []
    for g in given:
        for part in (t for t in g.split(",") if t.strip()):
            part = part.strip()
            if part.isdigit():
                out.append(int(part))
            elif part in names:
                out.append(names.index(part))
            else:
                known = ", ".join(names) if names else "none (use class ids)"
                raise UsageError(f"--classes: unknown class {part!r}; the dataset's classes: {known}")
    return sorted(set(out))


def run(args) -> int:
    from app.commands.autolabel import Progress
    from app.core.assist.labels import SnapLabelsOptions, snap_labels
    from app.core.errors import FileError
    from app.core.io import layout
    from app.core.io.atomic import atomic_write_text
    from app.core.jobs import JobState
    from app.core.pipeline.model import Pipeline

    names = layout.resolve_source(args.dataset).class_names
    opt = SnapLabelsOptions(
        classes=class_ids(args.classes, names),
        dry_run=args.dry_run,
        method=args.method,
        pipeline=Pipeline.load(args.pipeline) if args.pipeline else None,
        overwrite_reviewed=args.overwrite_reviewed,
        force=args.force,
        min_confidence=args.min_confidence,
        max_move=args.max_move,
    )
    bar = Progress(args.quiet or args.json, NAME)
    state = JobState(on_progress=bar, on_error=bar.error)
    report = snap_labels(args.dataset, opt, state)
    if args.report:
        try:
            atomic_write_text(args.report, json.dumps(report, indent=1) + "\n")
        except OSError as e:
            raise FileError(args.report, f"cannot write report ({e.strerror or e})") from None
    if args.json:
        from app.json_output import emit

        emit(report)
    if not args.quiet:
        verb = "would change" if args.dry_run else "changed"
        done = (
            f"{report['would_snap']} would snap"
            if args.dry_run
            else f"{report['snapped']} snapped, {report['snapped_earlier']} snapped earlier"
        )
        reasons = "".join(f"\n  skipped {n}: {r}" for r, n in report["skip_reasons"].items())
        print(
            f"{NAME}: {report['images']} images: {done}, {report['unchanged']} unchanged, {report['skipped']} "
            f"skipped, {len(report['failed'])} failed; {report['boxes_changed']} of {report['boxes']} boxes "
            f"{verb} (moved median {report['moved_px_median']:g} px, max {report['moved_px_max']:g} px) "
            f"in {report['seconds']:.1f} s" + reasons,
            file=sys.stderr,
        )
    return 0
