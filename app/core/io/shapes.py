"""One label model for boxes, polygons and rotated boxes, and the Ultralytics text formats of all three.

    box      `cls cx cy w h`                    (detect; app.core.io.yolo_labels reads and writes these too)
    polygon  `cls x1 y1 x2 y2 ... xn yn`        (segment, n >= 3 points)
    obb      `cls x1 y1 x2 y2 x3 y3 x4 y4`      (rotated box: its four corners)

All normalized to the image size, written with 6 decimals (the box writer's format). A line of 8
numbers is a 4-point polygon in a segment dataset and a rotated box in an obb dataset: the
caller says which (`task`); without one, a file that also holds longer polygons makes it a
polygon and a rotated box otherwise. A file mixing boxes with polygons or rotated boxes is one
issue at the first line of the other kind (Ultralytics refuses such a file: "labels mix segment
and detection rows"); that line is not read as an object.

`Labels` is immutable (frozen, read-only arrays): every change makes a new one. Malformed lines
are `yolo_labels.LabelIssue`s (file:line: reason, the box messages unchanged).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
import numpy.typing as npt

from app.core.errors import LabelFormatError
from app.core.io.yolo_labels import (
    BAD_LINE,
    MAX_CLASS_ID,
    MAX_ISSUES,
    UNKNOWN_CLASS,
    LabelIssue,
    _is_float,
)

BOX, POLYGON, OBB = "box", "polygon", "obb"
KINDS = (BOX, POLYGON, OBB)
TASKS = ("detect", "segment", "obb")
KIND_OF_TASK = {"detect": BOX, "segment": POLYGON, "obb": OBB}
TASK_OF_KIND = {v: k for k, v in KIND_OF_TASK.items()}
KIND_WORDS = {BOX: "boxes", POLYGON: "polygons", OBB: "rotated boxes"}
OBB_RANGE = (-1.0, 2.0)  # a rotated box's corner may lie outside the image (Ultralytics writes them unclipped)
_TOL = 1e-6


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)
class Labels:
    """N objects of one image. cls (N,) int64; kinds: N of KINDS; coords: N read-only float64
    arrays of normalized numbers as the line holds them (box: cx cy w h; polygon: x1 y1 ... xn yn;
    obb: the 4 corners x1 y1 ... x4 y4); conf (N,) float64 or None."""

    cls: np.ndarray
    kinds: tuple[str, ...]
    coords: tuple[np.ndarray, ...]
    conf: np.ndarray | None = None

    def __post_init__(self) -> None:
        cls = np.asarray(self.cls, np.int64).reshape(-1)
        kinds = tuple(str(k) for k in self.kinds)
        coords = tuple(np.asarray(c, np.float64).reshape(-1) for c in self.coords)
        if not len(cls) == len(kinds) == len(coords):
            raise ValueError(
                f"classes, kinds and coordinates differ in length: {len(cls)}, {len(kinds)}, {len(coords)}"
            )
        for k, c in zip(kinds, coords):
            if k not in KINDS:
                raise ValueError(f"unknown label kind {k!r}")
            if (
                (k == BOX and c.size != 4)
                or (k == OBB and c.size != 8)
                or (k == POLYGON and (c.size < 6 or c.size % 2))
            ):
                raise ValueError(f"a {k} cannot have {c.size} coordinates")
        object.__setattr__(self, "cls", _frozen(cls))
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "coords", tuple(_frozen(c) for c in coords))
        if self.conf is not None:
            conf = np.asarray(self.conf, np.float64).reshape(-1)
            if len(conf) != len(cls):
                raise ValueError(f"{len(conf)} confidences for {len(cls)} objects")
            object.__setattr__(self, "conf", _frozen(conf))

    # ----- construction
    @classmethod
    def empty(cls) -> Labels:
        return cls(np.zeros(0, np.int64), (), ())

    @classmethod
    def from_boxes(cls, classes: np.ndarray, xywhn: npt.ArrayLike, conf: np.ndarray | None = None) -> Labels:
        b = np.asarray(xywhn, np.float64).reshape(-1, 4)
        return cls(classes, (BOX,) * len(b), tuple(b), conf)

    @classmethod
    def from_polygons(
        cls, classes: np.ndarray, polygons: Iterable[npt.ArrayLike], conf: np.ndarray | None = None
    ) -> Labels:
        """polygons: N (K, 2) arrays of normalized points (K >= 3)."""
        polys = [np.asarray(p, np.float64).reshape(-1) for p in polygons]
        return cls(classes, (POLYGON,) * len(polys), tuple(polys), conf)

    @classmethod
    def from_obb(cls, classes: np.ndarray, corners: npt.ArrayLike, conf: np.ndarray | None = None) -> Labels:
        """corners: (N, 4, 2) normalized corner points."""
        c = np.asarray(corners, np.float64).reshape(-1, 8)
        return cls(classes, (OBB,) * len(c), tuple(c), conf)

    @classmethod
    def concat(cls, parts: Iterable[Labels]) -> Labels:
        parts = list(parts)
        if not parts:
            return cls.empty()
        confs = [p.conf for p in parts]
        conf = None if any(c is None for c in confs) else np.concatenate(cast("list[np.ndarray]", confs))
        return cls(
            np.concatenate([p.cls for p in parts]),
            sum((p.kinds for p in parts), ()),
            sum((p.coords for p in parts), ()),
            conf,
        )

    # ----- reading
    def __len__(self) -> int:
        return len(self.cls)

    def points(self, i: int) -> np.ndarray:
        """(K, 2) normalized vertices of object i (a box: its 4 corners, clockwise from top-left)."""
        c = self.coords[i]
        if self.kinds[i] == BOX:
            x, y, w, h = c
            return np.array(
                [[x - w / 2, y - h / 2], [x + w / 2, y - h / 2], [x + w / 2, y + h / 2], [x - w / 2, y + h / 2]]
            )
        return c.reshape(-1, 2)

    def xywhn(self) -> np.ndarray:
        """(N, 4) the axis-aligned box around each object (a box: itself), normalized."""
        out = np.zeros((len(self), 4), np.float64)
        for i, (k, c) in enumerate(zip(self.kinds, self.coords)):
            if k == BOX:
                out[i] = c
            else:
                p = c.reshape(-1, 2)
                lo, hi = p.min(0), p.max(0)
                out[i] = ((lo + hi) / 2).tolist() + (hi - lo).tolist()
        return out

    def kind_counts(self) -> dict[str, int]:
        return {k: n for k in KINDS if (n := self.kinds.count(k))}

    @property
    def task(self) -> str | None:
        """ "detect", "segment" or "obb" when every object is of one kind; None when empty or mixed."""
        kinds = set(self.kinds)
        return TASK_OF_KIND[kinds.pop()] if len(kinds) == 1 else None

    def subset(self, idx: npt.ArrayLike) -> Labels:
        idx = [int(i) for i in np.asarray(idx, np.int64).reshape(-1)]
        return Labels(
            self.cls[idx],
            tuple(self.kinds[i] for i in idx),
            tuple(self.coords[i] for i in idx),
            None if self.conf is None else self.conf[idx],
        )

    def equals(self, other: Labels, atol: float = 0.0) -> bool:
        """Same classes, kinds and coordinates (to atol); confidences are not compared."""
        return (
            len(self) == len(other)
            and self.kinds == other.kinds
            and np.array_equal(self.cls, other.cls)
            and all(
                a.shape == b.shape and np.allclose(a, b, rtol=0, atol=atol) for a, b in zip(self.coords, other.coords)
            )
        )


# ---------------------------------------------------------------------------------------------- writing
def format_line(c: int, coords: npt.ArrayLike) -> str:
    return f"{int(c)} " + " ".join(f"{v:.6f}" for v in np.asarray(coords, np.float64).reshape(-1)) + "\n"


def format_shapes(labels: Labels) -> str:
    """The label file's text: one line per object, 6 decimals (a box line is exactly
    yolo_labels.format_labels' line); empty for no objects."""
    return "".join(format_line(c, xy) for c, xy in zip(labels.cls.tolist(), labels.coords))


