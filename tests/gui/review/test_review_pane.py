"""The Review pane driven like a person: real dataset folder, real SQLite index, real widgets."""

import os

import numpy as np
import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtGui import QKeySequence

from app.core.dataset.index import DatasetIndex
from app.core.io.yolo_labels import format_labels
from app.gui.review.controls import STATUS_FILTERS
from app.gui.review.pane import AUTOSAVE_MS
from tests.support.paths import ROOT
from tests.support.review_data import NAMES, QUEUE, H, W, at, label_file, read_rows
from tests.support.review_pane import look_often, open_review_pane
from widgets.canvas.boxes import Boxes

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_pane(qtbot, yaml_path):
    return open_review_pane(qtbot, yaml_path, NAMES)


@pytest.fixture
def pane(qtbot, dataset):
    p = open_pane(qtbot, dataset)
    yield p
    p.shutdown()


def key(qtbot, pane, k, mods=NOMOD):
    qtbot.keyClick(pane.canvas, k, mods)


def drag(qtbot, canvas, a, b):
    qtbot.mousePress(canvas, L, NOMOD, at(canvas, *a))
    for t in (0.3, 0.6, 1.0):
        qtbot.mouseMove(canvas, at(canvas, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    qtbot.mouseRelease(canvas, L, NOMOD, at(canvas, *b))


def name(pane):
    return pane.doc.rel.rsplit("/", 1)[-1]


def test_opens_queue_least_sure_first_with_confidences(pane):
    m = pane.queue.model
    assert [m.rel(r).rsplit("/", 1)[-1] for r in range(m.rowCount())] == QUEUE
    assert name(pane) == "d.jpg"
    assert np.allclose(pane.canvas.boxes.conf, [0.88, 0.20, 0.93])  # matched to stored predictions
    assert np.allclose(pane.canvas.boxes.xyxy[1], [150, 100, 260, 210], atol=0.01)
    assert pane.queue.progress.value() == 0 and pane.queue.progress.maximum() == 5
    assert pane.info.text().startswith("1 of 5 in list   ·   images/train/d.jpg")


def test_edit_undo_all_redo_save_reopen(qtbot, dataset, pane):
    c = pane.canvas
    original = c.boxes
    drag(qtbot, c, (180, 20), (230, 60))  # draw on empty space
    assert len(c.boxes) == 4
    key(qtbot, pane, Qt.Key.Key_3)  # new box -> triangle
    drag(qtbot, c, (40, 40), (60, 50))  # move the ring box by (20, 10)
    assert np.allclose(c.boxes.xyxy[0], [30, 20, 90, 80], atol=1)
    drag(qtbot, c, (90, 80), (110, 100))  # resize it by its south-east handle
    assert np.allclose(c.boxes.xyxy[0], [30, 20, 110, 100], atol=1)
    c.set_selection([])
    key(qtbot, pane, Qt.Key.Key_Tab)  # least sure box: the square
    key(qtbot, pane, Qt.Key.Key_5)  # -> ring
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_Delete)  # delete the next box in Tab order
    final = c.boxes
    stack = pane.history.active()
    assert stack.count() == 6
    for _ in range(6):
        key(qtbot, pane, Qt.Key.Key_Z, CTRL)
    assert c.boxes.equals(original)
    for _ in range(6):
        key(qtbot, pane, Qt.Key.Key_Z, CTRL | SHIFT)
    assert c.boxes.equals(final)
    key(qtbot, pane, Qt.Key.Key_S, CTRL)
    path = label_file(dataset.parent, "d.jpg")
    want = format_labels(final.cls, final.to_xywhn(W, H))
    assert path.read_text() == want
    assert any("Saved d.txt" in t for t in pane.ctx.messages)
    pane.shutdown()
    again = open_pane(qtbot, dataset)  # reopen: same boxes from the file
    try:
        assert again.doc.rel.endswith("d.jpg")
        assert np.array_equal(again.canvas.boxes.cls, final.cls)
        assert np.allclose(again.canvas.boxes.xyxy, final.xyxy, atol=W * 1e-6)
        row = again.index.get("images/train/d.jpg")
        assert row.edited and row.n_boxes == len(final) and row.status == "auto"
    finally:
        again.shutdown()


def test_accept_and_next_walks_queue_in_confidence_order(qtbot, dataset, pane):
    seen = []
    for i in range(len(QUEUE)):
        seen.append(name(pane))
        key(qtbot, pane, Qt.Key.Key_Space)
        assert pane.queue.progress.value() == i + 1
    assert seen == QUEUE
    idx = DatasetIndex.open(dataset)
    try:
        assert idx.count("reviewed") == 5
    finally:
        idx.close()
    assert all(pane.queue.model.rows[r].status == "reviewed" for r in range(5))
    key(qtbot, pane, Qt.Key.Key_A)  # previous
    assert name(pane) == QUEUE[-2]
    key(qtbot, pane, Qt.Key.Key_D)
    assert name(pane) == QUEUE[-1]


def count_keys(qtbot, pane, keys):
    for k in keys:
        key(qtbot, pane, k)
    return len(keys)


def test_keystroke_counts(qtbot, dataset, pane):
    root = dataset.parent
    # (a) correct image: accept and reach the next
    n_a = count_keys(qtbot, pane, [Qt.Key.Key_Space])
    assert name(pane) == "b.jpg" and pane.index.is_reviewed("images/train/d.jpg")
    assert read_rows(label_file(root, "d.jpg")).shape == (3, 5)
    # (b) one wrong class (the least sure box, a triangle that is a star): fix it and move on
    n_b = count_keys(qtbot, pane, [Qt.Key.Key_Tab, Qt.Key.Key_4, Qt.Key.Key_Space])
    assert name(pane) == "c.jpg" and pane.index.is_reviewed("images/train/b.jpg")
    assert read_rows(label_file(root, "b.jpg"))[:, 0].tolist() == [3, 0]
    # (c) a false box: delete it and move on
    n_c = count_keys(qtbot, pane, [Qt.Key.Key_Tab, Qt.Key.Key_Delete, Qt.Key.Key_Space])
    assert name(pane) == "e.jpg" and pane.index.is_reviewed("images/train/c.jpg")
    assert label_file(root, "c.jpg").read_text() == ""  # empty file = reviewed, no objects
    assert (n_a, n_b, n_c) == (1, 3, 3)


def test_outside_edit_is_noticed_and_not_overwritten(qtbot, dataset, pane):
    look_often(pane)
    path = label_file(dataset.parent, "d.jpg")
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_Delete)  # unsaved edit
    outside = "2 0.5 0.5 0.25 0.25\n"
    path.write_text(outside)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))
    qtbot.waitUntil(lambda: pane.banner.isVisible() and pane.banner.kind == "conflict", timeout=3000)
    key(qtbot, pane, Qt.Key.Key_S, CTRL)  # saving does not overwrite it
    key(qtbot, pane, Qt.Key.Key_D)  # neither does leaving
    assert name(pane) == "d.jpg" and path.read_text() == outside
    qtbot.mouseClick(pane.banner.buttons["theirs"], L)
    assert len(pane.canvas.boxes) == 1 and pane.canvas.boxes.cls.tolist() == [2]
    assert np.allclose(pane.canvas.boxes.xyxy, [[120, 90, 200, 150]])
    # the same with "keep mine"
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_1)
    path.write_text("4 0.5 0.5 0.1 0.1\n")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    qtbot.waitUntil(lambda: pane.banner.kind == "conflict", timeout=3000)
    qtbot.mouseClick(pane.banner.buttons["mine"], L)
    assert read_rows(path).tolist() == [[0, 0.5, 0.5, 0.25, 0.25]]


