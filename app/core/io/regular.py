"""Read only regular files, with a size bound: a FIFO, a device, a socket or /proc/self/mem named
like a data file gives one clear FileError instead of a hang, an endless read or a wrong message.

    data = read_regular_bytes(path, max_bytes=64 << 20, what="label file")
    if not is_regular_file(path): ...
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import cast

from app.core.errors import FileError

_KIND = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def kind_of(mode: int) -> str:
    for test, name in _KIND:
        if test(mode):
            return name
    return "not a regular file"


def is_regular_file(path: str | os.PathLike[str]) -> bool:
    """True for a regular file (after symlinks); False for FIFOs, devices, folders, missing paths."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def open_regular(path: str | os.PathLike[str], error: type[FileError] = FileError) -> int:
    """An O_RDONLY descriptor of a regular file; never blocks on a FIFO (O_NONBLOCK on open)."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(path, "file not found") from None
    except IsADirectoryError:
        raise error(path, "is a folder, not a file") from None
    except PermissionError:
        raise error(path, "permission denied") from None
    except OSError as e:
        raise error(path, f"cannot open ({e.strerror or e})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise error(path, f"{kind_of(st.st_mode)}, not a regular file: not read")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular_bytes(
    path: str | os.PathLike[str], max_bytes: int | None = None, what: str = "file", error: type[FileError] = FileError
) -> bytes:
    """The whole content of a regular file, refusing files over max_bytes. A file whose size says
    0 but which reads data or fails (/proc files) is reported as what it is, not as empty."""
    path = Path(path)
    fd = open_regular(path, error)
    try:
        size = os.fstat(fd).st_size
        if max_bytes is not None and size > max_bytes:
            raise error(path, f"{what} too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
        limit = (max_bytes if max_bytes is not None else size) + 1
        chunks: list[bytes] = []
        got = 0
        while True:
            try:
                b = os.read(fd, min(1 << 20, max(limit - got, 1)) if size else 1 << 16)
            except OSError as e:
                raise error(path, f"cannot read ({e.strerror or e})") from None
            if not b:
                break
            chunks.append(b)
            got += len(b)
            if max_bytes is not None and got > max_bytes:
                raise error(path, f"{what} too large (more than {max_bytes / 1e6:.0f} MB)")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_regular_text(
    path: str | os.PathLike[str],
    max_bytes: int | None = None,
    what: str = "file",
    error: type[FileError] = FileError,
    encoding: str = "utf-8",
) -> str:
    data = read_regular_bytes(path, max_bytes, what, error)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        # FileError is annotated str | Path but takes any os.PathLike (it calls Path() on it)
        raise error(cast("str | Path", path), f"not a text file (not {encoding.upper()})", line) from None
