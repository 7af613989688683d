"""Issue 22, part 2: no label and no review is lost without a word.

* Images that share one label file (a.jpg + a.png in one folder: Ultralytics reads a.txt for both)
  are named, one line per file, by autolabel, status, audit and convert; autolabel and audit leave
  both alone, convert leaves both out. Also on real photos (Ultralytics' bus.jpg + a PNG copy).
* The auto-label journal of a killed run never overrides a review.
* A corrupt, newer or foreign index is kept aside and reported in one line naming the copy; the
  review status is recovered from it, or the line says it could not be.
* --overwrite-reviewed withdraws a review only in the transaction that records the new labels: a
  cancelled run leaves every image either relabeled or still reviewed with its labels.
Real CLI subprocesses (tests.support.hostile.run_cli) for the runs under test, real SQLite files
throughout; a model run that only prepares a dataset runs the same engine in the test's process."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.core.dataset.index import STATUS_REVIEWED, DatasetIndex
from app.core.dataset.store import SCHEMA_VERSION
from tests.support.hostile import one_line_error, run_cli
from tests.support.paths import DEMO_MODEL

NAMES = "[circle, square, triangle, star, ring]"  # the demo model's classes
PERSON = "3 0.250000 0.250000 0.100000 0.100000\n"  # a label no model run writes


def _shape(i: int) -> np.ndarray:
    img = np.full((96, 128, 3), 220, np.uint8)
    cv2.circle(img, (40 + 7 * (i % 6), 48), 14 + 3 * (i % 4), (0, 0, 255), -1)
    cv2.rectangle(img, (80, 20), (110, 50), (255, 0, 0), -1)
    return img


def _dataset(tmp_path, n: int = 3, name: str = "ds") -> Path:
    root = tmp_path / name
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    (root / "data.yaml").write_text(f"train: images\nnames: {NAMES}\n")
    for i in range(n):
        cv2.imwrite(str(root / "images" / f"im{i:03d}.png"), _shape(i))
    return root


def _env(tmp_path) -> dict:
    return {"LABELBENCH_CACHE": str(tmp_path / "cache")}


def _autolabel(root, tmp_path, *extra, quiet=True):
    return run_cli(
        "autolabel",
        str(root),
        "--model",
        str(DEMO_MODEL),
        "--backend",
        "pt",
        "--precision",
        "exact",
        *(["--quiet"] if quiet else []),
        *extra,
        timeout=240,
        mem=8 << 30,
        env=_env(tmp_path),
    )


def _labeled_by_the_model(root) -> None:
    """The setup of a test whose subject is a later step: `root` labeled by the real demo model, as
    `_autolabel` does, but in this process (the engine the CLI runs; the test process has already
    imported torch, a CLI run spends ~2.5 s of its ~3 s doing it again)."""
    from app.core.autolabel.engine.local import AutolabelOptions, autolabel

    report = autolabel(root, DEMO_MODEL, AutolabelOptions(backend="pt", precision="exact"))
    assert report["labeled"] == report["images"] and not report["failed"]


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _warnings(text: str, needle: str) -> list[str]:
    return [ln for ln in text.splitlines() if needle in ln]


# ---------------------------------------------------------------- images that share one label file
def _pair_checks(root, tmp_path, a: str, b: str, stem: str, *, labeled_by_person: bool):
    """autolabel, status, convert and audit each name the pair a/b (sharing labels/<stem>.txt) in
    one line; the shared label file is not written; nothing is exported for either image."""
    label = root / "labels" / f"{stem}.txt"
    before = label.read_bytes() if labeled_by_person else None
    want = f"{label}: shared by the images images/{a} and images/{b} (Ultralytics reads one .txt per image name): "
    r = _autolabel(root, tmp_path, "--report", str(tmp_path / "rep.json"))
    assert r.returncode == 0, r.stderr
    lines = _warnings(r.stderr, "shared by the images")
    assert lines == [f"autolabel: warning: {want}neither is labeled; rename one of them or move it into another folder"]
    rep = json.loads((tmp_path / "rep.json").read_text())
    assert rep["skipped"] == 2 and rep["labeled"] == rep["images"] - 2
    if labeled_by_person:
        assert label.read_bytes() == before
    else:
        assert not label.exists()  # used to hold whichever image was written last
    r = run_cli("status", str(root), timeout=60)
    assert r.returncode == 0, r.stderr
    assert len(_warnings(r.stdout, "shared by the images")) == 1 and want in r.stdout
    js = json.loads(run_cli("status", str(root), "--json", timeout=60).stdout)
    assert js["shared_labels"] == [{"label": str(label), "images": [f"images/{a}", f"images/{b}"]}]
    r = run_cli("convert", "yolo", str(root), str(tmp_path / "export"), "--which", "all", "--mode", "copy", timeout=120)
    assert r.returncode == 1  # convert's rule: some images were left out because of errors
    assert _warnings(r.stderr, "shared by the images") == [
        f"{label}: shared by the images images/{a} and images/{b} (Ultralytics reads one .txt per image name): "
        "none of them is exported; rename one of them or move it into another folder"
    ]
    exported = {p.stem for p in (tmp_path / "export" / "images").rglob("*") if p.is_file()}
    assert stem not in exported and len(exported) == rep["images"] - 2
    return want


@pytest.mark.slow  # autolabel, status, audit and convert CLIs with the real model
def test_same_stem_pair_is_named_and_never_overwritten(tmp_path):
    root = _dataset(tmp_path, 3)
    cv2.imwrite(str(root / "images" / "a.jpg"), _shape(4))
    cv2.imwrite(str(root / "images" / "a.png"), _shape(5)[:, ::-1].copy())
    _pair_checks(root, tmp_path, "a.jpg", "a.png", "a", labeled_by_person=False)


@pytest.mark.slow  # real autolabel and audit CLI runs
def test_same_stem_pair_with_a_person_s_label_is_kept_and_audit_names_it(tmp_path):
    root = _dataset(tmp_path, 3)
    cv2.imwrite(str(root / "images" / "a.jpg"), _shape(4))
    cv2.imwrite(str(root / "images" / "a.png"), _shape(5))
    (root / "labels" / "a.txt").write_text(PERSON)
    want = _pair_checks(root, tmp_path, "a.jpg", "a.png", "a", labeled_by_person=True)
    r = run_cli(
        "audit",
        str(root),
        "--model",
        str(DEMO_MODEL),
        "--backend",
        "pt",
        "--precision",
        "exact",
        "--quiet",
        "--json",
        timeout=300,
        mem=8 << 30,
        env=_env(tmp_path),
    )
    assert r.returncode == 0, r.stderr
    assert _warnings(r.stderr, "shared by the images") == [
        f"audit: warning: {want}neither is audited; rename one of them or move it into another folder"
    ]
    doc = json.loads(r.stdout)
    assert doc["images"] == 3 and not any(a["image"].startswith("images/a.") for a in doc["ranked"])
    assert (root / "labels" / "a.txt").read_text() == PERSON


@pytest.mark.slow  # real CLI runs of the model on photos
def test_same_stem_pair_on_real_photos(tmp_path):
    import ultralytics

    assets = Path(ultralytics.__file__).parent / "assets"
    root = tmp_path / "photos"
    (root / "images").mkdir(parents=True)
    (root / "data.yaml").write_text(f"train: images\nnames: {NAMES}\n")
    shutil.copy(assets / "bus.jpg", root / "images" / "bus.jpg")
    shutil.copy(assets / "zidane.jpg", root / "images" / "zidane.jpg")
    assert cv2.imwrite(str(root / "images" / "bus.png"), cv2.imread(str(assets / "bus.jpg")))
    _pair_checks(root, tmp_path, "bus.jpg", "bus.png", "bus", labeled_by_person=False)
    assert (root / "labels" / "zidane.txt").is_file()  # the rest of the run went on


# ---------------------------------------------------------------- the journal never overrides a review
@pytest.mark.slow  # kill -9 of a real run
def test_journal_of_a_killed_run_never_overrides_a_review(tmp_path):
    root = _dataset(tmp_path, 4)
    _labeled_by_the_model(root)
    rel = "images/im001.png"
    label = root / "labels" / "im001.txt"
    label.write_text(PERSON)
    with DatasetIndex.open(root) as idx:  # what the Review pane does on save + accept
        idx.note_label_written(rel, [3], [[0.25, 0.25, 0.1, 0.1]], edited_by_user=True)
        idx.set_reviewed(rel)
    # a run killed between writing its label files and recording them lists them in the journal
    (root / ".labelbench" / "autolabel.journal").write_text(f"{rel}\nimages/im002.png\n")
    r = _autolabel(root, tmp_path, "--force", "--report", str(tmp_path / "rep.json"))
    assert r.returncode == 0, r.stderr
    assert label.read_text() == PERSON  # used to be relabeled, and still counted as reviewed
    rep = json.loads((tmp_path / "rep.json").read_text())
    assert rep["skipped"] == 1 and rep["labeled"] == 3
    js = json.loads(run_cli("status", str(root), "--json", timeout=60).stdout)
    assert js["reviewed"] == 1
    with DatasetIndex.open(root) as idx:
        assert idx.get(rel).status == STATUS_REVIEWED
    assert not (root / ".labelbench" / "autolabel.journal").exists()  # cleared: the run recorded what it wrote


def test_journal_temp_left_by_a_kill_is_removed_by_the_next_run(tmp_path):
    """A kill -9 while the journal itself is being replaced leaves `.autolabel.journal.<hex>.tmp`
    (seen in CI on a killed Ray driver); the next run, holding the writer lock, removes it, and
    touches nothing that only looks like one (a link, another name)."""
    root = _dataset(tmp_path, 3)
    assert run_cli("status", str(root), timeout=60).returncode == 0  # the index and its folder
    folder = root / ".labelbench"
    stale = folder / ".autolabel.journal.0a1b2c3d.tmp"
    stale.write_text("images/im001.png\t1 2 3\n")
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    link = folder / ".autolabel.journal.deadbeef.tmp"
    link.symlink_to(outside)
    other = folder / ".autolabel.journal.notahex.tmp"
    other.write_text("x")
    r = _autolabel(root, tmp_path)
    assert r.returncode == 0, r.stderr
    assert not stale.exists()
    assert link.is_symlink() and outside.read_text() == "keep"
    assert other.read_text() == "x"


# ---------------------------------------------------------------- corrupt, newer, foreign index
def _reviewed_dataset(tmp_path, reviewed=("images/im001.png",)):
    root = _dataset(tmp_path, 4)
    for i in range(4):
        (root / "labels" / f"im{i:03d}.txt").write_text("0 0.5 0.5 0.2 0.2\n")
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        for rel in reviewed:
            idx.set_reviewed(rel)
    return root, root / ".labelbench" / "index.sqlite"


def _status(root):
    r = run_cli("status", str(root), "--json", timeout=60)
    assert r.returncode == 0, r.stderr
    return one_line_error(r), json.loads(r.stdout)


def _aside(db: Path, kind: str) -> Path:
    found = [
        p
        for p in db.parent.iterdir()
        if p.name.startswith(f"index.sqlite.{kind}-") and "-wal" not in p.name and "-shm" not in p.name
    ]
    assert len(found) == 1, sorted(os.listdir(db.parent))
    return found[0]


def test_corrupt_header_index_is_kept_aside_and_reviews_recovered(tmp_path):
    root, db = _reviewed_dataset(tmp_path, ("images/im001.png", "images/im003.png"))
    data = bytearray(db.read_bytes())
    data[:16] = b"garbage garbage!"
    db.write_bytes(bytes(data))
    line, js = _status(root)
    copy = _aside(db, "corrupt")
    assert line == (
        f"labelbench: warning: {db}: the dataset index is corrupt (file is not a database); kept aside as "
        f"{copy} and rebuilt from the files; the review status of all 2 reviewed image(s) was "
        "recovered (0 more marked edited)"
    )
    assert copy.read_bytes()[:16] == b"garbage garbage!"  # kept as found
    assert js["reviewed"] == 2 and js["images"] == 4  # used to drop to 0 without a word
    with DatasetIndex.open(root) as idx:
        assert idx.is_reviewed("images/im001.png") and idx.is_reviewed("images/im003.png")
        assert idx.get("images/im001.png").n_boxes == 1  # re-read from its label file


def test_newer_index_is_kept_aside_and_reviews_recovered(tmp_path):
    root, db = _reviewed_dataset(tmp_path)
    con = sqlite3.connect(db)
    con.execute("UPDATE schema_version SET version = 99")
    con.execute("ALTER TABLE images ADD COLUMN from_the_future TEXT")
    con.commit()
    con.close()
    line, js = _status(root)
    copy = _aside(db, "old")
    assert line == (
        f"labelbench: warning: {db}: the dataset index was written by a newer LabelBench (index schema 99; "
        f"this one knows {SCHEMA_VERSION}); kept aside as {copy} and rebuilt from the files; the review "
        "status of all 1 "
        "reviewed image(s) was recovered (0 more marked edited)"
    )
    assert js["reviewed"] == 1
    con = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] == 99  # the copy is untouched
    con.close()


def test_unreadable_index_says_what_was_lost(tmp_path):
    root, db = _reviewed_dataset(tmp_path)
    for f in db.parent.glob("index.sqlite-*"):
        f.unlink()
    db.write_bytes(os.urandom(8192))
    line, js = _status(root)
    copy = _aside(db, "corrupt")
    assert line.startswith(f"labelbench: warning: {db}: the dataset index is corrupt (")
    assert line.endswith(
        f"kept aside as {copy} and rebuilt from the files; its review status could not be read: "
        "every image now counts as not reviewed (the copy keeps what it held)"
    )
    assert js["reviewed"] == 0 and js["images"] == 4


def test_two_set_asides_in_one_second_keep_both_copies(tmp_path):
    root, db = _reviewed_dataset(tmp_path)
    for _ in range(2):
        db.write_bytes(b"this is not a database" * 100)
        for f in db.parent.glob("index.sqlite-*"):
            f.unlink()
        run_cli("status", str(root), timeout=60)
    assert len([p for p in db.parent.iterdir() if ".corrupt-" in p.name]) == 2


# ---------------------------------------------------------------- un-review only with the new labels
def _all_reviewed(tmp_path, n):
    """A dataset labeled by the model, then every image corrected and accepted by a person."""
    root = _dataset(tmp_path, n)
    _labeled_by_the_model(root)
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        for i in range(n):
            rel = f"images/im{i:03d}.png"
            (root / "labels" / f"im{i:03d}.txt").write_text(PERSON)
            idx.note_label_written(rel, [3], [[0.25, 0.25, 0.1, 0.1]], edited_by_user=True)
            idx.set_reviewed(rel)
    return root


def test_planning_an_overwrite_run_withdraws_no_review(tmp_path):
    """The Ray engine plans the whole run (feed) before any label is written: planning used to
    un-review every reviewed image, so a run that then failed left them all un-reviewed."""
    from app.core.autolabel.engine.local import AutolabelOptions
    from app.core.autolabel.engine.shared import feed
    from app.core.autolabel.source import plan_source

    root = _all_reviewed(tmp_path, 4)
    plan = plan_source(root)
    with DatasetIndex(plan.root, plan.class_names, source=plan.source) as idx:
        items = list(feed(plan, idx, AutolabelOptions(overwrite_reviewed=True, force=True), "k", set()))
        assert idx.count(STATUS_REVIEWED) == 4
        assert all(not isinstance(it, tuple) and it.replaces_review for it in items)  # the writer's cue


@pytest.mark.slow  # a real auto-label run of 40 images
def test_cancelled_overwrite_run_leaves_each_image_relabeled_or_reviewed(tmp_path, monkeypatch):
    from app.core.autolabel.engine.local import AutolabelOptions, autolabel
    from app.core.jobs import Cancelled, JobState

    monkeypatch.setenv("LABELBENCH_CACHE", str(tmp_path / "cache"))
    n = 40
    root = _all_reviewed(tmp_path, n)

    class CancelAfter(JobState):
        calls = 0

        def check(self):
            self.calls += 1
            if self.calls == 3:  # the decoder has read ahead (and the old feed un-reviewed) far more
                self.cancel()
            super().check()

    with pytest.raises(Cancelled):
        autolabel(
            root,
            DEMO_MODEL,
            AutolabelOptions(overwrite_reviewed=True, force=True, backend="pt", precision="exact", batch=1, workers=1),
            CancelAfter(),
        )
    relabeled = kept = 0
    with DatasetIndex.open(root) as idx:
        for i in range(n):
            rel = f"images/im{i:03d}.png"
            text = (root / "labels" / f"im{i:03d}.txt").read_text()
            if idx.is_reviewed(rel):
                assert text == PERSON, rel  # still reviewed: the person's labels
                kept += 1
            else:
                assert text != PERSON, rel  # un-reviewed only with the model's new labels
                assert idx.get(rel).status == "auto"
                relabeled += 1
    assert relabeled >= 1 and kept >= 1  # cancelled midway, really


def test_review_saved_during_a_run_is_not_overwritten(tmp_path):
    """The local writer checks, in the transaction that records a batch, that no person reviewed
    an image meanwhile (as the Ray driver does): such an image keeps its file and its review."""
    from app.core.autolabel.engine.stages import Item, Journal, Writer
    from app.core.autolabel.source import plan_source

    root = _dataset(tmp_path, 2)
    plan = plan_source(root)
    with DatasetIndex(plan.root, plan.class_names, source=plan.source) as idx:
        idx.refresh()
        items = [
            Item(
                i,
                str(root / "images" / f"im{i:03d}.png"),
                f"images/im{i:03d}.png",
                idx.label_path(f"images/im{i:03d}.png"),
            )
            for i in range(2)
        ]
        (root / "labels" / "im001.txt").write_text(PERSON)  # saved and accepted in the Review pane
        idx.note_label_written("images/im001.png", [3], [[0.25, 0.25, 0.1, 0.1]], edited_by_user=True)
        idx.set_reviewed("images/im001.png")
        w = Writer(idx, "model", Journal(idx.db_path.parent), set())
        one = np.zeros(1, np.int64), np.array([[0.5, 0.5, 0.2, 0.2]]), np.array([0.9])
        dropped = w.flush_items([(it, *one) for it in items])
        assert dropped == {"images/im001.png"} and w.written == 1 and w.dropped == ["images/im001.png"]
        assert (root / "labels" / "im001.txt").read_text() == PERSON and idx.is_reviewed("images/im001.png")
        assert (root / "labels" / "im000.txt").read_text() == "0 0.500000 0.500000 0.200000 0.200000\n"


@pytest.mark.slow  # a real auto-label run
def test_reviewed_image_whose_label_file_is_gone_is_labeled_again(tmp_path):
    """Not held back by the writer's review check: the run was planned to label it (no file to keep)."""
    root = _dataset(tmp_path, 2)
    _labeled_by_the_model(root)
    with DatasetIndex.open(root) as idx:
        idx.set_reviewed("images/im001.png")
    (root / "labels" / "im001.txt").unlink()
    r = _autolabel(root, tmp_path, "--report", str(tmp_path / "rep.json"))
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "rep.json").read_text())["labeled"] == 1
    assert (root / "labels" / "im001.txt").is_file()
    with DatasetIndex.open(root) as idx:
        assert idx.get("images/im001.png").status == "auto"
