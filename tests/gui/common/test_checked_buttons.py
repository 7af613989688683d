"""A toggle on a toolbar looks different on and off (issue 24, item 11: Review's Predictions switch
looked the same both ways): with the app's style, the checked button is drawn blue."""

from __future__ import annotations

import pytest
from PyQt6.QtGui import QColor
from PyQt6.QtWidgets import QApplication

from app.gui.common.style import apply_style
from tests.support.qt import delete_closed_widgets
from tests.support.review_pane import open_review_pane

NAMES = ["circle", "square", "triangle", "star", "ring"]


def _mean_color(widget) -> QColor:
    img = widget.grab().toImage()
    r = g = b = n = 0
    for y in range(2, img.height() - 2, 2):
        for x in range(2, img.width() - 2, 2):
            c = img.pixelColor(x, y)
            r, g, b, n = r + c.red(), g + c.green(), b + c.blue(), n + 1
    return QColor(r // n, g // n, b // n)


@pytest.fixture
def app_style(qapp):
    """The app's own look, as `labelbench gui` sets it; the previous one back after the test, once
    its widgets are deleted (a style or sheet set on live widgets re-polishes every one of them)."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_style(qapp)
    yield
    delete_closed_widgets()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.mark.usefixtures("app_style")
def test_predictions_toggle_shows_its_state(qtbot, demo_dir):
    pane = open_review_pane(qtbot, demo_dir / "data.yaml", NAMES, timeout=10000)
    try:
        button = pane.toolbar.widgetForAction(pane.act_preds)
        assert pane.act_preds.isChecked()
        on = _mean_color(button)
        pane.act_preds.setChecked(False)
        QApplication.processEvents()
        off = _mean_color(button)
        assert on.blue() - on.red() > 30, on.name()  # blue while on
        assert abs(off.blue() - off.red()) < 15, off.name()  # the bar's grey while off
        assert on.blue() - off.blue() > 30
    finally:
        pane.shutdown()
