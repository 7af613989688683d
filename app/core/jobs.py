"""Progress / cancel / pause object handed to every long job.

A long job is a plain function `run(..., state: JobState)`; it calls `state.progress(done, total)`
and `state.check()` (raises Cancelled, blocks while paused). Headless tests pass a JobState;
the GUI passes a subclass whose callbacks emit Qt signals from the worker thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside a job by JobState.check() after cancel()."""


class JobState:
    def __init__(
        self,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
    ):
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._on_progress = on_progress
        self._on_error = on_error
        self.done = 0
        self.total = 0
        self.message = ""
        self.errors: list[tuple[str, str]] = []
        self.started = time.monotonic()

    # --- called by the controller (GUI thread, signal handler, test) ---
    def cancel(self) -> None:
        self._cancel.set()
        self._running.set()  # a paused job must wake up to see the cancel

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    # --- called by the job ---
    def check(self) -> None:
        """Raise Cancelled if cancelled; block while paused."""
        if not self._running.is_set():
            self._running.wait()
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, message: str = "") -> None:
        self.done, self.total, self.message = done, total, message
        if self._on_progress is not None:
            self._on_progress(done, total, message)

    def error(self, path: str, reason: str) -> None:
        self.errors.append((str(path), reason))
        if self._on_error is not None:
            self._on_error(str(path), reason)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started