def test_unedited_image_reloads_outside_edit(qtbot, dataset, pane):
    look_often(pane)
    path = label_file(dataset.parent, "d.jpg")
    path.write_text("1 0.25 0.25 0.125 0.125\n")
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))
    qtbot.waitUntil(lambda: len(pane.canvas.boxes) == 1, timeout=3000)
    assert np.allclose(pane.canvas.boxes.xyxy, [[60, 45, 100, 75]])
    assert any("changed outside" in t for t in pane.ctx.messages)


def test_malformed_file_opens_with_file_and_line_and_user_decides(qtbot, dataset):
    path = label_file(dataset.parent, "d.jpg")
    bad = (
        "4 0.1 0.1 0.2 0.2\n"  # good
        "1 0.5 0.5 0.2\n"  # wrong column count
        "0 0.5 x 0.2 0.2\n"  # not a number
        "2 0.5 0.5 1.7 0.2\n"  # out of range
        "9 0.7 0.7 0.1 0.1\n"
    )  # unknown class: kept and flagged
    path.write_text(bad)
    pane = open_pane(qtbot, dataset)
    try:
        qtbot.waitUntil(lambda: pane.banner.kind == "malformed", timeout=3000)
        text = pane.banner.title.text() + "\n" + pane.banner.detail.text()
        for line, reason in (
            (2, "expected 5 columns"),
            (3, "not a number"),
            (4, "normalized"),
            (5, "unknown class id 9"),
        ):
            assert f"{path}:{line}: " in text and reason in text
        assert pane.canvas.read_only and pane.canvas.boxes.cls.tolist() == [4, 9]
        key(qtbot, pane, Qt.Key.Key_Tab)
        key(qtbot, pane, Qt.Key.Key_Delete)  # read-only: nothing happens
        key(qtbot, pane, Qt.Key.Key_Space)  # cannot accept an undecided file
        assert name(pane) == "d.jpg" and not pane.index.is_reviewed("images/train/d.jpg")
        key(qtbot, pane, Qt.Key.Key_D)  # moving on leaves the file as it was
        key(qtbot, pane, Qt.Key.Key_A)
        assert path.read_text() == bad and pane.banner.kind == "malformed"
        qtbot.mouseClick(pane.banner.buttons["drop"], L)  # the user decides: drop the bad lines
        assert read_rows(path)[:, 0].tolist() == [4, 9]  # the unknown class box is kept
        assert not pane.canvas.read_only
        assert pane.banner.kind == "unknown"  # still flagged, nothing dropped silently
    finally:
        pane.shutdown()


