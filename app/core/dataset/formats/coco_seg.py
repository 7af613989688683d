"""COCO JSON with polygon segmentation <-> Ultralytics segment labels.

Export: as coco.to_coco, and every object gets `segmentation` [[x1, y1, ..., xn, yn]] in pixels
(a polygon's points; a rotated box's 4 corners; a box's 4 corners), with `bbox` and `area` those
of the polygon rasterized as pycocotools does (maskUtils.toBbox and maskUtils.area of
frPyObjects: whole pixels; a polygon too thin to cover a pixel has area 0 and bbox [0, 0, 0, 0]).

Import: each annotation becomes one polygon line, as Ultralytics' convert_coco(use_segments=True)
makes it: a polygon list of one part is taken as it is; several parts (an occluded object) are
joined into one outline by Ultralytics' merge_multi_segment; an RLE mask (`counts` list or
compressed string, `size` [height, width] = the image's) is decoded and its outer contours traced
(coco_mask's doc), several joined the same way, a mask without pixels skipped (empty_masks); no
segmentation: the bbox as a 4-point polygon (boxes_as_polygons). Points are clipped to the image. `iscrowd` annotations are skipped and counted, as
Ultralytics does. Images, categories and hostile entries are checked as coco.import_coco does; a
malformed segmentation refuses its image's label, the entry named, and the rest goes on.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from app.core.dataset.formats import coco_mask
from app.core.dataset.formats.coco import (
    _finite_numbers,
    _int_id,
    _load_json,
    annotations_by_image,
    category_map,
    coco_images,
    save_class_list,
    to_coco,
    write_label_text,
)
from app.core.dataset.formats.records import Selection
from app.core.io.atomic import atomic_write_text
from app.core.io.coco_rle import poly_rle_counts
from app.core.io.shapes import Labels, format_shapes
from app.core.jobs import JobState


def to_coco_seg(sel: Selection, bare_names: bool = False) -> dict[str, Any]:
    """sel: records of shape_records.ShapeRecord."""
    data = to_coco(_as_box_records(sel), bare_names)  # images, categories, the bare-names check
    anns: list[dict[str, Any]] = []
    for img_id, r in enumerate(sel.records, 1):
        for i, c in enumerate(r.labels.cls.tolist()):
            flat = [float(v) for v in r.pixels(i).reshape(-1)]
            area, bbox = coco_mask.area_bbox_of_counts(poly_rle_counts(flat, r.height, r.width), r.height)
            anns.append(
                {
                    "id": len(anns) + 1,
                    "image_id": img_id,
                    "category_id": int(c) + 1,
                    "segmentation": [flat],
                    "bbox": bbox,
                    "area": area,
                    "iscrowd": 0,
                }
            )
    data["annotations"] = anns
    return data


def _as_box_records(sel: Selection) -> Selection:
    from app.core.dataset.formats.records import Record

    recs = [Record(r.image, r.rel, r.width, r.height, np.zeros(0, int), np.zeros((0, 4))) for r in sel.records]
    return Selection(sel.root, sel.names, recs, sel.rule)


def export_coco_seg(sel: Selection, out_json: str | os.PathLike[str], bare_names: bool = False) -> dict[str, Any]:
    data = to_coco_seg(sel, bare_names)
    atomic_write_text(out_json, json.dumps(data))
    return {
        "out": str(out_json),
        "images": len(data["images"]),
        "annotations": len(data["annotations"]),
        "categories": len(data["categories"]),
        "task": "segment",
    }


class SegError(ValueError):
    pass


def _polygons(seg: object, w: int, h: int) -> list[np.ndarray]:
    """(K, 2) pixel polygons of a COCO segmentation; [] when there is none; SegError when malformed."""
    if seg is None or seg == [] or seg == {}:
        return []
    if isinstance(seg, dict):
        size: Any = seg.get("size")  # a JSON value, two numbers once _finite_numbers says so
        if _finite_numbers(size, 2) is None or [int(size[0]), int(size[1])] != [h, w]:
            raise SegError(f"RLE size {json.dumps(size)[:40]} is not the image's [height, width] [{h}, {w}]")
        if h * w > coco_mask.MAX_MASK_PIXELS:
            raise SegError(f"RLE mask of {h}x{w} pixels is too large")
        counts = seg.get("counts")
        try:
            if isinstance(counts, str):
                counts = coco_mask.string_to_counts(counts)
            elif not (isinstance(counts, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in counts)):
                raise SegError("RLE counts must be a list of integers or a compressed string")
            return coco_mask.mask_polygons(coco_mask.counts_to_mask(counts, h, w))
        except ValueError as e:
            raise SegError(f"RLE: {e}") from None
    if not isinstance(seg, list):
        raise SegError(f"segmentation must be a list of polygons or an RLE object, not {type(seg).__name__}")
    out = []
    for k, p in enumerate(seg):
        vals = _finite_numbers(p, len(p)) if isinstance(p, list) else None
        if vals is None or len(vals) < 6 or len(vals) % 2:
            raise SegError(f"segmentation[{k}] must be x, y pairs of finite numbers (3 points or more)")
        out.append(np.array(vals, np.float64).reshape(-1, 2))
    return out


def _one_outline(polys: list[np.ndarray]) -> np.ndarray:
    if len(polys) == 1:
        return polys[0]
    from ultralytics.data.converter import merge_multi_segment  # Ultralytics' own joining rule

    return np.concatenate(merge_multi_segment([p.reshape(-1).tolist() for p in polys]), axis=0)


def import_coco_seg(
    json_path: str | os.PathLike[str],
    images_dir: str | os.PathLike[str],
    names: list[str] | None = None,
    labels_dir: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
    state: JobState | None = None,
) -> dict[str, Any]:
    """COCO JSON (polygons or RLE) -> Ultralytics segment label files (module doc)."""
    state = state or JobState()
    path, images_dir = Path(json_path), Path(images_dir)
    labels_dir = Path(labels_dir) if labels_dir is not None else None
    data = _load_json(path)
    cmap, used_names = category_map(data["categories"], names, path)
    per_image = annotations_by_image(data, path, state)
    written = crowd = refused = as_box = empty = 0
    skip = [0]
    for img_id, name, _img, target, w, h in coco_images(
        data, path, images_dir, labels_dir, state, skip, "importing COCO segmentation"
    ):
        w, h = int(w), int(h)
        cls, polys, bad = [], [], False
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
            try:
                parts = _polygons(a.get("segmentation"), w, h)
            except SegError as e:
                state.error(str(path), f"{where}: {e}{nolabel}")
                bad = True
                continue
            if not parts and isinstance(a.get("segmentation"), dict):
                empty += 1  # an RLE mask without pixels: nothing to label
                continue
            if not parts:
                box = _finite_numbers(a.get("bbox"), 4)
                if box is None or box[2] <= 0 or box[3] <= 0:
                    state.error(str(path), f"{where}: no segmentation and no usable bbox{nolabel}")
                    bad = True
                    continue
                x, y, bw, bh = box
                parts = [np.array([[x, y], [x + bw, y], [x + bw, y + bh], [x, y + bh]])]
                as_box += 1
            pts = (_one_outline(parts) / np.array([w, h], np.float64)).clip(0.0, 1.0)
            cls.append(cmap[cat])
            polys.append(pts)
        if bad:
            refused += 1
            skip[0] += 1
            continue
        text = format_shapes(Labels.from_polygons(np.array(cls, np.int64), polys))
        if write_label_text(target, text, overwrite, state):
            written += 1
        else:
            skip[0] += 1
    classes_file = None if names else save_class_list(used_names, labels_dir or images_dir)
    return {
        "images": len(data["images"]),
        "written": written,
        "skipped": skip[0],
        "crowd_skipped": crowd,
        "boxes_as_polygons": as_box,
        "empty_masks": empty,
        "images_with_refused_objects": refused,
        "names": used_names,
        "classes_file": str(classes_file) if classes_file else None,
        "errors": len(state.errors),
    }
