"""COCO detection JSON <-> YOLO labels.

Export: one JSON with `images` (id from 1, file_name relative to the dataset root, width, height),
`annotations` (bbox [x, y, w, h] in pixels, unrounded, area, iscrowd 0) and `categories`
(id = class id + 1, name from the locked class list).
Import: each image's boxes become a 5-column YOLO file. Categories are matched to the locked
class list BY NAME (COCO ids may have gaps, e.g. 1..90); without a class list they are taken in
id order and written to classes.txt (never over an existing one). `iscrowd` boxes are skipped,
like Ultralytics' own converter does. Existing label files are not replaced unless overwrite=True,
and even then only files that are YOLO label files (a user's notes.txt never is).
Hostile input: every path is resolved, and an image outside the images folder or a label outside
the labels folder (`../../x.jpg`, absolute paths, symlinks out) is refused with the entry named;
a malformed entry (file_name not a string, missing id, bbox not 4 finite numbers, negative or
empty size) is refused with the entry named while the rest goes on.
"""

from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from app.core.dataset.formats.records import Selection, xyxy_to_xywhn
from app.core.errors import FileError, UsageError
from app.core.io import layout
from app.core.io.atomic import atomic_write_text
from app.core.io.images import oriented_size
from app.core.io.layout import img2label_path
from app.core.io.regular import read_regular_bytes, read_regular_text
from app.core.io.shapes import parse_shapes
from app.core.io.yolo_labels import format_labels
from app.core.jobs import JobState

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from app.core.io.yolo_labels import LabelIssue


def to_coco(sel: Selection, bare_names: bool = False) -> dict[str, Any]:
    """bare_names: file_name is the image's name alone, without the `images/<split>/` prefix (for
    tools that resolve it against one image folder); two images with the same name are refused."""
    if bare_names:
        seen: dict[str, str] = {}
        for r in sel.records:
            if r.image.name in seen:
                raise UsageError(
                    f"--bare-names: {seen[r.image.name]} and {r.rel} have the same name "
                    f"{r.image.name!r}; a file_name without folders cannot tell them apart"
                )
            seen[r.image.name] = r.rel
    images: list[dict[str, Any]]
    anns: list[dict[str, Any]]
    images, anns = [], []
    for img_id, r in enumerate(sel.records, 1):
        images.append(
            {"id": img_id, "file_name": r.image.name if bare_names else r.rel, "width": r.width, "height": r.height}
        )
        for c, (x1, y1, x2, y2) in zip(r.cls, r.xyxy()):
            w, h = float(x2 - x1), float(y2 - y1)
            anns.append(
                {
                    "id": len(anns) + 1,
                    "image_id": img_id,
                    "category_id": int(c) + 1,
                    "bbox": [float(x1), float(y1), w, h],
                    "area": w * h,
                    "iscrowd": 0,
                }
            )
    cats = [{"id": i + 1, "name": n, "supercategory": "object"} for i, n in enumerate(sel.names)]
    return {
        "info": {"description": f"exported by LabelBench from {sel.root}"},
        "images": images,
        "annotations": anns,
        "categories": cats,
    }


def export_coco(sel: Selection, out_json: str | os.PathLike[str], bare_names: bool = False) -> dict[str, Any]:
    data = to_coco(sel, bare_names)
    atomic_write_text(out_json, json.dumps(data))
    return {
        "out": str(out_json),
        "images": len(data["images"]),
        "annotations": len(data["annotations"]),
        "categories": len(data["categories"]),
    }


MAX_JSON_BYTES = 2 << 30  # a COCO file larger than 2 GB is refused, not read into memory


def _load_json(path: Path) -> dict[str, Any]:
    text = read_regular_text(path, MAX_JSON_BYTES, "COCO JSON")  # folder, FIFO, non-UTF-8: one FileError
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise FileError(path, f"invalid JSON ({e.msg})", e.lineno) from None
    except RecursionError:
        raise FileError(path, "invalid JSON (nested too deep)") from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("images"), list)
        or not isinstance(data.get("categories"), list)
    ):
        raise FileError(path, "not a COCO detection file (needs 'images' and 'categories' lists)")
    if not isinstance(data.get("annotations", []), list):
        raise FileError(path, f"'annotations' must be a list, not {type(data['annotations']).__name__}")
    return data


