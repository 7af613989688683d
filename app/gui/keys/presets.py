"""Key sets people bring from other labeling tools, over LabelBench's own defaults.

Only the actions LabelBench shares with the tool are set; the rest keep their defaults. The keys are
the tools' defaults: labelImg (labelImg.py: Ctrl+U open dir, Ctrl+O open, D / A next / previous
image, Ctrl+Q quit) and X-AnyLabeling (its default config's shortcuts: open_dir Ctrl+U, open Ctrl+O,
open_next D, Ctrl+Shift+D, open_prev A, Ctrl+Shift+A, quit Ctrl+Q). Review's editing keys (W, Del,
Ctrl+D, Space…) already follow labelImg where they overlap.
"""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP

DEFAULT = QT_TRANSLATE_NOOP("Keys", "LabelBench (defaults)")
LABELIMG = QT_TRANSLATE_NOOP("Keys", "labelImg")
XANYLABELING = QT_TRANSLATE_NOOP("Keys", "X-AnyLabeling")

PRESETS: dict[str, dict[str, list[str]]] = {
    DEFAULT: {},
    LABELIMG: {
        "window.open_folder": ["Ctrl+U"],
        "window.open_dataset": ["Ctrl+O"],
        "window.quit": ["Ctrl+Q"],
        "browse.next_image": ["D"],
        "browse.prev_image": ["A"],
    },
    XANYLABELING: {
        "window.open_folder": ["Ctrl+U"],
        "window.open_dataset": ["Ctrl+O"],
        "window.quit": ["Ctrl+Q"],
        "browse.next_image": ["D", "Ctrl+Shift+D"],
        "browse.prev_image": ["A", "Ctrl+Shift+A"],
    },
}
