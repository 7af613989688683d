"""The small JSON file key bindings travel in (Settings ▸ Keyboard ▸ Export… / Import…):

    {"labelbench_keys": 1, "bindings": {"window.open_folder": ["Ctrl+U"], "browse.next_image": ["D"]}}

Only bindings that differ from the defaults are written; an action missing from the file keeps
its default key.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.errors import LabelBenchError
from app.core.io.atomic import atomic_write_text

FORMAT = 1


def write_bindings(path: str | Path, bindings: dict[str, list[str]]) -> None:
    data = {"labelbench_keys": FORMAT, "bindings": dict(sorted(bindings.items()))}
    atomic_write_text(Path(path), json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def read_bindings(path: str | Path) -> dict[str, list[str]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise LabelBenchError(f"{path}: not a key bindings file ({e})") from e
    if (
        not isinstance(data, dict)
        or data.get("labelbench_keys") != FORMAT
        or not isinstance(data.get("bindings"), dict)
    ):
        raise LabelBenchError(f"{path}: not a LabelBench key bindings file")
    out = {}
    for name, keys in data["bindings"].items():
        if isinstance(keys, str):
            keys = [keys]
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise LabelBenchError(f'{path}: keys of {name!r} must be a list of texts such as ["Ctrl+U"]')
        out[str(name)] = keys
    return out