def test_autosave_after_idle_and_when_leaving(qtbot, dataset, pane):
    path = label_file(dataset.parent, "d.jpg")
    before = path.read_text()
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_3)
    assert path.read_text() == before  # not written at once ...
    assert pane.autosave.isActive() and pane.autosave.interval() == AUTOSAVE_MS  # ... but after the idle delay
    assert "unsaved changes" in pane.info.text()
    pane.autosave.setInterval(100)  # the idle delay, shortened (from now on) for the wait: the same timer fires
    qtbot.waitUntil(lambda: path.read_text() != before, timeout=AUTOSAVE_MS + 3000)
    pane.autosave.setInterval(AUTOSAVE_MS)  # the real one again: below, leaving must save, not the timer
    assert read_rows(path)[1, 0] == 2
    assert not pane.autosave.isActive() and "saved" in pane.info.text() and "unsaved" not in pane.info.text()
    assert any(t.startswith("Saved d.txt at ") for t in pane.ctx.messages)  # the status bar tells
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_Delete)
    key(qtbot, pane, Qt.Key.Key_D)  # leaving saves at once
    assert read_rows(path).shape == (2, 5)


def test_history_per_image_kept(qtbot, dataset, pane):
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_Delete)  # d: 3 -> 2 boxes
    key(qtbot, pane, Qt.Key.Key_D)
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_5)  # b: class change
    key(qtbot, pane, Qt.Key.Key_A)
    assert name(pane) == "d.jpg" and len(pane.canvas.boxes) == 2
    key(qtbot, pane, Qt.Key.Key_Z, CTRL)  # undoes d's delete, not b's change
    assert len(pane.canvas.boxes) == 3
    key(qtbot, pane, Qt.Key.Key_D)
    assert pane.canvas.boxes.cls.tolist() == [4, 0]
    key(qtbot, pane, Qt.Key.Key_Z, CTRL)
    assert pane.canvas.boxes.cls.tolist() == [2, 0]
    assert read_rows(label_file(dataset.parent, "d.jpg")).shape == (3, 5)  # the undo was saved


