"""Auto-label pane (pytest-qt, real widgets, real demo model): a run in a worker thread with progress,
a preview with boxes, problems listed, cancel keeps finished labels, Start resumes, GUI stays live."""

from __future__ import annotations

import pytest
from PyQt6.QtCore import QTimer

from tests.support.autolabel_data import MODEL, make_images, tree_bytes

N_CANCEL = 150  # enough that Cancel lands mid-run even on a fast machine


def _choose_exact(p):
    p.precision.setCurrentIndex(p.precision.findData("exact"))


def test_run_in_worker_with_progress_preview_and_problems(qtbot, pane, tmp_path):
    assert pane.model_path() == str(MODEL) and pane.names == ["circle", "square", "triangle", "star", "ring"]
    make_images(tmp_path / "ds", 12)
    (tmp_path / "ds" / "images" / "broken.jpg").write_bytes(b"this is not a picture\n")
    pane.source_edit.setText(str(tmp_path / "ds"))
    _choose_exact(pane)
    ticks = []
    beat = QTimer()
    beat.timeout.connect(lambda: ticks.append(1))
    beat.start(20)
    pane.start_btn.click()
    assert pane.worker is not None and not pane.start_btn.isEnabled() and pane.cancel_btn.isEnabled()
    qtbot.waitUntil(lambda: pane.worker is None, timeout=180_000)
    beat.stop()
    assert len(ticks) > 5  # the event loop kept running during the run
    assert pane.bar.value() == pane.bar.maximum() == 13
    assert "12 labeled" in pane.summary.text() and "1 failed" in pane.summary.text()
    assert "float32" in pane.summary.text()
    assert pane.error_list.count() == 1 and "broken.jpg" in pane.error_list.item(0).text()
    assert "not an image" in pane.error_list.item(0).text()
    assert pane.errors_title.text() == "Problems: 1 image skipped"
    assert len(tree_bytes(tmp_path / "ds" / "labels")) == 12
    assert pane.view.image() is not None and "box" in pane.preview_caption.text()
    assert pane.review_btn.isEnabled()
    shown = []
    pane.ctx.showPane.connect(shown.append)
    pane.review_btn.click()
    assert shown == ["Review"]


@pytest.mark.slow  # two real auto-label runs
def test_cancel_keeps_labels_and_start_resumes(qtbot, pane, tmp_path):
    make_images(tmp_path / "ds", N_CANCEL)
    pane.source_edit.setText(str(tmp_path / "ds"))
    _choose_exact(pane)
    pane.start_btn.click()
    qtbot.waitUntil(lambda: pane.bar.value() >= 4, timeout=180_000)
    pane.cancel_btn.click()
    qtbot.waitUntil(lambda: pane.worker is None, timeout=60_000)
    assert "Cancelled" in pane.summary.text()
    first = tree_bytes(tmp_path / "ds" / "labels")
    assert 0 < len(first) < N_CANCEL
    pane.start_btn.click()
    qtbot.waitUntil(lambda: pane.worker is None, timeout=180_000)
    text = pane.summary.text()
    assert f"{N_CANCEL - len(first)} labeled" in text and f"{len(first)} skipped" in text
    final = tree_bytes(tmp_path / "ds" / "labels")
    assert len(final) == N_CANCEL and all(final[k] == v for k, v in first.items())


def test_unchecked_classes_are_left_out(qtbot, pane, tmp_path):
    make_images(tmp_path / "ds", 8)
    pane.source_edit.setText(str(tmp_path / "ds"))
    _choose_exact(pane)
    for i in range(pane.classes.count()):
        it = pane.classes.item(i)
        if not it.text().startswith("0 "):
            it.setCheckState(it.checkState().Unchecked)
    assert pane.selected_classes() == [0]
    pane.start_btn.click()
    qtbot.waitUntil(lambda: pane.worker is None, timeout=180_000)
    rows = [ln.split()[0] for b in tree_bytes(tmp_path / "ds" / "labels").values() for ln in b.decode().splitlines()]
    assert rows and set(rows) == {"0"}
