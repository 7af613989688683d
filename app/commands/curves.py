"""`labelbench curves RUN_DIR_OR_RESULTS_CSV [--json]`: diagnose an Ultralytics training run."""

from __future__ import annotations

NAME = "curves"
HELP = "diagnose a training run's loss curves (best epoch, overfitting, learning-rate/batch hints)"
DESCRIPTION = (
    "Read an Ultralytics run folder (or its results.csv) and print the best epoch (highest val "
    "mAP50-95, else lowest val loss), the overfitting onset (a sustained rise of the smoothed val loss "
    "after its minimum, beyond what its noise explains, while the train loss falls; the exact thresholds "
    "are in --json's 'rules') and the report's curve-shape heuristics: linear curve -> raise "
    "the learning rate; small decrease -> lower it; large oscillation -> bigger batch. "
    "Exit 0 when the run reads, 1 on a file error."
)


def add_arguments(p) -> None:
    p.add_argument("run", metavar="RUN_DIR_OR_RESULTS_CSV", help="Ultralytics run folder or results.csv")
    p.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: best_epoch, overfit_epoch, findings [{kind, epoch, advice}], ...",
    )
    p.add_argument(
        "--k",
        type=int,
        default=3,
        help="epochs that must follow the val-loss minimum before a rise can count as overfitting (default 3)",
    )


def run(args) -> int:
    from app.core.errors import FileError, UsageError
    from app.core.training.curves import diagnose, format_diagnosis, load_results

    if args.k < 1:
        raise UsageError("--k must be >= 1")
    curves = load_results(args.run)
    if len(curves) == 0:
        raise FileError(curves.path, "no epochs recorded yet")
    d = diagnose(curves, k=args.k)
    if args.json:
        out = {"results": str(curves.path), **d.to_dict()}
        from app.json_output import emit

        emit(out)
    else:
        print(format_diagnosis(curves, d))
    return 0
