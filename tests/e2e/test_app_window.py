"""End to end: the real `labelbench` process in a real X server (Xvfb), screenshot checked.

The screenshot is written to the test's tmp_path (app_window.png; pytest keeps the last three
runs' folders under /tmp/pytest-of-$USER/) for people to look at, never into the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from tests.support.paths import ROOT

pytestmark = pytest.mark.slow  # the real app in Xvfb, end to end

GRAB = """
import sys
from PyQt6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])
sys.exit(0 if ok else 3)
"""


@pytest.fixture()
def xserver(tmp_path):
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is required for the e2e test: apt-get install xvfb (see resources/docs/getting-started.md)"
    assert shutil.which("xwininfo"), "xwininfo is required for the e2e test: apt-get install x11-utils"
    r, w = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(w), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(w,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(w)
    num = b""
    with os.fdopen(r, "rb") as f:
        while not num.endswith(b"\n"):
            ch = f.read(1)
            assert ch, "Xvfb did not start"
            num += ch
    display = f":{num.decode().strip()}"
    yield display
    proc.terminate()
    proc.wait(10)


def _window_titles(display: str) -> str:
    r = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=20,
    )
    return r.stdout


def _find_image(shot: np.ndarray, image: np.ndarray) -> float:
    """Best normalized correlation of `image` inside `shot` over the zoom levels a fit view can use."""
    g = cv2.cvtColor(shot, cv2.COLOR_BGR2GRAY)
    t0 = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    best = -1.0
    for s in np.arange(0.6, 2.4, 0.02):
        t = cv2.resize(t0, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)[10:-10, 10:-10]
        if t.shape[0] >= g.shape[0] or t.shape[1] >= g.shape[1]:
            break
        best = max(best, float(cv2.matchTemplate(g, t, cv2.TM_CCOEFF_NORMED).max()))
    return best


def test_real_app_window_under_xvfb(xserver, tmp_path, demo_dir):
    shot_path = tmp_path / "app_window.png"
    exe = Path(sys.executable).with_name("labelbench")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "app"]
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=xserver, QT_QPA_PLATFORM="xcb", LABELBENCH_SETTINGS=str(tmp_path / "s.ini"))
    app = subprocess.Popen(
        cmd + [str(demo_dir / "data.yaml"), "--pane", "Browse"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while "LabelBench — demo" not in _window_titles(xserver):
            assert app.poll() is None, f"app exited early:\n{app.stdout.read()}"
            assert time.monotonic() < deadline, "no LabelBench window appeared"
            time.sleep(0.5)
        time.sleep(3)  # let the listing worker and the image decode finish
        grab_env = dict(env, QT_QPA_PLATFORM="xcb")
        r = subprocess.run(
            [sys.executable, "-c", "import app.gui\n" + GRAB, str(shot_path)],
            cwd=ROOT,
            env=grab_env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert r.returncode == 0, r.stderr
        assert app.poll() is None, "app died while being photographed"
    finally:
        app.terminate()
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()
    shot = cv2.imread(str(shot_path))
    assert shot is not None and shot.shape[:2] == (1000, 1600)
    win = shot[:900, :1400]  # the window's default geometry
    assert win.std() > 20, "screenshot is blank"
    assert len(np.unique(win.reshape(-1, 3), axis=0)) > 500, "screenshot has almost no content"
    first = cv2.imread(str(demo_dir / "images" / "train" / "demo_000000.jpg"))
    # the image under its label and prediction boxes scored 0.89 (a fit view at 168 % crops its rows);
    # the other demo images score 0.16-0.31 against the same screenshot
    assert _find_image(win, first) > 0.8, "the first demo image is not visible in the window"
