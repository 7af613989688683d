"""Inference backends for the auto-label engine, all loaded through Ultralytics' AutoBackend.

* "pt": the PyTorch checkpoint through AutoBackend (fused, channels-last, as `yolo predict` runs it),
  torch using both cores (`yolo predict` sets cpu_count-1 threads, i.e. one on a 2-core machine).
* "openvino": an OpenVINO IR folder (a user's export, or our cached export of a `.pt`). AutoBackend
  loads it and its metadata (names, stride, imgsz); we then compile the same IR once per input
  shape (static shapes run faster than dynamic ones) with several CPU streams, and keep one
  request per stream in flight, started (start_async) and collected (wait) from the engine's
  thread, so no two Python threads call into the bindings at once. precision "exact" = INFERENCE_PRECISION_HINT f32,
  "fast" = the CPU plugin's default (bf16 on CPUs with AVX512-BF16/AMX).
* "onnx": an ONNX file through AutoBackend's onnxruntime session.

Every backend takes uint8 BxHxWx3 BGR letterboxed batches and returns the raw head output as a torch
tensor for Ultralytics' non_max_suppression. torch and ONNX turn the batch into what Ultralytics'
predictor feeds its model (RGB, BCHW, float32 /255, the same operations); OpenVINO compiles that
conversion into the model (PrePostProcessor), which costs nothing measurable there (13.85 vs
13.88 ms/img) and saves the decode threads ~0.6 ms per 1080p image.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from app.core.autolabel.backends.base import (  # noqa: F401 - re-exported
    Backend,
    check_task,
    load_auto_backend,
    meta_imgsz,
    model_input,
)
from app.core.autolabel.backends.base import (
    model_format as model_format,
)
from app.core.autolabel.backends.cpu import has_bf16
from app.core.errors import LabelBenchError, ModelLoadError, UsageError

if TYPE_CHECKING:
    import torch

BACKENDS = ("auto", "pt", "openvino", "onnx")
PRECISIONS = ("exact", "fast", "int8")  # int8: an NNCF-quantized IR (app.core.autolabel.backends.quantize)


class TorchBackend(Backend):
    kind = "pt"

    def __init__(self, model_path: Path, ab: Any, precision: str, threads: int) -> None:
        import torch

        torch.set_num_threads(threads)
        # `precision` is accepted for the common signature and ignored on purpose: the .pt backend runs
        # float32 as `yolo predict` does on the CPU (the reference the exact mode is tested against);
        # reduced precisions are the OpenVINO backend's business, and describe() reports float32.
        super().__init__(model_path, ab, "exact")
        args = getattr(ab.model, "args", {}) or {}
        imgsz = args.get("imgsz", 640) if isinstance(args, dict) else getattr(args, "imgsz", 640)
        self.trained_imgsz = int(imgsz if isinstance(imgsz, int) else max(imgsz))
        self.threads = threads

    def match_yolo_predict(self) -> None:
        """Run as `yolo predict` does on the CPU: Ultralytics' thread count (select_device sets
        NUM_THREADS, cpu_count - 1) and one image at a time. oneDNN's sums depend on both, and a
        -seg model's mask edge or an -obb corner moves with the last bit; so run, --precision
        exact writes yolo predict's files bit for bit (tested on 4 images: identical only so)."""
        import torch
        from ultralytics.utils import NUM_THREADS

        self.threads = NUM_THREADS
        torch.set_num_threads(NUM_THREADS)
        self.default_batch = 1

    def describe(self) -> str:
        return f"pt (torch float32, {self.threads} threads)"


