"""Pascal VOC coordinates (issue 12, section 2): the devkit's 1-based integer pixels, --origin 1|0,
byte-identical round trips of labelImg-style files; COCO --bare-names."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.cli import main as cli_main
from app.core.dataset.formats import collect_records, export_coco, export_voc, import_voc
from app.core.dataset.formats.voc import voc_coords
from app.core.errors import UsageError
from app.core.io.yolo_labels import read_labels, write_labels
from app.core.jobs import JobState
from tests.support.paths import DEMO_DIR

pytestmark = pytest.mark.timeout(120)

NAMES = ["cat", "dog"]


def labelimg_xml(image: Path, w: int, h: int, boxes: list[tuple[str, int, int, int, int]]) -> str:
    """An annotation exactly as labelImg 1.8 writes it (lxml pretty print, two spaces -> tab,
    truncated = 1 when a box touches an edge, xmin/ymin clamped to >= 1)."""
    objs = ""
    for name, x1, y1, x2, y2 in boxes:
        trunc = int(y2 == h or y1 == 1 or x2 == w or x1 == 1)
        objs += (
            f"\t<object>\n\t\t<name>{name}</name>\n\t\t<pose>Unspecified</pose>\n\t\t<truncated>{trunc}"
            f"</truncated>\n\t\t<difficult>0</difficult>\n\t\t<bndbox>\n\t\t\t<xmin>{x1}</xmin>\n\t\t\t"
            f"<ymin>{y1}</ymin>\n\t\t\t<xmax>{x2}</xmax>\n\t\t\t<ymax>{y2}</ymax>\n\t\t</bndbox>\n\t</object>\n"
        )
    return (
        f"<annotation>\n\t<folder>{image.parent.name}</folder>\n\t<filename>{image.name}</filename>\n"
        f"\t<path>{image}</path>\n\t<source>\n\t\t<database>Unknown</database>\n\t</source>\n"
        f"\t<size>\n\t\t<width>{w}</width>\n\t\t<height>{h}</height>\n\t\t<depth>3</depth>\n\t</size>\n"
        f"\t<segmented>0</segmented>\n{objs}</annotation>\n"
    )


@pytest.fixture
def labelimg_set(tmp_path) -> tuple[Path, Path, dict[str, str]]:
    """A dataset with images under images/train and labelImg XML files beside them (xml/train)."""
    root = tmp_path / "ds"
    (root / "images" / "train").mkdir(parents=True)
    (root / "xml" / "train").mkdir(parents=True)
    (root / "data.yaml").write_text("path: .\ntrain: images/train\nval: images/train\nnames:\n  0: cat\n  1: dog\n")
    shapes = {"a.jpg": (640, 480), "b.jpg": (333, 517), "c.jpg": (1920, 1080)}
    boxes = {
        "a.jpg": [("cat", 1, 1, 100, 200), ("dog", 37, 48, 640, 480), ("cat", 300, 300, 300, 301)],
        "b.jpg": [("dog", 2, 3, 332, 516), ("dog", 1, 250, 17, 517)],
        "c.jpg": [("cat", 1001, 77, 1919, 1000), ("dog", 1, 1, 1920, 1080), ("cat", 513, 999, 514, 1079)],
    }
    xmls = {}
    for name, (w, h) in shapes.items():
        img = root / "images" / "train" / name
        cv2.imwrite(str(img), np.full((h, w, 3), 90, np.uint8))
        xml = labelimg_xml(img, w, h, boxes[name])
        (root / "xml" / "train" / name.replace(".jpg", ".xml")).write_text(xml)
        xmls[name] = xml
    (root / "xml" / "classes.txt").write_text("cat\ndog\n")
    return root, root / "xml", xmls


def test_labelimg_files_round_trip_byte_identical(labelimg_set, tmp_path):
    root, xml_dir, xmls = labelimg_set
    s = import_voc(xml_dir, root / "images", labels_dir=root / "labels")
    assert s["written"] == 3 and s["errors"] == 0 and s["names"] == NAMES
    # the 1-based box (1, 1, 100, 200) covers pixels 0..99 x 0..199: YOLO cx = 50 / 640
    lab, _ = read_labels(root / "labels" / "train" / "a.txt")
    assert np.allclose(lab.xywhn[0], [50 / 640, 100 / 480, 100 / 640, 200 / 480], atol=1e-6)
    sel = collect_records(root, "labeled")
    export_voc(sel, tmp_path / "out")
    for name, xml in xmls.items():
        assert (tmp_path / "out" / "images" / "train" / name.replace(".jpg", ".xml")).read_bytes() == xml.encode()
    # the old 0-based reading of the same files put every box one pixel further right/down
    # (and read a one-pixel-wide box, xmin = xmax = 300, as empty: refused with the file named)
    state = JobState()
    s0 = import_voc(xml_dir, root / "images", labels_dir=tmp_path / "as0", origin=0, state=state)
    lab0, _ = read_labels(tmp_path / "as0" / "train" / "b.txt")
    assert s0["written"] == 2 and np.isclose((lab0.xywhn[0, 0] - lab0.xywhn[0, 2] / 2) * 333, 2.0, atol=1e-3)
    assert [p for p, _ in state.errors] == [str(xml_dir / "train" / "a.xml")]
    assert "object 3 (cat)" in state.errors[0][1] and "empty" in state.errors[0][1]


def test_demo_export_is_1_based_and_clamped_like_the_devkit(tmp_path):
    sel = collect_records(DEMO_DIR, "labeled")
    export_voc(sel, tmp_path / "voc")
    seen_edge = 0
    for r in sel.records:
        root = ET.parse((tmp_path / "voc" / r.rel).with_suffix(".xml")).getroot()
        w, h = int(root.findtext("size/width")), int(root.findtext("size/height"))
        boxes = r.xyxy()
        for obj, (x1, y1, x2, y2) in zip(root.iter("object"), boxes):
            bb = {t: obj.findtext(f"bndbox/{t}") for t in ("xmin", "ymin", "xmax", "ymax")}
            assert all(re.fullmatch(r"\d+", v) for v in bb.values()), bb  # integers only
            xmin, ymin, xmax, ymax = (int(bb[t]) for t in ("xmin", "ymin", "xmax", "ymax"))
            assert 1 <= xmin <= xmax <= w and 1 <= ymin <= ymax <= h
            # Detectron2 / supervision read x1 = xmin - 1: never negative, within a pixel of ours
            assert xmin - 1 >= 0 and ymin - 1 >= 0
            assert abs((xmin - 1) - max(x1, 0)) < 1 + 1e-6 and abs(xmax - min(x2, w)) < 1 + 1e-6
            assert abs((ymin - 1) - max(y1, 0)) < 1 + 1e-6 and abs(ymax - min(y2, h)) < 1 + 1e-6
            seen_edge += xmin == 1 or ymin == 1
    assert seen_edge >= 1  # a demo box touches the left/top edge (demo_000006 wrote xmin 0 before)
    xml6 = (tmp_path / "voc" / "images" / "train" / "demo_000006.xml").read_text()
    assert "<xmin>0</xmin>" not in xml6 and "<ymin>0</ymin>" not in xml6


def test_coordinate_rules():
    # truncate (labelImg), 1-based, clamped to [1, W]
    assert voc_coords(10.7, 0.0, 50.3, 20.0, 100, 80) == ("11", "1", "50", "20")
    assert voc_coords(-3.0, -0.4, 120.0, 95.0, 100, 80) == ("1", "1", "100", "80")
    assert voc_coords(35.9999996, 12.0, 40.0000004, 13.0, 100, 80) == ("37", "13", "40", "13")  # 6-decimal noise
    assert voc_coords(10.2, 10.2, 10.6, 10.6, 100, 80) == ("11", "11", "11", "11")  # sub-pixel: one pixel
    # origin 0 (0-based values, rounded) and decimals
    assert voc_coords(10.7, -2.0, 50.3, 20.0, 100, 80, origin=0) == ("11", "0", "50", "20")
    assert voc_coords(10.25, 0.0, 50.5, 20.0, 100, 80, precise=True) == ("11.25", "1", "50.5", "20")
    assert voc_coords(10.25, -0.0, 50.5, 20.0, 100, 80, origin=0, precise=True) == ("10.25", "0", "50.5", "20")


def test_origin_0_round_trip_and_bad_origin(labelimg_set, tmp_path):
    root, xml_dir, _ = labelimg_set
    import_voc(xml_dir, root / "images", labels_dir=root / "labels")
    sel = collect_records(root, "labeled")
    export_voc(sel, tmp_path / "v0", origin=0)
    a0 = (tmp_path / "v0" / "images" / "train" / "a.xml").read_text()
    assert "<xmin>0</xmin>" in a0 and "<xmax>100</xmax>" in a0  # the 1-based (1..100) box, 0-based
    import_voc(tmp_path / "v0", root, labels_dir=tmp_path / "back0", origin=0, names=NAMES)
    for name in ("a", "b", "c"):
        assert (tmp_path / "back0" / "images" / "train" / f"{name}.txt").read_text() == (
            root / "labels" / "train" / f"{name}.txt"
        ).read_text()
    with pytest.raises(UsageError, match="origin"):
        export_voc(sel, tmp_path / "bad", origin=2)


def test_cli_origin_and_precise(labelimg_set, tmp_path, capsys):
    root, xml_dir, xmls = labelimg_set
    assert (
        cli_main(
            [
                "convert",
                "from-voc",
                str(xml_dir),
                "--images",
                str(root / "images"),
                "--labels-dir",
                str(root / "labels"),
                "--origin",
                "1",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["written"] == 3
    assert cli_main(["convert", "to-voc", str(root), str(tmp_path / "o1"), "--which", "labeled"]) == 0
    assert (tmp_path / "o1" / "images" / "train" / "b.xml").read_text() == xmls["b.jpg"]
    assert (
        cli_main(
            ["convert", "to-voc", str(root), str(tmp_path / "p"), "--which", "labeled", "--precise", "--origin", "0"]
        )
        == 0
    )
    assert "<xmin>0</xmin>" in (tmp_path / "p" / "images" / "train" / "a.xml").read_text()
    capsys.readouterr()
    with pytest.raises(SystemExit):
        cli_main(["convert", "to-voc", str(root), str(tmp_path / "x"), "--origin", "2"])


def test_to_coco_bare_names(tmp_path, capsys):
    root = tmp_path / "ds"
    for split in ("train", "val"):
        (root / "images" / split).mkdir(parents=True)
        cv2.imwrite(str(root / "images" / split / f"{split}1.jpg"), np.zeros((20, 30, 3), np.uint8))
        write_labels(root / "labels" / split / f"{split}1.txt", [0], [[0.5, 0.5, 0.2, 0.2]])
    assert cli_main(["convert", "to-coco", str(root), str(tmp_path / "bare.json"), "--bare-names"]) == 0
    data = json.loads((tmp_path / "bare.json").read_text())
    assert sorted(i["file_name"] for i in data["images"]) == ["train1.jpg", "val1.jpg"]
    export_coco(collect_records(root, "labeled"), tmp_path / "full.json")
    assert sorted(i["file_name"] for i in json.loads((tmp_path / "full.json").read_text())["images"]) == [
        "images/train/train1.jpg",
        "images/val/val1.jpg",
    ]
    # two images with one name cannot both be bare: refused, nothing written
    cv2.imwrite(str(root / "images" / "val" / "train1.jpg"), np.zeros((20, 30, 3), np.uint8))
    write_labels(root / "labels" / "val" / "train1.txt", [0], [[0.5, 0.5, 0.2, 0.2]])
    capsys.readouterr()
    assert cli_main(["convert", "to-coco", str(root), str(tmp_path / "dup.json"), "--bare-names"]) == 2
    assert "same name 'train1.jpg'" in capsys.readouterr().err and not (tmp_path / "dup.json").exists()
