"""The YOLOv8 model table (Ultralytics' published figures) and a speed measurement on this machine.

`YOLOV8_TABLE` holds the n/s/m/l/x rows the report reproduces (640 px, COCO val mAP50-95, CPU ONNX
ms, A100 TensorRT ms, params M, FLOPs B). `measure_model(path)` loads a model the user has (a .pt
or a family .yaml, nothing downloaded) and times PyTorch CPU inference at batch 1 on this machine:
median of `runs` timed forward passes after `warmup` untimed ones, on a fixed synthetic image.
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.core.errors import FileError
from app.core.jobs import JobState

COLUMNS = ("model", "size (px)", "mAP50-95 val", "CPU ONNX (ms)", "A100 TensorRT (ms)", "params (M)", "FLOPs (B)")
YOLOV8_TABLE = [
    ("YOLOv8n", 640, 37.3, 80.4, 0.99, 3.2, 8.7),
    ("YOLOv8s", 640, 44.9, 128.4, 1.20, 11.2, 28.6),
    ("YOLOv8m", 640, 50.2, 234.7, 1.83, 25.9, 78.9),
    ("YOLOv8l", 640, 52.9, 375.2, 2.39, 43.7, 165.2),
    ("YOLOv8x", 640, 53.9, 479.1, 3.53, 68.2, 257.8),
]


@dataclass
class SpeedResult:
    model: str
    imgsz: int
    params_m: float
    gflops: float | None
    ms_median: float  # inference only (Ultralytics' "inference" timing), batch 1
    ms_min: float
    total_ms_median: float  # preprocess + inference + postprocess
    runs: int
    threads: int
    device: str = "cpu (PyTorch)"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def measure_model(
    path: str | os.PathLike[str], imgsz: int = 640, runs: int = 10, warmup: int = 2, state: JobState | None = None
) -> SpeedResult:
    """Time a model on this machine's CPU (see module doc)."""
    state = state or JobState()
    os.environ["YOLO_OFFLINE"] = "1"
    p = str(path)
    if p.endswith(".pt") and not Path(p).is_file():
        raise FileError(p, "model file not found (nothing is downloaded)")
    import torch
    from ultralytics import YOLO

    from app.core.io.models.safety import UnsafeModelError, loading

    try:
        with loading(p):  # Ultralytics' safe load unless the user trusted this file
            model: Any = YOLO(p)  # Ultralytics' own annotations (model.model: str | None) are too loose
    except UnsafeModelError:
        raise
    except Exception as e:
        raise FileError(p, f"cannot load the model ({type(e).__name__}: {e})") from None
    try:
        from ultralytics.utils.torch_utils import get_flops

        gflops = float(get_flops(model.model, imgsz)) or None  # type: ignore[no-untyped-call, unused-ignore]  # untyped
    except Exception:
        gflops = None
    params = sum(x.numel() for x in model.model.parameters()) / 1e6
    img = np.random.default_rng(0).integers(0, 256, (imgsz, imgsz, 3), dtype=np.uint8)
    inf, tot = [], []
    for i in range(warmup + runs):
        state.check()
        t0 = time.perf_counter()
        r = model.predict(img, imgsz=imgsz, device="cpu", verbose=False, conf=0.25)[0]
        dt = (time.perf_counter() - t0) * 1000
        if i >= warmup:
            inf.append(float(r.speed["inference"]))
            tot.append(dt)
        state.progress(i + 1, warmup + runs, f"timing {Path(p).name}")
    return SpeedResult(
        Path(p).name,
        imgsz,
        round(params, 2),
        round(float(gflops), 1) if gflops else None,
        round(statistics.median(inf), 1),
        round(min(inf), 1),
        round(statistics.median(tot), 1),
        runs,
        torch.get_num_threads(),
    )