class OnnxBackend(Backend):
    kind = "onnx"
    max_batch: int | None = None  # a static export's own batch size

    def __init__(self, model_path: Path, ab: Any, precision: str) -> None:
        super().__init__(model_path, ab, "exact")
        self.dynamic = bool(getattr(ab, "dynamic", False))
        self.trained_imgsz = meta_imgsz(ab)
        self.fixed_shape: tuple[int, int] | None = None
        sess = getattr(getattr(ab, "backend", None), "session", None) or getattr(ab, "session", None)
        if sess is not None:
            out = sess.get_outputs()
            check_detector_output(
                model_path,
                [d if isinstance(d, int) else None for d in out[0].shape] if out else [],
                len(self.names),
                self.end2end,
                self.task,
            )
        shape = _onnx_input_shape(ab)
        if shape is not None and all(isinstance(d, int) and d > 0 for d in shape[2:]):
            # a static export runs at its own size and batch (`yolo predict` does the same)
            self.dynamic = False
            self.fixed_shape = (int(shape[2]), int(shape[3]))
            if isinstance(shape[0], int) and shape[0] > 0:
                self.max_batch = self.default_batch = int(shape[0])

    def forward(self, x: npt.NDArray[np.uint8]) -> Any:
        """A static export takes only its own batch size: other batches run in chunks of it (the
        last one padded, its padding dropped from the outputs)."""
        n = self.max_batch
        if n is None or len(x) == n:
            return super().forward(x)
        outs: list[Any] = []
        for i in range(0, len(x), n):
            chunk = x[i : i + n]
            k = len(chunk)
            pad = chunk if k == n else np.concatenate([chunk, np.repeat(chunk[-1:], n - k, axis=0)])
            outs.append(_first(super().forward(pad), k))
        return _cat(outs)

    def describe(self) -> str:
        return "onnx (onnxruntime float32)"


def check_detector_output(
    path: str | os.PathLike[str], shape: list[int | None], n_names: int, end2end: bool, task: str = "detect"
) -> None:
    """A detection model's first output is [batch, 4 + classes, anchors] (YOLOv8/11) or
    [batch, detections, 6] (end-to-end heads); anything else is one line saying what it is,
    before a single image runs (a flat output used to give empty labels and exit 0, others a
    traceback from NMS). None stands for a dynamic dimension. A segmentation model's has the mask
    coefficients after the classes (4 + classes + 32), an OBB model's the angle (4 + classes + 1)."""
    from app.core.errors import ModelLoadError

    if task in ("segment", "obb") and not end2end:
        what = "segmentation" if task == "segment" else "OBB"
        want = "4 + classes + mask coefficients" if task == "segment" else "4 + classes + 1 (the angle)"
        shown = "[" + ", ".join("?" if d is None else str(d) for d in shape) + "]"
        c = shape[1] if len(shape) == 3 else None
        if len(shape) != 3 or (
            c is not None and n_names < 999 and (c <= 4 + n_names if task == "segment" else c != 5 + n_names)
        ):
            raise ModelLoadError(
                f"{path}: not a {what} model for its {n_names} classes: its first output is {shown}; "
                f"a YOLO {what} model's is [batch, {want}, anchors]"
            )
        return
    want = "[batch, 4 + classes, anchors], e.g. [1, 9, 8400] for 5 classes"
    shown = "[" + ", ".join("?" if d is None else str(d) for d in shape) + "]"
    if len(shape) != 3:
        raise ModelLoadError(f"{path}: not a detection model: its output is {shown}; a YOLO detector's is {want}")
    if end2end:
        if shape[2] is not None and shape[2] < 6:
            raise ModelLoadError(
                f"{path}: not a detection model: its output is {shown}; an end-to-end "
                "detector's is [batch, detections, 6]"
            )
        return
    c = shape[1]
    if c is not None and (c < 5 or (n_names < 999 and c != 4 + n_names)):
        raise ModelLoadError(
            f"{path}: not a detection model for its {n_names} classes: its output is {shown}; "
            f"a YOLO detector's is {want}"
        )


def fixed_size_note(
    model: str | os.PathLike[str], backend: Backend, imgsz_asked: int | list[int] | tuple[int, ...] | None
) -> str | None:
    """One line when a fixed-size model runs at its own size although --imgsz asked for another."""
    fixed = getattr(backend, "fixed_shape", None)
    if not fixed or not imgsz_asked:
        return None
    asked = tuple(imgsz_asked) if isinstance(imgsz_asked, (list, tuple)) else (int(imgsz_asked),) * 2
    if tuple(asked) == tuple(fixed):
        return None
    return (
        f"{model}: a fixed-size model ({fixed[0]}x{fixed[1]}); it runs at that size, --imgsz "
        f"{'x'.join(map(str, asked)) if asked[0] != asked[1] else asked[0]} is not used"
    )


def _first(out: Any, k: int) -> Any:
    return type(out)(_first(o, k) for o in out) if isinstance(out, (list, tuple)) else out[:k]


