"""Settings ▸ Keyboard: every named action of the window with its keys, rebound here.

Pick a row, press the new key in the key field and Set: the action answers it at once and the
settings keep it. A key another action already answers where this one works is refused, with a line
naming that action. Presets (labelImg, X-AnyLabeling), Import… / Export… (a small JSON file,
app.gui.keys.files) and Reset all to defaults act on the whole set.
"""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QKeySequence
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.core.errors import LabelBenchError
from app.gui.i18n import Retranslating, translate
from app.gui.keys.files import read_bindings, write_bindings
from app.gui.keys.presets import PRESETS
from app.gui.keys.registry import KeyRegistry


def _t(text: str) -> str:
    return translate("Keys", text)


class KeyboardDialog(Retranslating, QDialog):
    def __init__(self, window, registry: KeyRegistry):
        super().__init__(window)
        self.registry = registry
        self.names: list[str] = []
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows, columns = self.table.verticalHeader(), self.table.horizontalHeader()
        if rows is not None and columns is not None:
            rows.setVisible(False)
            columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.key_label = QLabel()
        self.key_edit = QKeySequenceEdit()
        self.key_edit.setMaximumSequenceLength(1)
        self.set_btn = QPushButton()
        self.set_btn.clicked.connect(self._set_clicked)
        self.clear_btn = QPushButton()
        self.clear_btn.clicked.connect(lambda: self._bind_current([]))
        self.default_btn = QPushButton()
        self.default_btn.clicked.connect(self._default_clicked)
        self.message = QLabel()
        self.message.setObjectName("keysMessage")
        self.message.setWordWrap(True)
        self.preset_label = QLabel()
        self.presets = QComboBox()
        self.preset_btn = QPushButton()
        self.preset_btn.clicked.connect(lambda: self.apply_preset(self.presets.currentData()))
        self.import_btn = QPushButton()
        self.import_btn.clicked.connect(self._import_asked)
        self.export_btn = QPushButton()
        self.export_btn.clicked.connect(self._export_asked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        edit_row = QHBoxLayout()
        for field in (self.key_label, self.key_edit, self.set_btn, self.clear_btn, self.default_btn):
            edit_row.addWidget(field)
        edit_row.setStretch(1, 1)
        set_row = QHBoxLayout()
        for w in (self.preset_label, self.presets, self.preset_btn):
            set_row.addWidget(w)
        set_row.addStretch(1)
        set_row.addWidget(self.import_btn)
        set_row.addWidget(self.export_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(edit_row)
        lay.addWidget(self.message)
        lay.addLayout(set_row)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.resize(720, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Keys", "Keyboard"))
        self.table.setHorizontalHeaderLabels(
            [translate("Keys", "Action"), translate("Keys", "Where"), translate("Keys", "Keys")]
        )
        self.key_label.setText(translate("Keys", "New key:"))
        self.key_edit.setToolTip(translate("Keys", "Click here and press the key (with Ctrl, Shift or Alt if wanted)"))
        self.set_btn.setText(translate("Keys", "Set"))
        self.clear_btn.setText(translate("Keys", "No key"))
        self.default_btn.setText(translate("Keys", "Default"))
        self.preset_label.setText(translate("Keys", "Key set:"))
        self.preset_btn.setText(translate("Keys", "Apply"))
        self.import_btn.setText(translate("Keys", "Import…"))
        self.export_btn.setText(translate("Keys", "Export…"))
        current = self.presets.currentData()
        self.presets.clear()
        for name in PRESETS:
            self.presets.addItem(_t(name), name)
        if current is not None:
            self.presets.setCurrentIndex(max(0, self.presets.findData(current)))
        self.fill()

    # ----- the table -----
    def fill(self) -> None:
        row_name = self.current_name()
        actions = self.registry.actions()
        self.names = list(actions)
        self.table.setRowCount(len(self.names))
        for r, name in enumerate(self.names):
            a = actions[name]
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts())
            cells = (self.registry.label(a), self.registry.scope_title(self.registry.scope(a)), keys)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, name)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if row_name in self.names:
            self.table.selectRow(self.names.index(row_name))

    def current_name(self) -> str | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.names[rows[0].row()] if rows and rows[0].row() < len(self.names) else None

    def select(self, name: str) -> None:
        self.table.selectRow(self.names.index(name))

    def _row_chosen(self) -> None:
        name = self.current_name()
        a = self.registry.actions().get(name) if name else None
        self.key_edit.setKeySequence(a.shortcut() if a is not None else QKeySequence())

    # ----- changing keys -----
    def set_keys(self, name: str, keys: list[str]) -> bool:
        """Bind `name` to `keys` (what Set does); False, with the refusal shown, on a conflict."""
        conflict = self.registry.bind(name, keys)
        if conflict is not None:
            self.message.setStyleSheet("color: #d93025")
            self.message.setText(conflict.message())
            return False
        label = self.registry.label(self.registry.actions()[name])
        self.message.setStyleSheet("")
        shown = ", ".join(keys) if keys else translate("Keys", "no key")
        self.message.setText(translate("Keys", "“{action}” now answers {keys}.").format(action=label, keys=shown))
        self.fill()
        return True

    def _bind_current(self, keys: list[str]) -> None:
        name = self.current_name()
        if name is None:
            self.message.setText(translate("Keys", "Pick an action in the table first."))
            return
        self.set_keys(name, keys)

    def _set_clicked(self) -> None:
        seq = self.key_edit.keySequence()
        self._bind_current([seq.toString(QKeySequence.SequenceFormat.PortableText)] if not seq.isEmpty() else [])

    def _default_clicked(self) -> None:
        name = self.current_name()
        if name is not None:
            self.set_keys(name, self.registry.defaults.get(name, []))

    def _report(self, refused, done: str) -> None:
        if refused:
            self.message.setStyleSheet("color: #d93025")
            self.message.setText("\n".join(c.message() for c in refused))
        else:
            self.message.setStyleSheet("")
            self.message.setText(done)
        self.fill()

    def apply_preset(self, preset: str) -> None:
        refused = self.registry.apply(PRESETS.get(preset, {}), base="defaults")
        self._report(refused, translate("Keys", "Key set “{name}” applied.").format(name=_t(preset)))

    def import_file(self, path: str) -> bool:
        try:
            bindings = read_bindings(path)
        except LabelBenchError as e:
            self._report([], translate("Keys", "Cannot import: {error}").format(error=e))
            return False
        self._report(
            self.registry.apply(bindings, base="defaults"),
            translate("Keys", "Keys imported from {path}.").format(path=path),
        )
        return True

    def export_file(self, path: str) -> None:
        write_bindings(path, self.registry.changed())
        self._report([], translate("Keys", "Keys exported to {path}.").format(path=path))

    def _import_asked(self) -> None:
        f, _ = QFileDialog.getOpenFileName(
            self, translate("Keys", "Import keys"), "", translate("Keys", "Key bindings (*.json)")
        )
        if f:
            self.import_file(f)

    def _export_asked(self) -> None:
        f, _ = QFileDialog.getSaveFileName(
            self, translate("Keys", "Export keys"), "labelbench-keys.json", translate("Keys", "Key bindings (*.json)")
        )
        if f:
            self.export_file(f)
