"""Help ▸ Manual: the Markdown chapters of resources/docs/ rendered offline, and the panes' "?" buttons.

The manual is the same files GitHub shows (`resources/docs/*.md`); Qt's own Markdown renderer draws
them, so nothing is converted or duplicated. On the left, the chapters and their sections; on the
right, the chapter, its pictures (paths relative to the Markdown file, scaled smoothly to the
page's width) and its links: a link to another chapter (`review.md#keyboard`) opens it at that
section, a web link goes to the system's browser. Sections are found by GitHub's anchor rule
(`slug`), so `#capacity-plan` means the same here and on GitHub.

    open_manual(window, "review", "Keyboard")      # the dialog, at a section (title or slug)
    bar.addWidget(help_button("process"))          # a pane's "?": opens its chapter
"""

from __future__ import annotations

import re
from pathlib import Path

from PyQt6 import sip
from PyQt6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, QUrl
from PyQt6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QDesktopServices,
    QImage,
    QImageReader,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PyQt6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollBar,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.io.resources import resource
from app.gui.i18n import Retranslating, translate

# (file stem in resources/docs/, title in the list): the reading order. A new chapter is a line here.
TOPICS: tuple[tuple[str, str], ...] = (
    ("index", QT_TRANSLATE_NOOP("Manual", "Overview")),
    ("getting-started", QT_TRANSLATE_NOOP("Manual", "Getting started")),
    ("process", QT_TRANSLATE_NOOP("Manual", "Process")),
    ("autolabel", QT_TRANSLATE_NOOP("Manual", "Auto-label")),
    ("ray", QT_TRANSLATE_NOOP("Manual", "Ray")),
    ("review", QT_TRANSLATE_NOOP("Manual", "Review and audit")),
    ("snap", QT_TRANSLATE_NOOP("Manual", "Snap to the object")),
    ("evaluate", QT_TRANSLATE_NOOP("Manual", "Evaluate")),
    ("training", QT_TRANSLATE_NOOP("Manual", "Training")),
    ("formats-and-safety", QT_TRANSLATE_NOOP("Manual", "Formats and safety")),
    ("language-and-keys", QT_TRANSLATE_NOOP("Manual", "Language and keys")),
    ("benchmarks", QT_TRANSLATE_NOOP("Manual", "Benchmarks")),
    ("development", QT_TRANSLATE_NOOP("Manual", "Development")),
)
_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ROLE = Qt.ItemDataRole.UserRole


def docs_dir() -> Path:
    """resources/docs of the checkout, or of an installed copy (app.core.io.resources' rule)."""
    return resource("docs")


