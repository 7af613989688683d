"""`labelbench eval --gt GT_DIR --pred PRED_DIR ...`: detection metrics of predictions against labels."""
from __future__ import annotations

import json

NAME = "eval"
HELP = "evaluate predictions against ground-truth labels (COCO mAP or yolo-val numbers)"
DESCRIPTION = (
    "Compare a folder of predicted YOLO labels (6 columns: cls cx cy w h conf, as `yolo predict "
    "save_txt=True save_conf=True` writes them, or the 5-column files of `labelbench autolabel --out DIR`, "
    "whose confidences come from DIR/.labelbench/index.sqlite) with a folder of ground-truth labels. Files are "
    "matched by path relative to each folder; a ground-truth file without a prediction file means "
    "no predictions for that image, a prediction file without a ground-truth file means an image "
    "with no objects. --mode coco (default) gives pycocotools' COCOeval numbers exactly; --mode "
    "ultralytics the numbers `yolo val` prints, with its confusion matrix. --images gives pixel "
    "sizes (needed for the small / medium / large breakdown). Malformed files stop the run with "
    "file:line and exit code 2.")


def add_arguments(p) -> None:
    p.add_argument("--gt", required=True, metavar="GT_DIR", help="folder of ground-truth YOLO label files")
    p.add_argument("--pred", required=True, metavar="PRED_DIR", help="folder of predicted label files (with confidences)")
    p.add_argument("--images", metavar="IMAGES_DIR", help="folder of the images (same relative paths), for pixel sizes")
    p.add_argument("--names", metavar="data.yaml", help="class names: data.yaml or classes.txt")
    p.add_argument("--mode", choices=("coco", "ultralytics"), default="coco",
                   help="coco (default): pycocotools COCOeval; ultralytics: the numbers of `yolo val`")
    p.add_argument("--json", metavar="OUT.json", help="also write the full report as JSON")


def run(args) -> int:
    from app.core.io.atomic import atomic_write_text
    from app.core.metrics.evaluate import evaluate, load_folders
    data = load_folders(args.gt, args.pred, images_dir=args.images, names=args.names)
    report = evaluate(data, args.mode)
    print(report.format_table())
    if args.json:
        atomic_write_text(args.json, json.dumps(report.to_json(), indent=2) + "\n")
        print(f"report written to {args.json}")
    return 0