def test_paste_previous_image_and_copy_paste(qtbot, dataset, pane):
    key(qtbot, pane, Qt.Key.Key_D)  # b.jpg, previous = d.jpg (3 boxes)
    key(qtbot, pane, Qt.Key.Key_V, CTRL | SHIFT)
    assert len(pane.canvas.boxes) == 5
    assert pane.canvas.boxes.cls.tolist()[2:] == [4, 1, 0]


def test_open_in_review_highlights_box(qtbot, dataset, pane):
    image = str(dataset.parent / "images" / "train" / "e.jpg")
    pane.ctx.openInReview.emit(image, 0)
    assert name(pane) == "e.jpg" and pane.canvas.selected == [0]
    assert pane.queue.table.currentIndex().row() == QUEUE.index("e.jpg")


def test_add_class_appends_only(qtbot, dataset, pane):
    before = dataset.read_text()
    pane.classes.new_name.setText("hexagon")
    qtbot.mouseClick(pane.classes.add_button, L)
    after = dataset.read_text()
    assert after == before + "  5: hexagon\n"  # one line appended, ids untouched
    assert pane.class_names == NAMES + ["hexagon"] and pane.ctx.class_names[-1] == "hexagon"
    key(qtbot, pane, Qt.Key.Key_Tab)
    key(qtbot, pane, Qt.Key.Key_6)
    assert pane.canvas.boxes.cls[1] == 5
    pane.classes.new_name.setText("circle")  # duplicates are refused, file untouched
    assert not pane.add_class("circle") and dataset.read_text() == after


def test_filters_and_help(qtbot, dataset, pane):
    pane.queue.classes.setCurrentIndex(1 + 3)  # star
    assert [r.rel for r in pane.queue.model.rows] == ["images/train/c.jpg"]
    pane.queue.classes.setCurrentIndex(0)
    pane.queue.status.setCurrentIndex([t for _, t in STATUS_FILTERS].index("reviewed"))  # none yet
    assert pane.queue.model.rowCount() == 0
    pane.queue.status.setCurrentIndex(0)
    pane.canvas.setFocus()
    key(qtbot, pane, Qt.Key.Key_F1)
    assert pane.help.isVisible() and "Accept the image" in pane.help.findChildren(type(pane.info))[1].text()
    key(qtbot, pane, Qt.Key.Key_F1)
    assert not pane.help.isVisible()
    key(qtbot, pane, Qt.Key.Key_F1)
    pane.canvas.set_selection([])
    key(qtbot, pane, Qt.Key.Key_Escape)  # Esc closes it too
    assert not pane.help.isVisible()
    pane.classes.slider.setValue(90)  # hide boxes below 0.90
    assert pane.canvas.visible().tolist() == [False, False, True]


def test_list_model_shows_first_rows_then_the_rest_in_chunks(qtbot, dataset, pane, monkeypatch):
    import app.gui.review.queue_list as rl

    monkeypatch.setattr(rl, "CHUNK", 2)
    m = pane.queue.model
    done = []
    m.complete.connect(done.append)
    m.reload(None, None, "min_conf", first=2)
    assert m.rowCount() == 2 and m.loading  # first rows at once, no waiting
    qtbot.waitUntil(lambda: done == [5], timeout=5000)
    assert [m.rel(r).rsplit("/", 1)[-1] for r in range(5)] == QUEUE
    assert m.data(m.index_of(0, 3)) == "0.20" and m.data(m.index_of(0, 1)) == "auto"
    assert pane.queue.table.model() is m  # a view over the model, no item widgets


