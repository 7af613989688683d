"""YOLO txt labels: read (with file:line errors), write (atomic). Label paths and class names are
app.core.io.layout's (re-exported here)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.core.errors import LabelFormatError
from app.core.io.atomic import atomic_write_text
from app.core.io.layout import img2label_path as img2label_path  # the layout rule, re-exported
from app.core.io.layout import load_class_names as load_class_names

# Bounds that keep hostile files from taking the memory: no real dataset has a million classes,
# and no real label file is 16 MB (300 boxes are 15 kB). Issues are listed up to MAX_ISSUES a file.
MAX_CLASS_ID = 999_999
LABEL_MAX_BYTES = 16 << 20
MAX_ISSUES = 100


BAD_LINE, UNKNOWN_CLASS = "bad_line", "unknown_class"


@dataclass
class LabelIssue:
    """One problem in a label file; the line is kept, never silently dropped.
    kind: BAD_LINE (the line cannot become a box) or UNKNOWN_CLASS (a box kept, its class_id is
    outside the class list), so nobody parses the class id back out of the message."""

    path: Path
    line: int
    reason: str
    kind: str = "bad_line"
    class_id: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class Labels:
    """Boxes of one image: cls (N,) int, xywhn (N, 4) normalized centre/size, conf (N,) or None."""

    cls: np.ndarray
    xywhn: np.ndarray
    conf: np.ndarray | None = None

    @classmethod
    def empty(cls) -> Labels:
        return cls(np.zeros(0, np.int64), np.zeros((0, 4), np.float64), None)

    def __len__(self) -> int:
        return len(self.cls)


def format_labels(cls: npt.ArrayLike, xywhn: npt.ArrayLike) -> str:
    """Five columns `cls cx cy w h`, normalized, 6 decimals; empty string for no boxes."""
    rows = []
    for c, (x, y, w, h) in zip(np.asarray(cls).astype(int), np.asarray(xywhn, dtype=float).reshape(-1, 4)):
        rows.append(f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n")
    return "".join(rows)


def write_labels(path: str | os.PathLike[str], cls: npt.ArrayLike, xywhn: npt.ArrayLike) -> None:
    """Atomic write of a YOLO label file (an empty file means: processed, no objects)."""
    atomic_write_text(path, format_labels(cls, xywhn))


def parse_labels(
    text: str,
    path: str | os.PathLike[str] = "<labels>",
    nc: int | None = None,
    allow_conf: bool = True,
    unclipped: bool = False,
) -> tuple[Labels, list[LabelIssue]]:
    """Parse YOLO txt (5 columns, or 6 with a trailing confidence when allow_conf).

    Returns the valid boxes and a list of issues (file:line: reason) for every line that is not
    valid. Boxes with an unknown class id (>= nc) are kept AND reported, so the user decides.
    unclipped=True accepts coordinates outside 0..1 (predictions kept as the model drew them).
    """
    path = Path(path)
    cls: list[int] = []
    boxes: list[tuple[float, float, float, float]] = []
    confs: list[float] = []
    issues: list[LabelIssue] = []
    has_conf = None
    more, more_kind = 0, UNKNOWN_CLASS

    def issue(i: int, reason: str, kind: str = BAD_LINE, class_id: int | None = None) -> None:
        nonlocal more, more_kind
        if len(issues) < MAX_ISSUES:
            issues.append(LabelIssue(path, i, reason, kind, class_id))
        else:
            more += 1
            more_kind = more_kind if kind == UNKNOWN_CLASS else BAD_LINE

    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) not in ((5, 6) if allow_conf else (5,)):
            issue(i, f"expected 5 columns (cls cx cy w h), found {len(parts)}")
            continue
        try:
            vals = [float(p) for p in parts]
        except ValueError:
            bad = next(p for p in parts if not _is_float(p))
            issue(i, f"not a number: {bad!r}")
            continue
        c = vals[0]
        if not np.isfinite(c) or c != int(c) or c < 0:
            issue(i, f"class id must be a non-negative integer, found {parts[0]!r}")
            continue
        if c > MAX_CLASS_ID:
            issue(i, f"class id {parts[0]} is out of range (at most {MAX_CLASS_ID})")
            continue
        x, y, w, h = vals[1:5]
        if unclipped and (not all(np.isfinite(vals[1:5])) or min(w, h) < 0):
            issue(i, "coordinates must be finite numbers, width and height not negative")
            continue
        if not unclipped and (not all(np.isfinite(vals[1:5])) or min(x, y, w, h) < 0 or max(x, y, w, h) > 1.0 + 1e-6):
            issue(i, "coordinates must be normalized to 0..1")
            continue
        if len(vals) == 6 and not (0.0 <= vals[5] <= 1.0):
            what = "not a number" if np.isnan(vals[5]) else "outside 0..1"
            issue(i, f"confidence {parts[5]!r} is {what}")
            continue
        if nc is not None and int(c) >= nc:
            issue(i, f"unknown class id {int(c)} (dataset has {nc} classes)", UNKNOWN_CLASS, int(c))
        row_conf = len(parts) == 6
        if has_conf is None:
            has_conf = row_conf
        elif has_conf != row_conf:
            issue(i, "mixes 5- and 6-column rows")
            continue
        cls.append(int(c))
        boxes.append((x, y, w, h))
        if row_conf:
            confs.append(vals[5])
    if more:
        issues.append(LabelIssue(path, issues[-1].line, f"... and {more} more issues in this file", more_kind))
    labels = Labels(
        np.array(cls, np.int64),
        np.array(boxes, np.float64).reshape(-1, 4),
        np.array(confs, np.float64) if has_conf else None,
    )
    return labels, issues


def _is_float(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def read_label_text(path: Path) -> str | None:
    """A label file's text (a regular file, at most LABEL_MAX_BYTES, UTF-8); None when there is none."""
    from app.core.io.regular import read_regular_bytes

    if not os.path.exists(path):
        return None
    data = read_regular_bytes(path, LABEL_MAX_BYTES, "label file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise LabelFormatError(path, "not a text file (not UTF-8)", data[: e.start].count(b"\n") + 1) from None


def read_labels(
    path: str | os.PathLike[str],
    nc: int | None = None,
    strict: bool = False,
    allow_conf: bool = True,
    unclipped: bool = False,
) -> tuple[Labels, list[LabelIssue]]:
    """Read a label file; a missing file is no labels. strict=True raises LabelFormatError at the first issue.
    unclipped=True (prediction files only): boxes may reach past the image (coordinates outside 0..1)."""
    path = Path(path)
    text = read_label_text(path)
    if text is None:  # missing (or a dangling link): no labels
        return Labels.empty(), []
    labels, issues = parse_labels(text, path, nc, allow_conf, unclipped)
    if strict and issues:
        raise LabelFormatError(issues[0].path, issues[0].reason, issues[0].line)
    return labels, issues
