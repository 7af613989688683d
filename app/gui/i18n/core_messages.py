"""The core's sentences in the interface's language (app.core.messages): `core_text(value)` says a
`Message` of the core (Training's readiness and diagnosis, the audit's finding reasons) through
`translate("Core", template)` with its values, and any other value as it is.

TEMPLATES lists every template of the core as a literal, so that `make i18n` (pylupdate6) puts them
into the .ts files; tests/gui/i18n/test_core_messages.py fails when the core has one this list lacks.
A translation keeps the template's fields ({n}, {conf:.2f}) and may move them."""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP

from app.core.messages import Message
from app.gui.i18n.text import translate

CONTEXT = "Core"

# Training: can a run start (app.core.training.readiness)
READINESS = (
    QT_TRANSLATE_NOOP(
        "Core",
        "The images hold no box of {missing} of the {classes} classes ({shown}{more}); the model will "
        "not learn to find them.",
    ),
    QT_TRANSLATE_NOOP("Core", " and {n} more"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{n} reviewed image ({train} to train on, {val} to validate with at val fraction {fraction:g}): "
        "a run needs at least one of each. Review more images (Space in Review) first.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{n} reviewed images ({train} to train on, {val} to validate with at val fraction "
        "{fraction:g}): a run needs at least one of each. Review more images (Space in Review) first.",
    ),
    QT_TRANSLATE_NOOP("Core", "The {n} reviewed images hold no boxes: there is nothing to learn yet."),
    QT_TRANSLATE_NOOP(
        "Core",
        "This dataset has no class names (data.yaml or classes.txt), and a training run needs them: add "
        "the classes in Review first.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "No reviewed image yet: accept images in Review (Space) to train on them, or train on the open "
        "data.yaml as it is.",
    ),
    QT_TRANSLATE_NOOP("Core", "No data.yaml is open: open one (File ▸ Open Dataset) or train on the reviewed images."),
    QT_TRANSLATE_NOOP("Core", "{name}: its train split holds no images, and a run needs some to train on."),
    QT_TRANSLATE_NOOP("Core", "{name}: its val split holds no images, and a run needs some to validate with."),
)

