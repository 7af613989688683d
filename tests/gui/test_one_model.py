"""Issue 24 item 5: one current model for every pane. A file that is no detection model is refused
when chosen, in one line, and the model stays as it was; Auto-label says one line when a run fails
on its model and its bar stops; the status bar's "Model:", Auto-label's list and "Labels to", and
Evaluate's Model field follow the current model; --model at a restart wins over the saved one."""

from __future__ import annotations

import shutil

import pytest
import torch
from PyQt6.QtWidgets import QApplication, QMessageBox

from app.gui.common.model_check import check_model
from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow
from tests.support.paths import DEMO_MODEL
from tests.support.qt import shown


@pytest.fixture
def junk(tmp_path):
    """Files named like models that are none: text, random bytes, a tensor, a dict without a model."""
    d = tmp_path / "junk"
    d.mkdir()
    (d / "fake.pt").write_text("not a model\n")
    (d / "noise.pt").write_bytes(bytes(range(256)) * 40)
    torch.save(torch.zeros(3), d / "tensor.pt")
    torch.save({"epoch": 3}, d / "dict.pt")
    return d


@pytest.fixture
def other_model(tmp_path):
    p = tmp_path / "models" / "other.pt"  # a real detector under another name
    p.parent.mkdir()
    shutil.copy(DEMO_MODEL, p)
    return p


def window(qtbot, settings=None):
    w = shown(qtbot, MainWindow(settings or make_settings()), 1280, 720)
    w.ctx.set_model(DEMO_MODEL)
    return w


def one_line(text: str) -> bool:
    return "\n" not in text.strip() and "Traceback" not in text and not text.startswith(("KeyError", "AttributeError"))


@pytest.mark.parametrize("name", ["fake.pt", "noise.pt", "tensor.pt", "dict.pt"])
def test_check_model_says_why_in_one_line(junk, name):
    res = check_model(junk / name)
    assert not res.ok and res.problem.startswith(name + ":") and one_line(res.problem), res.problem


def test_check_model_reads_a_detection_models_names():
    good = check_model(DEMO_MODEL)  # once, not for each junk file: 0.4 s a read
    assert good.ok and good.names == ["circle", "square", "triangle", "star", "ring"]


def test_a_model_file_replaced_in_place_is_read_again(tmp_path):
    """check_model keeps what it read per version of the file: a file written over at the same path (a
    -seg model now, then junk) is read again, never answered from the first read."""
    p = tmp_path / "model.pt"
    shutil.copy(DEMO_MODEL, p)
    assert check_model(p).ok
    shutil.copy(DEMO_MODEL.with_name("demo_yolov8n-seg.pt"), p)  # in place: same inode, new size and time
    seg = check_model(p)
    assert not seg.ok and "segment model" in seg.problem, seg.problem
    p.write_text("not a model\n")
    junk = check_model(p)
    assert not junk.ok and junk.problem.startswith("model.pt:"), junk.problem


def test_choose_model_refuses_junk_and_keeps_the_model(qtbot, junk):
    w = window(qtbot)
    ev = w.panes["Evaluate"].source
    for name in ("fake.pt", "tensor.pt"):
        w.choose_model(junk / name)
        qtbot.waitUntil(lambda: not w.model_chooser.busy and w.model_chooser.box is not None, timeout=60000)
        box = w.model_chooser.box
        assert isinstance(box, QMessageBox) and box.text().startswith(name + ":") and one_line(box.text())
        assert w.statusBar().currentMessage() == box.text()
        box.close()
        w.model_chooser.box = None
        assert w.ctx.model_path == DEMO_MODEL.resolve()
        assert w.model_label.text() == "Model: demo_yolov8n.pt"
        assert ev.model.text() == str(DEMO_MODEL.resolve())
        assert w.panes["Auto-label"].form.model_path() == str(DEMO_MODEL.resolve())