def _int_id(v: object) -> int | None:
    """A COCO id: an int (or a float/str holding one); None for anything else (bool, NaN, text)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().lstrip("-").isdigit():
        return int(v)
    return None


def _finite_numbers(v: object, n: int) -> list[float] | None:
    if not isinstance(v, (list, tuple)) or len(v) != n:
        return None
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
        return None
    out = [float(x) for x in v]
    return out if all(math.isfinite(x) for x in out) else None


def category_map(
    categories: list[dict[str, Any]], names: list[str] | None, path: Path
) -> tuple[dict[int, int], list[str]]:
    """COCO category id -> class id, and the class names used."""
    for i, c in enumerate(categories):
        if not isinstance(c, dict) or _int_id(c.get("id")) is None or not isinstance(c.get("name"), str):
            raise FileError(path, f"categories[{i}]: needs an integer 'id' and a string 'name'")
    categories = [{**c, "id": _int_id(c["id"])} for c in categories]
    cats = sorted(categories, key=lambda c: int(c["id"]))
    if names:
        index = {n: i for i, n in enumerate(names)}
        unknown = [c["name"] for c in cats if c["name"] not in index]
        if unknown:
            raise FileError(path, f"categories not in the dataset's class list: {', '.join(map(str, unknown))}")
        return {int(c["id"]): index[c["name"]] for c in cats}, list(names)
    return {int(c["id"]): i for i, c in enumerate(cats)}, [str(c["name"]) for c in cats]


def label_target(image: Path, images_dir: Path, labels_dir: Path | None) -> Path:
    """Where an imported image's label goes: beside it (Ultralytics rule) or under labels_dir."""
    if labels_dir is None:
        return img2label_path(image)
    return (labels_dir / os.path.relpath(image, images_dir)).with_suffix(".txt")


def _inside(path: Path, root: Path) -> bool:
    """True when path, with every symlink and '..' resolved, lies in root (resolved too)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))
    except (OSError, ValueError):
        return False


def image_under(images_dir: Path, name: str) -> Path | None:
    """images_dir / name when it stays inside images_dir once resolved; None for `../x.jpg`,
    absolute paths or a symlink that leads out."""
    if not name or "\0" in name or os.path.isabs(name):
        return None
    img = images_dir / name
    return img if _inside(img, images_dir) else None


def checked_label_target(image: Path, images_dir: Path, labels_dir: Path | None) -> Path | None:
    """label_target(), or None when the label would land outside the labels folder (labels_dir, or
    without one the images folder and its Ultralytics labels/ twin), resolved."""
    target = label_target(image, images_dir, labels_dir)
    if labels_dir is not None:
        roots = [labels_dir]
    else:
        roots = [images_dir, img2label_path(images_dir / "x.jpg").parent]
    return target if any(_inside(target, r) for r in roots) else None


def write_imported(
    target: Path,
    cls: Sequence[int],
    xyxy: Sequence[Sequence[float]],
    size: tuple[float, float],
    overwrite: bool,
    state: JobState,
) -> bool:
    """Write the label file of one imported image (class ids, pixel xyxy boxes, (w, h)); see write_label_text."""
    xywhn = xyxy_to_xywhn(np.array(xyxy, float).reshape(-1, 4), int(size[0]), int(size[1]))
    return write_label_text(target, format_labels(np.array(cls, int), xywhn), overwrite, state)


def write_label_text(target: Path, text: str, overwrite: bool, state: JobState) -> bool:
    """Write an imported label file's text. An existing file is replaced only with overwrite AND
    when it is a YOLO label file (regular, UTF-8, every line a valid box, polygon or rotated box):
    anything else is reported and kept."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as e:
        state.error(str(target), f"cannot check the label path ({e.strerror or e}); not written")
        return False
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            state.error(str(target), "exists and is not a regular file; not replaced")
            return False
        old: str | None
        issues: list[LabelIssue] | list[bool]
        try:
            old = read_regular_bytes(target, 64 << 20, "label file").decode("utf-8")
            _, issues = parse_shapes(old, target, allow_conf=False)
        except (FileError, UnicodeDecodeError):
            old, issues = None, [True]
        if issues:
            state.error(
                str(target), "exists and is not a YOLO label file; not replaced (--overwrite replaces only label files)"
            )
            return False
        if not overwrite:
            if old != text:
                state.error(str(target), "label file exists and differs; not replaced (use overwrite)")
            return False
    atomic_write_text(target, text)
    return True


def save_class_list(names: list[str], folder: Path) -> Path | None:
    """Write classes.txt into folder unless a class list (any of layout.CLASS_FILES) is already
    there: never overwritten."""
    if layout.class_file(folder) is not None:
        return None
    atomic_write_text(folder / "classes.txt", "".join(f"{n}\n" for n in names))
    return folder / "classes.txt"


def annotations_by_image(
    data: dict[str, Any], path: Path, state: JobState
) -> dict[int, list[tuple[str, dict[str, Any]]]]:
    """The annotations of a COCO file grouped by image id, each with its place ("annotations[3] (id 7)")."""
    per_image: dict[int, list[tuple[str, dict[str, Any]]]] = {}
    for k, a in enumerate(data.get("annotations", [])):
        where = f"annotations[{k}]" + (f" (id {a.get('id')!r})" if isinstance(a, dict) and "id" in a else "")
        if not isinstance(a, dict) or _int_id(a.get("image_id")) is None:
            state.error(str(path), f"{where}: needs an integer 'image_id'; refused")
            continue
        per_image.setdefault(cast(int, _int_id(a["image_id"])), []).append((where, a))
    return per_image


