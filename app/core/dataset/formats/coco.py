"""COCO detection JSON <-> YOLO labels.

Export: one JSON with `images` (id from 1, file_name relative to the dataset root, width, height),
`annotations` (bbox [x, y, w, h] in pixels, unrounded, area, iscrowd 0) and `categories`
(id = class id + 1, name from the locked class list).
Import: each image's boxes become a 5-column YOLO file. Categories are matched to the locked
class list BY NAME (COCO ids may have gaps, e.g. 1..90); without a class list they are taken in
id order and written to classes.txt (never over an existing one). `iscrowd` boxes are skipped,
like Ultralytics' own converter does. Existing label files are not replaced unless overwrite=True.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from app.core.dataset.formats.records import Selection, xyxy_to_xywhn
from app.core.errors import FileError
from app.core.io import layout
from app.core.io.atomic import atomic_write_text
from app.core.io.images import oriented_size
from app.core.io.layout import img2label_path
from app.core.io.yolo_labels import format_labels, write_labels
from app.core.jobs import JobState


def to_coco(sel: Selection) -> dict:
    images, anns = [], []
    for img_id, r in enumerate(sel.records, 1):
        images.append({"id": img_id, "file_name": r.rel, "width": r.width, "height": r.height})
        for c, (x1, y1, x2, y2) in zip(r.cls, r.xyxy()):
            w, h = float(x2 - x1), float(y2 - y1)
            anns.append({"id": len(anns) + 1, "image_id": img_id, "category_id": int(c) + 1,
                         "bbox": [float(x1), float(y1), w, h], "area": w * h, "iscrowd": 0})
    cats = [{"id": i + 1, "name": n, "supercategory": "object"} for i, n in enumerate(sel.names)]
    return {"info": {"description": f"exported by LabelBench from {sel.root}"},
            "images": images, "annotations": anns, "categories": cats}


def export_coco(sel: Selection, out_json: str | os.PathLike) -> dict:
    data = to_coco(sel)
    atomic_write_text(out_json, json.dumps(data))
    return {"out": str(out_json), "images": len(data["images"]), "annotations": len(data["annotations"]),
            "categories": len(data["categories"])}


def _load_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileError(path, "not found") from None
    except json.JSONDecodeError as e:
        raise FileError(path, f"invalid JSON ({e.msg})", e.lineno) from None
    if not isinstance(data, dict) or not isinstance(data.get("images"), list) \
            or not isinstance(data.get("categories"), list):
        raise FileError(path, "not a COCO detection file (needs 'images' and 'categories' lists)")
    return data


def category_map(categories: list[dict], names: list[str] | None, path: Path) -> tuple[dict[int, int], list[str]]:
    """COCO category id -> class id, and the class names used."""
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


def write_imported(target: Path, cls, xywhn, overwrite: bool, state: JobState) -> bool:
    text = format_labels(cls, xywhn)
    if target.exists() and not overwrite:
        if target.read_text(encoding="utf-8") != text:
            state.error(str(target), "label file exists and differs; not replaced (use overwrite)")
        return False
    write_labels(target, cls, xywhn)
    return True


def save_class_list(names: list[str], folder: Path) -> Path | None:
    """Write classes.txt into folder unless a class list (any of layout.CLASS_FILES) is already
    there: never overwritten."""
    if layout.class_file(folder) is not None:
        return None
    atomic_write_text(folder / "classes.txt", "".join(f"{n}\n" for n in names))
    return folder / "classes.txt"


def import_coco(json_path: str | os.PathLike, images_dir: str | os.PathLike,
                names: list[str] | None = None, labels_dir: str | os.PathLike | None = None,
                overwrite: bool = False, state: JobState | None = None) -> dict:
    """COCO JSON -> YOLO label files. file_name is resolved under images_dir."""
    state = state or JobState()
    path, images_dir = Path(json_path), Path(images_dir)
    labels_dir = Path(labels_dir) if labels_dir is not None else None
    data = _load_json(path)
    cmap, used_names = category_map(data["categories"], names, path)
    per_image: dict[int, list[dict]] = {}
    for a in data.get("annotations", []):
        per_image.setdefault(int(a["image_id"]), []).append(a)
    written = skipped = crowd = 0
    for n, im in enumerate(data["images"], 1):
        state.check()
        img = images_dir / im["file_name"]
        if not img.exists():
            state.error(str(img), f"image listed in {path.name} not found")
            skipped += 1
            continue
        w, h = im.get("width"), im.get("height")
        if not w or not h:
            wh = oriented_size(img)
            if wh is None:
                state.error(str(img), "no width/height in the JSON and the image header is unreadable")
                skipped += 1
                continue
            w, h = wh
        cls, xyxy = [], []
        for a in per_image.get(int(im["id"]), []):
            if a.get("iscrowd"):
                crowd += 1
                continue
            if int(a["category_id"]) not in cmap:
                state.error(str(path), f"annotation {a.get('id')}: unknown category_id {a['category_id']}")
                continue
            x, y, bw, bh = (float(v) for v in a["bbox"])
            if bw <= 0 or bh <= 0:
                state.error(str(path), f"annotation {a.get('id')}: empty box")
                continue
            cls.append(cmap[int(a["category_id"])])
            xyxy.append((x, y, x + bw, y + bh))
        xywhn = xyxy_to_xywhn(np.array(xyxy, float).reshape(-1, 4), int(w), int(h))
        if write_imported(label_target(img, images_dir, labels_dir), np.array(cls, int), xywhn, overwrite, state):
            written += 1
        else:
            skipped += 1
        state.progress(n, len(data["images"]), "importing COCO")
    classes_file = None if names else save_class_list(used_names, labels_dir or images_dir)
    return {"images": len(data["images"]), "written": written, "skipped": skipped, "crowd_skipped": crowd,
            "names": used_names, "classes_file": str(classes_file) if classes_file else None,
            "errors": len(state.errors)}

