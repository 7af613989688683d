"""`labelbench status DATASET [--json]` as a user runs it: a real process on a real dataset folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.core.dataset.index import DatasetIndex
from tests.support.paths import ROOT

NAMES = ["cat", "dog", "bird"]


def status(*args):
    return subprocess.run(
        [sys.executable, "-m", "app", "status", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def status_json(path) -> dict:
    r = status(path, "--json")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 1  # one JSON object on one line
    return json.loads(lines[0])


@pytest.fixture
def ds(tmp_path) -> Path:
    root = tmp_path / "ds"
    for split in ("train", "val"):
        (root / "images" / split).mkdir(parents=True)
        (root / "labels" / split).mkdir(parents=True)
    labels = {
        "train/a": "0 0.5 0.5 0.2 0.2\n1 0.3 0.3 0.1 0.1\n",
        "train/b": "1 0.5 0.5 0.2 0.2\n",
        "train/c": "",  # done, nothing found
        "train/bad": "0 0.5 0.5 0.2\n"  # line 1: wrong column count
        "1 0.5 0.5 0.2 0.2\n"
        "2 0.5 x 0.2 0.2\n",  # line 3: not a number
        "val/v": "2 0.5 0.5 0.2 0.2\n7 0.1 0.1 0.05 0.05\n",  # line 2: unknown class id
    }
    for stem, text in labels.items():
        (root / "images" / f"{stem}.jpg").write_bytes(b"not decoded by status")
        (root / "labels" / f"{stem}.txt").write_text(text)
    (root / "images" / "train" / "new.png").write_bytes(b"x")  # no label file: unlabeled
    (root / "data.yaml").write_text("path: .\ntrain: images/train\nval: images/val\nnames: [cat, dog, bird]\n")
    settle(root)
    return root


def settle(root: Path) -> None:
    """Date every file and folder 10 s back: a stamp just before a run is not trusted ("racy",
    dataset_scan.is_racy) and is read again on the next run, by design."""
    for p in [root, *root.rglob("*")]:
        st = os.stat(p)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - 10_000_000_000))


def test_json_counts_per_class_and_malformed_lines(ds):
    o = status_json(ds / "data.yaml")
    assert {"images", "unlabeled", "auto", "labeled", "reviewed", "per_class", "seconds"} <= set(o)
    # labels no auto-label run wrote are "labeled", not "auto" (issue 24)
    assert (o["images"], o["unlabeled"], o["auto"], o["labeled"], o["reviewed"]) == (6, 1, 0, 5, 0)
    # the good line of bad.txt and the unknown-class box are counted, never silently dropped
    assert o["per_class"] == {"cat": 1, "dog": 3, "bird": 1, "class 7 (unknown)": 1}
    bad = str(ds / "labels" / "train" / "bad.txt")
    v = str(ds / "labels" / "val" / "v.txt")
    got = {(m["path"], m["line"]) for m in o["malformed"]}
    assert got == {(bad, 1), (bad, 3), (v, 2)}
    reasons = {(m["path"], m["line"]): m["error"] for m in o["malformed"]}
    assert "column" in reasons[(bad, 1)] and "number" in reasons[(bad, 3)] and "unknown class" in reasons[(v, 2)]
    assert o["malformed_files"] == 2
    assert isinstance(o["seconds"], float) and o["seconds"] >= 0


def test_text_output_names_file_and_line(ds):
    r = status(ds / "data.yaml")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for word in ("images", "unlabeled", "auto", "reviewed", "boxes per class"):
        assert word in out
    assert f"{ds / 'labels' / 'train' / 'bad.txt'}:1: " in out
    assert f"{ds / 'labels' / 'train' / 'bad.txt'}:3: " in out
    assert f"{ds / 'labels' / 'val' / 'v.txt'}:2: " in out


def test_second_run_reads_only_what_changed(ds):
    first = status_json(ds)  # a folder works too (recursive)
    assert first["images"] == 6 and first["changes"]["parsed"] == 5
    again = status_json(ds)
    assert again["changes"] == {"new": 0, "changed": 0, "removed": 0, "parsed": 0}
    keys = ("images", "auto", "per_class")
    assert {k: again[k] for k in keys} == {k: first[k] for k in keys}
    p = ds / "labels" / "train" / "b.txt"
    p.write_text("0 0.5 0.5 0.2 0.2\n0 0.2 0.2 0.1 0.1\n")
    st = os.stat(p)
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - 5_000_000_000))  # a settled edit (not "racy")
    third = status_json(ds)
    assert third["changes"]["changed"] == 1 and third["changes"]["parsed"] == 1
    assert third["per_class"]["cat"] == first["per_class"]["cat"] + 2


def test_reviewed_and_least_sure_from_the_index(ds):
    with DatasetIndex.open(ds / "data.yaml") as idx:
        idx.refresh()
        a_boxes = np.array([[0.5, 0.5, 0.2, 0.2], [0.3, 0.3, 0.1, 0.1]])
        idx.record_predictions(
            [
                ("images/train/a.jpg", [0, 1], a_boxes, [0.9, 0.31]),
                ("images/train/b.jpg", [1], np.array([[0.5, 0.5, 0.2, 0.2]]), [0.55]),
            ],
            "m",
        )
        idx.set_reviewed("images/train/c.jpg")
    o = status_json(ds / "data.yaml")
    assert (o["reviewed"], o["auto"], o["labeled"], o["unlabeled"]) == (1, 2, 2, 1)
    assert [d["image"] for d in o["least_sure"]] == ["images/train/a.jpg", "images/train/b.jpg"]
    assert o["least_sure"][0]["min_conf"] == pytest.approx(0.31)
    text = status(ds / "data.yaml").stdout
    assert "0.310  images/train/a.jpg" in text
    assert o["edited"] == 0
    p = ds / "labels" / "train" / "b.txt"  # a person fixes b outside the app
    p.write_text("0 0.5 0.5 0.2 0.2\n")
    st = os.stat(p)
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - 5_000_000_000))
    o = status_json(ds / "data.yaml")
    assert (o["edited"], o["reviewed"]) == (1, 1)  # edited is its own count, not "reviewed and edited"
    lines = status(ds / "data.yaml").stdout.splitlines()
    assert any(ln.split()[:2] == ["edited", "1"] for ln in lines)
    assert any(ln.split()[:2] == ["reviewed", "1"] and "edited" not in ln for ln in lines)


def test_unreadable_dataset_exits_nonzero_in_one_line(tmp_path):
    r = status(tmp_path / "missing")
    assert r.returncode != 0
    assert len(r.stderr.strip().splitlines()) == 1 and "missing" in r.stderr and "Traceback" not in r.stderr


def test_racy_window_follows_the_file_systems_stamps():
    from app.core.dataset.scan import RACY_FINE_NS, RACY_NS, is_racy

    now = 1_700_000_000_123_456_789
    assert is_racy(now - 1_000_000, now)  # 1 ms before the scan: could change unseen
    assert not is_racy(now - RACY_FINE_NS - 7, now)  # sub-second stamp, 100 ms old: trusted
    whole = (now // 10**9) * 10**9 - 10**9  # whole-second stamp ~1.1 s old: a coarse
    assert is_racy(whole, now)  # file system, so not trusted yet
    assert not is_racy(now - RACY_NS - 1, now) and not is_racy(whole - RACY_NS, now)


def test_rerun_right_after_writing_reads_nothing_again(ds):
    """Label files stamped 0.3 s before a run (sub-second stamps, as on ext4/xfs/tmpfs) are not
    re-read by the next run: only a stamp within the clock tick of a run is."""
    import time

    t = time.time_ns() - 300_000_000
    for p in [ds, *ds.rglob("*")]:
        os.utime(p, ns=(t, t | 1))  # a sub-second stamp
    first = status_json(ds / "data.yaml")
    assert first["changes"]["parsed"] == 5
    again = status_json(ds / "data.yaml")
    assert again["changes"] == {"new": 0, "changed": 0, "removed": 0, "parsed": 0}
