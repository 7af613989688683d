"""The README and the manual (resources/docs/*.md) name only things that exist: every `app/...`,
`tests/...`, `scripts/...`, `resources/...` path, every `labelbench SUBCOMMAND`, every `make TARGET`,
every relative link and picture (and the #section a link names). The README stays short, every
chapter is listed in Help ▸ Manual, and the licence is the one pyproject.toml names."""

from __future__ import annotations

import re
import tomllib

import pytest

from app.cli import _commands
from tests.support.paths import ROOT

DOCS = ROOT / "resources" / "docs"
FILES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
PATH = re.compile(r"(?<![\w./~<>-])((?:app|tests|scripts|resources)/[\w.*/-]*)(::\w+)?")
COMMAND = re.compile(r"(?<![\w/.~-])labelbench[ \t]+([a-z][\w-]*)")
MAKE = re.compile(r"(?:^|`)[ \t]*make[ \t]+([a-z][\w-]*)", re.M)  # in code: `make run`, a line of a sh block
LINK = re.compile(r"\]\(([^)\s]+)\)|\b(?:src|href)=\"([^\"]+)\"")
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _ids(files):
    return [f.relative_to(ROOT).as_posix() for f in files]


def slug(title: str) -> str:
    """GitHub's anchor for a heading (app.gui.common.manual.slug follows the same rule; a test checks)."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


def headings(text: str) -> list[str]:
    out, fenced = [], False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced and (m := HEADING.match(line)):
            out.append(m.group(2))
    return out


@pytest.mark.parametrize("doc", FILES, ids=_ids(FILES))
def test_every_named_path_exists(doc):
    missing = []
    for m in PATH.finditer(doc.read_text(encoding="utf-8")):
        rel, test = m.group(1).rstrip(".,:;"), m.group(2)
        found = list(ROOT.glob(rel.rstrip("/"))) if "*" in rel else [ROOT / rel]
        if not any(p.exists() for p in found):
            missing.append(rel)
        elif test and f"def {test[2:]}(" not in found[0].read_text(encoding="utf-8"):
            missing.append(rel + test)
    assert not missing, f"{doc.name} names paths that do not exist: {sorted(set(missing))}"


@pytest.mark.parametrize("doc", FILES, ids=_ids(FILES))
def test_every_named_subcommand_exists(doc):
    commands = set(_commands())
    named = {m.group(1) for m in COMMAND.finditer(doc.read_text(encoding="utf-8"))}
    assert named <= commands, f"{doc.name} names subcommands that do not exist: {sorted(named - commands)}"


@pytest.mark.parametrize("doc", FILES, ids=_ids(FILES))
def test_every_named_make_target_exists(doc):
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, flags=re.M))
    named = {m.group(1) for m in MAKE.finditer(doc.read_text(encoding="utf-8"))}
    assert named <= targets, f"{doc.name} names make targets that do not exist: {sorted(named - targets)}"


@pytest.mark.parametrize("doc", FILES, ids=_ids(FILES))
def test_every_relative_link_and_picture_resolves(doc):
    text = doc.read_text(encoding="utf-8")
    broken = []
    for m in LINK.finditer(text):
        target = m.group(1) or m.group(2)
        if re.match(r"[a-z]+:", target):  # http:, https:, mailto:
            continue
        path, _, fragment = target.partition("#")
        dest = (doc.parent / path).resolve() if path else doc
        if not dest.exists():
            broken.append(target)
        elif fragment and dest.suffix == ".md" and fragment not in {slug(h) for h in headings(dest.read_text())}:
            broken.append(target)
    assert not broken, f"{doc.name} has links to nothing: {broken}"


def test_the_subcommand_check_sees_every_subcommand():
    """Each subcommand is described somewhere (the README's table names them all)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = {m.group(1) for m in COMMAND.finditer(readme)}
    assert set(_commands()) - {"gui"} <= named


def test_readme_is_short_and_points_to_the_manual():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300
    for doc in DOCS.glob("*.md"):
        if doc.stem != "index":
            assert f"resources/docs/{doc.name}" in text, f"the README does not point to {doc.name}"
    for phrase in ("make run", "make test", "make test-fast", "make test ARGS="):
        assert phrase in text


def test_every_chapter_is_in_the_manual_dialog():
    from app.gui.common.manual import TOPICS  # Qt is only imported, nothing is shown
    from app.gui.common.manual import slug as manual_slug

    assert {stem for stem, _ in TOPICS} == {p.stem for p in DOCS.glob("*.md")}
    for title in ("Batch apply and export: `labelbench filter`", "At 1280x720", "Review and audit"):
        assert manual_slug(title) == slug(title)


def test_licence_is_the_agpl_pyproject_names():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == {"text": "AGPL-3.0-only"}
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU AFFERO GENERAL PUBLIC LICENSE")
    assert "Version 3, 19 November 2007" in text and "END OF TERMS AND CONDITIONS" in text
    assert len(text.splitlines()) == 661


def test_the_checks_catch_what_they_should():
    """The patterns themselves: a wrong path, subcommand or link is seen."""
    text = (
        "see `app/core/nothing_here.py` and tests/core/io/test_jpeg_fast.py::test_nope, "
        "run `labelbench frobnicate x` or labelbench autolabel; [x](nowhere.md) [y](review.md#no-such-section)"
    )
    paths = [m.group(1) + (m.group(2) or "") for m in PATH.finditer(text)]
    assert paths == ["app/core/nothing_here.py", "tests/core/io/test_jpeg_fast.py::test_nope"]
    assert [m.group(1) for m in COMMAND.finditer(text)] == ["frobnicate", "autolabel"]
    assert "~/labelbench/resources/x" not in [m.group(1) for m in PATH.finditer("~/labelbench/resources/x")]
    assert [m.group(1) for m in LINK.finditer(text)] == ["nowhere.md", "review.md#no-such-section"]
    assert "no-such-section" not in {slug(h) for h in headings((DOCS / "review.md").read_text())}
    assert (
        "on a fresh clone, a private local Ray instance (no address), exactly the local engine's labels:"
        not in headings((DOCS / "ray.md").read_text())
    )  # a shell comment in a code block is no heading
