"""A broken file in the Images list: Process clears every view (no previous image, result,
histogram or pixel readout) and the list marks the row with the reason (issue 13.6)."""

from __future__ import annotations

import cv2
import numpy as np
from PyQt6.QtCore import Qt

from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow


def test_process_clears_its_views_and_the_list_marks_the_broken_file(qtbot, tmp_path):
    folder = tmp_path / "imgs"
    folder.mkdir()
    cv2.imwrite(str(folder / "a_good.png"), np.full((60, 80, 3), 200, np.uint8))
    (folder / "b_broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" * 4)
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.show_pane("Process")
    p = w.panes["Process"]
    assert w.open_path(folder)
    qtbot.waitUntil(lambda: w.file_count.text() == "2 images", timeout=10000)
    qtbot.waitUntil(lambda: p.image is not None and p.view.result_view.frame() is not None, timeout=10000)
    w.pixel_label.setText("x 3  y 4  (200, 200, 200)")  # as after hovering the good image

    w.file_view.setCurrentIndex(w.file_proxy.index(1, 0))
    qtbot.waitUntil(lambda: p.image is None, timeout=10000)
    v = p.view
    assert v.original_view.frame() is None and v.result_view.frame() is None
    assert v.split_view.frame() is None
    assert "b_broken.jpg" in v.info.text() and v.original_view.placeholder == v.info.text()
    assert v.compute_label.text() == "" and w.pixel_label.text() == ""
    shown = w.file_model.data(w.file_model.index(1, 0))
    assert shown.startswith("⚠ b_broken.jpg — ") and len(shown) > len("⚠ b_broken.jpg — ")
    tip = w.file_model.data(w.file_model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(str(folder / "b_broken.jpg")) and "cannot be read" in tip
    assert w.file_model.data(w.file_model.index(0, 0)) == "a_good.png"  # the good row is untouched

    w.file_view.setCurrentIndex(w.file_proxy.index(0, 0))  # back to a good file: views again
    qtbot.waitUntil(lambda: p.image is not None and v.result_view.frame() is not None, timeout=10000)
