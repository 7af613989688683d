"""The only data.yaml Ultralytics ever sees is one LabelBench wrote.

A user's data.yaml is data: it may come with a downloaded dataset or from a shared drive.
Ultralytics' own dataset check executes a `download:` value that is Python source (or runs it as
a bash command, or fetches it as a URL) when a split is missing, resolves a relative `path:` in
its own datasets folder, and follows `yaml_file` and other keys. So the user's file is read here
with the safe, bounded YAML reader, only the fields training needs are kept and checked, and a
new file is written into the run folder:

    data = read_training_data("ds/data.yaml")     # FileError (one line, with the line number)
    yaml = write_training_yaml(data, run_dir)      # run_dir/labelbench_data.yaml, absolute paths

Kept: `path` (the dataset folder; relative to the data.yaml's folder, never to Ultralytics'
datasets folder), `train`/`val` (required) and `test` (folders or .txt image lists, each must exist
and lie inside the dataset folder), `names` (list or {id: name}), and for pose datasets
`kpt_shape`/`flip_idx`; `channels` when 1 or 3. Everything else (`download`, `yaml_file`, ...) is
dropped; `download:` is named in `ignored` so the caller can say so.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import FileError

SPLITS = ("train", "val", "test")
GENERATED_NAME = "labelbench_data.yaml"
GENERATED_MARK = "# written by LabelBench from"
ALLOWED_KEYS = {"path", "train", "val", "test", "names", "nc", "kpt_shape", "flip_idx", "channels"}
MAX_SPLIT_ENTRIES = 1000


@dataclass(frozen=True)
class TrainingData:
    source: Path  # the user's data.yaml
    root: Path  # the dataset folder (resolved)
    splits: dict[str, list[Path]]  # train/val[/test] -> existing folders or list files
    names: list[str]
    extras: dict[str, Any] = field(default_factory=dict)  # kpt_shape, flip_idx, channels
    ignored: list[str] = field(default_factory=list)  # keys dropped that a user may care about


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _inside(p: Path, root: Path) -> bool:
    return p == root or root in p.parents


def _split_paths(value: object, key: str, root: Path, src: Path, line: int | None) -> list[Path]:
    items = value if isinstance(value, list) else [value]
    if not items or len(items) > MAX_SPLIT_ENTRIES:
        raise FileError(
            src, f"{key}: expected a folder, an image list file, or a list of up to {MAX_SPLIT_ENTRIES} of them", line
        )
    out = []
    for v in items:
        if not isinstance(v, (str, int, float)) or isinstance(v, bool) or not str(v).strip():
            raise FileError(src, f"{key}: {v!r} is not a path", line)
        s = str(v).strip()
        if "://" in s:
            raise FileError(src, f"{key}: {s} is a URL; LabelBench trains only on local files", line)
        p = Path(os.path.expanduser(s))
        cand = p if p.is_absolute() else root / p
        if not p.is_absolute() and not cand.exists() and s.startswith("../"):
            cand = root / s[3:]  # Ultralytics' rule for Roboflow-style exports ('../train/images')
        real = Path(os.path.realpath(cand))
        if not real.exists():
            raise FileError(src, f"{key}: {s} does not exist ({cand}); training needs every split it names", line)
        if not _inside(real, root):
            raise FileError(
                src,
                f"{key}: {s} lies outside the dataset folder {root} ({real}); LabelBench "
                "trains only on files inside it",
                line,
            )
        if not (real.is_dir() or (real.is_file() and real.suffix.lower() == ".txt")):
            raise FileError(src, f"{key}: {s} is neither a folder nor a .txt list of images", line)
        out.append(real)
    return out


def _int_list(value: object, key: str, src: Path, line: int | None, length: int | None = None) -> list[int]:
    if (
        not isinstance(value, list)
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)
        or (length is not None and len(value) != length)
        or len(value) > 10_000
    ):
        raise FileError(src, f"{key}: expected a list of {length or 'some'} integers", line)
    return [int(x) for x in value]


def read_training_data(path: str | os.PathLike[str]) -> TrainingData:
    """Parse and check a training data.yaml; every problem is one FileError naming the file (and line)."""
    from app.core.io.regular import read_regular_text
    from app.core.io.yaml_safe import YAML_MAX_BYTES, class_names_from, load_yaml_text

    src = Path(os.path.abspath(Path(path).expanduser()))
    text = read_regular_text(src, YAML_MAX_BYTES, "data.yaml")
    data = load_yaml_text(text, src)
    if not isinstance(data, dict):
        raise FileError(src, "expected a mapping with train, val and names")
    base = Path(os.path.realpath(src.parent))
    root = base
    if data.get("path") not in (None, ""):
        raw = data["path"]
        if not isinstance(raw, str) or "://" in raw:
            raise FileError(src, f"path: {raw!r} is not a local folder", _line_of(text, "path"))
        p = Path(os.path.expanduser(raw))
        root = Path(os.path.realpath(p if p.is_absolute() else base / p))
        if not root.is_dir():
            raise FileError(src, f"path: {raw} is not a folder ({root})", _line_of(text, "path"))
    splits: dict[str, list[Path]] = {}
    for key in SPLITS:
        if data.get(key) in (None, ""):
            if key != "test":
                raise FileError(
                    src,
                    f"no '{key}:' split; training needs train and val (or give a dataset "
                    "folder: its reviewed images are exported and split)",
                )
            continue
        splits[key] = _split_paths(data[key], key, root, src, _line_of(text, key))
    if data.get("names") is None:
        raise FileError(src, "no 'names:' list or mapping")
    names = class_names_from(data["names"], src)
    if "nc" in data and data["nc"] != len(names):
        raise FileError(src, f"nc: {data['nc']!r} does not match the {len(names)} names", _line_of(text, "nc"))
    extras: dict[str, Any] = {}
    if data.get("kpt_shape") is not None:
        extras["kpt_shape"] = _int_list(data["kpt_shape"], "kpt_shape", src, _line_of(text, "kpt_shape"), 2)
    if data.get("flip_idx") is not None:
        extras["flip_idx"] = _int_list(data["flip_idx"], "flip_idx", src, _line_of(text, "flip_idx"))
    if data.get("channels") is not None:
        if data["channels"] not in (1, 3):
            raise FileError(src, "channels: expected 1 or 3", _line_of(text, "channels"))
        extras["channels"] = int(data["channels"])
    ignored = sorted(str(k) for k in data if str(k) not in ALLOWED_KEYS)
    return TrainingData(src, root, splits, names, extras, ignored)


def _q(s: object) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    import json

    return json.dumps(str(s), ensure_ascii=False)


def render(data: TrainingData) -> str:
    lines = [f"{GENERATED_MARK} {_q(data.source)}; only these fields reach Ultralytics", f"path: {_q(data.root)}"]
    for key, paths in data.splits.items():
        lines.append(f"{key}:")
        lines.extend(f"  - {_q(p)}" for p in paths)
    lines.append("names:")
    lines.extend(f"  {i}: {_q(n)}" for i, n in enumerate(data.names))
    for key, v in data.extras.items():
        lines.append(f"{key}: {v!r}" if not isinstance(v, list) else f"{key}: [{', '.join(map(str, v))}]")
    return "\n".join(lines) + "\n"


def write_training_yaml(data: TrainingData, folder: str | Path) -> Path:
    """folder/labelbench_data.yaml holding only the checked fields (atomic write)."""
    from app.core.io.atomic import atomic_write_text

    out = Path(folder) / GENERATED_NAME
    atomic_write_text(out, render(data))
    return out


def check_generated(path: str | Path) -> None:
    """The training worker's guard: refuse any data file that is not one this module wrote."""
    from app.core.io.yaml_safe import load_yaml_file

    p = Path(path)
    data = load_yaml_file(p)
    first = p.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
    if not first.startswith(GENERATED_MARK) or not isinstance(data, dict) or set(map(str, data)) - ALLOWED_KEYS:
        raise FileError(p, "not a data file written by LabelBench; refusing to hand it to Ultralytics")
