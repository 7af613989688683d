"""Acceptance walk of issue 13 on the real main window: one dataset through the whole job.

open -> auto-label (keep the original labels, label into a separate folder) -> the Review queue is
least-sure first with confidences, current row first -> accept two images with Space -> Evaluate
the model on the dataset -> click a false positive -> Review shows that prediction selected ->
Training shows the shipped demo run. At each step: what every pane shows (dataset, counts, order).
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from app.core.dataset.index import DatasetIndex
from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from tests.support import qt
from tests.support.autolabel_data import tree_bytes

pytestmark = pytest.mark.slow  # one dataset through the whole job: real auto-label, review, evaluate


def _same_dataset_everywhere(w, data):
    """The title, the Images dock, Auto-label's and Evaluate's sources name the open dataset."""
    yaml = str((data / "data.yaml").resolve())
    assert w.ctx.dataset_root == data.resolve() and str(w.ctx.data_yaml) == yaml
    assert yaml in w.windowTitle()
    assert w.panes["Auto-label"].source_edit.text() == yaml
    ev = w.panes["Evaluate"].source
    assert ev.dataset.text() == yaml and ev.mdataset.text() == yaml
    assert w.panes["Training"].form.data_label.full_text().startswith(str(data.resolve()))
    review = w.panes["Review"]
    assert review.index is None or review.index.root == data.resolve()


def _pick(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_one_dataset_through_the_whole_job(qtbot, tmp_path, demo_dir, demo_model):
    data = tmp_path / "demo"
    shutil.copytree(demo_dir, data, ignore=shutil.ignore_patterns(".labelbench"))
    ground_truth = tree_bytes(data / "labels")
    w = qt.shown(qtbot, MainWindow(make_settings()), 1400, 900)

    # ----- open
    assert w.open_path(data / "data.yaml")
    qtbot.waitUntil(lambda: w.file_count.text() == "24 images", timeout=20000)
    _same_dataset_everywhere(w, data)
    w.show_pane("Review")
    review = w.panes["Review"]
    qtbot.waitUntil(lambda: review.doc is not None and not review.queue.model.loading, timeout=20000)
    model = review.queue.model
    assert model.rowCount() == 24 and all(r.min_conf is None for r in model.rows)  # no model has looked yet
    qtbot.waitUntil(lambda: review._refresh_job is None or not review._refresh_job.busy, timeout=20000)

    # ----- auto-label: the pane says what happens to the 24 hand-made label files
    w.show_pane("Auto-label")
    al = w.panes["Auto-label"]
    qtbot.waitUntil(lambda: al.existing.counts is not None, timeout=20000)
    assert al.existing.counts["foreign"] == 24 and al.existing.separate.isVisible()
    assert "24 of 24 images already have labels that autolabel did not write" in al.existing.text.text()
    assert al.existing.keep() == "separate"  # the safe default labels something
    out = data / "autolabels" / "demo_yolov8n"
    assert al.out_edit.text() == str(out)
    _pick(al.backend, "pt")
    _pick(al.precision, "exact")
    al.start()
    qtbot.waitUntil(lambda: al.worker is None, timeout=180000)
    assert "<b>24 labeled</b>" in al.summary.text(), al.summary.text()
    assert tree_bytes(data / "labels") == ground_truth  # the original labels are kept
    assert len(tree_bytes(out)) == 24 and (out / "classes.txt").read_text().split() == w.ctx.class_names
    assert al.review_btn.isEnabled()
    _same_dataset_everywhere(w, data)

    # ----- Review followed the run: least sure first, with confidences, current row first
    al.review_btn.click()
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Review"
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 24, timeout=20000)
    confs = [r.min_conf for r in model.rows]
    assert all(c is not None for c in confs) and confs == sorted(confs)
    assert review.doc.rel == model.rows[0].rel
    assert review.queue.table.currentIndex().row() == 0
    shown = review.queue.model.data(model.index_of(0, 3))
    assert shown == f"{confs[0]:.2f}"
    first, second, third = (model.rel(i) for i in range(3))

    # ----- accept two images with Space
    review.canvas.setFocus()
    qtbot.keyClick(review.canvas, Qt.Key.Key_Space)
    qtbot.keyClick(review.canvas, Qt.Key.Key_Space)
    assert review.doc.rel == third
    assert review.index.is_reviewed(first) and review.index.is_reviewed(second)
    assert review.index.count("reviewed") == 2 and review.queue.progress.value() == 2
    assert [model.rows[i].status for i in range(3)] == ["reviewed", "reviewed", "labeled"]  # hand-made: not "auto"
    assert tree_bytes(data / "labels") == ground_truth  # accepting unchanged labels writes nothing new
    _same_dataset_everywhere(w, data)

    # ----- Evaluate the model on the dataset
    w.show_pane("Evaluate")
    ev = w.panes["Evaluate"]
    ev.source.set_kind("model")
    ev.source.model.setText(str(demo_model))
    req = ev.source.request()
    assert req["source"] == str((data / "data.yaml").resolve())
    ev.evaluate(req)
    qtbot.waitUntil(lambda: ev.result is not None, timeout=300000)
    assert ev.result.data.n_images == 24

    # ----- click a false positive
    v = ev.results
    v.err_kind.setCurrentIndex(1)  # false positives only
    items = [v.err_list.item(i) for i in range(v.err_list.count())]
    fps = [li for li in items if li.data(Qt.ItemDataRole.UserRole + 1) is not None]
    assert fps, "the demo model makes no false positive at this threshold"
    li = fps[0]
    it = li.data(Qt.ItemDataRole.UserRole + 1)
    assert it.kind.startswith("FP") and it.det >= 0
    qtbot.mouseClick(v.err_list.viewport(), Qt.MouseButton.LeftButton, pos=v.err_list.visualItemRect(li).center())
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Review"
    d = ev.result.data
    rel = d.image_paths[it.image].resolve().relative_to(data.resolve()).as_posix()
    qtbot.waitUntil(lambda: review.doc is not None and review.doc.rel == rel, timeout=10000)
    layer = review.canvas.predictions
    assert layer.visible and review.act_preds.isChecked() and layer.highlight >= 0
    gw, gh = review.doc.size
    cx, cy, bw, bh = d.dt_xywhn[ev.result.analysis.dt_start[it.image] + it.det]
    want = [(cx - bw / 2) * gw, (cy - bh / 2) * gh, (cx + bw / 2) * gw, (cy + bh / 2) * gh]
    assert np.allclose(layer.boxes.xyxy[layer.highlight], want, atol=0.5)
    assert int(layer.boxes.cls[layer.highlight]) == it.dt_cls
    if it.gt < 0:
        assert review.canvas.selected == []  # FP background: no label box in question
    _same_dataset_everywhere(w, data)  # the click-through kept the dataset
    assert review.index.count("reviewed") == 2

    # ----- Training opens the shipped demo run
    w.show_pane("Training")
    tr = w.panes["Training"]
    assert tr.demo_key is not None and tr.plot.runs() == [tr.demo_key]
    assert tr.demo_key.endswith("resources/runs/demo_yolov8n")
    assert tr.run_list.count() == 1
    _same_dataset_everywhere(w, data)
    w.close()
    with DatasetIndex.open(data / "data.yaml") as idx:
        assert idx.count("reviewed") == 2 and idx.count() == 24
