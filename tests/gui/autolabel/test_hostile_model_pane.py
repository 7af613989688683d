"""Choosing a model file in the Auto-label pane never runs code from it: the class-name lookup reads
weights only; a file that needs more asks a confirmation naming the file (No: nothing runs)."""

from __future__ import annotations

import pytest
from PyQt6.QtWidgets import QMessageBox

from app.core.io.models import safety as model_safety
from app.gui.autolabel.pane import Pane
from app.gui.common.context import AppContext
from tests.support.evil_model import make_evil_pt
from tests.support.paths import DEMO_MODEL


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_choosing_an_evil_model_asks_and_runs_nothing_on_no(qtbot, tmp_path, monkeypatch, answer):
    monkeypatch.delenv(model_safety.TRUST_ENV, raising=False)
    marker = tmp_path / "MARKER"
    evil = make_evil_pt(tmp_path / "evil.pt", marker)
    asked = []

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    ctx = AppContext()
    ctx.set_model(DEMO_MODEL)
    pane = Pane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.names == ["circle", "square", "triangle", "star", "ring"], timeout=60_000)
    assert not asked
    ctx.set_model(evil)
    qtbot.waitUntil(lambda: bool(asked), timeout=60_000)
    assert str(evil) in asked[0] and "runs code stored in the file" in asked[0]
    if answer == "no":
        qtbot.waitUntil(lambda: pane.classes.count() == 1 and "refused" in pane.classes.item(0).text(), timeout=10_000)
        assert pane.names == [] and not marker.exists()
    else:  # trusted by the user: loaded the ordinary way (this file is no model, so no names)
        qtbot.waitUntil(marker.exists, timeout=60_000)
        assert model_safety.is_trusted(evil)
