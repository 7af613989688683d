"""Classical auto-labeling as polygons (approxPolyDP) and rotated boxes (minAreaRect): on generated
images whose outlines are known exactly (app.core.dataset.synth.shapes), the written vertices land
on the drawn ones, the index records the task, and a folder is never made to mix kinds."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.core.autolabel.classical import BoxFilter, label_folder, label_shapes, model_key
from app.core.autolabel.contour_shapes import polygons_from_binary, rotated_boxes_from_binary
from app.core.dataset import kinds as dataset_kinds
from app.core.dataset.index import DatasetIndex
from app.core.dataset.synth import shapes as synth
from app.core.errors import UsageError
from app.core.io.shapes import read_shapes
from app.core.io.yolo_labels import img2label_path
from app.core.pipeline.model import Pipeline

W, H = 320, 240
VERTICES = {"square": 4, "triangle": 3, "star": 10}


def _scene(index: int, task: str):
    """A dark noisy image with the shapes of synth.shapes.render(index) drawn bright, exactly from
    their integer vertices; returns (BGR image, [(class, (K, 2) pixel vertices)])."""
    _img, objects = synth.render(index, seed=7, size=(W, H), task=task)
    rng = np.random.default_rng(index)
    img = (np.full((H, W, 3), 30) + rng.integers(0, 20, (H, W, 3))).astype(np.uint8)
    truth = []
    for c, pts in objects:
        px = np.round(pts * [W, H]).astype(np.int32)
        cv2.fillPoly(img, [px], (210, 220, 200), cv2.LINE_8)
        truth.append((c, px.astype(np.float64)))
    return img, truth


def _pipeline():
    p = Pipeline()
    p.add("gray")
    p.add("threshold", {"level": 128})
    return p


def _nearest(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each point of a, the distance to the nearest point of b (pixels)."""
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(-1)).min(1)


def _match(found: list[np.ndarray], truth_pts: np.ndarray) -> np.ndarray:
    """The found shape whose centre is nearest the true one's."""
    return min(found, key=lambda f: float(np.abs(f.mean(0) - truth_pts.mean(0)).sum()))


def test_polygons_have_the_drawn_vertices():
    checked = {name: 0 for name in VERTICES}
    for index in range(12):
        img, truth = _scene(index, "segment")
        labels = label_shapes(_pipeline(), img, 2, BoxFilter(min_area=30), kind="polygon", tolerance=1.5)
        assert labels.kinds == ("polygon",) * len(truth) and labels.cls.tolist() == [2] * len(truth)
        assert labels.conf.tolist() == [1.0] * len(truth)
        found = [labels.points(i) * [W, H] for i in range(len(labels))]
        for c, pts in truth:
            name = synth.SEGMENT_CLASSES[c]
            f = _match(found, pts)
            if name in VERTICES:
                assert len(f) == VERTICES[name], (index, name, len(f))
                checked[name] += 1
                assert _nearest(pts, f).max() <= 1.5, (index, name)  # every drawn vertex was found
            else:  # circle: a simplified outline within the tolerance of the drawn one
                assert len(f) >= 8
            assert _nearest(f, pts).max() <= 1.5 or name == "circle"
    assert all(n >= 2 for n in checked.values()), checked


def test_polygon_tolerance_and_tiny_contours():
    m = np.zeros((60, 80), np.uint8)
    cv2.circle(m, (40, 30), 20, 255, -1)
    m[2, 2:12] = 255  # a 1-pixel line: its contour has 2 points
    fine = polygons_from_binary(m, tolerance=0.3)
    coarse = polygons_from_binary(m, tolerance=3.0)
    assert len(fine[1]) > len(coarse[1]) >= 6  # [0] is the line (top first), [1] the circle
    assert len(fine[0]) == len(coarse[0]) == 4  # the line becomes its rotated box
    raw = polygons_from_binary(m, tolerance=0)
    assert len(raw[1]) > len(fine[1])
    radius = np.hypot(raw[1][:, 0] * 80 - 40, raw[1][:, 1] * 60 - 30)
    assert np.abs(radius - 20).max() <= 1.0  # points are pixel centres / image size


def test_rotated_boxes_are_the_drawn_rectangles():
    n = 0
    for index in range(10):
        img, truth = _scene(index, "obb")
        labels = label_shapes(_pipeline(), img, 0, BoxFilter(min_area=30), kind="obb")
        assert labels.kinds == ("obb",) * len(truth)
        found = [labels.points(i) * [W, H] for i in range(len(labels))]
        for _c, pts in truth:
            f = _match(found, pts)
            assert f.shape == (4, 2)
            if (pts.min() <= 0) or (pts[:, 0].max() >= W - 1) or (pts[:, 1].max() >= H - 1):
                continue  # clipped at the border when drawn: no longer a rectangle
            assert _nearest(pts, f).max() <= 1.5 and _nearest(f, pts).max() <= 1.5, (index, f, pts)
            n += 1
    assert n >= 10
    m = np.zeros((50, 50), np.uint8)
    assert rotated_boxes_from_binary(m).shape == (0, 4, 2)


