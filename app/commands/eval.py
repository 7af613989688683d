"""`labelbench eval --gt GT_DIR --pred PRED_DIR ...` or `labelbench eval --dataset SOURCE [--model MODEL]`:
detection metrics of predictions against labels, from the same three sources as the Evaluate pane."""

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
    "file:line and exit code 2. "
    "The Evaluate pane's other two sources: --dataset SOURCE alone compares a dataset's auto-labels (the "
    "predictions its index recorded) with its reviewed labels; --dataset SOURCE --model MODEL runs the model "
    "over the dataset (auto-label engine, low confidence like `yolo val`, into a scratch folder: the "
    "dataset is untouched) and evaluates it against the dataset's labels; with --mode ultralytics the model "
    "runs through the installed `yolo val` validator itself (its letterbox, rect batches and NMS), and its "
    "predictions are compared unclipped, as `yolo val` compares them, so every number equals what `yolo val` "
    "prints; --save-pred DIR keeps those predictions (6 columns, unclipped) for a later --pred run. A -seg or -obb "
    "--model is measured by its polygons (mask mAP, coco mode only) or rotated boxes (probiou; coco mode, or "
    "--mode ultralytics with the OBB validator's rules on the scratch run's rotated boxes) against the dataset's "
    "polygon / rotated-box labels."
)


def add_arguments(p) -> None:
    p.add_argument("--gt", metavar="GT_DIR", help="folder of ground-truth YOLO label files")
    p.add_argument("--pred", metavar="PRED_DIR", help="folder of predicted label files (with confidences)")
    p.add_argument(
        "--dataset",
        metavar="SOURCE",
        help="a dataset folder or data.yaml: its auto-labels vs its "
        "reviewed labels, or with --model the model's predictions vs its labels",
    )
    p.add_argument("--model", metavar="MODEL", help="with --dataset: run this model over the dataset and evaluate it")
    p.add_argument(
        "--trust-model",
        action="store_true",
        help="load --model even though it is not a plain weights file (loading it can run code from "
        "the file); only for files from a source you trust",
    )
    p.add_argument("--images", metavar="IMAGES_DIR", help="folder of the images (same relative paths), for pixel sizes")
    p.add_argument("--names", metavar="data.yaml", help="class names: data.yaml or classes.txt")
    p.add_argument(
        "--mode",
        choices=("coco", "ultralytics"),
        default="coco",
        help="coco (default): pycocotools COCOeval; ultralytics: the numbers of `yolo val`",
    )
    p.add_argument("--json", metavar="OUT.json", help="also write the full report as JSON")
    p.add_argument(
        "--task",
        choices=("detect", "segment", "obb"),
        help="with --gt/--pred: boxes, polygons (mask mAP, pycocotools segm) or rotated boxes (probiou, "
        "Ultralytics' OBB validator); default: from the label files",
    )
    p.add_argument(
        "--save-pred",
        metavar="DIR",
        help="with --dataset, --model and --mode ultralytics: also write the predictions yolo val compared "
        "(cls cx cy w h conf, normalized, not clipped to the image) to DIR",
    )


def run(args) -> int:
    from app.core.errors import UsageError
    from app.core.io.atomic import atomic_write_text
    from app.core.metrics.evaluate import evaluate, load_any

    if args.dataset:
        if args.task not in (None, "detect"):
            raise UsageError(
                f"--task {args.task} works with --gt/--pred label folders (a dataset source's task comes from "
                "its labels and its model)"
            )
        if args.gt or args.pred:
            raise UsageError("give either --gt/--pred (two label folders) or --dataset, not both")
        report = _dataset_report(args)
    else:
        if not (args.gt and args.pred):
            raise UsageError("give --gt GT_DIR and --pred PRED_DIR, or --dataset SOURCE [--model MODEL]")
        if args.model:
            raise UsageError("--model goes with --dataset (the model is run over that dataset)")
        if args.save_pred:
            raise UsageError("--save-pred goes with --dataset, --model and --mode ultralytics")
        data = load_any(args.gt, args.pred, images_dir=args.images, names=args.names, task=args.task)
        report = evaluate(data, args.mode)
    print(report.format_table())
    if args.json:
        atomic_write_text(args.json, json.dumps(report.to_json(), indent=2) + "\n")
        print(f"report written to {args.json}")
    return 0


def _dataset_report(args):
    """The Evaluate pane's "dataset" and "model on dataset" sources, through the same job."""
    import sys

    from app.core.errors import UsageError
    from app.core.evaluation import run_evaluation
    from app.core.jobs import JobState

    if args.model:
        from app.core.io.models.safety import trust

        if args.trust_model:
            trust(args.model)
        req = {"kind": "model", "source": args.dataset, "model": args.model, "mode": args.mode}
        if args.save_pred:
            if args.mode != "ultralytics":
                raise UsageError("--save-pred goes with --mode ultralytics (the predictions yolo val compares)")
            from app.core.training.task import model_task

            if model_task(str(args.model)) in ("segment", "obb"):
                raise UsageError(
                    "--save-pred keeps the boxes `yolo val` compares; a -seg / -obb model's shapes: "
                    "`labelbench autolabel SOURCE --model MODEL --out DIR`"
                )
    else:
        if args.save_pred:
            raise UsageError("--save-pred goes with --dataset, --model and --mode ultralytics")
        req = {"kind": "dataset", "source": args.dataset, "mode": args.mode}
    _name_shared(args)
    state = JobState()
    result = run_evaluation(req, state)
    for path, reason in state.errors[:20]:
        print(f"eval: {path}: {reason}", file=sys.stderr)
    if result.data.n_images == 0:  # nothing was compared: say so instead of printing mAP -1
        from app.core.errors import LabelBenchError

        why = "; ".join(result.data.warnings) or "no image has both labels and predictions"
        raise LabelBenchError(f"{args.dataset}: nothing to evaluate ({why})")
    if args.save_pred:
        from app.core.metrics.yolo_val import write_predictions

        n = write_predictions(result.data, args.save_pred)
        print(f"predictions of {n} image(s) (cls cx cy w h conf, not clipped to the image) written to {args.save_pred}")
    return result.report


def _name_shared(args) -> None:
    """One line per label file that two images of the dataset share (a.jpg and a.png in one folder),
    saying what the evaluation does with them: `yolo val` (--mode ultralytics with --model) compares
    both with that one file, as Ultralytics reads it; otherwise neither is evaluated (the auto-label
    engine never predicts them, and the dataset source leaves them out)."""
    import os
    import sys

    from app.core.autolabel.source import plan_source
    from app.core.io.layout import describe_shared, img2label_path, shared_label_groups

    plan = plan_source(args.dataset)
    rels = ((os.path.relpath(p, plan.root), img2label_path(p)) for p in plan.images)
    action = (
        "both are evaluated against that one file, as `yolo val` reads them"
        if args.model and args.mode == "ultralytics"
        else "neither is evaluated"
    )
    for label, names in shared_label_groups(rels):
        print(f"eval: warning: {describe_shared(label, names, action)}", file=sys.stderr)
