"""The core's sentences in Korean: every `Message("...")` template of app/core is in the GUI's list
(app/gui/i18n/core_messages.py, which pylupdate6 reads) and in the Korean .ts with the same fields;
core_text() says Training's readiness and diagnosis and the audit's reasons in the interface's
language, and in English exactly what the CLI prints."""

from __future__ import annotations

import ast
import string
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.core.audit.findings import KINDS, Finding
from app.core.messages import Message
from app.core.training.curves import RULES, Curves, diagnose, load_results
from app.core.training.readiness import check_data_yaml, check_reviewed
from app.gui.i18n.catalog import load_ts
from app.gui.i18n.core_messages import CONTEXT, TEMPLATES, core_text
from app.gui.i18n.language import apply_language
from tests.gui.i18n.test_korean import HANGUL
from tests.support.paths import ROOT

CORE = ROOT / "app" / "core"


def core_templates() -> tuple[dict[str, str], list[str]]:
    """{template: where} of every Message(...) call in app/core, and the calls whose template is not
    a literal (a conditional of two literals counts as both)."""
    found: dict[str, str] = {}
    not_literal: list[str] = []
    for path in sorted(CORE.rglob("*.py")):
        if path.name == "messages.py" and path.parent == CORE:
            continue  # the class itself
        text = path.read_text(encoding="utf-8")
        if "Message" not in text:
            continue  # no call of it can be here: not worth parsing (most of app/core)
        for node in ast.walk(ast.parse(text)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message"):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0] if node.args else None
            for arg in [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found[arg.value] = where
                else:
                    not_literal.append(where)
    return found, not_literal


def fields(template: str) -> set[tuple[str, str]]:
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


def test_every_core_template_is_listed_for_translation():
    found, not_literal = core_templates()
    assert not_literal == [], "Message(...) needs a literal template (see app/core/messages.py)"
    assert len(found) > 30  # readiness, curves and findings at least
    missing = sorted(t for t in found if t not in TEMPLATES)
    assert missing == [], "add these to app/gui/i18n/core_messages.py, then `make i18n`"
    stale = sorted(t for t in TEMPLATES if t not in found)
    assert stale == [], "no longer in app/core: remove from app/gui/i18n/core_messages.py"


def test_every_template_has_korean_with_the_same_fields():
    _lang, ko = load_ts(ROOT / "resources" / "i18n" / "labelbench_ko.ts")
    for t in TEMPLATES:
        forms = ko.get((CONTEXT, t, ""))
        assert forms, f"no Korean for {t!r}"
        assert fields(forms[0]) == fields(t), t
        assert HANGUL.search(forms[0]), t


@pytest.fixture
def korean():
    apply_language("ko")
    yield
    apply_language("en")


def _sentences() -> list[Message]:
    """A sample of every kind: readiness problems and notes, a run's diagnosis, rules, audit reasons."""
    out: list[Message] = list(RULES.values())
    out.append(check_data_yaml(None).problem)
    index = SimpleNamespace(class_names=list("abcdefgh"), rows=lambda status: [SimpleNamespace(classes=[0])] * 9)
    out.append(check_reviewed(index, 0.2).note)
    out.append(check_reviewed(SimpleNamespace(class_names=["a"], rows=lambda status: []), 0.2).problem)
    demo = load_results(ROOT / "resources" / "runs" / "demo_yolov8n")
    d = diagnose(demo)
    out += [f.advice for f in d.findings] + [f.rule for f in d.findings]
    n = 12
    short = Curves(
        Path("x/results.csv"),
        {"epoch": demo.columns["epoch"][:3], "train/box_loss": demo.columns["train/box_loss"][:3]},
    )
    out += diagnose(short).notes
    for kind in KINDS:
        out.append(
            Finding(kind, 0.9, 2, 0, [0.5] * 4, 1, [0.4] * 4, 0.3, 0.0 if kind == "spurious" else 0.8, 1).reason(
                ["cat", "dog"]
            )
        )
    out.append(Finding("spurious", 0.9, 2, 7, [0.5] * 4, None, None, 0.0, 0.4).reason(["cat"]))
    assert all(isinstance(m, Message) for m in out) and len(out) > n
    return out


def test_english_is_what_the_cli_prints():
    for m in _sentences():
        assert core_text(m) == str(m)
    assert core_text("a plain str") == "a plain str" and core_text(None) == ""


@pytest.mark.usefixtures("korean")
def test_korean_sentences_keep_their_values():
    said = [core_text(m) for m in _sentences()]
    assert all(HANGUL.search(s) for s in said), [s for s in said if not HANGUL.search(s)]
    note = check_reviewed(
        SimpleNamespace(class_names=list("abcdefgh"), rows=lambda status: [SimpleNamespace(classes=[0])] * 9), 0.2
    ).note
    assert core_text(note).startswith("이미지에 클래스 8개 중 7개(b, c, d, e, f 외 2개)")
    reason = Finding("swap", 0.9, 2, 0, [0.5] * 4, 1, [0.5] * 4, 0.9, 0.87).reason(["cat", "dog"])
    assert core_text(reason) == "모델 판단: dog, 0.87 (라벨: cat)"
    lost = Finding("overlooked", 0.9, None, None, None, 5, [0.5] * 4, 0.0, 0.61).reason(["cat"])
    assert core_text(lost) == "라벨 없는 클래스 5을(를) 모델이 찾음, 0.61"  # the fallback name translated too
