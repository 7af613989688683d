"""The app remembers (issue 24): the Process pipeline, Review's order and filter and Evaluate's
source come back after a restart. Each test sets it in a real window, closes the window and opens
a new one on the same settings file (LABELBENCH_SETTINGS, a temp file per test)."""

from __future__ import annotations

from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from app.gui.review.controls import ORDERS, STATUS_FILTERS
from tests.support.qt import shown


def _window(qtbot) -> MainWindow:
    return shown(qtbot, MainWindow(make_settings()))


def _restart(qtbot, w: MainWindow) -> MainWindow:
    w.close()
    return _window(qtbot)


def test_the_process_pipeline_survives_a_restart(qtbot):
    w = _window(qtbot)
    w.show_pane("Process")
    proc = w.panes["Process"]
    default = proc.pipeline.to_dict()
    i = proc.view.editor.add_step("median_blur")  # the step menu's action
    proc.view.editor.list.setCurrentRow(i)
    proc.view.params.set_value("ksize", 7, emit=True)  # the user moves the slider
    t = [s.op for s in proc.pipeline.steps].index("threshold")
    proc.view.editor.list.setCurrentRow(t)
    proc.view.params.set_value("level", 77, emit=True)
    want = proc.pipeline.to_dict()
    assert want != default and [s["op"] for s in want["steps"]].count("median_blur") == 1
    w2 = _restart(qtbot, w)
    got = w2.panes["Process"].pipeline.to_dict()
    assert got == want
    steps = {s["op"]: s["params"] for s in got["steps"]}
    assert steps["median_blur"]["ksize"] == 7 and steps["threshold"]["level"] == 77
    # a kept pipeline that no longer loads: the default one, and a line that says so
    w2.settings.setValue("process/pipeline", '{"schema_version": 1, "steps": [{"op": "no_such_op"}]}')
    w2.panes["Process"].memory.settings.sync()
    w3 = _restart(qtbot, w2)
    assert w3.panes["Process"].pipeline.to_dict()["steps"] == default["steps"]
    qtbot.waitUntil(lambda: "the last pipeline did not load" in w3.statusBar().currentMessage(), timeout=3000)


def test_review_order_and_filter_survive_a_restart(qtbot, demo_dir):
    w = _window(qtbot)
    w.open_path(demo_dir)
    review = w.panes["Review"]
    w.show_pane("Review")
    qtbot.waitUntil(lambda: review.index is not None and review.queue.classes.count() > 2, timeout=10000)
    q = review.queue
    q.status.setCurrentIndex([t for t, _ in STATUS_FILTERS].index("All images"))
    q.order.setCurrentIndex(q.order_index("name"))
    q.classes.setCurrentIndex(3)  # the 3rd class (id 2)
    want = {"status": None, "class_id": 2, "order": "name"}
    assert q.query() == want
    w2 = _restart(qtbot, w)
    q2 = w2.panes["Review"].queue
    assert q2.status.currentText() == "All images" and q2.order.currentText() == ORDERS[2][0]
    w2.open_path(demo_dir)
    review2 = w2.panes["Review"]
    w2.show_pane("Review")
    qtbot.waitUntil(lambda: review2.index is not None and q2.classes.count() > 2, timeout=10000)
    assert q2.query() == want and q2.classes.currentText() == q.classes.itemText(3)
    rels = [q2.model.rel(r) for r in range(q2.model.rowCount())]
    assert rels and rels == sorted(rels)  # the queue itself in name order, the class filter on
    review2.shutdown()


def test_evaluate_reopens_on_the_last_source_with_its_fields(qtbot, tmp_path):
    w = _window(qtbot)
    src = w.panes["Evaluate"].source
    assert src.request()["kind"] == "folders"  # first start
    src.set_kind("folders")
    src.set_mode("ultralytics")
    for edit, name in ((src.gt, "gt"), (src.pred, "pred"), (src.images, "images")):
        edit.setText(str(tmp_path / name))
    want = src.request()
    w2 = _restart(qtbot, w)
    src2 = w2.panes["Evaluate"].source
    assert src2.request() == want and src2.stack.currentIndex() == 0
    # the "model on dataset" source, its dataset and model: not "Two label folders" with empty fields
    src2.set_kind("model")
    src2.mdataset.setText(str(tmp_path / "ds" / "data.yaml"))
    src2.model.setText(str(tmp_path / "m.pt"))
    want = src2.request()
    w3 = _restart(qtbot, w2)
    src3 = w3.panes["Evaluate"].source
    assert src3.request() == want and src3.kind.currentIndex() == 2 and src3.stack.currentIndex() == 2
    assert src3.gt.text() == str(tmp_path / "gt")  # the other source's fields wait for it


def test_training_choices_survive_a_restart(qtbot):
    w = _window(qtbot)
    form = w.panes["Training"].form
    form.train_on.setCurrentIndex(1)  # the open data.yaml as it is
    form.epochs.setValue(2)
    form.imgsz.setValue(256)
    form.batch.setValue(4)
    form.val_frac.setValue(0.3)
    form.model.setEditText("yolov8s.yaml")
    form.device.setText("cpu")
    w2 = _restart(qtbot, w)
    f2 = w2.panes["Training"].form
    assert f2.train_on.currentIndex() == 1
    assert (f2.epochs.value(), f2.imgsz.value(), f2.batch.value()) == (2, 256, 4)
    assert abs(f2.val_frac.value() - 0.3) < 1e-9 and f2.model.currentText() == "yolov8s.yaml"
