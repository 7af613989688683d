"""The dataset index records polygons and rotated boxes: counts per kind, the task, a folder that
mixes kinds reported (not guessed), polygon lines no longer listed as malformed (issue 25, part 1)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from app.core.dataset import kinds as dataset_kinds
from app.core.dataset.index import DatasetIndex
from app.core.dataset.synth import shapes as synth_shapes
from app.core.io.yolo_labels import write_labels
from tests.support.paths import ROOT


def _status(root, *args):
    e = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", "status", str(root), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=e,
        timeout=120,
    )


def _objects(root):
    return sum(len(p.read_text().splitlines()) for p in (root / "labels" / "train").glob("*.txt"))


def test_a_segment_dataset_is_indexed_per_kind(tmp_path):
    synth_shapes.write_dataset(tmp_path, 8, "segment")
    with DatasetIndex.open(tmp_path / "data.yaml") as idx:
        idx.refresh()
        assert idx.issues() == []
        s = dataset_kinds.summary(idx)
        n = _objects(tmp_path)
        assert s["task"] == "segment" and s["task_from"] == "files" and s["mixed"] is None
        # squares are 4-point polygons: still polygons in a segment dataset
        assert s["per_kind"] == {"box": 0, "polygon": n, "obb": 0} and s["files"] == {"box": 0, "shape": 8}
        assert idx.summary()["boxes"] == n


def test_an_obb_dataset_is_indexed_per_kind_and_status_says_so(tmp_path):
    synth_shapes.write_dataset(tmp_path, 6, "obb")
    n = _objects(tmp_path)
    r = _status(tmp_path / "data.yaml", "--json")
    assert r.returncode == 0, r.stderr
    o = json.loads(r.stdout)
    assert o["task"] == "obb" and o["per_kind"] == {"box": 0, "polygon": 0, "obb": n} and o["malformed"] == []
    assert o["mixed_kinds"] is None
    text = _status(tmp_path / "data.yaml").stdout
    assert "task      obb  (from the label files)" in text and f"objects per class ({n}: {n} rotated boxes)" in text


def test_a_folder_mixing_boxes_and_polygons_is_reported_not_guessed(tmp_path):
    synth_shapes.write_dataset(tmp_path, 4, "segment")
    write_labels(tmp_path / "labels" / "train" / "img001.txt", [0, 1], [[0.5, 0.5, 0.2, 0.2], [0.3, 0.3, 0.1, 0.1]])
    o = json.loads(_status(tmp_path / "data.yaml", "--json").stdout)
    assert o["task"] is None and o["kind_files"] == {"box": 1, "shape": 3}
    assert o["mixed_kinds"]["box_files"] == ["images/train/img001.png"]
    assert o["mixed_kinds"]["shape_files"][0] == "images/train/img000.png"
    assert o["per_kind"]["box"] == 2 and o["malformed"] == []
    text = _status(tmp_path / "data.yaml").stdout
    assert "task      none (the files mix kinds)" in text
    assert (
        "warning: label files mix kinds: 1 hold boxes (e.g. images/train/img001.png), 3 polygons or rotated "
        "boxes (e.g. images/train/img000.png, images/train/img002.png, images/train/img003.png)" in text
    )


def test_a_box_dataset_reads_as_before(tmp_path):
    synth_shapes.write_dataset(tmp_path, 2, "segment")
    for p in (tmp_path / "labels" / "train").glob("*.txt"):
        write_labels(p, [1], [[0.5, 0.5, 0.2, 0.2]])
    text = _status(tmp_path / "data.yaml").stdout
    assert "boxes per class (2 boxes)" in text and "task " not in text
    with DatasetIndex.open(tmp_path / "data.yaml") as idx:
        assert dataset_kinds.summary(idx)["task"] == "detect"


def test_a_rewritten_file_counts_as_what_it_holds_now(tmp_path):
    synth_shapes.write_dataset(tmp_path, 3, "segment")
    with DatasetIndex.open(tmp_path / "data.yaml") as idx:
        idx.refresh()
        write_labels(tmp_path / "labels" / "train" / "img000.txt", [0], [[0.5, 0.5, 0.2, 0.2]])
        idx.refresh()
        s = dataset_kinds.summary(idx)
        assert s["per_kind"]["box"] == 1 and s["files"] == {"box": 1, "shape": 2} and s["mixed"] is not None


def test_the_task_a_run_recorded_decides_what_8_numbers_are(tmp_path):
    synth_shapes.write_dataset(tmp_path, 3, "obb")
    with DatasetIndex.open(tmp_path / "data.yaml") as idx:
        idx.refresh()
        assert dataset_kinds.summary(idx)["task"] == "obb"
        dataset_kinds.set_task(idx, "segment")  # a -seg run whose masks all came out as 4 points
        s = dataset_kinds.summary(idx)
        assert s["task"] == "segment" and s["task_from"] == "auto-label run" and s["per_kind"]["obb"] == 0


def test_an_index_built_before_polygons_were_read_reads_them_again(tmp_path):
    synth_shapes.write_dataset(tmp_path, 3, "segment")
    with DatasetIndex.open(tmp_path / "data.yaml") as idx:
        idx.refresh()
        db = idx.db_path
    con = sqlite3.connect(db)  # as an older LabelBench left it: polygon lines listed as malformed
    con.execute("DROP TABLE label_kinds")
    con.execute("UPDATE images SET n_issues=1")
    con.execute("INSERT INTO issues(image_id, line, reason) SELECT id, 1, 'expected 5 columns' FROM images")
    con.commit()
    con.close()
    with DatasetIndex.open(tmp_path / "data.yaml") as idx:
        r = idx.refresh()
        assert r["parsed"] == 3 and idx.issues() == [] and dataset_kinds.summary(idx)["task"] == "segment"
