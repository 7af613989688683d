"""Text a person would see cut: a label, button, check box, combo box, tab title, banner or overlay
whose text does not fit the room it has (issue 24, item 7). Widths are the font's own measure of the
text (QFontMetrics.horizontalAdvance, QTextDocument.idealWidth for rich text) against the rectangle
the style gives the text; a word-wrapped label is cut when it needs more height than it has; text
elided with "…" is cut unless the widget's tooltip holds the full text; a widget partly outside what
its parents show (a banner or overlay past the editor's right edge) is cut too."""

from __future__ import annotations

import re

import pyqtgraph as pg
from PyQt6.QtCore import QModelIndex, Qt
from PyQt6.QtGui import QFontMetrics, QTextDocument
from PyQt6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding of text measures
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    """A button's text without its mnemonic '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _line_width(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _elided_without_tip(w: QWidget, text: str) -> bool:
    """'demo_0…22.jpg' or 'open it i…': an ellipsis inside a word, with no tooltip that tells the rest.
    A trailing '…' after a whole word ('Open Folder…', 'Checking…') is a verb's, not an elision."""
    plain = _TAG.sub("", text)
    if "…" not in plain:
        return False
    tip = _TAG.sub("", w.toolTip())
    parts = [p.strip() for p in plain.split("…") if p.strip()]
    if tip and all(p in tip for p in parts) and len(tip) > len(plain):
        return False
    mid = re.search(r"\S…\S", plain) is not None
    # a trailing one after a lone letter or mid-word fragment: "it i…"; not after Hangul, where one or two
    # syllables are a whole word ("인덱싱 중…", indexing)
    lone = re.search(r"(^|\s)[^\s\uac00-\ud7a3]{1,2}…\s*$", plain) is not None
    return mid or lone


def _told_by(tip, text: str) -> bool:
    """The tooltip says what the cut text says: every word of it appears there."""
    return isinstance(tip, str) and all(word in tip for word in re.findall(r"[^\W\d_]\w+", text))


def _toolbar_problems(bar: QToolBar) -> list[str]:
    """Actions the toolbar pushed into its `»` overflow menu at this width."""
    ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if ext is None or not ext.isVisible():
        return []
    hidden = []
    for a in bar.actions():
        if a.isSeparator() or not a.isVisible():
            continue
        w = bar.widgetForAction(a)
        if w is not None and not w.isVisible():
            hidden.append(_plain(a.text()) or a.toolTip())
    return [f"QToolBar: {', '.join(hidden)} hidden behind the overflow button"] if hidden else []


def _outside_parent(w: QWidget) -> str | None:
    """An overlay or banner wider than the widget it lies on: its right part is not drawn."""
    p = w.parentWidget()
    if p is None or w.isWindow() or isinstance(p.parentWidget(), QAbstractScrollArea):
        return None
    g = w.geometry()
    if g.left() < 0 or g.right() > p.width() - 1:
        return f"cut by its parent: x {g.left()}..{g.right()} on a {p.width()} px wide {type(p).__name__}"
    return None


def _plot_problems(view: pg.GraphicsView) -> list[str]:
    """pyqtgraph panels (Training's curves) past the right or bottom of their view, or squeezed
    below the width their title and axes need."""
    out = []
    for item in view.scene().items():
        if not isinstance(item, pg.PlotItem) or not item.isVisible():
            continue
        r = item.sceneBoundingRect()
        title = _TAG.sub("", item.titleLabel.text or "").replace("&nbsp;", " ") or "plot"
        if r.right() > view.width() + SLACK or r.bottom() > view.height() + SLACK:
            out.append(f"plot {title!r} cut: x {r.left():.0f}..{r.right():.0f} in a {view.width()} px view")
        elif item.effectiveSizeHint(Qt.SizeHint.MinimumSize).width() > r.width() + SLACK:
            out.append(f"plot {title!r} squeezed below its minimum width")
    return out


def _visible_width(w: QWidget) -> int:
    """How much of the widget's width its parents show (not counting scroll areas' vertical cut)."""
    return w.visibleRegion().boundingRect().width() if not w.visibleRegion().isEmpty() else 0


def _label_problem(lab: QLabel) -> str | None:
    text = lab.text()
    if not text or lab.pixmap() is not None and not lab.pixmap().isNull():
        return None
    rect = lab.contentsRect()
    room = rect.width() - 2 * max(0, lab.margin()) - max(0, lab.indent() if lab.indent() > 0 else 0)
    rich = lab.textFormat() == Qt.TextFormat.RichText or (
        lab.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if lab.wordWrap():
        need_h = lab.heightForWidth(lab.width())
        if need_h > lab.height() + SLACK:
            return f"wraps to {need_h} px high, has {lab.height()}"
        need = _longest_word(lab, text, rich)
    elif rich:
        doc = QTextDocument()
        doc.setDefaultFont(lab.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = int(doc.idealWidth())
    else:
        need = _line_width(lab.fontMetrics(), text)
    if need > room + SLACK:
        return f"needs {need} px, has {room}"
    shown = _visible_width(lab)
    if shown and shown < min(need, lab.width()) - SLACK:
        return f"cut by its parent: {shown} of {min(need, lab.width())} px shown"
    return None


def _longest_word(lab: QLabel, text: str, rich: bool) -> int:
    """A wrapped label can still be cut by one word longer than its width."""
    plain = _TAG.sub(" ", text) if rich else text
    fm = lab.fontMetrics()
    # a no-break space keeps its neighbours together: only ordinary spaces and newlines break a line
    return max((fm.horizontalAdvance(word) for word in re.split(r"[ \t\n]+", plain) if word), default=0)


def _button_problem(b: QAbstractButton) -> str | None:
    text = _plain(b.text())
    if not text:
        return None
    fm = b.fontMetrics()
    need = _line_width(fm, text)
    style = b.style()
    if isinstance(b, (QCheckBox, QRadioButton)):
        opt = QStyleOptionButton()
        b.initStyleOption(opt)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(b, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = style.subElementRect(element, opt, b).width()
        if not b.icon().isNull():
            room -= b.iconSize().width() + 4
    elif isinstance(b, QToolButton):
        if b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly or (
            b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonFollowStyle and not b.icon().isNull()
        ):
            return None
        # the style's own measure of text, icon, margins and menu arrow
        room = b.width() - (b.sizeHint().width() - need)
    elif isinstance(b, QPushButton):
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, b)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, b)
        room = b.width() - margin - 2 * frame
        if not b.icon().isNull():
            room -= b.iconSize().width() + 4
        if b.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, b)
    else:
        return None
    if need > room + SLACK:
        return f"needs {need} px, has {room}"
    shown = _visible_width(b)
    if shown and shown < b.width() - SLACK:
        return f"cut by its parent: {shown} of {b.width()} px shown"
    return None


