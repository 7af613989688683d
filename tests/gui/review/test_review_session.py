"""ReviewSession is an object with explicit collaborators (issue 11: no mixin reading attributes it
never defines): it runs on a real canvas, banner, undo history, prefetcher and SQLite index with
no Review pane around it, and the pane owns one and hears from it through signals."""

import os

import numpy as np
import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QVBoxLayout, QWidget

from app.core.dataset.index import DatasetIndex
from app.core.io.prefetch import Prefetcher
from app.gui.common.context import AppContext
from app.gui.review.banner import Banner
from app.gui.review.doc import CONFLICT, SAVED
from app.gui.review.editing import ReviewSession
from app.gui.review.pane import Pane
from app.gui.review.undo import UndoHistory
from tests.support.qt import shown
from tests.support.review_data import NAMES, QUEUE, label_file, read_rows
from widgets.canvas.box_canvas import BoxCanvas

REL = "images/train/{}".format


@pytest.fixture
def session(qtbot, dataset):
    host = QWidget()
    qtbot.addWidget(host)
    canvas, banner = BoxCanvas(), Banner()
    canvas.direct_edits = False
    lay = QVBoxLayout(host)
    lay.addWidget(banner)
    lay.addWidget(canvas, 1)
    host.resize(700, 500)
    host.show()
    qtbot.waitExposed(host)
    status: list[str] = []
    order = [REL(n) for n in QUEUE]

    def next_rels(rel, n):
        i = order.index(rel)
        return order[i + 1 : i + 1 + n]

    s = ReviewSession(
        canvas,
        banner,
        UndoHistory(host),
        Prefetcher(ahead=2, workers=1, capacity=4),
        lambda text, _ms: status.append(text),
        next_rels,
        host,
    )
    s.status_lines = status
    s.events = []
    s.current.connect(lambda rel: s.events.append(("current", rel)))
    s.changed.connect(lambda: s.events.append(("changed",)))
    s.saved.connect(lambda rel, image: s.events.append(("saved", rel, image)))
    s.opened.connect(lambda rel: s.events.append(("opened", rel)))
    s.set_index(DatasetIndex.open(dataset))
    s.class_names = list(NAMES)
    yield s
    s.stop()
    s.index.close()
    s.prefetch.close()


def test_session_opens_edits_undoes_saves_and_accepts_without_a_pane(qtbot, dataset, session):
    s, d = session, REL("d.jpg")
    s.events.clear()
    assert s.open_rel(d)
    assert s.doc.rel == d and len(s.canvas.boxes) == 3 and np.allclose(s.canvas.boxes.conf, [0.88, 0.20, 0.93])
    assert s.events == [("current", d), ("changed",), ("opened", d)]
    assert s.history.active() is s.history.stack(d)
    # the prefetcher decodes the next images of the queue the pane's order names
    qtbot.waitUntil(lambda: s.prefetch.cached(dataset.parent / "images" / "train" / "b.jpg"), timeout=5000)
    # an edit goes canvas -> undo history -> apply_boxes; undo restores it
    s.events.clear()
    s.canvas.request(s.canvas.boxes.removed([1]), "Delete", ())
    assert len(s.doc.boxes) == 2 and s.doc.dirty and s.autosave.isActive() and s.events == [("changed",)]
    s.history.active().undo()
    assert len(s.doc.boxes) == 3 and not s.doc.dirty
    s.history.active().redo()
    path = label_file(dataset.parent, "d.jpg")
    assert s.save_current() == SAVED and not s.autosave.isActive() and s.saved_count == 1
    assert read_rows(path)[:, 0].tolist() == [4, 0]
    assert ("saved", d, str(dataset.parent / "images" / "train" / "d.jpg")) in s.events
    assert any(t.startswith("Saved d.txt") for t in s.status_lines)
    # accept: saved, marked reviewed in the index, the rel handed back (the pane moves on)
    assert s.accept() == d and s.index.is_reviewed(d)
    assert s.open_rel(REL("b.jpg")) and s.canvas.previous is not None and len(s.canvas.previous[0]) == 2


def test_session_outside_edit_conflict_and_its_banner(qtbot, dataset, session):
    s, d = session, REL("d.jpg")
    s.watcher.setInterval(50)  # its look for outside edits every 50 ms, not every second: the test waits for it
    assert s.open_rel(d)
    s.canvas.request(s.canvas.boxes.removed([0]), "Delete", ())  # unsaved edit
    path = label_file(dataset.parent, "d.jpg")
    outside = "2 0.5 0.5 0.25 0.25\n"
    path.write_text(outside)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))
    qtbot.waitUntil(lambda: s.banner.kind == "conflict", timeout=3000)  # the session's own watcher
    assert s.save_current() == CONFLICT and not s.leave_current() and not s.open_rel(REL("b.jpg"))
    assert s.doc.rel == d and path.read_text() == outside
    qtbot.mouseClick(s.banner.buttons["theirs"], Qt.MouseButton.LeftButton)
    assert s.doc.boxes.cls.tolist() == [2] and not s.doc.conflict and not s.doc.dirty
    assert "Loaded the label file from disk" in s.status_lines
    assert s.open_rel(REL("b.jpg"))


def test_unreadable_image_is_reported_through_the_session(qtbot, dataset, session):
    s, b = session, REL("b.jpg")
    (dataset.parent / "images" / "train" / "b.jpg").write_bytes(b"not a jpeg")
    s.events.clear()
    assert not s.open_rel(b)
    assert s.doc is None and s.canvas.read_only and s.banner.kind == "image"
    assert s.events == [("current", b)] and "b.jpg" in s.status_lines[-1]


def test_pane_owns_a_session_and_hooks_in_after_each_open(qtbot, dataset):
    ctx = AppContext()
    pane = shown(qtbot, Pane(ctx), 1200, 700)
    try:
        ctx.set_dataset(dataset.parent, dataset, NAMES)
        qtbot.waitUntil(lambda: pane.doc is not None, timeout=5000)
        assert not isinstance(pane, ReviewSession) and isinstance(pane.session, ReviewSession)
        assert pane.doc is pane.session.doc and pane.index is pane.session.index
        # a click-through's prediction is drawn when the session opens that image, whoever asks it
        e = dataset.parent / "images" / "train" / "e.jpg"
        ctx.reviewFocus.emit(str(e), {"predictions": ([3], [[0.5, 0.5, 0.2, 0.2]], [0.4]), "pred": 0})
        assert pane.session.open_rel(REL("e.jpg"))
        preds = pane.canvas.predictions
        assert preds.boxes.cls.tolist() == [3] and preds.highlight == 0
        assert np.allclose(preds.boxes.xyxy, [[128, 96, 192, 144]])
        assert pane.queue.table.currentIndex().row() == QUEUE.index("e.jpg")  # the pane followed
        assert pane.info.text().startswith(f"{QUEUE.index('e.jpg') + 1} of 5 in list")
    finally:
        pane.shutdown()
