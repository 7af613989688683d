"""The one rule for where LabelBench writes (issue 22): only inside the dataset's own folders, the
chosen output folder and the user's cache, and never through a link that leads elsewhere.

* Our own files (the dataset index and its -wal/-shm/-journal files, the writer lock, the
  auto-label journal, `.labelbench/.gitignore`) are created and opened only as regular files:
  `open_own` / `create_own` / `read_own_text` use O_NOFOLLOW (and O_NONBLOCK, so a FIFO never
  blocks), and `refuse_unless_regular` turns a symbolic link, FIFO, device or folder in their
  place into one FileError line before anything is touched.
* A folder we write into (`.labelbench/`, a label folder) must lead where its path says:
  `check_inside` compares realpaths (a `.labelbench` or `labels` symlink to another place is refused).
* Paths read from the dataset index are data, not paths to act on: `is_safe_rel` / `check_rel`
  (relative, no `..`, no NUL) before any file operation.
* Names are shown escaped (`shown`, from app.core.errors): a file name holding terminal escape
  sequences or bytes that are not UTF-8 prints as `\\x1b[2J` or `\\xff`, never raw.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.core.errors import FileError
from app.core.errors import shown as shown  # re-exported: callers import it from here
from app.core.io.regular import kind_of

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


# ---------------------------------------------------------------- paths read from the index
def is_safe_rel(rel: object) -> bool:
    """True for a relative posix path below its root: not empty, not absolute, no '..' part, no NUL."""
    rel = str(rel)
    if not rel or rel.startswith("/") or "\0" in rel:
        return False
    return ".." not in rel.split("/")


def check_rel(rel: object, root: str | os.PathLike[str]) -> str:
    """rel itself when is_safe_rel(rel); FileError otherwise (nothing may be done with it)."""
    if not is_safe_rel(rel):
        raise FileError(
            Path(root), f"the dataset index names {shown(rel)!r}, which is not a path inside the dataset; ignored"
        )
    return str(rel)


# ---------------------------------------------------------------- folders we write into
def is_inside(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> bool:
    """True when path, all links resolved, is root (resolved) or below it."""
    real, base = os.path.realpath(path), os.path.realpath(root)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def check_inside(path: str | Path, root: str | os.PathLike[str], what: str = "folder") -> None:
    """FileError when path leads (through a symbolic link) outside root."""
    if not is_inside(path, root):
        raise FileError(
            path,
            f"{what} leads outside {shown(root)} (to {shown(os.path.realpath(path))}); "
            "LabelBench writes only inside the dataset's own folders: remove the link "
            "and run again; nothing was changed",
        )


# ---------------------------------------------------------------- our own files
def _refusal(path: str | Path, what: str, mode: int) -> FileError:
    if stat.S_ISLNK(mode):
        try:
            to = f" (to {shown(os.readlink(path))})"
        except OSError:
            to = ""
        return FileError(
            path,
            f"{what} is a symbolic link{to}; LabelBench keeps its own files only as "
            "regular files: remove the link and run again; nothing was changed",
        )
    return FileError(
        path,
        f"{what} is {kind_of(mode)}, not a regular file; LabelBench keeps its own files "
        "only as regular files: remove it and run again; nothing was changed",
    )


def refuse_unless_regular(path: str | Path, what: str = "LabelBench file") -> None:
    """Nothing (missing or a regular file) or FileError (a symlink, FIFO, device, socket, folder)."""
    try:
        st = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return  # not there (its folder may be a file: then nothing can be made there either)
    except OSError as e:
        raise FileError(path, f"{what}: cannot read ({e.strerror or e})") from None
    if not stat.S_ISREG(st.st_mode):
        raise _refusal(path, what, st.st_mode)


def open_own(path: str | Path, what: str = "LabelBench file", flags: int = os.O_RDWR, create: bool = True) -> int:
    """A blocking descriptor of our own regular file `path`, created (mode 0666 & ~umask, as a plain
    open() gives) when missing; never through a symlink, never blocking on a FIFO."""
    fl = flags | _NOFOLLOW | os.O_NONBLOCK | _CLOEXEC | (os.O_CREAT if create else 0)
    try:
        fd = os.open(path, fl, 0o666)
    except OSError as e:
        try:
            st = os.lstat(path)
        except OSError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise _refusal(path, what, st.st_mode) from None
        if isinstance(e, FileNotFoundError) and not create:
            raise
        raise FileError(path, f"{what}: cannot open ({e.strerror or e})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _refusal(path, what, st.st_mode)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_own_text(path: str | Path, what: str = "LabelBench file", max_bytes: int = 64 << 20) -> str | None:
    """The text of our own regular file, None when it does not exist; FileError for a link, a
    special file, one over max_bytes or one that is not UTF-8."""
    try:
        fd = open_own(path, what, os.O_RDONLY, create=False)
    except FileNotFoundError:
        return None
    try:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise FileError(path, f"{what} too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
        chunks: list[bytes] = []
        got = 0
        while got <= max_bytes:
            b = os.read(fd, 1 << 20)
            if not b:
                break
            chunks.append(b)
            got += len(b)
        if got > max_bytes:
            raise FileError(path, f"{what} too large (more than {max_bytes / 1e6:.0f} MB)")
    finally:
        os.close(fd)
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError:
        raise FileError(path, f"{what} is not a text file (not UTF-8)") from None


def create_own(path: str | Path, data: bytes, what: str = "LabelBench file") -> None:
    """Create our own file with `data` unless it exists (an existing regular file is left as it
    is; anything else in its place is refused)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
    except FileExistsError:
        refuse_unless_regular(path, what)
        return
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