def slug(title: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.
    'Review progress: `labelbench status`' -> 'review-progress-labelbench-status'."""
    s = title.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def headings(markdown: str) -> list[tuple[int, str]]:
    """(level, title) of every ATX heading outside code blocks, in order."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (m := _HEADING.match(line)):
            out.append((len(m.group(1)), m.group(2)))
    return out


def _plain(title: str) -> str:
    """A heading's text as rendered: Markdown code ticks and emphasis removed."""
    return re.sub(r"[`*_]", "", title).strip()


def _layout(doc: QTextDocument) -> QAbstractTextDocumentLayout:
    lay = doc.documentLayout()
    assert lay is not None  # a document always has one once shown in a browser
    return lay


class ManualBrowser(QTextBrowser):
    """A QTextBrowser whose images come from files, scaled smoothly to the width asked for
    (the name carries it: '/abs/path.png?w=420')."""

    def loadResource(self, kind: int, name: QUrl):
        image_kind = QTextDocument.ResourceType.ImageResource
        if kind in (image_kind, image_kind.value):
            text = name.toString()
            path, _, width = text.partition("?w=")
            image = QImage(path.removeprefix("file://"))
            if not image.isNull():
                if width.isdigit() and int(width) < image.width():
                    image = image.scaledToWidth(int(width), Qt.TransformationMode.SmoothTransformation)
                return image
        return super().loadResource(kind, name)


class ManualDialog(QDialog):
    """The manual: chapters and sections on the left, the chapter rendered on the right, a find box."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Manual", "LabelBench manual"))
        self.dir = docs_dir()
        self.topic: str | None = None
        self.texts: dict[str, str] = {}
        for stem, _title in TOPICS:
            f = self.dir / f"{stem}.md"
            self.texts[stem] = f.read_text(encoding="utf-8") if f.is_file() else ""

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("manualTopics")
        for stem, title in TOPICS:
            top = QTreeWidgetItem([translate("Manual", title)])
            top.setData(0, _ROLE, (stem, None))
            for level, heading in headings(self.texts[stem]):
                if level == 2:
                    child = QTreeWidgetItem([_plain(heading)])
                    child.setData(0, _ROLE, (stem, slug(heading)))
                    top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.itemClicked.connect(self._tree_clicked)

        self.browser = ManualBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow_link)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(translate("Manual", "Find in the manual…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(lambda: self.find_text(self.find_box.text()))
        self.find_note = QLabel("")
        self.find_note.setObjectName("paneInfo")

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.find_box, 1)
        bar.addWidget(self.find_note)
        rv.addLayout(bar)
        rv.addWidget(self.browser, 1)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 860])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split)
        self._find_action()
        on = self.screen()
        screen = on.availableGeometry() if on is not None else None
        self.resize(
            min(1120, screen.width() - 40) if screen else 1120, min(800, screen.height() - 60) if screen else 760
        )

    # ------------------------------------------------------------------ showing a chapter
    def show_topic(self, topic: str | None = None, section: str | None = None) -> None:
        """Open a chapter (file stem; None: the overview) at a section (its title or slug)."""
        topic = topic if topic in self.texts else TOPICS[0][0]
        if topic != self.topic:
            self.topic = topic
            text = self.texts[topic] or (
                f"# Manual not found\n\n`{self.dir / (topic + '.md')}` is missing: "
                "the manual is the Markdown files in `resources/docs/`."
            )
            self.browser.setMarkdown(text)
            self._dress_document()
        self._select_in_tree(topic, slug(section) if section else None)
        self.scroll_to(section)
        if section:  # again once the page is laid out at its final width (the dialog may just be showing)
            QTimer.singleShot(0, lambda: not sip.isdeleted(self) and self.scroll_to(section))

    def scroll_to(self, section: str | None) -> bool:
        """Scroll the section's heading to the top (None: the top of the page). False if not found."""
        bar = self._scroll_bar()
        if not section:
            bar.setValue(0)
            return True
        block = self._heading_block(section)
        if block is None:
            return False
        top = _layout(self._document()).blockBoundingRect(block).top()
        bar.setValue(int(top))
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        return True

    def current_heading(self) -> str:
        """The heading of the section at the top of the page (what the reader sees first)."""
        doc = self._document()
        top = self._scroll_bar().value() + doc.documentMargin() + 2
        found = ""
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                if _layout(doc).blockBoundingRect(block).top() > top:
                    break
                found = block.text()
            block = block.next()
        return found

    def follow_link(self, url: QUrl) -> None:
        """A chapter link opens the chapter (at its #section); web links go to the system browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        path, fragment = url.path(), url.fragment() or None
        if not path:
            self.scroll_to(fragment)
            return
        stem = Path(path).stem
        if path.endswith(".md") and stem in self.texts:
            self.show_topic(stem, fragment)
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str((self.dir / path).resolve())))

    def find_text(self, text: str) -> bool:
        """Next match in this chapter, then in the following ones (wrapping around)."""
        self.find_note.setText("")
        if not text:
            return False
        if self.browser.find(text):
            return True
        order = [s for s, _t in TOPICS]
        start = order.index(self.topic) if self.topic in order else 0
        for stem in order[start + 1 :] + order[: start + 1]:
            if text.lower() in self.texts[stem].lower():
                self.show_topic(stem)
                self.browser.moveCursor(QTextCursor.MoveOperation.Start)
                if self.browser.find(text):
                    return True
        self.find_note.setText(translate("Manual", "not found"))
        return False

    # ------------------------------------------------------------------ helpers
    def _focus_find_box(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _document(self) -> QTextDocument:
        doc = self.browser.document()
        assert doc is not None  # a QTextBrowser always has one
        return doc

    def _scroll_bar(self) -> QScrollBar:
        bar = self.browser.verticalScrollBar()
        assert bar is not None
        return bar

    def _find_action(self) -> QAction:
        act = QAction(translate("Manual", "Find"), self)
        act.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(self._focus_find_box)
        self.addAction(act)
        return act

    def _heading_block(self, section: str):
        want = slug(section)
        block = self._document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and (slug(block.text()) == want or block.text() == section):
                return block
            block = block.next()
        return None

    def _select_in_tree(self, topic: str, section_slug: str | None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            if top.data(0, _ROLE)[0] != topic:
                top.setExpanded(False)
                continue
            top.setExpanded(True)
            pick = top
            for j in range(top.childCount()):
                child = top.child(j)
                if section_slug and child is not None and child.data(0, _ROLE)[1] == section_slug:
                    pick = child
            self.tree.setCurrentItem(pick)

    def _tree_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        stem, section = item.data(0, _ROLE)
        self.show_topic(stem, section)

    def _dress_document(self) -> None:
        """Pictures scaled to the page (half of it in a two-column table), code blocks shaded."""
        doc = self._document()
        port = self.browser.viewport()
        page = max(480, (port.width() if port is not None else 0) - 40, int(self.width() * 0.72) - 60)
        cursor = QTextCursor(doc)
        block = doc.begin()
        doc.setDocumentMargin(14)
        shade = QTextBlockFormat()
        shade.setBackground(QColor(22, 23, 26))
        shade.setNonBreakableLines(False)  # long command lines wrap instead of scrolling sideways
        shade.setLeftMargin(6)
        code = QTextCharFormat()
        code.setForeground(QColor(236, 196, 140))
        link = QTextCharFormat()
        link.setForeground(QColor(138, 180, 248))  # readable on the dark theme (Markdown links take the app's)
        spaced = QTextBlockFormat()
        spaced.setTopMargin(5)
        spaced.setBottomMargin(5)
        while block.isValid():
            fmt = block.blockFormat()
            fenced = fmt.hasProperty(QTextFormat.Property.BlockCodeFence)
            cursor.setPosition(block.position())
            if fenced:
                cursor.mergeBlockFormat(shade)
            elif fmt.headingLevel() == 0 and cursor.currentTable() is None:
                cursor.mergeBlockFormat(spaced)
            it = block.begin()
            images, recolour = [], []
            while not it.atEnd():
                frag = it.fragment()
                fmt_c = frag.charFormat() if frag.isValid() else None
                if fmt_c is not None and fmt_c.isImageFormat():
                    images.append((frag.position(), frag.length(), fmt_c.toImageFormat()))
                elif fmt_c is not None and fmt_c.isAnchor():
                    recolour.append((frag.position(), frag.length(), link))
                elif fmt_c is not None and not fenced and fmt_c.fontFixedPitch():
                    recolour.append((frag.position(), frag.length(), code))
                it += 1
            for pos, length, colour in recolour:
                cursor.setPosition(pos)
                cursor.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(colour)
            for pos, length, img in images:
                cursor.setPosition(pos)
                table = cursor.currentTable()
                width = page // max(1, table.columns()) - 12 if table is not None else page
                self._size_image(cursor, pos, length, img, width)
            block = block.next()

    def _size_image(self, cursor: QTextCursor, pos: int, length: int, img: QTextImageFormat, width: int) -> None:
        name = img.name()
        path = Path(name) if Path(name).is_absolute() else (self.dir / (self.topic or TOPICS[0][0])).parent / name
        path = path.resolve()
        size = QImageReader(str(path)).size()
        if not size.isValid() or size.width() <= 0:
            return
        w = min(size.width(), width)
        scaled = QSize(w, round(size.height() * w / size.width()))
        img.setName(f"{path}?w={scaled.width()}")
        img.setWidth(scaled.width())
        img.setHeight(scaled.height())
        cursor.setPosition(pos)
        cursor.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(img)


def open_manual(parent: QWidget | None, topic: str | None = None, section: str | None = None) -> ManualDialog:
    """Show the manual (one per window, reused) at a chapter and section."""
    owner = parent.window() if parent is not None else None
    dlg = getattr(owner, "_manual_dialog", None) if owner is not None else None
    if dlg is None or sip.isdeleted(dlg):
        dlg = ManualDialog(owner)
        if owner is not None:
            setattr(owner, "_manual_dialog", dlg)  # noqa: B010 - one dialog per window, kept on the window
    dlg.show()
    dlg.show_topic(topic, section)
    dlg.raise_()
    dlg.activateWindow()
    return dlg


class HelpButton(Retranslating, QToolButton):
    """A pane's small "?", its tooltip in the current language (the chapters stay English)."""

    manual_topic: tuple[str, str | None] = (TOPICS[0][0], None)  # (chapter, section) it opens

    def retranslate(self) -> None:
        topic, section = self.manual_topic
        title = translate("Manual", dict(TOPICS).get(topic, topic))
        self.setToolTip(
            translate("Manual", "Manual: {chapter}").format(chapter=title) + (f" ▸ {section}" if section else "")
        )


def help_button(topic: str, section: str | None = None) -> QToolButton:
    """A pane's small "?": opens the manual at the pane's chapter (and section)."""
    b = HelpButton()
    b.setText("?")
    b.setObjectName("manualButton")
    b.setAutoRaise(True)
    b.manual_topic = (topic, section)
    b.retranslate()
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the pane (Review's Space, Tab, digits)
    b.clicked.connect(lambda: open_manual(b, topic, section))
    return b
