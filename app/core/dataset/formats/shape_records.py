"""The in-memory form of polygon and rotated-box conversions: an image, its size and its
app.core.io.shapes.Labels (boxes, polygons, rotated boxes), and what the folder importers share.

`collect_shapes(source, which, task)` chooses images as records.collect_records does (same `which`
rule, same index) and reads their label files of any kind. A line of 8 numbers is what `task` says;
without one it is a polygon when any file of the dataset holds a longer polygon, a rotated box
otherwise (the rule of app.core.io.shapes, over the whole dataset, so one folder is read one way).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.dataset.formats.coco import checked_label_target, image_under
from app.core.dataset.formats.records import Selection, select_images
from app.core.io.images import oriented_size
from app.core.io.layout import IMAGE_EXTENSIONS, img2label_path, is_image_path
from app.core.io.shapes import BOX, OBB, POLYGON, Labels, read_shapes
from app.core.io.yolo_labels import UNKNOWN_CLASS
from app.core.jobs import JobState


@dataclass
class ShapeRecord:
    image: Path  # absolute image path
    rel: str  # path relative to the dataset root, posix
    width: int
    height: int
    labels: Labels

    def pixels(self, i: int) -> np.ndarray:
        """(K, 2) pixel points of object i (a box: its 4 corners clockwise from top-left)."""
        return self.labels.points(i) * np.array([self.width, self.height], np.float64)


def collect_shapes(
    source: str | os.PathLike[str],
    which: str = "reviewed",
    state: JobState | None = None,
    names: list[str] | None = None,
    task: str | None = None,
) -> Selection:
    """A Selection whose records are ShapeRecords (module doc). A bad line is reported (file:line:
    reason) and left out; an image with an unknown class id or no readable size is left out."""
    state = state or JobState()
    sel, rels, shared = select_images(source, which, state, names)
    nc = len(sel.names) or None
    for i, rel in enumerate(rels):
        state.check()
        img = sel.root / rel
        if not is_image_path(img) or rel in shared:
            continue
        labels, issues = read_shapes(img2label_path(img), nc=nc, task=task)
        for iss in issues:
            sel.errors.append((f"{iss.path}:{iss.line}", iss.reason))
            state.error(f"{iss.path}:{iss.line}", iss.reason)
        if any(iss.kind == UNKNOWN_CLASS for iss in issues):
            continue  # reported above, image left out so nothing is mislabeled
        wh = oriented_size(img)
        if wh is None:
            sel.errors.append((str(img), "cannot read the image size"))
            state.error(str(img), "cannot read the image size")
            continue
        sel.records.append(ShapeRecord(img, rel, int(wh[0]), int(wh[1]), labels))
        if i % 50 == 0:
            state.progress(i + 1, len(rels), "reading labels")
    if task is None and any(POLYGON in r.labels.kinds for r in sel.records):
        for r in sel.records:  # a segment dataset: its 8-number lines are 4-point polygons
            if OBB in r.labels.kinds:
                r.labels = Labels(r.labels.cls, tuple(POLYGON for _ in r.labels.kinds), r.labels.coords)
    if not sel.names and sel.records:
        top = max((int(r.labels.cls.max()) for r in sel.records if len(r.labels)), default=-1)
        sel.names = [f"class{i}" for i in range(top + 1)]
    return sel


def box_selection(sel: Selection) -> Selection:
    """The same selection with every object as its axis-aligned box (records.Record)."""
    from app.core.dataset.formats.records import Record

    recs = [Record(r.image, r.rel, r.width, r.height, r.labels.cls.astype(int), r.labels.xywhn()) for r in sel.records]
    return Selection(sel.root, sel.names, recs, sel.rule, sel.errors)


def has_shapes(sel: Selection) -> bool:
    """True when any record holds a polygon or a rotated box."""
    return any(k != BOX for r in sel.records for k in r.labels.kinds)


def annotation_files(folder: Path, suffix: str, state: JobState) -> list[Path]:
    """Files ending in suffix under folder (hidden folders skipped, symlinked folders not followed);
    a folder named like one is reported."""
    out = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in dirs:
            if d.lower().endswith(suffix):
                state.error(str(Path(here) / d), f"is a folder, not a {suffix} file; skipped")
        out += [Path(here) / f for f in files if f.lower().endswith(suffix) and not f.startswith(".")]
    return sorted(out)


def locate(
    p: Path, names: list[str], src_dir: Path, images_dir: Path, labels_dir: Path | None, state: JobState
) -> tuple[Path, Path, int, int] | None:
    """(image, label target, width, height) of the annotation file p, whose image is one of names
    (relative paths), looked for beside p, under images_dir at p's relative place, and in
    images_dir; None (reported) when it leaves its folder, is missing, has no readable size or
    its label would land outside the labels folder."""
    rel = os.path.relpath(p.parent, src_dir)
    bases = [p.parent, images_dir / rel, images_dir]
    cands = [image_under(b, n) for b in bases for n in names if n]
    if names and all(c is None for c in cands):
        state.error(str(p), f"image {names[0]!r} leaves the image folder; refused")
        return None
    img = next((c for c in cands if c is not None and c.is_file()), None)
    if img is None:
        state.error(str(p), f"image {names[0]!r} not found beside it or under {images_dir}")
        return None
    inside = Path(os.path.normpath(img)).is_relative_to(os.path.normpath(images_dir))
    base = images_dir if inside else img.parent
    target = checked_label_target(img, base, labels_dir)
    if target is None:
        state.error(
            str(p), f"the label of {img.name!r} would be written outside the labels folder {labels_dir or base}"
        )
        return None
    wh = oriented_size(img)
    if wh is None:
        state.error(str(img), "cannot read the image size; its label is not written")
        return None
    return img, target, int(wh[0]), int(wh[1])


def stem_images(stem: str) -> list[str]:
    """Image names a label file named stem.txt may belong to (DOTA names no image)."""
    return [stem + e for e in sorted(IMAGE_EXTENSIONS)] + [stem + e.upper() for e in sorted(IMAGE_EXTENSIONS)]


def class_index(names: list[str] | None) -> tuple[list[str], dict[str, int]]:
    used = list(names or [])
    return used, {n: i for i, n in enumerate(used)}


def class_of(name: str, names: list[str] | None, used: list[str], index: dict[str, int]) -> int | None:
    """The class id of name; a new name is appended when there is no locked list, None otherwise."""
    if name not in index:
        if names:
            return None
        index[name] = len(used)
        used.append(name)
    return index[name]
