"""The rotated NMS `--precision fast` runs for -obb models (only the pairs near enough to pass get
probiou) keeps what Ultralytics' non_max_suppression(rotated=True) keeps: the same rows, in the same
order, bit for bit, on crowded random outputs (clusters, ties, thin and zero-size boxes, several
classes, every threshold) and on the tiny -obb model's own output for a big image."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
import torch

from app.core.autolabel.engine.rotated_nms import fast_nms_probiou, non_max_suppression_rotated


@pytest.fixture(autouse=True, scope="module")
def _one_torch_thread():
    """The NMS runs on one torch thread, as the engine runs it beside OpenVINO (runtimes._make); the
    references are elementwise, so a thread count cannot change a bit, while two threads a worker,
    on two cores shared by two pytest workers, spend half their CPU spinning (this module, measured
    on a busy machine: 16 s of CPU with two threads, 7 s with one)."""
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


def _output(seed: int, anchors: int = 1500, nc: int = 3, batch: int = 2) -> torch.Tensor:
    """A raw -obb output (B, 4 + nc + 1, A): boxes in clusters (as a weak model gives them), random angles."""
    g = np.random.default_rng(seed)
    out = np.zeros((batch, 4 + nc + 1, anchors), np.float32)
    for b in range(batch):
        centres = g.uniform(0, 1280, (40, 2))
        k = g.integers(0, 40, anchors)
        out[b, 0:2] = (centres[k] + g.normal(0, 12, (anchors, 2))).T
        size = g.uniform(4, 200, (40, 2))[k] * g.uniform(0.8, 1.25, (anchors, 2))
        out[b, 2:4] = size.T
        out[b, 4 : 4 + nc] = g.uniform(0, 1, (nc, anchors)) ** 3
        out[b, 4 + nc] = g.uniform(-math.pi / 4, 3 * math.pi / 4, anchors)
        out[b, 4 : 4 + nc, : anchors // 10] = np.round(out[b, 4 : 4 + nc, : anchors // 10], 2)  # ties
        out[b, 2, 100:140] = 0.0  # zero width: degenerate boxes
        out[b, 3, 140:200] = out[b, 2, 140:200] / g.uniform(40, 300, 60)  # thin
        out[b, 0:4, 200:210] = out[b, 0:4, 210:220]  # duplicates
    return torch.from_numpy(out)


def _same(a, b) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x.shape == y.shape and torch.equal(x, y)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("iou", [0.7, 0.45, 0.1, 0.95])
def test_the_same_rows_as_ultralytics(seed, iou):
    from ultralytics.utils import nms

    pred = _output(seed)
    ours = non_max_suppression_rotated(pred, 0.1, iou, None, 300, 3)
    ref = [  # one image a call: Ultralytics gives up after 2 s + 50 ms an image ("NMS time limit exceeded")
        nms.non_max_suppression(pred[b : b + 1], 0.1, iou, None, False, max_det=300, nc=3, rotated=True)[0]
        for b in range(len(pred))
    ]
    _same(ours, ref)
    assert min(len(r) for r in ref) >= 50  # not vacuous: many kept, many suppressed


@pytest.mark.parametrize("iou", [0.0, 1.0])
def test_thresholds_without_a_bound_fall_back_to_all_pairs(iou):
    from ultralytics.utils import nms

    pred = _output(9, anchors=600)
    _same(
        non_max_suppression_rotated(pred, 0.2, iou, [0, 2], 300, 3),
        nms.non_max_suppression(pred, 0.2, iou, [0, 2], False, max_det=300, nc=3, rotated=True),
    )


def test_every_pair_that_passes_is_found():
    """On one crowded set: the indices equal TorchNMS.fast_nms's, and it is far quicker."""
    from ultralytics.utils.metrics import batch_probiou
    from ultralytics.utils.nms import TorchNMS

    g = torch.Generator().manual_seed(3)
    n = 2000
    xy = torch.rand(n, 2, generator=g) * 800
    wh = torch.rand(n, 2, generator=g) * 120 + 1
    boxes = torch.cat([xy, wh, torch.rand(n, 1, generator=g) * 3.2 - 0.8], 1)
    scores = torch.rand(n, generator=g)
    t = time.perf_counter()
    ref = TorchNMS.fast_nms(boxes, scores, 0.5, iou_func=batch_probiou)
    t_ref = time.perf_counter() - t
    t = time.perf_counter()
    ours = fast_nms_probiou(boxes, scores, 0.5)
    t_ours = time.perf_counter() - t
    assert torch.equal(ours, ref) and 0 < len(ref) < n
    print(f"\n2000 boxes: Ultralytics {t_ref * 1000:.0f} ms, pairs near enough {t_ours * 1000:.0f} ms")


@pytest.mark.slow  # the tiny -obb model (trained once, cached)
def test_the_models_own_output_on_a_big_image():
    from ultralytics import YOLO
    from ultralytics.utils import nms

    from app.core.autolabel.engine.stages import letterbox
    from app.core.dataset.synth import shapes as synth_shapes
    from tests.support.shape_models import shape_model

    net = YOLO(str(shape_model("obb"))).model.eval()
    for i in (3, 11):
        img, _ = synth_shapes.render(i, 1, (1280, 720), "obb")
        x = letterbox(img, (384, 640), False, 32)[None, :, :, ::-1].transpose(0, 3, 1, 2)
        with torch.inference_mode():
            pred = net(torch.from_numpy(np.ascontiguousarray(x)).float() / 255)[0]
            ref = nms.non_max_suppression(pred, 0.25, 0.7, None, False, max_det=300, nc=1, rotated=True)
            ours = non_max_suppression_rotated(pred, 0.25, 0.7, None, 300, 1)
        _same(ours, ref)
        assert len(ref[0]) > 0
