"""What a test run may not do: write into the checkout (tests/conftest.py checks it for every session).

`git status --porcelain --ignored` before and after; a new entry under the bundled data folders
(resources/demo, models, runs, pipelines: any kind, a modified, new or ignored file)
or a new ignored file anywhere (an index, auto-labels, runs, screenshots: what a program writes
is git-ignored) is a write into the checkout. Tool caches (__pycache__, .pytest_cache, .ruff_cache,
...) are not counted. New or edited source files elsewhere (resources/docs, app/, tests/) are not
counted either: in a checkout several people edit at once, those are theirs.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

TOOL_CACHES = {
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".mypy_cache",
    ".import_linter_cache",
    ".grimp_cache",
    ".venv",
    ".hypothesis",
}
DATA = tuple(f"resources/{d}/" for d in ("demo", "models", "runs", "pipelines"))


def status(root: Path) -> set[str] | None:
    """The checkout's `git status --porcelain --ignored` lines; None where root is not a git checkout
    (an unpacked sdist) or git is missing."""
    if shutil.which("git") is None or not (root / ".git").exists():
        return None
    r = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain", "--ignored"], capture_output=True, text=True, timeout=60
    )
    return set(r.stdout.splitlines()) if r.returncode == 0 else None


def _counted(line: str) -> bool:
    kind, path = line[:2], line[3:].strip('"')
    parts = Path(path.rstrip("/")).parts
    if any(p in TOOL_CACHES or p.endswith(".egg-info") for p in parts):
        return False
    return path.startswith(DATA) or kind == "!!"


def written(before: set[str], after: set[str]) -> list[str]:
    """The status lines that say something was written into the checkout between the two looks."""
    return sorted(line for line in after - before if _counted(line))
