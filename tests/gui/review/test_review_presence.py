"""Issue 29, part 2: the Review pane and a CLI run on its dataset see each other. Another process
(a real child process) writes labels and holds the writer lock; the pane's list, counts and its
line under the list follow; its lease is there while the dataset is open."""

import os
import subprocess
import sys

import pytest

from app.core.dataset import lease
from tests.support.paths import ROOT
from tests.support.review_data import NAMES, QUEUE
from tests.support.review_pane import look_often, open_review_pane

REL = "images/train/{}".format

# as `labelbench autolabel` does: the writer lock with progress, one recorded batch, then waits
CLI = """
import sys, time
from app.core.dataset.index import DatasetIndex
from app.core.dataset.lock import WriterLock
idx = DatasetIndex.open(sys.argv[1])
lk = WriterLock(idx.db_path, command="labelbench autolabel ds").acquire()
lk.note_progress(2, 5, every=0)
idx.record_predictions([("images/train/c.jpg", [0], [[0.5, 0.5, 0.2, 0.2]], [0.5])], "other-model")
idx.set_reviewed("images/train/e.jpg")
print("written", flush=True)
sys.stdin.readline()
lk.release()
"""


@pytest.fixture
def pane(qtbot, dataset):
    p = look_often(open_review_pane(qtbot, dataset, NAMES))
    yield p
    p.shutdown()


def test_the_pane_holds_a_lease_while_the_dataset_is_open(qtbot, dataset, pane):
    path = lease.lease_path(pane.index.db_path)
    assert path.is_file()
    p = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from app.core.dataset import lease; print(len(lease.others(sys.argv[1])))",
            str(pane.index.db_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert p.stdout.strip() == "1", p.stderr  # another process sees the app
    db = pane.index.db_path
    pane.shutdown()
    assert not path.exists() and lease.others(db) == []


def test_rows_counts_and_the_run_line_follow_another_process(qtbot, dataset, pane):
    m = pane.queue.model
    assert [r.rel for r in m.rows] == [REL(n) for n in QUEUE]
    assert m.rows[m.find(REL("e.jpg"))].status == "auto" and pane.queue.progress.value() == 0
    assert not pane.presence.label.isVisible()
    cli = subprocess.Popen(
        [sys.executable, "-c", CLI, str(dataset)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert cli.stdout.readline().strip() == "written"
        qtbot.waitUntil(lambda: m.rows[m.find(REL("e.jpg"))].status == "reviewed", timeout=5000)
        assert m.rows[m.find(REL("c.jpg"))].min_conf == 0.5  # the CLI's new labels, in place
        assert [r.rel for r in m.rows] == [REL(n) for n in QUEUE]  # rows keep their places
        assert pane.queue.progress.value() == 1  # "Reviewed 1 / 5"
        qtbot.waitUntil(lambda: pane.presence.label.isVisible(), timeout=5000)
        assert pane.presence.label.text() == "auto-label running in another process (2/5)"
    finally:
        cli.stdin.write("\n")
        cli.stdin.flush()
        cli.wait(30)
    qtbot.waitUntil(lambda: not pane.presence.label.isVisible(), timeout=5000)
