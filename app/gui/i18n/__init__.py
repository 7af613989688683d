"""The interface's language: Qt's translation system (app.gui.i18n.catalog reads the .ts sources in
resources/i18n/, app.gui.i18n.language picks and switches the language, app.gui.i18n.menu is
View ▸ Language).

How a module speaks: every visible string goes through
`QCoreApplication.translate("Context", "Text")` (or `translate(...)` from here, the same call), so
`make i18n` (pylupdate6) finds it; counts use `translate("Context", "%n image(s)", None, n)`, whose
English and Korean forms live in the .ts files. A widget that shows such text builds it in a
`retranslate()` method and calls it again on QEvent.LanguageChange (see `Retranslating`)."""

from app.gui.i18n.text import Retranslating, num, translate

__all__ = ["Retranslating", "num", "translate"]
