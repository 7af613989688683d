"""The confusion matrix widget's column caption: whole words that fit, never cut by the grid's
width (a few classes in a narrow pane made it "ue class → (colum")."""

from __future__ import annotations

import numpy as np
from PyQt6.QtGui import QFontMetricsF

from widgets.plots.confusion_matrix import ConfusionMatrixView, caption_rect


def _caption(w, width, normalized):
    w.resize(width, 300)
    w.set_normalized(normalized)
    g, _ = w._grid()
    return caption_rect(QFontMetricsF(w.font()), normalized, g, w.width()), g


def test_caption_fits_and_stays_inside_the_widget(qapp):
    w = ConfusionMatrixView()
    w.set_matrix(np.eye(4) * 5, ["circle", "square", "triangle"])
    fm = QFontMetricsF(w.font())
    for width, normalized in ((900, True), (420, True), (260, True), (260, False), (140, True)):
        (text, rect), g = _caption(w, width, normalized)
        assert fm.horizontalAdvance(text) <= rect.width(), (width, text)  # drawn whole
        assert 0 <= rect.left() and rect.right() <= w.width(), (width, rect)  # inside the widget
    (wide, _), _ = _caption(w, 900, True)
    (narrow, _), _ = _caption(w, 140, True)
    assert wide.endswith("normalized per column") and len(narrow) < len(wide)


def test_a_short_pane_numbers_the_columns_so_the_cells_can_show_counts(qapp):
    w = ConfusionMatrixView()
    w.set_matrix(np.eye(6) * 5, ["0 circle", "1 square", "2 triangle", "3 star", "4 ring"])
    w.resize(700, 220)  # the Evaluate pane's matrix at 1280x720
    assert w.short_columns() == ["0", "1", "2", "3", "4", "bg"]
    _, cell = w._grid()
    assert cell >= 18  # counts are printed in the cells
    w.resize(900, 700)  # room for the names, rotated
    assert w.short_columns() is None and w._grid()[1] >= 18
