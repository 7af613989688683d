"""A session killed right after a polygon or rotated-box edit offers it back (issue 25 with
issue 29's journal): restored and saved, the label file holds exactly the lines the edit made."""

import os
import subprocess
import sys

import pytest
from PyQt6.QtCore import Qt

from app.core.dataset.synth import shapes as synth
from app.core.io.shapes import format_line
from tests.support.paths import ROOT
from tests.support.review_crash_shapes import shape_edit
from tests.support.review_pane import open_review_pane
from widgets.canvas.shapes_model import Shapes


@pytest.mark.slow
@pytest.mark.parametrize("task", ["segment", "obb"])
def test_a_session_killed_after_a_shape_edit_restores_it_exactly(qtbot, tmp_path, task):
    yaml_path = synth.write_dataset(tmp_path / task, n=2, task=task, size=(320, 240))
    r = subprocess.run(
        [sys.executable, "-m", "tests.support.review_crash_shapes", str(yaml_path), task],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert r.returncode == -9 and r.stdout.split()[0] == "edited", r.stderr
    rel = r.stdout.split()[1]
    path = yaml_path.parent / "labels" / "train" / (rel.rsplit("/", 1)[-1].rsplit(".", 1)[0] + ".txt")
    original = path.read_text()
    lines = original.splitlines(keepends=True)
    p = open_review_pane(qtbot, yaml_path, synth.classes_for(task))
    try:
        b = p.banner
        assert b.isVisible() and b.kind == "recover"
        assert b.title.text() == "<b>1 unsaved edit from the last session: restore?</b>"
        qtbot.mouseClick(b.buttons["restore"], Qt.MouseButton.LeftButton)
        assert p.doc.rel == rel and p.doc.dirty and isinstance(p.canvas.boxes, Shapes)
        assert path.read_text() == original  # unsaved until saved
        w, h = p.doc.size
        saved = p.doc.saved
        want = shape_edit(saved, task, w, h)  # the edit made again on the file as it was read
        assert p.canvas.boxes.same_shapes(want, atol=1e-5)
        p.act_save.trigger()
        cls, _kinds, coords = want.to_normalized(w, h)
        expected = [format_line(c, v) for c, v in zip(cls, coords)]
        assert path.read_text() == "".join(expected)
        if task == "segment":  # the other polygons' lines as they were, byte for byte
            assert expected[1:] == lines[1:-1]
        else:
            assert expected[1:] == lines[1:]
        qtbot.waitUntil(lambda: not list(yaml_path.parent.glob(".labelbench/*.unsaved.*")), timeout=3000)
    finally:
        p.shutdown()
