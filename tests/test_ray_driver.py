"""tests.support.ray_driver, the child process every Ray test's driver runs in: its result comes back,
its exception is raised in the test, and a driver that hangs or dies fails the test with its output
(the rest of the session goes on)."""

from __future__ import annotations

import os
import time

import pytest

from app.core.dataset.lock import DatasetBusyError
from tests.support.ray_driver import drive


def _answer(x, *, y):
    print("driver says hello")
    return {"sum": x + y, "pid": os.getpid()}


def _refuse():
    raise DatasetBusyError("/data: another LabelBench run is writing it")


def _hang():
    print("connecting to the cluster…", flush=True)
    time.sleep(60)


def _die():
    print("about to go", flush=True)
    os._exit(3)


def test_result_comes_back_from_another_process():
    r = drive(_answer, 2, y=3, timeout=60)
    assert r["sum"] == 5 and r["pid"] != os.getpid()


def test_exception_is_raised_in_the_test_with_the_drivers_traceback():
    with pytest.raises(DatasetBusyError, match="another LabelBench run") as e:
        drive(_refuse, timeout=60)
    assert any("_refuse" in note and "Traceback" in note for note in e.value.__notes__)


@pytest.mark.parametrize("fn, says", [(_hang, "did not end within 2 s"), (_die, "ended with exit code 3")])
def test_a_hung_or_dead_driver_fails_the_test_with_its_output(fn, says):
    t = time.monotonic()
    with pytest.raises(pytest.fail.Exception) as e:
        drive(fn, timeout=2)
    assert time.monotonic() - t < 30
    assert says in str(e.value) and ("connecting to the cluster…" in str(e.value) or "about to go" in str(e.value))
