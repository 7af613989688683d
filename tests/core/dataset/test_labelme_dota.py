"""labelme JSON and DOTA text <-> Ultralytics labels: byte-identical round trips, outputs read by
globox (labelme) and Ultralytics' DOTA converter, hostile files refused one line each."""

from __future__ import annotations

import json
import os
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.cli import main as cli_main
from app.core.dataset.formats import collect_shapes, export_dota, export_labelme, import_dota, import_labelme
from app.core.io.shapes import Labels, format_shapes, read_shapes
from app.core.jobs import JobState

W, H = 200, 150
DOTA_NAMES = ["plane", "ship", "storage-tank"]  # Ultralytics' DOTA reader knows only DOTA's names


def _obb(rng) -> np.ndarray:
    c = rng.uniform(0.3, 0.7, 2) * [W, H]
    a, (w, h) = rng.uniform(0, np.pi), rng.uniform(8, 40, 2)
    d1, d2 = np.array([np.cos(a), np.sin(a)]) * w / 2, np.array([-np.sin(a), np.cos(a)]) * h / 2
    return np.round(np.array([c - d1 - d2, c + d1 - d2, c + d1 + d2, c - d1 + d2]) / [W, H], 6)


def _poly(rng) -> np.ndarray:
    ang = np.sort(rng.uniform(0, 2 * np.pi, int(rng.integers(3, 12))))
    return np.round(rng.uniform(0.3, 0.7, 2) + rng.uniform(0.05, 0.2) * np.stack([np.cos(ang), np.sin(ang)], 1), 6)


def _dataset(root: Path, kind: str, names: list[str]) -> Path:
    rng = np.random.default_rng({"polygon": 1, "obb": 2, "box": 3}[kind])
    for i in range(4):
        split = "val" if i == 0 else "train"
        (root / "images" / split).mkdir(parents=True, exist_ok=True)
        (root / "labels" / split).mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(root / "images" / split / f"p{i}.png"), np.full((H, W, 3), 30 * i, np.uint8))
        n = i % 3 + 1
        cls = rng.integers(0, len(names), n)
        if kind == "polygon":
            labels = Labels.from_polygons(cls, [_poly(rng) for _ in range(n)])
        elif kind == "obb":
            labels = Labels.from_obb(cls, [_obb(rng) for _ in range(n)])
        else:
            xy = np.round(rng.uniform(0.2, 0.4, (n, 2)), 6)
            labels = Labels.from_boxes(cls, np.hstack([xy + 0.2, np.round(rng.uniform(0.05, 0.3, (n, 2)), 6)]))
        (root / "labels" / split / f"p{i}.txt").write_text(format_shapes(labels))
    (root / "data.yaml").write_text(
        "path: .\ntrain: images/train\nval: images/val\nnames:\n"
        + "".join(f"  {i}: {n}\n" for i, n in enumerate(names))
    )
    return root


def _same_files(src: Path, back: Path) -> None:
    files = sorted(src.rglob("*.txt"))
    assert files
    for p in files:
        assert (back / p.relative_to(src)).read_bytes() == p.read_bytes(), p


@pytest.mark.parametrize("kind", ["polygon", "obb", "box"])
def test_labelme_round_trip_is_byte_identical_and_globox_reads_it(tmp_path, kind):
    import globox

    names = ["cat", "dog"]
    root = _dataset(tmp_path / "ds", kind, names)
    sel = collect_shapes(root, "labeled")
    export_labelme(sel, tmp_path / "lm")
    one = json.loads((tmp_path / "lm" / "images" / "train" / "p1.json").read_text())
    want = {"polygon": "polygon", "obb": "rotation", "box": "rectangle"}[kind]
    assert {s["shape_type"] for s in one["shapes"]} == {want}
    assert (tmp_path / "lm" / "images" / "train" / one["imagePath"]).resolve() == root / "images/train/p1.png"
    state = JobState()
    res = import_labelme(tmp_path / "lm", root, names, tmp_path / "back", state=state)
    assert res["written"] == 4 and not state.errors
    assert res["task"] == {"polygon": "segment", "obb": "obb", "box": "detect"}[kind]
    _same_files(root / "labels", tmp_path / "back" / "images")
    # a third-party reader: every shape's box, in pixels, is the label's box
    got = globox.AnnotationSet.from_labelme(tmp_path / "lm", recursive=True, include_poly=True)
    assert kind != "obb" or len(list(got)) == 4  # rotations are not read by globox: files only
    if kind != "obb":
        for r in sel.records:
            ann = next(a for a in got if a.image_id.endswith("/" + r.image.name))
            boxes = sorted((b.label, *np.round(b.ltrb, 6)) for b in ann.boxes)
            xywh = r.labels.xywhn() * [W, H, W, H]
            ref = sorted(
                (names[c], *np.round([x - w / 2, y - h / 2, x + w / 2, y + h / 2], 6))
                for c, (x, y, w, h) in zip(r.labels.cls, xywh)
            )
            assert len(boxes) == len(ref)
            for a, b in zip(boxes, ref):
                assert a[0] == b[0] and np.allclose(a[1:], b[1:], atol=1e-6)


