"""Adding a class appends it: existing ids are never renumbered, reordered or rewritten.

data.yaml is edited as text (one line inserted or one flow list extended) so comments and the
rest of the file stay as they were; the result is read back and must equal the old names plus
the new one, else nothing is written. classes.txt gets one line appended. No Qt here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.core.errors import FileError, UsageError
from app.core.io.atomic import atomic_write_text
from app.core.io.yolo_labels import load_class_names

_PLAIN = re.compile(r"[A-Za-z_][\w\- ]*")
_YAML_WORDS = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


def _scalar(name: str) -> str:
    plain = _PLAIN.fullmatch(name) and name.lower() not in _YAML_WORDS and name == name.strip()
    return name if plain else json.dumps(name, ensure_ascii=False)


def check_new_name(names: list[str], name: str) -> str:
    name = name.strip()
    if not name:
        raise UsageError("a class name cannot be empty")
    if "\n" in name or "\r" in name:
        raise UsageError("a class name must be one line")
    if name in names:
        raise UsageError(f"class {name!r} exists already (id {names.index(name)})")
    return name


def _insert_yaml(text: str, n: int, name: str) -> str | None:
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        m = re.match(r"names\s*:\s*(.*?)\s*(#.*)?$", line.rstrip("\r\n"))
        if not m:
            continue
        rest = m.group(1)
        if rest.startswith("[") and rest.endswith("]"):
            inner = rest[1:-1].strip()
            new = "[" + (inner + ", " if inner else "") + _scalar(name) + "]"
            return "".join(lines[:i]) + line.replace(rest, new, 1) + "".join(lines[i + 1 :])
        if rest.startswith("{") and rest.endswith("}"):
            inner = rest[1:-1].strip()
            new = "{" + (inner + ", " if inner else "") + f"{n}: {_scalar(name)}" + "}"
            return "".join(lines[:i]) + line.replace(rest, new, 1) + "".join(lines[i + 1 :])
        if rest:
            return None
        # block list / map: the entries are the following lines that are indented or start with "- "
        last, indent, style = None, "  ", None
        for j in range(i + 1, len(lines)):
            s = lines[j].rstrip("\r\n")
            if not s.strip() or s.lstrip().startswith("#"):
                continue
            if s[0] in " \t" or s.startswith("- "):
                last = j
                indent = s[: len(s) - len(s.lstrip())]
                style = "list" if s.lstrip().startswith("- ") else "map"
                continue
            break
        if last is None:
            return None
        entry = f"{indent}- {_scalar(name)}\n" if style == "list" else f"{indent}{n}: {_scalar(name)}\n"
        before = "".join(lines[: last + 1])
        if not before.endswith("\n"):
            before += "\n"
        return before + entry + "".join(lines[last + 1 :])
    return None


def append_class(
    path: str | Path | None, names: list[str], name: str, root: str | Path | None = None
) -> tuple[Path, list[str]]:
    """Append class `name` to data.yaml or classes.txt (or create root/classes.txt when the
    dataset has neither). Returns (file written, new names)."""
    name = check_new_name(names, name)
    want = list(names) + [name]
    if path is None:
        if root is None:
            raise UsageError("no data.yaml or classes.txt to add the class to")
        path = Path(root) / "classes.txt"
        atomic_write_text(path, "".join(f"{n}\n" for n in want))
        return path, want
    path = Path(path)
    if load_class_names(path) != list(names):
        raise FileError(path, "class names changed on disk since the dataset was opened; reopen it first")
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".yaml", ".yml"):
        new = _insert_yaml(text, len(names), name)
        if new is None:
            raise FileError(path, "cannot find a 'names:' list to append to")
    else:
        new = text + ("" if not text or text.endswith("\n") else "\n") + name + "\n"
    tmp_check = path.with_name(f".{path.name}.check{path.suffix}")
    try:
        tmp_check.write_text(new, encoding="utf-8")
        got = load_class_names(tmp_check)
    finally:
        tmp_check.unlink(missing_ok=True)
    if got != want:
        raise FileError(path, f"appending {name!r} would not give the expected class list; file left unchanged")
    atomic_write_text(path, new)
    return path, want


def write_class_list(out: Path, names: list[str]) -> None:
    """OUT/classes.txt for labels written into an --out folder (labelImg's file, and the one
    `status OUT`, Review and eval read): the names of the ids in its label files. Written with the
    first label; one already there (an earlier run's, or the user's) is never replaced."""
    path = Path(out) / "classes.txt"
    if not names or path.exists() or path.is_symlink():
        return
    atomic_write_text(path, "".join(f"{n}\n" for n in names))
