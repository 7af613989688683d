"""The Review pane killed once an edit reached its journal (0.3 s after it, before the 2 s autosave),
as a separate process.

python -m tests.support.review_crash DATA_YAML     # prints "edited REL N" (N boxes left), then kill -9 itself
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.gui  # noqa: F401 - OpenCV's Qt plugin path undone before PyQt6 loads


def main(argv=None) -> None:
    from PyQt6.QtWidgets import QApplication

    from app.core.dataset import unsaved
    from app.gui.common.context import AppContext
    from app.gui.review.pane import Pane
    from tests.support.review_data import NAMES

    yaml = Path((argv or sys.argv[1:])[0])
    qapp = QApplication([])
    ctx = AppContext()
    pane = Pane(ctx)
    pane.resize(1300, 800)
    pane.show()
    ctx.set_dataset(yaml.parent, yaml, NAMES)

    def spin(seconds: float, until=lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            qapp.processEvents()
            time.sleep(0.005)

    spin(20, lambda: pane.doc is not None)
    pane.canvas.request(pane.canvas.boxes.removed([0]), "Delete", ())  # the person deletes a box
    journal = unsaved.journal_path(pane.index.db_path)  # where the edit goes JOURNAL_MS after it
    spin(1.5, lambda: pane.doc.rel in unsaved.read(journal))  # killed once it is there; autosave waits 2 s
    print("edited", pane.doc.rel, len(pane.doc.boxes), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
