"""The audit's scoring beside its first look: a second process, at idle priority, scores each
image as the engine records its predictions and cuts its crops for the second look, so that
when the model has seen the last image only the tail of that work is left.

Why a process: scoring is Python, and in the engine's process it would hold the interpreter
lock the engine's own threads need (scoring on the engine's writer thread was tried, and the
first look slowed by about what it saved). Why idle priority: the first look keeps both cores
about 88 % busy (10,000 images: 56.9 CPU seconds in 32.4 s on 2 cores); scoring and cutting,
7.7 CPU seconds, fit in the rest and must not take from the engine. On Linux the process runs
under SCHED_IDLE, elsewhere at the lowest nice level; it says how far it got every BEAT seconds,
and one that makes no progress for STALL seconds once the first look is done (a machine busy
with other work can starve it) is stopped and its work done in the caller's process.

The process is `python -m app.core.audit.background` (not multiprocessing: that would import
the caller's main script again), talking pickles over its stdin and a copy of its stdout (its
own stdout goes to stderr, so a stray print cannot break the stream); only this parent writes
to it. If it fails, the caller scores in its own process instead (app.core.audit.run).

    bg = BackgroundScorer(names, params, dismissed, cut_args, task)   # cut_args: SecondLook.cutter_args()
    bg.add(rows, ident)            # rows: (rel, label path, cls, xywhn, conf[, shapes]); never blocks
    audits, warnings, todo, crops = bg.finish(state.check)     # BackgroundFailed if it died
    bg.close()                     # always: stops the process if it still runs
"""

from __future__ import annotations

import os
import pickle
import queue
import shutil
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from typing import IO, TYPE_CHECKING, Any, cast

from app.core.audit.score import AuditParams

if TYPE_CHECKING:
    from app.core.audit.scorer import Row, Scored
    from app.core.audit.zoom import CutArgs

MIN_IMAGES = 1000  # below this, starting a process does not pay: the scoring runs after the first look
BEAT = 0.25  # seconds between the process's progress messages while it works
STALL = 5.0  # once the first look is done, this long without progress: the process is starved


# what the two processes send each other: these classes, numpy arrays and plain containers. The
# stream is a private pipe between this process and its own child, but it is read as untrusted
# all the same: anything else named in it (os.system, ...) is refused, not called.
_ALLOWED = {
    ("app.core.audit.findings", "ImageAudit"),
    ("app.core.audit.findings", "Finding"),
    ("app.core.audit.score", "AuditParams"),
    ("numpy", "dtype"),
    ("numpy", "ndarray"),
    ("numpy._core.numeric", "_frombuffer"),
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "scalar"),
    ("numpy.core.numeric", "_frombuffer"),
    ("numpy.core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "scalar"),
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"the audit scorer's stream names {module}.{name}: refused")
        return super().find_class(module, name)


def load(stream: IO[bytes]) -> Any:
    """One message of the stream (the classes in _ALLOWED and plain data only)."""
    return _Unpickler(stream).load()


class BackgroundFailed(RuntimeError):
    """The background scorer stopped without a result."""


def _lower_priority() -> None:
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        try:
            os.nice(19)
        except (AttributeError, OSError):
            pass


