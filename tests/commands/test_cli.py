"""The command line: help lists what exists; user errors are one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import app.cli
from tests.support.paths import ROOT


def _run(*args, env=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, env=e, timeout=120
    )


def test_help_lists_every_subcommand_that_exists(capsys):
    r = _run("--help")
    assert r.returncode == 0
    names = list(app.cli._commands())
    assert "gui" in names
    for name in names:
        assert name in r.stdout, name
    for name in names:  # each subcommand has its own help (in this process: one start is enough)
        with pytest.raises(SystemExit) as e:
            app.cli.main([name, "--help"])
        out = capsys.readouterr().out
        assert e.value.code == 0, (name, out)
        assert out.startswith("usage: labelbench " + name), (name, out[:200])


def test_gui_without_display_says_so_in_one_line():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run(
        [sys.executable, "-m", "app", "gui"], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60
    )
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "xvfb-run make run" in lines[0]


def test_missing_path_is_one_line_error():
    r = _run("gui", "/no/such/folder", env={"QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 1
    assert r.stderr.strip() == "labelbench gui: error: /no/such/folder: no such file or folder"


def test_usage_error_exit_2():
    r = _run("--definitely-not-an-option")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr


def test_python_m_app_and_console_script_agree():
    r = _run("--version")
    assert r.returncode == 0 and r.stdout.startswith("labelbench ")
