"""The small helpers every translated module uses: `translate`, `num` and the `Retranslating` mixin."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, QEvent, QLocale


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the name pylupdate6 looks for: `translate("Ctx", "Text")`.
    With n >= 0, "%n" becomes n and "%Ln" n with the language's digit grouping."""
    return QCoreApplication.translate(context, text, disambiguation or "", n)


def num(value: float, decimals: int = -1) -> str:
    """A number as the language writes it (digit grouping, decimal sign): QLocale's default."""
    loc = QLocale()
    if isinstance(value, int) and decimals < 0:
        return loc.toString(value)
    return loc.toString(float(value), "f", max(decimals, 0) if decimals >= 0 else 2)


class Retranslating:
    """Mixin for a QWidget with a `retranslate()` method: it runs again whenever the language changes
    (app.gui.i18n.language.apply_language makes Qt send QEvent.LanguageChange to every widget)."""

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)  # type: ignore[misc]  # the QWidget this is mixed into

    def retranslate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
