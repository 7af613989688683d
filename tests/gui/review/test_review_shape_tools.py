"""The snap tool and the audit's Y on polygons (issue 25): Shift+S refuses a shape with a note
(a snap is a box), Y on a badloc / overlooked finding puts in the model's own polygon from the
index, exactly (the file's lines), and says so when the index has none."""

import json

import numpy as np
from PyQt6.QtCore import Qt

from app.core.audit.findings import Finding
from app.core.dataset.audit_table import AuditTable
from app.core.dataset.index import DatasetIndex
from app.core.dataset.synth import shapes as synth
from app.core.io.shapes import POLYGON, Labels, format_line, format_shapes
from app.gui.review.shapes.suggested import NO_SHAPE
from app.gui.review.toolbar.snap_tool import SHAPE_NOTE
from tests.support.canvas import at
from tests.support.review_pane import open_review_pane
from widgets.canvas.shapes_model import Shapes

W, H = 320, 240
LABEL = [0.1, 0.1, 0.4, 0.1, 0.25, 0.45]  # class 0, the model puts it a little lower
OTHER = [0.55, 0.5, 0.9, 0.5, 0.9, 0.9]  # class 1, agreed
PRED_LOC = [0.1, 0.15, 0.4, 0.15, 0.25, 0.5, 0.2, 0.4]  # class 0: 4 points
PRED_NEW = [0.6, 0.05, 0.8, 0.05, 0.85, 0.3, 0.6, 0.25]  # class 1, not labeled


def dataset(tmp_path, with_shapes: bool = True):
    yaml_path = synth.write_dataset(tmp_path / "seg", n=1, task="segment", size=(W, H))
    root = yaml_path.parent
    image = sorted((root / "images" / "train").iterdir())[0]
    rel = image.relative_to(root).as_posix()
    label = root / "labels" / "train" / f"{image.stem}.txt"
    label.write_text(format_shapes(Labels([0, 1], (POLYGON, POLYGON), (LABEL, OTHER))))
    preds = Labels([0, 1, 1], (POLYGON,) * 3, (PRED_LOC, OTHER, PRED_NEW), [0.8, 0.9, 0.7])
    box = preds.xywhn()
    lab_box = Labels([0], (POLYGON,), (LABEL,)).xywhn()[0]
    found = [
        Finding("badloc", 0.9, 1, 0, lab_box.tolist(), 0, box[0].tolist(), 0.5, 0.8),
        Finding("overlooked", 0.8, None, None, None, 1, box[2].tolist(), 0.0, 0.7),
    ]
    with DatasetIndex.open(yaml_path) as idx:
        idx.refresh()
        if with_shapes:
            idx.record_model_view([(rel, preds.cls, box, preds.conf, preds)], "tiny-seg.pt")
        AuditTable(idx).set_summaries([(rel, 0.9, 2, "badloc overlooked", json.dumps([f.to_json() for f in found]))])
    return yaml_path, rel, label


def test_y_puts_in_the_model_s_own_polygons_exactly(qtbot, tmp_path):
    yaml_path, rel, label = dataset(tmp_path)
    pane = open_review_pane(qtbot, yaml_path, synth.classes_for("segment"))
    try:
        assert pane.open_rel(rel)
        view = pane.audit_view
        assert [f.kind for f in view.findings] == ["badloc", "overlooked"]
        drawn = pane.canvas.predictions.boxes  # the finding's prediction drawn as the model's polygon
        assert isinstance(drawn, Shapes) and len(drawn.pts[0]) == 4 and np.allclose(drawn.conf, [0.8])
        view.apply()  # badloc: the label's polygon becomes the model's (4 points)
        assert pane.canvas.boxes.kinds == (POLYGON, POLYGON) and len(pane.canvas.boxes.pts[0]) == 4
        assert [f.kind for f in view.findings] == ["overlooked"]
        view.apply()  # overlooked: the model's polygon added
        pane.save_current()
        want = [format_line(0, PRED_LOC), format_line(1, OTHER), format_line(1, PRED_NEW)]
        assert label.read_text() == "".join(want)
        pane.undo()
        pane.undo()
        pane.save_current()
        assert label.read_text() == format_shapes(Labels([0, 1], (POLYGON, POLYGON), (LABEL, OTHER)))
    finally:
        pane.shutdown()


def test_y_without_the_model_s_shape_and_snap_on_a_polygon_say_so_and_change_nothing(qtbot, tmp_path):
    yaml_path, rel, label = dataset(tmp_path, with_shapes=False)
    before = label.read_bytes()
    pane = open_review_pane(qtbot, yaml_path, synth.classes_for("segment"))
    cv = pane.canvas
    try:
        assert pane.open_rel(rel)
        s = cv.boxes
        assert [f.kind for f in pane.audit_view.findings] == ["badloc", "overlooked"]
        pane.audit_view.apply()
        assert pane.ctx.messages[-1] == NO_SHAPE and cv.boxes is s
        qtbot.mouseClick(cv, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(cv, *s.pts[1].mean(0)))
        assert cv.selected == [1]
        pane.snap_tool.act_selected.trigger()  # Shift+S
        assert pane.ctx.messages[-1] == SHAPE_NOTE and pane.snap_tool.proposal is None and cv.boxes is s
        pane.save_current()
        assert label.read_bytes() == before
    finally:
        pane.shutdown()
