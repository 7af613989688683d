"""Segment and OBB label files: read and written exactly (6 decimals), one immutable Labels model
for boxes, polygons and rotated boxes, malformed lines as file:line (issue 25, part 1)."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.dataset.synth import shapes as synth_shapes
from app.core.io.shapes import BOX, OBB, POLYGON, Labels, format_shapes, parse_shapes, read_shapes, write_shapes
from app.core.io.yolo_labels import UNKNOWN_CLASS, format_labels

SEG = (
    "0 0.100000 0.200000 0.300000 0.200000 0.200000 0.400000\n"
    "2 0.500000 0.500000 0.600000 0.500000 0.650000 0.600000 0.550000 0.700000 0.450000 0.600000\n"
)
OBB_TEXT = (
    "1 0.150000 0.445312 0.400000 0.234375 0.587500 0.578125 0.337500 0.789062\n"
    "0 0.837500 0.328125 0.631250 0.507812 0.456250 0.203125 0.662500 0.015625\n"
)


def test_segment_lines_round_trip_byte_for_byte(tmp_path):
    labels, issues = parse_shapes(SEG, "a.txt", nc=3)
    assert issues == [] and labels.kinds == (POLYGON, POLYGON) and labels.cls.tolist() == [0, 2]
    assert labels.points(0).shape == (3, 2) and labels.points(1).shape == (5, 2)
    assert format_shapes(labels) == SEG
    write_shapes(tmp_path / "a.txt", labels)
    assert (tmp_path / "a.txt").read_text() == SEG
    again, _ = read_shapes(tmp_path / "a.txt", nc=3)
    assert again.equals(labels)


def test_obb_lines_round_trip_and_the_task_says_what_8_numbers_are():
    labels, issues = parse_shapes(OBB_TEXT, "b.txt", nc=2, task="obb")
    assert issues == [] and labels.kinds == (OBB, OBB) and format_shapes(labels) == OBB_TEXT
    assert labels.task == "obb" and labels.points(0).shape == (4, 2)
    as_seg, _ = parse_shapes(OBB_TEXT, "b.txt", nc=2, task="segment")
    assert as_seg.kinds == (POLYGON, POLYGON) and format_shapes(as_seg) == OBB_TEXT
    # no task: 8 numbers beside longer polygons are a 4-point polygon, alone a rotated box
    assert parse_shapes(OBB_TEXT, "b.txt")[0].kinds == (OBB, OBB)
    mixed_lengths = OBB_TEXT + SEG.splitlines(keepends=True)[0]
    assert parse_shapes(mixed_lengths, "b.txt")[0].kinds == (POLYGON, POLYGON, POLYGON)


def test_box_files_read_and_write_as_the_box_format_does():
    text = format_labels([3, 1], [[0.5, 0.5, 0.25, 0.125], [0.1, 0.2, 0.05, 0.0625]])
    labels, issues = parse_shapes(text, "c.txt", nc=5)
    assert issues == [] and labels.kinds == (BOX, BOX) and format_shapes(labels) == text
    assert np.allclose(labels.xywhn(), [[0.5, 0.5, 0.25, 0.125], [0.1, 0.2, 0.05, 0.0625]])
    six, _ = parse_shapes("0 0.5 0.5 0.2 0.2 0.40\n", "c.txt")
    assert six.conf.tolist() == [0.4]


def test_ultralytics_own_g_format_reads_to_the_same_numbers():
    # yolo predict save_txt writes "%g" (6 significant digits, scientific for tiny values)
    labels, issues = parse_shapes("1 0.0123457 1e-05 0.5 0.25 0.75 0.125\n", "d.txt")
    assert issues == [] and labels.coords[0].tolist() == [0.0123457, 1e-05, 0.5, 0.25, 0.75, 0.125]
    assert format_shapes(labels) == "1 0.012346 0.000010 0.500000 0.250000 0.750000 0.125000\n"


def test_enclosing_boxes_and_counts():
    labels = Labels.concat(
        [parse_shapes(SEG, "a.txt")[0], Labels.from_obb([1], [[[0.1, 0.1], [0.3, 0.1], [0.3, 0.2], [0.1, 0.2]]], None)]
    )
    assert labels.kind_counts() == {POLYGON: 2, OBB: 1} and labels.task is None
    assert np.allclose(labels.xywhn()[0], [0.2, 0.3, 0.2, 0.2]) and np.allclose(
        labels.xywhn()[2], [0.2, 0.15, 0.2, 0.1]
    )


def test_labels_are_immutable():
    labels, _ = parse_shapes(SEG, "a.txt")
    with pytest.raises(ValueError):
        labels.coords[0][0] = 0.9
    with pytest.raises(ValueError):
        labels.cls[0] = 4
    with pytest.raises(AttributeError):
        labels.kinds = (BOX, BOX)
    sub = labels.subset([1])
    assert len(sub) == 1 and sub.cls.tolist() == [2] and len(labels) == 2
    with pytest.raises(ValueError):
        Labels([0], (POLYGON,), ([0.1, 0.2, 0.3, 0.4],))  # 2 points are not a polygon
    with pytest.raises(ValueError):
        Labels([0], (OBB,), ([0.1] * 6,))


@pytest.mark.parametrize(
    "line, reason",
    [
        ("0 0.5 0.5 0.2", "expected 5 columns (cls cx cy w h), found 4"),
        (
            "0 0.1 0.1 0.2 0.2 0.3 0.3 0.4",
            "expected a class id and x y pairs (a polygon of 3 or more points), found 7 numbers after the class id",
        ),
        ("0 0.1 0.1 0.2 x 0.3 0.3", "not a number: 'x'"),
        ("0.5 0.1 0.1 0.2 0.2 0.3 0.3", "class id must be a non-negative integer, found '0.5'"),
        ("0 0.1 0.1 0.2 1.2 0.3 0.3", "coordinates must be normalized to 0..1"),
        ("0 0.1 0.1 0.2 nan 0.3 0.3", "coordinates must be normalized to 0..1"),
        (
            "0 0.1 0.1 0.2 0.2 0.3 0.3 2.5 0.4",
            "coordinates must be normalized (a rotated box's corners within -1..2, its points 0..1)",
        ),
    ],
)
def test_malformed_lines_are_one_issue_naming_file_and_line(line, reason):
    labels, issues = parse_shapes(SEG + line + "\n", "lbl/x.txt", nc=3)
    assert len(labels) == 2
    assert [str(i) for i in issues] == [f"lbl/x.txt:3: {reason}"]


def test_unknown_class_is_kept_and_flagged():
    labels, issues = parse_shapes("7 0.1 0.1 0.2 0.2 0.3 0.1\n", "x.txt", nc=3)
    assert labels.cls.tolist() == [7] and issues[0].kind == UNKNOWN_CLASS and issues[0].class_id == 7


def test_a_file_mixing_boxes_and_polygons_is_reported_at_the_first_other_line():
    text = "0 0.5 0.5 0.2 0.2\n" + SEG
    labels, issues = parse_shapes(text, "m.txt", nc=3)
    assert labels.kinds == (BOX,)
    assert [(i.line, i.reason) for i in issues] == [
        (2, "mixes boxes (5 columns) with polygons or rotated boxes in one file (Ultralytics refuses it)"),
        (3, "mixes boxes (5 columns) with polygons or rotated boxes in one file (Ultralytics refuses it)"),
    ]
    labels, issues = parse_shapes(OBB_TEXT + "0 0.5 0.5 0.2 0.2\n0 0.5 0.5 0.2\n", "m.txt", task="obb")
    assert labels.kinds == (OBB, OBB) and [i.line for i in issues] == [3, 4]
    assert issues[1].reason == "expected 5 columns (cls cx cy w h), found 4"


def test_box_issues_keep_their_line_numbers_among_blank_lines():
    labels, issues = parse_shapes("\n0 0.5 0.5 0.2 0.2\n\n1 0.5 abc 0.2 0.2\n", "b.txt")
    assert len(labels) == 1 and [(i.line, i.reason) for i in issues] == [(4, "not a number: 'abc'")]


@pytest.mark.parametrize("task", synth_shapes.TASKS)
def test_generated_labels_read_back_exactly(tmp_path, task):
    synth_shapes.write_dataset(tmp_path, 6, task)
    for p in sorted((tmp_path / "labels" / "train").glob("*.txt")):
        labels, issues = read_shapes(p, nc=len(synth_shapes.classes_for(task)), task=task)
        assert issues == [] and len(labels) >= 1 and format_shapes(labels) == p.read_text()
        assert labels.task == task


@pytest.mark.parametrize(
    "line, reason",
    [
        ("0 inf 0.1 0.2 0.2 0.3 0.3", "coordinates must be normalized to 0..1"),
        ("0 -1e309 0.1 0.2 0.2 0.3 0.3", "coordinates must be normalized to 0..1"),
        ("99999999999 0.1 0.1 0.2 0.2 0.3 0.3", "class id 99999999999 is out of range (at most 999999)"),
        ("-1 0.1 0.1 0.2 0.2 0.3 0.3", "class id must be a non-negative integer, found '-1'"),
        ("0 0x1p-2 0.1 0.2 0.2 0.3 0.3", "not a number: '0x1p-2'"),
    ],
)
def test_hostile_polygon_lines_are_one_issue_each(line, reason):
    labels, issues = parse_shapes(line + "\n", "h.txt")
    assert len(labels) == 0 and [str(i) for i in issues] == [f"h.txt:1: {reason}"]


def test_a_huge_polygon_and_many_bad_lines_stay_bounded(tmp_path):
    pts = np.random.default_rng(0).random((200_000, 2))
    big = format_shapes(Labels.from_polygons([0], [pts]))
    labels, issues = parse_shapes(big, "big.txt")
    assert issues == [] and labels.points(0).shape == (200_000, 2)
    bad = "0 0.1 0.1 0.2\n" * 5000
    labels, issues = parse_shapes(SEG + bad, "bad.txt")
    assert len(labels) == 2 and len(issues) == 101 and issues[-1].reason == "... and 4900 more issues in this file"
    (tmp_path / "bin.txt").write_bytes(b"0 0.1 0.1 0.2 0.2 0.3 \xff\xfe\n")
    from app.core.errors import LabelFormatError

    with pytest.raises(LabelFormatError, match="not a text file"):
        read_shapes(tmp_path / "bin.txt")


def test_the_index_reads_polygon_files_through_the_same_rules(tmp_path):
    from app.core.dataset.scan import parse_label_bytes

    p = parse_label_bytes((SEG + OBB_TEXT.splitlines(keepends=True)[0] + "0 0.5 0.5 0.2\n").encode(), "s.txt", 3)
    assert p.n_boxes == 3 and p.shapes == (2, 1) and p.counts == {0: 1, 2: 1, 1: 1}
    assert p.issues == [(4, "expected 5 columns (cls cx cy w h), found 4")]
    box = parse_label_bytes(b"0 0.5 0.5 0.2 0.2\n", "b.txt", 3)
    assert box.shapes is None and box.n_boxes == 1
