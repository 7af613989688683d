"""The Review pane killed once a polygon or rotated-box edit reached its journal (0.3 s after it,
before the 2 s autosave), as a separate process.

python -m tests.support.review_crash_shapes DATA_YAML TASK   # prints "edited REL", then kill -9 itself

The edit (`shape_edit`, also what the test expects): segment: vertex 0 of the first polygon
moved by (7.3, 4.1) pixels and the last polygon deleted; obb: the first rotated box turned 7°.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.gui  # noqa: F401 - OpenCV's Qt plugin path undone before PyQt6 loads


def shape_edit(shapes, task: str, width: int, height: int):
    """The person's edit of the first image's shapes (a widgets.canvas.shapes_model.Shapes)."""
    from widgets.canvas.shapes_model import moved_vertex, obb_rotated

    if task == "obb":
        return shapes.with_points([0], [obb_rotated(shapes.pts[0], 7.0)])
    p = shapes.pts[0]
    moved = shapes.with_points([0], [moved_vertex(p, 0, p[0, 0] + 7.3, p[0, 1] + 4.1, width, height)])
    return moved.removed([len(shapes) - 1])


def main(argv=None) -> None:
    from PyQt6.QtWidgets import QApplication

    from app.core.dataset import unsaved
    from app.core.dataset.synth.shapes import classes_for
    from app.gui.common.context import AppContext
    from app.gui.review.pane import Pane

    yaml, task = (argv or sys.argv[1:])[:2]
    yaml = Path(yaml)
    qapp = QApplication([])
    ctx = AppContext()
    pane = Pane(ctx)
    pane.resize(1300, 800)
    pane.show()
    ctx.set_dataset(yaml.parent, yaml, classes_for(task))

    def spin(seconds: float, until=lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            qapp.processEvents()
            time.sleep(0.005)

    spin(20, lambda: pane.doc is not None)
    pane.canvas.request(shape_edit(pane.canvas.boxes, task, *pane.doc.size), "Edit", ())
    journal = unsaved.journal_path(pane.index.db_path)  # where the edit goes JOURNAL_MS after it
    spin(1.5, lambda: pane.doc.rel in unsaved.read(journal))  # killed once it is there; autosave waits 2 s
    print("edited", pane.doc.rel, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
