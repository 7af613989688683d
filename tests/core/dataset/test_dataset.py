"""Dataset index on real SQLite files: refresh, statuses, predictions, malformed labels,
concurrent GUI + CLI access, read-only fallback, rebuild."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.core.dataset import scan as dataset_scan
from app.core.dataset import store as dataset_store
from app.core.dataset.index import (
    STATUS_AUTO,
    STATUS_LABELED,
    STATUS_REVIEWED,
    STATUS_UNLABELED,
    DatasetIndex,
    resolve_source,
)
from app.core.errors import FileError
from app.core.io.yolo_labels import img2label_path, write_labels
from app.core.jobs import JobState

NAMES = ["circle", "square", "triangle", "star", "ring"]


def make_dataset(root: Path, n_train=8, n_val=2, unlabeled=()):
    """Ultralytics layout with tiny real JPEGs; image i has (i % 3) + 1 boxes of class i % 5."""
    root.mkdir(parents=True, exist_ok=True)
    ok, jpg = cv2.imencode(".jpg", np.full((24, 32, 3), 127, np.uint8))
    rels = []
    for i in range(n_train + n_val):
        split = "train" if i < n_train else "val"
        rel = f"images/{split}/im_{i:03d}.jpg"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(jpg.tobytes())
        if i not in unlabeled:
            k = i % 3 + 1
            write_labels(img2label_path(root / rel), [i % 5] * k, [[0.5, 0.5, 0.2, 0.1]] * k)
        rels.append(rel)
    (root / "data.yaml").write_text(
        "train: images/train\nval: images/val\nnames:\n" + "".join(f"  {i}: {n}\n" for i, n in enumerate(NAMES))
    )
    return rels


@pytest.fixture
def ds(tmp_path):
    root = tmp_path / "ds"
    rels = make_dataset(root, unlabeled=(3,))
    return root, rels


def test_first_index_counts_and_unchanged_refresh(ds):
    root, rels = ds
    with DatasetIndex.open(root / "data.yaml") as idx:
        assert idx.db_path == root / ".labelbench" / "index.sqlite" and idx.in_dataset
        assert idx.class_names == NAMES
        r = idx.refresh()
        assert (r["images"], r["new"], r["parsed"], r["removed"]) == (10, 10, 9, 0)
        s = idx.summary()
        # label files no auto-label run wrote: "labeled" (issue 24), not "auto"
        assert (s["images"], s["unlabeled"], s["auto"], s["labeled"], s["reviewed"]) == (10, 1, 0, 9, 0)
        expect = {n: 0 for n in NAMES}
        for i in range(10):
            if i != 3:
                expect[NAMES[i % 5]] += i % 3 + 1
        assert s["per_class"] == expect and s["boxes"] == sum(expect.values())
        row = idx.get("images/val/im_009.jpg")
        assert row.split == "val" and row.n_boxes == 1 and row.classes == [4] and row.status == STATUS_LABELED
        assert idx.get("images/train/im_003.jpg").status == STATUS_UNLABELED
        time.sleep(0.05)
        r2 = idx.refresh()
        assert (r2["new"], r2["changed"], r2["removed"]) == (0, 0, 0)
        # files older than the racy window are not even read again
        old = time.time() - 3600
        for p in (root / "labels").rglob("*.txt"):
            os.utime(p, (old, old))
        idx.refresh()
        assert idx.refresh()["parsed"] == 0
        con = sqlite3.connect(idx.db_path)
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("SELECT version FROM schema_version").fetchone()[0] == dataset_store.SCHEMA_VERSION
        con.close()


def test_outside_edit_noticed_even_same_size_and_instant(ds):
    root, rels = ds
    idx = DatasetIndex.open(root / "data.yaml")
    idx.refresh()
    lbl = img2label_path(root / rels[0])
    before = lbl.read_bytes()
    lbl.write_bytes(before.replace(b"0 0.5", b"2 0.5", 1))  # same size, within the same tick
    assert len(lbl.read_bytes()) == len(before)
    r = idx.refresh()
    assert r["changed"] == 1 and idx.get(rels[0]).classes == [2]
    old = time.time() - 7200  # an older copy restored over it (mtime goes back, size equal)
    lbl.write_bytes(before)
    os.utime(lbl, (old, old))
    assert idx.refresh()["changed"] == 1 and idx.get(rels[0]).classes == [0]
    lbl.unlink()
    idx.refresh()
    row = idx.get(rels[0])
    assert (
        row.status == STATUS_UNLABELED and row.n_boxes == 0 and idx.summary()["per_class"]["circle"] == 3
    )  # im_005 keeps its three circles
    idx.close()


def test_added_and_removed_images_and_folders(tmp_path):
    root = tmp_path / "flat"
    rels = make_dataset(root)
    idx = DatasetIndex(root)  # a folder: recursive, names from its data.yaml
    assert idx.class_names == NAMES
    assert idx.refresh()["images"] == 10
    (root / rels[1]).unlink()
    sub = root / "images" / "train" / "more"
    sub.mkdir()
    ok, jpg = cv2.imencode(".png", np.zeros((8, 8, 3), np.uint8))
    (sub / "extra.PNG").write_bytes(jpg.tobytes())
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.jpg").write_bytes(jpg.tobytes())
    r = idx.refresh()
    assert (r["new"], r["removed"], r["images"]) == (1, 1, 10)
    assert idx.get("images/train/more/extra.PNG").status == STATUS_UNLABELED
    assert idx.get(rels[1]) is None
    import shutil

    shutil.rmtree(root / "images" / "val")
    r = idx.refresh()
    assert r["removed"] == 2 and idx.count() == 8
    idx.close()


def test_malformed_lines_reported_with_file_and_line(ds):
    root, rels = ds
    bad = {
        rels[0]: "0 0.5 0.5 0.2\n",  # wrong column count
        rels[1]: "1 0.5 0.5 0.2 0.2\n1 0.5 abc 0.2 0.2\n",  # non-number on line 2
        rels[2]: "2 0.5 0.5 1.5 0.2\n",  # out of range
        rels[4]: "4 0.5 0.5 0.2 0.2\n\n7 0.1 0.1 0.05 0.05\n",  # unknown class id on line 3
    }
    for rel, text in bad.items():
        img2label_path(root / rel).write_text(text)
    idx = DatasetIndex.open(root / "data.yaml")
    idx.refresh()
    issues = {(Path(i["path"]).name, i["line"]): i["error"] for i in idx.issues()}
    assert issues == {
        ("im_000.txt", 1): "expected 5 columns (cls cx cy w h), found 4",
        ("im_001.txt", 2): "not a number: 'abc'",
        ("im_002.txt", 1): "coordinates must be normalized to 0..1",
        ("im_004.txt", 3): "unknown class id 7 (dataset has 5 classes)",
    }
    assert all(Path(i["path"]) == img2label_path(root / i["image"]) for i in idx.issues())
    # the unknown-class box is kept and flagged, the broken lines are not counted as boxes
    row = idx.get(rels[4])
    assert row.n_boxes == 2 and row.classes == [4, 7] and row.unknown_cls == 1 and row.n_issues == 1
    assert idx.get(rels[1]).n_boxes == 1 and idx.get(rels[0]).n_boxes == 0
    s = idx.summary()
    assert s["per_class"]["class 7 (unknown)"] == 1 and s["malformed_lines"] == 4 and s["malformed_files"] == 4
    # fixing a file clears its issues
    write_labels(img2label_path(root / rels[0]), [0], [[0.5, 0.5, 0.2, 0.2]])
    idx.refresh()
    assert len(idx.issues()) == 3 and idx.get(rels[0]).n_issues == 0
    # a new class name appended: class 7 becomes known only when there are 8 names
    idx.close()
    idx = DatasetIndex(root, NAMES + ["a", "b", "c"])
    assert idx.refresh()["parsed"] >= 9  # every label file is re-checked against the new names
    assert len(idx.issues()) == 2 and idx.get(rels[4]).unknown_cls == 0
    idx.close()


def test_six_column_files_give_confidences(ds):
    root, rels = ds
    img2label_path(root / rels[0]).write_text("0 0.5 0.5 0.2 0.2 0.40\n1 0.2 0.2 0.1 0.1 0.80\n")
    idx = DatasetIndex.open(root / "data.yaml")
    idx.refresh()
    row = idx.get(rels[0])
    assert row.min_conf == pytest.approx(0.4) and row.mean_conf == pytest.approx(0.6)
    assert idx.rows(order="min_conf", limit=1)[0].rel == rels[0]
    idx.close()


def test_review_status_survives_refresh_and_outside_edit(ds):
    root, rels = ds
    idx = DatasetIndex.open(root / "data.yaml")
    idx.refresh()
    idx.set_reviewed(rels[2])
    assert idx.is_reviewed(rels[2]) and idx.refresh()["changed"] == 0
    assert idx.get(rels[2]).status == STATUS_REVIEWED
    idx.close()
    idx = DatasetIndex.open(root / "data.yaml")  # reopened: still reviewed
    assert idx.is_reviewed(rels[2])
    write_labels(img2label_path(root / rels[2]), [1, 1], [[0.5, 0.5, 0.2, 0.2]] * 2)  # outside edit
    idx.refresh()
    row = idx.get(rels[2])
    assert row.status == STATUS_REVIEWED and row.edited and row.classes == [1] and row.n_boxes == 2
    idx.set_reviewed(rels[2], False)
    assert idx.get(rels[2]).status == STATUS_LABELED  # back to what it was: no run wrote it
    idx.set_reviewed(rels[3], True)  # accepted with no objects
    idx.set_reviewed(rels[3], False)
    assert idx.get(rels[3]).status == STATUS_UNLABELED
    idx.close()


def test_record_predictions_and_queue_order(ds):
    root, rels = ds
    idx = DatasetIndex.open(root / "data.yaml")
    idx.refresh()
    idx.set_reviewed(rels[5])
    items = []
    confs = {rels[0]: [0.9, 0.3], rels[1]: [0.6], rels[2]: [0.95, 0.1, 0.5], rels[5]: [0.05], rels[3]: []}
    for rel, c in confs.items():
        k = len(c)
        cls, xywh = np.arange(k) % 5, np.tile([0.5, 0.5, 0.1, 0.1], (k, 1))
        if rel != rels[5]:
            write_labels(img2label_path(root / rel), cls, xywh)  # the engine writes, then records
        items.append((rel, cls, xywh, np.array(c)))
    idx.record_predictions(items, "yolo@abc|conf=0.25")
    assert idx.autolabel_key(rels[0]) == "yolo@abc|conf=0.25"
    r0 = idx.get(rels[0])
    assert (r0.status, r0.n_boxes, r0.min_conf, r0.mean_conf) == (STATUS_AUTO, 2, 0.3, pytest.approx(0.6))
    cls, xywh, conf = idx.predictions(rels[2])
    assert cls.tolist() == [0, 1, 2] and conf.tolist() == [0.95, 0.1, 0.5] and xywh.shape == (3, 4)
    assert idx.predictions(rels[7])[0].size == 0
    # a reviewed image keeps its status and counts; its predictions are still stored
    r5 = idx.get(rels[5])
    assert r5.status == STATUS_REVIEWED and r5.n_boxes == 3 and idx.predictions(rels[5])[2].tolist() == [0.05]
    # "nothing found": an empty label file, status auto, no confidence (sorted last)
    r3 = idx.get(rels[3])
    assert r3.status == STATUS_AUTO and r3.n_boxes == 0 and r3.min_conf is None
    assert idx.refresh()["changed"] == 0  # the index already knows the files it was told about
    queue = idx.rows(status=STATUS_AUTO, order="min_conf")
    assert [r.rel for r in queue[:3]] == [rels[2], rels[0], rels[1]]
    assert all(r.min_conf is None for r in queue[3:])
    assert idx.summary()["least_sure"] == [(rels[2], 0.1), (rels[0], 0.3), (rels[1], 0.6)]
    # paging, position and accept-and-next
    assert [r.rel for r in idx.rows(status=STATUS_AUTO, order="min_conf", limit=2, offset=1)] == [rels[0], rels[1]]
    assert idx.position(rels[1], status=STATUS_AUTO, order="min_conf") == 2
    idx.set_reviewed(rels[2])
    nxt = idx.next_row(rels[2], status=STATUS_AUTO, order="min_conf")
    assert nxt.rel == rels[0]
    assert idx.next_row(rels[1], status=STATUS_AUTO, order="min_conf", step=-1).rel == rels[0]
    assert [r.rel for r in idx.rows(class_id=2)] == [rels[2], rels[7]]
    assert idx.count(STATUS_REVIEWED) == 2 and idx.count([STATUS_AUTO, STATUS_REVIEWED]) == 5
    assert idx.count(STATUS_LABELED) == 5  # the label files the run did not write
    idx.close()


def test_note_label_written_is_not_an_outside_edit(ds):
    root, rels = ds
    idx = DatasetIndex.open(root / "data.yaml")
    idx.refresh()
    path = idx.label_path(rels[6])
    assert path == img2label_path(root / rels[6])
    write_labels(path, [3, 3, 4], [[0.5, 0.5, 0.2, 0.2]] * 3)
    idx.note_label_written(rels[6], [3, 3, 4], [[0.5, 0.5, 0.2, 0.2]] * 3, edited_by_user=True)
    row = idx.get(rels[6])
    assert row.classes == [3, 4] and row.n_boxes == 3 and row.edited and row.status == STATUS_LABELED
    assert idx.summary()["per_class"]["star"] == 2 + 3  # im_003 is unlabeled; im_008 has 3 stars
    assert idx.refresh()["changed"] == 0
    idx.close()


def test_gui_and_cli_at_once(ds):
    """Two connections (the GUI's and a CLI refresh) write the same index concurrently."""
    root, rels = ds
    gui = DatasetIndex.open(root / "data.yaml")
    gui.refresh()
    cli = DatasetIndex.open(root / "data.yaml")
    errors = []

    def cli_loop():
        try:
            for k in range(15):
                write_labels(img2label_path(root / rels[8]), [k % 5], [[0.5, 0.5, 0.1, 0.1]])
                cli.refresh()
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    t = threading.Thread(target=cli_loop)
    t.start()
    for k in range(15):
        gui.set_reviewed(rels[k % 8], k % 2 == 0)
        assert len(gui.rows(limit=5)) == 5
    t.join()
    assert not errors
    assert gui.get(rels[8]).classes == [14 % 5] and cli.get(rels[6]).status == STATUS_REVIEWED
    gui.close()
    cli.close()


def test_refresh_does_not_undo_a_review_saved_meanwhile(ds):
    root, rels = ds
    a = DatasetIndex.open(root / "data.yaml")
    a.refresh()
    lbl = img2label_path(root / rels[0])
    lbl.write_text("1 0.5 0.5 0.2 0.2\n")  # the GUI saves the image...
    a.note_label_written(rels[0], [1], [[0.5, 0.5, 0.2, 0.2]], True)
    a.set_reviewed(rels[0])  # ...and accepts it
    b = DatasetIndex.open(root / "data.yaml")  # a CLI refresh that saw the old state
    b.refresh()
    assert b.get(rels[0]).status == STATUS_REVIEWED and b.get(rels[0]).classes == [1]
    a.close()
    b.close()


def test_read_only_dataset_uses_user_cache(ds, monkeypatch, tmp_path):
    root, rels = ds
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # root ignores chmod, so the probe is replaced: the dataset folder cannot be written
    monkeypatch.setattr(dataset_store, "can_write_dir", lambda d: False)
    idx = DatasetIndex.open(root / "data.yaml")
    assert not idx.in_dataset
    assert idx.db_path.parent == tmp_path / "cache" / "labelbench" / "index"
    assert idx.db_path == dataset_store.cache_index_path(root.resolve())
    assert idx.refresh()["images"] == 10
    idx.set_reviewed(rels[0])
    idx.close()
    assert not (root / ".labelbench").exists()
    idx = DatasetIndex.open(root)  # same dataset through its folder: same cached index
    assert idx.is_reviewed(rels[0])
    idx.close()


def test_write_probe_is_real():
    assert not dataset_store.can_write_dir(Path("/proc/labelbench-probe"))  # read-only even for root


def test_corrupt_or_old_index_is_rebuilt(ds):
    root, rels = ds
    idx = DatasetIndex.open(root / "data.yaml")
    idx.refresh()
    db = idx.db_path
    idx.close()
    con = sqlite3.connect(db)
    con.execute("UPDATE schema_version SET version = 999")
    con.commit()
    con.close()
    idx = DatasetIndex.open(root / "data.yaml")
    assert idx.count() == 0 and idx.refresh()["images"] == 10
    idx.close()
    assert list(db.parent.glob("index.sqlite.old-*"))
    for p in db.parent.glob("index.sqlite*"):
        p.unlink()
    db.write_bytes(b"this is not a database" * 100)
    idx = DatasetIndex.open(root / "data.yaml")
    assert idx.refresh()["images"] == 10
    idx.close()
    assert list(db.parent.glob("index.sqlite.corrupt-*"))


def test_rebuild_keeps_reviews(ds):
    root, rels = ds
    idx = DatasetIndex.open(root / "data.yaml")
    idx.refresh()
    idx.set_reviewed(rels[4])
    r = idx.rebuild()
    assert r["parsed"] == 9 and r["rechecked"] == 9 and r["changed"] == 0 and idx.is_reviewed(rels[4])
    idx.close()


def test_cancelled_refresh_keeps_rows_and_resumes(tmp_path, monkeypatch):
    from app.core.dataset import refresh as dataset_refresh

    monkeypatch.setattr(dataset_refresh, "FIRST_BATCH", 5)
    monkeypatch.setattr(dataset_refresh, "BATCH", 5)
    root = tmp_path / "big"
    make_dataset(root, n_train=30, n_val=0)
    state = JobState()
    seen = []

    def progress(done, total, msg):
        seen.append(done)
        if done >= 10:
            state.cancel()

    state._on_progress = progress
    idx = DatasetIndex(root)
    r = idx.refresh(state)
    done = idx.count()
    assert r["cancelled"] and 10 <= done < 30 and seen[0] == 5
    r = idx.refresh()
    assert not r["cancelled"] and idx.count() == 30 and r["new"] == 30 - done and r["removed"] == 0
    idx.close()


def test_label_root_mapping_and_list_files(tmp_path):
    root = tmp_path / "ds"
    rels = make_dataset(root, n_train=4, n_val=0)
    out = tmp_path / "out_labels"
    write_labels(out / "images" / "train" / "im_001.txt", [2, 2], [[0.5, 0.5, 0.1, 0.1]] * 2)
    idx = DatasetIndex(root, NAMES, label_root=out)
    idx.refresh()
    assert idx.label_path(rels[1]) == out / "images" / "train" / "im_001.txt"
    assert idx.get(rels[1]).classes == [2] and idx.get(rels[0]).status == STATUS_UNLABELED
    idx.close()
    (root / "train.txt").write_text("./images/train/im_000.jpg\nimages/train/im_002.jpg\n")
    (root / "list.yaml").write_text("train: train.txt\nnames: [a, b, c, d, e]\n")
    root2, yaml_path, names = resolve_source(root / "list.yaml")
    assert root2 == root.resolve() and names == list("abcde")
    idx = DatasetIndex.open(root / "list.yaml", index_path=tmp_path / "list.sqlite")
    r = idx.refresh()
    assert r["images"] == 2 and [x.rel for x in idx.rows()] == [rels[0], rels[2]]
    idx.close()


def test_bad_sources_raise_file_errors(tmp_path):
    with pytest.raises(FileError, match="no such file"):
        DatasetIndex.open(tmp_path / "missing")
    (tmp_path / "bad.yaml").write_text("train: [unclosed\n")
    with pytest.raises(FileError, match=r"bad.yaml:\d+: invalid YAML"):
        DatasetIndex.open(tmp_path / "bad.yaml")
    (tmp_path / "nosplit.yaml").write_text("train: nowhere\nnames: [a]\n")
    with pytest.raises(FileError, match="no existing train/val/test"):
        DatasetIndex.open(tmp_path / "nosplit.yaml")


def test_fast_label_parser_agrees_with_labels_module():
    from app.core.io.yolo_labels import parse_labels

    texts = [
        "0 0.5 0.5 0.2 0.2\n3 1 0 .5 1.0\n",
        "1 0.1 0.2 0.3 0.4",
        "\n\n2 0.5 0.5 0.1 0.1\r\n",
        "0 5e-1 0.5 0.1 0.1\n",
        "7 0.5 0.5 0.1 0.1\n",
        "1.0 0.5 0.5 0.2 0.2\n",
        "0 0.5 0.5 0.2\n",
        "0 0.5 0.5 0.2 0.2 0.9\n1 0.5 0.5 0.2 0.2\n",
        "-1 0.5 0.5 0.1 0.1\n",
        "0 nan 0.5 0.1 0.1\n",
        "",
    ]
    for t in texts:
        p = dataset_scan.parse_label_bytes(t.encode(), "f.txt", 5)
        labels, issues = parse_labels(t, "f.txt", 5)
        assert p.n_boxes == len(labels), t
        assert sorted(p.counts.items()) == sorted(
            {int(c): int((labels.cls == c).sum()) for c in set(labels.cls.tolist())}.items()
        ), t
        assert p.issues == [(i.line, i.reason) for i in issues], t
    assert dataset_scan.parse_label_bytes(b"\xff\xfe0 1", "f.txt", 5).issues == [(1, "not a text file (not UTF-8)")]
