"""Which language the interface speaks, and switching it while the app runs.

The choice, strongest first: `labelbench --lang en|ko`, the one picked in View ▸ Language (kept in the
settings under "language"), LABELBENCH_LANG, then the system locale (LC_ALL, LC_MESSAGES, LANG).
Anything else speaks English. `apply_language` installs the translators (ours from
resources/i18n/labelbench_<code>.ts, and Qt's own for its standard buttons), sets the default QLocale
(numbers) and so makes Qt send QEvent.LanguageChange to every widget: those with a `retranslate()`
show the new language at once, no restart.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PyQt6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from app.core.io.resources import resource
from app.gui.i18n.catalog import TsTranslator

LANGUAGES = {"en": "English", "ko": "한국어"}  # code -> the language's own name (the menu shows these)
LOCALES = {"en": "en_US", "ko": "ko_KR"}
SETTINGS_KEY = "language"
ENV_VARS = ("LABELBENCH_LANG", "LC_ALL", "LC_MESSAGES", "LANG")

_installed: list[QTranslator] = []
_current = ""


def ts_path(code: str):
    return resource("i18n", f"labelbench_{code}.ts")


def normalize(value: object) -> str:
    """'ko_KR.UTF-8', 'ko', 'KO' -> 'ko'; anything not offered -> ''."""
    code = str(value or "").strip().split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else ""


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The first of LABELBENCH_LANG, LC_ALL, LC_MESSAGES, LANG that is set decides ('C' and
    other languages: English)."""
    env = os.environ if env is None else env
    for var in ENV_VARS:
        if env.get(var):
            return normalize(env[var]) or "en"
    return "en"


def startup_language(cli: str | None = None, settings=None, env: Mapping[str, str] | None = None) -> str:
    """--lang, else the settings' choice, else the environment's."""
    if normalize(cli):
        return normalize(cli)
    if settings is not None and normalize(settings.value(SETTINGS_KEY)):
        return normalize(settings.value(SETTINGS_KEY))
    return system_language(env)


def current_language() -> str:
    """The code applied last ('' before the first apply_language)."""
    return _current


def apply_language(code: str) -> str:
    """Speak `code` from now on (unknown codes: English); returns the code applied."""
    global _current
    code = normalize(code) or "en"
    app = QCoreApplication.instance()
    QLocale.setDefault(QLocale(LOCALES[code]))
    if app is None:
        _current = code
        return code
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    qt = QTranslator(app)
    if code != "en" and qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    path = ts_path(code)
    if path.exists():
        _installed.append(TsTranslator(path, app))
    _current = code
    for t in _installed:  # each install (and each removal above) sends QEvent.LanguageChange
        app.installTranslator(t)
    # the application posts the event on to every window: deliver it now, so that the window speaks
    # the new language when this returns (and changes once, not once per translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return code


def ensure_language(settings=None) -> str:
    """The language chosen at start-up, applied once per process (a window built later keeps the
    language the user switched to)."""
    return _current or apply_language(startup_language(None, settings))
