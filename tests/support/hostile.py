"""Probing the CLI with hostile input: a subprocess under a wall-clock timeout and an address-space cap.

r = run_cli("status", str(root), timeout=60)
assert r.returncode == 1 and r.stderr.count("\\n") == 1
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys

from tests.support.paths import ROOT

MEM_CAP = 3 << 30  # 3 GiB of address space: the probes that used to blow up took 5-8 GB


def _limits(mem: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))

    return apply


def run_cli(*args: str, timeout: float = 60, mem: int = MEM_CAP, cwd=None, env=None) -> subprocess.CompletedProcess:
    """`python -m app ARGS` in a subprocess; TimeoutExpired propagates (a hang fails the test)."""
    e = dict(os.environ, YOLO_OFFLINE="1", PYTHONPATH=str(ROOT))
    e.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limits(mem),
        cwd=cwd or ROOT,
        env=e,
    )


def one_line_error(r: subprocess.CompletedProcess) -> str:
    """The single stderr line of a refused run (asserts: no traceback, exactly one line)."""
    assert "Traceback" not in r.stderr, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    return lines[0]
