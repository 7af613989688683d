"""`labelbench convert ...`: Ultralytics training export; COCO JSON, Pascal VOC XML, labelme JSON and
DOTA text in and out."""

from __future__ import annotations

import sys

NAME = "convert"
HELP = "export reviewed images for training (Ultralytics), convert labels to/from COCO, VOC, labelme and DOTA"
DESCRIPTION = """Dataset conversions. SOURCE is a dataset folder or its data.yaml.

  labelbench convert yolo   SOURCE OUT_DIR [--which reviewed] [--val 0.2] [--seed 0] [--stratify] [--mode symlink]
  labelbench convert to-coco SOURCE OUT.json [--which reviewed] [--bare-names] [--task auto|detect|segment]
  labelbench convert to-voc  SOURCE OUT_DIR [--precise] [--origin 1|0]
  labelbench convert to-labelme SOURCE OUT_DIR [--which reviewed]
  labelbench convert to-dota SOURCE OUT_DIR [--which reviewed]
  labelbench convert from-coco ANNOTATIONS.json IMAGES_DIR [--names data.yaml] [--labels-dir DIR] [--overwrite] [--task detect|segment]
  labelbench convert from-voc  XML_DIR [--images DIR] [--names classes.txt] [--labels-dir DIR] [--overwrite] [--origin 1|0]
  labelbench convert from-labelme JSON_DIR [--images DIR] [--names FILE] [--labels-dir DIR] [--overwrite] [--task detect|segment|obb]
  labelbench convert from-dota TXT_DIR [--images DIR] [--names FILE] [--labels-dir DIR] [--overwrite]

--which reviewed (default) takes the images marked reviewed in the dataset index, or every labeled
image when nothing is reviewed yet. Images are linked (symlink/hardlink) or listed, and copied only
with --mode copy. Imports never replace an existing label file unless --overwrite is given, and
--overwrite replaces only files that are YOLO label files. Paths in the JSON/XML that leave the
images folder, or labels that would land outside the labels folder, are refused.
to-coco writes polygon segmentation when the labels hold polygons or rotated boxes (--task auto);
from-coco --task segment writes polygons (RLE masks traced), the default writes boxes.
VOC coordinates are the devkit's 1-based integer pixels (--origin 1, default); --origin 0 reads and
writes 0-based values. --precise writes decimals, which strict integer VOC readers reject.
`yolo` keeps polygon and rotated-box lines (a segment or obb training set; labels mixing boxes with
them are refused); to-voc writes each polygon or rotated box as its bounding box, saying so in one line.
Problems are printed as `file[:line]: reason` on stderr; the run goes on. Exit 0 when done, 1 when
some files were skipped because of errors, 2 for bad usage."""

WHICH_HELP = "images to take: reviewed (default; all labeled ones when none is reviewed), labeled, all"


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    y = sub.add_parser("yolo", help="write an Ultralytics training dataset (train/val split, data.yaml)")
    y.add_argument("source", metavar="SOURCE")
    y.add_argument("out", metavar="OUT_DIR")
    y.add_argument("--which", choices=("reviewed", "labeled", "all"), default="reviewed", help=WHICH_HELP)
    y.add_argument("--val", type=float, default=0.2, help="validation fraction (default 0.2)")
    y.add_argument("--seed", type=int, default=0, help="split seed (default 0)")
    y.add_argument("--stratify", action="store_true", help="split each class group separately (by rarest class)")
    y.add_argument(
        "--mode",
        choices=("symlink", "hardlink", "copy", "list"),
        default="symlink",
        help="how images get into OUT_DIR (default symlink; list = train.txt/val.txt only)",
    )
    c = sub.add_parser("to-coco", help="write a COCO detection JSON")
    c.add_argument("source", metavar="SOURCE")
    c.add_argument("out", metavar="OUT.json")
    c.add_argument("--which", choices=("reviewed", "labeled", "all"), default="reviewed", help=WHICH_HELP)
    c.add_argument(
        "--bare-names",
        action="store_true",
        help="file_name without the images/<split>/ prefix (for tools that expect the bare image name)",
    )
    c.add_argument(
        "--task",
        choices=("auto", "detect", "segment"),
        default="auto",
        help="auto (default): segmentation when the labels hold polygons or rotated boxes; detect: boxes only",
    )
    v = sub.add_parser("to-voc", help="write Pascal VOC XML files (labelImg format)")
    v.add_argument("source", metavar="SOURCE")
    v.add_argument("out", metavar="OUT_DIR")
    v.add_argument("--which", choices=("reviewed", "labeled", "all"), default="reviewed", help=WHICH_HELP)
    v.add_argument(
        "--precise",
        action="store_true",
        help="unrounded decimal pixel coordinates (default integers; strict integer readers reject decimals)",
    )
    lm = sub.add_parser("to-labelme", help="write labelme JSON files (polygon, rectangle, rotation)")
    dt = sub.add_parser("to-dota", help="write DOTA text files (rotated boxes, pixel corners)")
    for q in (lm, dt):
        q.add_argument("source", metavar="SOURCE")
        q.add_argument("out", metavar="OUT_DIR")
        q.add_argument("--which", choices=("reviewed", "labeled", "all"), default="reviewed", help=WHICH_HELP)
    fc = sub.add_parser("from-coco", help="COCO JSON -> YOLO label files")
    fc.add_argument("annotations", metavar="ANNOTATIONS.json")
    fc.add_argument("images", metavar="IMAGES_DIR", help="folder the JSON's file_name entries are relative to")
    fc.add_argument(
        "--task",
        choices=("detect", "segment"),
        default="detect",
        help="detect (default): boxes from bbox; segment: polygons from segmentation (RLE masks traced)",
    )
    fv = sub.add_parser("from-voc", help="Pascal VOC XML files -> YOLO label files")
    fv.add_argument("xml_dir", metavar="XML_DIR")
    fv.add_argument("--images", metavar="DIR", help="image folder (default: beside the XML files)")
    fl = sub.add_parser("from-labelme", help="labelme JSON files -> YOLO label files (boxes, polygons or OBB)")
    fl.add_argument("json_dir", metavar="JSON_DIR")
    fl.add_argument(
        "--task",
        choices=("detect", "segment", "obb"),
        help="what to write (default: rectangles only -> detect, any polygon -> segment, otherwise obb)",
    )
    fd = sub.add_parser("from-dota", help="DOTA text files -> YOLO OBB label files")
    fd.add_argument("txt_dir", metavar="TXT_DIR")
    for q in (fl, fd):
        q.add_argument("--images", metavar="DIR", help="image folder (default: beside the annotation files)")
    for q in (v, fv):
        q.add_argument(
            "--origin",
            type=int,
            choices=(1, 0),
            default=1,
            help="1 (default): the VOC devkit's 1-based integer pixels, as labelImg; 0: 0-based values",
        )
    for q in (fc, fv, fl, fd):
        q.add_argument("--names", metavar="FILE", help="data.yaml or classes.txt holding the locked class list")
        q.add_argument(
            "--labels-dir", metavar="DIR", help="write labels under DIR (default: Ultralytics rule beside images)"
        )
        q.add_argument("--overwrite", action="store_true", help="replace existing label files")
    for q in (y, c, v, lm, dt, fc, fv, fl, fd):
        q.add_argument("--json", action="store_true", help="print the summary as one JSON line")


