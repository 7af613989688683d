"""Decode the first images while the model loads.

Loading a backend takes ~2 s (importing torch and Ultralytics, compiling the OpenVINO model) and
keeps one core busy; the other core idles. When the network input size can be known without
loading anything (the metadata.yaml of an OpenVINO export: our cached export of a `.pt` that the
"optimize for this machine" step chose, or a user's export folder), one decode thread of its own
starts on the first images at once (two would take a third of a core from the load itself). After the load, the engine checks that the real input settings are the
ones guessed (`Preprocessor.key`); if not, the early work is dropped and nothing else changes.
At most `limit` images (a fixed memory budget of letterboxed uint8 images) are decoded early.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.autolabel.engine.stages import Decoded, PreKey, Preprocessor

EARLY_BUDGET_BYTES = 128 * 2**20  # ~170 letterboxed 640x384 images


def peek_input(
    model: str | os.PathLike[str], backend: str, precision: str, device: str, imgsz: int | None
) -> tuple[tuple[int, int], int, bool] | None:
    """(letterbox shape, stride, auto) the engine will use, read from export metadata without
    importing torch; None when that cannot be known before loading the model."""
    if device not in ("cpu", "", None) or backend not in ("auto", "openvino"):
        return None
    model = Path(model)
    try:
        from app.core.autolabel.backends.runtimes import model_format

        fmt = model_format(model)
    except Exception:
        return None
    if fmt == "pt":
        from app.core.autolabel.backends.choice import read_choice
        from app.core.autolabel.backends.model_cache import export_dir, exported_model_path

        try:
            folder = export_dir(model, "openvino")
        except OSError:
            return None
        if not (folder / "DONE").exists():
            return None
        if backend == "auto" and (read_choice(folder, precision) or {}).get("chosen") != "openvino":
            return None
        meta_file = exported_model_path(folder, "openvino") / "metadata.yaml"
    elif fmt == "openvino":
        meta_file = (model if model.is_dir() else model.parent) / "metadata.yaml"
    else:
        return None
    try:
        import yaml

        meta = yaml.safe_load(meta_file.read_text(encoding="utf-8"))
        stride = int(meta["stride"])
        size = meta["imgsz"]
        trained = int(size if isinstance(size, int) else max(size))
        dynamic = bool((meta.get("args") or {}).get("dynamic"))
    except Exception:
        return None
    want = int(imgsz or trained)
    if not dynamic or want % stride:  # fixed-shape models and sizes Ultralytics would round: load first
        return None
    return (want, want), stride, True


class EarlyDecode:
    """Futures of `pre.decode(path)` for the first images of a run, handed over by path."""

    def __init__(self, paths: list[str], pre: Preprocessor) -> None:
        h, w = pre.key[0]
        limit = max(1, EARLY_BUDGET_BYTES // (h * w * 3))
        self.pre_key = pre.key
        # one thread: the load (imports, compilation) keeps the other core; two decoders would
        # slow that critical path down by a third
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="decode-early")
        self._futures: dict[str, Future[Decoded]] = {p: self._pool.submit(pre.decode, p) for p in paths[:limit]}

    def __len__(self) -> int:
        return len(self._futures)

    def take(self, path: str, pre_key: PreKey) -> Future[Decoded] | None:
        """The early decode of `path` if it was made with the same input settings."""
        if pre_key != self.pre_key:
            self.cancel()
            return None
        return self._futures.pop(path, None)

    def discard(self, path: str) -> None:
        """An image the run skips (already labeled): free its early decode now."""
        f = self._futures.pop(path, None)
        if f is not None:
            f.cancel()

    def cancel(self) -> None:
        for f in self._futures.values():
            f.cancel()
        self._futures.clear()
        self._pool.shutdown(wait=False, cancel_futures=True)
