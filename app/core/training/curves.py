"""Training curves from an Ultralytics `results.csv` and the report's diagnosis of them.

Pure functions, no Qt. `load_results(run_dir_or_csv)` reads the per-epoch table (column names
as Ultralytics writes them, with or without the padding spaces older versions put in the
header; a half-written last line of a run still in progress is ignored). `diagnose(curves)`
returns the best epoch, the overfitting onset and the curve-shape findings.

Rules (also shown to the user, see RULES):

* the run's task, from its columns (TASK_COLUMNS, the names Ultralytics 8.4's losses and
  metrics write): a segment run has `train/seg_loss` and the mask metrics `metrics/*(M)`, an obb
  run `train/angle_loss`, a pose run `train/pose_loss` and `metrics/*(P)`; else detect.
* total loss of a split: the sum of its `*_loss` columns, which is what Ultralytics minimizes
  (detect: box + cls + dfl; segment: box + seg + cls + dfl + sem; obb: box + cls + dfl + angle).
* best epoch (1-based): the epoch with the highest fitness, the figure Ultralytics uses to pick
  best.pt (detect and obb: mAP50-95 `metrics/mAP50-95(B)`; segment: mAP50-95(B) + mAP50-95(M);
  pose: mAP50-95(B) + mAP50-95(P)), the first one on a tie; when those columns are missing or
  still all zero, the epoch with the lowest total validation loss.
* overfitting: a sustained rise of the total validation loss after its minimum while the
  training loss keeps falling (see `overfit_onset` for the exact rule and its thresholds).
  Gradual overfitting, the usual kind (1 % a epoch and less), counts as soon as the rise is
  bigger than the noise explains; noisy plateaus and curves that dip twice do not.
* curve shapes (heuristics from the report's table, judged on the total training loss):

    | loss curve shape                      | report's remedy            | kind            |
    |---------------------------------------|----------------------------|-----------------|
    | the curve is linear                   | set the learning rate higher | lr_too_low    |
    | the curve's decrease is small         | set the learning rate lower  | lr_too_high   |
    | the curve oscillates with a large swing | set the batch size higher  | batch_too_small |
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.core.errors import FileError
from app.core.messages import Message

MAP_COL = "metrics/mAP50-95(B)"
# per task: the loss parts (Ultralytics' loss_names: utils/loss.py v8*Loss) and the fitness columns
# (utils/metrics.py *Metrics.fitness: the sum of each part's mAP50-95)
TASK_COLUMNS = {
    "detect": {"losses": ("box_loss", "cls_loss", "dfl_loss"), "fitness": (MAP_COL,)},
    "segment": {
        "losses": ("box_loss", "seg_loss", "cls_loss", "dfl_loss", "sem_loss"),
        "fitness": (MAP_COL, "metrics/mAP50-95(M)"),
    },
    "obb": {"losses": ("box_loss", "cls_loss", "dfl_loss", "angle_loss"), "fitness": (MAP_COL,)},
    "pose": {
        "losses": ("box_loss", "pose_loss", "kobj_loss", "cls_loss", "dfl_loss"),
        "fitness": (MAP_COL, "metrics/mAP50-95(P)"),
    },
}
FITNESS_NAME = {"detect": "mAP50-95", "obb": "mAP50-95", "segment": "mAP50-95(B+M)", "pose": "mAP50-95(B+P)"}

OVERFIT_K = 3  # epochs that must follow the minimum
OVERFIT_TOL = 0.02  # the end must be more than 2 % above the minimum ...
OVERFIT_NOISE_Z = 3.0  # ... and more than 3 noise sigmas above it
OVERFIT_T = 4.0  # the val-loss trend after the minimum: t-statistic of its slope >= 4
SMOOTH_W = 5  # centred moving average (epochs) that finds the minimum
END_N = 3  # the end level: mean of the last 3 epochs
MIN_EPOCHS_SHAPE = 6  # fewer epochs: no shape judgement
LINEAR_R2 = 0.95  # straight line fits the loss this well ...
LINEAR_HALF_RATIO = 0.6  # ... and the second half falls at least 0.6x as much as the first
SMALL_DROP = 0.30  # total fall below 30 % of the first epoch's loss ...
FLAT_TAIL = 0.05  # ... and the second half moves less than 5 % of it: "flattened early"
OSC_REVERSALS = 0.4  # at least 40 % of epoch-to-epoch steps change direction ...
OSC_AMPLITUDE = 0.05  # ... and the swing around the neighbours' mean is >= this share of the level

HEURISTIC_NOTE = Message("heuristic: judged from the curve's shape alone, not a certainty")

RULES = {  # Messages: English as they are, translated by the GUI (app.core.messages)
    "best_epoch": Message(
        "highest val fitness as Ultralytics picks best.pt: mAP50-95 (detect, obb), mAP50-95(B) + mAP50-95(M) "
        "(segment), mAP50-95(B) + mAP50-95(P) (pose); first on a tie; lowest total val loss (the sum of the "
        "task's val/*_loss columns) when those are missing or all zero"
    ),
    "overfitting": Message(
        "total val loss v, smoothed by a centred {w}-epoch moving average s; noise sigma = 1.4826 * "
        "median|second difference of v| / sqrt(6) (at least 1e-4 of its mean); minimum level L = min s; "
        "m = the epoch of the lowest v within 2 epochs of the last epoch where s <= L + sigma/sqrt({w}) "
        "(s stays above that band after it). Overfitting when >= {k} epochs follow m, the mean v of "
        "the last {end} epochs is more than {tol:.0%} of L and more than {z:g} sigma above L, "
        "the least-squares slope of v from m to the end has t >= {t:g} (standard error from its "
        "residuals, at least sigma / sqrt(sum (x - mean x)^2)), and the train loss slope over the same epochs "
        "is negative; onset = m + 1, the first epoch of the rise",
        w=SMOOTH_W,
        k=OVERFIT_K,
        end=END_N,
        tol=OVERFIT_TOL,
        z=OVERFIT_NOISE_Z,
        t=OVERFIT_T,
    ),
    "lr_too_low": Message(
        "train loss falls along a straight line (R^2 >= {r2}) and its second half falls at "
        "least {ratio}x as much as its first half: no sign of converging",
        r2=LINEAR_R2,
        ratio=LINEAR_HALF_RATIO,
    ),
    "lr_too_high": Message(
        "train loss falls less than {drop:.0%} from the first epoch and its second half moves "
        "less than {tail:.0%} of the first epoch's loss: it flattened early at a high loss",
        drop=SMALL_DROP,
        tail=FLAT_TAIL,
    ),
    "batch_too_small": Message(
        ">= {reversals:.0%} of the epoch-to-epoch steps of the train loss change direction "
        "and it swings >= {amplitude:.0%} of its level around the line through each epoch's neighbours",
        reversals=OSC_REVERSALS,
        amplitude=OSC_AMPLITUDE,
    ),
}
NO_RULE = Message("none of the rules above applies")


@dataclass
class Curves:
    """Per-epoch columns of one run. `columns` maps the stripped Ultralytics name to a float array."""

    path: Path
    columns: dict[str, np.ndarray]
    args: dict[str, Any] = field(default_factory=dict)  # the run's args.yaml (batch, lr0, ...) when present

    @property
    def epochs(self) -> np.ndarray:
        if "epoch" in self.columns:
            return self.columns["epoch"].astype(int)
        return np.arange(1, len(self) + 1)

    def __len__(self) -> int:
        return len(next(iter(self.columns.values()))) if self.columns else 0

    def has(self, name: str) -> bool:
        return name in self.columns

    def get(self, name: str) -> np.ndarray | None:
        return self.columns.get(name)

    @property
    def task(self) -> str:
        """detect, segment, obb or pose, told by the columns Ultralytics wrote (TASK_COLUMNS)."""
        cols = self.columns
        if "train/seg_loss" in cols or "val/seg_loss" in cols or "metrics/mAP50-95(M)" in cols:
            return "segment"
        if "train/angle_loss" in cols or "val/angle_loss" in cols:
            return "obb"
        if "train/pose_loss" in cols or "metrics/mAP50-95(P)" in cols:
            return "pose"
        return "detect"

    def loss_columns(self, split: str) -> list[str]:
        """The *_loss columns of split 'train' or 'val': the task's parts in Ultralytics' order, then
        any other one (a newer loss, such as an end-to-end head's l1_loss)."""
        own = [c for c in self.columns if c.startswith(f"{split}/") and c.endswith("_loss")]
        known = [f"{split}/{n}" for n in TASK_COLUMNS[self.task]["losses"] if f"{split}/{n}" in own]
        return known + [c for c in own if c not in known]

    def loss(self, split: str) -> np.ndarray | None:
        """Total loss of split 'train' or 'val' (sum of its loss_columns), or None."""
        parts = self.loss_columns(split)
        if not parts:
            return None
        total: np.ndarray = np.sum([self.columns[c] for c in parts], axis=0)
        return total

    def fitness(self) -> np.ndarray | None:
        """Per-epoch fitness as Ultralytics computes it for the task (sum of TASK_COLUMNS' fitness
        columns), or None when one of them is missing."""
        names = TASK_COLUMNS[self.task]["fitness"]
        if not all(n in self.columns for n in names):
            return None
        total: np.ndarray = np.sum([self.columns[n] for n in names], axis=0)
        return total

    @property
    def run_dir(self) -> Path:
        return self.path.parent

    @property
    def label(self) -> str:
        """The run folder's name; with its parent's for Ultralytics' generic names (train, train2, run, exp)."""
        d = self.run_dir.resolve()
        if re.fullmatch(r"(train|run|exp|val)\d*", d.name) and d.parent.name:
            return f"{d.parent.name}/{d.name}"
        return d.name


@dataclass
class Finding:
    kind: str  # overfitting | lr_too_low | lr_too_high | batch_too_small | healthy
    epoch: int | None  # 1-based epoch the finding points at, or None (whole curve)
    advice: str
    heuristic: bool
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "epoch": self.epoch,
            "advice": self.advice,
            "heuristic": self.heuristic,
            "rule": self.rule,
        }


