"""Training pane helpers: a run's diagnosis as plot markers and as HTML text; the Qt bridge that
turns TrainingRunner callbacks (runner threads) into signals (GUI thread)."""

from __future__ import annotations

import html

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QObject, pyqtSignal

from app.core.training.curves import MAP_COL, RULES, Curves, Diagnosis
from app.gui.i18n import translate
from app.gui.i18n.core_messages import core_text
from widgets.plots.loss_plot import MARKER_COLORS, Marker

KIND_TITLES = {  # shown through translate("Training", ...)
    "overfitting": QT_TRANSLATE_NOOP("Training", "Overfitting"),
    "lr_too_low": QT_TRANSLATE_NOOP("Training", "Linear curve: learning rate too low"),
    "lr_too_high": QT_TRANSLATE_NOOP("Training", "Small decrease: learning rate too high"),
    "batch_too_small": QT_TRANSLATE_NOOP("Training", "Large oscillation: batch too small"),
    "healthy": QT_TRANSLATE_NOOP("Training", "Healthy"),
}


def markers_for(d: Diagnosis, label: str = "") -> list[Marker]:
    """Best epoch (star on mAP50-95 or val loss), val-loss minimum, overfitting onset, shape findings.
    `label` prefixes the marker texts (runs overlaid)."""
    out: list[Marker] = []
    pre = f"{label}: " if label else ""
    if d.best_epoch is not None:
        col = MAP_COL if d.best_by.startswith("mAP50-95") else "val/box_loss"  # segment: mAP50-95(B+M)
        out.append(Marker(d.best_epoch, "best", f"{pre}best {d.best_epoch}", col))
    if d.val_min_epoch is not None and d.val_min_epoch != d.best_epoch:
        out.append(Marker(d.val_min_epoch, "val_min", f"{pre}val min {d.val_min_epoch}", "val/box_loss"))
    for f in d.findings:
        if f.kind == "overfitting" and f.epoch is not None:
            out.append(Marker(f.epoch, "overfit", f"{pre}overfit from {f.epoch}", "val/box_loss"))
        elif f.kind != "healthy" and f.epoch is not None:
            out.append(Marker(f.epoch, f.kind, pre + f.kind.replace("_", " "), "train/box_loss"))
    return out


def _hex(kind: str) -> str:
    r, g, b = MARKER_COLORS.get("overfit" if kind == "overfitting" else kind, (200, 200, 200))
    return f"#{r:02x}{g:02x}{b:02x}"


def diagnosis_html(label: str, curves: Curves, d: Diagnosis, running: bool = False) -> str:
    e = html.escape
    state = f" <span style='color:#3d8ee8'>{e(translate('Training', '(training…)'))}</span>" if running else ""
    epochs = translate("Training", "%n epoch(s)", None, d.epochs)
    parts = [
        f"<div style='margin-bottom:6px'><b style='font-size:13px'>{e(label)}</b>{state} "
        f"<span style='color:#9a9ea6'>{e(epochs)} · {e(str(curves.path))}</span></div>"
    ]
    facts = []
    if d.best_epoch is not None:
        best = translate("Training", "best epoch {epoch}").format(epoch=d.best_epoch)
        by = translate("Training", "(by {metric} = {value})").format(metric=e(d.best_by), value=f"{d.best_value:.4g}")
        facts.append(f"<b style='color:{_hex('best')}'>{e(best)}</b> {by}")
    if d.val_min_epoch is not None:
        facts.append(e(translate("Training", "lowest val loss at epoch {epoch}").format(epoch=d.val_min_epoch)))
    onset = d.overfit_epoch if d.overfit_epoch is not None else translate("Training", "none")
    facts.append(translate("Training", "overfitting onset: <b>{epoch}</b>").format(epoch=onset))
    parts.append(" · ".join(facts))
    parts.append("<ul style='margin-top:4px; margin-left:-20px'>")
    for f in d.findings:
        tag = (
            f" <span style='background:#4a3a20; color:#f0c070; padding:0 4px'>{e(translate('Training', 'heuristic'))}</span>"
            if f.heuristic and f.kind != "healthy"
            else ""
        )
        where = translate("Training", " @ epoch {epoch}").format(epoch=f.epoch) if f.epoch is not None else ""
        title = translate("Training", KIND_TITLES[f.kind]) if f.kind in KIND_TITLES else f.kind
        rule = translate("Training", "rule: {rule}").format(rule=core_text(f.rule))
        parts.append(
            f"<li><b style='color:{_hex(f.kind)}'>{e(title)}</b>{where}{tag}"
            f"<br>{e(core_text(f.advice))}<br><span style='color:#8a8e96; font-size:11px'>{e(rule)}</span></li>"
        )
    parts.append("</ul>")
    for n in d.notes:
        parts.append(
            f"<div style='color:#9a9ea6'>{e(translate('Training', 'note: {note}').format(note=core_text(n)))}</div>"
        )
    return "".join(parts)


def rules_html() -> str:
    rows = "".join(
        f"<tr><td style='padding-right:8px'><b>{k}</b></td><td>{html.escape(core_text(v))}</td></tr>"
        for k, v in RULES.items()
    )
    return f"<table style='color:#9a9ea6; font-size:11px'>{rows}</table>"


class RunnerBridge(QObject):
    """Re-emits TrainingRunner callbacks, which run on its threads, as queued Qt signals."""

    curves = pyqtSignal(object)  # Curves
    progressEvent = pyqtSignal(object)  # dict from the worker (not `event`: that would hide QObject.event)
    finished = pyqtSignal(int, str)  # exit code, failure text ("" when fine)