def _dataset(tmp_path, task="segment", n=3):
    root = tmp_path / "shapes"
    (root / "images").mkdir(parents=True)
    (root / "data.yaml").write_text("path: .\ntrain: images\nval: images\nnames: [part, hole]\n")
    for i in range(n):
        cv2.imwrite(str(root / "images" / f"s{i}.png"), _scene(i, task)[0])
    return root


def test_label_folder_writes_polygons_records_the_task_and_refuses_mixing(tmp_path):
    root = _dataset(tmp_path)
    p, filt = _pipeline(), BoxFilter(min_area=30)
    rep = label_folder(p, root, class_id=1, filt=filt, kind="polygon", tolerance=1.5)
    assert rep["labeled"] == 3 and rep["kind"] == "polygon"
    assert rep["model_key"] == model_key(p, 1, filt, "polygon", 1.5) != model_key(p, 1, filt)
    assert model_key(p, 1, filt, "polygon", 1.5) != model_key(p, 1, filt, "polygon", 2.0)
    objects = 0
    for i in range(3):
        path = img2label_path(root / "images" / f"s{i}.png")
        labels, issues = read_shapes(path, nc=2, task="segment")
        truth = _scene(i, "segment")[1]
        assert not issues and len(labels) == len(truth) and set(labels.kinds) == {"polygon"}
        for line in path.read_text().splitlines():  # Ultralytics' format: cls then x y pairs, 6 decimals
            cols = line.split()
            assert cols[0] == "1" and len(cols) % 2 == 1 and len(cols) >= 7
            assert all(len(v.split(".")[1]) == 6 and 0 <= float(v) <= 1 for v in cols[1:])
        objects += len(labels)
    assert rep["boxes"] == objects
    with DatasetIndex.open(root) as ix:
        assert dataset_kinds.recorded_task(ix) == "segment"
        ix.refresh()
        k = dataset_kinds.summary(ix)
        assert k["task"] == "segment" and k["per_kind"]["polygon"] == objects and k["mixed"] is None
        r0 = ix.get("images/s0.png")
        assert r0.status == "auto" and r0.n_boxes == len(_scene(0, "segment")[1])
    before = {i: img2label_path(root / "images" / f"s{i}.png").read_bytes() for i in range(3)}
    for kind, words in (("obb", "rotated boxes"), ("box", "boxes")):
        with pytest.raises(UsageError, match=f"its labels are polygons; writing {words} would mix kinds") as e:
            label_folder(p, root, class_id=1, filt=filt, kind=kind, force=True)
        assert "\n" not in str(e.value)
    assert {i: img2label_path(root / "images" / f"s{i}.png").read_bytes() for i in range(3)} == before
    again = label_folder(p, root, class_id=0, filt=filt, kind="polygon", tolerance=1.5)  # same kind: allowed
    assert again["labeled"] == 3


def test_box_labels_refuse_rotated_boxes_and_obb_records_its_task(tmp_path):
    root = _dataset(tmp_path, "obb", n=2)
    p, filt = _pipeline(), BoxFilter(min_area=30)
    img2label_path(root / "images" / "s0.png").parent.mkdir(parents=True, exist_ok=True)
    img2label_path(root / "images" / "s0.png").write_text("0 0.5 0.5 0.2 0.2\n")  # someone's boxes
    with pytest.raises(UsageError, match="its labels are boxes; writing rotated boxes would mix"):
        label_folder(p, root, filt=filt, kind="obb")
    img2label_path(root / "images" / "s0.png").unlink()
    rep = label_folder(p, root, filt=filt, kind="obb")
    assert rep["labeled"] == 2
    for i in range(2):
        text = img2label_path(root / "images" / f"s{i}.png").read_text()
        assert all(len(ln.split()) == 9 for ln in text.splitlines()) and text
    with DatasetIndex.open(root) as ix:
        assert dataset_kinds.recorded_task(ix) == "obb"
        ix.refresh()
        assert dataset_kinds.summary(ix)["task"] == "obb"
    with pytest.raises(UsageError, match="its labels are rotated boxes; writing polygons"):
        label_folder(p, root, filt=filt, kind="polygon")
