"""The Training pane hands Ultralytics only a data file LabelBench wrote: a data.yaml opened in the
app whose `download:` is a script never runs it, a missing split is one status line before any
process starts, and a real run trains from RUN/labelbench_data.yaml."""

from __future__ import annotations

import pytest
from PyQt6.QtCore import Qt

from app.core.dataset.synth import dataset as synth
from app.core.io.yaml_safe import load_yaml_file
from app.gui.common.context import AppContext
from app.gui.training.pane import Pane


@pytest.fixture
def pane(qtbot):
    p = Pane(AppContext())
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    return p


def _hostile(tmp_path, val: str):
    root = tmp_path / "ds"
    synth.write_small(root, 8, 2, seed=3, size=(96, 64), stem="h")
    marker = tmp_path / "PWNED"
    names = ", ".join(f"{i}: {n}" for i, n in enumerate(synth.CLASSES))
    (root / "data.yaml").write_text(
        f"path: {root}\ntrain: images/train\nval: {val}\nnames: {{{names}}}\n"
        f"download: |\n  import pathlib; pathlib.Path({str(marker)!r}).write_text('ran')\n"
    )
    return root, marker


def test_open_data_yaml_with_a_missing_split_is_one_line_and_starts_nothing(pane, tmp_path, qtbot):
    root, marker = _hostile(tmp_path, "images/missing_val")
    pane.ctx.set_dataset(root, root / "data.yaml", synth.CLASSES)
    pane.form.train_on.setCurrentIndex(1)  # "The open data.yaml as it is"
    qtbot.mouseClick(pane.start_btn, Qt.MouseButton.LeftButton)
    assert "val: images/missing_val does not exist" in pane.status.text()
    assert "\n" not in pane.status.text() and "\x1b" not in pane.status.text()
    assert pane.runner is None or pane.runner.proc is None
    assert pane.start_btn.isEnabled() and not marker.exists()


@pytest.mark.slow
def test_open_data_yaml_trains_from_the_file_labelbench_wrote(pane, tmp_path, qtbot):
    root, marker = _hostile(tmp_path, "images/val")
    pane.ctx.set_dataset(root, root / "data.yaml", synth.CLASSES)
    pane.form.train_on.setCurrentIndex(1)
    pane.form.epochs.setValue(1)
    pane.form.imgsz.setValue(64)
    pane.form.batch.setValue(4)
    with qtbot.waitSignal(pane.bridge.finished, timeout=180_000) as done:
        qtbot.mouseClick(pane.start_btn, Qt.MouseButton.LeftButton)
    assert done.args == [0, ""]
    gen = pane.runner.data_yaml
    assert gen.name == "labelbench_data.yaml" and gen.parent == pane.runner.run_dir
    assert set(load_yaml_file(gen)) == {"path", "train", "val", "names"}
    assert "labelbench_data.yaml" in (pane.runner.run_dir / "args.yaml").read_text()  # what Ultralytics read
    assert not marker.exists()
