"""GUI tests run offscreen (no display needed); pass --headed to watch them on a real display."""

import os
import sys

import pytest

if "--headed" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import app.gui  # noqa: F401 - undo OpenCV's Qt plugin path before PyQt6 loads

os.environ["LABELBENCH_LANG"] = "en"  # the interface in English whatever the machine's locale (app.gui.i18n)


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """English with its plural forms ("1 image", "24 images") from the first test on, whatever a
    test ran before; a test that switches the language switches it back (tests/gui/i18n)."""
    from app.gui.i18n.language import apply_language

    apply_language("en")
    yield