def test_labelme_written_by_hand_rectangles_polygons_rotations(tmp_path):
    cv2.imwrite(str(tmp_path / "a.jpg"), np.zeros((H, W, 3), np.uint8))
    shapes = [
        {"label": "cat", "shape_type": "rectangle", "points": [[120, 90], [20, 10]]},
        {
            "label": "dog",
            "shape_type": "rotation",
            "points": [[50, 50], [90, 70], [80, 90], [40, 70]],
            "direction": 0.46,
        },
        {"label": "cat", "shape_type": "point", "points": [[5, 5]]},
    ]
    doc = {"shapes": shapes, "imagePath": "a.jpg", "imageWidth": W, "imageHeight": H, "imageData": None}
    (tmp_path / "a.json").write_text(json.dumps(doc))
    lines = []
    state = JobState(on_error=lambda p, r: lines.append(f"{p}: {r}"))
    res = import_labelme(tmp_path, tmp_path, None, tmp_path / "lb", state=state)
    assert res["task"] == "obb" and res["names"] == ["cat", "dog"] and res["written"] == 1
    assert len(lines) == 1 and "shapes[2] (cat): shape_type 'point'" in lines[0]
    assert (tmp_path / "lb" / "a.txt").read_text() == (
        "0 0.100000 0.066667 0.600000 0.066667 0.600000 0.600000 0.100000 0.600000\n"
        "1 0.250000 0.333333 0.450000 0.466667 0.400000 0.600000 0.200000 0.466667\n"
    )
    res = import_labelme(tmp_path, tmp_path, ["cat", "dog"], tmp_path / "det", state=JobState(), task="detect")
    assert (tmp_path / "det" / "a.txt").read_text() == (
        "0 0.350000 0.333333 0.500000 0.533333\n1 0.325000 0.466667 0.250000 0.266667\n"
    )


def test_labelme_hostile_files_one_line_each(tmp_path):
    cv2.imwrite(str(tmp_path / "ok.png"), np.zeros((H, W, 3), np.uint8))
    good = {"shapes": [{"label": "cat", "shape_type": "polygon", "points": [[1, 1], [50, 1], [20, 40]]}]}
    files = {
        "ok.json": {**good, "imagePath": "ok.png"},
        "broken.json": "{not json",
        "list.json": [],
        "nan.json": {
            "shapes": [{"label": "cat", "shape_type": "polygon", "points": [[1, 1], [2, 2], ["x", 3]]}],
            "imagePath": "ok.png",
        },
        "escape.json": {**good, "imagePath": "../../etc/passwd"},
        "size.json": {**good, "imagePath": "ok.png", "imageWidth": 10, "imageHeight": 10},
    }
    for name, doc in files.items():
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(doc if isinstance(doc, str) else json.dumps(doc))
    (tmp_path / "in" / "dir.json").mkdir()
    os.mkfifo(tmp_path / "in" / "fifo.json")  # never opened: no hang
    lines = []
    state = JobState(on_error=lambda p, r: lines.append(f"{p}: {r}"))
    res = import_labelme(tmp_path / "in", tmp_path, ["cat"], tmp_path / "lb", state=state)
    assert res["written"] == 1 and (tmp_path / "lb" / "ok.txt").exists()
    text = "\n".join(lines)
    for name in ("broken.json:1", "list.json", "nan.json", "escape.json", "size.json", "dir.json", "fifo.json"):
        assert name in text, (name, text)
    assert len(lines) == 7 and not (tmp_path / "etc").exists()


