"""`labelbench snap IMAGE (--box X1,Y1,X2,Y2 | --point X,Y)`: the tight box and polygon of the object."""

from __future__ import annotations

NAME = "snap"
HELP = "snap a loose box or one click to the object's tight box and polygon (no model weights)"
DESCRIPTION = """Find the object a person means by a loose box (--box X1,Y1,X2,Y2, each side may be off by a
fifth of the object) or one click inside it (--point X,Y), in IMAGE's pixels (the image as Review
shows it: EXIF rotation applied). Prints

  {"box": [x1, y1, x2, y2], "polygon": [[x, y], ...], "method": "...", "confidence": c, "ms": t}

on stdout with --json (that line only); without it, one line for a person:
  box 120,80,260,210  grabcut  confidence 0.93  31 ms  polygon of 24 points
The box is in pixel edges, the polygon through the border pixels' centres; ms is the time the
snap took, reading the image not included.

Methods: auto (default: tries the cheap ones, keeps the most confident and names it), threshold
(the pipeline of --pipeline, or ImageJ's Otsu on the best channel, in the crop around the
request), grabcut (OpenCV GrabCut on a reduced crop, the border refined at full resolution),
edges (the strongest closed edge path, traced by intelligent scissors).

Exit status: 0 found; 1 nothing found (one line on stderr) or the image cannot be read; 2 bad
input (a box outside the image or with no pixel in it, malformed numbers, a bad pipeline)."""


def add_arguments(p) -> None:
    import argparse

    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("image", metavar="IMAGE")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--box", metavar="X1,Y1,X2,Y2", help="the loose box, image pixels")
    where.add_argument("--point", metavar="X,Y", help="one click inside the object, image pixels")
    p.add_argument(
        "--method",
        default="auto",
        choices=("auto", "threshold", "grabcut", "edges"),
        help="auto (default), threshold, grabcut or edges",
    )
    p.add_argument("--pipeline", metavar="FILE.json", help="a pipeline saved from the Process pane (threshold, auto)")
    p.add_argument(
        "--tolerance",
        type=float,
        default=1.0,
        metavar="T",
        help="how far the answer may go from the request, x the default (0.1..10, default 1)",
    )
    p.add_argument("--json", action="store_true", help='print {"box", "polygon", "method", "confidence", "ms"} as JSON')


def numbers(text: str, n: int, what: str) -> list[float]:
    """`n` comma-separated finite numbers, or UsageError naming the option."""
    import math

    from app.core.errors import UsageError

    parts = [t.strip() for t in text.split(",")]
    try:
        vals = [float(t) for t in parts]
    except ValueError:
        vals = []
    if len(vals) != n or not all(math.isfinite(v) for v in vals):
        form = "X1,Y1,X2,Y2" if n == 4 else "X,Y"
        raise UsageError(f"{what} must be {n} numbers {form}, got {text!r}")
    return vals


def run(args) -> int:
    from app.core.assist.request import SnapRequest
    from app.core.assist.snap import read_for_snap, snap
    from app.core.pipeline.model import Pipeline

    if args.box is not None:
        x1, y1, x2, y2 = numbers(args.box, 4, "--box")
        req = SnapRequest.from_box(x1, y1, x2, y2, tolerance=args.tolerance)
    else:
        x, y = numbers(args.point, 2, "--point")
        req = SnapRequest.from_point(x, y, tolerance=args.tolerance)
    pipeline = Pipeline.load(args.pipeline) if args.pipeline else None
    image = read_for_snap(args.image)
    result = snap(image, req, args.method, pipeline)
    doc = result.to_dict()
    if args.json:
        from app.json_output import emit

        emit(doc)
    else:
        print(
            f"box {','.join(str(v) for v in doc['box'])}  {doc['method']}  confidence {doc['confidence']:.2f}  "
            f"{doc['ms']:.0f} ms  polygon of {len(doc['polygon'])} points"
        )
    return 0
