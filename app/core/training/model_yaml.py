"""A model config .yaml is data too: checked before Ultralytics builds a model from it.

Ultralytics' parse_model evaluates a config's `activation:` string with eval() unless it runs in
its restricted mode (which LabelBench turns on for every load, app.core.io.models.safety), and looks
each layer's module name up among its globals. This check refuses, in one line naming the file and
line, an activation that is not a plain `nn.Name(literal, ...)` call and a layer whose module is
not a plain name, before any process is started.

    check_model_yaml("my_model.yaml")   # FileError, or None
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.core.errors import FileError

_MODULE = re.compile(r"^(torch\.)?(nn\.)?[A-Za-z_][A-Za-z0-9_]{0,63}$")


def _activation_ok(spec: str) -> bool:
    try:
        node = ast.parse(spec, mode="eval").body
    except (SyntaxError, ValueError):
        return False
    if not isinstance(node, ast.Call) or node.keywords and any(k.arg is None for k in node.keywords):
        return False
    f = ast.unparse(node.func)
    if not re.fullmatch(r"(torch\.)?nn\.[A-Za-z][A-Za-z0-9_]{0,63}", f):
        return False
    return all(isinstance(a, ast.Constant) for a in [*node.args, *(k.value for k in node.keywords)])


def _line_of(text: str, needle: str) -> int | None:
    i = text.find(needle)
    return text.count("\n", 0, i) + 1 if i >= 0 else None


def check_model_yaml(path: str | Path) -> None:
    from app.core.io.regular import read_regular_text
    from app.core.io.yaml_safe import YAML_MAX_BYTES, load_yaml_text

    p = Path(path)
    text = read_regular_text(p, YAML_MAX_BYTES, "model config")
    data = load_yaml_text(text, p)
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("backbone"), list)
        or not isinstance(data.get("head"), list)
    ):
        raise FileError(p, "not a model config (expected 'backbone:' and 'head:' layer lists)")
    act = data.get("activation")
    if act is not None and not (isinstance(act, str) and _activation_ok(act)):
        raise FileError(
            p,
            f"activation: {str(act)[:80]!r} refused: only a plain torch activation such as "
            "nn.SiLU() is accepted (model configs are never evaluated as code)",
            _line_of(text, "activation"),
        )
    for part in ("backbone", "head"):
        for i, layer in enumerate(data[part]):
            if (
                not isinstance(layer, list)
                or len(layer) != 4
                or not isinstance(layer[2], str)
                or not _MODULE.match(layer[2])
            ):
                raise FileError(p, f"{part}: layer {i} is not [from, repeats, module, args] with a plain module name")
