"""Run the CLI with a folder read-only: a private read-only bind mount when root (root ignores
permission bits), else plain permission bits, restored afterwards.

    r = run_readonly(root, ["autolabel", str(root), "--model", str(MODEL)], timeout=240)

Or run it so that file modes count (chmod 444 / 555 made by the test): as root, without the two
capabilities that let root ignore them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH dropped from the
child's bounding set before exec; its uid stays 0, so the interpreter under /root stays
reachable, which a switch to `nobody` would not be); as any other user, plainly.

    r = run_obeying_modes("status", str(root), timeout=60)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.support.hostile import MEM_CAP, _limits, run_cli
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


_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _PR_CAPBSET_DROP = 1, 2, 24


def _drop_dac(mem: int):
    limit = _limits(mem)

    def apply():
        import ctypes

        limit()
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
            if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return apply


def modes_count(folder) -> None:
    """Skip (with the reason) where a child run as this user would still write into `folder`
    (made read-only by the caller): root whose capabilities cannot be dropped here."""
    probe = os.path.join(folder, ".probe")
    code = f"open({probe!r}, 'w')"
    pre = _drop_dac(MEM_CAP) if os.geteuid() == 0 else None
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=pre, timeout=60)
    if r.returncode == 0:
        os.unlink(probe)
        pytest.skip(f"file modes do not stop this user here (uid {os.geteuid()}, capabilities kept): {folder}")


def run_obeying_modes(*args: str, timeout: float, mem: int = MEM_CAP, env: dict | None = None):
    """`python -m app ARGS` in a subprocess that file modes stop (see the module doc)."""
    if os.geteuid() != 0:
        return run_cli(*args, timeout=timeout, mem=mem, env=env)
    e = {**os.environ, "YOLO_OFFLINE": "1", "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_drop_dac(mem),
        cwd=ROOT,
        env=e,
    )
