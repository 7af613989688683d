"""The Review pane and the other processes on its dataset (issue 29, part 2).

While a dataset is open in Review:
* the app holds a lease on it (app.core.dataset.lease): `labelbench autolabel` says in one line
  that the dataset is open here, or waits with --wait;
* every POLL_MS the index is asked whether another process committed to it (PRAGMA
  data_version): the list's rows on screen are read again (rows scrolled to later are read as
  they appear) and the reviewed count follows; the open image follows through the session's
  watcher (its label file);
* the writer lock's holder (app.core.dataset.lock.running) is shown under the list: "auto-label
  running in another process (N/M)", gone when the run ends.
"""

from __future__ import annotations

import os
import time

from PyQt6.QtCore import QObject, QTimer
from PyQt6.QtWidgets import QLabel

from app.core.dataset import lease as leases
from app.core.dataset.lock import lock_path_for, running
from app.core.errors import LabelBenchError
from app.gui.i18n import num, translate

POLL_MS = 1000


def run_text(holder: dict | None) -> str:
    """What the pane says about an auto-label run holding the dataset's writer lock."""
    if not holder or holder.get("pid") == os.getpid():
        return ""  # none, or this app's own Auto-label pane (it shows its own progress)
    done, total = holder.get("done"), holder.get("total")
    if isinstance(done, int) and isinstance(total, int):
        where = f"{num(done)}/{num(total)}"
    else:
        where = translate("Review", "starting")
    return translate("Review", "auto-label running in another process ({where})").format(where=where)


class Presence(QObject):
    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.index = None
        self.lease: leases.Lease | None = None
        self.label = QLabel("")
        self.label.setObjectName("paneInfo")
        self.label.setWordWrap(True)
        self.label.hide()
        pane.queue.layout().addWidget(self.label)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._version = None
        self._gen = 0  # one more each time another process changed the index
        self._seen: dict[str, int] = {}  # rel -> the _gen its row on screen was read at
        self._leased_at = 0.0
        pane.queue.table.verticalScrollBar().valueChanged.connect(lambda _v: self.refresh_visible())

    def attach(self, index) -> None:
        """The pane opened `index`: take the lease, start following it."""
        self.detach()
        self.index = index
        try:
            self.lease = leases.Lease(index.db_path).acquire()
        except (LabelBenchError, OSError) as e:  # the app goes on; the CLI just will not know
            self.lease = None
            self.pane.ctx.status(
                translate("Review", "Could not tell other processes this dataset is open: {why}").format(why=e), 8000
            )
        self._leased_at = time.monotonic()
        self._version = self._data_version()
        self._gen, self._seen = 0, {}
        self.timer.start()
        self.poll()

    def detach(self) -> None:
        self.timer.stop()
        if self.lease is not None:
            self.lease.release()
            self.lease = None
        self.index = None
        self._show("")

    def _data_version(self):
        try:
            return self.index.data_version()
        except Exception:
            return None

    def poll(self) -> None:
        if self.index is None:
            return
        if self.lease is not None and time.monotonic() - self._leased_at >= leases.REFRESH_S:
            self.lease.refresh()
            self._leased_at = time.monotonic()
        v = self._data_version()
        if v is not None and v != self._version:
            self._version = v
            self._gen += 1
            self.refresh_visible()
            self.pane.update_progress()
        self._show(run_text(running(lock_path_for(self.index.db_path))))

    def refresh_visible(self) -> None:
        """Read again the rows on screen that were read before the index last changed."""
        if self.index is None or not self._gen:
            return
        table, model = self.pane.queue.table, self.pane.queue.model
        first = table.rowAt(0)
        if first < 0:
            return
        last = table.rowAt(table.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        for row in range(first, last + 1):
            rel = model.rel(row)
            if rel is not None and self._seen.get(rel) != self._gen:
                self._seen[rel] = self._gen
                model.refresh_row(rel)

    def _show(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self.label.setVisible(bool(text))
