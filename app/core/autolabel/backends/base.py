"""What every inference backend shares: the Backend interface, the model-format rule, the input
conversion and Ultralytics' AutoBackend loader (backends.py builds the CPU backends on it, gpu.py
the CUDA one)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import torch

from app.core.errors import ModelLoadError, UsageError


def model_format(path: str | os.PathLike[str]) -> str:
    """'pt', 'openvino' or 'onnx' from a model path (the formats this engine accepts)."""
    p = Path(path)
    if p.is_dir() and (list(p.glob("*.xml")) or p.name.endswith("_openvino_model")):
        return "openvino"
    if p.suffix.lower() == ".xml":
        return "openvino"
    if p.suffix.lower() == ".onnx":
        return "onnx"
    if p.suffix.lower() == ".pt":
        return "pt"
    raise UsageError(f"{p}: unsupported model format (use a .pt, .onnx or an OpenVINO *_openvino_model folder)")


class Pending(Protocol):
    """What Backend.submit returns: a Future, or OpenVINO's started request (runtimes._OVResult)."""

    def result(self) -> Any: ...


class Backend:
    """Common interface: submit(batch) -> Future of raw predictions; in_flight = useful concurrency."""

    kind = "?"
    in_flight = 1

    def __init__(self, model_path: Path, auto_backend: Any, precision: str) -> None:
        self.model_path = Path(model_path)
        self.ab = auto_backend
        self.precision = precision
        self.names: dict[int, str] = dict(auto_backend.names)
        self.stride = int(auto_backend.stride)
        self.end2end = bool(getattr(auto_backend, "end2end", False))
        self.task = model_task(auto_backend)  # detect | segment | obb (check_task refuses the others)
        self.dynamic = True  # rectangular (auto) letterbox shapes allowed
        self.trained_imgsz = 640
        self._pool: ThreadPoolExecutor | None = None  # made on first submit (not used by OpenVINO)

    def forward(self, x: npt.NDArray[np.uint8]) -> Any:
        import torch

        with torch.inference_mode():
            return self.ab(model_input(x))

    def submit(self, x: npt.NDArray[np.uint8]) -> Pending:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.in_flight, thread_name_prefix=f"infer-{self.kind}")
        return self._pool.submit(self.forward, x)

    def describe(self) -> str:
        return f"{self.kind} ({self.precision})"

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)


LABEL_TASKS = ("detect", "segment", "obb")  # what auto-labeling writes: boxes, polygons, rotated boxes


def model_task(ab: Any) -> str:
    """The task of a loaded model: an export's metadata says it; a .pt's head says it (its class:
    Segment, OBB, Pose, ...; a checkpoint's saved args can say "detect" for any model built from a
    yaml), else Ultralytics' guess_model_task."""
    task = getattr(ab, "task", None)
    if task:
        return str(task)
    model = getattr(getattr(ab, "backend", None), "model", None) or getattr(ab, "model", None)
    if model is None:
        return "detect"
    from ultralytics.nn.modules import head

    layers: Any = getattr(model, "model", None)
    last = layers[-1] if isinstance(layers, (list, tuple)) or hasattr(layers, "__getitem__") else None
    for name, t in (
        ("SemanticSegment", "semantic"),
        ("Segment", "segment"),
        ("Pose", "pose"),
        ("OBB", "obb"),
        ("Classify", "classify"),
        ("Detect", "detect"),
    ):
        kind = getattr(head, name, None)
        if kind is not None and last is not None and isinstance(last, kind):
            return t
    from ultralytics.nn.tasks import guess_model_task

    try:
        return str(guess_model_task(model) or "detect")  # type: ignore[no-untyped-call]  # Ultralytics is untyped
    except Exception:
        return "detect"


def check_task(model: str | os.PathLike[str], ab: Any) -> str:
    """The model's task when auto-labeling can write its results; one line otherwise."""
    from app.core.errors import LabelBenchError

    task = model_task(ab)
    if task not in LABEL_TASKS:
        raise LabelBenchError(f"{model}: a {task} model; auto-labeling needs a detection, segmentation or OBB model")
    return task


def model_input(x: npt.NDArray[np.uint8]) -> torch.Tensor:
    """uint8 BxHxWx3 BGR -> float32 BCHW RGB /255 torch tensor, as `BasePredictor.preprocess` makes it."""
    import torch

    t = torch.from_numpy(np.ascontiguousarray(x[..., ::-1].transpose(0, 3, 1, 2))).float()
    t /= 255
    return t


def meta_imgsz(ab: Any) -> int:
    imgsz = getattr(ab, "imgsz", None) or (getattr(ab, "metadata", {}) or {}).get("imgsz") or 640
    return int(imgsz if isinstance(imgsz, int) else max(imgsz))


def check_openvino_files(path: str | os.PathLike[str]) -> None:
    """An OpenVINO model is an .xml and its .bin side by side: a missing or empty one is said in
    one line (OpenVINO itself says only 'Exception from src/inference/src/cpp/core.cpp:84')."""
    p = Path(path)
    xmls = sorted(p.glob("*.xml")) if p.is_dir() else [p]
    if not xmls:
        raise ModelLoadError(f"{p}: no .xml file in this OpenVINO model folder")
    xml = xmls[0]
    bin_ = xml.with_suffix(".bin")
    if not bin_.is_file():
        raise ModelLoadError(
            f"{p}: the OpenVINO model's weights file {bin_.name} is missing (an OpenVINO model is "
            f"{xml.name} and {bin_.name} side by side)"
        )
    if bin_.stat().st_size == 0:
        raise ModelLoadError(f"{p}: the OpenVINO model's weights file {bin_.name} is empty")


def load_auto_backend(path: Path, device: str) -> Any:
    openvino = model_format(path) == "openvino"
    if openvino:  # a folder without its weights is one line, before torch and Ultralytics load (~1.5 s)
        check_openvino_files(path)
    import torch
    from ultralytics.nn.autobackend import AutoBackend
    from ultralytics.utils import LOGGER

    level = LOGGER.level
    LOGGER.setLevel(40)  # Ultralytics' load chatter would garble our progress line
    from app.core.autolabel.backends.cpu import ensure_f32_default
    from app.core.io.models.safety import loading

    if openvino:
        ensure_f32_default()  # an ISA cap below bf16: Ultralytics' own compile must not pick bf16
    try:
        dev = torch.device("cpu" if device in ("cpu", "", None) else device)
        with loading(path):  # a .pt loads in Ultralytics' safe mode unless the user trusted it
            ab = AutoBackend(str(path), device=dev, fuse=True, verbose=False)
    except ModelLoadError:  # UnsafeModelError, not a model, a zip bomb: already one line
        raise
    except Exception as e:
        from app.core.offline import plain

        msg = plain(str(e).strip().splitlines()[0]) if str(e).strip() else ""  # no colour codes, no links
        raise ModelLoadError(f"{path}: cannot load model ({type(e).__name__}: {msg})") from None
    finally:
        LOGGER.setLevel(level)
    ab.eval()
    return ab
