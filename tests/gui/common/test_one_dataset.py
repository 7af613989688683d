"""Panes follow the one open dataset (issue 13.1, 13.3): the context adapter, Browse's labels and
predictions, Auto-label dropping the previous dataset's run, Evaluate never switching the dataset."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from app.core.session import INDEX, LABELS
from app.gui.common.context import AppContext


@pytest.fixture()
def two(tmp_path, demo_dir):
    out = []
    for name in ("a", "b"):
        d = tmp_path / name
        shutil.copytree(demo_dir, d, ignore=shutil.ignore_patterns(".labelbench"))
        out.append(d)
    return out


def test_changes_published_in_a_worker_arrive_in_the_gui_thread(qtbot, two):
    ctx = AppContext()
    ctx.set_dataset(two[0], two[0] / "data.yaml", ["x"])
    got = []
    ctx.changed.connect(lambda ch: got.append((ch, threading.current_thread() is threading.main_thread())))
    t = threading.Thread(target=lambda: ctx.publish(LABELS | INDEX, ["images/train/a.jpg"], "autolabel"))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(got) > 0, timeout=3000)
    ch, in_gui = got[0]
    assert in_gui and ch.source == "autolabel" and ch.for_open and ch.rels == ("images/train/a.jpg",)
    ctx.labelsChanged.emit(str(two[1] / "images" / "train" / "x.jpg"))  # another dataset: not published
    ctx.labelsChanged.emit(str(two[0] / "images" / "train" / "y.jpg"))
    assert got[-1][0].rels == ("images/train/y.jpg",) and len(got) == 2


def test_browse_draws_labels_and_the_stored_predictions(qtbot, two):
    from app.gui.browse.pane import Pane

    ctx = AppContext()
    pane = Pane(ctx)
    qtbot.addWidget(pane)
    ctx.set_dataset(two[0], two[0] / "data.yaml", ["circle", "square", "triangle", "star", "ring"])
    image = sorted((two[0] / "images" / "train").glob("*.jpg"))[0]
    rel = image.relative_to(two[0]).as_posix()
    n_labels = len([ln for ln in (two[0] / "labels" / "train" / f"{image.stem}.txt").read_text().splitlines() if ln])
    pane.show_image(str(image))
    qtbot.waitUntil(lambda: len(pane.view.labels) == n_labels, timeout=10000)
    assert len(pane.view.predictions) == 0
    ctx.session.index().record_model_view([(rel, [1], [[0.5, 0.5, 0.2, 0.2]], [0.4])], "test")
    ctx.publish(INDEX, [rel], "autolabel")  # Browse redraws the shown image
    qtbot.waitUntil(lambda: len(pane.view.predictions) == 1, timeout=10000)
    h, w = pane.view.image().shape[:2]
    assert np.allclose(pane.view.predictions.boxes.xyxy[0], [0.4 * w, 0.4 * h, 0.6 * w, 0.6 * h])
    pane.show_preds.setChecked(False)
    pane.show_labels.setChecked(False)
    assert not pane.view.predictions.visible and not pane.view.show_labels


def test_autolabel_pane_drops_the_previous_datasets_run(qtbot, two):
    from app.gui.autolabel.pane import Pane

    ctx = AppContext()
    pane = Pane(ctx)
    qtbot.addWidget(pane)
    ctx.set_dataset(two[0], two[0] / "data.yaml", [])
    pane.summary.setText("<b>24 labeled</b>")
    pane.preview_caption.setText("a.jpg: 3 boxes")
    pane.view.set_image(np.zeros((8, 8, 3), np.uint8))
    pane.review_btn.setEnabled(True)
    pane.labeled_root = str(two[0])
    ctx.set_dataset(two[1], two[1] / "data.yaml", [])
    assert pane.source_edit.text() == str((two[1] / "data.yaml").resolve())
    assert pane.summary.text() == "" and pane.preview_caption.text() == "" and pane.view.image() is None
    assert not pane.review_btn.isEnabled() and pane.labeled_root is None
    # "Open review queue" opens the dataset that was labeled (asked for explicitly by the button)
    pane.labeled_root = str(two[0])
    shown = []
    ctx.showPane.connect(shown.append)
    pane.open_review()
    assert ctx.dataset_root == two[0].resolve() and shown == ["Review"]


def test_evaluate_click_through_never_switches_the_open_dataset(qtbot, two):
    from app.gui.evaluate.pane import Pane

    ctx = AppContext()
    pane = Pane(ctx)
    qtbot.addWidget(pane)
    ctx.set_dataset(two[0], two[0] / "data.yaml", [])
    yaml = str((two[0] / "data.yaml").resolve())
    assert pane.source.dataset.text() == yaml and pane.source.mdataset.text() == yaml
    msgs = []
    ctx.statusMessage.connect(lambda t, _ms: msgs.append(t))
    assert not pane._ensure_dataset_for(two[1] / "images" / "train" / "x.jpg")
    assert ctx.dataset_root == two[0].resolve() and "not in the open dataset" in msgs[-1]
    assert pane._ensure_dataset_for(two[0] / "images" / "train" / "x.jpg")
    ctx.set_dataset(two[1], two[1] / "data.yaml", [])  # an explicit open: the sources follow
    assert pane.source.dataset.text() == str(Path(two[1] / "data.yaml").resolve())
