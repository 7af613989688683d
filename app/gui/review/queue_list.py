"""The review image list: a table model over the dataset index (never one widget per file).

A filter + order is a snapshot ("the queue"): the first rows come from one small query, the rest
arrive from a background job (JobRunner) in chunks, so the list shows at once at 100,000 images. Rows keep
their place when their status changes (an accepted image stays where it was, marked reviewed)
until the filter is applied again.
"""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor

from app.core.dataset.index import DatasetIndex
from app.gui.common.workers import JobRunner
from app.gui.i18n import translate
from app.gui.review.audit.view import audit_marks, kind_text, update_audit_mark
from app.gui.review.shared_label import MARK, shared_marks, tooltip

COLUMNS = (
    QT_TRANSLATE_NOOP("Review", "Image"),
    QT_TRANSLATE_NOOP("Review", "Status"),
    QT_TRANSLATE_NOOP("Review", "Boxes"),
    QT_TRANSLATE_NOOP("Review", "Min conf"),
)
# an image's review status (app.core.dataset.index) as the list and the info line say it
STATUS_WORDS = {
    "reviewed": QT_TRANSLATE_NOOP("Review", "reviewed"),
    "auto": QT_TRANSLATE_NOOP("Review", "auto"),
    "labeled": QT_TRANSLATE_NOOP("Review", "labeled"),
    "unlabeled": QT_TRANSLATE_NOOP("Review", "unlabeled"),
}


def status_text(status: str) -> str:
    return translate("Review", STATUS_WORDS[status]) if status in STATUS_WORDS else status


FIRST_ROWS = 300
CHUNK = 5000
_STATUS_COLORS = {
    "reviewed": QColor(108, 201, 120),
    "auto": QColor(110, 170, 240),
    "labeled": QColor(200, 180, 120),
    "unlabeled": QColor(150, 153, 160),
}


class ReviewListModel(QAbstractTableModel):
    chunkArrived = pyqtSignal(int, object)  # generation, rows (internal: worker -> GUI thread)
    complete = pyqtSignal(int)  # all rows of the current query are in (row count)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dataset_index: DatasetIndex | None = None  # the open dataset (not `index`: a model has index())
        self.rows: list = []
        self._pos: dict[str, int] = {}
        self.query: dict = {"status": None, "class_id": None, "order": "min_conf"}
        self.audit: dict[str, tuple[int, str]] = {}  # rel -> (audit findings, kinds): the Status column's ⚑
        self.shared: dict[str, tuple[str, list[str]]] = {}  # rel -> (label file, other images): ⧉ (shared_label.py)
        self._gen = 0
        self.loading = False
        self.fetcher: JobRunner | None = None  # the background listing of the current query
        self.chunkArrived.connect(self._append)

    # ----- loading -----
    def set_index(self, index) -> None:
        self._stop_fetch()
        self.dataset_index = index
        self._gen += 1
        self.beginResetModel()
        self.rows, self._pos, self.shared = [], {}, {}
        self.endResetModel()

    def reload(self, status=None, class_id=None, order: str = "min_conf", first: int = FIRST_ROWS) -> None:
        """Run the query: the first rows now, the rest in the background."""
        self._stop_fetch()
        self._gen += 1
        gen = self._gen
        self.query = {"status": status, "class_id": class_id, "order": order}
        rows = [] if self.dataset_index is None else self.dataset_index.rows(status, class_id, order, limit=first)
        self.audit = audit_marks(self.dataset_index)
        self.shared = shared_marks(self.dataset_index)
        self.beginResetModel()
        self.rows = rows
        self._pos = {r.rel: i for i, r in enumerate(rows)}
        self.endResetModel()
        if self.dataset_index is not None and len(rows) == first:
            self.loading = True
            index, q = self.dataset_index, dict(self.query)
            self.fetcher = JobRunner(lambda state: self._fetch_rest(state, gen, index, q, first), self)
            self.fetcher.start()
        else:
            self.loading = False
            self.complete.emit(len(self.rows))

    def _stop_fetch(self) -> None:
        """A new query or index: the listing of the old one stops (its chunks are dropped anyway)."""
        if self.fetcher is not None:
            self.fetcher.cancel()
            self.fetcher = None

    def _fetch_rest(self, state, gen: int, index, q: dict, offset: int) -> None:
        try:
            while gen == self._gen and not state.cancelled:
                chunk = index.rows(q["status"], q["class_id"], q["order"], limit=CHUNK, offset=offset)
                self.chunkArrived.emit(gen, chunk)
                if len(chunk) < CHUNK:
                    return
                offset += len(chunk)
        except Exception as e:
            self.chunkArrived.emit(gen, e)

    def _append(self, gen: int, chunk) -> None:
        if gen != self._gen:
            return
        if isinstance(chunk, Exception) or len(chunk) < CHUNK:
            self.loading = False
        if isinstance(chunk, Exception):
            self.complete.emit(len(self.rows))
            return
        if chunk:
            n = len(self.rows)
            self.beginInsertRows(QModelIndex(), n, n + len(chunk) - 1)
            self.rows.extend(chunk)
            for i, r in enumerate(chunk, n):
                self._pos[r.rel] = i
            self.endInsertRows()
        if not self.loading:
            self.complete.emit(len(self.rows))

    # ----- access -----
    def find(self, rel: str) -> int:
        return self._pos.get(rel, -1)

    def rel(self, row: int) -> str | None:
        return self.rows[row].rel if 0 <= row < len(self.rows) else None

    def refresh_row(self, rel: str) -> None:
        i = self.find(rel)
        if i < 0 or self.dataset_index is None:
            return
        r = self.dataset_index.get(rel)
        if r is not None:
            self.rows[i] = r
            update_audit_mark(self.audit, self.dataset_index, rel)
            self.dataChanged.emit(self.index_of(i, 0), self.index_of(i, len(COLUMNS) - 1))

    def index_of(self, row: int, col: int = 0) -> QModelIndex:
        return self.createIndex(row, col)

    # ----- Qt model -----
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - immutable default (Qt's idiom / a frozen filter)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - immutable default (Qt's idiom / a frozen filter)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Review", COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.rel.rsplit("/", 1)[-1]
            if col == 1:
                mark = " ⚠" if r.n_issues or r.unknown_cls else (" ✎" if r.edited else "")
                a = self.audit.get(r.rel)
                return (
                    status_text(r.status)
                    + mark
                    + (MARK if r.rel in self.shared else "")
                    + (f" ⚑{a[0]} {kind_text(a[1].split()[0])}" if a else "")
                )
            if col == 2:
                return r.n_boxes
            return "—" if r.min_conf is None else f"{r.min_conf:.2f}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(_STATUS_COLORS.get(r.status, QColor(200, 200, 200)))
        if role == Qt.ItemDataRole.ToolTipRole:
            status = translate("Review", "status: {status}").format(status=status_text(r.status))
            tip = [r.rel, status + (translate("Review", " (edited by a person)") if r.edited else "")]
            if r.n_issues:
                tip.append(translate("Review", "%n malformed line(s) in the label file", None, r.n_issues))
            if r.unknown_cls:
                tip.append(translate("Review", "%n box(es) with an unknown class id", None, r.unknown_cls))
            if r.rel in self.audit:
                n, kinds = self.audit[r.rel]
                words = " ".join(kind_text(k) for k in kinds.split())
                tip.append(translate("Review", "audit: %n finding(s): {kinds}", None, n).format(kinds=words))
            if r.rel in self.shared:
                tip.append(tooltip(*self.shared[r.rel]))
            return "\n".join(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
