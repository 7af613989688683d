"""The Add step menu shows 'Color & channels', not 'Color _channels' (a lone '&' is a mnemonic)."""

from __future__ import annotations

from app.core.pipeline.ops import FAMILY_LABELS
from app.gui.common.menu_text import escape_mnemonic
from app.gui.process.steps import PipelineEditor


def test_ampersands_in_the_add_step_menu_are_shown_literally(qtbot):
    ed = PipelineEditor()
    qtbot.addWidget(ed)
    titles = [a.menu().title() for a in ed.add_menu.actions() if a.menu() is not None]
    assert "Color && channels" in titles and "Color & channels" in FAMILY_LABELS.values()
    for a in ed.add_menu.actions():
        for t in [a.text()] + [b.text() for b in (a.menu().actions() if a.menu() else [])]:
            assert t.replace("&&", "").count("&") == 0, t  # no lone '&' left to eat a letter


def test_escape_mnemonic():
    assert escape_mnemonic("Color & channels") == "Color && channels"
    assert escape_mnemonic("plain") == "plain"