@dataclass
class Diagnosis:
    epochs: int
    best_epoch: int | None
    best_by: str  # FITNESS_NAME of the task ("mAP50-95", "mAP50-95(B+M)", ...) | "val_loss" | "none"
    best_value: float | None
    val_min_epoch: int | None
    overfit_epoch: int | None
    findings: list[Finding]
    notes: list[str] = field(default_factory=list)
    task: str = "detect"  # the run's task, told by its columns (Curves.task)

    def to_dict(self) -> dict[str, Any]:
        return {
            "epochs": self.epochs,
            "best_epoch": self.best_epoch,
            "best_by": self.best_by,
            "best_value": self.best_value,
            "val_min_epoch": self.val_min_epoch,
            "overfit_epoch": self.overfit_epoch,
            "findings": [f.to_dict() for f in self.findings],
            "notes": self.notes,
            "task": self.task,
            "rules": RULES,
        }


# ----------------------------------------------------------------------------------- reading
def resolve_results_path(path: str | Path) -> Path:
    """A run folder (holding results.csv) or a results.csv file -> the csv path."""
    p = Path(path)
    if p.is_dir():
        p = p / "results.csv"
    if not p.exists():
        raise FileError(p, "not found (expected an Ultralytics run folder or its results.csv)")
    return p


