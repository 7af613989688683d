"""The app says it has a dataset open: a lease file beside the dataset's index (issue 29).

The Review pane takes a lease when it opens a dataset, refreshes it while the dataset stays open
and removes it when it closes; `labelbench autolabel` reads the leases, says in one line that
the dataset is open in the app (and goes on safely: app.core.dataset.write_rule) or, with
--wait, waits until none is left.

    lease = Lease(index.db_path).acquire()      # <index folder>/<index>.open.<host>.<pid>.lease
    lease.refresh()                             # every REFRESH_S while open (a QTimer in the app)
    lease.release()
    others(index_path)                          # [{pid, host, command, started, refreshed}] alive

A lease is one small JSON file per process, created and written only as our own regular file
(app.core.io.own_files: O_NOFOLLOW, never through a link or into a FIFO). It is alive while its
file was refreshed within TTL_S and, on this host, its process exists: a crashed or killed app
leaves a lease that is ignored (and removed by the next app that opens the dataset).
"""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import LabelBenchError

if TYPE_CHECKING:
    from collections.abc import Iterator

REFRESH_S = 15.0  # how often an open app refreshes its lease
TTL_S = 60.0  # a lease not refreshed for this long is a crashed app's (on another host)
_SUFFIX = ".lease"


def _host() -> str:
    return socket.gethostname()


def _safe(host: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", host)[:64] or "host"


def _prefix(index_path: Path) -> str:
    return Path(index_path).stem + ".open."


def lease_path(index_path: str | os.PathLike[str], pid: int | None = None, host: str | None = None) -> Path:
    """<index folder>/<index stem>.open.<host>.<pid>.lease"""
    index_path = Path(index_path)
    return index_path.with_name(f"{_prefix(index_path)}{_safe(host or _host())}.{pid or os.getpid()}{_SUFFIX}")


def alive_here(pid: int | str) -> bool:
    """Whether process `pid` of this host still runs (unknown: assumed alive)."""
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError, TypeError, OverflowError):
        return True
    return True


class Lease:
    """This process has the dataset (its index at index_path) open in the app."""

    def __init__(self, index_path: str | os.PathLike[str], command: str = "LabelBench (Review)") -> None:
        self.index_path = Path(index_path)
        self.path = lease_path(self.index_path)
        self.command = command
        self.started = time.time()
        self._fd: int | None = None

    def acquire(self) -> Lease:
        """Create the lease (one FileError line for a link or a special file in its place; a
        folder that cannot be written, e.g. a read-only dataset, is one too) and drop the leases
        of this host's processes that no longer exist."""
        from app.core.io.own_files import open_own

        _drop_dead(self.index_path)
        self._fd = open_own(self.path, "the app's lease file", os.O_WRONLY)
        self.refresh()
        return self

    def refresh(self) -> None:
        """Say again that the dataset is open (the file's mtime is what `others` reads)."""
        if self._fd is None:
            return
        data = (
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": _host(),
                    "command": self.command,
                    "started": self.started,
                    "refreshed": time.time(),
                }
            )
            .ljust(256)
            .encode()
        )
        try:
            os.pwrite(self._fd, data, 0)
            os.ftruncate(self._fd, len(data))
            os.utime(self._fd)
        except OSError:
            pass

    def release(self) -> None:
        """Remove the lease, when the file at its path is still ours."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            mine = os.fstat(fd)
            now = os.lstat(self.path)
            if (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino):
                os.unlink(self.path)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __enter__(self) -> Lease:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _leases(index_path: str | os.PathLike[str]) -> Iterator[tuple[Path, os.stat_result]]:
    """(path, lstat) of the regular lease files beside index_path."""
    index_path = Path(index_path)
    prefix = _prefix(index_path)
    try:
        entries = list(os.scandir(index_path.parent))
    except OSError:
        return
    for e in entries:
        if e.name.startswith(prefix) and e.name.endswith(_SUFFIX):
            try:
                st = os.lstat(e.path)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):  # a link or a special file is not a lease: never read
                yield Path(e.path), st


def _read(path: Path) -> dict[str, Any]:
    from app.core.io.own_files import read_own_text

    try:
        got = json.loads(read_own_text(path, "a lease file", 64 << 10) or "null")
    except (LabelBenchError, ValueError):
        got = None
    return got if isinstance(got, dict) else {}


def others(index_path: str | os.PathLike[str], ttl: float = TTL_S) -> list[dict[str, Any]]:
    """The live leases of other processes on the dataset whose index is index_path, oldest first:
    [{pid, host, command, started, refreshed}] (fields a damaged lease lacks are missing)."""
    out: list[dict[str, Any]] = []
    now = time.time()
    me = (os.getpid(), _host())
    for path, st in _leases(index_path):
        if now - st.st_mtime > ttl:
            continue
        info = _read(path)
        pid, host = info.get("pid"), info.get("host")
        if (pid, host) == me:
            continue
        if host == _host() and pid is not None and not alive_here(pid):
            continue
        out.append(info)
    return sorted(out, key=lambda d: d.get("started") or 0)


def _drop_dead(index_path: Path) -> None:
    """Remove the leases of this host's processes that no longer exist (a crashed app's)."""
    for path, _st in _leases(index_path):
        info = _read(path)
        if info.get("host") == _host() and info.get("pid") is not None and not alive_here(info["pid"]):
            try:
                os.unlink(path)
            except OSError:
                pass


def describe(leases: list[dict[str, Any]]) -> str:
    """'LabelBench (Review), pid 123 on host, open since 14:02' (and how many more)."""
    if not leases:
        return ""
    h = leases[0]
    since = time.strftime("%H:%M", time.localtime(h.get("started") or 0))
    where = f" on {h['host']}" if h.get("host") else ""
    more = f" and {len(leases) - 1} more" if len(leases) > 1 else ""
    return f"{h.get('command', 'LabelBench')}, pid {h.get('pid', '?')}{where}, open since {since}{more}"
