"""Evaluate pane: the open dataset's audit findings (issue 14), counted by kind and class.

Shown only where the dataset has findings (`labelbench audit`). Rows are the kinds, columns the
classes (the label's; the model's for "overlooked"); a click on a count lists its images, worst
first, and a click on an image opens it in the Review pane with the label in question selected,
as the other click-throughs of this pane do. Read in a worker (app.core.audit.summary).
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QT_TRANSLATE_NOOP, Qt, pyqtSignal
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
)

from app.core.audit.findings import KINDS
from app.core.audit.summary import FindingsTable, findings_table
from app.gui.common.workers import JobRunner
from app.gui.i18n import Retranslating, translate

ROLE = Qt.ItemDataRole.UserRole
# the kinds as `labelbench audit` names them; the rows show these words (the kind's own name in
# brackets where the language is not English)
KIND_WORDS = {
    "swap": QT_TRANSLATE_NOOP("Evaluate", "swap"),
    "badloc": QT_TRANSLATE_NOOP("Evaluate", "badloc"),
    "overlooked": QT_TRANSLATE_NOOP("Evaluate", "overlooked"),
    "spurious": QT_TRANSLATE_NOOP("Evaluate", "spurious"),
    "duplicate": QT_TRANSLATE_NOOP("Evaluate", "duplicate"),
}


class AuditFindings(Retranslating, QGroupBox):
    """The open dataset's audit findings by kind and class (a tab of the results: `available` says how many
    there are, 0 when there is no audit or it found nothing, and the pane shows or hides the tab)."""

    openImage = pyqtSignal(str, int)  # image path, box index (-1: none)
    available = pyqtSignal(int)  # number of findings (0: none, the tab is hidden)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.images = QListWidget()
        lay = QHBoxLayout(self)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.images, 2)
        self.data: FindingsTable | None = None
        self._classes: list[int] = []
        self.source: str | None = None
        self._job: JobRunner | None = None
        self.table.cellClicked.connect(self.show_cell)
        self.images.itemClicked.connect(self._open)
        self.total = 0
        self.retranslate()

    def retranslate(self) -> None:
        """The title and the table's headers in the current language (again on QEvent.LanguageChange)."""
        data = self.data
        if data is None or not data.total:
            self.setTitle(translate("Evaluate", "Audit findings (labelbench audit)"))
            return
        text = translate("Evaluate", "Audit findings (labelbench audit): %Ln in {source}", None, data.total)
        short = Path(self.source or "")  # its folder and name: a whole temp path would set the tab's width
        self.setTitle(text.format(source=f"{short.parent.name}/{short.name}" if short.parent.name else short.name))
        self.setToolTip(self.source)
        self.table.setVerticalHeaderLabels([translate("Evaluate", KIND_WORDS.get(k, k)) for k in KINDS])
        names = data.class_names
        self.table.setHorizontalHeaderLabels(
            [
                names[c] if 0 <= c < len(names) else translate("Evaluate", "class {id}").format(id=c)
                for c in self._classes
            ]
            + [translate("Evaluate", "all")]
        )
        if self.images.count():
            row, col = self.table.currentRow(), self.table.currentColumn()
            if row >= 0 and col >= 0:
                self.show_cell(row, col)

    def load(self, source) -> JobRunner | None:
        """Read the findings of `source` (folder or data.yaml) in a worker; hidden when there are none."""
        src = self.source = str(source) if source else None
        if not src:
            self._set_total(0)
            return None
        job = JobRunner(lambda state: findings_table(src, state), self)  # this source, not a later one
        job.finished.connect(self.show_table)
        job.failed.connect(lambda _m: self._set_total(0))
        self._job = job
        job.start()
        return job

    def show_table(self, data: FindingsTable) -> None:
        self.data = data
        self.images.clear()
        if not data.total:
            self._set_total(0)
            return
        self._classes = classes = sorted({c for k in KINDS for c in data.counts[k]})
        self.table.clear()
        self.table.setRowCount(len(KINDS))
        self.table.setColumnCount(len(classes) + 1)
        for r, kind in enumerate(KINDS):
            for col, c in enumerate(classes + [None]):
                n = sum(data.counts[kind].values()) if c is None else data.counts[kind].get(c, 0)
                it = QTableWidgetItem(str(n) if n else "")
                it.setData(ROLE, (kind, c))
                it.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(r, col, it)
        self.retranslate()
        self.table.resizeColumnsToContents()
        self._set_total(data.total)

    def _set_total(self, n: int) -> None:
        self.total = n
        self.available.emit(n)

    def show_cell(self, row: int, col: int) -> None:
        it = self.table.item(row, col)
        if it is None or self.data is None:
            return
        kind, c = it.data(ROLE)
        keys = [(kind, c)] if c is not None else [k for k in self.data.images if k[0] == kind]
        rows = sorted((x for k in keys for x in self.data.images.get(k, [])), key=lambda x: -x[2])
        self.images.clear()
        for rel, box, score in rows:
            where = "  " + translate("Evaluate", "(box {n})").format(n=box + 1) if box >= 0 else ""
            li = QListWidgetItem(f"{score:.2f}  {rel}{where}")
            li.setData(ROLE, (rel, box))
            self.images.addItem(li)

    def _open(self, li) -> None:
        rel, box = li.data(ROLE)
        if self.data is None:
            return
        self.openImage.emit(str(Path(self.data.root) / rel), int(box))
