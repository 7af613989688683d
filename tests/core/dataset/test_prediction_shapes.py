"""Issue 25: a -seg / -obb run's predictions keep their polygons and rotated boxes in the index
(predictions.shapes, schema 5) beside the boxes around them; a box run's row is what it always was;
an index of schema 4 is migrated in place (its box predictions still read), a newer one is kept aside."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from app.core.dataset import store
from app.core.dataset.index import DatasetIndex
from app.core.dataset.predicted.shape_blob import decode, encode
from app.core.io.shapes import OBB, POLYGON, Labels, format_shapes, parse_shapes

POLY = [0.101234, 0.2, 0.45, 0.210001, 0.4, 0.6, 0.12, 0.55, 0.05, 0.3]
QUAD = [0.6, 0.1, 0.9, 0.2, 0.85, 0.4, 0.55, 0.3]
ROT = [0.7, -0.05, 1.02, 0.1, 0.95, 0.3, 0.63, 0.15]  # a rotated box's corners may leave the image


def dataset(root, n=3):
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    for i in range(n):
        (root / "images" / f"im{i}.jpg").write_bytes(b"")  # the index reads label files, not pixels
    return root


def seg_labels() -> Labels:
    return Labels([2, 0], (POLYGON, POLYGON), (POLY, QUAD), [0.91, 0.42])


def record(idx, rel, labels, key="seg-model"):
    idx.label_path(rel).write_text(format_shapes(labels))
    idx.record_predictions([(rel, labels.cls, labels.xywhn(), labels.conf, labels)], key)


def test_blob_round_trip_gives_the_numbers_the_label_file_holds():
    lab = Labels([1, 0, 3], (POLYGON, OBB, "box"), (POLY, ROT, [0.5, 0.5, 0.2, 0.1]))
    kinds, coords = decode(encode(lab))
    assert kinds == (POLYGON, OBB, "box")
    shapes = Labels(lab.cls[:2], kinds[:2], coords[:2])  # a file holds one kind: the shapes read back
    back, issues = parse_shapes(format_shapes(shapes), task="obb", allow_conf=False)
    assert issues == [] and format_shapes(back) == format_shapes(lab.subset([0, 1]))
    for c, want in zip(coords, (POLY, ROT, [0.5, 0.5, 0.2, 0.1])):
        assert c.tolist() == [float(f"{v:.6f}") for v in want]  # the very numbers the text parses to
    assert decode(encode(Labels.empty())) == ((), [])
    for bad in (b"", np.array([2, 6], "<i4").tobytes(), np.array([1, 5, 0, 0, 0, 0, 0], "<i4").tobytes()):
        with pytest.raises(ValueError):
            decode(bad)


def test_shape_predictions_round_trip_through_the_index(tmp_path):
    root = dataset(tmp_path / "ds")
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        lab = seg_labels()
        record(idx, "images/im0.jpg", lab)
        obb = Labels([1], (OBB,), (ROT,), [0.66])
        record(idx, "images/im1.jpg", obb, "obb-model")
        got = idx.prediction_shapes("images/im0.jpg")
        assert got.kinds == (POLYGON, POLYGON) and got.cls.tolist() == [2, 0] and got.conf.tolist() == [0.91, 0.42]
        assert got.equals(lab, atol=1e-9) and format_shapes(got) == format_shapes(lab)
        c, b, f = idx.predictions("images/im0.jpg")  # the boxes around them, as every box reader wants
        assert c.tolist() == [2, 0] and f.tolist() == [0.91, 0.42]
        np.testing.assert_array_equal(b, lab.xywhn())
        o = idx.prediction_shapes("images/im1.jpg")
        assert o.kinds == (OBB,) and np.allclose(o.coords[0], ROT, atol=1e-9)  # 8 numbers stay a rotated box
        assert idx.get("images/im0.jpg").n_boxes == 2 and idx.get("images/im0.jpg").status == "auto"
        # a box run: the row is what it always was (no shapes), and a later box run clears the shapes
        idx.record_predictions([("images/im0.jpg", [1], np.array([[0.5, 0.5, 0.2, 0.2]]), [0.8])], "det-model")
        assert idx.prediction_shapes("images/im0.jpg") is None
        row = idx._q(
            "SELECT cls, xywhn, conf, shapes FROM predictions p JOIN images i ON i.id = p.image_id "
            "WHERE i.rel='images/im0.jpg'"
        )[0]
        assert row == (
            np.array([1], np.int64).tobytes(),
            np.array([[0.5, 0.5, 0.2, 0.2]]).tobytes(),
            np.array([0.8]).tobytes(),
            None,
        )
        assert idx.prediction_shapes("images/im2.jpg") is None  # never predicted
        # a hand-edited blob: boxes still come back, no shapes, no crash
        idx._con.execute(
            "UPDATE predictions SET shapes=x'0300' WHERE image_id=(SELECT id FROM images WHERE rel=?)",
            ("images/im1.jpg",),
        )
        assert idx.prediction_shapes("images/im1.jpg") is None and len(idx.predictions("images/im1.jpg")[0]) == 1


def test_model_view_keeps_shapes_too(tmp_path):
    root = dataset(tmp_path / "ds")
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        lab = seg_labels()
        idx.record_model_view([("images/im2.jpg", lab.cls, lab.xywhn(), lab.conf, lab)], "seg-model")
        assert idx.prediction_shapes("images/im2.jpg").equals(lab, atol=1e-9)
        assert idx.get("images/im2.jpg").status == "unlabeled"  # its label file is not the model's


def to_schema_4(path):
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE predictions DROP COLUMN shapes")
    con.execute("UPDATE schema_version SET version=4")
    con.commit()
    con.close()


def test_an_index_of_schema_4_is_migrated_and_its_box_predictions_still_read(tmp_path):
    root = dataset(tmp_path / "ds")
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        idx.record_predictions([("images/im0.jpg", [0], np.array([[0.5, 0.5, 0.2, 0.2]]), [0.7])], "det")
        idx.set_reviewed("images/im1.jpg")
        path = idx.db_path
    to_schema_4(path)
    con = sqlite3.connect(path)
    assert "shapes" not in {r[1] for r in con.execute("PRAGMA table_info(predictions)")}
    con.close()
    with DatasetIndex.open(root) as idx:
        c, b, f = idx.predictions("images/im0.jpg")
        assert c.tolist() == [0] and b.tolist() == [[0.5, 0.5, 0.2, 0.2]] and f.tolist() == [0.7]
        assert idx.prediction_shapes("images/im0.jpg") is None and idx.is_reviewed("images/im1.jpg")
        record(idx, "images/im2.jpg", seg_labels())  # the migrated index takes shapes
        assert idx.prediction_shapes("images/im2.jpg").equals(seg_labels(), atol=1e-9)
    con = sqlite3.connect(path)
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] == store.SCHEMA_VERSION == 6
    con.close()
    assert not list(path.parent.glob("index.sqlite.old-*"))  # migrated in place, not kept aside


def test_an_index_of_a_newer_schema_is_kept_aside(tmp_path, caplog):
    root = dataset(tmp_path / "ds")
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        record(idx, "images/im0.jpg", seg_labels())
        path = idx.db_path
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version=?", (store.SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    with DatasetIndex.open(root) as idx:
        assert idx.prediction_shapes("images/im0.jpg") is None
    newer = store.SCHEMA_VERSION + 1
    assert f"newer LabelBench (index schema {newer}; this one knows {store.SCHEMA_VERSION})" in caplog.text
    assert [p.name for p in path.parent.glob("index.sqlite.old-*") if not p.name.endswith(("-wal", "-shm"))]


@pytest.mark.slow  # a real -seg / -obb model (tiny, trained once and cached) through the engine
@pytest.mark.parametrize("task", ["segment", "obb"])
def test_an_auto_label_run_stores_the_shapes_its_label_files_hold(task, tmp_path, shared_exports):
    import shutil

    from app.core.autolabel.engine.local import AutolabelOptions, autolabel
    from app.core.io.shapes import read_shapes
    from tests.support.shape_models import shape_model, training_images

    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    for p in sorted(training_images(task).glob("*.png"))[:4]:
        shutil.copy(p, root / "images" / p.name)
    rep = autolabel(root, shape_model(task), AutolabelOptions(precision="exact"))
    assert rep["labeled"] == 4 and rep["task"] == task
    objects = 0
    with DatasetIndex.open(root) as idx:
        for p in sorted((root / "images").iterdir()):
            rel = f"images/{p.name}"
            on_disk, issues = read_shapes(idx.label_path(rel), task=task)
            got = idx.prediction_shapes(rel)
            assert issues == [] and got is not None and format_shapes(got) == format_shapes(on_disk)
            assert set(got.kinds) <= {OBB if task == "obb" else POLYGON}
            c, b, f = idx.predictions(rel)
            assert got.cls.tolist() == c.tolist() and got.conf.tolist() == f.tolist()
            np.testing.assert_allclose(got.xywhn(), b, atol=1e-6)
            objects += len(got)
    assert objects >= 4  # not vacuous


def test_the_dataset_source_measures_the_stored_polygons_against_reviewed_labels(tmp_path):
    """Evaluate's "auto-labels vs reviewed labels" on a segment dataset: masks, from the index."""
    from app.core.dataset.synth import shapes as synth
    from app.core.evaluation import run_evaluation
    from app.core.io.shapes import read_shapes

    yaml_path = synth.write_dataset(tmp_path / "seg", n=3, task="segment", size=(160, 128))
    root = yaml_path.parent
    with DatasetIndex.open(yaml_path) as idx:
        idx.refresh()
        rels = [r.rel for r in idx.rows()]
        for k, rel in enumerate(rels):
            lab, _ = read_shapes(idx.label_path(rel), task="segment")
            if k == 0:  # the model missed image 0's first object
                lab = lab.subset(range(1, len(lab)))
            pred = Labels(lab.cls, lab.kinds, lab.coords, np.linspace(0.9, 0.5, len(lab)))
            idx.record_model_view([(rel, pred.cls, pred.xywhn(), pred.conf, pred)], "tiny-seg.pt")
            idx.set_reviewed(rel)
    result = run_evaluation({"kind": "dataset", "source": str(yaml_path), "mode": "coco"})
    data, report = result.data, result.report
    assert report.task == "segment" and report.to_json()["iou_type"] == "segm"
    assert data.n_images == 3 and len(data.dt_cls) == len(data.gt_cls) - 1
    aps = {r["class"]: r["ap50"] for r in report.per_class() if r["gt"]}
    missed = int(read_shapes(root / "labels" / "train" / "img000.txt", task="segment")[0].cls[0])
    assert aps[missed] < 1.0 and all(ap == 1.0 for c, ap in aps.items() if c != missed), aps  # masks, exact
    assert str(root) in data.source
