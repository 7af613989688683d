"""Architecture rules: the import-linter contracts (pyproject.toml) hold; app.core loads no Qt."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT


def test_import_linter_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    assert exe.exists(), "import-linter is a dev dependency: pip install -e '.[dev]'"
    r = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert " 0 broken" in r.stdout and "kept" in r.stdout


def test_core_modules_import_without_qt_loaded():
    code = ("import sys, importlib, pkgutil, app.core as c\n"
            "for m in pkgutil.walk_packages(c.__path__, 'app.core.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = [m for m in sys.modules if m.startswith(('PyQt6', 'pyqtgraph', 'widgets', 'app.gui'))]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
