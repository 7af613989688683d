"""`labelbench convert ...`: Ultralytics training export, COCO JSON and Pascal VOC XML in and out."""

from __future__ import annotations

import sys

NAME = "convert"
HELP = "export reviewed images for training (Ultralytics), convert labels to/from COCO JSON and Pascal VOC XML"
DESCRIPTION = """Dataset conversions. SOURCE is a dataset folder or its data.yaml.

  labelbench convert yolo   SOURCE OUT_DIR [--which reviewed] [--val 0.2] [--seed 0] [--stratify] [--mode symlink]
  labelbench convert to-coco SOURCE OUT.json [--which reviewed] [--bare-names]
  labelbench convert to-voc  SOURCE OUT_DIR [--precise] [--origin 1|0]
  labelbench convert from-coco ANNOTATIONS.json IMAGES_DIR [--names data.yaml] [--labels-dir DIR] [--overwrite]
  labelbench convert from-voc  XML_DIR [--images DIR] [--names classes.txt] [--labels-dir DIR] [--overwrite] [--origin 1|0]

--which reviewed (default) takes the images marked reviewed in the dataset index, or every labeled
image when nothing is reviewed yet. Images are linked (symlink/hardlink) or listed, and copied only
with --mode copy. Imports never replace an existing label file unless --overwrite is given, and
--overwrite replaces only files that are YOLO label files. Paths in the JSON/XML that leave the
images folder, or labels that would land outside the labels folder, are refused.
VOC coordinates are the devkit's 1-based integer pixels (--origin 1, default); --origin 0 reads and
writes 0-based values. --precise writes decimals, which strict integer VOC readers reject.
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
    v = sub.add_parser("to-voc", help="write Pascal VOC XML files (labelImg format)")
    v.add_argument("source", metavar="SOURCE")
    v.add_argument("out", metavar="OUT_DIR")
    v.add_argument("--which", choices=("reviewed", "labeled", "all"), default="reviewed", help=WHICH_HELP)
    v.add_argument(
        "--precise",
        action="store_true",
        help="unrounded decimal pixel coordinates (default integers; strict integer readers reject decimals)",
    )
    fc = sub.add_parser("from-coco", help="COCO JSON -> YOLO label files")
    fc.add_argument("annotations", metavar="ANNOTATIONS.json")
    fc.add_argument("images", metavar="IMAGES_DIR", help="folder the JSON's file_name entries are relative to")
    fv = sub.add_parser("from-voc", help="Pascal VOC XML files -> YOLO label files")
    fv.add_argument("xml_dir", metavar="XML_DIR")
    fv.add_argument("--images", metavar="DIR", help="image folder (default: beside the XML files)")
    for q in (v, fv):
        q.add_argument(
            "--origin",
            type=int,
            choices=(1, 0),
            default=1,
            help="1 (default): the VOC devkit's 1-based integer pixels, as labelImg; 0: 0-based values",
        )
    for q in (fc, fv):
        q.add_argument("--names", metavar="FILE", help="data.yaml or classes.txt holding the locked class list")
        q.add_argument(
            "--labels-dir", metavar="DIR", help="write labels under DIR (default: Ultralytics rule beside images)"
        )
        q.add_argument("--overwrite", action="store_true", help="replace existing label files")
    for q in (y, c, v, fc, fv):
        q.add_argument("--json", action="store_true", help="print the summary as one JSON line")


def run(args) -> int:
    from app.core.dataset import formats
    from app.core.io.yolo_labels import load_class_names
    from app.core.jobs import JobState

    def on_error(path, reason):
        print(f"{path}: {reason}", file=sys.stderr)

    state = JobState(on_error=on_error)
    a = args.action
    if a in ("yolo", "to-coco", "to-voc"):
        sel = formats.collect_records(args.source, args.which, state)
        if a == "yolo":
            summary = formats.export_ultralytics(sel, args.out, args.val, args.seed, args.stratify, args.mode, state)
        elif a == "to-coco":
            summary = formats.export_coco(sel, args.out, args.bare_names)
        else:
            summary = formats.export_voc(sel, args.out, args.precise, state, args.origin)
        summary = {"rule": sel.rule, "images": len(sel.records), **summary}
    else:
        names = load_class_names(args.names) if args.names else None
        if a == "from-coco":
            summary = formats.import_coco(args.annotations, args.images, names, args.labels_dir, args.overwrite, state)
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
