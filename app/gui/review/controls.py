"""Side panels of the review pane: the queue (filters, list, progress) and the classes
(visibility per class, confidence slider, class picker, add a class)."""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, pyqtSignal
from PyQt6.QtGui import QIcon, QPixmap
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSlider,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.settings import make_settings, remember_choice
from app.gui.i18n import num, translate
from app.gui.review.queue_list import ReviewListModel
from widgets.canvas.class_text import class_entry, class_text
from widgets.palette import class_color

# "labeled": label files no auto-label run wrote (ground truth made by hand, here or elsewhere)
STATUS_FILTERS = [
    (QT_TRANSLATE_NOOP("Review", "To review (not accepted yet)"), ("auto", "labeled", "unlabeled")),
    (QT_TRANSLATE_NOOP("Review", "All images"), None),
    (QT_TRANSLATE_NOOP("Review", "Auto-labeled"), "auto"),
    (QT_TRANSLATE_NOOP("Review", "Labeled (not by auto-label)"), "labeled"),
    (QT_TRANSLATE_NOOP("Review", "Unlabeled"), "unlabeled"),
    (QT_TRANSLATE_NOOP("Review", "Reviewed"), "reviewed"),
]
ORDERS = [
    (QT_TRANSLATE_NOOP("Review", "Least sure first (review queue)"), "min_conf"),
    (QT_TRANSLATE_NOOP("Review", "Likely mistakes first (audit)"), "audit"),
    (QT_TRANSLATE_NOOP("Review", "Name"), "name"),
    (QT_TRANSLATE_NOOP("Review", "Most boxes first"), "-n_boxes"),
    (QT_TRANSLATE_NOOP("Review", "Mean confidence"), "mean_conf"),
]


def swatch(class_id: int, size: int = 12) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(class_color(class_id))
    return QIcon(pm)


class QueuePanel(QWidget):
    filterChanged = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = QComboBox()
        for text, _ in STATUS_FILTERS:
            self.status.addItem(text)
        self.classes = QComboBox()
        self.order = QComboBox()
        for text, _ in ORDERS:
            self.order.addItem(text)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel(), QLabel(), QLabel()]  # Show, Class, Order
        for label, combo in zip(self.labels, (self.status, self.classes, self.order), strict=True):
            form.addRow(label, combo)
        self.model = ReviewListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the editor
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the numbers at the end stay visible
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths from the font, not ResizeToContents: that re-measures up to 1,000 rows on
        # every dataChanged (~100 ms per accepted image on a big queue)
        fm = self.table.fontMetrics()
        # the status column leaves the name its room: audit marks past "⚑2" elide (the tooltip lists them)
        for c, widest in ((1, "reviewed ✎ ⚑2"), (2, "Boxes"), (3, "Min conf")):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            h.resizeSection(c, fm.horizontalAdvance(widest) + 12)
        self.table.setItemDelegateForColumn(1, _ElideRight(self.table))  # "auto ⚑1 dupl…", not "auto ⚑…licate"
        self.progress = QProgressBar()
        self._progress = (0, 0)
        self.count = QLabel()
        self.count.setObjectName("paneInfo")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(form)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.progress)
        lay.addWidget(self.count)
        self._remember()
        for c in (self.status, self.classes, self.order):
            c.currentIndexChanged.connect(lambda *_: self.filterChanged.emit())
            c.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.retranslate()

    def retranslate(self) -> None:
        """The panel's words in the current language (again on QEvent.LanguageChange; the count line
        under the list is the pane's: it says it again)."""
        for label, text in zip(
            self.labels,
            (translate("Review", "Show"), translate("Review", "Class"), translate("Review", "Order")),
            strict=True,
        ):
            label.setText(text)
        for combo, table in ((self.status, STATUS_FILTERS), (self.order, ORDERS)):
            for i, (text, _k) in enumerate(table):
                combo.setItemText(i, translate("Review", text))
        if self.classes.count():
            self.classes.setItemText(0, translate("Review", "All classes"))
        if self.model.dataset_index is None:
            self.count.setText(translate("Review", "No dataset open"))
        self.set_progress(*self._progress)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _remember(self) -> None:
        """Show, Order and Class come back after a restart (issue 24): restored before the first
        query, kept on every change; the class once the dataset's names fill its list."""
        self.settings = make_settings()
        remember_choice(self.settings, "review/status", self.status, [str(v) for _, v in STATUS_FILTERS])
        remember_choice(self.settings, "review/order", self.order, [k for _, k in ORDERS])
        v = self.settings.value("review/class")
        self._wanted_class = int(v) if v is not None and str(v).lstrip("-").isdigit() else -1
        self.classes.currentIndexChanged.connect(self._class_chosen)

    def _class_chosen(self, i: int) -> None:
        self._wanted_class = i - 1
        self.settings.setValue("review/class", i - 1)

    def set_class_names(self, names: list[str]) -> None:
        self.classes.blockSignals(True)
        self.classes.clear()
        self.classes.addItem(translate("Review", "All classes"))
        for i in range(len(names)):
            self.classes.addItem(swatch(i), class_text(i, names))
        want = self._wanted_class + 1  # the class chosen last (this run or the one before)
        self.classes.setCurrentIndex(want if 0 < want < self.classes.count() else 0)
        self.classes.blockSignals(False)

    def query(self) -> dict:
        c = self.classes.currentIndex()
        return {
            "status": STATUS_FILTERS[self.status.currentIndex()][1],
            "class_id": None if c <= 0 else c - 1,
            "order": ORDERS[self.order.currentIndex()][1],
        }

    def order_index(self, key: str) -> int:
        """The row of the Order chooser for an ORDERS key ("audit", "name", ...)."""
        return [k for _, k in ORDERS].index(key)

    def set_progress(self, reviewed: int, total: int) -> None:
        self._progress = (reviewed, total)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(reviewed)
        text = translate("Review", "Reviewed {done} / {total}").format(done=num(reviewed), total=num(total))
        self.progress.setFormat(text + (f"  ({reviewed / total:.1%})" if total else ""))


