"""The app shows the one line about a dataset index kept aside (issue 22): a corrupt index opened by
any pane is reported in a warning box and the status bar, naming the copy; nothing on stderr."""

from __future__ import annotations

import logging

import cv2
import numpy as np

from app.core.dataset.index import DatasetIndex
from app.gui.common.settings import make_settings
from app.gui.main_window import MainWindow


def test_corrupt_index_is_reported_in_the_app(qtbot, tmp_path, capsys):
    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    cv2.imwrite(str(root / "images" / "a.png"), np.zeros((8, 8, 3), np.uint8))
    with DatasetIndex.open(root) as idx:
        idx.refresh()
        idx.set_reviewed("images/a.png")
    db = root / ".labelbench" / "index.sqlite"
    db.write_bytes(b"garbage garbage!" + db.read_bytes()[16:])
    w = MainWindow(make_settings())
    qtbot.addWidget(w)
    with DatasetIndex.open(root) as idx:
        assert idx.is_reviewed("images/a.png")
    qtbot.waitUntil(lambda: "kept aside as" in w.statusBar().currentMessage(), timeout=5000)
    msg = w.statusBar().currentMessage()
    assert msg.startswith(f"{db}: the dataset index is corrupt") and "all 1 reviewed image(s) was recovered" in msg
    assert [b.text() for b in w.index_notices.boxes] == [msg] and w.index_notices.boxes[0].isVisible()
    assert "kept aside" not in capsys.readouterr().err
    w.close()
    assert w.index_notices not in logging.getLogger("labelbench").handlers
