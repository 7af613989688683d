"""Classical auto-labeling: boxes from a binary result, written like the YOLO auto-labeler
(label files, dataset index with conf 1.0, protection of reviewed and foreign labels)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.core.autolabel.classical import BoxFilter, boxes_from_binary, label_folder, label_image, model_key
from app.core.dataset.index import DatasetIndex
from app.core.errors import UsageError
from app.core.io.yolo_labels import img2label_path, read_labels
from app.core.jobs import JobState
from app.core.pipeline.model import Pipeline


def _belt(seed, w=320, h=240):
    """Bright parts on a dark, noisy conveyor belt; returns (BGR image, [x0, y0, x1, y1] boxes)."""
    rng = np.random.default_rng(seed)
    img = np.full((h, w, 3), 40, np.uint8) + rng.integers(0, 25, (h, w, 3), dtype=np.uint8)
    boxes = []
    for k in range(3):
        x0, y0 = 15 + k * 100 + int(rng.integers(0, 20)), int(rng.integers(20, 120))
        bw, bh = int(rng.integers(30, 70)), int(rng.integers(30, 90))
        if k == 1:
            cv2.ellipse(img, (x0 + bw // 2, y0 + bh // 2), (bw // 2, bh // 2), 0, 0, 360, (200, 210, 220), -1)
            boxes.append([x0, y0, x0 + 2 * (bw // 2) + 1, y0 + 2 * (bh // 2) + 1])
        else:
            cv2.rectangle(img, (x0, y0), (x0 + bw - 1, y0 + bh - 1), (190, 200, 230), -1)
            boxes.append([x0, y0, x0 + bw, y0 + bh])
    img[5:8, 5:8] = 255  # a 3x3 speck the area filter must drop
    return img, boxes


def _pipeline():
    p = Pipeline()
    p.add("gray")
    p.add("gaussian_blur", {"ksize": 3})
    p.add("auto_threshold", {"method": "otsu"})
    p.add("contours", {"min_area": 100.0})  # overlay step after the mask: labels use the mask
    return p


def _iou(a, b):
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def test_boxes_from_binary_exact_pixels_and_filters():
    m = np.zeros((100, 200), np.uint8)
    m[10:30, 20:80] = 255  # 60 x 20
    m[50:90, 150:160] = 255  # 10 x 40
    m[95:97, 0:2] = 255  # 2 x 2 speck
    xywhn = boxes_from_binary(m)
    assert np.allclose(xywhn[0], [50 / 200, 20 / 100, 60 / 200, 20 / 100])
    assert np.allclose(xywhn[1], [155 / 200, 70 / 100, 10 / 200, 40 / 100])
    assert len(xywhn) == 3
    assert len(boxes_from_binary(m, min_area=10)) == 2
    assert len(boxes_from_binary(m, min_area=10, max_area=500)) == 1
    only_tall = boxes_from_binary(m, min_area=10, max_aspect=0.5)
    assert np.allclose(only_tall, [[155 / 200, 70 / 100, 10 / 200, 40 / 100]])
    assert len(boxes_from_binary(m, min_aspect=2.0)) == 1
    assert boxes_from_binary(np.zeros((10, 10), np.uint8)).shape == (0, 4)


def test_label_image_matches_drawn_parts():
    img, truth = _belt(0)
    cls, xywhn, conf = label_image(_pipeline(), img, class_id=3, filt=BoxFilter(min_area=100))
    assert cls.tolist() == [3, 3, 3] and conf.tolist() == [1.0, 1.0, 1.0]
    h, w = img.shape[:2]
    found = [[(x - bw / 2) * w, (y - bh / 2) * h, (x + bw / 2) * w, (y + bh / 2) * h] for x, y, bw, bh in xywhn]
    for t in truth:
        assert max(_iou(t, f) for f in found) > 0.9


def test_pipelines_that_cannot_label_are_refused():
    p = Pipeline()
    p.add("gray")
    with pytest.raises(UsageError, match="no threshold"):
        label_image(p, _belt(0)[0])
    p.add("auto_threshold")
    p.add("rotate", {"angle": 10.0})
    with pytest.raises(UsageError, match="moves pixels"):
        label_image(p, _belt(0)[0])


def _dataset(tmp_path, n=4):
    root = tmp_path / "belt"
    (root / "images").mkdir(parents=True)
    (root / "data.yaml").write_text("path: .\ntrain: images\nval: images\nnames: [bolt, nut, washer]\n")
    for i in range(n):
        cv2.imwrite(str(root / "images" / f"p{i}.png"), _belt(i)[0])
    (root / "images" / "bad.png").write_text("oops")
    return root


def test_label_folder_writes_labels_and_index_like_the_autolabeler(tmp_path):
    root = _dataset(tmp_path)
    p, filt = _pipeline(), BoxFilter(min_area=100)
    state = JobState()
    rep = label_folder(p, root, class_id=1, filt=filt, state=state)
    assert rep["images"] == 5 and rep["labeled"] == 4 and rep["skipped"] == 0 and len(rep["failed"]) == 1
    assert "bad.png" in state.errors[0][0]
    key = model_key(p, 1, filt)
    assert rep["model_key"] == key and key.startswith("classical:")
    for i in range(4):
        labels, issues = read_labels(img2label_path(root / "images" / f"p{i}.png"), nc=3)
        assert not issues and labels.cls.tolist() == [1, 1, 1]
        text = img2label_path(root / "images" / f"p{i}.png").read_text()
        assert all(len(ln.split()) == 5 for ln in text.splitlines())
    with DatasetIndex.open(root) as ix:
        rows = {r.rel: r for r in ix.rows()}
        r0 = rows["images/p0.png"]
        assert r0.status == "auto" and r0.n_boxes == 3 and r0.min_conf == 1.0
        assert ix.autolabel_key("images/p0.png") == key
        cls, xywhn, conf = ix.predictions("images/p0.png")
        assert conf.tolist() == [1.0, 1.0, 1.0] and len(xywhn) == 3
        ix.set_reviewed("images/p1.png")
    lbl1 = img2label_path(root / "images" / "p1.png")
    lbl1.write_text("0 0.5 0.5 0.1 0.1\n")  # the person's reviewed label
    foreign = img2label_path(root / "images" / "p2.png")
    foreign.write_text("2 0.5 0.5 0.2 0.2\n")  # a label file written by someone else
    again = label_folder(p, root, class_id=1, filt=filt)
    assert again["labeled"] == 0 and again["skipped"] == 4  # same key: done already
    other = label_folder(p, root, class_id=2, filt=filt)
    assert other["labeled"] == 2 and other["skipped"] == 2  # reviewed + foreign kept
    assert lbl1.read_text() == "0 0.5 0.5 0.1 0.1\n" and foreign.read_text() == "2 0.5 0.5 0.2 0.2\n"
    forced = label_folder(p, root, class_id=2, filt=filt, overwrite_reviewed=True)
    assert forced["labeled"] == 2 and forced["skipped"] == 2  # p0, p3: same key already
    assert read_labels(lbl1)[0].cls.tolist() == [2, 2, 2]
    with DatasetIndex.open(root) as ix:
        assert ix.get("images/p1.png").status == "auto"  # replaced on explicit request
    assert label_folder(p, root, class_id=2, filt=filt, force=True)["labeled"] == 4
    one = label_folder(p, root, class_id=0, filt=filt, only=[str(root / "images" / "p3.png")])
    assert one["images"] == 1 and one["labeled"] == 1 and one["boxes"] == 3
    assert read_labels(img2label_path(root / "images" / "p3.png"))[0].cls.tolist() == [0, 0, 0]
    assert read_labels(img2label_path(root / "images" / "p0.png"))[0].cls.tolist() == [2, 2, 2]
    with pytest.raises(UsageError, match="not .all. images of the dataset"):
        label_folder(p, root, only=[str(tmp_path / "elsewhere.png")])


def test_class_id_must_exist(tmp_path):
    root = _dataset(tmp_path, n=1)
    with pytest.raises(UsageError, match="class id 7"):
        label_folder(_pipeline(), root, class_id=7)
