"""Issue 29, part 1: one rule for who may write a label file (app.core.dataset.write_rule).

The auto-labeler's writer (both engines: the Ray driver flushes through the same Writer) checks,
in the transaction that records a batch, that neither the index row nor the label file changed
since the image was queued; the app's save checks and writes in one transaction too. Real SQLite
files, real label files, two connections (as two processes have) where the order matters."""

from __future__ import annotations

import threading
import time

import cv2
import numpy as np
import pytest

from app.core.autolabel.engine.shared import feed, pending_rels
from app.core.autolabel.engine.stages import Journal, Writer
from app.core.autolabel.options import SKIP_MEANWHILE, SKIP_REVIEWED, AutolabelOptions
from app.core.autolabel.source import plan_source
from app.core.dataset import review_doc, write_rule
from app.core.dataset.index import DatasetIndex

PERSON = "3 0.250000 0.250000 0.100000 0.100000\n"
MODEL = "0 0.500000 0.500000 0.200000 0.200000\n"
ONE = np.zeros(1, np.int64), np.array([[0.5, 0.5, 0.2, 0.2]]), np.array([0.9])


def _dataset(tmp_path, n=3):
    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    (root / "data.yaml").write_text("train: images\nnames: [a, b, c, d]\n")
    for i in range(n):
        cv2.imwrite(str(root / "images" / f"im{i}.png"), np.full((32, 32, 3), 90 + i, np.uint8))
    return root


def _open(root):
    plan = plan_source(root)
    idx = DatasetIndex(plan.root, plan.class_names, source=plan.source)
    idx.refresh()
    return plan, idx


def _queue(plan, idx, opt=None, started=None, pending=frozenset()):
    return list(feed(plan, idx, opt or AutolabelOptions(), "model", pending, frozenset(), started))


def _flush(idx, items):
    w = Writer(idx, "model", Journal(idx.db_path.parent), {})
    return w, w.flush_items([(it, *ONE) for it in items])


def _app_save(idx, root, i, text=PERSON, reviewed=None):
    """What the Review pane does on Ctrl+S (and Space with reviewed=True): commit_label_file."""
    rel, label = f"images/im{i}.png", root / "labels" / f"im{i}.txt"
    doc = review_doc.read_label_file(label, 4)
    cls, xywhn = [int(text.split()[0])], [[float(v) for v in text.split()[1:5]]]
    return write_rule.commit_label_file(idx, rel, label, cls, xywhn, doc.sig, edited_by_user=True, reviewed=reviewed)


def test_an_editor_s_edit_between_queue_and_write_is_kept_and_counted(tmp_path):
    """No index change at all (a text editor): the file's identity tells. It used to be overwritten."""
    root = _dataset(tmp_path)
    plan, idx = _open(root)
    with idx:
        items = _queue(plan, idx)
        (root / "labels" / "im0.txt").write_text(PERSON)
        w, dropped = _flush(idx, items)
        assert dropped == {"images/im0.png"} and w.dropped == ["images/im0.png"] and w.written == 2
        assert (root / "labels" / "im0.txt").read_text() == PERSON
        assert (root / "labels" / "im1.txt").read_text() == MODEL
        assert not [p for p in (root / "labels").iterdir() if p.name.endswith(".tmp")]  # no temp file left


def test_the_app_s_save_between_queue_and_write_is_kept(tmp_path):
    root = _dataset(tmp_path)
    plan, idx = _open(root)
    with idx:
        items = _queue(plan, idx)
        assert _app_save(idx, root, 1)[0] == review_doc.SAVED
        assert _app_save(idx, root, 2, reviewed=True)[0] == review_doc.SAVED
        _w, dropped = _flush(idx, items)
        assert dropped == {"images/im1.png", "images/im2.png"}
        for i in (1, 2):
            assert (root / "labels" / f"im{i}.txt").read_text() == PERSON
            assert idx.get(f"images/im{i}.png").edited
        assert idx.is_reviewed("images/im2.png") and not idx.is_reviewed("images/im1.png")
        assert idx.get("images/im0.png").status == "auto"


