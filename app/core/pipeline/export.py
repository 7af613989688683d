"""Export a Pipeline as a standalone Python script that needs only cv2 and numpy.

The script contains the very source of the op functions used by the pipeline and of everything
they call (helpers, constants, ImageJ threshold methods), collected by walking the functions'
syntax trees, plus the same file reading / encoding / naming code as `labelbench filter`
(app.core.pipeline.files). Same code + same OpenCV build = byte-identical output files.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import json
import sys
import textwrap
import types
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, cast

from app import __version__
from app.core.pipeline.ops import get_op

if TYPE_CHECKING:
    from collections.abc import Sequence


class _Step(Protocol):
    op: str
    params: dict[str, Any]
    enabled: bool


class Pipeline(Protocol):
    """What the export reads of app.core.pipeline.model.Pipeline (which imports this module)."""

    @property
    def steps(self) -> Sequence[_Step]: ...

    def to_dict(self) -> dict[str, Any]: ...


ALLOWED_MODULES = {"cv2": "cv2", "numpy": "np", "math": "math", "os": "os", "sys": "sys"}


class ExportError(RuntimeError):
    """A function the exporter cannot copy (uses a module other than cv2 / numpy / stdlib)."""


_AST_CACHE: dict[str, ast.Module] = {}


def _module_ast(modname: str) -> ast.Module:
    if modname not in _AST_CACHE:
        _AST_CACHE[modname] = ast.parse(inspect.getsource(sys.modules[modname]))
    return _AST_CACHE[modname]


def _local_names(fn: ast.FunctionDef) -> set[str]:
    names = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.Lambda)) and node is not fn and isinstance(node, ast.FunctionDef):
            names.add(node.name)
    return names


def _loaded_names(node: ast.AST) -> list[str]:
    return [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]


class _Collector:
    def __init__(self) -> None:
        self.functions: dict[str, tuple[str, str]] = {}  # name -> (module, source)
        self.constants: dict[str, tuple[str, str]] = {}
        self.const_order: list[str] = []
        self.imports: set[str] = set()

    def _claim(self, table: dict[str, tuple[str, str]], name: str, module: str) -> bool:
        if name in table:
            if table[name][0] != module:
                raise ExportError(f"name clash: {name} defined in {table[name][0]} and {module}")
            return False
        return True

    def add_function(self, func: Callable[..., object]) -> None:
        mod, name = func.__module__, func.__name__
        if not self._claim(self.functions, name, mod):
            return
        tree = _module_ast(mod)
        node = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name), None)
        if node is None:
            raise ExportError(f"{mod}.{name} is not a top-level function")
        node = cast(ast.FunctionDef, ast.parse(ast.unparse(node)).body[0])
        node.decorator_list = []
        self.functions[name] = (mod, ast.unparse(node))
        self._resolve(mod, _loaded_names(node), _local_names(node))

    def _resolve(self, mod: str, names: list[str], local: set[str]) -> None:
        g = vars(sys.modules[mod])
        for name in dict.fromkeys(names):
            if name in local:
                continue
            if name not in g:
                if hasattr(builtins, name):
                    continue
                raise ExportError(f"{mod}: unresolved name {name!r}")
            value = g[name]
            if isinstance(value, types.ModuleType):
                alias = ALLOWED_MODULES.get(value.__name__)
                if alias != name:
                    raise ExportError(f"{mod}: module {value.__name__} as {name!r} is not allowed in exports")
                self.imports.add(value.__name__)
            elif isinstance(value, types.FunctionType):
                if value.__name__ != name:
                    raise ExportError(f"{mod}: aliased function {name!r}")
                if not value.__module__.startswith("app."):
                    raise ExportError(f"{mod}: {name} comes from {value.__module__}")
                self.add_function(value)
            else:
                self.add_constant(mod, name)

    def add_constant(self, mod: str, name: str) -> None:
        tree = _module_ast(mod)
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                if not self._claim(self.constants, name, mod):
                    return
                self.constants[name] = (mod, ast.unparse(node))
                self._resolve(mod, _loaded_names(node.value), set())
                self.const_order.append(name)
                return
            if isinstance(node, ast.ImportFrom) and any((a.asname or a.name) == name for a in node.names):
                src = node.module or ""
                if not src.startswith("app."):
                    break
                self.add_constant(src, name)
                return
        raise ExportError(f"{mod}: cannot export the value of {name!r}")


_MAIN = '''
DEFAULT_EXT = ".png"  # the format of every output file into a folder unless --ext says otherwise


def run_pipeline(img):
    """Apply the enabled steps in order."""
    for func, params in STEPS:
        img = func(img, **params)
    return img


def _process(src, dst):
    data = np.fromfile(src, np.uint8)
    img = decode_image(data) if data.size else None
    if img is None:
        raise ValueError("cannot decode image")
    out = run_pipeline(img)
    write_file_atomic(dst, encode_image(out, os.path.splitext(dst)[1]))


def main(argv):
    args, ext, i = [], None, 0
    while i < len(argv):
        a = argv[i]
        if a.startswith("--ext="):
            ext = a.split("=", 1)[1]
        elif a == "--ext" and i + 1 < len(argv):
            ext, i = argv[i + 1], i + 1
        else:
            args.append(a)
        i += 1
    if len(args) != 2 or any(a.startswith("-") for a in args):
        print("usage: python %s SOURCE DEST [--ext .png]" % os.path.basename(sys.argv[0]), file=sys.stderr)
        return 2
    source, dest = args
    into_folder = os.path.isdir(source) or os.path.isdir(dest) or dest.endswith(("/", os.sep))
    if ext is None and into_folder:
        ext = DEFAULT_EXT  # lossless: a binary mask stays 0/255 (JPEG would blur it into 0..255 noise)
    pairs = plan_files(source, dest, ext, list_images)
    errors = 0
    for src, dst in pairs:
        try:
            _process(src, dst)
        except Exception as e:  # one bad file must not stop the run
            errors += 1
            print("%s: %s" % (src, e), file=sys.stderr)
    print("%d image(s): %d written, %d failed" % (len(pairs), len(pairs) - errors, errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
'''


def export_script(pipeline: Pipeline) -> str:
    """Source text of the standalone script for `pipeline` (see module docstring)."""
    from app.core.io import images as imaging
    from app.core.pipeline import files as pipeline_io

    col = _Collector()
    steps = []
    for step in pipeline.steps:
        if not step.enabled:
            continue
        op = get_op(step.op)
        col.add_function(op.func)
        steps.append((op.func.__name__, step.op, step.params))
    for f in (
        pipeline_io.decode_image,
        pipeline_io.encode_image,
        pipeline_io.plan_files,
        pipeline_io.write_file_atomic,
        imaging.list_images,
    ):
        col.add_function(f)
    col.imports.update({"os", "sys", "numpy", "cv2"})
    order = ["math", "os", "sys", "cv2", "numpy"]
    imports = [("import numpy as np" if m == "numpy" else f"import {m}") for m in order if m in col.imports]
    pipe_json = json.dumps(pipeline.to_dict(), indent=2)
    header = textwrap.dedent(f'''\
        #!/usr/bin/env python3
        """Standalone image pipeline exported by LabelBench {__version__} on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.

        Usage: python {{this file}} SOURCE DEST [--ext .png]
          SOURCE: an image or a folder (searched recursively); DEST: a file or a folder.
          Files written into a folder are PNG (lossless) unless --ext names another format (.jpg,
          .tif, ...); a single DEST file is written in the format its name says.
        Exit status 0 when every image was written, 1 when any failed (each named on stderr).
        Needs only OpenCV (cv2) and numpy; gives the same bytes as
        `labelbench filter --pipeline PIPELINE.json SOURCE DEST --ext .png`.
        """
        ''')
    parts = [header, "\n".join(imports), ""]
    parts.append("# Pipeline:\n" + "\n".join("#   " + ln for ln in pipe_json.splitlines()) + "\n")
    for name in col.const_order:
        parts.append(col.constants[name][1])
    parts.append("")
    for mod, src in col.functions.values():
        parts.append(f"# (LabelBench {mod})\n{src}\n")
    step_lines = "".join(f"    ({fname}, {params!r}),  # {opname}\n" for fname, opname, params in steps)
    parts.append("STEPS = [\n" + step_lines + "]\n")
    parts.append(_MAIN)
    return "\n".join(parts).rstrip() + "\n"
