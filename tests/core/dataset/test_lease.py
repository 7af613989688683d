"""Issue 29, part 2: the app and the CLI see each other (app.core.dataset.lease, the writer lock's
holder and progress). Leases of real processes (a child that holds one), real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import pytest

from app.core.autolabel.engine.shared import writer_lock
from app.core.autolabel.options import AutolabelOptions
from app.core.dataset import lease, lock
from app.core.errors import FileError
from app.core.jobs import Cancelled, JobState
from tests.support.paths import ROOT

HOLD = """
import select, sys
from app.core.dataset.lease import Lease
l = Lease(sys.argv[1]).acquire()
print("ready", flush=True)
select.select([sys.stdin], [], [], float(sys.argv[2]))  # held until told to let go (a line), or the time is up
l.release()
print("released", flush=True)
"""


def _holder(index_path, seconds=30.0):
    """A process holding the dataset's lease (as the app does) for `seconds`, or until a line on its stdin."""
    p = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(index_path), str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert p.stdout.readline().strip() == "ready"
    return p


def test_a_lease_names_the_process_and_goes_away_with_it(tmp_path):
    index = tmp_path / ".labelbench" / "index.sqlite"
    index.parent.mkdir()
    p = _holder(index)
    try:
        got = lease.others(index)
        assert [(d["pid"], d["host"]) for d in got] == [(p.pid, os.uname().nodename)]
        assert f"pid {p.pid}" in lease.describe(got) and "LabelBench (Review)" in lease.describe(got)
    finally:
        p.kill()
        p.wait()
    assert lease.others(index) == []  # killed: its pid is gone
    assert len(list(index.parent.glob("*.lease"))) == 1
    with lease.Lease(index):  # the next app removes the dead one
        assert [f.name for f in index.parent.glob("*.lease")] == [lease.lease_path(index).name]
        assert lease.others(index) == []  # our own is not "another process"
    assert list(index.parent.glob("*.lease")) == []


def test_a_stale_lease_of_another_host_is_ignored(tmp_path):
    index = tmp_path / "index.sqlite"
    f = lease.lease_path(index, pid=7, host="elsewhere")
    f.write_text(json.dumps({"pid": 7, "host": "elsewhere", "started": time.time()}))
    assert [d["host"] for d in lease.others(index)] == ["elsewhere"]
    old = time.time() - lease.TTL_S - 5
    os.utime(f, (old, old))
    assert lease.others(index) == []


def test_a_link_in_place_of_the_lease_is_refused_and_never_followed(tmp_path):
    index = tmp_path / "index.sqlite"
    target = tmp_path / "victim.txt"
    target.write_text("keep")
    os.symlink(target, lease.lease_path(index))
    with pytest.raises(FileError, match="symbolic link"):
        lease.Lease(index).acquire()
    assert target.read_text() == "keep"
    other = lease.lease_path(index, pid=99, host="h")
    os.symlink(target, other)
    assert lease.others(index) == []  # a link is not a lease: not read


def _plan(root):
    return SimpleNamespace(root=root)


def test_autolabel_says_in_one_line_that_the_dataset_is_open_in_the_app(tmp_path):
    root = tmp_path / "ds"
    root.mkdir()
    from app.core.dataset import store

    index = store.index_location(root)[0]
    index.parent.mkdir(parents=True, exist_ok=True)
    p = _holder(index)
    lines = []
    try:
        lk = writer_lock(_plan(root), AutolabelOptions(), JobState(), lines.append)
        lk.release()
    finally:
        p.kill()
        p.wait()
    assert len(lines) == 1
    assert lines[0].startswith(f"the dataset is open in the app (LabelBench (Review), pid {p.pid} on ")
    assert "left as they are and counted (--wait waits until it is closed)" in lines[0]
    lines.clear()
    writer_lock(_plan(root), AutolabelOptions(), JobState(), lines.append).release()
    assert lines == []  # closed: nothing to say


def test_wait_waits_until_the_app_has_closed_the_dataset(tmp_path):
    root = tmp_path / "ds"
    root.mkdir()
    from app.core.dataset import store

    index = store.index_location(root)[0]
    index.parent.mkdir(parents=True, exist_ok=True)
    p = _holder(index)
    lines, asked, said = [], [], []

    def close_the_app():  # the app closes the dataset a while after the run began to wait
        time.sleep(0.3)
        asked.append(time.monotonic())  # the lease is released only after this moment
        p.stdin.write("close\n")
        p.stdin.flush()
        said.append(p.stdout.readline().strip())

    closer = threading.Thread(target=close_the_app)
    t0 = time.monotonic()
    closer.start()
    try:
        lk = writer_lock(_plan(root), AutolabelOptions(wait=True), JobState(), lines.append)
        started = time.monotonic()  # when the run went on: before the closer is joined
    finally:
        closer.join()
    lk.release()
    p.wait()
    assert said == ["released"] and t0 + 0.3 <= asked[0] <= started  # it waited until the lease was gone
    assert lines[0].endswith("waiting until it is closed (--wait)")
    assert lines[1] == "the dataset was closed in the app: starting"
    p = _holder(index)
    try:
        state = JobState()
        state.cancel()
        with pytest.raises(Cancelled):  # Cancel (or Ctrl+C) ends the wait
            writer_lock(_plan(root), AutolabelOptions(wait=True), state, lines.append)
    finally:
        p.kill()
        p.wait()


def test_the_writer_lock_says_who_runs_and_how_far(tmp_path):
    index = tmp_path / "index.sqlite"
    path = lock.lock_path_for(index)
    assert lock.running(path) is None
    lk = lock.WriterLock(index, command="labelbench autolabel ds").acquire()
    try:
        h = lock.running(path)
        assert h["pid"] == os.getpid() and h["command"] == "labelbench autolabel ds" and "done" not in h
        lk.note_progress(3, 10, every=0)
        assert (lock.running(path)["done"], lock.running(path)["total"]) == (3, 10)
    finally:
        lk.release()
    assert lock.running(path) is None
    path.write_text(json.dumps({"pid": 2**22 + 12345, "host": os.uname().nodename, "started": 0}))
    assert lock.running(path) is None  # killed without releasing: its pid is gone
