"""Model files never run code unless the user trusts them.

A `.pt` checkpoint is a pickle: loaded the ordinary way (`torch.load(weights_only=False)`, which
Ultralytics does by default) it can run any code its author put in a `__reduce__`. Every model
load in LabelBench goes through `loading(path)`, which turns on the installed Ultralytics' own
safe-load mode (`ULTRALYTICS_SAFE_LOAD`; in ultralytics.nn.tasks: `torch.load(weights_only=True)`
against an allow-list of the torch / Ultralytics model classes a checkpoint references, found by
`torch.serialization.get_unsafe_globals_in_checkpoint`, models built without `eval`, no
auto-install of modules a checkpoint names). A file that needs anything else is refused with
UnsafeModelError naming it, unless the user trusted that very file (`--trust-model`, or the GUI's
confirmation): `trust(path)`. Trusted paths are kept in an environment variable so worker
processes (training) inherit the decision. Exports (ONNX, OpenVINO) hold no pickle.

    with loading(path):                 # UnsafeModelError if the file would run code
        model = YOLO(path)
    names = class_names(path)           # weights_only read, or the export's metadata
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from app.core.errors import ModelLoadError

TRUST_ENV = "LABELBENCH_TRUSTED_MODELS"
os.environ.setdefault("ULTRALYTICS_SAFE_LOAD", "1")  # read by Ultralytics at import (worker processes too)
_lock = threading.RLock()


class UnsafeModelError(ModelLoadError):
    """A model file that can only be loaded by running code from it."""

    def __init__(self, path: str | os.PathLike[str], detail: str = "") -> None:
        self.path = Path(path)
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"{path}: refused: loading this model would run code stored in the file{extra}; it "
            "holds more than the torch / Ultralytics model classes a checkpoint needs. Pass "
            "--trust-model (in the app: confirm) only if you trust where the file came from"
        )


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.fspath(path))


def trusted() -> set[str]:
    return {p for p in os.environ.get(TRUST_ENV, "").split(os.pathsep) if p}


def trust(path: str | os.PathLike[str]) -> None:
    """Let `path` (this file only) load the unsafe way, in this process and its workers."""
    with _lock:
        os.environ[TRUST_ENV] = os.pathsep.join(sorted(trusted() | {_key(path)}))


def is_trusted(path: str | os.PathLike[str]) -> bool:
    return _key(path) in trusted()


def unsafe_globals(path: str | os.PathLike[str]) -> list[str]:
    """Globals a torch.save() archive references (read from the pickle opcodes, nothing runs)."""
    import torch

    try:
        return list(torch.serialization.get_unsafe_globals_in_checkpoint(os.fspath(path)))
    except Exception:
        return []


@contextlib.contextmanager
def loading(path: str | os.PathLike[str]) -> Iterator[bool]:
    """Any Ultralytics model load inside runs in safe-load mode unless `path` is trusted; a refusal
    becomes UnsafeModelError naming the file and what it references."""
    import pickle

    import ultralytics.nn.tasks as tasks

    from app.core.io.models.archive import check_checkpoint

    check_checkpoint(path)  # not a model / a zip bomb: one line before torch inflates or unpickles anything
    safe = not is_trusted(path)
    with _lock:
        old = getattr(tasks, "SAFE_LOAD", None)
        # SAFE_LOAD is ultralytics.utils' flag, imported into tasks (tasks reads it from there)
        tasks.SAFE_LOAD = safe
        try:
            yield safe
        except (TypeError, pickle.UnpicklingError, ModuleNotFoundError) as e:
            if safe and (
                "outside the supported" in str(e) or isinstance(e, (pickle.UnpicklingError, ModuleNotFoundError))
            ):
                bad = [
                    g
                    for g in unsafe_globals(path)
                    if not g.startswith(("torch.", "ultralytics.", "collections.", "numpy."))
                ]
                raise UnsafeModelError(path, f"it references {', '.join(bad[:3])}" if bad else "") from None
            raise
        finally:
            tasks.SAFE_LOAD = old  # type: ignore[assignment]  # put back as it was (None: this Ultralytics had none)


def class_names(path: str | os.PathLike[str]) -> list[str]:
    """Class names of a model without running code from it: a .pt through Ultralytics' safe load
    (weights_only); an OpenVINO folder or ONNX file from its export metadata."""
    p = Path(path)
    names = None
    if p.suffix.lower() == ".pt":
        from ultralytics.nn.tasks import torch_safe_load

        with loading(p) as safe:
            try:
                # (ignore below) Ultralytics leaves torch_safe_load unannotated
                ck, _ = torch_safe_load(str(p), safe_only=safe)  # type: ignore[no-untyped-call]
            except (TypeError, RuntimeError, EOFError, OSError) as e:
                if isinstance(e, TypeError) and "outside the supported" in str(e):
                    raise
                raise ModelLoadError(f"{p}: cannot read the model ({str(e).strip().splitlines()[0][:200]})") from None
        m = ck.get("ema") or ck.get("model") if isinstance(ck, dict) else None
        names = getattr(m, "names", None)
    elif p.is_dir():
        meta = p / "metadata.yaml"
        if meta.is_file():
            from app.core.io.yaml_safe import load_yaml_file

            data = load_yaml_file(meta)
            names = data.get("names") if isinstance(data, dict) else None
    elif p.suffix.lower() == ".onnx":
        import ast

        import onnx

        m = onnx.load(str(p), load_external_data=False)
        raw = {x.key: x.value for x in m.metadata_props}.get("names")
        try:  # Ultralytics stores str(dict); literal_eval evaluates literals only, never code
            names = ast.literal_eval(raw) if raw and len(raw) < 1_000_000 else None
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            names = None
    if names is None:
        raise ModelLoadError(f"{p}: no class names found in the model")
    from app.core.io.yaml_safe import class_names_from

    return class_names_from(names, p)
