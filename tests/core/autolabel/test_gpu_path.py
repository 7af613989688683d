"""The GPU path's code (app.core.autolabel.backends.gpu) run on CPU tensors: input conversion, the backend
against the engine's torch backend, float16, the TensorRT cache key and the wording."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from app.core.autolabel.backends import gpu, precision
from app.core.autolabel.backends.runtimes import TorchBackend, load_auto_backend, model_input
from app.core.autolabel.engine.shared import postprocess
from app.core.autolabel.engine.stages import Item, Preprocessor
from app.core.autolabel.options import AutolabelOptions
from tests.support.paths import DEMO_DIR, DEMO_MODEL


def _batch(n=2):
    pre = Preprocessor(320, 32, True)  # the demo model's own size (its card: imgsz 320)
    files = sorted((DEMO_DIR / "images" / "train").glob("*.jpg"))[:n]
    out = [pre.decode(str(f)) for f in files]
    assert len({x.shape for x, _, _ in out}) == 1
    return np.stack([x for x, _, _ in out]), [s for _, s, _ in out]


def test_gpu_input_equals_the_predictors_input():
    x, _ = _batch()
    cpu = torch.device("cpu")
    assert torch.equal(gpu.gpu_input(x, cpu, half=False), model_input(x))
    h = gpu.gpu_input(x, cpu, half=True)
    assert h.dtype == torch.float16 and h.shape == model_input(x).shape
    torch.testing.assert_close(h.float(), model_input(x), atol=5e-4, rtol=0)


def _boxes(be, x, shapes):
    items = [Item(i, "", "", None, orig_shape=s) for i, s in enumerate(shapes)]
    out = []
    for _it, cls, xywhn, _c in postprocess(be.forward(x), items, x.shape, AutolabelOptions(), be, None):
        xy = xywhn * 1000
        out.append((cls, np.concatenate([xy[:, :2] - xy[:, 2:] / 2, xy[:, :2] + xy[:, 2:] / 2], 1)))
    return out


@pytest.mark.slow  # float16 inference on the CPU, compared with float32
def test_gpu_backend_on_cpu_tensors_matches_torch_backend():
    x, shapes = _batch()
    ref = TorchBackend(DEMO_MODEL, load_auto_backend(DEMO_MODEL, "cpu"), "exact", threads=2)
    be = gpu.load_gpu_backend(DEMO_MODEL, "auto", "exact", "cpu")
    assert isinstance(be, gpu.GpuBackend) and be.default_batch == gpu.GPU_BATCH and be.in_flight == 2
    assert be.trained_imgsz == ref.trained_imgsz and be.names == ref.names
    torch.testing.assert_close(be.forward(x), ref.forward(x)[0], atol=1e-4, rtol=0)  # torch returns [preds, feats]
    assert be.describe() == "gpu torch (float32, cpu, batch 16)"
    assert be.precision_words()[0] == "f32"
    half = gpu.load_gpu_backend(DEMO_MODEL, "auto", "fast", "cpu")  # float16 weights and input, on the CPU
    assert half.half and next(half.ab.model.parameters()).dtype == torch.float16
    c = precision.compare(_boxes(ref, x, shapes), _boxes(half, x, shapes))
    assert c["boxes_ref"] > 0 and c["agreement"] >= 0.9 and c["f1"] >= 0.95
    p, why = half.precision_words()
    assert p == "f16" and why.startswith("f16: the GPU runs float16 (torch float16")
    for be_ in (ref, be, half):
        be_.close()


def test_engine_cache_key_per_gpu_and_tensorrt():
    a = gpu.engine_dir(DEMO_MODEL, "NVIDIA H200", "10.3.0")
    b = gpu.engine_dir(DEMO_MODEL, "NVIDIA GeForce RTX 4090", "10.3.0")
    c = gpu.engine_dir(DEMO_MODEL, "NVIDIA H200", "10.4.0")
    assert len({a, b, c}) == 3 and a.parent == b.parent
    assert a.name.startswith("engine-nvidia-h200-trt10.3.0-") and a.name.endswith(f"-b{gpu.GPU_BATCH}")


def test_gpu_path_refuses_what_it_cannot_run():
    with pytest.raises(Exception, match="int8 is for the CPU"):
        gpu.load_gpu_backend(DEMO_MODEL, "auto", "int8", "cpu")
