"""YOLO txt labels: read (with file:line errors), write (atomic), label paths, class names."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.errors import FileError, LabelFormatError
from app.core.io.atomic import atomic_write_text


@dataclass
class LabelIssue:
    """One problem in a label file; the line is kept, never silently dropped."""

    path: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class Labels:
    """Boxes of one image: cls (N,) int, xywhn (N, 4) normalized centre/size, conf (N,) or None."""

    cls: np.ndarray
    xywhn: np.ndarray
    conf: np.ndarray | None = None

    @classmethod
    def empty(cls) -> Labels:
        return cls(np.zeros(0, np.int64), np.zeros((0, 4), np.float64), None)

    def __len__(self) -> int:
        return len(self.cls)


def img2label_path(image: str | os.PathLike) -> Path:
    """Ultralytics' img2label_paths rule: the last /images/ becomes /labels/, suffix .txt.
    Outside an images/ folder the .txt sits next to the image."""
    s = str(image)
    sa, sb = f"{os.sep}images{os.sep}", f"{os.sep}labels{os.sep}"
    if sa in s:
        s = sb.join(s.rsplit(sa, 1))
    return Path(os.path.splitext(s)[0] + ".txt")


def format_labels(cls, xywhn) -> str:
    """Five columns `cls cx cy w h`, normalized, 6 decimals; empty string for no boxes."""
    rows = []
    for c, (x, y, w, h) in zip(np.asarray(cls).astype(int), np.asarray(xywhn, dtype=float).reshape(-1, 4)):
        rows.append(f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n")
    return "".join(rows)


def write_labels(path: str | os.PathLike, cls, xywhn) -> None:
    """Atomic write of a YOLO label file (an empty file means: processed, no objects)."""
    atomic_write_text(path, format_labels(cls, xywhn))


def parse_labels(text: str, path: str | os.PathLike = "<labels>", nc: int | None = None,
                 allow_conf: bool = True) -> tuple[Labels, list[LabelIssue]]:
    """Parse YOLO txt (5 columns, or 6 with a trailing confidence when allow_conf).

    Returns the valid boxes and a list of issues (file:line: reason) for every line that is not
    valid. Boxes with an unknown class id (>= nc) are kept AND reported, so the user decides.
    """
    path = Path(path)
    cls, boxes, confs, issues = [], [], [], []
    has_conf = None
    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) not in ((5, 6) if allow_conf else (5,)):
            issues.append(LabelIssue(path, i, f"expected 5 columns (cls cx cy w h), found {len(parts)}"))
            continue
        try:
            vals = [float(p) for p in parts]
        except ValueError:
            bad = next(p for p in parts if not _is_float(p))
            issues.append(LabelIssue(path, i, f"not a number: {bad!r}"))
            continue
        c = vals[0]
        if c != int(c) or c < 0:
            issues.append(LabelIssue(path, i, f"class id must be a non-negative integer, found {parts[0]!r}"))
            continue
        x, y, w, h = vals[1:5]
        if not all(np.isfinite(vals)) or min(x, y, w, h) < 0 or max(x, y, w, h) > 1.0 + 1e-6:
            issues.append(LabelIssue(path, i, "coordinates must be normalized to 0..1"))
            continue
        if nc is not None and int(c) >= nc:
            issues.append(LabelIssue(path, i, f"unknown class id {int(c)} (dataset has {nc} classes)"))
        row_conf = len(parts) == 6
        if has_conf is None:
            has_conf = row_conf
        elif has_conf != row_conf:
            issues.append(LabelIssue(path, i, "mixes 5- and 6-column rows"))
            continue
        cls.append(int(c))
        boxes.append((x, y, w, h))
        if row_conf:
            confs.append(vals[5])
    labels = Labels(np.array(cls, np.int64), np.array(boxes, np.float64).reshape(-1, 4),
                    np.array(confs, np.float64) if has_conf else None)
    return labels, issues


def _is_float(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def read_labels(path: str | os.PathLike, nc: int | None = None, strict: bool = False,
                allow_conf: bool = True) -> tuple[Labels, list[LabelIssue]]:
    """Read a label file; a missing file is no labels. strict=True raises LabelFormatError at the first issue."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Labels.empty(), []
    except UnicodeDecodeError:
        raise LabelFormatError(path, "not a text file (not UTF-8)") from None
    except OSError as e:
        raise FileError(path, f"cannot read ({e.strerror or e})") from None
    labels, issues = parse_labels(text, path, nc, allow_conf)
    if strict and issues:
        raise LabelFormatError(issues[0].path, issues[0].reason, issues[0].line)
    return labels, issues


def load_class_names(path: str | os.PathLike) -> list[str]:
    """Class names from data.yaml (`names:` list or {id: name} map) or classes.txt (one per line)."""
    path = Path(path)
    if not path.exists():
        raise FileError(path, "file not found")
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            raise FileError(path, f"invalid YAML ({getattr(e, 'problem', e)})",
                            mark.line + 1 if mark else None) from None
        names = data.get("names") if isinstance(data, dict) else None
        if isinstance(names, dict):
            try:
                ids = sorted(int(k) for k in names)
            except (TypeError, ValueError):
                raise FileError(path, "names: keys must be class ids 0..n-1") from None
            if ids != list(range(len(ids))):
                raise FileError(path, "names: class ids must be 0..n-1 without gaps")
            return [str(names[k] if k in names else names[str(k)]) for k in ids]
        if isinstance(names, list):
            return [str(n) for n in names]
        raise FileError(path, "no 'names:' list or mapping")
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
