"""The pipeline list of the Process pane: steps with enable check boxes, drag to reorder,
add (categorised op menu), duplicate, remove, move up/down.

The widget edits the Pipeline it is given (GUI thread) and emits `edited(first_changed_index)`
after every change so the pane can re-render; `currentStepChanged(index)` follows the selection.
"""

from __future__ import annotations

from PyQt6.QtCore import QSize, Qt, pyqtSignal
from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.pipeline.model import Pipeline, Step
from app.core.pipeline.ops import FAMILY_LABELS, families, get_op
from app.core.pipeline.ops.spec import EnumParam
from app.gui.common.menu_text import escape_mnemonic
from app.gui.i18n import Retranslating, translate
from app.gui.process.op_text import choice_label, family_label, op_doc, op_label


def step_summary(step: Step, max_params: int = 3) -> str:
    """'Gaussian blur  ksize 5 · sigma 0' - the op label and its first parameter values (the label and
    the choices in the interface's language, the parameters by their keywords, as in pipeline files)."""
    op = get_op(step.op)
    parts = []
    for spec in op.params[:max_params]:
        v = step.params.get(spec.name, spec.default)
        if isinstance(spec, EnumParam):
            v = choice_label(op.name, spec, spec.display(v))
        elif spec.kind == "float":
            v = f"{v:g}"
        elif spec.kind == "bool":
            v = translate("Process", "on") if v else translate("Process", "off")
        elif spec.kind == "color":
            v = "#%02x%02x%02x" % (v[2], v[1], v[0])
        parts.append(f"{spec.name} {v}")
    return op_label(op) + ("   " + " · ".join(parts) if parts else "")


class StepList(QListWidget):
    """QListWidget whose internal drag-and-drop reports (from, to) moves."""

    moved = pyqtSignal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSpacing(1)

    def _uid(self, row: int) -> object:
        item = self.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def dropEvent(self, e) -> None:
        src = self.currentRow()
        uid = self._uid(src) if src >= 0 else None
        super().dropEvent(e)
        dst = next((r for r in range(self.count()) if self._uid(r) == uid), -1)
        if src >= 0 and dst >= 0 and src != dst:
            self.moved.emit(src, dst)


