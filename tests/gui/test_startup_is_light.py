"""Opening the app must not load torch / a model the user may never run (memory, GUI stalls)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.paths import ROOT

pytestmark = pytest.mark.slow  # a real app process, then its model load

CODE = """
import sys, time
import app.gui
from PyQt6.QtWidgets import QApplication
qapp = QApplication(sys.argv[:1])
from app.gui.main_window import MainWindow
w = MainWindow()
w.ctx.set_model(sys.argv[1])
w.show()
w.open_path(sys.argv[2])
end = time.monotonic() + 3
while time.monotonic() < end:
    qapp.processEvents()
    time.sleep(0.01)
heavy = sorted(m for m in ("torch", "openvino", "onnxruntime") if m in sys.modules)
w.show_pane("Auto-label")
end = time.monotonic() + 60
while time.monotonic() < end and not w.panes["Auto-label"].names:
    qapp.processEvents()
    time.sleep(0.01)
print(heavy, w.panes["Auto-label"].names)
"""


def test_opening_the_app_loads_no_model_until_the_auto_label_pane_is_shown(tmp_path, demo_dir, demo_model):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LABELBENCH_SETTINGS=str(tmp_path / "s.ini"),
        PYTHONPATH=str(ROOT),
        YOLO_OFFLINE="1",
    )
    r = subprocess.run(
        [sys.executable, "-c", CODE, str(demo_model), str(demo_dir / "data.yaml")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    last = r.stdout.strip().splitlines()[-1]
    assert last == "[] ['circle', 'square', 'triangle', 'star', 'ring']", last
