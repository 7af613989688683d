"""A full disk is one line naming what could not be written, nothing is torn, and the same command
run again after freeing space finishes. The real case runs on a small tmpfs (mounting needs root,
as CI and this project's machines run); the translation itself is checked everywhere."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess

import pytest

from app.cli import storage_error
from tests.support.autolabel_data import MODEL, make_images, run_cli


def test_storage_errors_are_one_line_and_others_are_not_hidden():
    line = storage_error(OSError(errno.ENOSPC, "No space left on device", "/x/out/a.txt"))
    assert line.startswith("/x/out/a.txt: no space left on the device (") and "run the same command again" in line
    assert "index: no space left" in storage_error(sqlite3.OperationalError("database or disk is full"))
    assert "read-only" in storage_error(sqlite3.OperationalError("attempt to write a readonly database"))
    assert storage_error(OSError(errno.EIO, "Input/output error", "/x")) is None  # a real fault: traceback
    assert storage_error(sqlite3.OperationalError("no such table: images")) is None


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_autolabel_on_a_full_disk_then_freed_finishes(tmp_path, shared_exports):
    # shared_exports: the disk that fills is the output's; the model's OpenVINO export (in the
    # cache, elsewhere) is the session's one, not made again for this test
    make_images(tmp_path / "ds", 12)
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], check=True)
    try:
        filler = disk / "filler"
        filler.write_bytes(b"\0" * (960 << 10))
        r = run_cli(str(tmp_path / "ds"), "--model", str(MODEL), "--out", str(disk / "out"))
        assert r.returncode == 1 and "Traceback" not in r.stderr
        err = [ln for ln in r.stderr.splitlines() if ln.startswith("labelbench autolabel: error:")]
        assert len(err) == 1 and "no space left on the device" in err[0], r.stderr
        for p in (disk / "out").rglob("*.txt"):  # whatever was written is whole
            if p.name != "classes.txt":
                assert all(len(ln.split()) == 5 for ln in p.read_text().splitlines()), p
        filler.unlink()
        r = run_cli(str(tmp_path / "ds"), "--model", str(MODEL), "--out", str(disk / "out"))
        assert r.returncode == 0, r.stderr[-1500:]
        labels = [p for p in (disk / "out").rglob("*.txt") if p.name != "classes.txt"]
        assert len(labels) == 12
    finally:
        subprocess.run(["umount", str(disk)], check=False)
