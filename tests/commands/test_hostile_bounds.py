"""Issue 22, the probe's cases that had no test of their own: a data.yaml whose `train:` lists
10,000 folders (it took 9-18 s: quadratic) and a missing optional package asked for at run time
(Ultralytics' AutoUpdate would start pip). Each in a temp folder, under a timeout and a memory cap,
with the exit code, the one line and checksums of a victim file outside the dataset."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time

import cv2
import numpy as np
import pytest

from tests.support.hostile import MEM_CAP, _limits, run_cli
from tests.support.paths import DEMO_MODEL, ROOT
from tests.support.sandbox import Sandbox


def _sum(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow  # 10,000 folders made, then a CLI run
def test_a_train_list_of_10000_folders_is_bounded(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("not the dataset's\n")
    before = _sum(victim)
    root = tmp_path / "ds"
    for i in range(10_000):
        (root / "images" / f"d{i:05d}").mkdir(parents=True)
    for i in (0, 4321, 9999):
        cv2.imwrite(str(root / "images" / f"d{i:05d}" / "im.png"), np.full((16, 16, 3), 90, np.uint8))
    (root / "data.yaml").write_text(
        "train:\n" + "".join(f"  - images/d{i:05d}\n" for i in range(10_000)) + "names: [a]\n"
    )
    t0 = time.monotonic()
    r = run_cli("status", str(root / "data.yaml"), "--json", timeout=60, mem=MEM_CAP)
    took = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert json.loads(r.stdout)["images"] == 3
    assert took < 30, took  # about 1-2 s here; it was 9-18 s
    assert _sum(victim) == before


@pytest.mark.slow  # imports torch and Ultralytics
def test_a_missing_package_is_one_line_and_never_starts_pip(tmp_path):
    """What Ultralytics does when it wants a package that is not installed (pi-heif for a HEIC, onnx for
    an export): under LabelBench's settings (`import app` applies them) it says so in one line and
    returns; no pip or uv process is started (fake ones first on PATH record any call)."""
    box = Sandbox(tmp_path)
    try:
        code = (
            "import app, sys\n"
            "from ultralytics.utils.checks import check_requirements\n"
            "sys.exit(0 if check_requirements('labelbench-no-such-package>=1') is False else 3)\n"
        )
        r = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=120,
            preexec_fn=_limits(8 << 30),  # address space: torch maps its CUDA libraries
            cwd=ROOT,
            env=box.env(),
        )
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
        lines = [ln for ln in (r.stdout + r.stderr).splitlines() if "labelbench-no-such-package" in ln]
        assert len(lines) == 1 and "not found, AutoUpdate disabled" in lines[0], (r.stdout, r.stderr)
        assert box.calls() == [] and box.connections() == []
    finally:
        box.close()


@pytest.mark.parametrize(
    "command",
    [
        "status",
        pytest.param("audit", marks=pytest.mark.slow),  # the demo model over three images
    ],
)
def test_json_parses_on_a_first_ultralytics_run(tmp_path, command):
    """`status --json` and `audit --json` with a fresh Ultralytics config folder and Ultralytics not
    quieted (its first-run settings banner goes to stdout): one JSON document on stdout, no pip."""
    box = Sandbox(tmp_path)
    try:
        root = tmp_path / "ds"
        (root / "images").mkdir(parents=True)
        (root / "labels").mkdir()
        (root / "data.yaml").write_text("train: images\nnames: [circle, square, triangle, star, ring]\n")
        for i in range(3):
            img = np.full((96, 128, 3), 220, np.uint8)
            cv2.circle(img, (40 + 9 * i, 48), 16, (0, 0, 255), -1)
            cv2.imwrite(str(root / "images" / f"im{i}.png"), img)
            (root / "labels" / f"im{i}.txt").write_text("0 0.350000 0.500000 0.250000 0.330000\n")
        args = ["--model", str(DEMO_MODEL), "--backend", "pt", "--quiet"] if command == "audit" else []
        r = box.run(command, root, "--json", *args, timeout=300)
        assert r.returncode == 0, r.stderr
        doc = json.loads(r.stdout)
        assert doc["images"] == 3
        assert box.calls() == [] and box.connections() == []
        assert (tmp_path / "ultralytics_config").exists() or command == "status"
    finally:
        box.close()