def _combo_problem(c: QComboBox) -> str | None:
    if c.isEditable() or not c.currentText():
        return None
    opt = QStyleOptionComboBox()
    c.initStyleOption(opt)
    field = c.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, c)
    room = field.width()
    if not c.itemIcon(c.currentIndex()).isNull():
        room -= c.iconSize().width() + 4
    need = c.fontMetrics().horizontalAdvance(c.currentText())
    if need > room + SLACK:
        return f"needs {need} px, has {room}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    fm = bar.fontMetrics()
    pad = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    horizontal = bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth)
    for i in range(bar.count()):
        if not bar.isTabVisible(i) or not horizontal:
            continue
        rect = bar.tabRect(i)
        need = fm.horizontalAdvance(_plain(bar.tabText(i))) + pad
        if not bar.tabIcon(i).isNull():
            need += bar.iconSize().width() + 4
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            extra = bar.tabButton(i, side)
            if extra is not None and extra.isVisible():
                need += extra.width()
        if rect.width() < need - SLACK:
            out.append(f"tab {bar.tabText(i)!r}: needs {need} px, has {rect.width()}")
        elif rect.right() > bar.width():
            out.append(f"tab {bar.tabText(i)!r}: outside its bar")
    return out


def _view_problems(view: QAbstractItemView, limit: int = 200) -> list[str]:
    """Rows of a list or table shown elided with no tooltip that gives the full text."""
    model = view.model()
    if model is None or view.textElideMode() == Qt.TextElideMode.ElideNone:
        return []
    out: list[str] = []
    fm = view.fontMetrics()
    vp = view.viewport().rect()
    top = view.indexAt(vp.topLeft())
    if not top.isValid():
        return []
    try:
        cols = range(model.columnCount(QModelIndex()))
    except TypeError:  # a list model keeps columnCount to itself
        cols = range(1)
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    at = type(model).index  # a model may keep an attribute named `index` (the dataset's)
    row, checked = top.row(), 0
    while row < model.rowCount(QModelIndex()) and checked < limit:
        for col in cols:
            idx = at(model, row, col)
            rect = view.visualRect(idx)
            if rect.isEmpty() or rect.top() > vp.bottom() or rect.right() < 0 or rect.left() > vp.right():
                continue
            text = idx.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            room = min(rect.right(), vp.right()) - max(rect.left(), 0) + 1 - margin
            if idx.data(Qt.ItemDataRole.DecorationRole) is not None:
                room -= view.iconSize().width() + 4 if view.iconSize().width() > 0 else 20
            if fm.horizontalAdvance(text) > room + SLACK:
                if not _told_by(idx.data(Qt.ItemDataRole.ToolTipRole), text):
                    out.append(f"row {row} {text!r}: elided, no tooltip with the full text")
        row += 1
        checked += 1
        if view.visualRect(at(model, row, 0)).top() > vp.bottom():
            break
    return out[:5]


def clipped_texts(root: QWidget) -> list[str]:
    """One line per visible text under `root` that a person would see cut (empty when none)."""
    out: list[str] = []

    def name(w: QWidget, text: str) -> str:
        t = _TAG.sub("", text).replace("\n", " ")
        return f"{type(w).__name__} {t[:60]!r}"

    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        problem = None
        if isinstance(w, QLabel):
            if w.parentWidget() is not None and type(w.parentWidget()).__name__ == "QTipLabel":
                continue
            problem = _label_problem(w)
            text = w.text()
        elif isinstance(w, QAbstractButton):
            problem = _button_problem(w)
            text = w.text()
        elif isinstance(w, QComboBox):
            problem = _combo_problem(w)
            text = w.currentText()
        elif isinstance(w, QTabBar):
            out.extend(f"QTabBar {p}" for p in _tab_problems(w))
            continue
        elif isinstance(w, pg.GraphicsView):
            out.extend(_plot_problems(w))
            continue
        elif isinstance(w, QToolBar):
            out.extend(_toolbar_problems(w))
            continue
        elif isinstance(w, QAbstractItemView):
            out.extend(f"{type(w).__name__} {p}" for p in _view_problems(w))
            continue
        else:
            continue
        if problem is None:
            problem = _outside_parent(w)
        if problem is None and _elided_without_tip(w, text):
            problem = "elided with '…' and no tooltip with the full text"
        if problem:
            out.append(f"{name(w, text)}: {problem}")
    return out
