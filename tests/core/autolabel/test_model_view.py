"""Runs that keep existing labels still store the model's view in the dataset's index (issue 13.2)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from app.core.autolabel.engine.local import AutolabelOptions
from app.core.autolabel.model_view import REPLACE, SEPARATE, SKIP, existing_labels, run
from app.core.dataset.index import DatasetIndex
from tests.support.autolabel_data import tree_bytes


@pytest.fixture()
def data(tmp_path, demo_dir):
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d, ignore=shutil.ignore_patterns(".labelbench"))
    return d


def _opts(**kw):
    return AutolabelOptions(backend="pt", precision="exact", **kw)


def test_existing_labels_counts_hand_made_files(data):
    ex = existing_labels(data / "data.yaml")
    assert ex["images"] == 24 and ex["foreign"] == 24 and ex["none"] == 0 and len(ex["examples"]) == 3
    (data / "labels" / "train" / ex["examples"][0].split("/")[-1].replace(".jpg", ".txt")).unlink()
    assert existing_labels(data / "data.yaml")["foreign"] == 23


def test_separate_folder_keeps_the_labels_and_stores_predictions(data, demo_model, tmp_path):
    before = tree_bytes(data / "labels")
    out = tmp_path / "pred_labels"
    rep = run(data / "data.yaml", demo_model, _opts(out=str(out)), keep=SEPARATE)
    assert rep["labeled"] == 24 and rep["model_view"] == 24 and rep["keep"] == SEPARATE
    assert tree_bytes(data / "labels") == before  # ground truth untouched
    assert len(tree_bytes(out)) == 24
    with DatasetIndex.open(data / "data.yaml") as idx:
        idx.refresh()
        rows = idx.rows(order="min_conf")
        assert len(rows) == 24 and all(r.min_conf is not None for r in rows)
        assert [r.min_conf for r in rows] == sorted(r.min_conf for r in rows)  # least sure first
        assert {r.status for r in rows} == {"labeled"} and not any(r.edited for r in rows)  # not the run's
        rel = rows[0].rel
        c, b, f = idx.predictions(rel)
        assert len(c) and np.isclose(f.min(), rows[0].min_conf)
        # the row's counts are the label file's, not the model's
        gt = [ln for ln in idx.label_path(rel).read_text().splitlines() if ln.strip()]
        assert rows[0].n_boxes == len(gt)
        assert idx.autolabel_key(rel) is None  # a later run still keeps them
    assert existing_labels(data / "data.yaml")["foreign"] == 24


def test_skip_keeps_the_labels_and_still_predicts_them(data, demo_model):
    before = tree_bytes(data / "labels")
    lone = sorted((data / "labels" / "val").glob("*.txt"))[0]
    lone.unlink()  # one image without labels
    rep = run(data / "data.yaml", demo_model, _opts(), keep=SKIP)
    assert rep["labeled"] == 1 and rep["skipped"] == 23 and rep["model_view"] == 23
    after = tree_bytes(data / "labels")
    assert {k: v for k, v in after.items() if k != f"val/{lone.name}"} == {
        k: v for k, v in before.items() if k != f"val/{lone.name}"
    }
    with DatasetIndex.open(data / "data.yaml") as idx:
        assert sum(len(idx.predictions(r.rel)[0]) > 0 for r in idx.rows()) >= 20
        assert all(r.min_conf is not None for r in idx.rows() if len(idx.predictions(r.rel)[0]))


def test_replace_overwrites(data, demo_model):
    rep = run(data / "data.yaml", demo_model, _opts(), keep=REPLACE)
    assert rep["labeled"] == 24 and rep["model_view"] == 0
    assert existing_labels(data / "data.yaml")["ours"] == 24