def test_every_field_follows_the_chosen_model(qtbot, other_model, demo_dir):
    w = window(qtbot)
    assert w.open_path(demo_dir / "data.yaml")
    w.show_pane("Auto-label")
    al = w.panes["Auto-label"]
    from app.core.autolabel.model_view import SEPARATE

    qtbot.waitUntil(lambda: al.form.existing.kept > 0, timeout=30000)
    al.form.existing.set_keep(SEPARATE)  # "label into a separate folder"
    assert al.form.out_edit.text().endswith("/autolabels/demo_yolov8n")
    w.choose_model(other_model)  # File ▸ Choose Model
    qtbot.waitUntil(lambda: w.ctx.model_path == other_model.resolve(), timeout=60000)
    assert w.model_label.text() == "Model: other.pt"
    assert w.panes["Evaluate"].source.model.text() == str(other_model.resolve())
    assert al.form.model_path() == str(other_model.resolve())
    assert al.form.out_edit.text().endswith("/autolabels/other")
    # back on the demo model from Auto-label's own list
    i = al.form.model_box.findData(str(DEMO_MODEL))
    assert i >= 0
    al.form.model_box.setCurrentIndex(i)
    al.form.model_box.activated.emit(i)
    qtbot.waitUntil(lambda: w.ctx.model_path == DEMO_MODEL.resolve(), timeout=60000)
    assert w.model_label.text() == "Model: demo_yolov8n.pt"
    assert w.panes["Evaluate"].source.model.text() == str(DEMO_MODEL.resolve())
    assert al.form.out_edit.text().endswith("/autolabels/demo_yolov8n")


def test_autolabel_browse_refuses_junk_and_a_failed_run_stops_the_bar(qtbot, junk, demo_dir):
    w = window(qtbot)
    assert w.open_path(demo_dir / "data.yaml")
    w.show_pane("Auto-label")
    al = w.panes["Auto-label"]
    al.form.modelChosen.emit(str(junk / "fake.pt"))  # "…" in the Model row
    qtbot.waitUntil(lambda: al.chooser.box is not None, timeout=60000)
    assert al.chooser.box.text().startswith("fake.pt:") and al.rate_label.text() == al.chooser.box.text()
    al.chooser.box.close()
    assert w.ctx.model_path == DEMO_MODEL.resolve() and al.form.model_path() == str(DEMO_MODEL.resolve())
    # a junk file that got into the list anyway (a recent model replaced on disk): Start
    (junk / "tensor.pt").rename(junk / "was_fine.pt")
    al.form.fill_models(str(junk / "was_fine.pt"))
    assert al.form.model_path() == str(junk / "was_fine.pt")
    al.start()
    assert al.worker is not None and al.bar.maximum() == 0  # busy while the model loads
    qtbot.waitUntil(lambda: al.worker is None, timeout=120000)
    text = al.summary.text()
    assert text.startswith("<b>Stopped:</b> was_fine.pt:") and "<br>" not in text and "KeyError" not in text
    assert al.bar.maximum() > 0  # not busy any more
    assert al.start_btn.isEnabled()
    QApplication.processEvents()


def test_model_at_a_restart_wins_over_the_saved_one(qtbot, other_model, tmp_path):
    settings = make_settings()
    w = window(qtbot)
    w.ctx.set_model(other_model)
    w.save_state()  # the setting of the last session: other.pt
    w.close()
    w2 = shown(qtbot, MainWindow(settings), 1280, 720)  # what `labelbench --model demo_yolov8n.pt` does
    assert w2.ctx.model_path == other_model.resolve()  # (restored first ...)
    w2.ctx.set_model(DEMO_MODEL)  # (... then --model)
    assert w2.model_label.text() == "Model: demo_yolov8n.pt"
    assert w2.panes["Evaluate"].source.model.text() == str(DEMO_MODEL.resolve())
    assert w2.panes["Auto-label"].form.model_path() == str(DEMO_MODEL.resolve())
