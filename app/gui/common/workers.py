"""Run core jobs off the GUI thread: progress, cancel, errors that never vanish.

* JobRunner runs a plain `fn(state)` core job in a `threading.Thread`; its JobState emits Qt signals,
  delivered in the GUI thread. Whether a job is busy is GUI-thread state: set by start(), cleared
  when its result (finished, failed or cancelled) is delivered, never read off the thread, which
  may still be in its last lines after the result arrived (a pane that re-enables its button on
  `finished` must accept the next click at once, on a loaded machine too).
* LatestRunner runs `fn(request)` for the most recent request only ("latest value wins"):
  requests arriving while one computes replace each other, so dragging never queues work,
  and a generation counter drops any stale result. Its thread starts with the first request: a
  window holds about ten of them, most of which a session never asks anything (the window
  starts and closes without starting, then waking and joining, their threads).
All threads are tracked and stopped (cancel + wait) by shutdown_all() at exit.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QObject, pyqtSignal

from app.core.errors import LabelBenchError
from app.core.jobs import Cancelled, JobState

_LIVE: set[QObject] = set()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, LabelBenchError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class _SignalState(JobState):
    def __init__(self, runner: JobRunner):
        super().__init__(
            on_progress=lambda d, t, m: runner.progress.emit(d, t, m), on_error=lambda p, r: runner.itemError.emit(p, r)
        )


class JobRunner(QObject):
    """Run `fn(state)` in a worker thread. Connect the signals, then call start()."""

    progress = pyqtSignal(int, int, str)
    itemError = pyqtSignal(str, str)  # per-item problem (path, reason); the job goes on
    finished = pyqtSignal(object)  # fn's return value
    failed = pyqtSignal(str)  # the job stopped with an exception (message; traceback logged)
    cancelled = pyqtSignal()
    ended = pyqtSignal()  # after finished, failed or cancelled: the thread is done

    def __init__(self, fn: Callable[[JobState], Any], parent=None):
        super().__init__(parent)
        self._fn = fn
        self.state = _SignalState(self)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._busy = False
        # connected first, so cleared before any slot of the caller sees the result (this object
        # lives in the GUI thread: the worker's emits are queued to it)
        for signal in (self.finished, self.failed, self.cancelled):
            signal.connect(self._delivered)

    def start(self) -> None:
        self._busy = True
        _LIVE.add(self)
        self._thread.start()

    def _delivered(self, *_) -> None:
        self._busy = False

    def _run(self) -> None:
        try:
            result = self._fn(self.state)
        except Cancelled:
            self.cancelled.emit()
        except BaseException as e:
            if not isinstance(e, LabelBenchError):  # a LabelBenchError is one line for the user
                traceback.print_exc()
            self.failed.emit(_describe(e))
        else:
            if self.state.cancelled:
                self.cancelled.emit()
            else:
                self.finished.emit(result)
        finally:
            _LIVE.discard(self)
            self.ended.emit()

    def cancel(self) -> None:
        self.state.cancel()

    def pause(self) -> None:
        self.state.pause()

    def resume(self) -> None:
        self.state.resume()

    @property
    def busy(self) -> bool:
        """Started and its result not delivered yet (GUI-thread state; see the module's docstring)."""
        return self._busy

    def wait(self, timeout: float | None = None) -> bool:
        """Join the thread (cancel first to stop a job early): True when it has ended."""
        self._thread.join(timeout)
        return not self._thread.is_alive()


class LatestRunner(QObject):
    """Compute fn(request) in one background thread; only the newest pending request runs."""

    resultReady = pyqtSignal(object, object)  # request, result
    failed = pyqtSignal(object, str)  # request, message

    def __init__(self, fn: Callable[[Any], Any], parent=None):
        super().__init__(parent)
        self._fn = fn
        self._cv = threading.Condition()
        self._pending: Any = None
        self._has_pending = False
        self._stop = False
        self.generation = 0  # bumped per request; results of older requests are dropped
        self.computed = 0  # how many requests were actually computed (tests, benches)
        self._thread = threading.Thread(target=self._loop, daemon=True)  # started by the first request
        _LIVE.add(self)

    def request(self, req: Any) -> None:
        with self._cv:
            self.generation += 1
            self._pending = (self.generation, req)
            self._has_pending = True
            self._cv.notify()
            if self._thread.ident is None and not self._stop:  # the first request
                self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._cv:
                while not self._has_pending and not self._stop:
                    self._cv.wait()
                if self._stop:
                    return
                gen, req = self._pending
                self._has_pending = False
            try:
                result = self._fn(req)
            except BaseException as e:
                if gen == self.generation and not self._deliver("failed", req, _describe(e)):
                    return
                continue
            self.computed += 1
            if gen == self.generation and not self._deliver("resultReady", req, result):  # stale: dropped
                return

    def _deliver(self, signal: str, *args) -> bool:
        """Emit unless the owner (and with it this QObject) was deleted while computing: then there
        is no one to deliver to and the thread ends quietly. False when the loop must end."""
        try:
            getattr(self, signal).emit(*args)
        except RuntimeError:  # "wrapped C/C++ object ... has been deleted"
            _LIVE.discard(self)
            return False
        return True

    def stop(self) -> None:
        with self._cv:
            self._stop = True
            self._cv.notify()
            started = self._thread.ident is not None
        if started:
            self._thread.join(2.0)
        _LIVE.discard(self)


def shutdown_all(timeout: float = 3.0) -> None:
    """Cancel and join every live worker (called when the main window closes)."""
    for w in list(_LIVE):
        if isinstance(w, JobRunner):
            w.cancel()
            w.wait(timeout)
        elif isinstance(w, LatestRunner):
            w.stop()
