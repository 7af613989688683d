"""Fixtures of the Auto-label pane tests."""

import pytest

from app.gui.autolabel.pane import Pane
from app.gui.common.context import AppContext
from tests.support.autolabel_data import MODEL, shared_cache_dir


@pytest.fixture
def pane(qtbot, tmp_path_factory, monkeypatch):
    """The pane on the demo model (export cache shared by the session), shown, class names read."""
    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))
    ctx = AppContext()
    ctx.set_model(MODEL)
    p = Pane(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    qtbot.waitUntil(lambda: len(p.names) == 5, timeout=60_000)  # class names read in a worker
    return p
