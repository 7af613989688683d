"""An ordered list of op steps with step-level caching, JSON save/load and Python export.

    p = Pipeline()
    p.add("gray"); p.add("gaussian_blur", {"ksize": 5}); p.add("auto_threshold", {"method": "otsu"})
    outs = p.run(img)               # [out of step 0, out of step 1, ...] (disabled step = its input)
    p.set_params(1, ksize=9)        # the next run re-computes steps 1.. only (step 0 comes from cache)
    p.run(img, upto=1)              # stop after step 1 (e.g. the input of a histogram)
    p.run(img, preview_scale=0.25)  # on a downscaled copy (cached separately), for live dragging
    p.save("p.json"); Pipeline.load("p.json"); p.export_python("p.py")

Caching: the output of step k is stored under a key made of the input image's identity, the
preview scale and the signatures (op, params, enabled) of steps 0..k. A run looks up the longest
cached prefix and computes only the steps after it, so changing step k re-runs k..n; changing a
parameter back to an earlier value is a cache hit. Input arrays are treated as immutable: pass a
new array (or a new `source_key`) when the image changes. Entries are evicted least-recently-used
above `max_cache_bytes`.

Threads: mutate a Pipeline on one thread (the GUI); a worker runs `snapshot()`, an independent
copy of the steps sharing the same (locked) cache. Results are never modified in place by ops.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import cv2
import numpy as np

from app.core.errors import FileError, LabelBenchError
from app.core.io.atomic import atomic_write_text
from app.core.pipeline.ops import ParamError, check_image, get_op

SCHEMA_VERSION = 1
FORMAT_NAME = "labelbench-pipeline"
PIPELINE_MAX_BYTES = 16 << 20  # a pipeline is a few kB; bigger files are not pipelines


class StepError(LabelBenchError):
    """An op failed at run time (e.g. OpenCV rejected the input); names the step."""

    def __init__(self, index: int, op: str, reason: str):
        self.index, self.op, self.reason = index, op, reason
        super().__init__(f"step {index + 1} ({op}): {reason}")


MAX_STEP_PIXELS = 250_000_000  # as app.core.io.images.DEFAULT_MAX_PIXELS: 750 MB of 8-bit BGR


def _check_output_size(index: int, op: str, img: np.ndarray, params: dict[str, Any]) -> None:
    """Steps that enlarge the image are refused before they allocate an output over
    MAX_STEP_PIXELS (Resize x8 twice on a 12 MP photo asked for 49 gigapixels)."""
    import math

    h, w = img.shape[:2]
    if op == "resize":
        s = float(params.get("scale", 0.5))
        out_h, out_w = round(h * s), round(w * s)
    elif op == "rotate" and params.get("expand", True):
        a = math.radians(float(params.get("angle", 0.0)))
        out_w = int(abs(w * math.cos(a)) + abs(h * math.sin(a))) + 1
        out_h = int(abs(w * math.sin(a)) + abs(h * math.cos(a))) + 1
    else:
        return
    if out_h * out_w > MAX_STEP_PIXELS:
        raise StepError(
            index,
            op,
            f"the output would be {out_w}x{out_h} ({out_w * out_h / 1e6:.0f} MP), over the "
            f"{MAX_STEP_PIXELS / 1e6:.0f} MP limit",
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    return value


@dataclass
class Step:
    """One pipeline step: op name, validated params, enabled flag and a stable id for UIs."""

    op: str
    params: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    uid: str = field(default_factory=lambda: uuid.uuid4().hex[:10])

    def signature(self) -> tuple[str, str, bool]:
        return (self.op, json.dumps({k: _jsonable(v) for k, v in self.params.items()}, sort_keys=True), self.enabled)

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "params": {k: _jsonable(v) for k, v in self.params.items()}, "enabled": self.enabled}

    def copy(self) -> Step:
        return Step(self.op, dict(self.params), self.enabled, self.uid)


class StepCache:
    """Thread-safe LRU of step outputs keyed by chain keys, bounded by bytes."""

    def __init__(self, max_bytes: int = 1 << 30):
        self.max_bytes = max_bytes
        self._d: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._sources: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._alive: OrderedDict[Hashable, np.ndarray] = OrderedDict()

    def get(self, key: Hashable) -> np.ndarray | None:
        with self._lock:
            v = self._d.get(key)
            if v is not None:
                self._d.move_to_end(key)
            return v

    def put(self, key: Hashable, value: np.ndarray) -> None:
        with self._lock:
            if key in self._d:
                self._bytes -= self._d.pop(key).nbytes
            self._d[key] = value
            self._bytes += value.nbytes
            while self._bytes > self.max_bytes and len(self._d) > 1:
                _, old = self._d.popitem(last=False)
                self._bytes -= old.nbytes

    def remember_source(self, key: Hashable, image: np.ndarray, keep: int = 4) -> None:
        """Hold a reference to an input array keyed by its identity (so the id cannot be reused
        while entries derived from it are cached); forgetting a source purges its entries."""
        with self._lock:
            if key in self._alive:
                self._alive.move_to_end(key)
                return
            self._alive[key] = image
            while len(self._alive) > keep:
                old, _ = self._alive.popitem(last=False)
                for k in [k for k in self._d if cast("tuple[Hashable, ...]", k)[0] == old]:
                    self._bytes -= self._d.pop(k).nbytes
                for k in [k for k in self._sources if cast("tuple[Hashable, ...]", k)[0] == old]:
                    del self._sources[k]

    def scaled_source(self, key: Hashable, image: np.ndarray, scale: float) -> np.ndarray:
        """The image resized by `scale` (INTER_AREA), cached for the last few sources."""
        with self._lock:
            hit = self._sources.get((key, scale))
            if hit is not None:
                self._sources.move_to_end((key, scale))
                return hit
        w = max(1, int(round(image.shape[1] * scale)))
        h = max(1, int(round(image.shape[0] * scale)))
        small: np.ndarray = cv2.resize(image, (w, h), interpolation=cv2.INTER_AREA)
        with self._lock:
            self._sources[(key, scale)] = small
            while len(self._sources) > 8:
                self._sources.popitem(last=False)
        return small

    def clear(self) -> None:
        with self._lock:
            self._d.clear()
            self._sources.clear()
            self._alive.clear()
            self._bytes = 0

    @property
    def nbytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._d)


class Pipeline:
    """Ordered steps; see the module docstring. Indexes are 0-based."""

    def __init__(self, steps: list[Step] | None = None, name: str = "", cache: StepCache | None = None):
        self.steps: list[Step] = list(steps or [])
        self.name = name
        self.cache = cache if cache is not None else StepCache()
        self.last_executed: list[int] = []  # step indexes computed by the last run (not cached)

    # ------------------------------------------------------------------ editing
    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __getitem__(self, i: int) -> Step:
        return self.steps[i]

    def add(
        self, op: str, params: dict[str, Any] | None = None, index: int | None = None, enabled: bool = True
    ) -> Step:
        """Insert a step (at the end by default); params are completed with defaults and validated."""
        step = Step(op, get_op(op).validate(params), bool(enabled))
        self.steps.insert(len(self.steps) if index is None else index, step)
        return step

    def remove(self, index: int) -> Step:
        return self.steps.pop(index)

    def duplicate(self, index: int) -> Step:
        """Copy step `index` right after itself (new uid); returns the copy."""
        src = self.steps[index]
        step = Step(src.op, dict(src.params), src.enabled)
        self.steps.insert(index + 1, step)
        return step

    def move(self, src: int, dst: int) -> None:
        """Move step `src` so that it ends up at index `dst` (drag-and-drop reorder)."""
        n = len(self.steps)
        if not (0 <= src < n and 0 <= dst < n):
            raise IndexError(f"move({src}, {dst}) out of range for {n} steps")
        self.steps.insert(dst, self.steps.pop(src))

    def set_params(self, index: int, **params: Any) -> None:
        """Change some parameters of step `index` (merged with the others, validated)."""
        step = self.steps[index]
        step.params = get_op(step.op).validate({**step.params, **params})

    def set_enabled(self, index: int, enabled: bool) -> None:
        self.steps[index].enabled = bool(enabled)

    def index_of(self, uid: str) -> int:
        for i, s in enumerate(self.steps):
            if s.uid == uid:
                return i
        raise KeyError(uid)

    def snapshot(self) -> Pipeline:
        """Independent copy of the steps (same uids) sharing this pipeline's cache: run it in a worker."""
        return Pipeline([s.copy() for s in self.steps], self.name, self.cache)

    def copy(self) -> Pipeline:
        """Independent copy with its own, empty cache."""
        return Pipeline([s.copy() for s in self.steps], self.name)

    # ------------------------------------------------------------------ running
    def run(
        self, image: np.ndarray, upto: int | None = None, preview_scale: float = 1.0, source_key: Hashable | None = None
    ) -> list[np.ndarray]:
        """Outputs of steps 0..upto (inclusive; all steps when None), re-using cached prefixes.

        A disabled step passes its input through. `preview_scale` < 1 runs on a copy resized by
        that factor (INTER_AREA), with pixel-size parameters (kernel sizes, sigmas, areas: specs
        with a `unit`) scaled alike, so the preview looks like the full-resolution result. `source_key` identifies the image for the cache (default: the
        array object's identity; the cache keeps a reference so the identity stays valid).
        """
        check_image(image)
        n = len(self.steps) if upto is None else min(upto + 1, len(self.steps))
        source_key, src, scale = self._source(image, preview_scale, source_key)
        sigs = tuple(step.signature() for step in self.steps[:n])
        keys = [(source_key, scale, sigs[: k + 1]) for k in range(n)]
        outputs: list[np.ndarray | None] = [None] * n
        start = 0
        for k in range(n - 1, -1, -1):
            hit = self.cache.get(keys[k])
            if hit is not None:
                outputs[k] = hit
                start = k + 1
                break
        # earlier outputs of a cached prefix: fetch them too (they are cached as well, or recompute)
        for k in range(start - 2, -1, -1):
            outputs[k] = self.cache.get(keys[k])
        executed = []
        cur = cast(np.ndarray, outputs[start - 1]) if start > 0 else src  # a cache hit: set above
        for k in range(start, n):
            step = self.steps[k]
            if step.enabled:
                op = get_op(step.op)
                _check_output_size(k, step.op, cur, step.params)
                try:
                    out = op.func(cur, **op.preview_params(step.params, scale))
                except (cv2.error, ValueError, ZeroDivisionError) as e:
                    msg = str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__
                    raise StepError(k, step.op, msg) from None
                executed.append(k)
            else:
                out = cur
            self.cache.put(keys[k], out)
            outputs[k] = cur = out
        # a prefix output evicted from the cache: recompute the missing ones in order
        if any(o is None for o in outputs):
            cur = src
            for k in range(n):
                if outputs[k] is None:
                    step = self.steps[k]
                    op = get_op(step.op)
                    outputs[k] = op.func(cur, **op.preview_params(step.params, scale)) if step.enabled else cur
                    self.cache.put(keys[k], cast(np.ndarray, outputs[k]))  # just computed
                    executed.append(k)
                cur = cast(np.ndarray, outputs[k])  # every output up to k is set by now
            executed.sort()
        self.last_executed = executed
        return outputs  # type: ignore[return-value]

    def _source(
        self, image: np.ndarray, preview_scale: float, source_key: Hashable | None
    ) -> tuple[Hashable, np.ndarray, float]:
        if source_key is None:
            source_key = ("array", id(image), image.__array_interface__["data"][0], image.shape, image.dtype.str)
            self.cache.remember_source(source_key, image)
        scale = float(preview_scale)
        if not 0 < scale <= 1:
            raise ParamError(f"preview_scale must be in (0, 1], got {preview_scale}")
        src = image if scale == 1.0 else self.cache.scaled_source(source_key, image, scale)
        return source_key, src, scale

    def apply(self, image: np.ndarray) -> np.ndarray:
        """Final output of the whole pipeline, without touching the cache (batch use)."""
        check_image(image)
        cur = image
        for k, step in enumerate(self.steps):
            if step.enabled:
                try:
                    cur = get_op(step.op).func(cur, **step.params)
                except (cv2.error, ValueError, ZeroDivisionError) as e:
                    msg = str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__
                    raise StepError(k, step.op, msg) from None
        return cur

    # ------------------------------------------------------------------ persistence
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "schema_version": SCHEMA_VERSION,
            "name": self.name,
            "steps": [s.to_dict() for s in self.steps],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    def digest(self) -> str:
        """Short hash of the enabled steps and their params (e.g. for "classical:<digest>" keys)."""
        sig = [s.to_dict() for s in self.steps if s.enabled]
        return hashlib.sha1(json.dumps(sig, sort_keys=True).encode()).hexdigest()[:12]

    @classmethod
    def from_dict(cls, data: Any, path: str | Path = "<pipeline>") -> Pipeline:
        """Build from a dict; every problem raises FileError naming `path` and the step."""
        if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
            raise FileError(path, 'not a pipeline file (expected an object with a "steps" list)')
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise FileError(path, 'missing or invalid "schema_version"')
        if version > SCHEMA_VERSION:
            raise FileError(
                path,
                f"schema_version {version} is newer than this program supports ({SCHEMA_VERSION}); update LabelBench",
            )
        p = cls(name=str(data.get("name", "")))
        for i, raw in enumerate(data["steps"]):
            if not isinstance(raw, dict) or not isinstance(raw.get("op"), str):
                raise FileError(path, f'step {i + 1}: expected an object with an "op" name')
            params = raw.get("params", {})
            if not isinstance(params, dict):
                raise FileError(path, f'step {i + 1} ({raw["op"]}): "params" must be an object')
            enabled = raw.get("enabled", True)
            if not isinstance(enabled, bool):
                raise FileError(path, f'step {i + 1} ({raw["op"]}): "enabled" must be true or false')
            try:
                p.add(raw["op"], params, enabled=enabled)
            except LabelBenchError as e:
                raise FileError(path, f"step {i + 1}: {e}") from None
        return p

    @classmethod
    def from_json(cls, text: str, path: str | Path = "<pipeline>") -> Pipeline:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise FileError(path, f"invalid JSON: {e.msg}", line=e.lineno) from None
        except RecursionError:  # [[[[... 100,000 deep: the decoder's recursion limit
            raise FileError(path, "invalid pipeline: nested too deeply") from None
        try:
            return cls.from_dict(data, path)
        except RecursionError:
            raise FileError(path, "invalid pipeline: nested too deeply") from None

    def save(self, path: str | Path) -> None:
        """Atomic JSON write. A pipeline with no name of its own takes the file's ("untitled" no more)."""
        if not self.name or self.name == UNNAMED:
            self.name = Path(path).stem
        atomic_write_text(path, self.to_json())

    def file_stem(self) -> str:
        """A file name (no extension) for this pipeline: its name, or while it has none ("untitled"), its
        enabled steps ("gray_gaussian_blur_threshold"); letters, digits, '.', '-' and '_' only."""
        name = self.name if self.name and self.name != UNNAMED else "_".join(s.op for s in self.steps if s.enabled)
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._-")[:60]
        return slug or "pipeline"

    @classmethod
    def load(cls, path: str | Path) -> Pipeline:
        """Read a pipeline JSON file; every problem is one FileError naming the file (and line)."""
        from app.core.io.regular import read_regular_text

        path = Path(path)
        text = read_regular_text(path, PIPELINE_MAX_BYTES, "pipeline file")  # regular files only, bounded
        p = cls.from_json(text, path)
        if not p.name:
            p.name = path.stem
        return p

    def export_python(self, path: str | Path) -> None:
        """Write a standalone script (cv2 + numpy only): `python OUT.py SOURCE DEST` gives the
        same bytes as `labelbench filter --pipeline P.json SOURCE DEST`."""
        from app.core.pipeline.export import export_script

        atomic_write_text(path, export_script(self))


UNNAMED = "untitled"  # a new pipeline's name until it is saved


def default_pipeline() -> Pipeline:
    """The pipeline a new Process pane starts with: gray, Gaussian blur 5, threshold 128."""
    p = Pipeline(name=UNNAMED)
    p.add("gray")
    p.add("gaussian_blur", {"ksize": 5})
    p.add("threshold", {"level": 128})
    return p
