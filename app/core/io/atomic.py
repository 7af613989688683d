"""Atomic file writes: temp file in the same folder, fsync, os.replace. Readers never see half a file.

The target is replaced, never followed: a symbolic link in its place is replaced by the new
regular file (the file it pointed to is not touched, and its mode is not taken over).
Modes: a file that already exists keeps its mode; a new file gets 0666 & ~umask, as a plain
open() would (mkstemp's 0600 made labels, pipelines and scripts unreadable to other users).
The temp name stays short (a 250-byte target name must still leave room under NAME_MAX = 255).
"""

from __future__ import annotations

import os
import secrets
import stat
import threading
from pathlib import Path

_umask_lock = threading.Lock()
_NAME_MAX = 255


def current_umask() -> int:
    """The process umask: from /proc (no side effect) or, elsewhere, set-and-restore under a lock."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _temp_name(target: str) -> str:
    """'.<target>.<random>.tmp', with the target part cut so the whole stays under 255 bytes."""
    tail = f".{secrets.token_hex(4)}.tmp"
    head = ("." + target).encode("utf-8")
    room = _NAME_MAX - len(tail)
    if len(head) > room:
        head = head[:room].decode("utf-8", "ignore").encode("utf-8")
    return head.decode("utf-8") + tail


def _open_temp(folder: Path, target: str) -> tuple[int, Path]:
    for _ in range(100):
        tmp = folder / _temp_name(target)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        except FileExistsError:
            continue
        return fd, tmp
    raise FileExistsError(f"{folder}: no free temporary name")


class PreparedWrite:
    """The first half of an atomic write: the new content complete in a temp file beside the
    target (fsynced, its mode set), not in place yet. `identity` is what the target will be once
    `commit()` renames it there (inode, size, mtime_ns: a rename keeps them); `discard()` drops it.
    Lets a caller check, at the last moment, that the target may still be replaced (issue 29)."""

    def __init__(self, path: Path, tmp: Path, identity: tuple[int, int, int]):
        self.path, self.tmp, self.identity = path, tmp, identity
        self.done = False

    def commit(self) -> None:
        os.replace(self.tmp, self.path)
        self.done = True

    def discard(self) -> None:
        if not self.done:
            self.done = True
            try:
                os.unlink(self.tmp)
            except FileNotFoundError:
                pass


def prepare_write(path: str | os.PathLike[str], data: bytes) -> PreparedWrite:
    """Write `data` to a temp file beside `path` (see PreparedWrite); nothing is replaced yet."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        old = os.lstat(path)
        mode = stat.S_IMODE(old.st_mode) if stat.S_ISREG(old.st_mode) else None
    except OSError:
        mode = None
    if mode is None:
        mode = 0o666 & ~current_umask()
    fd, tmp = _open_temp(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fchmod(f.fileno(), mode)
            os.fsync(f.fileno())
            st = os.fstat(f.fileno())
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return PreparedWrite(path, tmp, (st.st_ino, st.st_size, st.st_mtime_ns))


def sweep_temps(folder: str | os.PathLike[str], target: str) -> int:
    """Remove the temp files a killed atomic write of `folder/target` left ('.<target>.<8 hex>.tmp',
    regular files only, links never followed). Only for a caller that holds the folder's writer
    lock: another writer's temp would be taken from under it. Returns how many were removed."""
    head = _temp_name(target)[: -len(".00000000.tmp")]
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for e in entries:
        name = e.name
        if not (name.startswith(head) and name.endswith(".tmp") and len(name) == len(head) + 13):
            continue
        if not all(c in "0123456789abcdef" for c in name[len(head) + 1 : -4]):
            continue
        try:
            if e.is_file(follow_symlinks=False):
                os.unlink(e.path)
                removed += 1
        except OSError:
            pass
    return removed


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    w = prepare_write(path, data)
    try:
        w.commit()
    except BaseException:
        w.discard()
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))
