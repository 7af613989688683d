"""One writer per dataset: an advisory lock (fcntl.flock) next to the dataset's index, holding who
has it. Two auto-label runs on one dataset used to redo each other's work; the second now stops at
once with one line naming the first (pid, command, start time). Readers (status, review, eval)
never take it. The lock goes away with its process, also on a crash or kill -9 (flock semantics).

    with writer_lock(index_path, "labelbench autolabel"):    # DatasetBusyError if held
        ...
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from app.core.errors import LabelBenchError

if TYPE_CHECKING:
    from collections.abc import Iterator


class DatasetBusyError(LabelBenchError):
    """Another process holds the dataset's writer lock."""


def lock_path_for(index_path: Path) -> Path:
    """<root>/.labelbench/index.sqlite -> <root>/.labelbench/writer.lock (the cache fallback too)."""
    index_path = Path(index_path)
    return index_path.with_name(index_path.stem + ".writer.lock")


def holder(lock_file: Path) -> dict[str, Any] | None:
    """What the lock file says about its holder (written by the holder; None if unreadable)."""
    try:
        from app.core.io.own_files import read_own_text

        return cast("dict[str, Any] | None", json.loads(read_own_text(lock_file, "lock file", 64 << 10) or "null"))
    except (LabelBenchError, ValueError):
        return None


def describe(h: dict[str, Any] | None) -> str:
    if not h:
        return "another process (no details recorded)"
    started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(h.get("started", 0)))
    where = f" on {h['host']}" if h.get("host") and h.get("host") != socket.gethostname() else ""
    return f"pid {h.get('pid')}{where} ({h.get('command', '?')}), started {started}"


def running(lock_file: Path) -> dict[str, Any] | None:
    """The holder of the writer lock as it describes itself ({pid, host, command, started, done,
    total}), None when nobody holds it: the file is emptied on release, and a holder killed
    without releasing (kill -9) is recognized by its pid on this host. A holder on another
    host is believed."""
    h = holder(lock_file)
    if not isinstance(h, dict) or "pid" not in h:
        return None
    if h.get("host", socket.gethostname()) == socket.gethostname():
        try:
            os.kill(int(h["pid"]), 0)
        except ProcessLookupError:
            return None
        except (PermissionError, ValueError, TypeError, OverflowError):
            pass
    return h


class WriterLock:
    def __init__(self, index_path: Path, command: str | None = None, what: str = "dataset"):
        self.path = lock_path_for(index_path)
        self.command = command or " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:300]
        self.what = what
        self._f: TextIO | None = None
        self._info: dict[str, Any] = {}
        self._noted = 0.0

    def acquire(self) -> WriterLock:
        """Take the lock. The lock file is created and opened only as our own regular file
        (app.core.io.own_files: O_NOFOLLOW, never blocking on a FIFO): a symbolic link or a special
        file in its place is one FileError line and nothing is written or truncated."""
        import fcntl

        from app.core.io.own_files import open_own

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = open_own(self.path, "the writer lock", os.O_RDWR)
        f = os.fdopen(fd, "r+", encoding="utf-8")
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.close()
            raise DatasetBusyError(
                f"{self.what}: another LabelBench run is writing it: "
                f"{describe(holder(self.path))}; wait for it to end or stop it "
                f"(lock {self.path})"
            ) from None
        except BaseException:
            f.close()
            raise
        self._f = f
        self._info = {"pid": os.getpid(), "host": socket.gethostname(), "command": self.command, "started": time.time()}
        self._write()
        return self

    def _write(self) -> None:
        """Written over in place, padded to one length, so a reader never sees it empty or cut."""
        f = cast(TextIO, self._f)  # set by acquire() before any write
        f.seek(0)
        f.write(json.dumps(self._info).ljust(512))
        f.truncate()
        f.flush()

    def note_progress(self, done: int, total: int, every: float = 0.5) -> None:
        """Say how far the run is (images done of total) in the lock file, at most every `every`
        seconds and always at the end: the app shows "auto-label running in another process (N/M)"."""
        now = time.monotonic()
        if self._f is None or (now - self._noted < every and done < total):
            return
        self._noted = now
        self._info.update(done=int(done), total=int(total))
        try:
            self._write()
        except OSError:
            pass

    def release(self) -> None:
        if self._f is None:
            return
        import fcntl

        try:
            self._f.seek(0)
            self._f.truncate()
        except OSError:
            pass
        fcntl.flock(self._f.fileno(), fcntl.LOCK_UN)
        self._f.close()
        self._f = None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextlib.contextmanager
def writer_lock(index_path: Path, command: str | None = None, what: str = "dataset") -> Iterator[WriterLock]:
    with WriterLock(index_path, command, what) as lk:
        yield lk
