"""A label file's boxes with their 1-based line numbers (findings name the line)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from app.core.errors import FileError
from app.core.io.regular import read_regular_bytes
from app.core.io.yolo_labels import LABEL_MAX_BYTES, parse_labels


def read_label_lines(path, nc: int | None = None):
    """(cls (N,), xywhn (N, 4), lines (N,), problems ["path:line: reason"]) or None when the file
    does not exist (the image is not labeled). Malformed lines are skipped and named; a file that
    cannot be read at all (not a regular file, over the size bound, not UTF-8) raises FileError."""
    path = Path(path)
    if not os.path.exists(path):
        return None
    data = read_regular_bytes(path, LABEL_MAX_BYTES, "label file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise FileError(path, "not a text file (not UTF-8)", data[: e.start].count(b"\n") + 1) from None
    lab, issues = parse_labels(text, path, nc, allow_conf=True)  # the usual case: a clean file, parsed at once
    if not issues:
        lines = [no for no, raw in enumerate(text.splitlines(), 1) if raw.strip()]
        if len(lines) == len(lab.cls):
            return lab.cls, lab.xywhn, np.array(lines, np.int64), []
    cls, boxes, lines, problems = [], [], [], []
    for no, raw in enumerate(text.splitlines(), 1):  # else line by line: each problem named, the rest kept
        if not raw.strip():
            continue
        lab, issues = parse_labels(raw, path, nc, allow_conf=True)
        for iss in issues:
            problems.append(f"{path}:{no}: {iss.reason}")
        if len(lab):
            cls.append(int(lab.cls[0]))
            boxes.append(lab.xywhn[0])
            lines.append(no)
    return (np.array(cls, np.int64), np.array(boxes, np.float64).reshape(-1, 4), np.array(lines, np.int64), problems)
