"""COCO polygon / RLE segmentation <-> YOLO-seg: pycocotools-exact area and bbox, round trips
read back by pycocotools, RLE masks traced to polygons, hostile entries refused one by one."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from pycocotools import mask as mask_utils
from pycocotools.coco import COCO

from app.core.dataset.formats import coco_mask, collect_shapes, export_coco_seg, import_coco_seg
from app.core.io import coco_rle
from app.core.io.shapes import Labels, format_shapes, read_shapes
from app.core.jobs import JobState

NAMES = ["blob", "plate"]
W, H = 160, 120


def _polygon(rng, n: int) -> np.ndarray:
    """A star-shaped polygon of n points (normalized, 6 decimals, inside the image)."""
    c = rng.uniform(0.25, 0.75, 2)
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    r = rng.uniform(0.05, 0.2, n)[:, None]
    pts = c + r * np.stack([np.cos(ang), np.sin(ang)], 1)
    return np.round(pts.clip(0, 1), 6)


@pytest.fixture
def seg_dataset(tmp_path) -> Path:
    rng = np.random.default_rng(7)
    root = tmp_path / "ds"
    for i in range(5):
        (root / "images" / "train").mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(root / "images" / "train" / f"s{i}.png"), np.full((H, W, 3), 40 * i, np.uint8))
        polys = [_polygon(rng, int(rng.integers(3, 14))) for _ in range(i % 3 + 1)]
        labels = Labels.from_polygons(rng.integers(0, 2, len(polys)), polys)
        (root / "labels" / "train").mkdir(parents=True, exist_ok=True)
        (root / "labels" / "train" / f"s{i}.txt").write_text(format_shapes(labels))
    (root / "data.yaml").write_text("path: .\ntrain: images/train\nnames:\n  0: blob\n  1: plate\n")
    return root


def test_rasterization_area_bbox_and_rle_strings_equal_pycocotools():
    rng = np.random.default_rng(0)
    for it in range(400):
        h, w = int(rng.integers(1, 70)), int(rng.integers(1, 70))
        xy = rng.uniform(-5, 75, (int(rng.integers(3, 12)), 2))
        if it % 5 == 0:
            xy[1] = xy[0]  # a repeated point
        flat = xy.reshape(-1).tolist()
        rle = mask_utils.frPyObjects([flat], h, w)[0]
        counts = coco_rle.poly_rle_counts(flat, h, w)
        assert (coco_mask.counts_to_mask(counts, h, w) == mask_utils.decode(rle).astype(bool)).all()
        area, bbox = coco_mask.area_bbox_of_counts(counts, h)
        assert area == mask_utils.area(rle)
        assert bbox == mask_utils.toBbox(rle).tolist()
        assert coco_mask.string_to_counts(rle["counts"].decode()) == counts


def test_traced_mask_rasterizes_back_to_the_same_pixels():
    rng = np.random.default_rng(3)
    exact = wrong = total = 0
    for _ in range(60):
        m = np.zeros((90, 100), np.uint8)
        for _k in range(int(rng.integers(1, 3))):
            pts = (_polygon(rng, int(rng.integers(3, 9))) * [100, 90]).astype(np.int32)
            cv2.fillPoly(m, [pts], 1)
        m = m.astype(bool)
        polys = [p.reshape(-1) for p in coco_mask.mask_polygons(m)]
        rles = mask_utils.frPyObjects([p.tolist() for p in polys], 90, 100)
        back = mask_utils.decode(mask_utils.merge(rles)).astype(bool)
        exact += bool((back == m).all())
        wrong += int((back != m).sum())
        total += int(m.sum())
    assert exact >= 57 and wrong <= total * 1e-3  # measured: 59 of 60 exact, 1 pixel off of 21,954


def test_seg_export_is_read_by_pycocotools_and_comes_back_byte_identical(seg_dataset, tmp_path):
    sel = collect_shapes(seg_dataset, "labeled")
    out = tmp_path / "seg.json"
    summary = export_coco_seg(sel, out)
    assert summary["annotations"] == sum(len(r.labels) for r in sel.records) > 5
    coco = COCO(str(out))
    for ann in coco.loadAnns(coco.getAnnIds()):
        img = coco.loadImgs(ann["image_id"])[0]
        rle = coco.annToRLE(ann)
        assert ann["area"] == mask_utils.area(rle) > 0
        assert ann["bbox"] == mask_utils.toBbox(rle).tolist()
        assert (img["width"], img["height"]) == (W, H)
    first = sel.records[0]
    seg = np.array(coco.loadAnns(coco.getAnnIds(imgIds=[1]))[0]["segmentation"][0]).reshape(-1, 2) / [W, H]
    assert np.abs(seg - first.labels.points(0)).max() < 1e-12
    state = JobState()
    res = import_coco_seg(out, seg_dataset, NAMES, tmp_path / "back", state=state)
    assert res["written"] == 5 and not state.errors
    for p in sorted((seg_dataset / "labels").rglob("*.txt")):
        back = tmp_path / "back" / "images" / "train" / p.name
        assert back.read_bytes() == p.read_bytes(), p.name


def _coco(images, anns) -> dict:
    return {
        "images": images,
        "annotations": anns,
        "categories": [{"id": 1, "name": "blob"}, {"id": 2, "name": "plate"}],
    }


def test_rle_masks_are_traced_crowd_skipped(tmp_path):
    cv2.imwrite(str(tmp_path / "a.png"), np.zeros((H, W, 3), np.uint8))
    m = np.zeros((H, W), np.uint8)
    cv2.circle(m, (50, 60), 25, 1, -1)
    cv2.rectangle(m, (100, 10), (140, 40), 1, -1)  # a second part: joined into one outline
    enc = mask_utils.encode(np.asfortranarray(m))
    compressed = {"size": [H, W], "counts": enc["counts"].decode()}
    plain = {"size": [H, W], "counts": coco_mask.string_to_counts(compressed["counts"])}
    anns = [
        {"id": 1, "image_id": 1, "category_id": 1, "segmentation": compressed, "bbox": [0, 0, 1, 1], "iscrowd": 0},
        {"id": 2, "image_id": 1, "category_id": 2, "segmentation": plain, "bbox": [0, 0, 1, 1], "iscrowd": 0},
        {"id": 3, "image_id": 1, "category_id": 2, "segmentation": compressed, "bbox": [0, 0, 9, 9], "iscrowd": 1},
    ]
    (tmp_path / "a.json").write_text(
        json.dumps(_coco([{"id": 1, "file_name": "a.png", "width": W, "height": H}], anns))
    )
    state = JobState()
    res = import_coco_seg(tmp_path / "a.json", tmp_path, NAMES, tmp_path / "lb", state=state)
    assert (res["written"], res["crowd_skipped"], state.errors) == (1, 1, [])
    labels, issues = read_shapes(tmp_path / "lb" / "a.txt", task="segment")
    assert not issues and labels.cls.tolist() == [0, 1]
    for i in range(2):
        pts = (labels.points(i) * [W, H]).reshape(-1).tolist()
        got = mask_utils.decode(mask_utils.frPyObjects([pts], H, W)[0]).astype(bool)
        iou = (got & m.astype(bool)).sum() / (got | m.astype(bool)).sum()
        assert iou > 0.97  # one outline through both parts (6-decimal points, the joining seam)


def test_hostile_segmentations_refuse_their_image_only(tmp_path):
    for n in "abcdef":
        cv2.imwrite(str(tmp_path / f"{n}.png"), np.zeros((H, W, 3), np.uint8))
    images = [{"id": k, "file_name": f"{n}.png", "width": W, "height": H} for k, n in enumerate("abcdef", 1)]
    bad = [
        [[1, 2, 3, 4, 5]],  # odd length
        [[1, 2, 3, 4, float("nan"), 6]],
        {"size": [10, 10], "counts": [100]},  # not the image's size
        {"size": [H, W], "counts": "!!"},  # not a compressed string
        {"size": [H, W], "counts": [5, 7]},  # does not add up
    ]
    anns = [{"id": k, "image_id": k, "category_id": 1, "segmentation": s, "iscrowd": 0} for k, s in enumerate(bad, 1)]
    anns.append({"id": 9, "image_id": 6, "category_id": 1, "segmentation": [[10, 10, 50, 10, 30, 40]], "iscrowd": 0})
    text = json.dumps(_coco(images, anns)).replace("NaN", "NaN")
    (tmp_path / "h.json").write_text(text)
    lines = []
    state = JobState(on_error=lambda p, r: lines.append(f"{p}: {r}"))
    res = import_coco_seg(tmp_path / "h.json", tmp_path, NAMES, tmp_path / "lb", state=state)
    assert res["written"] == 1 and res["images_with_refused_objects"] == 5
    assert len(lines) == 5 and all("h.json: annotations[" in s and "\n" not in s for s in lines)
    assert (tmp_path / "lb" / "f.txt").read_text() == "0 0.062500 0.083333 0.312500 0.083333 0.187500 0.333333\n"
    assert not (tmp_path / "lb" / "a.txt").exists()


@pytest.mark.slow
def test_import_matches_ultralytics_convert_coco(tmp_path):
    """Several polygon parts per object are joined as Ultralytics' own converter joins them."""
    from ultralytics.data.converter import convert_coco

    cv2.imwrite(str(tmp_path / "a.png"), np.zeros((H, W, 3), np.uint8))
    segs = [[[10, 10, 40, 12, 30, 40]], [[60, 60, 90, 60, 90, 90, 60, 90], [100, 20, 130, 25, 120, 50]]]
    anns = [
        {"id": k, "image_id": 1, "category_id": 1, "segmentation": s, "bbox": [1, 1, 5, 5], "iscrowd": 0}
        for k, s in enumerate(segs, 1)
    ]
    (tmp_path / "ann").mkdir()
    (tmp_path / "ann" / "instances_x.json").write_text(
        json.dumps(_coco([{"id": 1, "file_name": "a.png", "width": W, "height": H}], anns))
    )
    convert_coco(str(tmp_path / "ann"), str(tmp_path / "ul"), use_segments=True, cls91to80=False)
    ref = [[float(v) for v in ln.split()] for ln in (tmp_path / "ul/labels/x/a.txt").read_text().splitlines()]
    import_coco_seg(tmp_path / "ann" / "instances_x.json", tmp_path, NAMES, tmp_path / "lb")
    ours = [[float(v) for v in ln.split()] for ln in (tmp_path / "lb" / "a.txt").read_text().splitlines()]
    assert [len(r) for r in ours] == [len(r) for r in ref]
    assert max(abs(a - b) for r, s in zip(ours, ref) for a, b in zip(r, s)) <= 1e-6
