"""The GPU path of the auto-label engine (`--device 0` / `cuda:N`, the pane's CUDA choice).

* Batches of 16 images of one letterbox shape, two in flight; the engine decodes on all cores.
* The uint8 BGR batch is uploaded as it is (a quarter of the float32 bytes, from pinned memory)
  and turned into the model input on the GPU: BGR->RGB, NCHW, float16 (or float32 for
  `--precision exact`), /255, the operations of Ultralytics' predictor in its order.
* The fastest backend Ultralytics offers there: a TensorRT engine (float16, dynamic shapes up to
  the batch) when `tensorrt` is installed, exported once and cached by model hash, GPU name and
  TensorRT version (an engine only runs on the GPU and TensorRT it was built for); otherwise the
  `.pt` through torch in float16. `--precision exact` runs the `.pt` in float32, as
  `yolo predict device=0` does.
The same code runs on CPU tensors (device "cpu"), which is how the tests cover it without a GPU.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from app.core.autolabel.backends.base import Backend, check_task, load_auto_backend, meta_imgsz, model_format
from app.core.errors import LabelBenchError, ModelLoadError, UsageError

if TYPE_CHECKING:
    import torch

GPU_BATCH = 16


def gpu_input(x: npt.NDArray[np.uint8], device: torch.device | str, half: bool) -> torch.Tensor:
    """uint8 BxHxWx3 BGR -> the model input on `device` (RGB, BCHW, float16/32, /255)."""
    import torch

    t = torch.from_numpy(np.ascontiguousarray(x))
    if getattr(device, "type", str(device)) == "cuda":
        t = t.pin_memory().to(device, non_blocking=True)
    t = t.flip(-1).permute(0, 3, 1, 2)
    t = t.half() if half else t.float()
    return t.div_(255)


class GpuBackend(Backend):
    kind = "gpu"
    in_flight = 2
    default_batch = GPU_BATCH

    def __init__(
        self, model_path: Path, ab: Any, device: torch.device | str | int, half: bool, engine: bool = False
    ) -> None:
        super().__init__(model_path, ab, "fast" if half else "exact")
        import torch

        self.device = torch.device(device)
        self.half, self.engine = bool(half), bool(engine)
        args = getattr(getattr(ab, "model", None), "args", None) or {}
        imgsz = args.get("imgsz") if isinstance(args, dict) else getattr(args, "imgsz", None)
        self.trained_imgsz = int(max(imgsz) if isinstance(imgsz, (list, tuple)) else imgsz) if imgsz else meta_imgsz(ab)

    def forward(self, x: npt.NDArray[np.uint8]) -> Any:
        import torch

        with torch.inference_mode():
            out = self.ab(gpu_input(x, self.device, self.half))
            out = out[0] if isinstance(out, (list, tuple)) else out
            return out.float().cpu()

    def describe(self) -> str:
        what = "tensorrt" if self.engine else "torch"
        return f"gpu {what} ({'float16' if self.half else 'float32'}, {self.device}, batch {self.default_batch})"

    def precision_words(self) -> tuple[str, str]:
        if not self.half:
            return "f32", "f32: --precision exact (float32, as yolo predict device=0 runs)"
        how = (
            "a cached TensorRT engine"
            if self.engine
            else ("torch float16" + ("" if tensorrt_available() else "; TensorRT is not installed"))
        )
        return "f16", f"f16: the GPU runs float16 ({how})"


def tensorrt_available() -> bool:
    return importlib.util.find_spec("tensorrt") is not None


def engine_dir(model_pt: Path, gpu_name: str, trt_version: str) -> Path:
    """Where the TensorRT engine of `model_pt` for this GPU and TensorRT version is cached."""
    from app.core.autolabel.backends.model_cache import cache_root, file_sha256, ultralytics_version

    slug = re.sub(r"[^A-Za-z0-9]+", "-", gpu_name).strip("-").lower() or "gpu"
    return (
        cache_root()
        / "exports"
        / file_sha256(model_pt)
        / f"engine-{slug}-trt{trt_version}-{ultralytics_version()}-b{GPU_BATCH}"
    )


def ensure_engine(model_pt: Path, device: str, log: Callable[[str], object] | None = None) -> Path:
    """Export `model_pt` to a float16 TensorRT engine once (Ultralytics' exporter), cached."""
    import tensorrt
    import torch

    dev = torch.device(device)
    folder = engine_dir(model_pt, torch.cuda.get_device_name(dev), tensorrt.__version__)
    done = folder / "model.engine"

    from app.core.autolabel.backends.model_cache import build_once, load_for_export

    def build(work: Path, built: Path) -> str:
        if log:
            log(f"exporting {model_pt.name} to TensorRT float16 (once; cached in {folder})")
        model = load_for_export(model_pt, work)  # safe load, as every other load (ModelLoadError: refused)
        try:
            out = Path(
                model.export(
                    format="engine", half=True, dynamic=True, batch=GPU_BATCH, device=dev.index or 0, verbose=False
                )
            )
        except Exception as e:
            raise LabelBenchError(f"{model_pt}: TensorRT export failed ({type(e).__name__}: {e})") from None
        out.rename(built / "model.engine")
        return str(model_pt.resolve()) + "\n"

    build_once(folder, "engine", build)
    return done


def load_gpu_backend(
    model: str | os.PathLike[str], backend: str, precision: str, device: str, log: Callable[[str], object] | None = None
) -> GpuBackend:
    """The GPU backend for a .pt model: TensorRT float16 when installed (fast), else torch float16;
    float32 torch for exact. device "cpu" runs the same code on CPU tensors."""
    model = Path(model)
    if model_format(model) != "pt":
        raise UsageError(f"{model}: the GPU path runs .pt models (or their TensorRT export)")
    if precision == "int8":
        raise UsageError("--precision int8 is for the CPU (OpenVINO); the GPU runs float16 (fast) or float32 (exact)")
    half = precision != "exact"
    path, engine = model, False
    if half and backend == "auto" and device not in ("cpu", "") and tensorrt_available():
        try:
            path, engine = ensure_engine(model, device, log), True
        except (LabelBenchError, ImportError) as e:
            if isinstance(e, ModelLoadError):
                raise
            if log:
                log(f"{e}; running torch float16 instead")
    ab = load_auto_backend(path, device)
    check_task(model, ab)
    if half and not engine:  # what AutoBackend(fp16=True) does for a .pt
        ab.model.half()
        ab.fp16 = True
    return GpuBackend(path, ab, device, half, engine)
