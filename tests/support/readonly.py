"""Run the CLI with a folder read-only: a private read-only bind mount when root (root ignores
permission bits), else plain permission bits, restored afterwards.

    r = run_readonly(root, ["autolabel", str(root), "--model", str(MODEL)], timeout=240)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.support.hostile import _limits, run_cli
from tests.support.paths import ROOT


def run_readonly(folder, args, timeout: float, env: dict | None = None) -> subprocess.CompletedProcess:
    if os.geteuid() != 0:
        for dirpath, _dirs, _files in os.walk(folder):
            os.chmod(dirpath, 0o555)
        try:
            return run_cli(*args, timeout=timeout, mem=8 << 30, env=env)
        finally:
            for dirpath, _dirs, _files in os.walk(folder):
                os.chmod(dirpath, 0o755)
    if not shutil.which("unshare"):
        pytest.fail("running as root, this test needs unshare (util-linux) to make a read-only mount")
    script = (
        f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" "{folder}" && '
        f'exec "{sys.executable}" -m app ' + " ".join(f'"{a}"' for a in args)
    )
    e = {**os.environ, "YOLO_OFFLINE": "1", "PYTHONPATH": str(ROOT), **(env or {})}
    r = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limits(8 << 30),
        cwd=ROOT,
        env=e,
    )
    if "mount:" in r.stderr:
        pytest.fail(
            f"cannot make a read-only mount here (root needs one to see a read-only dataset): {r.stderr.strip()}"
        )
    return r
