"""Issue 22: a dataset whose own index cannot be written (`.labelbench/index.sqlite` chmod 444,
its folder 555, or either alone). `status` and `autolabel` use an index in the user's cache
instead, carry the review status over from the read-only one, and say so in one line naming both
files; never a traceback, and the read-only index is not touched (checksums). Run so that file
modes count: as root, without the capabilities that ignore them (tests.support.readonly)."""

from __future__ import annotations

import hashlib
import json
import os

import cv2
import numpy as np
import pytest

from app.core.dataset.index import DatasetIndex
from tests.support.hostile import one_line_error
from tests.support.paths import DEMO_MODEL
from tests.support.readonly import modes_count, run_obeying_modes

NAMES = "[circle, square, triangle, star, ring]"  # the demo model's classes
REVIEWED = "images/im1.png"


def _dataset(tmp_path):
    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    (root / "data.yaml").write_text(f"train: images\nnames: {NAMES}\n")
    for i in range(3):
        img = np.full((96, 128, 3), 220, np.uint8)
        cv2.circle(img, (40 + 9 * i, 48), 16, (0, 0, 255), -1)
        cv2.imwrite(str(root / "images" / f"im{i}.png"), img)
    (root / "labels" / "im1.txt").write_text("3 0.250000 0.250000 0.100000 0.100000\n")
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        idx.set_reviewed(REVIEWED)
    return root


def _sums(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def locked(tmp_path, request):
    """(root, index) with the index and/or its folder read-only (modes restored afterwards)."""
    root = _dataset(tmp_path)
    lb = root / ".labelbench"
    probe = tmp_path / "probe"
    probe.mkdir(mode=0o555)
    modes_count(probe)
    what = request.param
    if what in ("file", "both"):
        for f in lb.iterdir():
            f.chmod(0o444)
    if what in ("folder", "both"):
        lb.chmod(0o555)
    yield root, lb / "index.sqlite"
    lb.chmod(0o755)
    for f in lb.iterdir():
        f.chmod(0o644)


def _warning(r, index) -> str:
    line = one_line_error(r)
    assert line.startswith(f"labelbench: warning: {index}: the dataset index cannot be written"), line
    assert "(it or its folder is read-only); LabelBench keeps the index in " in line
    assert "make the file and its folder writable to use it again" in line
    return line


@pytest.mark.parametrize("locked", ["both", "file", "folder"], indirect=True)
def test_status_on_a_read_only_index_keeps_the_reviews(tmp_path, locked):
    root, index = locked
    before = _sums(index.parent)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    r = run_obeying_modes("status", "--json", str(root), timeout=60, env=env)
    assert r.returncode == 0, r.stderr
    line = _warning(r, index)
    assert "the review status of 1 reviewed image(s) was copied from it (0 more marked edited)" in line
    js = json.loads(r.stdout)
    assert js["reviewed"] == 1 and js["images"] == 3
    assert js["index"].startswith(str(tmp_path / "cache" / "labelbench" / "index")) and js["index"] in line
    r = run_obeying_modes("status", str(root), timeout=60, env=env)  # again: the copy, said again
    assert r.returncode == 0, r.stderr
    assert "review status copied from it when that copy was made" in _warning(r, index)
    assert "reviewed         1" in r.stdout
    assert _sums(index.parent) == before  # nothing written beside the read-only index


@pytest.mark.slow  # a real auto-label run (the demo model)
@pytest.mark.parametrize("locked", ["both"], indirect=True)
def test_autolabel_on_a_read_only_index_keeps_the_review(tmp_path, locked):
    root, index = locked
    before = _sums(index.parent)
    person = (root / "labels" / "im1.txt").read_bytes()
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "YOLO_CONFIG_DIR": str(tmp_path / "yolo")}
    args = ["autolabel", str(root), "--model", str(DEMO_MODEL), "--backend", "pt", "--quiet"]
    r = run_obeying_modes(*args, timeout=240, mem=8 << 30, env=env)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    lines = [ln for ln in r.stderr.splitlines() if "index.sqlite" in ln]
    assert len(lines) >= 1 and all(f"{index}: the dataset index cannot be written" in ln for ln in lines), r.stderr
    assert (root / "labels" / "im0.txt").is_file() and (root / "labels" / "im2.txt").is_file()
    assert (root / "labels" / "im1.txt").read_bytes() == person  # reviewed: left alone
    assert _sums(index.parent) == before
    js = json.loads(run_obeying_modes("status", "--json", str(root), timeout=60, env=env).stdout)
    assert js["reviewed"] == 1 and js["auto"] == 2


def test_modes_count_for_the_probe_user(tmp_path):
    """The helper itself: a child run the way these tests run the CLI cannot write a 555 folder."""
    d = tmp_path / "ro"
    d.mkdir(mode=0o555)
    modes_count(d)  # skips, naming the reason, where it cannot be arranged
    assert not os.path.exists(d / ".probe")
