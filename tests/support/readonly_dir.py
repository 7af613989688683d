"""A folder made read-only for the duration of a `with` block, in this very process (a GUI test):
a read-only bind mount of the folder over itself when root (root ignores permission bits), else
permission bits; restored afterwards either way.

    with read_only(root / "labels"):
        ...   # writing a file in there fails with EROFS (root) or EACCES
"""

from __future__ import annotations

import contextlib
import os
import subprocess

import pytest


@contextlib.contextmanager
def read_only(folder):
    folder = str(folder)
    if os.geteuid() != 0:
        mode = os.stat(folder).st_mode & 0o7777
        os.chmod(folder, 0o555)
        try:
            yield
        finally:
            os.chmod(folder, mode)
        return
    for cmd in (["mount", "--bind", folder, folder], ["mount", "-o", "remount,bind,ro", folder, folder]):
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode:
            subprocess.run(["umount", folder], capture_output=True)
            pytest.fail(f"cannot make {folder} read-only here (root needs a read-only mount): {r.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", folder], check=True)