def test_class_panel_picker_and_visibility(qtbot, dataset, pane):
    key(qtbot, pane, Qt.Key.Key_Tab)  # the square (least sure)
    assert pane.classes.picker.currentIndex() == 1  # the picker follows the selection
    pane.classes.picker.activated.emit(2)  # pick "triangle" with the mouse
    assert pane.canvas.boxes.cls.tolist() == [4, 2, 0]
    assert pane.history.active().count() == 1  # undoable like a key press
    key(qtbot, pane, Qt.Key.Key_Z, CTRL)
    assert pane.canvas.boxes.cls.tolist() == [4, 1, 0]
    pane.classes.list.item(4).setCheckState(Qt.CheckState.Unchecked)  # hide "ring"
    assert pane.canvas.hidden_classes == {4}
    assert pane.canvas.visible().tolist() == [False, True, True]


def test_exif_rotated_image_and_labels_share_one_frame(qtbot, tmp_path):
    import cv2
    from PIL import Image

    root = tmp_path / "exif"
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    raw = np.full((240, 320, 3), 40, np.uint8)  # stored 320 wide, 240 high
    raw[0:60, 0:80] = (255, 255, 255)  # a white block at the stored top-left
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to display"
    Image.fromarray(cv2.cvtColor(raw, cv2.COLOR_BGR2RGB)).save(
        root / "images" / "r.jpg", "JPEG", quality=95, exif=exif.tobytes()
    )
    # shown 240 wide, 320 high, the block at the top-right: x 180..240, y 0..80
    (root / "labels" / "r.txt").write_text(format_labels([0], [[210 / 240, 40 / 320, 60 / 240, 80 / 320]]))
    (root / "data.yaml").write_text("path: .\ntrain: images\nnames: [block]\n")
    pane = open_pane(qtbot, root / "data.yaml")
    try:
        assert pane.doc.size == (240, 320) and pane.canvas.image_size() == (240, 320)
        x0, y0, x1, y1 = pane.canvas.boxes.xyxy[0]
        assert np.allclose([x0, y0, x1, y1], [180, 0, 240, 80], atol=0.01)
        img = pane.canvas.image()
        assert img[int(y0) + 5 : int(y1) - 5, int(x0) + 5 : int(x1) - 5].min() > 200  # the box is on the block
        assert img[200:300, 20:100].max() < 90
        key(qtbot, pane, Qt.Key.Key_Space)  # saved back in the same frame
        assert np.allclose(read_rows(root / "labels" / "r.txt")[0, 1:], [0.875, 0.125, 0.25, 0.25], atol=1e-5)
    finally:
        pane.shutdown()


def test_typing_a_class_name_does_not_trigger_review_keys(qtbot, dataset, pane):
    first = name(pane)
    pane.classes.new_name.setFocus()
    qtbot.keyClicks(pane.classes.new_name, "wad sa")  # A, D, W, S and Space are review keys elsewhere
    assert pane.classes.new_name.text() == "wad sa"
    assert name(pane) == first and not pane.index.is_reviewed(f"images/train/{first}")
    assert not pane.canvas.draw_mode


