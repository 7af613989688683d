"""Typed errors a user can cause. The CLI prints them as one line; the GUI shows them in a dialog."""

from __future__ import annotations

import os
from pathlib import Path


def shown(text: str | bytes | os.PathLike[str] | object) -> str:
    """`text` (a str, a path or bytes) as printed to a person: control characters, DEL, C1
    controls and undecodable bytes (os.fsdecode's surrogate escapes) written as Python escapes, so
    a file name holding terminal escape sequences prints as `\\x1b[2J` and never acts on the
    terminal; everything else as is."""
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    text = str(os.fspath(text)) if isinstance(text, os.PathLike) else str(text)
    if text.isprintable() and not any(0xDC80 <= ord(c) <= 0xDCFF for c in text):
        return text
    out = []
    for c in text:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:  # a byte that is not UTF-8
            out.append(f"\\x{o - 0xDC00:02x}")
        elif c.isprintable():
            out.append(c)
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)


class LabelBenchError(Exception):
    """Base for every error caused by user input (files, options), never by a bug."""

    exit_code = 1


class UsageError(LabelBenchError):
    """Bad command-line usage or option values."""

    exit_code = 2


class ModelLoadError(LabelBenchError):
    """A model file that cannot be loaded at all (not a checkpoint, wrong task, corrupt)."""


class FileError(LabelBenchError):
    """A problem with one file, optionally at one line."""

    def __init__(self, path: str | Path, reason: str, line: int | None = None):
        self.path = Path(path)
        self.reason = reason
        self.line = line
        # a name with escape sequences prints escaped
        where = f"{shown(self.path)}:{line}" if line is not None else shown(self.path)
        super().__init__(f"{where}: {reason}")


class ImageReadError(FileError):
    """An image file that cannot be read: empty, truncated, not an image, undecodable, too large."""


class LabelFormatError(FileError):
    """A malformed label file (wrong column count, not numbers, out of range, unknown class)."""

    exit_code = 2
