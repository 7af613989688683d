"""labelme JSON <-> Ultralytics labels (boxes, polygons, rotated boxes).

Export writes one JSON per image (OUT/<image path in the dataset>.json, labelme 5's keys:
version, flags, shapes, imagePath relative to the JSON, imageData null, imageHeight, imageWidth),
pixel coordinates: a polygon as shape_type "polygon", a box as "rectangle" (its two corners), a
rotated box as "rotation" (labelme's / X-AnyLabeling's oriented rectangle: its 4 corners, and
`direction`, the angle of its first edge in radians, 0..2pi).

Import reads every *.json under a folder. The task decides what is written (one dataset holds one
kind): detect (every shape as its axis-aligned box), segment (rectangles and rotations as 4-point
polygons) or obb (rectangles as upright rotated boxes, polygons as their minimum-area rectangle,
cv2.minAreaRect). Without one: only rectangles -> detect, any polygon -> segment, otherwise obb.
Other shape types (point, line, circle, mask...) are reported and left out. The image is the
file's imagePath (or its name) beside the JSON or under the images folder; its size is the
image's, and a JSON whose imageWidth/imageHeight say otherwise is refused. A malformed file or
shape refuses that file's label, named (and the shape), and the rest goes on.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.dataset.formats.coco import save_class_list, write_label_text
from app.core.dataset.formats.records import Selection, xyxy_to_xywhn
from app.core.dataset.formats.shape_records import annotation_files, class_index, class_of, locate, stem_images
from app.core.errors import FileError, UsageError
from app.core.io.atomic import atomic_write_text
from app.core.io.regular import read_regular_text
from app.core.io.shapes import BOX, OBB, OBB_RANGE, POLYGON, TASKS, Labels, format_shapes
from app.core.jobs import JobState

if TYPE_CHECKING:
    from app.core.dataset.formats.shape_records import ShapeRecord

MAX_JSON_BYTES = 256 << 20
SHAPE_TYPES = ("polygon", "rectangle", "rotation")


def _direction(pts: np.ndarray) -> float:
    d = pts[1] - pts[0]
    return float(math.atan2(d[1], d[0]) % (2 * math.pi))


def to_labelme(r: ShapeRecord, names: list[str], json_path: Path) -> dict[str, Any]:
    """r: a shape_records.ShapeRecord; json_path: where the JSON goes (imagePath is relative to it)."""
    shapes = []
    for i, (c, kind) in enumerate(zip(r.labels.cls.tolist(), r.labels.kinds)):
        pts = r.pixels(i)
        shape_type = {BOX: "rectangle", POLYGON: "polygon", OBB: "rotation"}[kind]
        if kind == BOX:
            pts = pts[[0, 2]]
        s: dict[str, Any] = {
            "label": names[c] if c < len(names) else str(c),
            "points": [[float(x), float(y)] for x, y in pts],
            "group_id": None,
            "description": "",
            "shape_type": shape_type,
            "flags": {},
            "mask": None,
        }
        if kind == OBB:
            s["direction"] = _direction(pts)
        shapes.append(s)
    return {
        "version": "5.5.0",
        "flags": {},
        "shapes": shapes,
        "imagePath": Path(os.path.relpath(r.image, json_path.parent)).as_posix(),
        "imageData": None,
        "imageHeight": r.height,
        "imageWidth": r.width,
    }


def export_labelme(sel: Selection, out_dir: str | os.PathLike[str], state: JobState | None = None) -> dict[str, Any]:
    """One JSON per image under out_dir, mirroring the dataset's relative paths."""
    state = state or JobState()
    out = Path(out_dir)
    n_shapes = 0
    for n, r in enumerate(sel.records, 1):
        state.check()
        target = (out / r.rel).with_suffix(".json")
        atomic_write_text(target, json.dumps(to_labelme(r, sel.names, target.absolute()), indent=2) + "\n")
        n_shapes += len(r.labels)
        if n % 100 == 0:
            state.progress(n, len(sel.records), "exporting labelme")
    return {"out": str(out), "files": len(sel.records), "shapes": n_shapes}


def parse_labelme(path: Path) -> tuple[str, int | None, int | None, list[tuple[str, str, np.ndarray]], list[str]]:
    """(imagePath, imageWidth, imageHeight, [(label, shape_type, (K, 2) points)], notes) of one
    file; notes name the shapes of other types, left out. FileError for anything malformed."""
    text = read_regular_text(path, MAX_JSON_BYTES, "labelme JSON")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise FileError(path, f"invalid JSON ({e.msg})", e.lineno) from None
    except RecursionError:
        raise FileError(path, "invalid JSON (nested too deep)") from None
    if not isinstance(data, dict) or not isinstance(data.get("shapes"), list):
        raise FileError(path, "not a labelme file (needs a 'shapes' list)")
    image = data.get("imagePath")
    image = image if isinstance(image, str) else ""
    size = []
    for key in ("imageWidth", "imageHeight"):
        v = data.get(key)
        size.append(int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v == v and v > 0 else None)
    shapes, notes = [], []
    for k, s in enumerate(data["shapes"]):
        where = f"shapes[{k}]"
        if not isinstance(s, dict) or not isinstance(s.get("label"), str) or not s["label"].strip():
            raise FileError(path, f"{where}: needs a 'label' string")
        kind = s.get("shape_type") or "polygon"  # labelme 3 wrote no shape_type: polygons
        if kind not in SHAPE_TYPES:
            notes.append(
                f"{where} ({s['label']}): shape_type {str(kind)[:20]!r} is not a polygon, rectangle or rotation"
            )
            continue
        pts: Any = s.get("points")  # a JSON value, checked just below
        ok = isinstance(pts, list) and all(
            isinstance(p, list)
            and len(p) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in p)
            for p in pts
        )
        need = {"polygon": "3 or more", "rectangle": "2 or 4", "rotation": "4"}[kind]
        if not ok or not (
            (kind == "polygon" and len(pts) >= 3)
            or (kind == "rectangle" and len(pts) in (2, 4))
            or (kind == "rotation" and len(pts) == 4)
        ):
            raise FileError(path, f"{where} ({s['label']}): a {kind} needs {need} [x, y] points of finite numbers")
        shapes.append((s["label"].strip(), kind, np.array(pts, np.float64)))
    return image, size[0], size[1], shapes, notes


