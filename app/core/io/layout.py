"""The one dataset-layout rule: which files are images, where an image's label file is, where the
class names are, and what a SOURCE (folder or data.yaml) means.

Imports nothing heavy (no numpy, no OpenCV; PyYAML only when a YAML file is read), so
`labelbench status` and the dataset scan can use it and still answer in well under a second.

* Images: IMAGE_EXTENSIONS (those OpenCV decodes), case-insensitive.
* Labels: Ultralytics' img2label_paths rule: the last /images/ in the path becomes /labels/,
  suffix .txt; outside an images/ folder the .txt sits next to the image.
* Class names: a data.yaml's `names:` (a list or an {id: name} map with ids 0..n-1) or a
  classes.txt (one name per line). In a dataset folder they are looked for in CLASS_FILES order;
  a file that cannot give names (bad YAML, no `names:`) is skipped with a warning.
* resolve_source(): a folder (indexed recursively) or a data.yaml (its train/val/test folders or
  image lists, relative to its `path:` key or its own folder).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import FileError

IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp", ".dng", ".mpo", ".pfm", ".pgm", ".ppm", ".jp2"}
)
# pictures in formats that are not read: named with NOT_READ_WHY when a folder is listed, never dropped silently
NOT_READ = frozenset({".gif", ".heic", ".heif", ".avif", ".jfif", ".svg", ".ico", ".psd", ".cr2", ".nef", ".arw"})
NOT_READ_WHY = "is not an image format LabelBench (or Ultralytics) reads; convert it to PNG or JPEG to label it"
YAML_SUFFIXES = (".yaml", ".yml")
# Where a dataset folder's class names are looked for, first found wins. labels/classes.txt is
# where labelImg-style tools (and `labelbench convert` with a labels folder) keep the list.
CLASS_FILES = ("data.yaml", "data.yml", "dataset.yaml", "classes.txt", "labels/classes.txt")
SPLITS = ("train", "val", "test")


def is_image_path(path: str | os.PathLike[str]) -> bool:
    return os.path.splitext(str(path))[1].lower() in IMAGE_EXTENSIONS


def is_yaml_path(path: str | os.PathLike[str]) -> bool:
    return os.path.splitext(str(path))[1].lower() in YAML_SUFFIXES


def img2label_path(image: str | os.PathLike[str]) -> Path:
    """Ultralytics' img2label_paths rule: the last /images/ becomes /labels/, suffix .txt.
    Outside an images/ folder the .txt sits next to the image."""
    s = str(image)
    sa, sb = f"{os.sep}images{os.sep}", f"{os.sep}labels{os.sep}"
    if sa in s:
        s = sb.join(s.rsplit(sa, 1))
    return Path(os.path.splitext(s)[0] + ".txt")


def shared_label_groups(pairs: Iterable[tuple[str, str | os.PathLike[str]]]) -> list[tuple[str, list[str]]]:
    """Images whose label files are one and the same (`a.jpg` and `a.png` in one folder both
    label into `a.txt`, Ultralytics' rule): [(label path, [image names...])] for every label path
    claimed by two or more of `pairs` = [(image name, label path)], in first-seen order."""
    by_label: dict[str, list[str]] = {}
    for name, label in pairs:
        by_label.setdefault(os.fspath(label), []).append(name)
    return [(label, names) for label, names in by_label.items() if len(names) > 1]


def shared_reason(names: list[str], action: str) -> str:
    """Why a label file shared by several images is a problem, what was done, what to do."""
    from app.core.io.own_files import shown

    who = ", ".join(shown(n) for n in names[:-1]) + f" and {shown(names[-1])}"
    return (
        f"shared by the images {who} (Ultralytics reads one .txt per image name): {action}; "
        "rename one of them or move it into another folder"
    )


def describe_shared(label: str, names: list[str], action: str) -> str:
    """One line naming a label file, the images that share it, what was done, and what to do."""
    from app.core.io.own_files import shown

    return f"{shown(label)}: {shared_reason(names, action)}"


def label_dir_for(image_dir: str) -> str:
    """Folder holding the labels of the images directly inside image_dir (img2label_path's rule,
    on the string: no Path normalisation, the scan compares these strings)."""
    s = os.path.join(image_dir, "x.jpg")
    sa, sb = f"{os.sep}images{os.sep}", f"{os.sep}labels{os.sep}"
    if sa in s:
        s = sb.join(s.rsplit(sa, 1))
    return os.path.dirname(s)


def read_yaml(path: Path) -> Any:
    """Parsed YAML (safe_load: never executes anything; regular files only, size-bounded, alias
    bombs refused: app.core.io.yaml_safe), errors as one FileError line."""
    from app.core.io.yaml_safe import load_yaml_file

    return load_yaml_file(path)


def load_class_names(path: str | os.PathLike[str], data: object = None) -> list[str]:
    """Class names from data.yaml (`names:` list or {id: name} map) or classes.txt (one per line).
    data: the YAML already parsed (saves reading it twice)."""
    path = Path(path)
    if data is None and not path.exists():
        raise FileError(path, "file not found")
    if is_yaml_path(path):
        if data is None:
            data = read_yaml(path) or {}
        from app.core.io.yaml_safe import class_names_from

        return class_names_from(data.get("names") if isinstance(data, dict) else None, path)
    from app.core.io.regular import read_regular_text

    text = read_regular_text(path, 16 << 20, "class list")
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def class_file(folder: str | os.PathLike[str]) -> Path | None:
    """The first CLASS_FILES entry present in folder (readable or not), or None."""
    for name in CLASS_FILES:
        if (Path(folder) / name).is_file():
            return Path(folder) / name
    return None


def find_class_names(folder: str | os.PathLike[str]) -> tuple[Path | None, list[str], list[str]]:
    """(class file used or None, names, warnings) for a dataset folder: the first CLASS_FILES entry
    that gives names; one that cannot is skipped with a warning naming it."""
    warnings: list[str] = []
    for name in CLASS_FILES:
        p = Path(folder) / name
        if not p.is_file():
            continue
        try:
            return p, load_class_names(p), warnings
        except FileError as e:
            warnings.append(f"{e}; class names not taken from it")
    return None, [], warnings


@dataclass
class Source:
    """What a SOURCE means: a root folder, its data.yaml (if any), class names and image locations."""

    root: Path
    data_yaml: Path | None = None
    class_names: list[str] = field(default_factory=list)
    # (split, folder or list-file); a folder is walked recursively
    entries: list[tuple[str, Path]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    class_file: Path | None = None  # where class_names came from


def _yaml_source(yaml_path: Path) -> Source:
    data = read_yaml(yaml_path) or {}
    if not isinstance(data, dict):
        raise FileError(yaml_path, "expected a mapping with train/val/names keys")
    base = yaml_path.parent
    if data.get("path"):
        p = Path(str(data["path"])).expanduser()
        base = p if p.is_absolute() else (yaml_path.parent / p)
    base = base.resolve()
    entries: list[tuple[str, Path]] = []
    warnings: list[str] = []
    listed: set[str] = set()
    for split in SPLITS:
        value = data.get(split)
        if not value:
            continue
        for v in value if isinstance(value, list) else [value]:
            p = Path(str(v)).expanduser()
            p = p if p.is_absolute() else base / p
            if not p.exists():
                warnings.append(f"{yaml_path}: {split}: {p} does not exist")
                continue
            if str(p) in listed:
                continue  # e.g. val: images/train when there is no val split
            listed.add(str(p))
            entries.append((split, p))
    if not entries:
        raise FileError(yaml_path, "no existing train/val/test image folder or list")
    names = load_class_names(yaml_path, data)
    return Source(base, yaml_path.resolve(), names, entries, warnings, yaml_path.resolve())


def resolve_source(source: str | os.PathLike[str]) -> Source:
    """A folder (indexed recursively; class names from CLASS_FILES) or a data.yaml (its
    train/val/test splits and names). Anything else: one FileError line naming the path."""
    p = Path(source).expanduser()
    if not p.exists():
        raise FileError(p, "no such file or folder")
    if p.is_file():
        if not is_yaml_path(p):
            raise FileError(p, "expected a dataset folder or a data.yaml")
        return _yaml_source(p)
    if is_yaml_path(p):
        raise FileError(
            p, "is a folder named like a data.yaml, not the file; give the data.yaml file or the dataset folder"
        )
    root = p.resolve()
    if not os.access(root, os.R_OK | os.X_OK):
        raise FileError(root, "permission denied")
    found, names, warnings = find_class_names(root)
    yaml_path = found if found is not None and is_yaml_path(found) else None
    return Source(root, yaml_path, names, [("", root)], warnings, found)
