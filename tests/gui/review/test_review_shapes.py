"""Polygons and rotated boxes in the Review pane (issue 25, part 3): a segment or obb label file
opens as shapes (never as malformed boxes), keeps its bytes when nothing is edited, and every
edit (vertex move, insert, delete, a new polygon, a rotated box moved, resized, rotated) lands in
the file with Ultralytics' 6-decimal lines, undoable."""

from pathlib import Path

import pytest
from PyQt6.QtCore import Qt

from app.core.dataset.synth import shapes as synth
from tests.support.review_pane import open_review_pane
from widgets.canvas.shapes_model import OBB, POLYGON, Shapes

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def make(tmp_path: Path, task: str, n: int = 3) -> Path:
    return synth.write_dataset(tmp_path / task, n=n, task=task, size=(320, 240))


def open_pane(qtbot, yaml_path: Path, task: str):
    return open_review_pane(qtbot, yaml_path, synth.classes_for(task))


def label_bytes(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "labels" / "train").glob("*.txt"))}


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_shape_files_open_as_shapes_never_offered_for_deletion_and_keep_their_bytes(qtbot, tmp_path, task):
    yaml_path = make(tmp_path, task)
    root = yaml_path.parent
    before = label_bytes(root)
    pane = open_pane(qtbot, yaml_path, task)
    try:
        shapes = pane.canvas.boxes
        assert isinstance(shapes, Shapes) and len(shapes) > 0
        assert set(shapes.kinds) == {POLYGON if task == "segment" else OBB}
        assert not pane.canvas.read_only and pane.banner.kind not in ("malformed", "unknown")
        assert "drop" not in pane.banner.buttons
        for _ in range(3):  # walk every image, accept one, leave: nothing edited, nothing rewritten
            qtbot.keyClick(pane.canvas, Qt.Key.Key_D)
        qtbot.keyClick(pane.canvas, Qt.Key.Key_A)
        pane.save_current()
        assert label_bytes(root) == before
    finally:
        pane.shutdown()
    assert label_bytes(root) == before


def test_a_file_mixing_boxes_and_polygons_offers_no_drop(qtbot, tmp_path):
    yaml_path = make(tmp_path, "segment", n=1)
    path = yaml_path.parent / "labels" / "train" / "img000.txt"
    text = "0 0.500000 0.500000 0.200000 0.200000\n" + path.read_text()
    path.write_text(text)
    pane = open_pane(qtbot, yaml_path, "segment")
    try:
        qtbot.waitUntil(lambda: pane.banner.kind == "malformed", timeout=3000)
        assert "drop" not in pane.banner.buttons
        assert "mixes boxes" in pane.banner.detail.text() and pane.canvas.read_only
        pane.session._banner_choice("drop")  # even asked directly: the polygons are not removed
        pane.save_current()
        assert path.read_text() == text
    finally:
        pane.shutdown()
    assert path.read_text() == text
