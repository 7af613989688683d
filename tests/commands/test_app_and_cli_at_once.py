"""Issue 29, acceptance: the app and the command line at once.

A real `labelbench autolabel` relabels 520 generated images with new settings while a second
process (tests/support/review_editor.py: the Review pane's core calls, the app's lease) edits
labels and accepts images a few images ahead of where the CLI is writing. Afterwards:
0 reviewed or edited images overwritten, the run's report counts every image changed before
the run reached it, and every label file agrees with the index. Then the same with kill -9 of
the CLI, and of the editor, at random moments: the person's work is never lost and, once the
journal's recovery (the next run) and the app's refresh have run, file and index agree.
Measured counts are printed (pytest -s shows them)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.dataset.index import DatasetIndex
from app.core.io.yolo_labels import format_labels
from tests.support.autolabel_data import make_images
from tests.support.paths import DEMO_MODEL, ROOT

pytestmark = pytest.mark.slow  # several real auto-label runs of 520 images, kill -9

N = 520
RUN_A = ("--conf", "0.5")  # the labels the dataset starts with
RUN_B = ("--conf", "0.2")  # the new settings: every image is relabeled
ENV = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("export_cache")


def _cli(root, settings, cache, *extra):
    return [
        sys.executable,
        "-m",
        "app",
        "autolabel",
        str(root),
        "--model",
        str(DEMO_MODEL),
        "--backend",
        "pt",
        "--precision",
        "exact",
        "--imgsz",
        "320",
        "--batch",
        "8",
        *settings,
        *extra,
    ]


def _run(root, settings, cache, *extra, timeout=600):
    return subprocess.run(
        _cli(root, settings, cache, *extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=dict(ENV, LABELBENCH_CACHE=str(cache)),
    )


def _start_cli(root, settings, cache, *extra):
    return subprocess.Popen(
        _cli(root, settings, cache, *extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(ENV, LABELBENCH_CACHE=str(cache)),
    )


@pytest.fixture(scope="module")
def labeled_once(tmp_path_factory, cache) -> tuple[Path, str]:
    """The 520 images with the labels they start with (RUN_A, a real CLI run), made once for the module."""
    root = tmp_path_factory.mktemp("labeled_once") / "ds"
    make_images(root, N, sizes=((160, 120), (128, 96)), seed=11)
    r = _run(root, RUN_A, cache, "--quiet")
    assert r.returncode == 0, r.stderr
    with DatasetIndex.open(root) as idx:
        keys = {k for (k,) in idx._q("SELECT DISTINCT autolabel_key FROM images")}
    assert len(keys) == 1
    return root, keys.pop()


def _dataset(tmp_path, labeled_once) -> tuple[Path, str]:
    """This test's own copy of the labeled dataset: images, label files and index, with their
    modification times (the index knows each label file's exact mtime)."""
    root = tmp_path / "ds"
    shutil.copytree(labeled_once[0], root, copy_function=shutil.copy2)
    return root, labeled_once[1]


class Editor:
    """The second process (tests.support.review_editor)."""

    def __init__(self, root: Path, log: Path, old_key: str, seed: int):
        self.log = log
        self.p = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.review_editor",
                str(root),
                str(log),
                old_key,
                "--seed",
                str(seed),
                "--ahead",
                "100",
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=ENV,
        )
        assert self.p.stdout.readline().strip() == "ready"

    def stop(self):
        Path(str(self.log) + ".stop").touch()
        assert self.p.wait(60) == 0
        Path(str(self.log) + ".stop").unlink()

    def kill(self):
        self.p.send_signal(signal.SIGKILL)
        self.p.wait()


def _actions(log: Path) -> tuple[dict, dict, dict]:
    """The latest action on each image: (done: rel -> a completed action, in_flight: rel -> an
    action begun and cut by a kill, earlier: rel -> the completed action before the one cut, for an
    image an earlier editor process had already reviewed or edited: each new process may pick it
    again). The log is sequential: one editor process at a time, each action's "intent" line
    followed by its "done" line unless the process was killed between."""
    done, in_flight, earlier = {}, {}, {}
    pending = None

    def cut(a: dict) -> None:
        in_flight[a["rel"]] = a
        if a["rel"] in done:
            earlier[a["rel"]] = done.pop(a["rel"])

    lines = log.read_text().splitlines() if log.exists() else []
    for ln in lines:
        try:
            a = json.loads(ln)
        except ValueError:
            continue  # the line a kill cut
        if a["phase"] == "intent":
            if pending is not None:
                cut(pending)
            pending = a
        elif pending is not None and a["n"] == pending["n"]:
            pending = None
            if a["result"] != "conflict":
                done[a["rel"]] = a
                in_flight.pop(a["rel"], None)
                earlier.pop(a["rel"], None)
    if pending is not None:
        cut(pending)
    return done, in_flight, earlier


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _overwritten(idx, done: dict) -> list[str]:
    """Completed edits and reviews whose label file no longer holds what the person left."""
    return [rel for rel, a in done.items() if _sha(idx.label_path(rel)) != a["sha"]]


