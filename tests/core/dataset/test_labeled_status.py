"""Issue 24: label files no auto-label run wrote (ground truth made by hand, here or elsewhere) are
"labeled", not "auto"; an index of schema 3, where they were "auto", is brought up to date on open."""

from __future__ import annotations

import sqlite3

import numpy as np

from app.core.dataset import store
from app.core.dataset.index import STATUS_AUTO, STATUS_LABELED, STATUS_REVIEWED, STATUS_UNLABELED, DatasetIndex
from app.core.io.yolo_labels import format_labels


def dataset(root):
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    for i in range(4):
        (root / "images" / f"im{i}.jpg").write_bytes(b"")  # the index reads label files, not pixels
        if i < 3:
            (root / "labels" / f"im{i}.txt").write_text(format_labels([i], [[0.5, 0.5, 0.2, 0.2]]))
    return root


def test_statuses_follow_who_wrote_the_labels(tmp_path):
    root = dataset(tmp_path / "ds")
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        assert [idx.get(f"images/im{i}.jpg").status for i in range(4)] == [STATUS_LABELED] * 3 + [STATUS_UNLABELED]
        idx.record_predictions([("images/im0.jpg", [0], np.array([[0.5, 0.5, 0.2, 0.2]]), [0.7])], "model")
        assert idx.get("images/im0.jpg").status == STATUS_AUTO
        idx.set_reviewed("images/im1.jpg")
        idx.set_reviewed("images/im1.jpg", False)
        assert idx.get("images/im1.jpg").status == STATUS_LABELED
        idx.set_reviewed("images/im0.jpg")
        idx.set_reviewed("images/im0.jpg", False)
        assert idx.get("images/im0.jpg").status == STATUS_AUTO
        (root / "labels" / "im3.txt").write_text(format_labels([1], [[0.4, 0.4, 0.1, 0.1]]))  # a person, in Review
        idx.note_label_written("images/im3.jpg", [1], [[0.4, 0.4, 0.1, 0.1]], edited_by_user=True)
        assert idx.get("images/im3.jpg").status == STATUS_LABELED
        s = idx.summary()
        assert (s["auto"], s["labeled"], s["unlabeled"], s["reviewed"]) == (1, 3, 0, 0)


def test_an_index_of_schema_3_is_migrated(tmp_path):
    root = dataset(tmp_path / "ds")
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        idx.record_predictions([("images/im0.jpg", [0], np.array([[0.5, 0.5, 0.2, 0.2]]), [0.7])], "model")
        idx.set_reviewed("images/im2.jpg")
        path = idx.db_path
    con = sqlite3.connect(path)
    con.execute("UPDATE images SET status='auto' WHERE status='labeled'")  # as schema 3 wrote them
    con.execute("UPDATE schema_version SET version=3")
    con.commit()
    con.close()
    with DatasetIndex.open(root) as idx:
        assert [idx.get(f"images/im{i}.jpg").status for i in range(4)] == [
            STATUS_AUTO,
            STATUS_LABELED,
            STATUS_REVIEWED,
            STATUS_UNLABELED,
        ]
    con = sqlite3.connect(path)
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] == store.SCHEMA_VERSION
    con.close()
