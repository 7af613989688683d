"""Dataset export for training, COCO JSON and Pascal VOC XML: round trips and edge cases."""

from __future__ import annotations

import json
import os
from pathlib import Path

import cv2
import numpy as np
import pytest
import yaml

from app.cli import main as cli_main
from app.core.dataset.formats import (
    collect_records,
    export_coco,
    export_ultralytics,
    export_voc,
    import_coco,
    import_voc,
    split_records,
)
from app.core.dataset.synth import dataset as make_demo_dataset
from app.core.errors import FileError, UsageError
from app.core.io.yolo_labels import read_labels, write_labels
from app.core.jobs import JobState

NAMES = make_demo_dataset.CLASSES


@pytest.fixture
def dataset(tmp_path) -> Path:
    """12 demo images (160x120) in Ultralytics layout; two labels moved to fractional pixels."""
    root = tmp_path / "ds"
    for i in range(12):
        split = "val" if i < 3 else "train"
        img, boxes = make_demo_dataset.render(i, seed=4, size=(160, 120))
        (root / "images" / split).mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(root / "images" / split / f"im{i:02d}.jpg"), img)
        arr = np.array(boxes, float).reshape(-1, 5)
        if i in (4, 5):
            arr[:, 1:3] += np.where(arr[:, 1:3] > 0.5, -0.0013, 0.0013)  # off whole pixels, still inside
            arr[:, 3:] -= 0.0011
        write_labels(root / "labels" / split / f"im{i:02d}.txt", arr[:, 0], arr[:, 1:])
    (root / "data.yaml").write_text(
        "path: .\ntrain: images/train\nval: images/val\nnames:\n"
        + "".join(f"  {i}: {n}\n" for i, n in enumerate(NAMES))
    )
    cv2.imwrite(str(root / "images" / "train" / "unlabeled.jpg"), np.zeros((50, 60, 3), np.uint8))
    return root


def _labels(root: Path) -> dict[str, np.ndarray]:
    out = {}
    for p in sorted(root.rglob("*.txt")):
        if p.name == "classes.txt":
            continue
        lab, issues = read_labels(p)
        assert not issues
        out[p.stem] = np.column_stack([lab.cls, lab.xywhn]) if len(lab) else np.zeros((0, 5))
    return out


def _same(a: dict, b: dict, atol: float) -> None:
    assert sorted(a) == sorted(b)
    for k in a:
        x, y = a[k], b[k]
        assert x.shape == y.shape, k
        order_x, order_y = np.lexsort(x.T[::-1]), np.lexsort(y.T[::-1])
        assert np.array_equal(x[order_x, 0], y[order_y, 0]), k
        assert np.allclose(x[order_x, 1:], y[order_y, 1:], atol=atol), (k, x, y)


def test_yolo_coco_yolo_round_trip(dataset, tmp_path):
    sel = collect_records(dataset, "labeled")
    assert len(sel.records) == 12 and sel.names == NAMES and "labeled" in sel.rule
    export_coco(sel, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text())
    from pycocotools.coco import COCO  # the reference reader accepts it

    coco = COCO(str(tmp_path / "a.json"))
    assert len(coco.getImgIds()) == 12 and len(coco.getAnnIds()) == sum(len(r.cls) for r in sel.records)
    assert [c["name"] for c in data["categories"]] == NAMES
    s = import_coco(tmp_path / "a.json", dataset, labels_dir=tmp_path / "back", names=NAMES)
    assert s["written"] == 12 and s["errors"] == 0
    _same(_labels(dataset / "labels"), _labels(tmp_path / "back"), atol=1e-6)


