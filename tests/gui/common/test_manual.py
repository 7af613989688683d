"""Help ▸ Manual: resources/docs/*.md rendered offline in the real window, each pane's "?" opening its
chapter, links between chapters followed to their section, pictures found and fitted to the page."""

from __future__ import annotations

import pytest
from PyQt6.QtCore import Qt, QUrl
from PyQt6.QtGui import QImage, QTextDocument
from PyQt6.QtWidgets import QToolButton

from app.gui.common import manual
from app.gui.common.manual import TOPICS, ManualDialog, headings, open_manual, slug
from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow

# pane title -> (chapter, section heading it opens at; None: the chapter's own title)
PANES = {
    "Browse": ("getting-started", "Browse"),
    "Process": ("process", None),
    "Auto-label": ("autolabel", None),
    "Review": ("review", None),
    "Evaluate": ("evaluate", None),
    "Training": ("training", None),
}


@pytest.fixture
def window(qtbot):
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    dlg = getattr(w, "_manual_dialog", None)
    if dlg is not None:
        dlg.close()
    for p in w.panes.values():
        getattr(p, "shutdown", lambda: None)()


@pytest.fixture
def dialog(qtbot):
    d = ManualDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _help_action(window, text):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Help" in a.text())
    return next(a for a in help_menu.actions() if a.text().replace("&", "") == text)


def _images(dlg):
    """(name, width, height) of every picture in the page shown."""
    out, block = [], dlg.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                img = fmt.toImageFormat()
                out.append((img.name(), img.width(), img.height()))
            it += 1
        block = block.next()
    return out


def test_help_menu_opens_the_manual(qtbot, window):
    _help_action(window, "Manual").trigger()
    dlg = window._manual_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    text = dlg.browser.toPlainText()
    assert dlg.topic == "index" and "LabelBench manual" in text and "Review and audit" in text
    tops = [dlg.tree.topLevelItem(i).text(0) for i in range(dlg.tree.topLevelItemCount())]
    assert tops == [title for _stem, title in TOPICS]
    review = dlg.tree.topLevelItem(tops.index("Review and audit"))
    keyboard = next(review.child(j) for j in range(review.childCount()) if review.child(j).text(0) == "Keyboard")
    dlg.tree.itemClicked.emit(keyboard, 0)  # a section in the list: its chapter, at it
    assert dlg.topic == "review" and dlg.current_heading() == "Keyboard"
    assert "Accept the image as reviewed" in dlg.browser.toPlainText()
    assert dlg.browser.verticalScrollBar().value() > 0
    _help_action(window, "Manual").trigger()  # again: the same dialog, not a second one
    assert window._manual_dialog is dlg


def test_each_panes_question_mark_opens_its_chapter(qtbot, window):
    assert set(window.panes) == set(PANES)
    for pane, (topic, section) in PANES.items():
        window.show_pane(pane)
        (button,) = window.panes[pane].findChildren(QToolButton, "manualButton")
        assert button.text() == "?" and dict(TOPICS)[topic] in button.toolTip()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus  # the pane's keys stay with the pane
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dlg = window._manual_dialog
        qtbot.waitUntil(dlg.isVisible, timeout=5000)
        assert dlg.topic == topic, pane
        first_title = headings(dlg.texts[topic])[0][1]
        want = section or first_title
        qtbot.waitUntil(lambda d=dlg, w=want: d.current_heading() == w, timeout=5000)
        assert dlg.tree.currentItem().text(0) == (section or dict(TOPICS)[topic])
        dlg.hide()


def test_links_open_the_chapter_at_its_section(dialog):
    dialog.show_topic("index")
    dialog.follow_link(QUrl("ray.md#capacity-plan"))
    assert dialog.topic == "ray"
    assert dialog.browser.textCursor().block().text() == "Capacity plan"
    dialog.follow_link(QUrl("#setting-up-a-cluster"))  # a section of the page shown
    assert dialog.browser.textCursor().block().text() == "Setting up a cluster"
    dialog.follow_link(QUrl("review.md"))
    assert dialog.topic == "review" and dialog.browser.verticalScrollBar().value() == 0
    assert not dialog.scroll_to("no such section")


def test_pictures_are_found_and_fitted_to_the_page(dialog):
    dialog.show_topic("getting-started")
    pics = _images(dialog)
    assert len(pics) >= 7  # the window, and six panes in a table
    page = dialog.browser.viewport().width()
    for name, width, _height in pics:
        path, _, w = name.partition("?w=")
        assert path.endswith(".png") and "/resources/screenshots/" in path
        assert 0 < width <= max(page, 1280) and int(w) == int(width)
        image = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert isinstance(image, QImage) and image.width() == int(width)
    table_widths = [w for _n, w, _h in pics[1:]]
    assert max(table_widths) < pics[0][1]  # two to a row: each half the page


def test_find_goes_on_into_the_next_chapters(dialog):
    dialog.show_topic("index")
    assert dialog.find_text("KubeRay") and dialog.topic == "ray"
    assert dialog.browser.textCursor().selectedText() == "KubeRay"
    assert not dialog.find_text("no such words anywhere in the manual")
    assert dialog.find_note.text() == "not found"


def test_a_missing_manual_says_where_it_was_looked_for(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(manual, "docs_dir", lambda: tmp_path / "docs")
    dlg = open_manual(None, "review", "Keyboard")
    qtbot.addWidget(dlg)
    assert "Manual not found" in dlg.browser.toPlainText() and str(tmp_path / "docs") in dlg.browser.toPlainText()


def test_headings_and_slugs_follow_github():
    text = "# Title\n\n```sh\n# a shell comment\n```\n\n## Batch apply and export: `labelbench filter`\n"
    assert headings(text) == [(1, "Title"), (2, "Batch apply and export: `labelbench filter`")]
    assert slug("Batch apply and export: `labelbench filter`") == "batch-apply-and-export-labelbench-filter"
    assert slug("At 1280x720") == "at-1280x720" and slug("Review and audit") == "review-and-audit"
