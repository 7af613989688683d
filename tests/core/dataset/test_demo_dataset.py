"""The demo data generator: deterministic, Ultralytics layout, exact boxes."""

from __future__ import annotations

import hashlib

import numpy as np
import yaml

from app.core.dataset.synth import dataset as mdd
from app.core.io.yolo_labels import read_labels


def _digest(folder):
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def test_same_seed_same_bytes_and_prefix_stable(tmp_path):
    mdd.main([str(tmp_path / "a"), "--n", "6", "--size", "160x120", "--val", "0"])
    mdd.main([str(tmp_path / "b"), "--n", "6", "--size", "160x120", "--val", "0"])
    mdd.main([str(tmp_path / "c"), "--n", "9", "--size", "160x120", "--val", "0"])
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    for i in range(6):  # a bigger dataset starts with the same images
        name = f"demo_{i:06d}.jpg"
        assert (tmp_path / "a/images/train" / name).read_bytes() == (tmp_path / "c/images/train" / name).read_bytes()


def test_layout_yaml_and_valid_labels(tmp_path):
    mdd.main([str(tmp_path), "--n", "10", "--size", "200x150", "--val", "0.3"])
    data = yaml.safe_load((tmp_path / "data.yaml").read_text())
    assert data["train"] == "images/train" and data["val"] == "images/val"
    assert [data["names"][i] for i in range(5)] == mdd.CLASSES
    assert len(list((tmp_path / "images/train").glob("*.jpg"))) == 7
    assert len(list((tmp_path / "images/val").glob("*.jpg"))) == 3
    total = 0
    for lbl in (tmp_path / "labels").rglob("*.txt"):
        labels, issues = read_labels(lbl, nc=5)
        assert issues == []
        total += len(labels)
    assert total >= 10


def test_boxes_are_exact_pixel_extent_of_drawn_shapes():
    img, boxes = mdd.render(3, 0, (320, 240))
    img2, boxes2 = mdd.render(3, 0, (320, 240))
    np.testing.assert_array_equal(img, img2)
    assert boxes == boxes2 and len(boxes) >= 1
    for _c, x, y, w, h in boxes:
        x0, x1 = (x - w / 2) * 320, (x + w / 2) * 320
        y0, y1 = (y - h / 2) * 240, (y + h / 2) * 240
        for v in (x0, x1, y0, y1):
            assert abs(v - round(v)) < 1e-6  # integer pixel edges: exact, not estimated
        assert 0 <= x0 < x1 <= 320 and 0 <= y0 < y1 <= 240
