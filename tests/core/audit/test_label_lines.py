"""The label lines the audit reads: 1-based line numbers over blank lines, a clean file read at
once, a file with bad lines read line by line with each problem named by file and line and the
good lines kept, a missing file None, a non-UTF-8 file one FileError naming file and line."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.audit.labels import read_label_lines
from app.core.errors import FileError


def test_clean_file_keeps_line_numbers_over_blank_lines(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("0 0.5 0.5 0.2 0.2\n\n  \n2 0.1 0.2 0.05 0.06 0.9\n1 0.3 0.3 0.1 0.1\n")
    cls, box, lines, problems = read_label_lines(p, 3)
    assert cls.tolist() == [0, 2, 1] and lines.tolist() == [1, 4, 5] and problems == []
    np.testing.assert_allclose(box[1], [0.1, 0.2, 0.05, 0.06])


def test_bad_lines_are_named_and_the_rest_kept(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text(
        "0 0.5 0.5 0.2 0.2\nzero 0.5 0.5 0.2 0.2\n\n1 0.5 0.5 1.7 0.2\n4 0.2 0.2 0.1 0.1\n1 0.4 0.4 0.1 0.1 0.8\n"
    )
    cls, _box, lines, problems = read_label_lines(p, 3)
    assert cls.tolist() == [0, 4, 1] and lines.tolist() == [1, 5, 6]  # an unknown class is kept and named
    assert [q.split(": ", 1)[0] for q in problems] == [f"{p}:2", f"{p}:4", f"{p}:5"]
    assert "not a number" in problems[0] and "0..1" in problems[1] and "unknown class id 4" in problems[2]


def test_missing_file_is_none_and_binary_file_one_error(tmp_path):
    assert read_label_lines(tmp_path / "none.txt") is None
    p = tmp_path / "c.txt"
    p.write_bytes(b"0 0.5 0.5 0.2 0.2\n\xff\xfe\n")
    with pytest.raises(FileError) as e:
        read_label_lines(p)
    assert str(p) in str(e.value) and "2" in str(e.value)