def coco_images(
    data: dict[str, Any],
    path: Path,
    images_dir: Path,
    labels_dir: Path | None,
    state: JobState,
    skipped: list[int],
    what: str,
) -> Iterator[tuple[int, str, Path, Path, float, float]]:
    """Yield (id, file_name, image, label target, width, height) of every usable COCO image entry;
    an unusable one (module doc) is reported and counted in skipped[0]."""
    seen_ids: set[int] = set()
    for n, im in enumerate(data["images"], 1):
        state.check()
        state.progress(n, len(data["images"]), what)
        entry = f"images[{n - 1}]"
        if not isinstance(im, dict):
            state.error(str(path), f"{entry}: not an object; refused")
            skipped[0] += 1
            continue
        img_id, name = _int_id(im.get("id")), im.get("file_name")
        entry += f" (id {im.get('id')!r})" if "id" in im else ""
        if img_id is None:
            state.error(str(path), f"{entry}: needs an integer 'id'; refused")
            skipped[0] += 1
            continue
        if img_id in seen_ids:
            state.error(str(path), f"{entry}: id {img_id} is used by an earlier image; refused")
            skipped[0] += 1
            continue
        seen_ids.add(img_id)
        if not isinstance(name, str) or not name.strip():
            state.error(str(path), f"{entry}: 'file_name' must be a non-empty string, not {name!r}; refused")
            skipped[0] += 1
            continue
        img = image_under(images_dir, name)
        if img is None:
            state.error(str(path), f"{entry}: file_name {name!r} leaves the images folder {images_dir}; refused")
            skipped[0] += 1
            continue
        target = checked_label_target(img, images_dir, labels_dir)
        if target is None:
            state.error(
                str(path),
                f"{entry}: the label of {name!r} would be written outside the labels "
                f"folder {labels_dir or images_dir}; refused",
            )
            skipped[0] += 1
            continue
        if not img.is_file():
            state.error(str(img), f"image listed in {path.name} not found")
            skipped[0] += 1
            continue
        w: Any  # a JSON value, a number once _finite_numbers says so
        h: Any
        w, h = im.get("width"), im.get("height")
        if _finite_numbers([w, h], 2) is None or w <= 0 or h <= 0:
            wh = oriented_size(img)
            if wh is None:
                state.error(str(img), "no width/height in the JSON and the image header is unreadable")
                skipped[0] += 1
                continue
            w, h = wh
        yield img_id, name, img, target, w, h


def import_coco(
    json_path: str | os.PathLike[str],
    images_dir: str | os.PathLike[str],
    names: list[str] | None = None,
    labels_dir: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
    state: JobState | None = None,
) -> dict[str, Any]:
    """COCO JSON -> YOLO label files. file_name is resolved under images_dir."""
    state = state or JobState()
    path, images_dir = Path(json_path), Path(images_dir)
    labels_dir = Path(labels_dir) if labels_dir is not None else None
    data = _load_json(path)
    cmap, used_names = category_map(data["categories"], names, path)
    per_image = annotations_by_image(data, path, state)
    written = crowd = refused = 0
    skip = [0]
    for img_id, name, _img, target, w, h in coco_images(
        data, path, images_dir, labels_dir, state, skip, "importing COCO"
    ):
        cls, xyxy, bad = [], [], False
        nolabel = f"; refused, and the label of {name} is not written"
        for where, a in per_image.get(img_id, []):
            if a.get("iscrowd"):
                crowd += 1
                continue
            cat = _int_id(a.get("category_id"))
            if cat not in cmap:
                state.error(str(path), f"{where}: unknown category_id {a.get('category_id')!r}{nolabel}")
                bad = True
                continue
            box = _finite_numbers(a.get("bbox"), 4)
            if box is None:
                state.error(
                    str(path),
                    f"{where}: bbox must be 4 finite numbers [x, y, w, h], not "
                    f"{json.dumps(a.get('bbox'))[:60]}{nolabel}",
                )
                bad = True
                continue
            x, y, bw, bh = box
            if bw <= 0 or bh <= 0:
                state.error(str(path), f"{where}: bbox width and height must be > 0 (got {bw:g} x {bh:g}){nolabel}")
                bad = True
                continue
            if x >= w or y >= h or x + bw <= 0 or y + bh <= 0:
                state.error(str(path), f"{where}: bbox {box} lies outside the {int(w)}x{int(h)} image{nolabel}")
                bad = True
                continue
            cls.append(cmap[cat])
            xyxy.append((x, y, x + bw, y + bh))
        if bad:
            refused += 1
            skip[0] += 1
            continue
        if write_imported(target, cls, xyxy, (w, h), overwrite, state):
            written += 1
        else:
            skip[0] += 1
    classes_file = None if names else save_class_list(used_names, labels_dir or images_dir)
    return {
        "images": len(data["images"]),
        "written": written,
        "skipped": skip[0],
        "crowd_skipped": crowd,
        "images_with_refused_boxes": refused,
        "names": used_names,
        "classes_file": str(classes_file) if classes_file else None,
        "errors": len(state.errors),
    }