def test_accepting_an_image_does_not_remeasure_the_whole_list(qtbot, dataset, pane):
    """A status change repaints one row; the table must not re-read thousands of rows per accept
    (column auto-sizing did, ~100 ms per Space on a big queue)."""
    import dataclasses

    m = pane.queue.model
    real = list(m.rows)
    m.beginResetModel()
    m.rows = real + [dataclasses.replace(real[-1], rel=f"images/train/x{i:05d}.jpg") for i in range(3000)]
    m._pos = {r.rel: i for i, r in enumerate(m.rows)}
    m.endResetModel()
    qtbot.wait(50)
    calls = []
    orig = type(m).data
    m.data = lambda *a: calls.append(1) or orig(m, *a)
    key(qtbot, pane, Qt.Key.Key_Space)  # accept d.jpg: its row changes status
    qtbot.wait(50)
    assert m.rows[0].status == "reviewed" and name(pane) == "b.jpg"
    assert len(calls) < 2000  # visible rows only, not the whole list


def test_corrupt_image_shows_a_message_naming_it_and_review_goes_on(qtbot, dataset, pane):
    bad = dataset.parent / "images" / "train" / "b.jpg"  # second in the queue
    bad.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    pane.prefetch.invalidate()
    key(qtbot, pane, Qt.Key.Key_D)
    assert pane.banner.isVisible() and pane.banner.kind == "image"
    assert "b.jpg" in pane.banner.detail.text()
    assert pane.doc is None and pane.queue.table.currentIndex().row() == 1
    key(qtbot, pane, Qt.Key.Key_D)  # the reviewer moves on
    assert name(pane) == "c.jpg" and not pane.banner.isVisible()
    assert label_file(dataset.parent, "b.jpg").exists()  # nothing was written or removed


def test_manual_keyboard_table_is_the_one_the_pane_shows(pane):
    from app.gui.review.toolbar.keys import keys_markdown

    table = keys_markdown(pane.key_actions())  # from the real QActions of the pane and canvas
    assert table in (ROOT / "resources" / "docs" / "review.md").read_text(encoding="utf-8")
    assert "| W, or drag on empty space |" in table and "| 1 … 9 |" in table and "| Del (or Backspace) |" in table


def test_help_table_follows_the_bindings_and_lists_every_command(qtbot, pane):
    from app.gui.review.toolbar.keys import LAYOUT, keys_markdown
    from widgets.canvas.box_canvas import BoxCanvas

    listed = {part.split("}")[0] for _g, rows in LAYOUT for keys, _ in rows for part in keys.split("{")[1:]}
    assert set(pane.key_actions()) == listed  # no binding missing from the help, none invented
    canvas = BoxCanvas()
    qtbot.addWidget(canvas)
    canvas.commands["draw"].setShortcuts([QKeySequence("Q")])  # rebinding a command changes the table ...
    table = keys_markdown({**pane.key_actions(), **canvas.commands})
    assert "| Q, or drag on empty space |" in table
    canvas.set_document(np.zeros((100, 100, 3), np.uint8), Boxes())
    qtbot.keyClick(canvas, Qt.Key.Key_Q)  # ... and the key itself
    assert canvas.draw_mode
    qtbot.keyClick(canvas, Qt.Key.Key_W)
    assert canvas.draw_mode  # W is no longer bound


def test_next_and_previous_from_an_image_outside_the_list(qtbot, dataset, pane):
    pane.queue.classes.setCurrentIndex(1 + 0)  # only images with a circle: d, b, a
    assert [r.rel.rsplit("/", 1)[-1] for r in pane.queue.model.rows] == ["d.jpg", "b.jpg", "a.jpg"]
    pane.ctx.openInReview.emit(str(dataset.parent / "images" / "train" / "e.jpg"), -1)  # e: no circle
    assert name(pane) == "e.jpg" and pane.queue.table.currentIndex().row() == -1
    key(qtbot, pane, Qt.Key.Key_D)  # next after e (0.75) in queue order: a (0.90)
    assert name(pane) == "a.jpg"
    pane.ctx.openInReview.emit(str(dataset.parent / "images" / "train" / "e.jpg"), -1)
    key(qtbot, pane, Qt.Key.Key_A)  # previous before e: b (0.35)
    assert name(pane) == "b.jpg"