def _cat(outs: list[Any]) -> Any:
    import torch

    if isinstance(outs[0], (list, tuple)):
        return type(outs[0])(_cat([o[j] for o in outs]) for j in range(len(outs[0])))
    return torch.cat(outs)


def _onnx_input_shape(ab: Any) -> list[Any] | None:
    """[batch, channels, h, w] of an ONNX model's input (ints where fixed, names where dynamic)."""
    sess: Any = getattr(getattr(ab, "backend", None), "session", None) or getattr(ab, "session", None)
    try:
        shape = list(sess.get_inputs()[0].shape)
    except (AttributeError, IndexError):
        return None
    return shape if len(shape) == 4 else None


class OpenVINOBackend(Backend):
    kind = "openvino"
    MAX_SHAPES = 8

    def __init__(self, model_path: Path, ab: Any, precision: str, streams: int, threads: int | None = None) -> None:
        self.in_flight = max(1, streams)
        super().__init__(model_path, ab, precision)
        import openvino as ov

        self._ov = ov
        self.core = ov.Core()
        xml = Path(model_path)
        if xml.is_dir():
            xml = next(xml.glob("*.xml"))
        self.xml = xml
        self.dynamic = bool(getattr(ab, "dynamic", False))
        self.trained_imgsz = meta_imgsz(ab)
        self.config = {
            "PERFORMANCE_HINT": "THROUGHPUT",
            "NUM_STREAMS": str(self.in_flight),
            "INFERENCE_NUM_THREADS": str(max(self.in_flight, threads or os.cpu_count() or 1)),
        }
        if precision == "exact" or not has_bf16():  # under ONEDNN_MAX_CPU_ISA=AVX2 OpenVINO's default
            self.config["INFERENCE_PRECISION_HINT"] = "f32"  # still picks bf16, and compiling fails
        self._compiled: dict[tuple[int, ...] | str, Any] = {}  # "dynamic": past MAX_SHAPES
        self._lock = threading.Lock()
        self._free: dict[tuple[int, ...], list[Any]] = {}  # idle infer requests per input shape
        self._busy: set[_OVResult] = set()  # started and not collected (their inputs stay alive)
        # AutoBackend compiled the model once to read it; we compile per shape with our own settings
        # (streams, precision hint, pre-processing). Dropping its compiled model frees that memory
        # (~30 MB for a YOLOv8n). `ov_compiled_model` is Ultralytics' attribute, not public API: if a
        # later version renames it, this line only sets an unused attribute and nothing breaks.
        ab.backend.ov_compiled_model = None
        self.fixed_shape: tuple[int, int] | None = None
        if precision == "int8":  # a dynamic-shape int8 model crashes OpenVINO on AMX CPUs: static shapes only
            self.MAX_SHAPES = 1 << 30
        if not self.dynamic:
            ps = self.core.read_model(str(self.xml)).input().get_partial_shape()
            if ps.is_dynamic:  # Ultralytics runs int8 IRs as fixed on AMX CPUs; we compile per shape anyway
                self.dynamic = True
            else:
                shape = list(ps.get_shape())
                self.fixed_shape = (int(shape[2]), int(shape[3]))
        outs = self.core.read_model(str(self.xml)).outputs
        self.n_outputs = max(1, len(outs)) if self.task == "segment" else 1  # detections, then the mask protos
        check_detector_output(
            model_path,
            [d.get_length() if d.is_static else None for d in outs[0].get_partial_shape()] if outs else [],
            len(self.names),
            self.end2end,
            self.task,
        )

    def _compiled_for(self, shape: tuple[int, ...]) -> Any:
        """A model compiled for this static input shape (static shapes run faster on the CPU
        plugin than dynamic ones); past MAX_SHAPES shapes, one dynamic-shape compilation."""
        with self._lock:
            cm = self._compiled.get(shape)
            if cm is None:
                model = self.core.read_model(str(self.xml), str(self.xml.with_suffix(".bin")))
                dynamic = model.input().get_partial_shape().is_dynamic
                if dynamic and len(self._compiled) >= self.MAX_SHAPES:
                    cm = self._compiled.get("dynamic")
                    if cm is None:
                        cm = self._compiled["dynamic"] = self.core.compile_model(
                            self._uint8_bgr(model), "CPU", self.config
                        )
                    return cm
                if dynamic:
                    n, h, w, c = shape
                    model.reshape([n, c, h, w])
                cm = self._compiled[shape] = self.core.compile_model(self._uint8_bgr(model), "CPU", self.config)
            return cm

    def _uint8_bgr(self, model: Any) -> Any:
        """The model taking uint8 NHWC BGR: BGR->RGB, float32, /255 and NHWC->NCHW compiled in."""
        from openvino.preprocess import ColorFormat, PrePostProcessor

        ov = self._ov
        ppp = PrePostProcessor(model)
        ppp.input().tensor().set_element_type(ov.Type.u8).set_layout(ov.Layout("NHWC")).set_color_format(
            ColorFormat.BGR
        )
        ppp.input().model().set_layout(ov.Layout("NCHW"))
        ppp.input().preprocess().convert_element_type(ov.Type.f32).convert_color(ColorFormat.RGB).scale(255.0)
        return ppp.build()

    def submit(self, x: npt.NDArray[np.uint8]) -> _OVResult:
        """Start an inference on one of this shape's requests (start_async: OpenVINO's own stream
        threads run it) and return its pending result. Every OpenVINO call is made from the one
        thread that submits and collects; sync `infer()` from two Python threads at once was seen
        to deadlock in the bindings on a run's first requests."""
        shape = tuple(x.shape)
        free = self._free.setdefault(shape, [])
        if free:
            req = free.pop()
        else:
            req = self._compiled_for(shape).create_infer_request()
        x = np.ascontiguousarray(x) if x.flags.writeable else np.array(x)  # OpenVINO shares writable memory only
        req.set_input_tensor(self._ov.Tensor(x, shared_memory=True))  # read in place: no copy
        req.start_async()
        res = _OVResult(req, x, free, self._busy, getattr(self, "n_outputs", 1))
        self._busy.add(res)
        return res

    def forward(self, x: npt.NDArray[np.uint8]) -> Any:
        return self.submit(x).result()

    def close(self) -> None:
        for res in list(self._busy):  # a cancelled run may drop results: never free a buffer in use
            res.req.wait()
        self._busy.clear()
        super().close()

    def describe(self) -> str:
        p = {"exact": "float32", "int8": "int8"}.get(self.precision, "bf16/auto" if has_bf16() else "float32")
        return f"openvino ({p}, {self.in_flight} streams)"


