"""A model/view list of image paths that fills in from a worker: 100k files never block the GUI."""

from __future__ import annotations

import os
import time

from PyQt6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, pyqtSignal
from PyQt6.QtGui import QColor

from app.core.io.images import list_images
from app.core.jobs import JobState
from app.gui.common.workers import JobRunner

BROKEN_COLOR = "#e0605a"


class FileListModel(QAbstractListModel):
    """Relative image paths under a root; rows are appended in chunks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.root = ""
        self._paths: list[str] = []
        self._broken: dict[int, str] = {}  # row -> why it cannot be read (marked by the panes)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - immutable default (Qt's idiom / a frozen filter)
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        why = self._broken.get(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._paths[row] if why is None else f"⚠ {self._paths[row]} — {why}"
        if role == Qt.ItemDataRole.ToolTipRole:
            full = os.path.join(self.root, self._paths[row])
            return full if why is None else f"{full}\ncannot be read: {why}"
        if role == Qt.ItemDataRole.ForegroundRole and why is not None:
            return QColor(BROKEN_COLOR)
        return None

    def mark_broken(self, path: str, reason: str) -> bool:
        """Mark the row of `path` as unreadable, with the reason (the path itself is left out of it)."""
        try:
            rel = os.path.relpath(path, self.root) if self.root else path
            row = self._paths.index(rel)
        except ValueError:
            return False
        why = reason.replace(path, "").replace(rel, "").strip(" :—-") or "cannot be read"
        self._broken[row] = why.splitlines()[0]
        ix = self.index(row, 0)
        self.dataChanged.emit(ix, ix)
        return True

    def broken(self, row: int) -> str | None:
        return self._broken.get(row)

    def reset(self, root: str) -> None:
        self.beginResetModel()
        self.root = root
        self._paths = []
        self._broken = {}
        self.endResetModel()

    def append(self, rel_paths: list[str]) -> None:
        if not rel_paths:
            return
        n = len(self._paths)
        self.beginInsertRows(QModelIndex(), n, n + len(rel_paths) - 1)
        self._paths.extend(rel_paths)
        self.endInsertRows()

    def path(self, row: int) -> str:
        return os.path.join(self.root, self._paths[row])


def scan_folder(
    root: str, state: JobState, emit_chunk, first_chunk: int = 200, chunk_s: float = 0.1, max_chunk: int = 4000
) -> int:
    """Walk root for images, handing relative paths to emit_chunk: a small first chunk so rows show
    at once, then every chunk_s seconds or max_chunk rows (each insert stays a few ms on the GUI thread)."""
    buf: list[str] = []
    n, last, first = 0, time.monotonic(), True
    prefix = len(os.path.join(root, ""))
    for p in list_images(root):
        buf.append(p[prefix:])
        n += 1
        if (
            (first and len(buf) >= first_chunk)
            or len(buf) >= max_chunk
            or (n % 256 == 0 and time.monotonic() - last > chunk_s)
        ):
            state.check()
            emit_chunk(buf)
            state.progress(n, 0, "indexing")
            buf, last, first = [], time.monotonic(), False
    state.check()
    emit_chunk(buf)
    state.progress(n, n, "done")
    return n


class FolderLoader(QObject):
    """Fills a FileListModel from a background scan; chunks are appended on the GUI thread."""

    chunk = pyqtSignal(list)
    done = pyqtSignal(int)

    def __init__(self, model: FileListModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.chunk.connect(model.append)
        self.runner: JobRunner | None = None

    def load(self, root: str) -> JobRunner:
        if self.runner is not None:
            self.runner.cancel()
        self.model.reset(root)
        runner = JobRunner(lambda state: scan_folder(root, state, self.chunk.emit), self)
        runner.finished.connect(lambda n: self.done.emit(int(n)))
        self.runner = runner
        runner.start()
        return runner
