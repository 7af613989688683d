"""Typed errors a user can cause. The CLI prints them as one line; the GUI shows them in a dialog."""
from __future__ import annotations

from pathlib import Path


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
        from app.core.io.own_files import shown  # a name with escape sequences prints escaped
        self.path = Path(path)
        self.reason = reason
        self.line = line
        where = f"{shown(self.path)}:{line}" if line is not None else shown(self.path)
        super().__init__(f"{where}: {reason}")


class ImageReadError(FileError):
    """An image file that cannot be read: empty, truncated, not an image, undecodable, too large."""


class LabelFormatError(FileError):
    """A malformed label file (wrong column count, not numbers, out of range, unknown class)."""

    exit_code = 2
