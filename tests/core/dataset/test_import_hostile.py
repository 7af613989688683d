"""Hostile COCO / VOC input (issue 12, section 4): nothing written outside the target, no user file
replaced, no hang, no traceback; one line naming the file and entry, the rest goes on, exit 1.
Every probe runs under a timeout; the CLI probes also under a memory cap (tests.support.hostile)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.core.dataset.formats import import_coco, import_voc
from app.core.errors import FileError
from app.core.jobs import JobState
from tests.support.hostile import run_cli

pytestmark = pytest.mark.timeout(120)
CATS = [{"id": 1, "name": "cat"}]


@pytest.fixture
def images(tmp_path) -> Path:
    d = tmp_path / "ds" / "images"
    d.mkdir(parents=True)
    for n in ("a", "b"):
        cv2.imwrite(str(d / f"{n}.jpg"), np.zeros((40, 50, 3), np.uint8))
    cv2.imwrite(str(tmp_path / "x.jpg"), np.zeros((40, 50, 3), np.uint8))  # outside, the target of ../
    cv2.imwrite(str(tmp_path / "ds" / "x.jpg"), np.zeros((40, 50, 3), np.uint8))
    return d


def coco(path: Path, images: list, anns: list, cats=CATS) -> Path:
    path.write_text(json.dumps({"images": images, "annotations": anns, "categories": cats}))
    return path


def img(i, name, w=50, h=40):
    return {"id": i, "file_name": name, "width": w, "height": h}


def ann(i, image_id, bbox):
    return {"id": i, "image_id": image_id, "category_id": 1, "bbox": bbox, "iscrowd": 0}


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_coco_paths_that_leave_the_images_folder_are_refused(images, tmp_path):
    before = files_under(tmp_path)
    j = coco(
        tmp_path / "evil.json",
        [img(1, "a.jpg"), img(2, "../../x.jpg"), img(3, "../x.jpg"), img(4, str(tmp_path / "x.jpg"))],
        [ann(1, 1, [1, 1, 10, 10]), ann(2, 2, [1, 1, 5, 5]), ann(3, 3, [1, 1, 5, 5]), ann(4, 4, [1, 1, 5, 5])],
    )
    state = JobState()
    s = import_coco(j, images, names=["cat"], labels_dir=tmp_path / "labels", state=state)
    assert s["written"] == 1 and s["skipped"] == 3
    assert files_under(tmp_path) - before == {"evil.json", "labels/a.txt"}
    assert len(state.errors) == 3 and all(p == str(j) for p, _ in state.errors)
    assert [r.split(":")[0] for _, r in state.errors] == ["images[1] (id 2)", "images[2] (id 3)", "images[3] (id 4)"]
    assert all("leaves the images folder" in r for _, r in state.errors)
    # the Ultralytics rule (no --labels-dir) does not escape either
    state = JobState()
    import_coco(j, images, names=["cat"], state=state)
    assert not (tmp_path / "x.txt").exists() and not (tmp_path / "ds" / "x.txt").exists()
    assert (tmp_path / "ds" / "labels" / "a.txt").exists() and len(state.errors) == 3


def test_a_symlink_out_of_the_labels_folder_is_refused(images, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (tmp_path / "labels").mkdir()
    os.symlink(outside, tmp_path / "labels" / "sub")
    (images / "sub").mkdir()
    cv2.imwrite(str(images / "sub" / "c.jpg"), np.zeros((40, 50, 3), np.uint8))
    j = coco(tmp_path / "c.json", [img(1, "sub/c.jpg")], [ann(1, 1, [1, 1, 10, 10])])
    state = JobState()
    s = import_coco(j, images, names=["cat"], labels_dir=tmp_path / "labels", state=state)
    assert s["written"] == 0 and list(outside.iterdir()) == []
    assert "outside the labels folder" in state.errors[0][1]


def test_overwrite_replaces_only_label_files(images, tmp_path):
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "a.txt").write_text("buy milk\ncall mum\n")  # the user's notes
    (labels / "b.txt").write_text("0 0.5 0.5 0.1 0.1\n")  # an old label file
    j = coco(
        tmp_path / "c.json", [img(1, "a.jpg"), img(2, "b.jpg")], [ann(1, 1, [0, 0, 25, 20]), ann(2, 2, [0, 0, 25, 20])]
    )
    state = JobState()
    s = import_coco(j, images, names=["cat"], labels_dir=labels, overwrite=True, state=state)
    assert (labels / "a.txt").read_text() == "buy milk\ncall mum\n"
    assert (labels / "b.txt").read_text() == "0 0.250000 0.250000 0.500000 0.500000\n"
    assert s["written"] == 1 and state.errors == [
        (
            str(labels / "a.txt"),
            "exists and is not a YOLO label file; not replaced (--overwrite replaces only label files)",
        )
    ]


@pytest.mark.parametrize(
    "case, images_, anns, expect",
    [
        ("int file_name", [img(1, 7), img(2, "b.jpg")], [], "images[0] (id 1): 'file_name' must be a non-empty string"),
        (
            "missing id",
            [{"file_name": "a.jpg", "width": 50, "height": 40}, img(2, "b.jpg")],
            [],
            "images[0]: needs an integer 'id'",
        ),
        (
            "string bbox",
            [img(1, "a.jpg"), img(2, "b.jpg")],
            [ann(5, 1, "1,2,3,4")],
            "annotations[0] (id 5): bbox must be 4 finite numbers",
        ),
        (
            "NaN bbox",
            [img(1, "a.jpg"), img(2, "b.jpg")],
            [ann(5, 1, [1, float("nan"), 3, 4])],
            "annotations[0] (id 5): bbox must be 4 finite numbers",
        ),
        (
            "negative width",
            [img(1, "a.jpg"), img(2, "b.jpg")],
            [ann(5, 1, [10, 10, -4, 4])],
            "annotations[0] (id 5): bbox width and height must be > 0 (got -4 x 4)",
        ),
        (
            "outside",
            [img(1, "a.jpg"), img(2, "b.jpg")],
            [ann(5, 1, [60, 10, 4, 4])],
            "annotations[0] (id 5): bbox [60.0, 10.0, 4.0, 4.0] lies outside the 50x40 image",
        ),
    ],
)
def test_malformed_coco_entries_are_refused_and_the_rest_goes_on(images, tmp_path, case, images_, anns, expect):
    j = coco(tmp_path / "c.json", images_, anns)
    state = JobState()
    s = import_coco(j, images, names=["cat"], labels_dir=tmp_path / "labels", state=state)
    assert len(state.errors) == 1 and state.errors[0][0] == str(j), state.errors
    assert state.errors[0][1].startswith(expect), state.errors[0][1]
    assert (tmp_path / "labels" / "b.txt").read_text() == ""  # the rest went on
    assert not (tmp_path / "labels" / "a.txt").exists()  # no partial / nan / -0 label
    assert s["written"] == 1


@pytest.mark.parametrize(
    "content, expect",
    [
        (b'{"images": [], "categories": [], "annotations": {"1": {}}}', "'annotations' must be a list, not dict"),
        (b'{"images": [], "categories": [{"name": "x"}]}', "categories[0]: needs an integer 'id'"),
        (b'{"images": [], "caf\xe9": []}', "not a text file (not UTF-8)"),
    ],
)
def test_broken_coco_files_give_one_file_error(tmp_path, images, content, expect):
    (tmp_path / "c.json").write_bytes(content)
    with pytest.raises(FileError, match=expect.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        import_coco(tmp_path / "c.json", images)


def voc_xml(filename: str, box=(2, 2, 20, 20), encoding: str | None = None) -> str:
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n' if encoding else ""
    return (
        f"{head}<annotation><filename>{filename}</filename><size><width>50</width><height>40</height>"
        f"<depth>3</depth></size><object><name>cat</name><bndbox><xmin>{box[0]}</xmin><ymin>{box[1]}</ymin>"
        f"<xmax>{box[2]}</xmax><ymax>{box[3]}</ymax></bndbox></object></annotation>\n"
    )


def test_voc_hostile_files(images, tmp_path):
    xml = tmp_path / "xml"
    xml.mkdir()
    (xml / "a.xml").write_text(voc_xml("a.jpg"))
    (xml / "up.xml").write_text(voc_xml("../x.jpg"))
    (xml / "abs.xml").write_text(voc_xml(str(tmp_path / "x.jpg")))
    (xml / "enc.xml").write_text(voc_xml("b.jpg", encoding="klingon-8"))
    (xml / "nan.xml").write_text(voc_xml("b.jpg", box=("nan", 2, 20, 20)))
    (xml / "dir.xml").mkdir()
    os.mkfifo(xml / "fifo.xml")
    before = files_under(tmp_path)
    state = JobState()
    s = import_voc(xml, images, names=["cat"], labels_dir=tmp_path / "labels", state=state)
    assert s["written"] == 1 and files_under(tmp_path) - before == {"labels/a.txt"}
    errs = dict(state.errors)
    assert "is a folder" in errs[str(xml / "dir.xml")]
    assert "FIFO" in errs[str(xml / "fifo.xml")]
    assert "encoding" in errs[str(xml / "enc.xml")] or "decode" in errs[str(xml / "enc.xml")]
    assert "non-finite" in errs[str(xml / "nan.xml")]
    assert "leaves the image folder" in errs[str(xml / "up.xml")]
    assert "leaves the image folder" in errs[str(xml / "abs.xml")]
    assert len(state.errors) == 6


def test_cli_one_line_per_problem_and_exit_1(images, tmp_path):
    """Through the real CLI in a subprocess (timeout, 3 GiB address-space cap)."""
    xml = tmp_path / "xml"
    xml.mkdir()
    (xml / "a.xml").write_text(voc_xml("a.jpg"))
    (xml / "up.xml").write_text(voc_xml("../x.jpg"))
    os.mkfifo(xml / "x.xml")
    (tmp_path / "classes.txt").write_text("cat\n")
    r = run_cli(
        "convert",
        "from-voc",
        str(xml),
        "--images",
        str(images),
        "--names",
        str(tmp_path / "classes.txt"),
        "--labels-dir",
        str(tmp_path / "lv"),
        timeout=60,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and any("x.xml" in ln and "FIFO" in ln for ln in lines), lines
    assert (tmp_path / "lv" / "a.txt").exists()
    (tmp_path / "x.json").mkdir()
    os.mkfifo(tmp_path / "f.json")
    j = coco(tmp_path / "c.json", [img(1, "a.jpg"), img(2, "../../x.jpg")], [ann(1, 2, [1, 1, float("nan"), 3])])
    for target, expect in ((tmp_path / "x.json", "folder"), (tmp_path / "f.json", "FIFO"), (j, "leaves the images")):
        r = run_cli("convert", "from-coco", str(target), str(images), "--labels-dir", str(tmp_path / "lc"), timeout=60)
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and str(target) in lines[0] and expect in lines[0], lines
    assert not (tmp_path / "x.txt").exists() and not (tmp_path.parent / "x.txt").exists()