def test_dota_round_trip_is_byte_identical(tmp_path):
    root = _dataset(tmp_path / "ds", "obb", DOTA_NAMES)
    sel = collect_shapes(root, "labeled", task="obb")
    res = export_dota(sel, tmp_path / "dota")
    assert res["files"] == 4
    line = (tmp_path / "dota" / "train" / "p1.txt").read_text().splitlines()[0].split()
    assert len(line) == 10 and line[8] in DOTA_NAMES and line[9] == "0"
    state = JobState()
    res = import_dota(tmp_path / "dota", root / "images", DOTA_NAMES, tmp_path / "back", state=state)
    assert res["written"] == 4 and not state.errors
    _same_files(root / "labels", tmp_path / "back")


@pytest.mark.slow
def test_dota_output_read_by_ultralytics(tmp_path):
    from ultralytics.data.converter import convert_dota_to_yolo_obb

    root = _dataset(tmp_path / "ds", "obb", DOTA_NAMES)
    export_dota(collect_shapes(root, "labeled", task="obb"), tmp_path / "dota")
    ul = tmp_path / "ul"
    for split in ("train", "val"):
        (ul / "images").mkdir(parents=True, exist_ok=True)
        (ul / "images" / split).symlink_to(root / "images" / split)
        (ul / "labels").mkdir(exist_ok=True)
        (ul / "labels" / f"{split}_original").symlink_to(tmp_path / "dota" / split)
    convert_dota_to_yolo_obb(str(ul))
    for p in sorted((root / "labels").rglob("*.txt")):
        ours, _ = read_shapes(p, task="obb")
        theirs, issues = read_shapes(ul / "labels" / p.relative_to(root / "labels"), task="obb")
        assert not issues and ours.equals(theirs, atol=1e-6)


def test_dota_hostile_lines_named(tmp_path):
    cv2.imwrite(str(tmp_path / "a.png"), np.zeros((H, W, 3), np.uint8))
    cv2.imwrite(str(tmp_path / "b.png"), np.zeros((H, W, 3), np.uint8))
    (tmp_path / "a.txt").write_text("imagesource:GoogleEarth\ngsd:0.1\n10 10 50 10 50 40 10 40 plane 1\n")
    (tmp_path / "b.txt").write_text("10 10 50 10 50 40 10 40 plane 0\n10 10 nan 10 50 40 10 40 ship 0\n")
    (tmp_path / "c.txt").write_text("1 2 3 plane\n")  # no image either: the line is reported first
    lines = []
    state = JobState(on_error=lambda p, r: lines.append(f"{p}: {r}"))
    res = import_dota(tmp_path, tmp_path, DOTA_NAMES, tmp_path / "lb", state=state)
    assert res["written"] == 1
    assert (tmp_path / "lb" / "a.txt").read_text() == (
        "0 0.050000 0.066667 0.250000 0.066667 0.250000 0.266667 0.050000 0.266667\n"
    )
    assert len(lines) == 2 and "b.txt:2: a corner coordinate is not finite" in lines[0] and "c.txt:1:" in lines[1]


def test_cli_round_trips(tmp_path, capsys):
    root = _dataset(tmp_path / "ds", "polygon", ["cat", "dog"])
    assert cli_main(["convert", "to-coco", str(root), str(tmp_path / "s.json"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["task"] == "segment"
    args = ["--names", str(root / "data.yaml"), "--labels-dir", str(tmp_path / "c")]
    assert cli_main(["convert", "from-coco", str(tmp_path / "s.json"), str(root), "--task", "segment", *args]) == 0
    _same_files(root / "labels", tmp_path / "c" / "images")
    assert cli_main(["convert", "to-labelme", str(root), str(tmp_path / "lm")]) == 0
    args[-1] = str(tmp_path / "l")
    assert cli_main(["convert", "from-labelme", str(tmp_path / "lm"), "--images", str(root), *args]) == 0
    _same_files(root / "labels", tmp_path / "l" / "images")
    assert cli_main(["convert", "to-dota", str(root), str(tmp_path / "d")]) == 0
    args[-1] = str(tmp_path / "o")
    assert cli_main(["convert", "from-dota", str(tmp_path / "d"), "--images", str(root / "images"), *args]) == 0
    assert len(list((tmp_path / "o").rglob("*.txt"))) == 4