class _OVResult:
    """A started OpenVINO request: `result()` waits for it, copies the output and frees the
    request (the input array is kept alive until then: OpenVINO reads it in place)."""

    x: np.ndarray | None  # None once collected

    def __init__(self, req: Any, x: np.ndarray, free: list[Any], busy: set[_OVResult], n_outputs: int = 1) -> None:
        self.req, self.x, self.free, self.busy = req, x, free, busy
        self.n_outputs = n_outputs  # a -seg model: [detections, mask protos]
        self._out: torch.Tensor | list[torch.Tensor] | None = None

    def result(self) -> torch.Tensor | list[torch.Tensor]:
        if self._out is None:
            import torch

            self.req.wait()
            outs = [torch.from_numpy(self.req.get_output_tensor(i).data.copy()) for i in range(self.n_outputs)]
            self._out = outs[0] if len(outs) == 1 else outs
            self.x = None
            self.busy.discard(self)
            self.free.append(self.req)
        return self._out


def load_backend(
    model: str | os.PathLike[str],
    backend: str = "auto",
    precision: str = "fast",
    device: str = "cpu",
    threads: int | None = None,
    log: Callable[[str], object] | None = None,
    cores: int | None = None,
) -> Backend:
    """Load `model` for bulk inference. backend="auto": a .pt is exported once to OpenVINO (cached)
    and run there; an export failure falls back to PyTorch with a message."""
    os.environ.setdefault("YOLO_OFFLINE", "1")
    model = Path(model)
    if not model.exists():
        raise LabelBenchError(f"{model}: model not found")
    if backend not in BACKENDS:
        raise UsageError(f"unknown backend {backend!r} (choose from {', '.join(BACKENDS)})")
    if precision not in PRECISIONS:
        raise UsageError(f"unknown precision {precision!r} (choose exact, fast or int8)")
    cores = cores or os.cpu_count() or 1  # a Ray actor passes the CPUs it was given
    threads = threads or cores
    fmt = model_format(model)
    if (
        precision == "int8" and fmt != "openvino"
    ):  # the quantized IR comes from app.core.autolabel.backends.precision.resolve
        raise UsageError(f"{model}: int8 runs a quantized OpenVINO model (resolve the precision first)")
    want = backend
    if device not in ("cpu", "", None) and fmt == "pt" and backend in ("auto", "pt"):
        from app.core.autolabel.backends.gpu import load_gpu_backend  # batches, float16 or a cached TensorRT engine

        return load_gpu_backend(model, backend, precision, device, log=log)
    if device not in ("cpu", "", None):
        want = "pt" if backend == "auto" else backend  # CUDA: native torch
    if want == "auto":
        want = "openvino" if fmt in ("pt", "openvino") else fmt
    load_path = model
    if want in ("openvino", "onnx") and fmt == "pt":
        from app.core.autolabel.backends.model_cache import ensure_export

        try:
            load_path = ensure_export(model, want, log=log)
        except LabelBenchError as e:
            if backend != "auto" or isinstance(e, ModelLoadError):
                raise
            if log:
                log(f"{e}; running the .pt with PyTorch instead")
            want, load_path = "pt", model
    elif want != fmt:
        raise UsageError(
            f"{model}: a {fmt} model cannot run on the {want} backend "
            f"(only a .pt can be exported; use --backend auto or {fmt})"
        )
    if backend == "auto" and fmt == "pt" and want != "pt":
        b = _faster_here(want, load_path, model, device, precision, threads, cores, log)
    else:
        b = _make(want, load_path, device, precision, threads, cores, model)
    return _exact_shapes(b, model, backend, precision, device, threads, cores)


