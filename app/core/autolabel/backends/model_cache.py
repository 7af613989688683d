"""Exports of a user's `.pt` model, made by Ultralytics' own exporter and cached by content hash.

    ~/.cache/labelbench/exports/<sha256 of the .pt>/openvino-dyn-<ultralytics version>/model_openvino_model/
    ~/.cache/labelbench/exports/<sha256 of the .pt>/onnx-dyn-<ultralytics version>/model.onnx

The cache lives in the user's cache folder (LABELBENCH_CACHE overrides ~/.cache/labelbench), never
beside the model, which may sit in a read-only folder. Exports are dynamic-shape so rectangular
letterbox shapes (e.g. 640x384 for 16:9 images) work exactly as they do for the `.pt` model.
An export is built in a temporary folder and renamed into place, under a file lock, so two
processes exporting the same model at once, or a kill in the middle, never leave half an export.
Everything works offline (YOLO_OFFLINE=1; onnxslim and openvino are installed dependencies).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

from app.core.errors import LabelBenchError, ModelLoadError

EXPORT_FORMATS = ("openvino", "onnx")


def cache_root() -> Path:
    env = os.environ.get("LABELBENCH_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "labelbench"


def sha256_now(path: str | os.PathLike[str]) -> str:
    """SHA-256 of the file's current bytes, read now (no memo)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def file_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file; remembered per (path, size, mtime) so a 100 MB model is hashed once."""
    p = Path(path).resolve()
    st = p.stat()
    memo = cache_root() / "hashes.json"
    key = f"{p}|{st.st_size}|{st.st_mtime_ns}"
    try:
        known = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if isinstance(known, dict) and key in known:
        return cast(str, known[key])
    digest = sha256_now(p)
    known = known if isinstance(known, dict) else {}
    known[key] = digest
    if len(known) > 200:  # keep the memo small
        known = dict(list(known.items())[-200:])
    try:
        from app.core.io.atomic import atomic_write_text

        atomic_write_text(memo, json.dumps(known))
    except OSError:
        pass
    return digest


def model_file_id(path: str | os.PathLike[str]) -> str:
    """Identity of a model for the dataset index: '<name>@<first 12 hex of sha256>'.
    An OpenVINO folder is identified by its .bin weights."""
    p = Path(path)
    target = p
    if p.is_dir():
        bins = sorted(p.glob("*.bin")) or sorted(p.glob("*.xml"))
        if not bins:
            raise LabelBenchError(f"{p}: not a model folder (no OpenVINO .xml/.bin inside)")
        target = bins[0]
    return f"{p.name}@{file_sha256(target)[:12]}"


def ultralytics_version() -> str:
    try:  # from the package metadata: importing ultralytics would import torch (~1.5 s)
        from importlib.metadata import version

        return version("ultralytics")
    except Exception:
        import ultralytics

        return ultralytics.__version__


def export_dir(model_pt: str | os.PathLike[str], fmt: str) -> Path:
    """Where the cached export of this model (by content) in this format lives."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    return cache_root() / "exports" / file_sha256(model_pt) / f"{fmt}-dyn-{ultralytics_version()}"


def exported_model_path(folder: Path, fmt: str) -> Path:
    """The path to hand to Ultralytics (AutoBackend / YOLO) for a finished export folder."""
    return folder / ("model_openvino_model" if fmt == "openvino" else "model.onnx")


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def build_once(folder: Path, name: str, build: Callable[[Path, Path], str]) -> None:
    """Make the cache folder `folder` unless it is finished (holds DONE), once across processes:
    under the lock `.{name}.lock` beside it, `build(work, built)` fills the empty folder `built`
    (in the temp folder `work`, next to `folder`) and returns the text of its DONE file; `built`
    then replaces any stale `folder` by a rename, and `work` is removed whatever happens."""
    if (folder / "DONE").exists():
        return
    with _locked(folder.parent / f".{name}.lock"):
        if (folder / "DONE").exists():  # another process finished it while we waited
            return
        work = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=folder.parent))
        try:
            built = work / "built"
            built.mkdir()
            (built / "DONE").write_text(build(work, built), encoding="utf-8")
            if folder.exists():  # a stale, unfinished folder from a killed run
                shutil.rmtree(folder)
            os.replace(built, folder)
        finally:
            shutil.rmtree(work, ignore_errors=True)


def load_for_export(model_pt: Path, work: Path) -> Any:
    """An Ultralytics YOLO of a copy of `model_pt` in `work` (the exporter writes beside it), loaded
    in Ultralytics' safe mode unless the user trusted this file (UnsafeModelError); any other load
    problem is one ModelLoadError naming the user's file."""
    local = work / "model.pt"
    shutil.copy2(model_pt, local)
    from ultralytics import YOLO

    from app.core.io.models.safety import loading

    try:
        with loading(model_pt):
            return YOLO(str(local), task="detect")
    except ModelLoadError:  # UnsafeModelError, not a model, a zip bomb: already one line
        raise
    except Exception as e:
        from app.core.offline import plain

        msg = plain(str(e).strip().splitlines()[0].replace(str(local), str(model_pt))) if str(e).strip() else ""
        raise ModelLoadError(f"{model_pt}: cannot load model ({type(e).__name__}: {msg})") from None


def ensure_export(
    model_pt: str | os.PathLike[str], fmt: str, imgsz: int | None = None, log: Callable[[str], object] | None = None
) -> Path:
    """Export `model_pt` to `fmt` with Ultralytics' exporter (dynamic shapes, float32 weights)
    unless a finished export is cached; return the path to load."""
    model_pt = Path(model_pt)
    if model_pt.suffix.lower() != ".pt":
        raise LabelBenchError(f"{model_pt}: only .pt models can be exported (got {model_pt.suffix or 'a folder'})")
    from app.core.io.models.archive import check_checkpoint

    check_checkpoint(model_pt)  # before "exporting ..." is said: not a model / a zip bomb is one line
    folder = export_dir(model_pt, fmt)
    done = exported_model_path(folder, fmt)
    if (folder / "DONE").exists():
        return done
    os.environ.setdefault("YOLO_OFFLINE", "1")

    def build(work: Path, built: Path) -> str:
        if log:
            log(f"exporting {model_pt.name} to {fmt} (once; cached in {folder})")
        model = load_for_export(model_pt, work)
        from ultralytics.utils import LOGGER

        level = LOGGER.level
        LOGGER.setLevel(40)  # the exporter's banner would garble a progress line
        kw: dict[str, Any] = dict(format=fmt, dynamic=True, batch=1, verbose=False, device="cpu")
        if imgsz:
            kw["imgsz"] = imgsz
        if fmt == "onnx":
            kw["simplify"] = True
        try:
            out = Path(model.export(**kw))
        except Exception as e:
            from app.core.offline import plain

            raise LabelBenchError(f"{model_pt}: export to {fmt} failed ({type(e).__name__}: {plain(str(e))})") from e
        finally:
            LOGGER.setLevel(level)
        out.rename(exported_model_path(built, fmt))
        return str(model_pt.resolve()) + "\n"

    build_once(folder, fmt, build)
    return done
