"""The Review pane in Korean (issue 27, round 2): every word it shows with a dataset open (the
toolbar, the queue, the class panel, the info line, the F1 key table, the canvas' hint) has Hangul,
switching back to English at run time brings the English back, and its keys are in Settings ▸
Keyboard: a rebound Review key works at once."""

from __future__ import annotations

import re
import shutil

import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QToolButton

from app.gui.common.settings import key_bindings, make_settings
from app.gui.i18n.language import apply_language
from app.gui.main_window import MainWindow
from tests.gui.i18n.test_korean import _pane_texts, untranslated
from tests.support.qt import shown

TAGS = re.compile(r"<[^>]+>")


@pytest.fixture
def korean(qtbot):
    apply_language("ko")
    yield
    apply_language("en")


def _review(qtbot, tmp_path, demo_dir):
    data = tmp_path / "demo"
    shutil.copytree(demo_dir, data, ignore=shutil.ignore_patterns(".labelbench"))
    w = shown(qtbot, MainWindow(make_settings()), 1280, 720)
    assert w.open_path(data / "data.yaml")
    w.show_pane("Review")
    pane = w.panes["Review"]
    qtbot.waitUntil(lambda: pane.doc is not None and not pane.queue.model.loading, timeout=10000)
    qtbot.waitUntil(lambda: "…" not in pane.queue.count.text(), timeout=10000)
    return w, pane


def review_texts(pane) -> list[str]:
    """What the pane shows besides the widgets' own words: the toolbar's buttons and tooltips, the
    queue's headers, status column and the count line, the info line, the progress bar, the F1 table."""
    texts = _pane_texts(pane)
    bar = pane.toolbar
    for a in bar.actions():
        if isinstance(bar.widgetForAction(a), QToolButton) and a.text():
            texts += [a.text(), a.toolTip()]
    m = pane.queue.model
    texts += [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    texts += [m.data(m.index_of(r, 1)).split(" ")[0] for r in range(m.rowCount())]  # the status word
    texts += [pane.queue.count.text(), pane.queue.progress.text(), pane.classes.slider_label.text()]
    texts += [part for part in pane.info.text().split("   ·   ") if "/" not in part and "." not in part]
    texts += [pane.canvas.new_box_text().split(":")[0], pane.new_class.itemText(0)]
    for group, rows in pane.shortcut_rows():  # the F1 table and Help ▸ Keyboard Shortcuts
        texts.append(group)
        texts += [what for _keys, what in rows]
        texts += [keys for keys, _what in rows if re.search("[a-z]{3}", re.sub(r"\b[A-Z][a-z]+\b", "", keys))]
    texts += [TAGS.sub(" ", pane.help.title.text())]
    names = pane.class_names  # class names stay as the dataset spells them
    return [t for t in texts if t and not any(re.search(rf"\b{re.escape(n)}\b", t) for n in names)]


@pytest.mark.usefixtures("korean")
def test_the_review_pane_speaks_korean_and_english_again_at_run_time(qtbot, tmp_path, demo_dir):
    w, pane = _review(qtbot, tmp_path, demo_dir)
    assert untranslated(review_texts(pane)) == []
    assert pane.act_accept.text() == "검수 완료" and pane.queue.labels[0].text() == "보기"
    assert pane.queue.status.itemText(0) == "검수할 이미지 (아직 완료 안 됨)"
    assert pane.classes.add_button.text() == "클래스 추가"
    assert pane.shortcut_rows()[0][0] == "검수"
    w.language_menu.entries["en"].trigger()  # View ▸ Language ▸ English, live
    assert pane.act_accept.text() == "Accept" and pane.queue.labels[0].text() == "Show"
    assert pane.queue.status.itemText(0) == "To review (not accepted yet)"
    assert pane.classes.add_button.text() == "Add class"
    assert pane.queue.model.headerData(0, Qt.Orientation.Horizontal) == "Image"
    assert pane.queue.count.text().endswith("images in this list")
    assert pane.shortcut_rows()[0][0] == "Review" and "in list" in pane.info.text()
    assert pane.act_accept.toolTip() == "Accept as reviewed and open the next image in the queue (Space)"
    w.language_menu.entries["ko"].trigger()
    assert untranslated(review_texts(pane)) == []


def test_review_keys_are_in_settings_and_a_rebound_one_works_at_once(qtbot, tmp_path, demo_dir):
    w, pane = _review(qtbot, tmp_path, demo_dir)
    d = w.show_keyboard_settings()
    for name in ("review.accept", "review.next", "review.prev", "review.undo", "review.audit_apply", "review.draw"):
        assert name in d.names
    conflict = w.keys.bind("review.next", ["W"])  # the canvas' Draw: refused, named
    assert conflict is not None and "W" in conflict.message()
    assert w.keys.bind("review.next", ["E"]) is None
    d.close()
    assert pane.act_next.toolTip().endswith("(E)")
    assert pane.shortcut_rows()[0][1][1][0] == "E / A"  # the F1 table and Help ▸ Keyboard Shortcuts follow
    first = pane.doc.rel
    w.activateWindow()
    pane.canvas.setFocus()
    qtbot.keyClick(pane.canvas, Qt.Key.Key_E)
    assert pane.doc.rel == pane.queue.model.rel(1) != first  # the new key, at once
    qtbot.keyClick(pane.canvas, Qt.Key.Key_D)  # the old one does nothing now
    assert pane.doc.rel == pane.queue.model.rel(1)
    assert w.keys.bind("review.draw", ["Shift+W"]) is None  # a canvas command: the canvas answers the new key
    qtbot.keyClick(pane.canvas, Qt.Key.Key_W, Qt.KeyboardModifier.ShiftModifier)
    assert pane.canvas.draw_mode
    assert key_bindings(make_settings())["review.next"] == ["E"]  # kept for the next start