def _task_of(
    parsed: list[tuple[Path, str, int | None, int | None, list[tuple[str, str, np.ndarray]], list[str]]],
) -> str:
    kinds = {k for *_x, shapes, _n in parsed for _label, k, _p in shapes}
    if kinds <= {"rectangle"}:
        return "detect"
    return "segment" if "polygon" in kinds else "obb"


def _object(kind: str, pts: np.ndarray, task: str, w: int, h: int) -> tuple[str, np.ndarray]:
    """(label kind, normalized coordinates) of one shape for task."""
    if task == "detect":
        lo, hi = pts.min(0), pts.max(0)
        return BOX, xyxy_to_xywhn([lo[0], lo[1], hi[0], hi[1]], w, h)[0]
    if kind == "rectangle":
        (x1, y1), (x2, y2) = pts.min(0), pts.max(0)
        pts = np.array([[x1, y1], [x2, y1], [x2, y2], [x1, y2]])
    elif kind == "polygon" and task == "obb":
        import cv2

        pts = cv2.boxPoints(cv2.minAreaRect(pts.astype(np.float32))).astype(np.float64)
    norm = pts / np.array([w, h], np.float64)
    if task == "segment":
        return POLYGON, norm.clip(0.0, 1.0).reshape(-1)
    if norm.min() < OBB_RANGE[0] or norm.max() > OBB_RANGE[1]:
        raise ValueError(f"corners {pts.round(1).tolist()} lie too far outside the {w}x{h} image")
    return OBB, norm.reshape(-1)


def import_labelme(
    json_dir: str | os.PathLike[str],
    images_dir: str | os.PathLike[str] | None = None,
    names: list[str] | None = None,
    labels_dir: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
    state: JobState | None = None,
    task: str | None = None,
) -> dict[str, Any]:
    """Every *.json under json_dir -> label files (module doc)."""
    if task is not None and task not in TASKS:
        raise UsageError(f"task must be one of {', '.join(TASKS)}")
    state = state or JobState()
    json_dir = Path(json_dir)
    images_dir = Path(images_dir) if images_dir is not None else json_dir
    labels_dir = Path(labels_dir) if labels_dir is not None else None
    if not json_dir.is_dir():
        raise FileError(json_dir, "not a folder")
    files = annotation_files(json_dir, ".json", state)
    parsed = []
    for p in files:
        try:
            parsed.append((p, *parse_labelme(p)))
        except FileError as e:
            state.error(str(e.path) + (f":{e.line}" if e.line else ""), e.reason)
    task = task or _task_of(parsed)
    used, index = class_index(names)
    written = skipped = 0
    for n, (p, image, jw, jh, shapes, notes) in enumerate(parsed, 1):
        state.check()
        state.progress(n, len(parsed), "importing labelme")
        for note in notes:
            state.error(str(p), f"{note}; left out")
        cands = [image, Path(image).name] if image else []
        found = locate(p, cands + stem_images(p.stem), json_dir, images_dir, labels_dir, state)
        if found is None:
            skipped += 1
            continue
        _img, target, w, h = found
        if (jw and jw != w) or (jh and jh != h):
            state.error(str(p), f"imageWidth x imageHeight {jw}x{jh} differ from the image's {w}x{h}; refused")
            skipped += 1
            continue
        cls, kinds, coords, bad = [], [], [], False
        for label, kind, pts in shapes:
            c = class_of(label, names, used, index)
            if c is None:
                state.error(str(p), f"class {label!r} is not in the dataset's class list; the label is not written")
                bad = True
                break
            try:
                k, xy = _object(kind, pts, task, w, h)
            except ValueError as e:
                state.error(str(p), f"{label} ({kind}): {e}; the label is not written")
                bad = True
                break
            cls.append(c)
            kinds.append(k)
            coords.append(xy)
        if bad:
            skipped += 1
            continue
        text = format_shapes(Labels(np.array(cls, np.int64), tuple(kinds), tuple(coords)))
        if write_label_text(target, text, overwrite, state):
            written += 1
        else:
            skipped += 1
    classes_file = None if names else save_class_list(used, labels_dir or images_dir)
    return {
        "files": len(files),
        "written": written,
        "skipped": skipped,
        "task": task,
        "names": used,
        "classes_file": str(classes_file) if classes_file else None,
        "errors": len(state.errors),
    }