def write_shapes(path: str | os.PathLike[str], labels: Labels) -> None:
    """Atomic write of a label file (an empty file means: processed, no objects)."""
    from app.core.io.atomic import atomic_write_text

    atomic_write_text(path, format_shapes(labels))


# ---------------------------------------------------------------------------------------------- reading
def line_kind(ncols: int, allow_conf: bool = True) -> str | None:
    """What a line of ncols columns is by its count alone: BOX, POLYGON, "quad" (8 numbers: a
    4-point polygon or a rotated box) or None (no label has that many columns)."""
    if ncols == 5 or (ncols == 6 and allow_conf):
        return BOX
    if ncols == 9:
        return "quad"
    if ncols >= 7 and ncols % 2 == 1:
        return POLYGON
    return None


def parse_shapes(
    text: str,
    path: str | os.PathLike[str] = "<labels>",
    nc: int | None = None,
    task: str | None = None,
    allow_conf: bool = True,
) -> tuple[Labels, list[LabelIssue]]:
    """Parse box, polygon and rotated-box lines. task ("detect", "segment", "obb" or None) says
    what an 8-number line is (see the module's doc). Returns the valid objects and an issue for
    every line that is not one (file:line: reason); objects with an unknown class id are kept and
    reported (UNKNOWN_CLASS), as for boxes. Box lines are checked exactly as
    yolo_labels.parse_labels checks them (same messages); only box lines may carry a confidence."""
    from app.core.io.yolo_labels import parse_labels

    path = Path(path)
    rows: list[tuple[int, str | None, list[str]]] = []
    for i, raw in enumerate(text.splitlines(), 1):
        parts = raw.split()
        if parts:
            rows.append((i, line_kind(len(parts), allow_conf), parts))
    has_polygon = any(k == POLYGON for _i, k, _p in rows)
    quad = OBB if task == "obb" else POLYGON if task == "segment" or has_polygon else OBB
    issues: list[LabelIssue] = []
    more, more_kind = 0, UNKNOWN_CLASS

    def issue(i: int, reason: str, kind: str = BAD_LINE, class_id: int | None = None) -> None:
        issues.append(LabelIssue(path, i, reason, kind, class_id))  # capped below, in line order

    first_kind = None  # BOX or "shape": a file holds one or the other
    cls, kinds, coords, confs = [], [], [], []
    box_lines: list[str] = []  # box lines go through parse_labels (its messages), in one call
    box_at: list[int] = []
    for i, k, parts in rows:
        if k is None:
            if len(parts) < 5 or (len(parts) == 6 and not allow_conf):
                issue(i, f"expected 5 columns (cls cx cy w h), found {len(parts)}")
            else:
                issue(
                    i,
                    f"expected a class id and x y pairs (a polygon of 3 or more points), found {len(parts) - 1} "
                    "numbers after the class id",
                )
            continue
        group = BOX if k == BOX else "shape"
        if first_kind is None:
            first_kind = group
        elif group != first_kind:
            issue(i, "mixes boxes (5 columns) with polygons or rotated boxes in one file (Ultralytics refuses it)")
            continue
        if k == BOX:
            box_lines.append(" ".join(parts))
            box_at.append(i)
            continue
        try:
            vals = [float(p) for p in parts]
        except ValueError:
            issue(i, f"not a number: {next(p for p in parts if not _is_float(p))!r}")
            continue
        c = vals[0]
        if not np.isfinite(c) or c != int(c) or c < 0:
            issue(i, f"class id must be a non-negative integer, found {parts[0]!r}")
            continue
        if c > MAX_CLASS_ID:
            issue(i, f"class id {parts[0]} is out of range (at most {MAX_CLASS_ID})")
            continue
        xy = np.array(vals[1:], np.float64)
        kind = quad if k == "quad" else POLYGON
        lo, hi = OBB_RANGE if k == "quad" else (0.0, 1.0)
        if not np.isfinite(xy).all() or xy.min() < lo - _TOL or xy.max() > hi + _TOL:
            issue(
                i,
                "coordinates must be normalized to 0..1"
                if k != "quad"
                else "coordinates must be normalized (a rotated box's corners within -1..2, its points 0..1)",
            )
            continue
        if nc is not None and int(c) >= nc:
            issue(i, f"unknown class id {int(c)} (dataset has {nc} classes)", UNKNOWN_CLASS, int(c))
        cls.append(int(c))
        kinds.append(kind)
        coords.append(xy)
    if box_lines:
        boxes, box_issues = parse_labels("\n".join(box_lines), path, nc, allow_conf)
        for bi in box_issues:  # renumber: parse_labels saw the box lines only
            line = box_at[bi.line - 1] if 1 <= bi.line <= len(box_at) else bi.line
            if bi.reason.startswith("... and "):
                more += int(bi.reason.split()[2])
                more_kind = more_kind if bi.kind == UNKNOWN_CLASS else BAD_LINE
                continue
            issue(line, bi.reason, bi.kind, bi.class_id)
        cls += boxes.cls.tolist()
        kinds += [BOX] * len(boxes)
        coords += list(boxes.xywhn)
        if boxes.conf is not None:
            confs = boxes.conf.tolist()
    issues.sort(key=lambda t: t.line)
    if len(issues) > MAX_ISSUES:  # the first MAX_ISSUES by line; the rest summed up in one issue
        hidden, issues = issues[MAX_ISSUES:], issues[:MAX_ISSUES]
        more += len(hidden)
        if any(h.kind != UNKNOWN_CLASS for h in hidden):
            more_kind = BAD_LINE
    if more:
        issues.append(LabelIssue(path, issues[-1].line, f"... and {more} more issues in this file", more_kind))
    conf = np.array(confs, np.float64) if confs and len(confs) == len(cls) else None
    return Labels(np.array(cls, np.int64), tuple(kinds), tuple(coords), conf), issues


def read_shapes(
    path: str | os.PathLike[str],
    nc: int | None = None,
    task: str | None = None,
    strict: bool = False,
    allow_conf: bool = True,
) -> tuple[Labels, list[LabelIssue]]:
    """Read a label file of any kind; a missing file is no labels. strict=True raises
    LabelFormatError at the first issue."""
    from app.core.io.yolo_labels import read_label_text

    path = Path(path)
    text = read_label_text(path)
    if text is None:
        return Labels.empty(), []
    labels, issues = parse_shapes(text, path, nc, task, allow_conf)
    if strict and issues:
        raise LabelFormatError(issues[0].path, issues[0].reason, issues[0].line)
    return labels, issues
