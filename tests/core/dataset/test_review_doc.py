"""Typed label issues (kind, class_id) and the Qt-free review-document rules in app.core.dataset.review_doc."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.dataset import review_doc
from app.core.io.yolo_labels import BAD_LINE, MAX_ISSUES, UNKNOWN_CLASS, LabelIssue, parse_labels


def test_issues_carry_kind_and_class_id():
    text = "0 0.5 0.5 0.2 0.2\n7 0.5 0.5 0.1 0.1\n1 0.5 0.5\n12 0.1 0.1 0.1 0.1\n0 x 0.5 0.1 0.1\n"
    labels, issues = parse_labels(text, "f.txt", nc=3)
    assert labels.cls.tolist() == [0, 7, 12]  # unknown classes are kept
    assert [(i.line, i.kind, i.class_id) for i in issues] == [
        (2, UNKNOWN_CLASS, 7),
        (3, BAD_LINE, None),
        (4, UNKNOWN_CLASS, 12),
        (5, BAD_LINE, None),
    ]
    assert [i.line for i in review_doc.bad_line_issues(issues)] == [3, 5]
    assert [i.class_id for i in review_doc.unknown_class_issues(issues)] == [7, 12]


def test_class_id_is_not_parsed_from_the_message():
    """A reworded message does not lose the class (it used to be parsed back out of the text)."""
    issues = [
        LabelIssue(Path("f.txt"), 1, "Klasse 7 unbekannt", UNKNOWN_CLASS, 7),
        LabelIssue(Path("f.txt"), 2, "unknown class id 9 (dataset has 3 classes)", UNKNOWN_CLASS, 9),
        LabelIssue(Path("f.txt"), 3, "not a number: 'x'"),
    ]
    kept = review_doc.issues_after_save(issues, np.array([0, 7]))
    assert [i.line for i in kept] == [1]


def test_many_unknown_classes_do_not_block_the_document(tmp_path):
    """Past MAX_ISSUES the rest is summed up in one issue; when all of it is unknown classes, the
    summary is too, so the file is not taken for one with unreadable lines (it was: read-only)."""
    f = tmp_path / "a.txt"
    f.write_text("".join("5 0.5 0.5 0.1 0.1\n" for _ in range(MAX_ISSUES + 20)))
    state = review_doc.read_label_file(f, nc=2)
    assert len(state.cls) == MAX_ISSUES + 20 and state.dropped_lines == 0
    assert state.issues[-1].kind == UNKNOWN_CLASS and "20 more" in state.issues[-1].reason
    f.write_text("".join("5 0.5 0.5 0.1 0.1\n" for _ in range(MAX_ISSUES)) + "bad line\n")
    state = review_doc.read_label_file(f, nc=2)
    assert state.dropped_lines == 1 and state.issues[-1].kind == BAD_LINE


def test_read_and_write_label_file(tmp_path):
    f = tmp_path / "labels" / "a.txt"
    f.parent.mkdir()
    f.write_text("0 0.5 0.5 0.2 0.2\n1 0.25 0.25 0.1 0.1\n")
    pred = (np.array([1, 0]), np.array([[0.25, 0.25, 0.1, 0.1], [0.5, 0.5, 0.2, 0.2]]), np.array([0.9, 0.4]))
    state = review_doc.read_label_file(f, nc=2, predictions=pred)
    assert state.cls.tolist() == [0, 1] and state.conf.tolist() == [0.4, 0.9]
    assert state.sig == review_doc.disk_sig(f) and state.issues == []
    assert review_doc.read_label_file(f, nc=2).conf is None
    f.write_text("0 0.5 0.5 0.2 0.2 0.7\n")
    assert review_doc.read_label_file(f, nc=2, predictions=pred).conf.tolist() == [0.7]  # 6th column wins
    sig = review_doc.write_label_file(f, [1], [[0.1, 0.2, 0.3, 0.4]])
    assert f.read_text() == "1 0.100000 0.200000 0.300000 0.400000\n" and sig == review_doc.disk_sig(f)
    assert review_doc.disk_sig(tmp_path / "missing.txt") is None


def test_gui_doc_uses_the_core_rules(tmp_path):
    from app.gui.review import doc

    f = tmp_path / "a.txt"
    f.write_text("0 0.5 0.5 0.2 0.2\n4 0.5 0.5 0.1 0.1\n")
    d = doc.read_doc(doc.ImageDoc("a.jpg", tmp_path / "a.jpg", f, (100, 100)), nc=2)
    assert not d.blocked and [i.class_id for i in d.unknown_issues] == [4]
    d.boxes = d.boxes.removed([0])  # the class-4 box stays: so does its issue
    assert doc.save_doc(d) == doc.SAVED and [i.class_id for i in d.issues] == [4]
    d.boxes = d.boxes.removed([0])  # now it is gone too
    assert doc.save_doc(d) == doc.SAVED and d.issues == [] and f.read_text() == ""
    assert doc.match_confidences is review_doc.match_confidences
