"""DOTA text <-> Ultralytics OBB labels.

A DOTA file holds one object a line, `x1 y1 x2 y2 x3 y3 x4 y4 classname difficult`, the four
corners in pixels (DOTA v1's `imagesource:` and `gsd:` header lines are skipped on import).

Export writes OUT/<image path in the dataset, without a leading images/>.txt per image, pixel
values with up to 6 decimals (exact for 6-decimal normalized labels), difficult 0. A rotated box
is written as its corners; a box as its 4 corners clockwise from top-left; a 4-point polygon as
its points and a longer one as its minimum-area rectangle (cv2.minAreaRect). A class name with
white space cannot be written (DOTA splits on it) and is refused.

Import reads every *.txt under a folder; the image is the file's stem with an image extension,
beside it, under the images folder at the same relative place, or in the images folder; corners
are normalized by the image's size. Every object is kept, difficult ones too (as Ultralytics'
convert_dota_to_yolo_obb does). A malformed line refuses its file's label, named with the line.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.dataset.formats.coco import save_class_list, write_label_text
from app.core.dataset.formats.records import Selection
from app.core.dataset.formats.shape_records import annotation_files, class_index, class_of, locate, stem_images
from app.core.dataset.formats.ultralytics_export import _dest_rel
from app.core.errors import FileError, UsageError
from app.core.io.atomic import atomic_write_text
from app.core.io.regular import read_regular_text
from app.core.io.shapes import OBB_RANGE, POLYGON, Labels, format_shapes
from app.core.jobs import JobState

if TYPE_CHECKING:
    from app.core.dataset.formats.shape_records import ShapeRecord

MAX_TXT_BYTES = 64 << 20
HEADERS = ("imagesource:", "gsd:")


def _dec(v: float) -> str:
    return f"{float(v) + 0.0:.6f}".rstrip("0").rstrip(".")


def corners(r: ShapeRecord, i: int) -> np.ndarray:
    """(4, 2) pixel corners of object i of a ShapeRecord."""
    pts = r.pixels(i)
    if r.labels.kinds[i] == POLYGON and len(pts) != 4:
        import cv2

        pts = cv2.boxPoints(cv2.minAreaRect(pts.astype(np.float32))).astype(np.float64)
    return pts


def to_dota(r: ShapeRecord, names: list[str]) -> str:
    lines = []
    for i, c in enumerate(r.labels.cls.tolist()):
        name = names[c] if c < len(names) else str(c)
        lines.append(" ".join(_dec(v) for v in corners(r, i).reshape(-1)) + f" {name} 0\n")
    return "".join(lines)


def export_dota(sel: Selection, out_dir: str | os.PathLike[str], state: JobState | None = None) -> dict[str, Any]:
    bad = [n for n in sel.names if not n or any(ch.isspace() for ch in n)]
    if bad:
        raise UsageError(f"class name {bad[0]!r} holds white space, which a DOTA line cannot carry; rename it first")
    state = state or JobState()
    out = Path(out_dir)
    n_obj = 0
    for n, r in enumerate(sel.records, 1):
        state.check()
        atomic_write_text((out / _dest_rel(r.rel)).with_suffix(".txt"), to_dota(r, sel.names))
        n_obj += len(r.labels)
        if n % 100 == 0:
            state.progress(n, len(sel.records), "exporting DOTA")
    return {"out": str(out), "files": len(sel.records), "objects": n_obj}


def parse_dota(path: Path) -> list[tuple[int, str, np.ndarray]]:
    """[(line, classname, (4, 2) pixel corners)] of one file; FileError (with the line) when malformed."""
    text = read_regular_text(path, MAX_TXT_BYTES, "DOTA label file")
    out = []
    for i, raw in enumerate(text.splitlines(), 1):
        parts = raw.split()
        if not parts or (i <= 2 and parts[0].lower().startswith(HEADERS)):
            continue
        if len(parts) not in (9, 10):
            raise FileError(
                path, f"expected x1 y1 x2 y2 x3 y3 x4 y4 classname [difficult], found {len(parts)} fields", i
            )
        try:
            xy = [float(v) for v in parts[:8]]
        except ValueError:
            raise FileError(path, "the 8 corner coordinates must be numbers", i) from None
        if not all(math.isfinite(v) for v in xy):
            raise FileError(path, "a corner coordinate is not finite", i)
        if len(parts) == 10 and parts[9] not in ("0", "1", "2"):
            raise FileError(path, f"difficult must be 0, 1 or 2, not {parts[9][:20]!r}", i)
        out.append((i, parts[8], np.array(xy, np.float64).reshape(4, 2)))
    return out


def import_dota(
    txt_dir: str | os.PathLike[str],
    images_dir: str | os.PathLike[str] | None = None,
    names: list[str] | None = None,
    labels_dir: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
    state: JobState | None = None,
) -> dict[str, Any]:
    """Every *.txt under txt_dir -> OBB label files (module doc)."""
    state = state or JobState()
    txt_dir = Path(txt_dir)
    images_dir = Path(images_dir) if images_dir is not None else txt_dir
    labels_dir = Path(labels_dir) if labels_dir is not None else None
    if not txt_dir.is_dir():
        raise FileError(txt_dir, "not a folder")
    files = [p for p in annotation_files(txt_dir, ".txt", state) if p.name.lower() != "classes.txt"]
    used, index = class_index(names)
    written = skipped = 0
    for n, p in enumerate(files, 1):
        state.check()
        state.progress(n, len(files), "importing DOTA")
        try:
            objs = parse_dota(p)
        except FileError as e:
            state.error(str(e.path) + (f":{e.line}" if e.line else ""), e.reason)
            skipped += 1
            continue
        found = locate(p, stem_images(p.stem), txt_dir, images_dir, labels_dir, state)
        if found is None:
            skipped += 1
            continue
        _img, target, w, h = found
        cls, coords, bad = [], [], False
        for line, name, pts in objs:
            norm = pts / np.array([w, h], np.float64)
            c = class_of(name, names, used, index)
            if c is None or norm.min() < OBB_RANGE[0] or norm.max() > OBB_RANGE[1]:
                why = (
                    f"class {name!r} is not in the dataset's class list"
                    if c is None
                    else f"corners lie too far outside the {w}x{h} image"
                )
                state.error(f"{p}:{line}", f"{why}; the label is not written")
                bad = True
                break
            cls.append(c)
            coords.append(norm)
        if bad:
            skipped += 1
            continue
        if write_label_text(target, format_shapes(Labels.from_obb(np.array(cls, np.int64), coords)), overwrite, state):
            written += 1
        else:
            skipped += 1
    classes_file = None if names else save_class_list(used, labels_dir or images_dir)
    return {
        "files": len(files),
        "written": written,
        "skipped": skipped,
        "names": used,
        "classes_file": str(classes_file) if classes_file else None,
        "errors": len(state.errors),
    }