# Training: the diagnosis of a run's curves and its rules (app.core.training.curves)
CURVES = (
    QT_TRANSLATE_NOOP("Core", "heuristic: judged from the curve's shape alone, not a certainty"),
    QT_TRANSLATE_NOOP("Core", "none of the rules above applies"),
    QT_TRANSLATE_NOOP(
        "Core",
        "highest val fitness as Ultralytics picks best.pt: mAP50-95 (detect, obb), mAP50-95(B) + "
        "mAP50-95(M) (segment), mAP50-95(B) + mAP50-95(P) (pose); first on a tie; lowest total val loss "
        "(the sum of the task's val/*_loss columns) when those are missing or all zero",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "total val loss v, smoothed by a centred {w}-epoch moving average s; noise sigma = 1.4826 * "
        "median|second difference of v| / sqrt(6) (at least 1e-4 of its mean); minimum level L = min s; "
        "m = the epoch of the lowest v within 2 epochs of the last epoch where s <= L + sigma/sqrt({w}) "
        "(s stays above that band after it). Overfitting when >= {k} epochs follow m, the mean v of the "
        "last {end} epochs is more than {tol:.0%} of L and more than {z:g} sigma above L, the "
        "least-squares slope of v from m to the end has t >= {t:g} (standard error from its residuals, "
        "at least sigma / sqrt(sum (x - mean x)^2)), and the train loss slope over the same epochs is "
        "negative; onset = m + 1, the first epoch of the rise",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "train loss falls along a straight line (R^2 >= {r2}) and its second half falls at least "
        "{ratio}x as much as its first half: no sign of converging",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "train loss falls less than {drop:.0%} from the first epoch and its second half moves less than "
        "{tail:.0%} of the first epoch's loss: it flattened early at a high loss",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        ">= {reversals:.0%} of the epoch-to-epoch steps of the train loss change direction and it "
        "swings >= {amplitude:.0%} of its level around the line through each epoch's neighbours",
    ),
    QT_TRANSLATE_NOOP("Core", " (now lr0={now}; try {next})"),
    QT_TRANSLATE_NOOP("Core", " (optimizer=auto chose the rate in this run: set the optimizer and lr0 explicitly)"),
    QT_TRANSLATE_NOOP("Core", " (now {now}; try {next})"),
    QT_TRANSLATE_NOOP("Core", "no val/*_loss columns: overfitting cannot be judged"),
    QT_TRANSLATE_NOOP("Core", "no train/*_loss columns: curve shape cannot be judged"),
    QT_TRANSLATE_NOOP(
        "Core",
        "The loss curve oscillates widely (swing {amplitude:.0%} of its level, {reversals:.0%} of steps "
        "reverse): set the batch size higher{now}. {heuristic}.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The loss curve is linear (straight fall, R^2 {r2:.2f}, not levelling off): set the learning "
        "rate higher{now}, or train longer. {heuristic}.",
    ),
    QT_TRANSLATE_NOOP("Core", " (up {rise:.0%} by the last epoch)"),
    QT_TRANSLATE_NOOP("Core", "{n} epoch(s): the curve shape needs at least {least} epochs"),
    QT_TRANSLATE_NOOP(
        "Core",
        "No rule fired: no sustained validation-loss rise, and the training loss is neither linear, "
        "flat at a high level nor oscillating. Best epoch {best} (by {by}); Ultralytics keeps the "
        "weights with the best fitness ({fitness}) as best.pt.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The loss decreases only a little ({drop:.0%} in all) and flattens from epoch {epoch} at a high "
        "loss: set the learning rate lower{now}. {heuristic}.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Validation loss bottomed out at epoch {low} and rises steadily from epoch {onset}{up} while "
        "the training loss keeps falling: the model is fitting the training images. Use the weights of "
        "the best epoch ({best}), stop earlier (patience), add more varied labeled images or "
        "augmentation.",
    ),
)

# Review: why the audit flags a label (app.core.audit.findings)
AUDIT = (
    QT_TRANSLATE_NOOP("Core", "class {c}"),
    QT_TRANSLATE_NOOP("Core", "same {label} as line {line} (IoU {iou:.2f})"),
    QT_TRANSLATE_NOOP("Core", "model says {pred}, {conf:.2f} (label: {label})"),
    QT_TRANSLATE_NOOP("Core", "model's {pred} box, {conf:.2f}, overlaps the label only {iou:.2f} IoU"),
    QT_TRANSLATE_NOOP("Core", "model sees an unlabeled {pred}, {conf:.2f}"),
    QT_TRANSLATE_NOOP("Core", "model sees nothing at this {label}{near}"),
    QT_TRANSLATE_NOOP("Core", " (best nearby {conf:.2f})"),
)


# Evaluate: the note under the readout (app.core.metrics.basic)
METRICS = (
    QT_TRANSLATE_NOOP(
        "Core",
        "Accuracy hides imbalance: with TP = 1,000,000, FN = 2, TN = 1, FP = 0 it is 0.9999 although "
        "the model found only 1 of 3 negatives. Read precision and recall per class.",
    ),
)

TEMPLATES = frozenset(READINESS + CURVES + AUDIT + METRICS)


def core_text(value: object) -> str:
    """A core Message in the interface's language (its parts first); anything else as str(value)."""
    if not isinstance(value, Message):
        return "" if value is None else str(value)
    said = translate(CONTEXT, value.template)
    if not value.values:
        return said
    values = {k: core_text(v) if isinstance(v, Message) else v for k, v in value.values.items()}
    try:
        return said.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that broke a field: the English, never a crash
        return str(value)
