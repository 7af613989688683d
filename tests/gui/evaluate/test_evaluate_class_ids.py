"""Evaluate names classes as the label files do (0-based id and name: no more 'GT #0' that reads
like a class), a label box by its line in the label file: real worker and widgets."""

from PyQt6.QtCore import Qt

from tests.gui.evaluate.test_evaluate_pane import _pane


def test_errors_table_and_matrix_show_class_ids_as_in_the_files(qtbot, tmp_path):
    _ctx, pane, _root = _pane(qtbot, tmp_path)
    v = pane.results
    texts = [v.err_list.item(i).text() for i in range(v.err_list.count())]
    wrong = next(t for t in texts if "b_wrong" in t)
    assert wrong == "FP wrong class   b_wrong   label 1 plate (line 1)   prediction 0 disc conf 0.800"
    missed = next(t for t in texts if "c_missed" in t and t.startswith("FN"))
    assert "label 1 plate (line 2)" in missed  # the 2nd line of c_missed.txt
    assert not any("#" in t for t in texts)
    t = v.table
    assert [t.item(r, 0).text() for r in range(t.rowCount())] == ["0 disc", "1 plate"]
    t.sortItems(0, Qt.SortOrder.DescendingOrder)
    assert [t.item(r, 0).text() for r in range(t.rowCount())] == ["1 plate", "0 disc"]  # by id
    assert v.cm.names == ["0 disc", "1 plate", "background"]