def test_a_review_without_an_edit_between_queue_and_write_is_kept(tmp_path):
    """Space on an image the run already labeled (the file is unchanged, only the row)."""
    root = _dataset(tmp_path)
    plan, idx = _open(root)
    with idx:
        _flush(idx, _queue(plan, idx, AutolabelOptions(force=True)))
        items = _queue(plan, idx, AutolabelOptions(force=True))
        idx.set_reviewed("images/im0.png")
        _w, dropped = _flush(idx, items)
        assert dropped == {"images/im0.png"} and idx.is_reviewed("images/im0.png")


def test_the_app_s_save_and_the_writer_never_interleave(tmp_path, monkeypatch):
    """The app writes its file inside the index's write transaction: a writer flushing meanwhile
    (another connection, as another process) waits for it and then sees the change. Before, the
    app wrote the file, the CLI overwrote it, and the app then recorded it as edited."""
    root = _dataset(tmp_path)
    plan, idx = _open(root)
    app_idx = DatasetIndex.open(root)
    with idx, app_idx:
        items = _queue(plan, idx)
        in_write, go_on = threading.Event(), threading.Event()
        real = write_rule.write_label_file

        def slow_write(path, cls, xywhn, shapes=None):
            sig = real(path, cls, xywhn, shapes)
            in_write.set()
            go_on.wait(10)  # the file is written, the index not yet told
            return sig

        monkeypatch.setattr(write_rule, "write_label_file", slow_write)
        got = {}
        app = threading.Thread(target=lambda: got.update(r=_app_save(app_idx, root, 0)))
        app.start()
        assert in_write.wait(10)
        flushed = {}
        cli = threading.Thread(target=lambda: flushed.update(r=_flush(idx, items)[1]))
        cli.start()
        time.sleep(0.5)
        assert cli.is_alive()  # waiting for the app's transaction
        go_on.set()
        app.join(10)
        cli.join(20)
        assert got["r"][0] == review_doc.SAVED and flushed["r"] == {"images/im0.png"}
        assert (root / "labels" / "im0.txt").read_text() == PERSON and idx.get("images/im0.png").edited


def test_accept_of_a_file_rewritten_meanwhile_is_a_conflict_not_a_review(tmp_path):
    """Space on an image whose file the run rewrote after the editor read it: nothing is marked
    (it used to mark the model's new boxes reviewed)."""
    root = _dataset(tmp_path)
    plan, idx = _open(root)
    with idx:
        (root / "labels" / "im0.txt").write_text(PERSON)
        idx.refresh()
        seen = review_doc.disk_sig(root / "labels" / "im0.txt")
        time.sleep(0.01)
        (root / "labels" / "im0.txt").write_text(MODEL + MODEL)
        result, _sig = write_rule.commit_label_file(
            idx,
            "images/im0.png",
            root / "labels" / "im0.txt",
            [3],
            [[0.25, 0.25, 0.1, 0.1]],
            seen,
            write=False,
            reviewed=True,
        )
        assert result == review_doc.CONFLICT and not idx.is_reviewed("images/im0.png")
        assert (root / "labels" / "im0.txt").read_text() == MODEL + MODEL


def test_overwrite_reviewed_replaces_only_reviews_from_before_the_run(tmp_path):
    root = _dataset(tmp_path)
    plan, idx = _open(root)
    with idx:
        for i in (0, 1):
            assert _app_save(idx, root, i, reviewed=True)[0] == review_doc.SAVED
        started = time.time()
        time.sleep(0.02)
        assert _app_save(idx, root, 2, reviewed=True)[0] == review_doc.SAVED  # during the run
        idx.set_reviewed("images/im1.png")  # accepted again during the run
        out = _queue(plan, idx, AutolabelOptions(overwrite_reviewed=True, force=True), started)
        skipped = {it[0].rel: it[1] for it in out if isinstance(it, tuple)}
        assert skipped == {"images/im1.png": SKIP_MEANWHILE, "images/im2.png": SKIP_MEANWHILE}
        items = [it for it in out if not isinstance(it, tuple)]
        assert [it.rel for it in items] == ["images/im0.png"] and items[0].replaces_review
        _w, dropped = _flush(idx, items)
        assert not dropped and (root / "labels" / "im0.txt").read_text() == MODEL
        assert idx.get("images/im0.png").status == "auto"
        for i in (1, 2):
            assert (root / "labels" / f"im{i}.txt").read_text() == PERSON and idx.is_reviewed(f"images/im{i}.png")