def _disagreements(idx, person: dict) -> list[str]:
    """Images whose label file and index row disagree: a row a person reviewed or edited must
    hold the person's file (person: rel -> sha); any other row must hold the model's stored
    predictions, written with the key it names, and know the file's exact mtime."""
    bad = []
    rows = {
        t[0]: t[1:]
        for t in idx._q(
            "SELECT i.rel, i.status, i.edited, i.autolabel_key, i.label_mtime_ns, p.model_key FROM images i "
            "LEFT JOIN predictions p ON p.image_id = i.id"
        )
    }
    for rel, (status, edited, key, mtime_ns, pred_key) in rows.items():
        label = idx.label_path(rel)
        if status == "reviewed" or edited:
            if rel in person and _sha(label) != person[rel]:
                bad.append(f"{rel}: {status}{' edited' if edited else ''} but not the person's file")
            elif rel not in person and status == "reviewed":
                bad.append(f"{rel}: reviewed, nobody reviewed it")
            continue
        cls, xywhn, _conf = idx.predictions(rel)
        if label.read_text() != format_labels(cls, xywhn) or key != pred_key or mtime_ns != os.stat(label).st_mtime_ns:
            bad.append(f"{rel}: {status}, key {key!r} / predictions {pred_key!r}, file and index differ")
    return bad


def rep_at_write(line: list[str]) -> int:
    """The count in "(N of them between queueing and writing)" of the run's summary line."""
    got = re.search(r"\((\d+) of them between queueing and writing\)", line[0]) if line else None
    return int(got.group(1)) if got else 0


def _report(path: Path) -> dict:
    return json.loads(path.read_text())


def test_reviews_and_edits_at_the_write_position_are_never_overwritten(tmp_path, cache, labeled_once):
    root, old_key = _dataset(tmp_path, labeled_once)
    log = tmp_path / "editor.jsonl"
    editor = Editor(root, log, old_key, seed=1)
    cli = _start_cli(root, RUN_B, cache, "--report", str(tmp_path / "rep.json"))
    _out, err = cli.communicate(timeout=600)
    editor.stop()
    assert cli.returncode == 0, err
    notes = [ln for ln in err.splitlines() if "open in the app" in ln]
    assert len(notes) == 1 and notes[0].startswith(
        f"autolabel: the dataset is open in the app (LabelBench (Review), pid {editor.p.pid} on "
    ), err
    done, in_flight, _earlier = _actions(log)
    assert not in_flight
    rep = _report(tmp_path / "rep.json")
    with DatasetIndex.open(root) as idx:
        new_keys = {k for (k,) in idx._q("SELECT DISTINCT model_key FROM predictions")} - {old_key}
        assert len(new_keys) == 1
        new_key = new_keys.pop()
        pred_key = dict(idx._q("SELECT i.rel, p.model_key FROM images i JOIN predictions p ON p.image_id = i.id"))
        before_the_run = {rel for rel in done if pred_key[rel] == old_key}  # changed before the CLI wrote it
        after_the_run = set(done) - before_the_run
        overwritten = _overwritten(idx, done)
        assert overwritten == []
        for rel, a in done.items():
            row = idx.get(rel)
            assert (row.status == "reviewed") if a["kind"] == "review" else row.edited, (rel, a)
        assert _disagreements(idx, {rel: a["sha"] for rel, a in done.items()}) == []
        assert rep["changed_during_run"] == len(before_the_run)
        assert rep["labeled"] == N - len(before_the_run) and rep["skipped"] == len(before_the_run)
        assert sum(pred_key[r] == new_key for r in pred_key) == N - len(before_the_run)
    edits = sum(a["kind"] == "edit" for a in done.values())
    line = [ln for ln in err.splitlines() if ln.startswith("autolabel: ") and "by someone during the run" in ln]
    assert line == [
        f"autolabel: {len(before_the_run)} image(s) were reviewed, edited or rewritten by someone during "
        f"the run ({rep_at_write(line)} of them between queueing and writing): left as they are"
    ]
    print(
        f"\n[issue 29] {N} images; {len(done)} images changed by the second process at the write position "
        f"({edits} edited, {len(done) - edits} accepted), {len(before_the_run)} before the CLI reached them, "
        f"{len(after_the_run)} after; overwritten {len(overwritten)}; report changed_during_run "
        f"{rep['changed_during_run']} ({rep_at_write(line)} between queueing and writing), labeled {rep['labeled']}"
    )
    assert len(before_the_run) >= 10 and len(done) >= 20  # the race really ran
    assert 1 <= rep_at_write(line) < len(before_the_run)  # ... inside the writer's window, and before it


