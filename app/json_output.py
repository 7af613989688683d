"""`--json` output: stdout carries exactly one JSON document.

While a command runs with --json, file descriptor 1 points at stderr, so whatever else writes to
stdout (Ultralytics' first-run settings banner, a library's print, a child process) lands on
stderr; `emit(doc)` writes the document to the real stdout.

    with only_json_on_stdout():
        ...; emit(report)
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

_stream: TextIO | None = None


def emit(doc: object, **dumps_kw: Any) -> None:
    s = _stream if _stream is not None else sys.stdout
    s.write(json.dumps(doc, **dumps_kw) + "\n")
    s.flush()


@contextlib.contextmanager
def only_json_on_stdout() -> Iterator[None]:
    global _stream
    try:
        fd = sys.stdout.fileno()
        sys.stderr.fileno()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        fd = None
    if fd is None:  # stdout is not a file (captured in-process): redirect at the Python level
        _stream = sys.stdout
        try:
            with contextlib.redirect_stdout(sys.stderr):
                yield
        finally:
            _stream = None
        return
    sys.stdout.flush()
    saved = os.dup(fd)
    os.dup2(sys.stderr.fileno(), fd)
    _stream = os.fdopen(os.dup(saved), "w", encoding="utf-8")
    try:
        yield
    finally:
        try:
            _stream.flush()
            _stream.close()
        except OSError:
            pass
        _stream = None
        sys.stdout.flush()
        os.dup2(saved, fd)
        os.close(saved)