def run(args) -> int:
    from app.core.dataset import formats
    from app.core.io.yolo_labels import load_class_names
    from app.core.jobs import JobState

    def on_error(path, reason):
        print(f"{path}: {reason}", file=sys.stderr)

    state = JobState(on_error=on_error)
    a = args.action
    if a == "yolo":
        from app.core.training.task import collect_training

        sel, task = collect_training(args.source, args.which, state)  # the training export's reader: shapes kept
        summary = formats.export_ultralytics(sel, args.out, args.val, args.seed, args.stratify, args.mode, state)
        summary = {"rule": sel.rule, "images": len(sel.records), "task": task or "detect", **summary}
    elif a == "to-voc":
        sel = formats.collect_shapes(args.source, args.which, state)
        shapes, n_shapes = _shape_words(sel)
        summary = formats.export_voc(formats.box_selection(sel), args.out, args.precise, state, args.origin)
        summary = {"rule": sel.rule, "images": len(sel.records), **summary, "shapes_as_boxes": n_shapes}
        if shapes:  # VOC holds boxes only: said once, on stderr
            print(
                f"note: VOC has no polygons or rotated boxes: {shapes} written as their bounding boxes", file=sys.stderr
            )
    elif a in ("to-coco", "to-labelme", "to-dota"):
        sel = formats.collect_shapes(args.source, args.which, state, task="obb" if a == "to-dota" else None)
        if a == "to-labelme":
            summary = formats.export_labelme(sel, args.out, state)
        elif a == "to-dota":
            summary = formats.export_dota(sel, args.out, state)
        elif args.task == "segment" or (args.task == "auto" and formats.has_shapes(sel)):
            summary = formats.export_coco_seg(sel, args.out, args.bare_names)
        else:
            summary = formats.export_coco(formats.box_selection(sel), args.out, args.bare_names)
        summary = {"rule": sel.rule, "images": len(sel.records), **summary}
    elif a == "from-labelme":
        names = load_class_names(args.names) if args.names else None
        summary = formats.import_labelme(
            args.json_dir, args.images, names, args.labels_dir, args.overwrite, state, args.task
        )
    elif a == "from-dota":
        names = load_class_names(args.names) if args.names else None
        summary = formats.import_dota(args.txt_dir, args.images, names, args.labels_dir, args.overwrite, state)
    else:
        names = load_class_names(args.names) if args.names else None
        if a == "from-coco":
            imp = formats.import_coco_seg if args.task == "segment" else formats.import_coco
            summary = imp(args.annotations, args.images, names, args.labels_dir, args.overwrite, state)
        else:
            summary = formats.import_voc(
                args.xml_dir, args.images, names, args.labels_dir, args.overwrite, state, args.origin
            )
    summary["errors"] = len(state.errors)
    if args.json:
        from app.json_output import emit

        emit(summary)
    else:
        for k, v in summary.items():
            print(f"{k}: {v}")
    return 1 if state.errors else 0


def _shape_words(sel) -> tuple[str, int]:
    """("12 polygons" / "3 rotated boxes" / both, their number) of a shape selection; ("", 0) for boxes."""
    from app.core.io.shapes import KIND_WORDS, OBB, POLYGON

    n = {k: sum(r.labels.kinds.count(k) for r in sel.records) for k in (POLYGON, OBB)}
    return " and ".join(f"{v} {KIND_WORDS[k]}" for k, v in n.items() if v), sum(n.values())
