"""The check every test session ends with (tests/conftest.py: nothing written into the checkout) sees
what a test could leave there, on a real git repository."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.support import checkout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to read a checkout's status")
def test_writes_under_resources_and_ignored_files_are_seen_tool_caches_are_not(tmp_path):
    repo = tmp_path / "repo"
    (repo / "resources" / "demo" / "labels").mkdir(parents=True)
    (repo / "resources" / "demo" / "labels" / "a.txt").write_text("0 0.5 0.5 0.1 0.1\n")
    (repo / "app").mkdir()
    (repo / "app" / "x.py").write_text("")
    (repo / ".gitignore").write_text(".labelbench/\n__pycache__/\n/artifacts/\n.pytest_cache/\n")

    def git(*args):
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "init")
    before = checkout.status(repo)
    assert before == set()
    (repo / "resources" / "demo" / ".labelbench").mkdir()
    (repo / "resources" / "demo" / ".labelbench" / "index.sqlite").write_bytes(b"")
    (repo / "resources" / "demo" / "labels" / "a.txt").write_text("")
    (repo / "resources" / "demo" / "autolabels").mkdir()
    (repo / "resources" / "demo" / "autolabels" / "a.txt").write_text("")
    (repo / "artifacts" / "e2e").mkdir(parents=True)
    (repo / "artifacts" / "e2e" / "shot.png").write_bytes(b"")
    (repo / "app" / "__pycache__").mkdir()
    (repo / "app" / "__pycache__" / "x.pyc").write_bytes(b"")
    (repo / ".pytest_cache").mkdir()
    (repo / "app" / "new_module.py").write_text("")  # someone else's new files in a shared checkout
    (repo / "resources" / "docs").mkdir()
    (repo / "resources" / "docs" / "manual.md").write_text("")
    assert checkout.written(before, checkout.status(repo)) == [
        " M resources/demo/labels/a.txt",
        "!! artifacts/",
        "!! resources/demo/.labelbench/",
        "?? resources/demo/autolabels/",
    ]
    assert checkout.status(tmp_path) is None  # not a checkout: nothing to compare
