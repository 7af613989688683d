"""Fast file-system side of the dataset index: where the images are, where their labels are,
what changed, and a quick YOLO label parser.

Nothing here decodes an image. Directories are listed with os.scandir (names and file types come
with the listing); a label file is stat'ed once and read only when its (mtime, size) differ from
what the index remembers.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import FileError
from app.core.imaging import IMAGE_EXTENSIONS
from app.core.labels import img2label_path, load_class_names, parse_labels

SPLITS = ("train", "val", "test")


@dataclass
class Source:
    """What to index: a root folder and the image locations under it."""

    root: Path
    data_yaml: Path | None = None
    class_names: list[str] = field(default_factory=list)
    # (split, folder or list-file); a folder is walked recursively
    entries: list[tuple[str, Path]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _yaml_entries(yaml_path: Path) -> tuple[Path, list[tuple[str, Path]], list[str]]:
    import yaml
    try:
        data = yaml.safe_load(yaml_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise FileError(yaml_path, f"invalid YAML ({getattr(e, 'problem', e)})",
                        mark.line + 1 if mark else None) from None
    except OSError as e:
        raise FileError(yaml_path, f"cannot read ({e.strerror or e})") from None
    if not isinstance(data, dict):
        raise FileError(yaml_path, "expected a mapping with train/val/names keys")
    base = yaml_path.parent
    if data.get("path"):
        p = Path(str(data["path"])).expanduser()
        base = p if p.is_absolute() else (yaml_path.parent / p)
    base = base.resolve()
    entries, warnings = [], []
    for split in SPLITS:
        value = data.get(split)
        if not value:
            continue
        for v in (value if isinstance(value, list) else [value]):
            p = Path(str(v)).expanduser()
            p = p if p.is_absolute() else base / p
            if not p.exists():
                warnings.append(f"{yaml_path}: {split}: {p} does not exist")
                continue
            if any(p == e[1] for e in entries):
                continue  # e.g. val: images/train when there is no val split
            entries.append((split, p))
    if not entries:
        raise FileError(yaml_path, "no existing train/val/test image folder or list")
    return base, entries, warnings


def resolve_source(source: str | os.PathLike) -> Source:
    """A folder (indexed recursively) or a data.yaml (train/val/test splits, names)."""
    p = Path(source).expanduser()
    if not p.exists():
        raise FileError(p, "no such file or folder")
    if p.is_file():
        if p.suffix.lower() not in (".yaml", ".yml"):
            raise FileError(p, "expected a dataset folder or a data.yaml")
        root, entries, warnings = _yaml_entries(p)
        names = load_class_names(p)
        return Source(root, p.resolve(), names, entries, warnings)
    root = p.resolve()
    if not os.access(root, os.R_OK | os.X_OK):
        raise FileError(root, "permission denied")
    names: list[str] = []
    yaml_path = None
    for cand in ("data.yaml", "dataset.yaml", "classes.txt"):
        if (root / cand).is_file():
            try:
                names = load_class_names(root / cand)
            except FileError:
                continue
            yaml_path = root / cand if cand.endswith(".yaml") else None
            break
    return Source(root, yaml_path, names, [("", root)])


def label_dir_for(image_dir: str) -> str:
    """Folder holding the labels of the images directly inside image_dir (Ultralytics rule)."""
    return str(img2label_path(os.path.join(image_dir, "x.jpg")).parent)


class LabelDirCache:
    """label folder -> {stem.txt: DirEntry}; each folder listed once per scan (stat lazily)."""

    def __init__(self):
        self._dirs: dict[str, dict[str, os.DirEntry]] = {}

    def listing(self, d: str) -> dict[str, os.DirEntry]:
        got = self._dirs.get(d)
        if got is None:
            got = {}
            try:
                with os.scandir(d) as it:
                    for e in it:
                        if e.name.endswith(".txt"):
                            got[e.name] = e
            except OSError:
                pass
            self._dirs[d] = got
        return got


def _walk_dirs(top: str, errors: list[str]):
    """Yield (folder, sorted image names) under top; hidden folders skipped; symlink loops guarded."""
    stack = [top]
    seen: set[tuple[int, int]] = set()
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = list(it)
        except OSError as e:
            errors.append(f"{d}: cannot list ({e.strerror or e})")
            continue
        names, subdirs = [], []
        for e in entries:
            name = e.name
            if name[0] == ".":
                continue
            dot = name.rfind(".")
            if dot > 0 and name[dot:].lower() in IMAGE_EXTENSIONS:
                try:
                    if e.is_file():
                        names.append(name)
                except OSError:
                    pass
                continue
            try:
                if e.is_dir():
                    if e.is_symlink():
                        st = e.stat()
                        if (st.st_dev, st.st_ino) in seen:
                            continue
                        seen.add((st.st_dev, st.st_ino))
                    subdirs.append(e.path)
            except OSError:
                continue
        if names:
            names.sort()
            yield d, names
        subdirs.sort(reverse=True)
        stack.extend(subdirs)


def _list_file_dirs(list_file: Path, base: Path, errors: list[str]):
    """An Ultralytics image-list .txt: one image path per line (relative to the list's dataset root)."""
    groups: dict[str, list[str]] = {}
    try:
        lines = list_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        errors.append(f"{list_file}: cannot read ({e})")
        return
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        p = Path(ln)
        p = p if p.is_absolute() else (base / p)
        p = Path(os.path.normpath(p))
        groups.setdefault(str(p.parent), []).append(p.name)
    for d in sorted(groups):
        yield d, sorted(set(groups[d]))


def iter_images(source: Source, errors: list[str]):
    """Yield (split, folder, [image names]) for every image folder of the source, in a stable order."""
    for split, p in source.entries:
        if p.is_file():
            yield from ((split, d, n) for d, n in _list_file_dirs(p, source.root, errors))
        else:
            yield from ((split, d, n) for d, n in _walk_dirs(str(p), errors))


def read_small(path: str, size: int) -> bytes:
    fd = os.open(path, os.O_RDONLY)
    try:
        data = os.read(fd, size + 1)
        if len(data) > size:  # grew since stat: read the rest
            chunks = [data]
            while True:
                more = os.read(fd, 1 << 16)
                if not more:
                    break
                chunks.append(more)
            data = b"".join(chunks)
        return data
    finally:
        os.close(fd)


@dataclass
class ParsedLabel:
    counts: dict[int, int]            # class id -> boxes
    n_boxes: int
    confs: list[float] | None         # 6th column when present
    issues: list[tuple[int, str]]     # (line, reason)
    unknown: int                      # boxes with a class id outside the names


def parse_label_bytes(data: bytes, path: str, nc: int | None) -> ParsedLabel:
    """Quick path for clean 5/6-column files; anything unusual goes through labels.parse_labels so
    the messages are the same everywhere. Boxes with unknown class ids are kept and flagged."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ParsedLabel({}, 0, None, [(1, "not a text file (not UTF-8)")], 0)
    counts: dict[int, int] = {}
    confs: list[float] = []
    ncol = 0
    try:
        for line in text.splitlines():
            p = line.split()
            if not p:
                continue
            n = len(p)
            if ncol != n:
                if ncol or n not in (5, 6):
                    raise ValueError
                ncol = n
            c = int(p[0])
            x, y, w, h = float(p[1]), float(p[2]), float(p[3]), float(p[4])
            if c < 0 or not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 and 0.0 <= w <= 1.0 and 0.0 <= h <= 1.0):
                raise ValueError
            if n == 6:
                confs.append(float(p[5]))
            counts[c] = counts.get(c, 0) + 1
        if nc is not None and counts and max(counts) >= nc:
            raise ValueError
        return ParsedLabel(counts, sum(counts.values()), confs if ncol == 6 else None, [], 0)
    except ValueError:
        pass
    labels, issues = parse_labels(text, path, nc)
    counts = {}
    for c in labels.cls.tolist():
        counts[c] = counts.get(c, 0) + 1
    unknown = int((labels.cls >= nc).sum()) if nc is not None else 0
    confs_out = labels.conf.tolist() if labels.conf is not None else None
    return ParsedLabel(counts, len(labels), confs_out, [(i.line, i.reason) for i in issues], unknown)
