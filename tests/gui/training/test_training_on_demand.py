"""The Training pane builds its curves and reads the shipped demo run when it is first shown
(issue 21: the window starts without them), and then shows what it showed when it built them at
once: the demo run while no run of the user's is open, the runs listed before it was shown
(opened, or saved in the dataset), the newest plotted, in the list's order and colours."""

from __future__ import annotations

import os
import shutil

from PyQt6.QtCore import Qt

from app.gui.common.context import AppContext
from app.gui.training.pane import DEMO_RUN, Pane
from tests.support.paths import ROOT
from tests.support.qt import shown
from widgets.plots.loss_plot import LossPlot

DEMO_KEY = str(DEMO_RUN.resolve())
DEMO_CSV = ROOT / "tests" / "data" / "results_demo.csv"


def keys(pane) -> list[str]:
    return [pane.run_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(pane.run_list.count())]


def ticked(pane) -> list[str]:
    return [k for k in keys(pane) if pane.runs[k]["item"].checkState() == Qt.CheckState.Checked]


def colour_of(pane, key):
    c = pane.runs[key]["item"].foreground().color()
    return c.red(), c.green(), c.blue()


def saved_runs(demo_dir, names) -> list:
    """Copies of the demo run saved in the dataset's runs folder, the last name the newest."""
    runs = demo_dir / ".labelbench" / "runs"
    out = []
    for i, name in enumerate(names):
        shutil.copytree(DEMO_RUN, runs / name)
        os.utime(runs / name / "results.csv", (1_000_000 + i, 1_000_000 + i))
        out.append(runs / name)
    return out


def test_the_pane_builds_its_curves_and_the_demo_run_when_first_shown(qtbot):
    pane = Pane(AppContext())
    qtbot.addWidget(pane)
    assert pane.findChildren(LossPlot) == [] and pane.run_list.count() == 0 and pane.demo_key is None
    assert "Open a finished run folder" in pane.text.toPlainText()
    shown(qtbot, pane, 1280, 720)
    assert len(pane.findChildren(LossPlot)) == 1 and pane.plot.isVisible()
    assert pane.demo_key == DEMO_KEY and keys(pane) == [DEMO_KEY] and pane.current_key() == DEMO_KEY
    assert pane.plot.runs() == [DEMO_KEY] and colour_of(pane, DEMO_KEY) == pane.plot.run_color(DEMO_KEY)
    assert "demo_yolov8n" in pane.text.toPlainText() and "best epoch" in pane.text.toPlainText()
    assert pane.build_plots() is pane.plot  # once


def test_a_run_opened_before_the_first_show_takes_the_demo_runs_place(qtbot, tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    shutil.copy(DEMO_CSV, run / "results.csv")
    pane = Pane(AppContext())
    qtbot.addWidget(pane)
    key = pane.open_run(run)
    assert pane.findChildren(LossPlot) == [] and keys(pane) == [key]
    assert "best epoch" in pane.text.toPlainText()  # the diagnosis needs no plot
    shown(qtbot, pane, 1280, 720)
    assert pane.demo_key is None and keys(pane) == [key] and pane.plot.runs() == [key]
    assert pane.plot.curve(key, "train/box_loss") is not None and pane.plot.markers(key)
    assert colour_of(pane, key) == pane.plot.run_color(key)


def test_saved_runs_listed_before_the_first_show_are_plotted_then(qtbot, demo_dir):
    older, newest = saved_runs(demo_dir, ["train", "train2"])
    ctx = AppContext()
    pane = Pane(ctx)
    qtbot.addWidget(pane)
    ctx.set_dataset(demo_dir, demo_dir / "data.yaml", ["circle", "square", "triangle", "star", "ring"])
    shown(qtbot, pane, 1280, 720)
    k_older, k_newest = str(older.resolve()), str(newest.resolve())
    assert keys(pane) == [k_older, k_newest] and ticked(pane) == [k_newest] and pane.current_key() == k_newest
    assert pane.plot.runs() == [k_newest] and pane.demo_key is None
    pane.runs[k_older]["item"].setCheckState(Qt.CheckState.Checked)  # ticked later: plotted
    assert pane.plot.runs() == [k_newest, k_older]


def test_the_demo_run_stays_first_beside_runs_when_the_newest_cannot_be_read(qtbot, demo_dir):
    """As when it was read at once: the newest saved run (unreadable) never took its place."""
    older, newest = saved_runs(demo_dir, ["train", "train2"])
    (newest / "results.csv").write_bytes(b"\xff\xfe not a csv")
    ctx = AppContext()
    pane = Pane(ctx)
    qtbot.addWidget(pane)
    ctx.set_dataset(demo_dir, demo_dir / "data.yaml", ["circle", "square", "triangle", "star", "ring"])
    shown(qtbot, pane, 1280, 720)
    k_older = str(older.resolve())
    assert keys(pane) == [DEMO_KEY, k_older] and ticked(pane) == [DEMO_KEY]
    assert pane.current_key() == k_older and pane.plot.runs() == [DEMO_KEY]


def test_a_damaged_demo_run_leaves_the_pane_working(qtbot, tmp_path, monkeypatch):
    """Read at the first show now (not in the constructor): an unreadable shipped run is skipped."""
    import app.gui.training.pane as training_pane

    bad = tmp_path / "demo_run"
    bad.mkdir()
    (bad / "results.csv").write_bytes(b"\xff\xfe not a csv")
    monkeypatch.setattr(training_pane, "DEMO_RUN", bad)
    pane = shown(qtbot, Pane(AppContext()), 1280, 720)
    assert pane.demo_key is None and pane.run_list.count() == 0 and pane.plot.runs() == []
    assert pane.plot.isVisible() and "Open a finished run folder" in pane.text.toPlainText()
