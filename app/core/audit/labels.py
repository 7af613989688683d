"""A label file's boxes with their 1-based line numbers (findings name the line)."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.io.yolo_labels import parse_labels


def read_label_lines(path, nc: int | None = None):
    """(cls (N,), xywhn (N, 4), lines (N,), problems ["path:line: reason"]) or None when the file
    does not exist (the image is not labeled). Malformed lines are skipped and named."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        return _empty() + ([f"{path}: not a text file (not UTF-8)"],)
    except OSError as e:
        return _empty() + ([f"{path}: cannot read ({e.strerror or e})"],)
    cls, boxes, lines, problems = [], [], [], []
    for no, raw in enumerate(text.splitlines(), 1):
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


def _empty():
    return np.zeros(0, np.int64), np.zeros((0, 4), np.float64), np.zeros(0, np.int64)
