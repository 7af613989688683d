"""The one way to run background work (app.gui.common.workers): JobRunner and LatestRunner,
driven directly with real threads and a real Qt event loop."""

from __future__ import annotations

import threading

import pytest
from PyQt6.QtWidgets import QApplication

from app.core.errors import LabelBenchError
from app.core.jobs import JobState
from app.gui.common import workers
from app.gui.common.workers import JobRunner, LatestRunner, shutdown_all
from tests.support.qt import blocked_in, latest_busy, linger_after_result


def _record(signal) -> list:
    got: list = []
    signal.connect(lambda *a: got.append(a))
    return got


def test_latest_runner_drops_stale_results(qtbot):
    release = threading.Event()
    started = threading.Event()

    def fn(req):
        if req == 1:
            started.set()
            assert release.wait(10)
        return req * 10

    r = LatestRunner(fn)
    try:
        results = _record(r.resultReady)
        r.request(1)
        assert started.wait(10)
        for req in (2, 3, 4):  # arrive while 1 computes: each replaces the one before
            r.request(req)
        release.set()
        qtbot.waitUntil(lambda: bool(results), timeout=5000)
        qtbot.waitUntil(lambda: not latest_busy(r), timeout=5000)  # nothing more it could deliver ...
        QApplication.processEvents()  # ... and what it did, delivered
        assert results == [(4, 40)]  # 1's result is stale (dropped), 2 and 3 never ran
        assert r.computed == 2 and r.generation == 4
    finally:
        r.stop()


def test_latest_runner_delivers_the_error_of_the_newest_request(qtbot):
    def fn(req):
        if req == "bad":
            raise LabelBenchError("pic.png: cannot decode")
        return req

    r = LatestRunner(fn)
    try:
        failed, results = _record(r.failed), _record(r.resultReady)
        r.request("bad")
        qtbot.waitUntil(lambda: bool(failed), timeout=5000)
        assert failed == [("bad", "pic.png: cannot decode")] and not results
        r.request("good")
        qtbot.waitUntil(lambda: bool(results), timeout=5000)
        assert results == [("good", "good")]
    finally:
        r.stop()


def test_job_runner_progress_item_errors_and_result(qtbot):
    def job(state):
        for i in range(3):
            state.check()
            if i == 1:
                state.error("b.jpg", "truncated file")
            state.progress(i + 1, 3, f"img{i}")
        return {"done": 3}

    r = JobRunner(job)
    progress, items, ended = _record(r.progress), _record(r.itemError), _record(r.ended)
    with qtbot.waitSignal(r.finished, timeout=5000) as blocker:
        r.start()
    assert blocker.args == [{"done": 3}]
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert progress == [(1, 3, "img0"), (2, 3, "img1"), (3, 3, "img2")]
    assert items == [("b.jpg", "truncated file")]
    assert r.wait(1) and not r.busy


def test_job_runner_cancel_stops_the_job_and_says_so(qtbot):
    looping = threading.Event()
    steps = []

    def job(state):
        while True:
            looping.set()
            state.check()
            steps.append(1)
            threading.Event().wait(0.005)

    r = JobRunner(job)
    finished, failed, ended = _record(r.finished), _record(r.failed), _record(r.ended)
    r.start()
    assert looping.wait(5)
    with qtbot.waitSignal(r.cancelled, timeout=5000):
        r.cancel()
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert not finished and not failed and r.wait(1)
    n = len(steps)
    qtbot.wait(50)
    assert len(steps) == n  # nothing runs after the cancel


def test_job_runner_pause_blocks_until_resumed(qtbot):
    gate = threading.Event()

    def job(state):
        assert gate.wait(5)
        state.check()  # blocks while paused
        return "resumed"

    r = JobRunner(job)
    finished = _record(r.finished)
    r.start()
    r.pause()
    gate.set()
    qtbot.waitUntil(lambda: blocked_in(r._thread, JobState.check), timeout=5000)  # held there, not passing
    QApplication.processEvents()
    assert not finished and r.busy and r.state.paused
    r.resume()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert finished == [("resumed",)]


def test_job_runner_busy_is_cleared_when_the_result_arrives_not_when_the_thread_ends(qtbot, monkeypatch):
    """The thread lingers 0.5 s after its result (a loaded machine): busy is already False in the
    first slot that sees the result, so a pane re-enabling its button there accepts the next click."""
    linger_after_result(monkeypatch)
    jobs: list[JobRunner] = []
    seen: list = []

    def click() -> None:  # what every pane's button does: start unless the last job is busy
        if jobs and jobs[-1].busy:
            return
        r = JobRunner(lambda state: len(jobs))
        r.finished.connect(lambda n: seen.append((n, r.busy, r._thread.is_alive())))
        r.failed.connect(lambda m: seen.append(m))
        jobs.append(r)
        r.start()

    click()
    assert jobs[0].busy  # set by start(), before anything ran
    click()  # ignored: the first job is busy
    assert len(jobs) == 1
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen == [(1, False, True)]  # delivered: not busy, though its thread is still alive
    click()  # the next click starts the next job at once
    assert len(jobs) == 2 and jobs[1].busy
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[1][:2] == (2, False)
    assert all(j.wait(5) for j in jobs)


@pytest.mark.parametrize(
    "exc, message, traceback_printed",
    [
        (LabelBenchError("labels/a.txt:3: 4 columns, need 5"), "labels/a.txt:3: 4 columns, need 5", False),
        (ValueError("broken"), "ValueError: broken", True),
    ],
)
def test_job_runner_delivers_errors_as_one_line(qtbot, capfd, exc, message, traceback_printed):
    def job(state):
        raise exc

    r = JobRunner(job)
    finished, ended = _record(r.finished), _record(r.ended)
    with qtbot.waitSignal(r.failed, timeout=5000) as blocker:
        r.start()
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert blocker.args == [message] and not finished
    err = capfd.readouterr().err
    assert ("Traceback" in err) is traceback_printed  # a user-facing error is one line, not a traceback


def test_shutdown_all_cancels_and_joins_every_live_worker(qtbot):
    looping = threading.Event()

    def endless(state):
        while True:
            looping.set()
            state.check()
            threading.Event().wait(0.005)

    job = JobRunner(endless)
    latest = LatestRunner(lambda req: req)
    job.start()
    assert looping.wait(5)
    assert job in workers._LIVE and latest in workers._LIVE
    shutdown_all(timeout=5)
    assert job.wait(0) and not latest._thread.is_alive()
    assert job not in workers._LIVE and latest not in workers._LIVE


def test_latest_runner_whose_owner_is_deleted_mid_compute_ends_quietly(qtbot):
    """A pane closed while its worker computes: the result has no one to go to; no exception in
    the thread (it used to raise "wrapped C/C++ object of type LatestRunner has been deleted")."""
    from PyQt6 import sip
    from PyQt6.QtCore import QObject

    errors = []
    old_hook = threading.excepthook
    threading.excepthook = lambda args: errors.append(args.exc_value)
    try:
        owner = QObject()
        started, release = threading.Event(), threading.Event()

        def slow(req):
            started.set()
            release.wait(5)
            return req * 2

        runner = LatestRunner(slow, parent=owner)
        runner.request(21)
        assert started.wait(5)
        sip.delete(owner)  # deletes the runner's C++ object with it
        release.set()
        runner._thread.join(5)
        assert not runner._thread.is_alive()
        assert errors == []
        assert runner not in workers._LIVE
    finally:
        threading.excepthook = old_hook