def test_kill_9_of_the_cli_at_random_moments(tmp_path, cache, labeled_once):
    root, old_key = _dataset(tmp_path, labeled_once)
    seed = int(time.time())
    rng = random.Random(seed)
    log = tmp_path / "editor.jsonl"
    editor = Editor(root, log, old_key, seed=seed)
    kills = 0
    for _round in range(3):
        with DatasetIndex.open(root) as idx:
            before = idx.count() - sum(1 for (k,) in idx._q("SELECT autolabel_key FROM images") if k == old_key)
        cli = _start_cli(root, RUN_B, cache, "--quiet")
        deadline = time.monotonic() + 300
        with DatasetIndex.open(root) as idx:  # wait for this round's first batch, then a random moment more
            while (
                cli.poll() is None
                and time.monotonic() < deadline
                and idx._q("SELECT COUNT(*) FROM images WHERE autolabel_key != ?", (old_key,))[0][0] <= before
            ):
                time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 1.5))
        cli.send_signal(signal.SIGKILL)
        cli.communicate()
        kills += cli.returncode == -signal.SIGKILL
        done, _, _ = _actions(log)
        with DatasetIndex.open(root) as idx:
            assert _overwritten(idx, done) == [], f"seed {seed}"
    editor.stop()
    assert kills >= 1, f"every run ended before its kill (seed {seed})"
    r = _run(root, RUN_B, cache, "--quiet", "--report", str(tmp_path / "rep.json"))  # the journal's recovery
    assert r.returncode == 0, r.stderr
    done, in_flight, _earlier = _actions(log)
    with DatasetIndex.open(root) as idx:
        assert _overwritten(idx, done) == [], f"seed {seed}"
        assert _disagreements(idx, {rel: a["sha"] for rel, a in done.items()}) == [], f"seed {seed}"
    print(
        f"\n[issue 29] kill -9 of the CLI x{kills} (seed {seed}): {len(done)} images changed by the second "
        f"process, overwritten 0, file and index agree after the rerun"
    )


def test_kill_9_of_the_editor_at_random_moments(tmp_path, cache, labeled_once):
    root, old_key = _dataset(tmp_path, labeled_once)
    seed = int(time.time())
    rng = random.Random(seed)
    log = tmp_path / "editor.jsonl"
    cli = _start_cli(root, RUN_B, cache, "--quiet", "--report", str(tmp_path / "rep.json"))
    kills = 0
    while cli.poll() is None:
        editor = Editor(root, log, old_key, seed=rng.randrange(1 << 30))
        if kills % 2:  # a random moment
            time.sleep(rng.uniform(0.3, 2.0))
        else:  # in the middle of a save: as soon as its next action begins, and a moment more
            n0 = log.read_text().count('"intent"') if log.exists() else 0
            deadline = time.monotonic() + 20
            while (log.read_text().count('"intent"') if log.exists() else 0) <= n0 and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0, 0.004))
        if editor.p.poll() is None:
            editor.kill()
            kills += 1
    cli.communicate()
    assert cli.returncode == 0
    done, in_flight, earlier = _actions(log)
    with DatasetIndex.open(root) as idx:
        assert _overwritten(idx, done) == [], f"seed {seed}"
        # an action cut by the kill: the file is the person's or as it was, never the model's over the
        # person's; the app's refresh (run when it opens the dataset) takes a file it wrote for an edit
        idx.refresh()
        person = {rel: a["sha"] for rel, a in done.items()}
        for rel, a in in_flight.items():
            row = idx.get(rel)
            text = idx.label_path(rel).read_text()
            if a["kind"] == "edit" and (row.edited or row.status == "reviewed"):  # its file got in place ...
                if rel in earlier and _sha(idx.label_path(rel)) == earlier[rel]["sha"]:
                    pass  # ... or it was cut before, on an image an earlier process had reviewed or edited
                else:
                    assert " 0.900000 0.040000 0.040000\n" in text, f"{rel} (seed {seed})"  # the person's box
            person.setdefault(rel, _sha(idx.label_path(rel)))
        assert _disagreements(idx, person) == [], f"seed {seed}"
        rep = _report(tmp_path / "rep.json")
        pred_key = dict(idx._q("SELECT i.rel, p.model_key FROM images i JOIN predictions p ON p.image_id = i.id"))
        kept = {rel for rel in set(done) | set(in_flight) if pred_key[rel] == old_key}
        assert rep["changed_during_run"] == len(kept) and rep["labeled"] + rep["skipped"] == N
    print(
        f"\n[issue 29] kill -9 of the second process x{kills} (seed {seed}): {len(done)} completed changes, "
        f"{len(in_flight)} cut by a kill ({len(earlier)} on an image an earlier process had changed); overwritten 0; "
        f"report changed_during_run {rep['changed_during_run']}"
    )
