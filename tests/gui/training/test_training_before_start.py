"""Issue 24 item 6: Training explains before it fails, and its states, bar, axes and Runs list are
true. One reviewed image (the default "Reviewed images") is said in one sentence above Start and
starts nothing; a data.yaml whose val split holds no image likewise; a new run never shows the
last run's end; "finished 3/3 epochs" fills the bar; one epoch plots on an axis from 1; the runs
on disk are listed again after a restart. Real panes on copies of the demo."""

from __future__ import annotations

import shutil

from PyQt6.QtCore import Qt

from app.core.dataset.index import DatasetIndex
from app.core.training.readiness import check_data_yaml, split_counts
from app.gui.common.context import AppContext
from app.gui.training.pane import DEMO_RUN, Pane
from tests.support.qt import shown
from widgets.plots.loss_plot import PANELS, LossPlot


def rels(demo_dir):
    return sorted(str(p.relative_to(demo_dir)) for p in (demo_dir / "images").rglob("*.jpg"))


def review(demo_dir, n):
    with DatasetIndex.open(demo_dir / "data.yaml") as idx:
        idx.refresh()
        for rel in rels(demo_dir)[:n]:
            idx.set_reviewed(rel)


def training(qtbot, demo_dir):
    ctx = AppContext()
    ctx.messages = []
    ctx.statusMessage.connect(lambda t, ms: ctx.messages.append(t))
    pane = shown(qtbot, Pane(ctx), 1280, 720)
    ctx.set_dataset(demo_dir, demo_dir / "data.yaml", ["circle", "square", "triangle", "star", "ring"])
    return pane


def wait_ready(qtbot, pane, text):
    qtbot.waitUntil(lambda: text in pane.ready.text(), timeout=20000)
    return pane.ready.text()


def test_split_counts_follow_the_export():
    assert split_counts(1, 0.2) == (1, 0) and split_counts(2, 0.2) == (1, 1) and split_counts(10, 0.2) == (8, 2)


def test_one_reviewed_image_is_said_before_start_and_starts_nothing(qtbot, demo_dir, monkeypatch):
    review(demo_dir, 1)
    pane = training(qtbot, demo_dir)
    text = wait_ready(qtbot, pane, "1 reviewed image")
    assert "at least one of each" in text and "\n" not in text and "datasets" not in text
    launched = []
    monkeypatch.setattr(pane, "_launch", lambda y: launched.append(y))
    qtbot.mouseClick(pane.start_btn, Qt.MouseButton.LeftButton)
    assert pane.status.text() == text and pane.export_job is None and not launched
    assert pane.start_btn.isEnabled()


def test_no_reviewed_image_and_enough_of_them(qtbot, demo_dir):
    pane = training(qtbot, demo_dir)
    wait_ready(qtbot, pane, "No reviewed image yet")
    review(demo_dir, 10)
    pane.ctx.publish(frozenset({"index"}), (), "review")  # as Review's Space does
    text = wait_ready(qtbot, pane, "8 images to train on, 2 to validate with")
    assert "reviewed" not in text.lower() or "no box" in text


def test_classes_without_boxes_are_noted(qtbot, tmp_path, demo_dir):
    with DatasetIndex.open(demo_dir / "data.yaml") as idx:
        idx.refresh()
        few = [r for r in idx.rows() if 4 not in r.classes and 3 not in r.classes][:3]  # no star, no ring
        for r in few:
            idx.set_reviewed(r.rel)
    assert len(few) >= 2
    present = {c for r in few for c in r.classes}
    pane = training(qtbot, demo_dir)
    text = wait_ready(qtbot, pane, f"no box of {5 - len(present)} of the 5 classes")
    assert "star" in text and "ring" in text


def test_data_yaml_with_an_empty_val_split(tmp_path, demo_dir):
    (demo_dir / "images" / "empty").mkdir()
    (demo_dir / "data.yaml").write_text("train: images/train\nval: images/empty\nnames: [circle, square]\n")
    res = check_data_yaml(demo_dir / "data.yaml")
    assert (
        not res.ok and res.problem == "data.yaml: its val split holds no images, and a run needs some to validate with."
    )
    (demo_dir / "data.yaml").write_text("train: images/train\nval: images/val\nnames: [circle, square]\n")
    assert check_data_yaml(demo_dir / "data.yaml").ok


def test_a_new_run_never_shows_the_last_runs_end(qtbot, demo_dir, monkeypatch):
    review(demo_dir, 10)
    pane = training(qtbot, demo_dir)
    wait_ready(qtbot, pane, "8 images to train on")
    pane.progress.setFormat("failed at epoch 1/3")  # the end of the run before
    launched = []
    monkeypatch.setattr(pane, "_launch", lambda y: launched.append(y))
    qtbot.mouseClick(pane.start_btn, Qt.MouseButton.LeftButton)
    assert pane.progress.format() == "exporting the reviewed images…"
    qtbot.waitUntil(lambda: bool(launched), timeout=20000)
    pane._busy(False, "")


def test_finished_fills_the_bar(qtbot, demo_dir):
    pane = training(qtbot, demo_dir)
    pane.progress.setRange(0, 15)
    pane.progress.setValue(9)  # 60 %: the last batch event seen
    pane._reached, pane._stop_kind, pane.live_key = (3, 3), "", None
    pane._live_finished(0, "")
    assert pane.progress.format() == "finished 3/3 epochs"
    assert pane.progress.value() == pane.progress.maximum()


def test_one_epoch_plots_from_epoch_1(qtbot):
    plot = shown(qtbot, LossPlot(), 900, 500)
    plot.set_run("r", "r", {"train/box_loss": [1.2], "val/box_loss": [1.4]}, [1])
    lo, hi = plot.plots[PANELS[0][0]].getViewBox().viewRange()[0]
    assert 0.9 <= lo <= 1.0 and 2.0 <= hi <= 2.1, (lo, hi)


def test_runs_on_disk_are_listed_after_a_restart(qtbot, demo_dir):
    runs = demo_dir / ".labelbench" / "runs"
    for name in ("train", "train2"):
        shutil.copytree(DEMO_RUN, runs / name)
    pane = training(qtbot, demo_dir)
    keys = [pane.run_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(pane.run_list.count())]
    assert str((runs / "train").resolve()) in keys and str((runs / "train2").resolve()) in keys
    assert str(DEMO_RUN.resolve()) not in keys  # the shipped demo run made room
    checked = [pane.run_list.item(i).checkState() == Qt.CheckState.Checked for i in range(pane.run_list.count())]
    assert sum(checked) == 1
