"""Run a Ray test's driver in a child process with a timeout.

The driver is the process that calls `ray.init` and the Ray engine. Inside the pytest process, a
lost cluster (a GCS that went away, a hung `ray.init`) takes the whole session down with it; in a
child it fails one test, with the driver's output and the cluster's logs in the message.

    r = drive(autolabel, src, MODEL, options, timeout=150, cluster=cluster)

`fn` must be importable by name in the child (a module-level function of an app module or of the
test module itself); its arguments and result are pickled. An exception it raises is raised here
again (pytest.raises works as usual), its traceback in the child attached as a note. The child runs
in a process group of its own, killed as a whole on timeout (with any Ray processes it started).
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

import pytest

from tests.support.paths import ROOT

LOG_TAIL = 4000


def _tail(path: Path, chars: int = LOG_TAIL) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - chars))
            return f.read().decode("utf-8", "replace")
    except OSError as e:
        return f"({path}: {e.strerror})"


def drive(fn, *args, timeout: float = 150, cluster=None, env: dict | None = None, **kwargs):
    """fn(*args, **kwargs) in a fresh Python process with os.environ (plus the cluster's and `env`);
    its result, or its exception raised here; a timeout or a crash fails the test with the logs."""
    with tempfile.TemporaryDirectory(prefix="raydrv") as d:
        d = Path(d)
        (d / "call.pkl").write_bytes(pickle.dumps((fn, args, kwargs)))
        full = dict(os.environ, PYTHONPATH=str(ROOT), **(cluster.env if cluster is not None else {}), **(env or {}))
        with open(d / "driver.log", "wb") as log:
            p = subprocess.Popen(
                [sys.executable, "-m", "tests.support.ray_driver", str(d)],
                cwd=ROOT,
                env=full,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            timed_out = False
            try:
                p.wait(timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                _kill_group(p)
        name = getattr(fn, "__qualname__", repr(fn))
        if not (d / "result.pkl").exists():
            why = (
                f"did not end within {timeout:.0f} s"
                if timed_out
                else f"ended with exit code {p.returncode} and no result"
            )
            logs = f"--- driver output (last {LOG_TAIL} characters) ---\n{_tail(d / 'driver.log')}"
            if cluster is not None:
                logs += "\n" + cluster.logs()
            pytest.fail(f"Ray driver {name} {why}\n{logs}", pytrace=False)
        ok, value, child_tb = pickle.loads((d / "result.pkl").read_bytes())
    if ok:
        return value
    value.add_note(f"(raised in the Ray driver process, {name}):\n{child_tb}")
    raise value


def _kill_group(p: subprocess.Popen) -> None:
    try:
        os.killpg(p.pid, signal.SIGKILL)  # the driver and whatever it started (a private Ray instance)
    except ProcessLookupError:
        pass
    p.wait()


def _main(folder: str) -> int:
    d = Path(folder)
    fn, args, kwargs = pickle.loads((d / "call.pkl").read_bytes())
    try:
        result = (True, fn(*args, **kwargs), "")
    except BaseException as e:
        tb = traceback.format_exc()
        try:
            pickle.dumps(e)
        except Exception:
            e = RuntimeError(f"{type(e).__name__}: {e}")
        result = (False, e, tb)
    tmp = d / "result.pkl.tmp"
    tmp.write_bytes(pickle.dumps(result))
    os.replace(tmp, d / "result.pkl")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # no interpreter teardown: Ray's atexit hooks have nothing left to do for a test


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1]))