def test_yolo_voc_yolo_round_trip(dataset, tmp_path):
    sel = collect_records(dataset, "labeled")
    export_voc(sel, tmp_path / "voc_precise", precise=True)
    import_voc(tmp_path / "voc_precise", dataset, labels_dir=tmp_path / "back_precise")
    _same(_labels(dataset / "labels"), _labels(tmp_path / "back_precise"), atol=1e-6)
    # labelImg-style integer pixels (1-based, truncated): every edge within one pixel
    export_voc(sel, tmp_path / "voc_int")
    xml = (tmp_path / "voc_int" / "images" / "train" / "im04.xml").read_text()
    assert "<xmin>" in xml and "." not in xml.split("<xmin>")[1].split("</xmin>")[0]
    s = import_voc(tmp_path / "voc_int", dataset, labels_dir=tmp_path / "back_int")
    assert s["names"] == NAMES and s["written"] == 12
    _same(_labels(dataset / "labels"), _labels(tmp_path / "back_int"), atol=1 / 120 + 1e-6)


def test_import_keeps_existing_labels_and_reports_unknown_classes(dataset, tmp_path):
    sel = collect_records(dataset, "labeled")
    export_coco(sel, tmp_path / "a.json")
    lbl = dataset / "labels" / "train" / "im05.txt"
    write_labels(lbl, [1], [[0.5, 0.5, 0.2, 0.2]])  # the user's edit differs from the JSON
    state = JobState()
    s = import_coco(tmp_path / "a.json", dataset, names=NAMES, state=state)
    assert lbl.read_text() == "1 0.500000 0.500000 0.200000 0.200000\n"
    assert any("im05.txt" in p and "not replaced" in r for p, r in state.errors)
    assert s["skipped"] >= 1
    with pytest.raises(FileError, match="not in the dataset's class list: ring"):
        import_coco(tmp_path / "a.json", dataset, names=NAMES[:4], labels_dir=tmp_path / "x")
    (tmp_path / "bad.json").write_text('{"images": [1,')
    with pytest.raises(FileError, match="invalid JSON"):
        import_coco(tmp_path / "bad.json", dataset)


def test_split_is_reproducible_and_stratified(dataset):
    sel = collect_records(dataset, "labeled")
    a_train, a_val = split_records(sel.records, 0.25, seed=3)
    _b_train, b_val = split_records(sel.records, 0.25, seed=3)
    assert [r.rel for r in a_val] == [r.rel for r in b_val] and len(a_val) == 3
    assert {r.rel for r in a_train} | {r.rel for r in a_val} == {r.rel for r in sel.records}
    _, c_val = split_records(sel.records, 0.25, seed=4)
    assert [r.rel for r in c_val] != [r.rel for r in a_val]
    s_train, s_val = split_records(sel.records, 0.25, seed=3, stratify=True)
    assert {r.rel for r in s_train} | {r.rel for r in s_val} == {r.rel for r in sel.records}
    # group by rarest class (counted in boxes); every group of >= 2 images has a member in val
    freq: dict[int, int] = {}
    for r in sel.records:
        for c in r.cls:
            freq[int(c)] = freq.get(int(c), 0) + 1
    groups: dict[int, set[str]] = {}
    for r in sel.records:
        key = min(set(r.cls.tolist()), key=lambda c: (freq[c], c)) if len(r.cls) else -1
        groups.setdefault(key, set()).add(r.rel)
    val_rels = {r.rel for r in s_val}
    assert len(groups) >= 3
    for key, members in groups.items():
        if len(members) >= 2:
            assert members & val_rels, (key, members)
        assert len(members & val_rels) == max(1 if len(members) >= 2 else 0, round(len(members) * 0.25))


