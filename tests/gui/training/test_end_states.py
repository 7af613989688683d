"""The Training pane says how a run ended, with its epoch: a stopped run is not "done" (issue 13.6).
The events are the ones the runner's bridge delivers (epoch events, then finished(rc, failure))."""

from __future__ import annotations

import pytest

from app.gui.common.context import AppContext
from app.gui.training.pane import Pane


@pytest.fixture
def pane(qtbot):
    p = Pane(AppContext())
    qtbot.addWidget(p)
    p.show()
    return p


def _run_to(pane, epoch: int, epochs: int, stop: str = "") -> None:
    pane._stop_kind, pane._reached = "", (0, epochs)  # what start_training sets
    for e in range(1, epoch + 1):
        pane.bridge.progressEvent.emit({"event": "epoch", "epoch": e, "epochs": epochs})
    pane._stop_kind = stop  # what the Stop / Kill buttons set


@pytest.mark.parametrize(
    "epoch,epochs,stop,failure,shown",
    [
        (15, 20, "stopped", "", "stopped at epoch 15/20"),
        (7, 20, "killed", "", "killed at epoch 7/20"),
        (20, 20, "", "", "finished 20/20 epochs"),
        (12, 20, "", "", "ended early at epoch 12/20 (patience)"),
        (3, 20, "", "training process exited with code 1", "failed at epoch 3/20"),
    ],
)
def test_end_state_is_shown_with_its_epoch(pane, epoch, epochs, stop, failure, shown):
    _run_to(pane, epoch, epochs, stop)
    pane.bridge.finished.emit(0 if not failure else 1, failure)
    assert pane.progress.format() == shown
    assert "done" not in pane.progress.format()
    if failure:
        assert failure in pane.status.text()
    assert pane.start_btn.isEnabled() and not pane.stop_btn.isEnabled()
