"""Training pane (pytest-qt, real widgets): finished runs show curves and diagnosis markers, runs
overlay, best.pt goes to auto-labeling, a live training streams into the plot, the model table."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PyQt6.QtCore import Qt

from app.core.dataset.synth import dataset as make_demo_dataset
from app.core.training.curves import MAP_COL
from app.gui.common.context import AppContext
from app.gui.training.pane import Pane
from tests.support.paths import ROOT
from tests.support.qt import linger_after_result

DEMO_CSV = ROOT / "tests" / "data" / "results_demo.csv"
DEMO_MODEL = ROOT / "resources" / "models" / "demo_yolov8n.pt"


def _rows(path: Path) -> list[dict]:
    with open(path, newline="") as f:
        return [{k.strip(): float(v) for k, v in r.items()} for r in csv.DictReader(f)]


@pytest.fixture
def demo_run(tmp_path) -> Path:
    run = tmp_path / "demo_run"
    (run / "weights").mkdir(parents=True)
    shutil.copy(DEMO_CSV, run / "results.csv")
    shutil.copy(DEMO_MODEL, run / "weights" / "best.pt")
    return run


@pytest.fixture
def overfit_run(tmp_path) -> Path:
    """A run whose val loss is lowest at epoch 12 and rises from 13 while train loss falls."""
    run = tmp_path / "overfit_run"
    run.mkdir()
    e = np.arange(30)
    train = 3 + 7 * np.exp(-e / 6)
    val = np.concatenate([9 - 0.4 * np.arange(12), 4.6 + 0.15 * np.arange(1, 19)])
    head = "epoch,train/box_loss,train/cls_loss,train/dfl_loss,val/box_loss,val/cls_loss,val/dfl_loss,lr/pg0\n"
    body = "".join(
        f"{i + 1},{0.4 * t:.5f},{0.4 * t:.5f},{0.2 * t:.5f},{0.4 * v:.5f},{0.4 * v:.5f},{0.2 * v:.5f},0.01\n"
        for i, (t, v) in enumerate(zip(train, val))
    )
    (run / "results.csv").write_text(head + body)
    return run


@pytest.fixture
def pane(qtbot):
    ctx = AppContext()
    p = Pane(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    return p


def test_finished_run_shows_curves_and_markers(pane, demo_run):
    rows = _rows(demo_run / "results.csv")
    key = pane.open_run(demo_run)
    assert pane.plot.runs() == [key]
    # every panel's curves hold the csv's numbers
    for col in (
        "train/box_loss",
        "val/box_loss",
        "train/cls_loss",
        "val/dfl_loss",
        "metrics/precision(B)",
        "metrics/recall(B)",
        "metrics/mAP50(B)",
        MAP_COL,
        "lr/pg0",
    ):
        item = pane.plot.curve(key, col)
        assert item is not None, col
        assert np.allclose(item.yData, [r[col] for r in rows]), col
        assert list(item.xData) == [r["epoch"] for r in rows]
    maps = [r[MAP_COL] for r in rows]
    best = maps.index(max(maps)) + 1
    kinds = {m.kind: m for m in pane.plot.markers(key)}
    assert kinds["best"].epoch == best and kinds["best"].column == MAP_COL
    items = pane.plot.marker_items(key)
    lines = [i for _, i in items if isinstance(i, pg.InfiniteLine)]
    stars = [(plot, i) for plot, i in items if isinstance(i, pg.ScatterPlotItem)]
    assert len(lines) == 6 * len(kinds)  # every marker crosses all six panels
    assert any(line.value() == best for line in lines)
    map_plot = pane.plot.plots["mAP50 / mAP50-95"]
    star = next(i for plot, i in stars if plot is map_plot)
    x, y = star.getData()
    assert x[0] == best and y[0] == pytest.approx(max(maps))
    html = pane.text.toPlainText()
    assert f"best epoch {best}" in html and "rule:" in html and "overfitting onset" in html
    assert pane.use_best_btn.isEnabled()


def test_runs_overlay_and_overfit_marker(pane, demo_run, overfit_run, qtbot):
    k1 = pane.open_run(demo_run)
    k2 = pane.open_run(overfit_run / "results.csv")
    assert pane.plot.runs() == [k1, k2]
    assert pane.plot.run_color(k1) != pane.plot.run_color(k2)
    m = {x.kind: x.epoch for x in pane.plot.markers(k2)}
    assert m["overfit"] == 13 and m["best"] == 12  # no mAP column: best = lowest val loss
    assert "Overfitting" in pane.text.toPlainText() and "13" in pane.text.toPlainText()
    assert not pane.use_best_btn.isEnabled()  # this run has no best.pt
    box_plot = pane.plot.plots["box loss"]
    first = pane.plot.curve(k1, "train/box_loss")
    pane.runs[k1]["item"].setCheckState(Qt.CheckState.Unchecked)  # hide run 1
    assert pane.plot.runs() == [k2] and first not in box_plot.items
    pane.runs[k1]["item"].setCheckState(Qt.CheckState.Checked)
    assert sorted(pane.plot.runs()) == sorted([k1, k2])


def test_use_best_for_auto_labeling(pane, demo_run, qtbot):
    pane.open_run(demo_run)
    with qtbot.waitSignals([pane.ctx.modelChanged, pane.ctx.showPane], timeout=2000) as blockers:
        qtbot.mouseClick(pane.use_best_btn, Qt.MouseButton.LeftButton)
    assert pane.ctx.model_path == (demo_run / "weights" / "best.pt").resolve()
    assert list(blockers.all_signals_and_args[1].args) == ["Auto-label"]


@pytest.mark.slow  # training
def test_live_training_streams_into_the_plot(pane, tmp_path, qtbot):
    root = tmp_path / "ds"
    make_demo_dataset.write_small(root, 12, 3, seed=2, size=(128, 96), stem="g")
    pane.ctx.set_dataset(root, root / "data.yaml", make_demo_dataset.CLASSES)
    pane.form.train_on.setCurrentIndex(0)  # export the (labeled) images, then train
    pane.form.epochs.setValue(50)
    pane.form.imgsz.setValue(64)
    pane.form.batch.setValue(4)
    runs = root / ".labelbench" / "runs"  # the default runs folder, hidden inside the dataset
    qtbot.mouseClick(pane.start_btn, Qt.MouseButton.LeftButton)
    assert not pane.start_btn.isEnabled()
    # curves arrive while it trains: wait for two epochs on the plot, then Stop (graceful)
    qtbot.waitUntil(
        lambda: (
            pane.live_key is not None
            and pane.plot.curve(pane.live_key, "train/box_loss") is not None
            and len(pane.plot.curve(pane.live_key, "train/box_loss").yData) >= 2
        ),
        timeout=120_000,
    )
    assert pane.runs[pane.live_key]["running"] and "training" in pane.text.toPlainText()
    with qtbot.waitSignal(pane.bridge.finished, timeout=120_000) as done:
        qtbot.mouseClick(pane.stop_btn, Qt.MouseButton.LeftButton)
        assert pane.stop_btn.text() == "Kill"
    assert done.args == [0, ""]
    key = pane.live_key
    assert Path(key).parent == runs.resolve() and (Path(key) / "weights" / "best.pt").is_file()
    assert (runs / "train-data" / "data.yaml").is_file()  # exported split, linked images
    assert any(p.is_symlink() for p in (runs / "train-data" / "images").rglob("*.jpg"))
    n = len(pane.plot.curve(key, "train/box_loss").yData)
    assert 2 <= n < 50 and n == len((Path(key) / "results.csv").read_text().splitlines()) - 1
    assert pane.start_btn.isEnabled() and not pane.stop_btn.isEnabled() and pane.stop_btn.text() == "Stop"
    # a stopped run says so, with the epoch it reached (it said "done" before)
    stopped = re.fullmatch(r"stopped at epoch (\d+)/50", pane.progress.format())
    assert stopped and int(stopped[1]) in (n, n + 1) and not pane.runs[key]["running"]
    assert pane.use_best_btn.isEnabled()


def test_model_table_dialog_measures_a_model(pane, qtbot, monkeypatch):
    # each measuring thread lingers 0.5 s after its result (a loaded machine): the second click
    # must start at once all the same (it was ignored while the first thread was still alive)
    linger_after_result(monkeypatch)
    dlg = pane.show_model_table()
    qtbot.addWidget(dlg)
    t = dlg.table
    assert t.rowCount() == 5
    assert [t.item(r, 0).text() for r in range(5)] == ["YOLOv8n", "YOLOv8s", "YOLOv8m", "YOLOv8l", "YOLOv8x"]
    assert [t.item(r, 2).text() for r in range(5)] == ["37.3", "44.9", "50.2", "52.9", "53.9"]
    assert [t.item(r, 3).text() for r in range(5)] == ["80.4", "128.4", "234.7", "375.2", "479.1"]
    dlg.model_box.setCurrentText(str(DEMO_MODEL))
    dlg.imgsz.setValue(128)
    qtbot.mouseClick(dlg.measure_btn, Qt.MouseButton.LeftButton)
    assert not dlg.measure_btn.isEnabled() and not dlg.progress.isHidden()  # busy while the worker measures
    qtbot.waitUntil(lambda: t.rowCount() == 6, timeout=60_000)
    res = dlg.results[0]
    assert res.imgsz == 128 and res.ms_median > 0 and 2.5 < res.params_m < 3.5
    assert t.item(5, 0).text().startswith("demo_yolov8n.pt") and float(t.item(5, 7).text()) == res.ms_median
    assert dlg.measure_btn.isEnabled() and dlg.progress.isHidden()
    assert dlg.job._thread.is_alive()  # the first thread has not ended yet
    # a model that cannot be loaded: one line in the dialog, no new row, the button works again
    dlg.model_box.setCurrentText(str(ROOT / "no_such_model.pt"))
    qtbot.mouseClick(dlg.measure_btn, Qt.MouseButton.LeftButton)
    assert not dlg.measure_btn.isEnabled() and not dlg.progress.isHidden()  # the click started a job
    qtbot.waitUntil(lambda: dlg.note.text().startswith("Measurement failed"), timeout=60_000)
    assert "no_such_model.pt" in dlg.note.text() and "\n" not in dlg.note.text()
    assert t.rowCount() == 6 and dlg.measure_btn.isEnabled()