def test_without_overwrite_a_review_is_skipped_as_before_and_one_during_the_run_is_counted(tmp_path):
    root = _dataset(tmp_path)
    plan, idx = _open(root)
    with idx:
        _app_save(idx, root, 0, reviewed=True)
        started = time.time()
        time.sleep(0.02)
        (root / "labels" / "im1.txt").write_text(PERSON)  # an editor, after the run started
        out = _queue(plan, idx, started=started)
        skipped = {it[0].rel: it[1] for it in out if isinstance(it, tuple)}
        assert skipped == {"images/im0.png": SKIP_REVIEWED, "images/im1.png": SKIP_MEANWHILE}


def test_journal_knows_its_own_file_by_identity(tmp_path, monkeypatch):
    """A run killed after renaming its files but before the index recorded them: the next run
    knows them as its own (same identity) and relabels them; a file a person saved since (a new
    identity) or an image reviewed since is not its own any more."""
    root = _dataset(tmp_path)
    plan, idx = _open(root)
    with idx:
        items = _queue(plan, idx)
        w = Writer(idx, "model", Journal(idx.db_path.parent), {})

        def killed(*_a, **_k):
            raise KeyboardInterrupt  # as if killed: files in place, the transaction rolled back

        monkeypatch.setattr(idx, "record_predictions", killed)
        with pytest.raises(KeyboardInterrupt):
            w.flush_items([(it, *ONE) for it in items])
        monkeypatch.undo()
        entries = Journal(idx.db_path.parent).entries()
        assert set(entries) == {"images/im0.png", "images/im1.png", "images/im2.png"}
        assert all(len(v) == 3 for v in entries.values())
        assert all((root / "labels" / f"im{i}.txt").read_text() == MODEL for i in range(3))
        assert idx.get("images/im0.png").status == "unlabeled"  # not recorded
        time.sleep(0.01)
        (root / "labels" / "im1.txt").write_text(PERSON)  # a person's editor, after the kill
        idx.set_reviewed("images/im2.png")  # accepted the half-recorded boxes
        assert set(pending_rels(Journal(idx.db_path.parent), idx)) == {"images/im0.png"}


def test_journal_lines_of_an_older_version_are_read(tmp_path):
    j = Journal(tmp_path)
    (tmp_path / "autolabel.journal").write_text("images/a.png\nimages/b.png\t1 2 3\n../x\n")
    assert j.entries() == {"images/a.png": None, "images/b.png": (1, 2, 3)}
    j.begin({"images/c.png": (4, 5, 6)}, j.entries())
    assert j.entries() == {"images/a.png": None, "images/b.png": (1, 2, 3), "images/c.png": (4, 5, 6)}


def test_the_ray_driver_writes_under_the_same_rule(tmp_path):
    """The Ray driver flushes each Ray batch through the same writer (its labels come as text)."""
    from app.core.autolabel.engine.ray import DriverWriter

    root = _dataset(tmp_path)
    plan, idx = _open(root)
    with idx:
        items = _queue(plan, idx)
        w = DriverWriter(idx, "model", Journal(idx.db_path.parent), {})
        (root / "labels" / "im2.txt").write_text(PERSON)
        dropped = w.flush_checked([(it, *ONE) for it in items], {it.rel: MODEL for it in items})
        assert dropped == {"images/im2.png"} and (root / "labels" / "im2.txt").read_text() == PERSON
        assert (root / "labels" / "im0.txt").read_text() == MODEL


def test_nested_transactions_commit_once(tmp_path):
    root = _dataset(tmp_path)
    _plan, idx = _open(root)
    with idx:
        with pytest.raises(RuntimeError), idx.transaction():
            idx.set_reviewed("images/im0.png")
            raise RuntimeError
        assert not idx.is_reviewed("images/im0.png")  # rolled back with the outer one
        with idx.transaction():
            idx.set_reviewed("images/im0.png")
            idx.set_reviewed("images/im1.png")
        assert idx.is_reviewed("images/im0.png") and idx.is_reviewed("images/im1.png")
