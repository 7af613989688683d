"""`labelbench convert yolo` and `convert to-voc` on polygon and rotated-box datasets (issue 25):
the training export keeps each polygon / rotated-box line byte for byte (read back by Ultralytics'
own label check), a set mixing boxes with shapes is refused in one line, and VOC gets each shape's
bounding box with one line saying so."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.cli import main
from app.core.dataset.synth.shapes import write_dataset
from app.core.io.shapes import read_shapes


def _label_files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_yolo_export_keeps_shape_lines(task, tmp_path, capsys):
    from ultralytics.data.utils import verify_image_label

    root = tmp_path / "ds"
    write_dataset(root, n=6, task=task)
    out = tmp_path / "out"
    assert main(["convert", "yolo", str(root), str(out), "--which", "all", "--val", "0.34", "--json"]) == 0
    js = json.loads(capsys.readouterr().out)
    assert js["task"] == task and js["train_images"] == 4 and js["val_images"] == 2
    orig = _label_files(root / "labels")
    assert _label_files(out / "labels") == orig  # every line as it was: polygons / corners, 6 decimals
    assert all(len(b.split(b"\n")[0].split()) >= 7 for b in orig.values())  # not vacuous: shape lines
    for lbl in sorted((out / "labels").rglob("*.txt")):  # and Ultralytics reads them as segments
        img = (out / "images" / lbl.relative_to(out / "labels")).with_suffix(".png")
        got = verify_image_label((str(img), str(lbl), "", False, 4, 0, 0, False))
        assert got[-1] == "" and got[8] == 0, got[-1]
        ours, _ = read_shapes(lbl, task=task)
        assert len(got[3]) == len(ours)
        for seg, coords in zip(got[3], ours.coords):
            np.testing.assert_allclose(seg.reshape(-1), coords, rtol=0, atol=1e-6)


def test_yolo_export_refuses_boxes_beside_polygons(tmp_path, capsys):
    root = tmp_path / "ds"
    write_dataset(root, n=3, task="segment")
    (root / "labels" / "train" / "img001.txt").write_text("0 0.5 0.5 0.2 0.2\n")
    assert main(["convert", "yolo", str(root), str(tmp_path / "out"), "--which", "all"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "mixes label kinds" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_voc_gets_each_shape_s_bounding_box(task, tmp_path, capsys):
    root = tmp_path / "ds"
    write_dataset(root, n=4, task=task)
    voc, back = tmp_path / "voc", tmp_path / "back"
    assert main(["convert", "to-voc", str(root), str(voc), "--which", "all", "--json"]) == 0
    cap = capsys.readouterr()
    originals = {p.stem: read_shapes(p, task=task)[0] for p in sorted((root / "labels" / "train").glob("*.txt"))}
    n = sum(len(lab) for lab in originals.values())
    words = "polygons" if task == "segment" else "rotated boxes"
    note = [ln for ln in cap.err.splitlines() if ln.startswith("note:")]
    assert note == [f"note: VOC has no polygons or rotated boxes: {n} {words} written as their bounding boxes"]
    assert json.loads(cap.out)["shapes_as_boxes"] == n
    args = ["convert", "from-voc", str(voc / "images"), "--images", str(root / "images"), "--labels-dir", str(back)]
    assert main([*args, "--names", str(root / "data.yaml")]) == 0
    for stem, lab in originals.items():
        boxes, _ = read_shapes(next(back.rglob(f"{stem}.txt")))
        assert boxes.cls.tolist() == lab.cls.tolist()
        # the synthetic vertices are whole pixels: their bounding boxes survive VOC's integer pixels
        np.testing.assert_allclose(np.array(boxes.coords), lab.xywhn(), rtol=0, atol=2e-6)
