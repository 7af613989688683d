"""The audit's background scorer: a second process at idle priority that scores each image while
the first look runs, giving the report scoring in this process gives; if it dies, the audit scores
here instead and says so in one line; a cancel stops it."""

from __future__ import annotations

import os
import sys
import time

import numpy as np
import pytest

from app.core.audit import background as bg
from app.core.audit.run import AuditOptions, audit
from app.core.jobs import Cancelled
from tests.support.audit_data import N_IMAGES, make_audit_dataset
from tests.support.paths import DEMO_MODEL, ROOT

PT = dict(backend="pt", precision="exact")


def _doc(report):
    return [a.to_json() for a in report.ranked]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit_bg")
    make_audit_dataset(root)
    here = audit(root / "data.yaml", DEMO_MODEL, AuditOptions(background=False, **PT))
    return root, here


def test_background_scores_during_the_first_look_and_agrees_with_scoring_here(dataset, monkeypatch):
    root, here = dataset
    monkeypatch.setattr(bg, "STALL", 300.0)  # what is tested is the scorer's work: never starved out on a busy CI
    calls = []
    real_add, real_finish = bg.BackgroundScorer.add, bg.BackgroundScorer.finish
    monkeypatch.setattr(
        bg.BackgroundScorer,
        "add",
        lambda self, rows, ident: (calls.append(("add", len(rows))), real_add(self, rows, ident))[1],
    )
    monkeypatch.setattr(
        bg.BackgroundScorer, "finish", lambda self, *a: (calls.append(("finish", 0)), real_finish(self, *a))[1]
    )
    there = audit(root / "data.yaml", DEMO_MODEL, AuditOptions(background=True, force=True, **PT))
    fed = sum(n for what, n in calls[:-2] if what == "add")
    assert fed == N_IMAGES and calls[-2:] == [("add", 0), ("finish", 0)]  # all sent while the model ran
    assert there.crops == here.crops > 0
    assert _doc(there) == _doc(here) and there.warnings == here.warnings


def test_a_dead_background_scorer_means_scoring_here_with_one_line(dataset, monkeypatch):
    root, here = dataset
    real_finish = bg.BackgroundScorer.finish

    def killed_first(self, *a):
        self.proc.kill()
        self.proc.wait()
        return real_finish(self, *a)

    monkeypatch.setattr(bg.BackgroundScorer, "finish", killed_first)
    rep = audit(root / "data.yaml", DEMO_MODEL, AuditOptions(background=True, force=True, **PT))
    assert rep.warnings[0].startswith(
        "the audit's background scorer stopped (exit code -9); scored in this process instead"
    )
    assert _doc(rep) == _doc(here) and rep.warnings[1:] == here.warnings


def test_an_error_in_the_process_is_reported_in_its_last_line():
    s = bg.BackgroundScorer(["a"], AuditOptions().params, {}, None)
    try:
        s.add([("x.jpg", "/nonexistent/x.txt", np.zeros(0, np.int64))], "m")  # a row of 3, not 5
        with pytest.raises(bg.BackgroundFailed, match=r"failed: ValueError: not enough values to unpack"):
            s.finish()
    finally:
        s.close()
    assert s.proc.returncode is not None


def test_runs_at_idle_priority_and_a_cancel_stops_it():  # Linux, as the project
    s = bg.BackgroundScorer(["a"], AuditOptions().params, {}, None)
    try:
        deadline = time.monotonic() + 30
        while os.sched_getscheduler(s.proc.pid) != os.SCHED_IDLE:
            assert time.monotonic() < deadline and s.proc.poll() is None, "never went to SCHED_IDLE"
            time.sleep(0.02)

        def cancelled():
            raise Cancelled()

        with pytest.raises(Cancelled):
            s.finish(cancelled)
    finally:
        s.close()
    assert s.proc.returncode is not None


def test_a_starved_process_is_stopped_after_the_stall_time(monkeypatch):
    """A machine busy with other work can starve an idle-priority process: no progress for STALL
    seconds once the first look is done, and it is stopped (the audit then scores here)."""
    import signal

    monkeypatch.setattr(bg, "STALL", 1.0)
    s = bg.BackgroundScorer(["a"], AuditOptions().params, {}, None)
    try:
        os.kill(s.proc.pid, signal.SIGSTOP)  # as starved as it gets
        t = time.monotonic()
        with pytest.raises(bg.BackgroundFailed, match=r"made no progress for 1 s \(0 of 0 images scored"):
            s.finish()
        assert 0.9 < time.monotonic() - t < 10
    finally:
        s.close()
    assert s.proc.returncode == -9


def test_a_killed_parent_leaves_no_process_and_no_folder(tmp_path):
    """kill -9 of the audit: the scorer sees its input end, removes the second look's temporary
    folder (the parent cannot any more) and ends."""
    import subprocess

    folder = tmp_path / "labelbench-audit-zoom-x"
    (folder / "images").mkdir(parents=True)
    script = (
        f"import os, signal, sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from app.core.audit import background as bg\n"
        "from app.core.audit.score import DEFAULT\n"
        f"s = bg.BackgroundScorer(['a'], DEFAULT, {{}}, ({str(folder)!r}, {str(tmp_path)!r}, 64, 3, 0.1))\n"
        "print(s.proc.pid, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    pid = int(p.stdout.split()[0])
    deadline = time.monotonic() + 30
    while folder.exists() or _alive(pid):
        assert time.monotonic() < deadline, "the scorer outlived its parent or left its folder"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def test_no_process_to_be_had_means_scoring_here(dataset, monkeypatch):
    root, here = dataset

    def no_fork(*a, **k):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(bg.subprocess, "Popen", no_fork)
    rep = audit(root / "data.yaml", DEMO_MODEL, AuditOptions(background=True, force=True, **PT))
    assert _doc(rep) == _doc(here) and rep.warnings == here.warnings and rep.crops == here.crops


def test_the_stream_refuses_anything_but_its_own_classes():
    """The pipe is private, but read as untrusted: a message naming another callable is refused,
    not run; the scorer's own messages (findings, numpy arrays) load."""
    import io
    import pickle

    from app.core.audit.findings import Finding, ImageAudit

    class Evil:
        def __reduce__(self):
            return (os.system, ("touch /tmp/labelbench-pwned",))

    with pytest.raises(pickle.UnpicklingError, match="posix.system: refused"):
        bg.load(io.BytesIO(pickle.dumps(("ok", Evil()))))
    assert not os.path.exists("/tmp/labelbench-pwned")
    msg = (
        "ok",
        ([ImageAudit("a.jpg", [Finding("swap", 0.9, 1, 0, [0.1] * 4)], 1)], [], [], 0),
        np.zeros((2, 4))[:, 1],
        np.float64(0.5),
        AuditOptions().params,
    )
    got = bg.load(io.BytesIO(pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL)))
    assert got[1][0][0].findings[0].kind == "swap" and got[2].shape == (2,) and got[4] == msg[4]