class ClassPanel(QWidget):
    hiddenChanged = pyqtSignal(object)  # set of hidden class ids
    minConfChanged = pyqtSignal(float)
    classPicked = pyqtSignal(int)  # set the selection's class (or the class of new boxes)
    addRequested = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.picker = QComboBox()

        self.picker.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.picker.activated.connect(lambda i: self.classPicked.emit(i))
        self.picker_label = QLabel()
        self._selection: list[int] = []
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.slider_label = QLabel()
        self.slider.valueChanged.connect(self._slider)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemChanged.connect(self._visibility)
        self.list.itemDoubleClicked.connect(lambda it: self.classPicked.emit(self.list.row(it)))
        self.new_name = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        add = QHBoxLayout()
        add.addWidget(self.new_name, 1)
        add.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.picker_label)
        lay.addWidget(self.picker)
        lay.addWidget(self.slider_label)
        lay.addWidget(self.slider)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        hint.setObjectName("paneInfo")
        lay.addWidget(hint)
        lay.addWidget(self.list, 1)
        lay.addLayout(add)
        self._slider(0)
        self.retranslate()

    def retranslate(self) -> None:
        """The panel's words in the current language (again on QEvent.LanguageChange)."""
        self.picker.setToolTip(
            translate("Review", "Class of the selected boxes (as in the label files; digit key in brackets)")
        )
        self.new_name.setPlaceholderText(translate("Review", "New class name"))
        self.add_button.setText(translate("Review", "Add class"))
        self.hint.setText(translate("Review", "Classes (untick to hide; double-click sets the selection's class)"))
        self._slider(self.slider.value(), emit=False)
        self.show_selection(self._selection)

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def set_class_names(self, names: list[str], hidden: set[int]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.picker.clear()
        for i in range(len(names)):
            it = QListWidgetItem(swatch(i), class_entry(i, names))
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked if i in hidden else Qt.CheckState.Checked)
            self.list.addItem(it)
            self.picker.addItem(swatch(i), class_entry(i, names))
        self.list.blockSignals(False)
        self.show_selection([])

    def set_counts(self, names: list[str], counts: dict[int, int]) -> None:
        self.list.blockSignals(True)
        for i in range(min(self.list.count(), len(names))):
            n = counts.get(i, 0)
            self.list.item(i).setText(class_entry(i, names) + (f"   ({n})" if n else ""))
        self.list.blockSignals(False)

    def show_selection(self, classes: list[int]) -> None:
        """The picker follows the selection: its class, blank for several classes, disabled and
        blank with nothing selected (new boxes: the Review toolbar's New box)."""
        self._selection = list(classes)
        ids = sorted(set(classes))
        self.picker.blockSignals(True)
        self.picker.setEnabled(bool(ids))
        self.picker.setCurrentIndex(ids[0] if len(ids) == 1 and 0 <= ids[0] < self.picker.count() else -1)
        self.picker.blockSignals(False)
        n = len(classes)
        if n > 1 and len(ids) > 1:
            text = translate("Review", "Class of selection (%n boxes, mixed)", None, n)
        elif n > 1:
            text = translate("Review", "Class of selection (%n boxes)", None, n)
        elif n:
            text = translate("Review", "Class of selection")
        else:
            text = translate("Review", "Class of selection: nothing selected")
        self.picker_label.setText(text)

    def hidden(self) -> set[int]:
        return {i for i in range(self.list.count()) if self.list.item(i).checkState() != Qt.CheckState.Checked}

    def _visibility(self, _item) -> None:
        self.hiddenChanged.emit(self.hidden())

    def _slider(self, v: int, emit: bool = True) -> None:
        self.slider_label.setText(
            translate("Review", "Hide boxes below confidence {conf}").format(conf=num(v / 100, 2))
        )
        if emit:
            self.minConfChanged.emit(v / 100)

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if name:
            self.addRequested.emit(name)


class _ElideRight(QStyledItemDelegate):
    """The Status column keeps the start of a long audit mark (the kind's first letters) readable."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
