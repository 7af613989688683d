"""YAML for data files: safe_load semantics (never constructs Python objects), read from regular
files only, size-bounded, and refusing alias bombs ("billion laughs": a few hundred bytes whose
aliases expand to gigabytes once the structure is walked or printed).

    data = load_yaml_file(Path("data.yaml"))           # FileError naming the file (and line)
    names = class_names_from(data["names"], path)      # scalars only, bounded count
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.errors import FileError

YAML_MAX_BYTES = 4 << 20
MAX_ALIASES = 1000
MAX_CLASSES = 100_000


def _loader_class() -> Any:
    import yaml

    class _BoundedLoader(yaml.SafeLoader):  # type: ignore[misc]  # yaml has no stubs here: SafeLoader is Any
        aliases = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_ALIASES:
                    mark = self.peek_event().start_mark
                    raise yaml.YAMLError(f"more than {MAX_ALIASES} aliases (an alias bomb?) near line {mark.line + 1}")
            return super().compose_node(parent, index)

    return _BoundedLoader


def load_yaml_text(text: str, path: Path) -> Any:
    import yaml

    loader = _loader_class()(text)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise FileError(
            path, f"invalid YAML ({getattr(e, 'problem', None) or e})", mark.line + 1 if mark else None
        ) from None
    except RecursionError:
        raise FileError(path, "invalid YAML (nested too deeply)") from None
    finally:
        loader.dispose()


def load_yaml_file(path: str | Path, max_bytes: int = YAML_MAX_BYTES) -> Any:
    """Parsed YAML of a regular file of at most max_bytes; every problem is one FileError line."""
    from app.core.io.regular import read_regular_text

    path = Path(path)
    return load_yaml_text(read_regular_text(path, max_bytes, "YAML file"), path)


def class_names_from(names: object, path: str | Path) -> list[str]:
    """A `names:` value (list, or {id: name} with ids 0..n-1) -> list of str. Names must be plain
    scalars (a nested list is refused instead of being printed: alias bombs live there)."""
    path = Path(path)
    if isinstance(names, dict):
        if len(names) > MAX_CLASSES:
            raise FileError(path, f"names: more than {MAX_CLASSES} classes")
        try:
            ids = sorted(int(k) for k in names)
        except (TypeError, ValueError):
            raise FileError(path, "names: keys must be class ids 0..n-1") from None
        if ids != list(range(len(ids))):
            raise FileError(path, "names: class ids must be 0..n-1 without gaps")
        values = [names[k] if k in names else names[str(k)] for k in ids]
    elif isinstance(names, list):
        if len(names) > MAX_CLASSES:
            raise FileError(path, f"names: more than {MAX_CLASSES} classes")
        values = names
    else:
        raise FileError(path, "no 'names:' list or mapping")
    for i, v in enumerate(values):
        if v is None or isinstance(v, (list, dict, set, tuple)):
            raise FileError(path, f"names: class {i} is not a plain name ({type(v).__name__})")
    out = [str(v) for v in values]
    if any(len(n) > 1000 for n in out):
        raise FileError(path, "names: a class name longer than 1000 characters")
    first: dict[str, int] = {}
    for i, n in enumerate(out):
        if n in first:  # a by-name class map would silently pick one of the two ids
            raise FileError(path, f"names: class {i} {n!r} repeats class {first[n]}; give each class its own name")
        first[n] = i
    return out
