"""The Evaluate pane shows how the two label folders paired (the same counts as `labelbench eval`)."""

from __future__ import annotations

from tests.gui.evaluate.test_evaluate_pane import _dataset, _shown_pane


def test_headline_shows_pairing_counts(qtbot, tmp_path):
    root = _dataset(tmp_path)
    (tmp_path / "pred" / "a_tp.txt").unlink()  # GT without prediction file
    (tmp_path / "pred" / "zz_extra.txt").write_text("0 0.5 0.5 0.2 0.2 0.5\n")  # prediction without GT
    pane = _shown_pane(qtbot)
    qtbot.waitExposed(pane)
    pane.source.set_kind("folders")
    pane.source.gt.setText(str(root / "labels"))
    pane.source.pred.setText(str(tmp_path / "pred"))
    pane.source.names.setText(str(root / "data.yaml"))
    with qtbot.waitSignal(pane.results.confChanged, timeout=20000):
        pane.source.run_btn.click()
    text = pane.results.headline.text()
    assert "paired 3 image(s); 1 ground-truth file(s) have no prediction file (e.g. " in text
    assert str(root / "labels" / "a_tp.txt") in text
    assert "1 prediction file(s) have no ground-truth file (e.g. " in text
    assert str(tmp_path / "pred" / "zz_extra.txt") in text
    assert pane.result.data.pairing == {
        "paired": 3,
        "gt_only": 1,
        "pred_only": 1,
        "gt_example": str(root / "labels" / "a_tp.txt"),
        "pred_example": str(tmp_path / "pred" / "zz_extra.txt"),
    }