def parse_results(text: str, path: str | Path = "<results.csv>") -> dict[str, np.ndarray]:
    """Parse results.csv text. Names are stripped of padding; a last line without its newline
    (the run is still writing it) is ignored; any other bad line raises FileError(path, line)."""
    path = Path(path)
    complete = text if text.endswith("\n") else text[: text.rfind("\n") + 1]
    rows = list(csv.reader(io.StringIO(complete)))
    if not rows:
        if text.strip():  # only a partial header so far
            return {}
        raise FileError(path, "empty file, no header")
    header = [h.strip() for h in rows[0]]
    if not header or header == [""]:
        raise FileError(path, "empty header", 1)
    if "epoch" not in header and not any(h.endswith("_loss") for h in header):
        raise FileError(path, "not an Ultralytics results.csv (no 'epoch' or '*_loss' column)", 1)
    data: list[list[float]] = []
    for i, row in enumerate(rows[1:], 2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise FileError(path, f"expected {len(header)} columns, found {len(row)}", i)
        try:
            data.append([float(c) if c.strip() else math.nan for c in row])
        except ValueError:
            bad = next(c for c in row if not _is_float(c))
            raise FileError(path, f"not a number: {bad.strip()!r}", i) from None
    arr = np.array(data, dtype=np.float64).reshape(-1, len(header))
    return {name: arr[:, j].copy() for j, name in enumerate(header)}


def _is_float(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return not s.strip()


def load_results(path: str | Path) -> Curves:
    """Read a run folder or results.csv (and the run's args.yaml beside it, when present)."""
    csv_path = resolve_results_path(path)
    try:
        text = csv_path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FileError(csv_path, "not a text file (not UTF-8)") from None
    except OSError as e:
        raise FileError(csv_path, f"cannot read ({e.strerror or e})") from None
    curves = Curves(csv_path, parse_results(text, csv_path))
    curves.args = read_run_args(csv_path.parent)
    return curves


def read_run_args(run_dir: Path) -> dict[str, Any]:
    """The run's args.yaml as a dict ({} when missing or unreadable: it only refines advice)."""
    p = Path(run_dir) / "args.yaml"
    if not p.exists():
        return {}
    try:
        import yaml

        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except Exception:
        return {}


# ----------------------------------------------------------------------------------- diagnosis
def best_epoch(curves: Curves) -> tuple[int | None, str, float | None]:
    """(1-based epoch, criterion, value) per RULES['best_epoch']."""
    ep = curves.epochs
    m = curves.fitness()
    if m is not None and np.isfinite(m).any() and np.nanmax(m) > 0:
        i = int(np.nanargmax(m))
        return int(ep[i]), FITNESS_NAME[curves.task], float(m[i])
    v = curves.loss("val")
    if v is not None and np.isfinite(v).any():
        i = int(np.nanargmin(v))
        return int(ep[i]), "val_loss", float(v[i])
    return None, "none", None


def overfit_onset(
    val: np.ndarray, train: np.ndarray | None, k: int = OVERFIT_K, tol: float = OVERFIT_TOL
) -> tuple[int | None, int | None]:
    """(0-based index of the val-loss minimum, 0-based index of the onset or None); RULES['overfitting'].

    Without overfitting the minimum is the lowest raw val loss; with it, the bottom the rise starts
    from (they differ only where noise makes several epochs equally low). Epochs whose val loss is
    missing (NaN) are left out and the indices refer to the full array."""
    v_all = np.asarray(val, float)
    ok = np.flatnonzero(np.isfinite(v_all))
    if len(ok) == 0:
        return None, None
    lowest = int(ok[np.argmin(v_all[ok])])
    st = overfit_stats(v_all[ok], None if train is None else np.asarray(train, float)[ok], k, tol)
    if not st["overfitting"]:
        return lowest, None
    return int(ok[st["m"]]), int(ok[st["m"] + 1])


def noise_sigma(v: np.ndarray) -> float:
    """Robust epoch-to-epoch noise of a curve: 1.4826 * median |second difference| / sqrt(6)
    (exact for Gaussian noise on a locally straight curve), at least 1e-4 of its mean level."""
    v = np.asarray(v, float)
    floor = 1e-4 * float(np.mean(np.abs(v))) if len(v) else 0.0
    if len(v) < 5:
        return floor
    d2 = v[:-2] - 2 * v[1:-1] + v[2:]
    return max(1.4826 * float(np.median(np.abs(d2))) / math.sqrt(6), floor)


def moving_average(v: np.ndarray, w: int = SMOOTH_W) -> np.ndarray:
    """Centred moving average; the window shrinks symmetrically at both ends (no shift)."""
    v = np.asarray(v, float)
    n, h = len(v), w // 2
    c = np.concatenate([[0.0], np.cumsum(v)])
    out = np.empty(n)
    for i in range(n):
        r = min(h, i, n - 1 - i)
        out[i] = (c[i + r + 1] - c[i - r]) / (2 * r + 1)
    return out


def _trend(y: np.ndarray, sigma: float) -> tuple[float, float]:
    """(least-squares slope, its t-statistic); the standard error is at least sigma / sqrt(Sxx)."""
    x = np.arange(len(y), dtype=float)
    sxx = float(((x - x.mean()) ** 2).sum())
    if len(y) < 2 or sxx == 0:
        return 0.0, 0.0
    slope, icpt = np.polyfit(x, y, 1)
    resid = y - (slope * x + icpt)
    se = math.sqrt(float(resid @ resid) / (len(y) - 2) / sxx) if len(y) > 2 else 0.0
    se = max(se, sigma / math.sqrt(sxx))
    return float(slope), float(slope / se) if se > 0 else math.inf


def overfit_stats(
    val: np.ndarray, train: np.ndarray | None, k: int = OVERFIT_K, tol: float = OVERFIT_TOL
) -> dict[str, Any]:
    """Every number of RULES['overfitting'] on a val-loss curve without gaps (for the rule, tests and the GUI)."""
    v = np.asarray(val, float)
    n = len(v)
    sigma = noise_sigma(v)
    s = moving_average(v)
    level = float(s.min())
    band = sigma / math.sqrt(SMOOTH_W)
    j = int(np.flatnonzero(s <= level + band)[-1])
    lo, hi = max(0, j - 2), min(n, j + 3)
    m = lo + int(np.argmin(v[lo:hi]))
    out: dict[str, Any] = {
        "m": m,
        "sigma": sigma,
        "level": level,
        "after": n - 1 - m,
        "rise": 0.0,
        "t": 0.0,
        "train_slope": None,
        "overfitting": False,
    }
    if n - 1 - m < k:
        return out
    out["slope"], out["t"] = _trend(v[m:], sigma)
    out["rise"] = float(v[-END_N:].mean()) - level
    if train is not None:
        t = np.asarray(train, float)[m:]
        out["train_slope"] = _slope(t)
    out["overfitting"] = bool(
        out["rise"] > tol * abs(level)
        and out["rise"] > OVERFIT_NOISE_Z * sigma
        and out["t"] >= OVERFIT_T
        and (out["train_slope"] is None or out["train_slope"] < 0)
    )
    return out


def _slope(y: np.ndarray) -> float:
    x = np.arange(len(y), dtype=float)
    ok = np.isfinite(y)
    if ok.sum() < 2:
        return 0.0
    return float(np.polyfit(x[ok], y[ok], 1)[0])


def shape_stats(train: np.ndarray) -> dict[str, Any]:
    """Numbers the shape heuristics use (exposed for tests and the GUI's detail text)."""
    y = np.asarray(train, float)
    y = y[np.isfinite(y)]
    n = len(y)
    y0 = float(y[0])
    level = float(np.mean(np.abs(y))) or 1.0
    d = np.diff(y)
    nz = d[np.abs(d) > 1e-12]
    reversals = float(np.mean(np.sign(nz[1:]) != np.sign(nz[:-1]))) if len(nz) > 1 else 0.0
    # swing around the local straight line through the two neighbours (a smooth curve, even a
    # steeply bending one, leaves almost nothing; an epoch-to-epoch zigzag of +-a leaves ~2a)
    resid = np.zeros(n)
    if n >= 3:
        resid[1:-1] = (y[1:-1] - (y[:-2] + y[2:]) / 2) / 2
    amplitude = float(np.sqrt(np.mean(resid[1:-1] ** 2)) / level) if n >= 3 else 0.0
    x = np.arange(n, dtype=float)
    coef = np.polyfit(x, y, 1)
    fit = np.polyval(coef, x)
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    r2 = 1.0 - float(np.sum((y - fit) ** 2)) / ss_tot if ss_tot > 0 else 0.0
    h = n // 2
    first_fall, second_fall = float(y[0] - y[h]), float(y[h] - y[-1])
    end = float(np.median(y[-3:]))
    return {
        "n": n,
        "first": y0,
        "end": end,
        "drop": (y0 - end) / abs(y0) if y0 else 0.0,
        "reversals": reversals,
        "amplitude": amplitude,
        "r2": r2,
        "slope": float(coef[0]),
        "first_half_fall": first_fall,
        "second_half_fall": second_fall,
        "tail_move": abs(second_fall) / abs(y0) if y0 else 0.0,
        "largest_swing_index": int(np.argmax(np.abs(resid))),
    }


def _fmt(x: object) -> str:
    return f"{x:g}" if isinstance(x, (int, float)) else str(x)


def shape_findings(
    train: np.ndarray, args: dict[str, Any] | None = None, epochs: np.ndarray | None = None
) -> list[Finding]:
    """The report's three curve shapes on the total training loss; [] when none applies."""
    y = np.asarray(train, float)
    if np.isfinite(y).sum() < MIN_EPOCHS_SHAPE:
        return []
    args = args or {}
    ep = np.asarray(epochs if epochs is not None else np.arange(1, len(y) + 1), int)
    ep = ep[np.isfinite(y)]
    s = shape_stats(y)
    batch = args.get("batch")
    lr0 = args.get("lr0") if args.get("optimizer", "auto") != "auto" else None
    auto = (
        Message(" (optimizer=auto chose the rate in this run: set the optimizer and lr0 explicitly)")
        if args.get("optimizer") == "auto"
        else ""
    )
    out: list[Finding] = []
    if s["reversals"] >= OSC_REVERSALS and s["amplitude"] >= OSC_AMPLITUDE:
        now = (
            Message(" (now {now}; try {next})", now=_fmt(batch), next=_fmt(int(batch) * 2))
            if isinstance(batch, int) and batch > 0
            else ""
        )
        out.append(
            Finding(
                "batch_too_small",
                int(ep[s["largest_swing_index"]]),
                Message(
                    "The loss curve oscillates widely (swing {amplitude:.0%} of its level, "
                    "{reversals:.0%} of steps reverse): set the batch size higher{now}. {heuristic}.",
                    amplitude=s["amplitude"],
                    reversals=s["reversals"],
                    now=now,
                    heuristic=HEURISTIC_NOTE,
                ),
                True,
                RULES["batch_too_small"],
            )
        )
    falls = s["first_half_fall"] > 0 and s["second_half_fall"] > 0
    if falls and s["r2"] >= LINEAR_R2 and s["second_half_fall"] >= LINEAR_HALF_RATIO * s["first_half_fall"]:
        now = _lr_now(lr0, True)
        out.append(
            Finding(
                "lr_too_low",
                None,
                Message(
                    "The loss curve is linear (straight fall, R^2 {r2:.2f}, not levelling off): "
                    "set the learning rate higher{now}, or train longer. {heuristic}.",
                    r2=s["r2"],
                    now=now or auto,
                    heuristic=HEURISTIC_NOTE,
                ),
                True,
                RULES["lr_too_low"],
            )
        )
    elif s["drop"] < SMALL_DROP and s["tail_move"] < FLAT_TAIL and not out:
        flat = _flat_from(y, FLAT_TAIL * abs(s["first"]))
        now = _lr_now(lr0, False)
        out.append(
            Finding(
                "lr_too_high",
                int(ep[flat]),
                Message(
                    "The loss decreases only a little ({drop:.0%} in all) and flattens from epoch {epoch} "
                    "at a high loss: set the learning rate lower{now}. {heuristic}.",
                    drop=s["drop"],
                    epoch=int(ep[flat]),
                    now=now or auto,
                    heuristic=HEURISTIC_NOTE,
                ),
                True,
                RULES["lr_too_high"],
            )
        )
    return out


def _lr_now(lr0: object, higher: bool) -> Message | str:
    """ " (now lr0=0.01; try 0.03)": the run's rate and the one to try (3x up or down), or ""."""
    if not isinstance(lr0, (int, float)):
        return ""
    tried = float(lr0) * 3 if higher else float(lr0) / 3
    return Message(" (now lr0={now}; try {next})", now=_fmt(lr0), next=_fmt(round(tried, 6)))


def _flat_from(y: np.ndarray, band: float) -> int:
    """First index from which the curve stays within +-band of its final value."""
    end = float(np.median(y[-3:]))
    inside = np.abs(y - end) <= band
    i = len(y) - 1
    while i > 0 and inside[i - 1]:
        i -= 1
    return i


def diagnose(curves: Curves, k: int = OVERFIT_K) -> Diagnosis:
    """Best epoch, overfitting onset and the report's curve-shape findings for one run."""
    n = len(curves)
    ep = curves.epochs
    b, by, bval = best_epoch(curves)
    train, val = curves.loss("train"), curves.loss("val")
    notes: list[str] = []
    findings: list[Finding] = []
    val_min = overfit = None
    if val is not None:
        m, onset = overfit_onset(val, train, k)
        val_min = int(ep[m]) if m is not None else None
        if onset is not None:
            overfit = int(ep[onset])
            tail = val[np.isfinite(val)][-END_N:]
            up = (
                Message(" (up {rise:.0%} by the last epoch)", rise=float(tail.mean()) / float(val[m]) - 1)
                if val[m] > 0
                else ""
            )
            findings.append(
                Finding(
                    "overfitting",
                    overfit,
                    Message(
                        "Validation loss bottomed out at epoch {low} and rises steadily from epoch {onset}{up} "
                        "while the training loss keeps falling: the model is fitting the training images. Use the "
                        "weights of the best epoch ({best}), stop earlier (patience), add more varied labeled images "
                        "or augmentation.",
                        low=val_min,
                        onset=overfit,
                        up=up,
                        best=b,
                    ),
                    False,
                    RULES["overfitting"],
                )
            )
    else:
        notes.append(Message("no val/*_loss columns: overfitting cannot be judged"))
    if train is None:
        notes.append(Message("no train/*_loss columns: curve shape cannot be judged"))
    elif np.isfinite(train).sum() < MIN_EPOCHS_SHAPE:
        notes.append(
            Message("{n} epoch(s): the curve shape needs at least {least} epochs", n=n, least=MIN_EPOCHS_SHAPE)
        )
    else:
        findings += shape_findings(train, curves.args, ep)
    if not findings and train is not None and np.isfinite(train).sum() >= MIN_EPOCHS_SHAPE:
        findings.append(
            Finding(
                "healthy",
                b,
                Message(
                    "No rule fired: no sustained validation-loss rise, and the training loss is neither linear, "
                    "flat at a high level nor oscillating. Best epoch {best} (by {by}); Ultralytics keeps the weights "
                    "with the best fitness ({fitness}) as best.pt.",
                    best=b,
                    by=by,
                    fitness=FITNESS_NAME[curves.task],
                ),
                True,
                NO_RULE,
            )
        )
    return Diagnosis(n, b, by, bval, val_min, overfit, findings, notes, curves.task)


def format_diagnosis(curves: Curves, d: Diagnosis) -> str:
    """Plain-text report for the CLI."""
    lines = [f"{curves.path}: {d.epochs} epoch(s), {d.task}"]
    if d.best_epoch is not None:
        lines.append(f"best epoch: {d.best_epoch} (by {d.best_by} = {d.best_value:.5g})")
    if d.val_min_epoch is not None:
        lines.append(f"lowest val loss: epoch {d.val_min_epoch}")
    lines.append(f"overfitting onset: {d.overfit_epoch if d.overfit_epoch is not None else 'none'}")
    for f in d.findings:
        where = f" @ epoch {f.epoch}" if f.epoch is not None else ""
        tag = " [heuristic]" if f.heuristic else ""
        lines.append(f"- {f.kind}{where}{tag}: {f.advice}")
        lines.append(f"    rule: {f.rule}")
    lines += [f"note: {n}" for n in d.notes]
    return "\n".join(lines)
