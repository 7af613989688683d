"""Architecture rule: app.core imports no Qt and no widgets; widgets import nothing from app."""
from __future__ import annotations

from tests.support.paths import ROOT
import subprocess
import sys
from pathlib import Path



def test_import_linter_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    assert exe.exists(), "import-linter is a dev dependency: pip install -e '.[dev]'"
    r = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "2 kept, 0 broken" in r.stdout


def test_core_modules_import_without_qt_loaded():
    code = ("import sys, importlib, pkgutil, app.core as c\n"
            "for m in pkgutil.walk_packages(c.__path__, 'app.core.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = [m for m in sys.modules if m.startswith(('PyQt6', 'pyqtgraph', 'widgets', 'app.gui'))]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
