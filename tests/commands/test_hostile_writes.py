"""Issue 22, part 1: LabelBench writes only inside the dataset's own folders, never through a link
that leads elsewhere. Every case is built here in a temp folder: a dataset, and victim files outside
it whose checksums must not change. Every run is a real CLI subprocess under a timeout and an
address-space cap (tests.support.hostile); a refusal is exit 1 and one stderr line naming the file."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3

import cv2
import numpy as np
import pytest

from tests.support.hostile import one_line_error, run_cli
from tests.support.paths import DEMO_MODEL

NAMES = "[circle, square, triangle, star, ring]"  # the demo model's classes


def _dataset(tmp_path, labels: bool = True):
    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    (root / "data.yaml").write_text(f"train: images\nnames: {NAMES}\n")
    for i in range(3):
        img = np.full((64, 64, 3), 200, np.uint8)
        cv2.circle(img, (32, 32), 10 + 5 * i, (0, 0, 255), -1)
        cv2.imwrite(str(root / "images" / f"im{i}.png"), img)
        if labels:
            (root / "labels" / f"im{i}.txt").write_text("0 0.5 0.5 0.2 0.2\n")
    return root


def _victims(tmp_path) -> dict:
    """Files and a folder outside the dataset an attacker would like us to write: {name: path}."""
    v = tmp_path / "outside"
    v.mkdir()
    (v / "precious.txt").write_text("precious data\n" * 100)
    con = sqlite3.connect(v / "other.sqlite")  # another program's database, in rollback mode
    con.execute("CREATE TABLE accounts (name TEXT, balance REAL)")
    con.execute("INSERT INTO accounts VALUES ('alice', 10.5)")
    con.commit()
    con.close()
    (v / "folder").mkdir()
    (v / "folder" / "keep.txt").write_text("keep\n")
    return {"file": v / "precious.txt", "db": v / "other.sqlite", "folder": v / "folder", "top": v}


def _sums(top) -> dict:
    """Every path under top (files, links, folders) with its sha256 (or its kind)."""
    out = {}
    for dirpath, dirs, files in os.walk(top):
        for n in dirs + files:
            p = os.path.join(dirpath, n)
            if os.path.islink(p):
                out[p] = "link " + os.readlink(p)
            elif os.path.isfile(p):
                with open(p, "rb") as f:
                    out[p] = hashlib.sha256(f.read()).hexdigest()
            else:
                out[p] = "dir"
    return out


def _autolabel(root, tmp_path, *extra, timeout=240):
    return run_cli(
        "autolabel",
        str(root),
        "--model",
        str(DEMO_MODEL),
        "--backend",
        "pt",
        "--quiet",
        *extra,
        timeout=timeout,
        mem=8 << 30,
        env={"LABELBENCH_CACHE": str(tmp_path / "cache")},
    )


def _labels(root) -> dict:
    return {p.name: p.read_bytes() for p in sorted((root / "labels").iterdir())}


# ---------------------------------------------------------------- our own files as symlinks / special files
@pytest.mark.parametrize(
    "own, what",
    [
        ("index.writer.lock", "the writer lock"),
        ("autolabel.journal", "the auto-label journal"),
        ("index.sqlite", "the dataset index"),
        ("index.sqlite-wal", "the dataset index's SQLite file"),
        (".gitignore", "the .labelbench/.gitignore"),
    ],
)
def test_own_file_symlinked_outside_is_refused_and_target_untouched(tmp_path, own, what):
    root = _dataset(tmp_path)
    v = _victims(tmp_path)
    (root / ".labelbench").mkdir()
    link = root / ".labelbench" / own
    os.symlink(v["file"], link)
    before, labels = _sums(v["top"]), _labels(root)
    for args in (("status", str(root)), None):
        r = run_cli(*args, timeout=60) if args else _autolabel(root, tmp_path)
        assert r.returncode == 1, r.stderr
        line = one_line_error(r)
        assert f"{link}: {what} is a symbolic link (to {v['file']}); " in line and "nothing was changed" in line
        assert _sums(v["top"]) == before  # the lock used to be truncated to 0 bytes through the link
        assert _labels(root) == labels
        assert os.path.islink(link)
    assert sorted(os.listdir(root / ".labelbench")) == [own]


@pytest.mark.parametrize("own", ["index.writer.lock", "autolabel.journal", "index.sqlite", ".gitignore"])
def test_own_file_as_fifo_is_one_line_not_a_hang(tmp_path, own):
    root = _dataset(tmp_path)
    (root / ".labelbench").mkdir()
    os.mkfifo(root / ".labelbench" / own)
    r = _autolabel(root, tmp_path, timeout=60)
    assert r.returncode == 1
    line = one_line_error(r)
    assert f"{root / '.labelbench' / own}: " in line and "is a FIFO (named pipe), not a regular file" in line


def test_dangling_index_and_gitignore_links_create_nothing(tmp_path):
    root = _dataset(tmp_path)
    v = _victims(tmp_path)
    (root / ".labelbench").mkdir()
    for own, target in (("index.sqlite", v["top"] / "new.sqlite"), (".gitignore", v["top"] / "new-gitignore")):
        os.symlink(target, root / ".labelbench" / own)
        r = run_cli("status", str(root), timeout=60)
        assert r.returncode == 1
        assert f"{root / '.labelbench' / own}: " in one_line_error(r)
        assert not os.path.lexists(target)  # used to be created through the link
        os.unlink(root / ".labelbench" / own)


def test_index_symlink_to_foreign_database_never_migrates_it(tmp_path):
    root = _dataset(tmp_path)
    v = _victims(tmp_path)
    (root / ".labelbench").mkdir()
    os.symlink(v["db"], root / ".labelbench" / "index.sqlite")
    before = _sums(v["top"])
    r = run_cli("status", str(root), "--json", timeout=60)
    assert r.returncode == 1 and r.stdout == ""
    assert "the dataset index is a symbolic link" in one_line_error(r)
    assert _sums(v["top"]) == before
    con = sqlite3.connect(f"file:{v['db']}?mode=ro", uri=True)
    assert [n for (n,) in con.execute("SELECT name FROM sqlite_master")] == ["accounts"]  # no tables added
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    con.close()


def test_foreign_database_copied_in_is_kept_aside_unchanged(tmp_path):
    """A regular file in the index's place that is another program's database: never changed or
    migrated; kept aside with one line naming the copy, the index rebuilt beside it."""
    root = _dataset(tmp_path)
    v = _victims(tmp_path)
    (root / ".labelbench").mkdir()
    shutil.copy(v["db"], root / ".labelbench" / "index.sqlite")
    want = _sums(v["top"])[str(v["db"])]
    r = run_cli("status", str(root), "--json", timeout=60)
    assert r.returncode == 0, r.stderr
    line = one_line_error(r)
    assert "the dataset index is not a LabelBench index (another program's SQLite database); kept aside as " in line
    aside = [p for p in (root / ".labelbench").iterdir() if p.name.startswith("index.sqlite.foreign-")]
    assert len(aside) == 1 and str(aside[0]) in line
    assert hashlib.sha256(aside[0].read_bytes()).hexdigest() == want  # byte for byte: not even switched to WAL
    import json

    assert json.loads(r.stdout)["images"] == 3


# ---------------------------------------------------------------- folders that lead outside
def test_labelbench_folder_symlinked_outside_is_refused(tmp_path):
    root = _dataset(tmp_path)
    v = _victims(tmp_path)
    os.symlink(v["folder"], root / ".labelbench")
    before = _sums(v["top"])
    for r in (run_cli("status", str(root), timeout=60), _autolabel(root, tmp_path)):
        assert r.returncode == 1
        line = one_line_error(r)
        assert f"{root / '.labelbench'}: the .labelbench folder leads outside {root} (to {v['folder']})" in line
        assert _sums(v["top"]) == before  # no index, lock, journal, .gitignore or probe file made there


@pytest.mark.parametrize("dangling", [False, True])
def test_labels_folder_symlinked_outside_is_refused_before_the_model_loads(tmp_path, dangling):
    root = _dataset(tmp_path, labels=False)
    v = _victims(tmp_path)
    shutil.rmtree(root / "labels")
    target = v["top"] / "not-yet" if dangling else v["folder"]
    os.symlink(target, root / "labels")
    before = _sums(v["top"])
    r = _autolabel(root, tmp_path)
    assert r.returncode == 1
    line = one_line_error(r)
    assert f"{root / 'labels'}: the label folder leads outside {root}" in line and "nothing was changed" in line
    assert _sums(v["top"]) == before
    assert not os.path.lexists(target) or not dangling  # a dangling link's target is not created either


@pytest.mark.slow  # real auto-label CLI runs
def test_symlinked_image_tree_keeps_its_labels_with_it(tmp_path):
    """Not refused: a split folder that is a link to another disk carries images/ and labels/ along."""
    root = _dataset(tmp_path, labels=False)
    elsewhere = tmp_path / "bigdisk" / "train"
    (elsewhere / "images").mkdir(parents=True)
    (elsewhere / "labels").mkdir()
    shutil.copy(root / "images" / "im0.png", elsewhere / "images" / "far.png")
    os.symlink(elsewhere, root / "train")
    r = _autolabel(root, tmp_path)
    assert r.returncode == 0, r.stderr
    assert (elsewhere / "labels" / "far.txt").is_file()


@pytest.mark.parametrize("out_link", [".labelbench", "images"])
def test_out_folder_links_leading_outside_are_refused(tmp_path, out_link):
    root = _dataset(tmp_path, labels=False)
    v = _victims(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(v["folder"], out / out_link)
    before = _sums(v["top"])
    r = _autolabel(root, tmp_path, "--out", str(out))
    assert r.returncode == 1
    assert f"{out / out_link}: the " in one_line_error(r)
    assert _sums(v["top"]) == before


# ---------------------------------------------------------------- index rows are data
def _too_deep(top, levels=150, name="d" * 30):
    """A folder chain whose full path is longer than PATH_MAX: the scan cannot finish, so it
    removes no index row (rows of vanished images are only dropped after a complete scan)."""
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir(name, dir_fd=fd)
            nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
    finally:
        os.close(fd)


@pytest.mark.parametrize("rel", ["ABS", "../outside/precious.png", "images/../../outside/precious.png"])
def test_index_row_outside_the_dataset_is_never_acted_on(tmp_path, rel):
    root = _dataset(tmp_path)
    v = _victims(tmp_path)
    victim = v["top"] / "precious.png"
    shutil.copy(root / "images" / "im0.png", victim)
    rel = str(victim) if rel == "ABS" else rel
    assert run_cli("status", str(root), timeout=60).returncode == 0
    con = sqlite3.connect(root / ".labelbench" / "index.sqlite")
    con.execute("INSERT INTO images(rel, status, label_mtime_ns, label_size) VALUES (?, 'reviewed', 1, 1)", (rel,))
    con.commit()
    con.close()
    _too_deep(root / "images")
    before = _sums(v["top"])
    out = tmp_path / "export"
    r = run_cli("convert", "yolo", str(root), str(out), "--mode", "copy", timeout=120)
    assert _sums(v["top"]) == before  # the absolute path used to be deleted, then copy failed
    assert "Traceback" not in r.stderr
    notes = [ln for ln in r.stderr.splitlines() if "index row(s) named paths outside the dataset" in ln]
    assert len(notes) == 1 and repr(rel) in notes[0] and "no file was touched" in notes[0]
    assert not any(str(p).startswith(str(v["top"])) for p in out.rglob("*") if p.is_symlink())
    r = run_cli("status", str(root), "--json", timeout=60)
    assert "index row" not in r.stderr  # removed once, for good


def test_journal_lines_outside_the_dataset_are_ignored(tmp_path):
    from app.core.autolabel.engine.stages import Journal

    (tmp_path / "autolabel.journal").write_text("/etc/passwd\n../x.png\nimages/a.png\n\n")
    assert Journal(tmp_path).pending() == {"images/a.png"}


# ---------------------------------------------------------------- names with terminal escapes
@pytest.mark.slow  # real auto-label CLI runs
def test_file_names_with_escape_sequences_are_printed_escaped(tmp_path):
    root = _dataset(tmp_path)
    evil = "x\x1b]0;pwned\x07\x1b[2J"
    shutil.copy(root / "images" / "im0.png", root / "images" / f"{evil}.png")
    (root / "labels" / f"{evil}.txt").write_text("0 0.5 0.5 0.2\n")  # malformed: listed by status
    (root / "images" / f"bad{evil}.png").write_bytes(b"not an image")
    r = run_cli("status", str(root), timeout=60)
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    assert "x\\x1b]0;pwned\\x07\\x1b[2J.txt:1: " in r.stdout
    r = run_cli("status", str(tmp_path / f"missing{evil}"), timeout=60)
    assert r.returncode == 1 and "\x1b" not in r.stderr
    assert "missing" + "x\\x1b]0;pwned\\x07\\x1b[2J: no such file or folder" in one_line_error(r)
    r = run_cli(
        "autolabel",
        str(root),
        "--model",
        str(DEMO_MODEL),
        "--backend",
        "pt",
        "--force",
        "--overwrite-reviewed",
        timeout=240,
        mem=8 << 30,
        env={"LABELBENCH_CACHE": str(tmp_path / "cache")},
    )
    assert r.returncode == 0, r.stderr
    named = [ln for ln in r.stderr.splitlines() if "pwned" in ln]
    assert len(named) == 1 and "\x1b" not in named[0] and "\x07" not in named[0]
    assert "skipped " + str(root / "images" / "badx\\x1b]0;pwned\\x07\\x1b[2J.png") + ": " in r.stderr
