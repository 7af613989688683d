"""What an auto-label run reads and where it writes: SOURCE -> images, dataset index, class mapping.

SOURCE is a folder (recursive), a data.yaml (its train/val/test folders or lists) or a .txt with
one image path per line (relative lines are relative to the list's folder). Labels go where
Ultralytics looks for them (img2label_path), or under --out keeping each image's path relative
to the dataset root.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import FileError, UsageError
from app.core.io import images as imaging
from app.core.io import layout
from app.core.io.layout import is_image_path


@dataclass
class Plan:
    root: Path  # dataset root: index location, --out paths are relative to it
    source: layout.Source  # for the dataset index
    images: list[str]  # absolute image paths, in a stable order
    class_names: list[str]  # names the dataset already declares ([] when none)
    warnings: list[str]


def plan_source(source: str | os.PathLike[str]) -> Plan:
    p = Path(source).expanduser()
    if not p.exists():
        raise FileError(p, "no such file or folder")
    if p.is_file() and p.suffix.lower() == ".txt":
        return _plan_list(p)
    if p.is_file() and p.suffix.lower() not in (".yaml", ".yml"):
        raise UsageError(f"{p}: SOURCE must be a folder, a data.yaml or a .txt list of image paths")
    src = layout.resolve_source(p)
    images: list[str] = []
    warnings: list[str] = list(src.warnings)
    seen: set[str] = set()
    for _split, entry in src.entries:
        if entry.is_file():  # an Ultralytics image list: lines relative to the dataset root
            found: Iterable[str] = _read_list(entry, Path(src.root), warnings)
        else:
            found = imaging.list_images(entry, warnings)
        for path in found:
            path = str(path)
            if path not in seen:
                seen.add(path)
                images.append(path)
    return Plan(Path(src.root), src, images, list(src.class_names), warnings)


def _read_list(list_file: Path, base: Path, warnings: list[str]) -> list[str]:
    try:
        lines = list_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise FileError(list_file, f"cannot read ({e})") from None
    out = []
    for i, ln in enumerate(lines, 1):
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        q = Path(ln).expanduser()
        q = Path(os.path.normpath(q if q.is_absolute() else base / q))
        if not is_image_path(q):
            warnings.append(f"{list_file}:{i}: not an image file name: {ln}")
            continue
        out.append(str(q))
    return out


def _plan_list(list_file: Path) -> Plan:
    base = list_file.resolve().parent
    warnings: list[str] = []
    images = list(dict.fromkeys(_read_list(list_file, base, warnings)))
    root = base
    if images and any(not s.startswith(str(base) + os.sep) for s in images):
        root = Path(os.path.commonpath([str(base)] + [os.path.dirname(s) for s in images]))
    # the dataset index keeps paths relative to root; the engine itself never re-reads the list
    found, names, name_warnings = layout.find_class_names(root)
    src = layout.Source(root, None, names, [("", list_file.resolve())], name_warnings, found)
    return Plan(root, src, images, names, warnings + name_warnings)


def parse_class_map(spec: str | None, model_names: list[str], dataset_names: list[str]) -> dict[int, int] | None:
    """--map-classes: "by-name" (model classes go to the dataset class of the same name; others
    are dropped) or "M:D,M:D" (model id -> dataset id; unlisted model classes are dropped).
    None: identity."""
    if spec is None or spec == "":
        return None
    if spec == "by-name":
        if not dataset_names:
            raise UsageError("--map-classes by-name needs a dataset with class names (data.yaml / classes.txt)")
        where = {n: i for i, n in enumerate(dataset_names)}
        m = {i: where[n] for i, n in enumerate(model_names) if n in where}
        if not m:
            raise UsageError("--map-classes by-name: no model class name occurs in the dataset's names")
        return m
    out: dict[int, int] = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            a, b = (int(v) for v in part.split(":"))
        except ValueError:
            raise UsageError(f"--map-classes: expected MODEL_ID:DATASET_ID pairs, got {part!r}") from None
        if not 0 <= a < len(model_names):
            raise UsageError(f"--map-classes: the model has no class {a} (it has {len(model_names)})")
        if dataset_names and not 0 <= b < len(dataset_names):
            raise UsageError(f"--map-classes: the dataset has no class {b} (it has {len(dataset_names)})")
        out[a] = b
    if not out:
        raise UsageError("--map-classes: empty mapping")
    return out


def check_names(
    model_names: list[str], dataset_names: list[str], class_map: dict[int, int] | None, where: str
) -> list[str]:
    """Class names the labels will use. Different names without a mapping stop the run."""
    if class_map is not None:
        return dataset_names or [model_names[k] for k in sorted(class_map)]
    if dataset_names and dataset_names != model_names:
        from app.core.errors import LabelBenchError

        raise LabelBenchError(
            f"{where} names the classes {dataset_names} but the model predicts {model_names}; "
            "labels would get the wrong class ids. Pass --map-classes by-name (match by name) or "
            "--map-classes 0:1,1:0,... (model id:dataset id), or use a matching model"
        )
    return list(model_names)