class PipelineEditor(Retranslating, QWidget):
    edited = pyqtSignal(int)  # index of the first step whose output changed
    currentStepChanged = pyqtSignal(int)  # -1 when nothing is selected

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pipeline = Pipeline()
        self.list = StepList()
        self.list.setObjectName("pipelineList")
        self.list.setMinimumHeight(140)
        self.add_button = QToolButton()
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_menu = self._build_add_menu()
        self.add_button.setMenu(self.add_menu)
        self.dup_button = self._tool(self.duplicate_current)
        self.remove_button = self._tool(self.remove_current)
        self.up_button = self._tool(lambda: self.move_current(-1))
        self.down_button = self._tool(lambda: self.move_current(1))
        self.up_button.setText("▲")
        self.down_button.setText("▼")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(3)
        for b in (self.add_button, self.dup_button, self.remove_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.up_button)
        bar.addWidget(self.down_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(bar)
        lay.addWidget(self.list, 1)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemChanged.connect(self._item_changed)
        self.list.moved.connect(self._moved)
        self.act_delete = delete = QAction(self.list)
        delete.setShortcut(Qt.Key.Key_Delete)
        delete.triggered.connect(self.remove_current)
        self.list.addAction(delete)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the editor in the current language (again on QEvent.LanguageChange): the
        buttons, the Add step menu and the steps' rows."""
        self.add_button.setText(translate("Process", "Add step"))
        self.add_button.setToolTip(translate("Process", "Add an operation after the selected step"))
        self.dup_button.setText(translate("Process", "Duplicate"))
        self.dup_button.setToolTip(translate("Process", "Duplicate the selected step"))
        self.remove_button.setText(translate("Process", "Remove"))
        self.remove_button.setToolTip(translate("Process", "Remove the selected step (Del)"))
        self.up_button.setToolTip(translate("Process", "Move the selected step up"))
        self.down_button.setToolTip(translate("Process", "Move the selected step down"))
        self.act_delete.setText(translate("Process", "Remove the selected step"))
        old, self.add_menu = self.add_menu, self._build_add_menu()
        self.add_button.setMenu(self.add_menu)
        old.deleteLater()
        for i in range(min(self.list.count(), len(self.pipeline))):
            self.refresh_row(i)
            self.list.item(i).setToolTip(op_doc(get_op(self.pipeline.steps[i].op)))

    def _tool(self, slot) -> QToolButton:
        b = QToolButton()
        b.clicked.connect(slot)
        return b

    def _build_add_menu(self) -> QMenu:
        menu = QMenu(self)
        for fam, ops in families().items():
            sub = QMenu(
                escape_mnemonic(family_label(FAMILY_LABELS[fam]) if fam in FAMILY_LABELS else fam.title()), menu
            )
            menu.addMenu(sub)
            sub.setToolTipsVisible(True)
            for op in ops:
                a = QAction(escape_mnemonic(op_label(op)), sub)
                sub.addAction(a)
                a.setToolTip(op_doc(op))
                a.setData(op.name)
                a.triggered.connect(lambda _=False, n=op.name: self.add_step(n))
        return menu

    # ----- model -> view -----
    def set_pipeline(self, p: Pipeline, select: int = 0) -> None:
        self.pipeline = p
        self.refresh(select)
        self.edited.emit(0)

    def refresh(self, select: int | None = None) -> None:
        row = self.list.currentRow() if select is None else select
        self.list.blockSignals(True)
        self.list.clear()
        for i, step in enumerate(self.pipeline.steps):
            it = QListWidgetItem(f"{i + 1}.  {step_summary(step)}")
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            it.setCheckState(Qt.CheckState.Checked if step.enabled else Qt.CheckState.Unchecked)
            it.setToolTip(op_doc(get_op(step.op)))
            it.setSizeHint(QSize(0, 26))
            it.setData(Qt.ItemDataRole.UserRole, step.uid)
            self.list.addItem(it)
        self.list.blockSignals(False)
        row = min(row, self.list.count() - 1)
        self.list.setCurrentRow(row)
        self._update_buttons()
        self.currentStepChanged.emit(self.list.currentRow())

    def refresh_row(self, i: int) -> None:
        """Update one row's text after its parameters changed (no re-selection)."""
        it = self.list.item(i)
        if it is not None:
            self.list.blockSignals(True)
            it.setText(f"{i + 1}.  {step_summary(self.pipeline.steps[i])}")
            self.list.blockSignals(False)

    def current(self) -> int:
        return self.list.currentRow()

    def select(self, i: int) -> None:
        self.list.setCurrentRow(i)

    # ----- edits -----
    def add_step(self, op_name: str, params: dict | None = None, index: int | None = None) -> int:
        if index is None:
            cur = self.current()
            index = cur + 1 if cur >= 0 else len(self.pipeline)
        self.pipeline.add(op_name, params, index=index)
        self.refresh(index)
        self.edited.emit(index)
        return index

    def duplicate_current(self) -> None:
        i = self.current()
        if i >= 0:
            self.pipeline.duplicate(i)
            self.refresh(i + 1)
            self.edited.emit(i + 1)

    def remove_current(self) -> None:
        i = self.current()
        if i >= 0:
            self.pipeline.remove(i)
            self.refresh(max(0, i - 1) if i >= len(self.pipeline) else i)
            self.edited.emit(i)

    def move_current(self, delta: int) -> None:
        i = self.current()
        j = i + delta
        if i >= 0 and 0 <= j < len(self.pipeline):
            self._moved(i, j)

    def set_enabled(self, i: int, on: bool) -> None:
        self.list.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _moved(self, src: int, dst: int) -> None:
        self.pipeline.move(src, dst)
        self.refresh(dst)
        self.edited.emit(min(src, dst))

    def _item_changed(self, it: QListWidgetItem) -> None:
        i = self.list.row(it)
        on = it.checkState() == Qt.CheckState.Checked
        if 0 <= i < len(self.pipeline) and self.pipeline.steps[i].enabled != on:
            self.pipeline.set_enabled(i, on)
            self.edited.emit(i)

    def _row_changed(self, row: int) -> None:
        self._update_buttons()
        self.currentStepChanged.emit(row)

    def _update_buttons(self) -> None:
        i, n = self.current(), len(self.pipeline)
        self.dup_button.setEnabled(i >= 0)
        self.remove_button.setEnabled(i >= 0)
        self.up_button.setEnabled(i > 0)
        self.down_button.setEnabled(0 <= i < n - 1)
