"""Training pane with -seg and -obb runs (headers from real Ultralytics 8.4 runs): the plot adds the
task's loss panels, the best-epoch star sits on the task's fitness, a detect run keeps six panels."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.gui.common.context import AppContext
from app.gui.training.pane import Pane
from tests.support.paths import ROOT
from widgets.plots.loss_plot import PANELS

DATA = ROOT / "tests" / "data"


def _run(tmp_path: Path, task: str, n: int = 8) -> Path:
    """A run folder whose results.csv has the real header of `task` and n epochs: losses fall,
    mAP rises (box and mask)."""
    header = (DATA / f"results_{task}_header.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    rows = []
    for e in range(1, n + 1):
        vals = []
        for name in header:
            if name == "epoch":
                vals.append(str(e))
            elif name.endswith("_loss"):
                vals.append(f"{1 + 2 / e:.5f}")
            elif name.startswith("metrics/mAP"):
                vals.append(f"{0.05 * e:.5f}")
            else:
                vals.append("0.01")
        rows.append(",".join(vals))
    run = tmp_path / f"{task}_run"
    run.mkdir()
    (run / "results.csv").write_text(",".join(header) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return run


@pytest.fixture
def pane(qtbot):
    p = Pane(AppContext())
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    return p


def test_segment_and_obb_runs_get_their_loss_panels(pane, tmp_path):
    six = [t for t, _ in PANELS]
    assert list(pane.plot.plots) == six  # the demo run (detect) needs no more
    key = pane.open_run(_run(tmp_path, "segment"))
    assert list(pane.plot.plots) == [*six, "seg loss", "mask mAP50 / mAP50-95"]
    seg = pane.plot.curve(key, "train/seg_loss")
    assert seg is not None and len(seg.xData) == 8 and seg.yData[0] == pytest.approx(3.0)
    assert pane.plot.curve(key, "metrics/mAP50-95(M)").yData[-1] == pytest.approx(0.4)
    d = pane.runs[key]["diag"]
    assert (d.task, d.best_by, d.best_epoch) == ("segment", "mAP50-95(B+M)", 8)
    best = [m for m in pane.plot.markers(key) if m.kind == "best"]
    assert best and best[0].column == "metrics/mAP50-95(B)"
    key2 = pane.open_run(_run(tmp_path, "obb"))
    assert list(pane.plot.plots)[-1] == "angle loss"
    assert pane.plot.curve(key2, "val/angle_loss") is not None
    assert pane.runs[key2]["diag"].task == "obb"