def _serve(inp: IO[bytes], out: IO[bytes], folder: str | None = None) -> None:
    """The process: a config message, then row batches until None; writes ("progress", images
    scored) every BEAT seconds while it works, then ("ok", Scorer.finish()) or ("error", text).
    If its input ends before None, the parent is gone (killed): it removes `folder`, the second
    look's temporary folder, and ends."""
    from app.core.audit.scorer import Scorer
    from app.core.audit.zoom import CropCutter

    _lower_priority()
    scorer: Scorer | None = None
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        if now - last[0] >= BEAT:
            last[0] = now
            assert scorer is not None
            pickle.dump(("progress", len(scorer.audits)), out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()

    try:
        names, params, dismissed, cut_args, *task = load(inp)
        cutter = CropCutter(*cut_args) if cut_args else None
        scorer = Scorer(names, params, dismissed, cutter, eager=True, task=task[0] if task else None)
        while True:
            msg = load(inp)
            if msg is None:
                break
            scorer.add(msg[1], msg[0], beat)
        result: tuple[str, object] = ("ok", scorer.finish())
    except EOFError:  # the parent is gone (killed) before saying it was done: leave nothing behind
        if scorer is not None:
            scorer.close()
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
        return
    except BaseException:
        result = ("error", traceback.format_exc())
    finally:
        if scorer is not None:
            scorer.close()
    pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


class BackgroundScorer:
    def __init__(
        self,
        names: Iterable[str],
        params: AuditParams,
        dismissed: dict[str, set[str]],
        cut_args: CutArgs | None,
        task: str | None = None,
    ) -> None:
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app.core.audit.background", *([cut_args[0]] if cut_args else [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        self.sent: set[str] = set()
        self._q: queue.Queue[tuple[Any, ...] | None] = queue.Queue()  # the config, then (ident, rows) until None
        self._result: tuple[str, Any] | None = None  # ("ok", Scorer.finish()'s) or ("error", text), unpickled
        self._done = threading.Event()
        self.scored = 0  # images the process has scored, from its progress messages
        self._beat = time.monotonic()
        self._q.put((list(names), params, dismissed, cut_args, task))
        self._writer = threading.Thread(target=self._write, name="audit-scorer-feed", daemon=True)
        self._reader = threading.Thread(target=self._read, name="audit-scorer-result", daemon=True)
        self._writer.start()
        self._reader.start()

    def _write(self) -> None:
        try:
            while True:
                msg = self._q.get()
                stdin = self.proc.stdin
                assert stdin is not None  # started with stdin=PIPE
                pickle.dump(msg, stdin, protocol=pickle.HIGHEST_PROTOCOL)
                stdin.flush()
                if msg is None:
                    stdin.close()
                    return
        except (OSError, ValueError):  # the process is gone: finish() says so
            return

    def _read(self) -> None:
        try:
            while True:
                kind, value = load(cast("IO[bytes]", self.proc.stdout))  # started with stdout=PIPE
                if kind != "progress":
                    self._result = (kind, value)
                    break
                self.scored, self._beat = value, time.monotonic()
        except Exception:
            self._result = None
        self._done.set()

    def add(self, rows: Iterable[Row], ident: str) -> None:
        """Queue rows for scoring (a thread of this object writes them to the process)."""
        rows = list(rows)
        self._q.put((ident, rows))
        self.sent.update(r[0] for r in rows)

    def finish(
        self, check: Callable[[], None] = lambda: None, progress: Callable[[int, int], None] = lambda scored, sent: None
    ) -> Scored:
        """The process's result, once it has scored everything sent (check() between waits:
        raises to cancel; progress(scored, sent) as it goes); BackgroundFailed when it stopped
        without one, or made no progress for STALL seconds (a machine busy with other work
        starves an idle-priority process: the caller then scores in its own process)."""
        self._q.put(None)
        self._beat = max(self._beat, time.monotonic())
        while True:
            check()
            if self._done.wait(0.1):
                break
            progress(self.scored, len(self.sent))
            if time.monotonic() - self._beat > STALL:
                self.proc.kill()
                raise BackgroundFailed(
                    f"the audit's background scorer made no progress for {STALL:.0f} s "
                    f"({self.scored} of {len(self.sent)} images scored; the machine is busy)"
                )
        if self._result is None:
            self.proc.wait()
            raise BackgroundFailed(f"the audit's background scorer stopped (exit code {self.proc.returncode})")
        kind, value = self._result
        if kind == "error":
            raise BackgroundFailed(f"the audit's background scorer failed: {value.strip().splitlines()[-1]}")
        return cast("Scored", value)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                if f is not None:
                    f.close()
            except (OSError, ValueError):
                pass


def _main() -> None:
    out = os.fdopen(os.dup(1), "wb")  # the result stream; stdout itself goes to stderr
    os.dup2(2, 1)
    _serve(sys.stdin.buffer, out, sys.argv[1] if len(sys.argv) > 1 else None)


if __name__ == "__main__":
    _main()
