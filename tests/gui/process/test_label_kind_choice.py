"""The "Label with contours" dialog's Write choice: polygons / rotated boxes are previewed, written
for the current image like the core writes them, and a dataset of another kind is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from app.core.autolabel.classical import BoxFilter, label_shapes
from app.core.io.shapes import read_shapes
from app.core.io.yolo_labels import img2label_path
from tests.gui.process.test_process_pane import DEMO, load, pane  # noqa: F401 - the pane fixture


def test_write_polygons_then_refuse_rotated_boxes(qtbot, pane, tmp_path):  # noqa: F811
    ds = tmp_path / "ds"
    shutil.copytree(DEMO, ds)
    for lbl in (ds / "labels").rglob("*.txt"):
        lbl.unlink()
    img_path = ds / "images" / "train" / "demo_000003.jpg"
    pane.ctx.set_dataset(ds, ds / "data.yaml", ["circle", "square", "triangle", "star", "ring"])
    img = load(qtbot, pane, img_path)
    d = pane.toolbar_actions.label_dialog()
    d.min_area.setValue(200)
    d.tolerance.setValue(2.0)
    d.kind.setCurrentIndex(d.kind.findData("polygon"))
    qtbot.waitUntil(lambda: d.count.text().endswith("polygons"), timeout=10000)
    want = label_shapes(pane.pipeline, img, 0, BoxFilter(200.0), "polygon", 2.0)
    assert len(want) > 0
    qtbot.waitUntil(lambda: len(pane.box_overlay.boxes) == len(want), timeout=5000)
    drawn = pane.box_overlay.outlines  # the polygons themselves are previewed, not boxes around them
    assert len(drawn) == len(want) and all(np.allclose(o.ravel(), c) for o, c in zip(drawn, want.coords, strict=True))
    d.label_current()
    qtbot.waitUntil(lambda: d.report is not None, timeout=15000)
    got, issues = read_shapes(img2label_path(str(img_path)), task="segment")
    assert not issues and got.equals(want, atol=1e-6) and set(got.kinds) == {"polygon"}
    assert "polygons" in d.panel.summary.text()
    d.report = None
    d.kind.setCurrentIndex(d.kind.findData("obb"))
    qtbot.waitUntil(lambda: d.count.text().endswith("rotated boxes"), timeout=10000)
    qtbot.waitUntil(lambda: bool(pane.box_overlay.outlines) and len(pane.box_overlay.outlines[0]) == 4, timeout=5000)
    d.kind.setCurrentIndex(d.kind.findData("box"))
    qtbot.waitUntil(lambda: not pane.box_overlay.outlines and len(pane.box_overlay.boxes) > 0, timeout=10000)
    d.kind.setCurrentIndex(d.kind.findData("obb"))
    d.label_current()
    qtbot.waitUntil(lambda: "would mix kinds" in d.panel.summary.text(), timeout=15000)
    again, _ = read_shapes(img2label_path(str(img_path)), task="segment")
    assert again.equals(got) and np.array_equal(again.cls, got.cls)
    d.reject()


def test_label_this_image_waits_its_turn_behind_a_bulk_run(qtbot, pane, tmp_path):  # noqa: F811
    """One writer per dataset: while another run holds the dataset's writer lock, "Label this
    image" names it and writes nothing; once that run is over it writes."""
    from app.core.dataset.index import DatasetIndex
    from app.core.dataset.lock import WriterLock

    ds = tmp_path / "ds"
    shutil.copytree(DEMO, ds)
    img_path = ds / "images" / "train" / "demo_000003.jpg"
    label = Path(img2label_path(str(img_path)))
    label.unlink()  # no label yet: the image is labeled once the lock is free
    pane.ctx.set_dataset(ds, ds / "data.yaml", ["circle", "square", "triangle", "star", "ring"])
    load(qtbot, pane, img_path)
    d = pane.toolbar_actions.label_dialog()
    with DatasetIndex.open(ds / "data.yaml") as idx:
        db = idx.db_path
    held = WriterLock(db, command="labelbench autolabel (a bulk run)").acquire()
    try:
        d.label_current()
        qtbot.waitUntil(lambda: "another LabelBench run is writing it" in d.panel.summary.text(), timeout=15000)
        assert "labelbench autolabel (a bulk run)" in d.panel.summary.text() and d.report is None
        assert not label.exists()
    finally:
        held.release()
    qtbot.waitUntil(lambda: d.one_button.isEnabled(), timeout=5000)
    d.min_area.setValue(200)
    d.label_current()
    qtbot.waitUntil(lambda: d.report is not None, timeout=15000)
    assert d.report["labeled"] == 1 and label.exists()
    d.reject()