def test_export_ultralytics_links_and_trains_layout(dataset, tmp_path):
    sel = collect_records(dataset, "labeled")
    s = export_ultralytics(sel, tmp_path / "out", val_fraction=0.25, seed=0, mode="symlink")
    out = tmp_path / "out"
    data = yaml.safe_load((out / "data.yaml").read_text())
    assert data["names"] == dict(enumerate(NAMES)) and data["train"] == "images/train"
    imgs = sorted((out / "images").rglob("*.jpg"))
    assert len(imgs) == 12 == s["train_images"] + s["val_images"] and s["val_images"] == 3
    assert all(p.is_symlink() and p.resolve().is_relative_to(dataset.resolve()) for p in imgs)
    for p in imgs:  # every linked image has its label at the Ultralytics path, same boxes as the source
        lbl = Path(str(p).replace(f"{os.sep}images{os.sep}", f"{os.sep}labels{os.sep}")).with_suffix(".txt")
        src = dataset / "labels" / p.parent.name / p.with_suffix(".txt").name
        src = src if src.exists() else next((dataset / "labels").rglob(p.with_suffix(".txt").name))
        assert lbl.read_text() == src.read_text()
    # re-export into our own folder is allowed and deterministic; a foreign non-empty folder is refused
    s2 = export_ultralytics(sel, out, val_fraction=0.25, seed=0, mode="list")
    assert s2["val_images"] == 3 and not (out / "images").exists()
    assert len((out / "train.txt").read_text().splitlines()) == 9
    assert yaml.safe_load((out / "data.yaml").read_text())["val"] == "val.txt"
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "keep.txt").write_text("mine")
    with pytest.raises(FileError, match="not a LabelBench export"):
        export_ultralytics(sel, tmp_path / "foreign")
    assert (tmp_path / "foreign" / "keep.txt").read_text() == "mine"
    with pytest.raises(UsageError, match="outside the dataset"):
        export_ultralytics(sel, dataset / "export")
    # a hidden folder inside the dataset is fine (the training pane's default) and is not re-scanned
    export_ultralytics(sel, dataset / ".labelbench" / "runs" / "train-data")
    assert len(collect_records(dataset, "labeled").records) == 12
    export_ultralytics(sel, tmp_path / "copied", mode="copy")
    assert not any(p.is_symlink() for p in (tmp_path / "copied" / "images").rglob("*.jpg"))


def test_reviewed_images_are_picked_from_the_index(dataset, tmp_path):
    from app.core.dataset.index import DatasetIndex

    with DatasetIndex.open(dataset) as idx:
        idx.refresh()
        idx.set_reviewed("images/train/im05.jpg")
        idx.set_reviewed("images/val/im01.jpg")
    sel = collect_records(dataset, "reviewed")
    assert sel.rule == "reviewed"
    assert sorted(r.rel for r in sel.records) == ["images/train/im05.jpg", "images/val/im01.jpg"]
    assert len(collect_records(dataset, "all").records) == 13  # the unlabeled image too, with no boxes


def test_bad_label_line_is_reported_and_image_left_out(dataset):
    (dataset / "labels" / "train" / "im07.txt").write_text("0 0.5 0.5 0.1 0.1\n9 0.5 0.5 0.1 0.1\n")
    state = JobState()
    sel = collect_records(dataset, "labeled", state)
    assert "images/train/im07.jpg" not in [r.rel for r in sel.records] and len(sel.records) == 11
    assert any(p.endswith("im07.txt:2") and "unknown class id 9" in r for p, r in sel.errors)


def test_convert_cli(dataset, tmp_path, capsys):
    assert (
        cli_main(
            [
                "convert",
                "yolo",
                str(dataset),
                str(tmp_path / "train_ds"),
                "--which",
                "labeled",
                "--val",
                "0.25",
                "--stratify",
                "--json",
            ]
        )
        == 0
    )
    s = json.loads(capsys.readouterr().out)
    assert s["train_images"] + s["val_images"] == 12 and s["stratify"] is True
    assert cli_main(["convert", "to-coco", str(dataset / "data.yaml"), str(tmp_path / "c.json")]) == 0
    assert (
        cli_main(
            [
                "convert",
                "from-coco",
                str(tmp_path / "c.json"),
                str(dataset),
                "--labels-dir",
                str(tmp_path / "back"),
                "--names",
                str(dataset / "data.yaml"),
                "--json",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(out)["written"] == 12
    _same(_labels(dataset / "labels"), _labels(tmp_path / "back"), atol=1e-6)
    assert cli_main(["convert", "from-voc", str(tmp_path / "missing")]) == 1
    assert "not a folder" in capsys.readouterr().err