def _exact_shapes(
    b: Backend, model: Path, backend: str, precision: str, device: str, threads: int, cores: int
) -> Backend:
    """--precision exact with a -seg / -obb .pt on the CPU: yolo predict's own arithmetic (torch,
    its thread count, one image at a time: TorchBackend.match_yolo_predict), the backend auto
    chooses too, so the polygons and rotated boxes are yolo predict's bit for bit. OpenVINO or
    ONNX asked by name run float32 (equal to 1e-6 on clear objects, not bit for bit)."""
    if precision != "exact" or b.task == "detect" or device not in ("cpu", "", None):
        return b
    if b.kind != "pt" and backend == "auto" and model_format(model) == "pt":
        b.close()
        b = _make("pt", model, device, precision, threads, cores, model)
    if isinstance(b, TorchBackend):
        b.match_yolo_predict()
    return b


def _make(kind: str, path: Path, device: str, precision: str, threads: int, cores: int, model: Path) -> Backend:
    ab = load_auto_backend(path, device)
    check_task(model, ab)
    if kind == "pt":
        return TorchBackend(path, ab, precision, threads)
    import torch

    torch.set_num_threads(1)  # torch only runs NMS here; idle OpenMP threads would spin on the cores
    if kind == "onnx":
        return OnnxBackend(path, ab, precision)
    return OpenVINOBackend(path, ab, precision, streams=min(cores, 4), threads=cores)


def _faster_here(
    kind: str,
    export_path: Path,
    model: Path,
    device: str,
    precision: str,
    threads: int,
    cores: int,
    log: Callable[[str], object] | None,
) -> Backend:
    """Keep the export only where it is faster on this machine: measured on the first run, then
    read from the cache, so later runs load only the backend they use."""
    from app.core.autolabel.backends.choice import measure_choice, read_choice

    folder = Path(export_path).parent
    choice = read_choice(folder, precision)
    if choice is not None:
        if choice.get("chosen") == "pt":
            return _make("pt", model, device, precision, threads, cores, model)
        return _make(kind, export_path, device, precision, threads, cores, model)
    pt = _make("pt", model, device, precision, threads, cores, model)
    exported = _make(kind, export_path, device, precision, threads, cores, model)
    choice = measure_choice(pt, exported, folder, precision)
    if log:
        log(
            f"measured on this machine: {kind} {choice[kind + '_ms']} ms/img, "
            f"pt {choice['pt_ms']} ms/img; using {choice['chosen']}"
        )
    if choice["chosen"] == "pt":
        exported.close()
        import torch

        torch.set_num_threads(threads)
        return pt
    pt.close()
    return exported
