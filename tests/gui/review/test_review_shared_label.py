"""Issue 22: images that share one label file in the Review pane, on real photos (Ultralytics'
bus.jpg and a PNG re-encode of it in one folder: both label into labels/train/bus.txt). The queue
marks both and its tooltip names the other image; opening one shows the note above the image and
opens it read-only; neither an edit, Ctrl+S nor Space writes the shared file or marks a review
(app/gui/review/shared_label.py); the core refuses the write too (write_rule.SharedLabelError)."""

import shutil
from pathlib import Path

import cv2
import numpy as np
import pytest
from PyQt6.QtCore import Qt

from app.core.dataset import write_rule
from app.core.dataset.index import STATUS_REVIEWED, DatasetIndex
from app.gui.review.shared_label import KIND, MARK
from tests.support.review_data import NAMES
from tests.support.review_pane import open_review_pane
from widgets.canvas.boxes import Boxes

BUS = "0 0.500000 0.500000 0.400000 0.600000\n"


@pytest.fixture
def photos(dataset):
    import ultralytics

    bus = Path(ultralytics.__file__).parent / "assets" / "bus.jpg"
    img = dataset.parent / "images" / "train"
    shutil.copy(bus, img / "bus.jpg")
    assert cv2.imwrite(str(img / "bus.png"), cv2.imread(str(bus)))  # the same photo, re-encoded
    label = dataset.parent / "labels" / "train" / "bus.txt"
    label.write_text(BUS)
    return dataset, label


def _row(pane, name):
    m = pane.queue.model
    row = next(i for i, r in enumerate(m.rows) if r.rel.endswith("/" + name))
    return m, row


def test_shared_pair_is_marked_and_read_only(qtbot, photos):
    yaml_path, label = photos
    pane = open_review_pane(qtbot, yaml_path, NAMES)
    try:
        qtbot.waitUntil(lambda: len(pane.queue.model.rows) == 7, timeout=10000)
        for name, other in (("bus.jpg", "bus.png"), ("bus.png", "bus.jpg")):
            m, row = _row(pane, name)
            assert MARK in m.data(m.index_of(row, 1))
            tip = m.data(m.index_of(row, 0), Qt.ItemDataRole.ToolTipRole)
            assert f"shares its label file bus.txt with {other}" in tip and "rename one of them" in tip
        m, row = _row(pane, "a.jpg")
        assert MARK not in m.data(m.index_of(row, 1))

        before = label.read_bytes()
        assert pane.open_rel("images/train/bus.png")
        assert pane.banner.isVisible() and pane.banner.kind == KIND
        title = pane.banner.title.text()
        assert "bus.png shares its label file with bus.jpg" in title and "rename one of them" in title
        assert str(label) in pane.banner.detail.text()
        assert pane.canvas.read_only and len(pane.doc.boxes) == 1
        # an edit, Ctrl+S and Space: nothing is written, nothing is marked
        pane.canvas.request(Boxes.from_xywhn([1], np.array([[0.3, 0.3, 0.1, 0.1]]), None, *pane.doc.size), "draw")
        assert len(pane.doc.boxes) == 1 and not pane.doc.dirty
        pane.save_current()
        pane.accept()
        assert pane.doc.rel == "images/train/bus.png"  # not accepted: it stays open
        assert any("Not accepted: images/train/bus.png shares its label file" in t for t in pane.ctx.messages)
        assert label.read_bytes() == before
        assert pane.index.get("images/train/bus.png").status != STATUS_REVIEWED
        assert pane.index.count(STATUS_REVIEWED) == 0

        # another image: the note goes, editing works again
        assert pane.open_rel("images/train/a.jpg")
        assert pane.banner.kind != KIND and not pane.canvas.read_only
    finally:
        pane.shutdown()
    assert label.read_bytes() == before


def test_core_refuses_to_write_or_review_a_shared_label_file(photos):
    yaml_path, label = photos
    with DatasetIndex.open(yaml_path) as idx:
        idx.refresh()
        for rel, write, reviewed in (
            ("images/train/bus.jpg", True, None),
            ("images/train/bus.png", False, True),
            ("images/train/bus.png", True, True),
        ):
            with pytest.raises(write_rule.SharedLabelError) as e:
                write_rule.commit_label_file(
                    idx, rel, label, [1], [[0.3, 0.3, 0.1, 0.1]], None, write=write, reviewed=reviewed, force=True
                )
            assert str(e.value).startswith(f"{label}: shared by the images {rel} and ")
            assert "nothing was written; rename one of them or move it into another folder" in str(e.value)
        assert label.read_text() == BUS and idx.count(STATUS_REVIEWED) == 0
        # an image alone in its label file is written as before
        a = label.with_name("a.txt")
        res, _sig = write_rule.commit_label_file(
            idx, "images/train/a.jpg", a, [1], [[0.3, 0.3, 0.1, 0.1]], write_rule.disk_sig(a), reviewed=True
        )
        assert res == write_rule.SAVED and idx.count(STATUS_REVIEWED) == 1
    # renamed apart, both are ordinary images again
    (label.parent.parent.parent / "images" / "train" / "bus.png").rename(
        label.parent.parent.parent / "images" / "train" / "bus2.png"
    )
    with DatasetIndex.open(yaml_path) as idx:
        idx.refresh()
        assert write_rule.sharing_images(idx, "images/train/bus.jpg", label) == []
