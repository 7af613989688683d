"""One in-memory form shared by every format: an image, its size and its YOLO boxes.

`collect_records(source, which)` picks the images of a dataset to export:
  which="reviewed"  images marked reviewed in the dataset index (app/core/dataset/index.py); when the
                    dataset has no index or nothing is reviewed yet, every image that has a label
                    file (the result says which rule was used);
  which="labeled"   every image with a label file (an empty file = reviewed "no objects");
  which="all"       every image (no label file = no boxes).
Images that share one label file (a.jpg and a.png in one folder both label into a.txt) are left
out, each group named in one error line: the file holds one image's boxes, not both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app.core.errors import UsageError, shown
from app.core.io.images import list_images, oriented_size
from app.core.io.layout import img2label_path, is_image_path, resolve_source, shared_label_groups, shared_reason
from app.core.io.own_files import is_safe_rel
from app.core.io.yolo_labels import read_labels
from app.core.jobs import JobState

WHICH = ("reviewed", "labeled", "all")


@dataclass
class Record:
    image: Path  # absolute image path
    rel: str  # path relative to the dataset root, posix
    width: int
    height: int
    cls: np.ndarray  # (N,) int
    xywhn: np.ndarray  # (N, 4) normalized centre/size

    def xyxy(self) -> np.ndarray:
        """(N, 4) pixel corners x1 y1 x2 y2."""
        b = np.asarray(self.xywhn, float).reshape(-1, 4)
        w, h = self.width, self.height
        return np.stack(
            [
                (b[:, 0] - b[:, 2] / 2) * w,
                (b[:, 1] - b[:, 3] / 2) * h,
                (b[:, 0] + b[:, 2] / 2) * w,
                (b[:, 1] + b[:, 3] / 2) * h,
            ],
            axis=1,
        )


@dataclass
class Selection:
    root: Path
    names: list[str]
    records: list[Any]  # Record; shape_records.ShapeRecord in a selection of shapes (collect_shapes)
    rule: str  # which selection rule was applied
    errors: list[tuple[str, str]] = field(default_factory=list)


def xyxy_to_xywhn(xyxy: npt.ArrayLike, width: int, height: int) -> np.ndarray:
    """Pixel corners -> normalized centre/size, clipped to the image."""
    b = np.asarray(xyxy, float).reshape(-1, 4).copy()
    b[:, [0, 2]] = b[:, [0, 2]].clip(0, width)
    b[:, [1, 3]] = b[:, [1, 3]].clip(0, height)
    return np.stack(
        [
            (b[:, 0] + b[:, 2]) / 2 / width,
            (b[:, 1] + b[:, 3]) / 2 / height,
            (b[:, 2] - b[:, 0]) / width,
            (b[:, 3] - b[:, 1]) / height,
        ],
        axis=1,
    )


def resolve_dataset(source: str | os.PathLike[str]) -> tuple[Path, list[str]]:
    """Folder or data.yaml -> (root folder, locked class names): app.core.io.layout's rule."""
    src = resolve_source(source)
    return Path(src.root), list(src.class_names)


def _reviewed_rels(source: str | os.PathLike[str], names: list[str], state: JobState) -> list[str] | None:
    """Relative paths of reviewed images from the dataset index, or None when there is none."""
    try:
        from app.core.dataset.index import STATUS_REVIEWED, DatasetIndex
    except ImportError:
        return None
    idx = DatasetIndex.open(source, class_names=names or None)
    try:
        idx.refresh(state)
        if idx.count(STATUS_REVIEWED) == 0:
            return None
        return [r.rel for r in idx.rows(status=STATUS_REVIEWED)]
    finally:
        idx.close()


def select_images(
    source: str | os.PathLike[str],
    which: str = "reviewed",
    state: JobState | None = None,
    names: list[str] | None = None,
) -> tuple[Selection, list[str], set[str]]:
    """(an empty Selection with root, names and rule; the relative paths chosen by `which`; those
    left out because they share a label file, each group reported)."""
    if which not in WHICH:
        raise UsageError(f"which must be one of {', '.join(WHICH)}")
    state = state or JobState()
    root, found = resolve_dataset(source)
    names = list(names or found)
    rule = which
    rels: list[str] | None = None
    if which == "reviewed":
        rels = _reviewed_rels(source, names, state)
        if rels is None:
            rule = "labeled (no reviewed images in the dataset index)"
    if rels is None:
        rels = []
        for img in sorted(list_images(root)):
            if which == "all" or img2label_path(img).exists():
                rels.append(Path(os.path.relpath(os.path.abspath(img), root)).as_posix())
    sel = Selection(root, names, [], rule)
    rels = [r for r in rels if is_safe_rel(r)]  # paths from the index are data: never outside root
    shared = set()
    for label, group in shared_label_groups((rel, img2label_path(root / rel)) for rel in rels):
        reason = shared_reason(group, "none of them is exported")
        sel.errors.append((label, reason))
        state.error(shown(label), reason)
        shared.update(group)
    return sel, rels, shared


def collect_records(
    source: str | os.PathLike[str],
    which: str = "reviewed",
    state: JobState | None = None,
    names: list[str] | None = None,
) -> Selection:
    """Images (with sizes and boxes) of a dataset, chosen by `which` (see module doc).
    A bad label file or unreadable image is reported in `errors` (file:line: reason) and skipped."""
    state = state or JobState()
    sel, rels, shared = select_images(source, which, state, names)
    root, names = sel.root, sel.names
    nc = len(names) or None
    for i, rel in enumerate(rels):
        state.check()
        img = root / rel
        if not is_image_path(img) or rel in shared:
            continue
        labels, issues = read_labels(img2label_path(img), nc=nc)
        for iss in issues:
            sel.errors.append((f"{iss.path}:{iss.line}", iss.reason))
            state.error(f"{iss.path}:{iss.line}", iss.reason)
        if nc is not None and len(labels) and labels.cls.max() >= nc:
            continue  # unknown class id: reported above, image left out so nothing is mislabeled
        wh = oriented_size(img)
        if wh is None:
            sel.errors.append((str(img), "cannot read the image size"))
            state.error(str(img), "cannot read the image size")
            continue
        sel.records.append(
            Record(img, rel, int(wh[0]), int(wh[1]), labels.cls.astype(int), labels.xywhn.reshape(-1, 4))
        )
        if i % 50 == 0:
            state.progress(i + 1, len(rels), "reading labels")
    state.progress(len(rels), len(rels), "reading labels")
    if not sel.names and sel.records:
        top = max((int(r.cls.max()) for r in sel.records if len(r.cls)), default=-1)
        sel.names = [f"class{i}" for i in range(top + 1)]
    return sel
