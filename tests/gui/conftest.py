"""GUI tests run offscreen (no display needed); pass --headed to watch them on a real display."""

import os
import sys

if "--headed" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import app.gui  # noqa: F401 - undo OpenCV's Qt plugin path before PyQt6 loads
