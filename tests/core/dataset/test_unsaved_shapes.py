"""The unsaved-edits journal keeps polygons and rotated boxes (version 2 entries) exactly, and a
journal written before them (version 1, boxes only) still reads."""

import json

from app.core.dataset import unsaved

COORDS = ((0.1, 0.2, 0.30000000000000004, 0.2, 0.2, 0.4123456789012345), (0.5, 0.5, 0.6, 0.5, 0.6, 0.6, 0.5, 0.6))


def test_shape_edits_go_through_the_journal_exactly(tmp_path):
    index = tmp_path / "index.sqlite"
    edit = unsaved.Edit((0, 2), (), (640, 480), (123, 45), 1.5, ("polygon", "obb"), COORDS)
    unsaved.write(index, {"images/a.png": edit})
    doc = json.loads(unsaved.journal_path(index).read_text())
    assert doc["version"] == 2 and doc["edits"]["images/a.png"]["v"] == 2
    assert "xywhn" not in doc["edits"]["images/a.png"]  # an older LabelBench skips it, never reads boxes
    assert unsaved.read(unsaved.journal_path(index)) == {"images/a.png": edit}


def test_an_old_journal_still_reads_and_odd_entries_are_skipped(tmp_path):
    path = tmp_path / "index.unsaved.host.1.json"
    old = {"cls": [1], "xywhn": [[0.5, 0.5, 0.2, 0.25]], "size": [64, 48], "base": [1, 2], "at": 3.0}
    bad_shapes = [
        {"v": 2, "cls": [0], "kinds": ["obb"], "coords": [[0.1, 0.1, 0.2, 0.1, 0.2, 0.2]], "size": [64, 48]},
        {"v": 2, "cls": [0], "kinds": ["circle"], "coords": [[0.1, 0.1, 0.2, 0.1, 0.2, 0.2]], "size": [64, 48]},
        {"v": 2, "cls": [0], "kinds": ["polygon"], "coords": [[0.1, 0.1, 0.2, 0.1]], "size": [64, 48]},
        {"v": 2, "cls": [0, 1], "kinds": ["polygon"], "coords": [[0.1, 0.1, 0.2, 0.1, 0.2, 0.2]], "size": [64, 48]},
        {"v": 3, "cls": [0], "future": True, "size": [64, 48]},
    ]
    edits = {"images/old.png": old} | {f"images/bad{i}.png": e for i, e in enumerate(bad_shapes)}
    path.write_text(json.dumps({"pid": 1, "host": "host", "written": 0, "edits": edits}))
    got = unsaved.read(path)
    assert got == {"images/old.png": unsaved.Edit((1,), ((0.5, 0.5, 0.2, 0.25),), (64, 48), (1, 2), 3.0)}
    assert not got["images/old.png"].shapes
