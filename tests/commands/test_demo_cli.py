"""`labelbench demo` (what `make run` starts) opens the user's copy of the demo dataset, made on
first start in the data folder; the checkout's resources/ are only read."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support import checkout
from tests.support.paths import DEMO_DIR, ROOT


@pytest.mark.slow  # the whole app in a subprocess
def test_labelbench_demo_opens_a_copy_and_writes_nothing_into_the_checkout(tmp_path):
    before = checkout.status(ROOT)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LABELBENCH_SETTINGS=str(tmp_path / "s.ini"),
        LABELBENCH_DATA=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    r = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--pane", "Review", "--quit-after", "0.5"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    copy = tmp_path / "data" / "demo"
    assert (copy / "data.yaml").read_bytes() == (DEMO_DIR / "data.yaml").read_bytes()
    assert len(list((copy / "images").rglob("*.jpg"))) == 24
    assert (copy / ".labelbench" / "index.sqlite").is_file()  # the Review pane indexed the copy
    if before is not None:
        assert checkout.written(before, checkout.status(ROOT) or set()) == []
    r = subprocess.run(
        [sys.executable, "-m", "app", "--help"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert "demo" in r.stdout
