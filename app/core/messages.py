"""The core's sentences that the GUI shows: English text that also carries its template and values.

A `Message` is a `str` (the English sentence, exactly as before: the CLI prints it and `--json`
writes it unchanged) that also keeps the English `template` it was formatted from and its `values`.
The GUI says it in the interface's language: `app.gui.i18n.core_messages.core_text(message)` looks
the template up in Qt's catalogue (context "Core") and formats the translation with the same values;
a value that is itself a Message (a part of the sentence) is translated the same way first.

    Message("{n:,} images to train on", n=12)   # str: "12 images to train on"

Rules for a template, so that it can be translated: a literal string as the first argument (the
test tests/core/test_messages.py finds every `Message("...")` of app/core and checks that the GUI's
list app/gui/i18n/core_messages.py holds it: pylupdate6 reads that list); fields by name
(`{n:,}`, `{share:.0%}`), never positional; a plural is two templates chosen in the code (the
English needs both, a translation may say them alike). The core stays Qt-free: this module imports
nothing of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Message(str):
    """The English sentence (a str) with the template and values it was made from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Callable[..., Message], tuple[str, dict[str, Any]]]:
        # pickle (worker processes) rebuilds it from its template and values
        return (_rebuild, (self.template, self.values))

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {self.values!r})"


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)
