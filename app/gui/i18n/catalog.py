"""Qt Linguist .ts files read at run time: a QTranslator whose translate() is a dict lookup.

Why not .qm files: the compiler, lrelease, ships with Qt's C++ tools, not with PyQt6 (its wheels
carry pylupdate6 only). The pip packages that do carry it bring a whole second Qt (pyside6-essentials,
hundreds of MB) or are unmaintained builds of Qt 6.5 (qt6-tools / qt6-applications). A .ts file is
small XML: parsing ours takes a few milliseconds at start-up, and the files people edit (by hand or
in Qt Linguist) are the ones the app reads, so nothing can go stale between them. Qt itself still
does the rest: the installed translator is asked by QCoreApplication.translate / tr(), and Qt
replaces %n and %Ln (the number with the locale's digit grouping) in what it returns.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PyQt6.QtCore import QTranslator

Key = tuple[str, str, str]  # (context, source, disambiguation)
ONE_FORM = frozenset({"ko", "ja", "zh", "vi", "th", "id"})  # languages without plural forms


_PARSED: dict[tuple[str, int, int], tuple[str, dict[Key, list[str]]]] = {}


def _parsed(path: Path) -> tuple[str, dict[Key, list[str]]]:
    """load_ts once per version of the file (a language switch reuses it; an edited file is read again)."""
    st = path.stat()
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key not in _PARSED:
        _PARSED[key] = load_ts(path)
    return _PARSED[key]


def load_ts(path: str | Path) -> tuple[str, dict[Key, list[str]]]:
    """(language code, {(context, source, comment): [translation or plural forms]}) of a .ts file.
    Entries marked obsolete or vanished, and empty ones, are left out."""
    root = ET.parse(path).getroot()
    lang = (root.get("language") or "").split("_")[0]
    out: dict[Key, list[str]] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.findall("numerusform")]
            else:
                forms = [tr.text or ""]
            if any(forms):
                out[(name, msg.findtext("source") or "", msg.findtext("comment") or "")] = forms
    return lang, out


def plural_index(lang: str, n: int) -> int:
    """Which numerus form a count takes: Korean has one; English two (1 / other)."""
    if lang in ONE_FORM:
        return 0
    return 0 if n == 1 else 1


class TsTranslator(QTranslator):
    """A QTranslator over a .ts file (see the module's note)."""

    def __init__(self, path: str | Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.lang, self.messages = _parsed(self.path)

    def isEmpty(self) -> bool:
        return not self.messages

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt's signature
        forms = self.messages.get((context or "", source or "", disambiguation or ""))
        if not forms:
            return None  # a null string: Qt asks the next translator, then shows the source
        if len(forms) == 1 or n < 0:
            return forms[0]
        return forms[min(plural_index(self.lang, n), len(forms) - 1)] or forms[-1]
