"""`labelbench filter`: run a saved pipeline over an image or a folder, or export it as a script."""

from __future__ import annotations

import os
import sys

NAME = "filter"
HELP = "apply a saved filter pipeline (JSON) to an image or a folder, or export it as a Python script"
DESCRIPTION = """Apply a pipeline saved from the Process pane (or written by hand) to SOURCE.

  labelbench filter --pipeline P.json SOURCE DEST
      SOURCE: an image or a folder (searched recursively, layout mirrored under DEST).
      DEST: an output file, or a folder. Per-file errors are listed on stderr and the run
      continues; exit status 0 when the run completed (also with per-file errors: read the
      summary line), 1 or 2 when it could not run (bad pipeline file, missing SOURCE, ...).
  labelbench filter --pipeline P.json --export-python OUT.py
      Writes a standalone script (cv2 + numpy only); `python OUT.py SOURCE DEST` gives
      byte-identical output files.
"""


def add_arguments(p) -> None:
    import argparse

    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("--pipeline", "-p", required=True, metavar="P.json", help="pipeline JSON file")
    p.add_argument("--export-python", metavar="OUT.py", help="write a standalone cv2+numpy script instead of running")
    p.add_argument("--ext", metavar=".png", help="output format for every file (default: same as the input)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only the summary and errors")
    p.add_argument("source", nargs="?", metavar="SOURCE", help="image or folder")
    p.add_argument("dest", nargs="?", metavar="DEST", help="output image or folder")


def run(args) -> int:
    from app.core.errors import UsageError
    from app.core.jobs import JobState
    from app.core.pipeline.batch import apply_pipeline_to_folder
    from app.core.pipeline.model import Pipeline

    pipeline = Pipeline.load(args.pipeline)
    if args.export_python:
        if args.source or args.dest:
            raise UsageError("--export-python takes no SOURCE / DEST")
        pipeline.export_python(args.export_python)
        n = sum(1 for s in pipeline.steps if s.enabled)
        print(f"wrote {args.export_python}: {n} step(s); run: python {args.export_python} SOURCE DEST")
        return 0
    if not args.source or not args.dest:
        raise UsageError("SOURCE and DEST are required (or use --export-python OUT.py)")
    if not os.path.exists(args.source):
        raise UsageError(f"{args.source}: not found")

    def on_error(path: str, reason: str) -> None:
        print(f"error: {path}: {reason}", file=sys.stderr)

    def on_progress(done: int, total: int, msg: str) -> None:
        if not args.quiet and total and sys.stderr.isatty():
            print(f"\r{done}/{total} {msg[:50]:50s}", end="", file=sys.stderr, flush=True)

    state = JobState(on_progress=on_progress, on_error=on_error)
    summary = apply_pipeline_to_folder(pipeline, args.source, args.dest, state, ext=args.ext)
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    rate = summary["images"] / summary["seconds"] if summary["seconds"] > 0 else 0.0
    print(
        f"{summary['images']} image(s): {summary['written']} written, {summary['failed']} failed "
        f"-> {summary['dest']} ({summary['seconds']:.2f} s, {rate:.1f} img/s)"
    )
    return 0
