"""The -seg post-processing `--precision fast` runs (masks computed only inside each box) gives
exactly what Ultralytics' process_mask(upsample=True) + Masks.xyn give: same objects kept, same
points, bit for bit, on random protos, coefficients and boxes (edges, fractions, outside the image,
empty boxes, masks of several pieces)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from app.core.autolabel.engine.shape_post import _segment, _segments_in_windows


@pytest.mark.parametrize(
    "mh, mw, orig", [(96, 160, (720, 1280)), (80, 80, (480, 470)), (24, 40, (150, 250)), (48, 32, (1000, 640))]
)
def test_windows_equal_ultralytics_masks(mh, mw, orig):
    from ultralytics.utils import ops

    g = torch.Generator().manual_seed(mh * 1000 + mw)
    h, w = 4 * mh, 4 * mw
    n = 80
    proto = torch.nn.functional.avg_pool2d(torch.randn(32, mh + 4, mw + 4, generator=g)[None], 5, 1)[0]  # smooth-ish
    xy = torch.rand(n, 2, generator=g) * torch.tensor([w + 20.0, h + 20.0]) - 10
    wh = torch.rand(n, 2, generator=g) * torch.tensor([w / 2, h / 2]) + 0.3
    boxes = torch.cat([xy, xy + wh], 1)
    boxes[0] = torch.tensor([0.0, 0.0, float(w), float(h)])  # the whole image
    boxes[1] = torch.tensor([5.5, 7.25, 5.75, 40.0])  # no whole column inside
    boxes[2] = torch.tensor([w - 3.5, h - 2.2, w + 9.0, h + 9.0])  # the bottom-right corner
    pred = torch.cat([boxes, torch.rand(n, 1, generator=g), torch.zeros(n, 1), torch.randn(n, 32, generator=g)], 1)
    ref = _segment(pred.clone(), proto, (h, w), orig, ops, windows=False)
    fast = _segment(pred.clone(), proto, (h, w), orig, ops, windows=True)
    assert np.array_equal(ref[0], fast[0]) and np.array_equal(ref[1], fast[1])
    assert ref[2].equals(fast[2]) and len(ref[2]) > n // 2
    assert all(np.array_equal(a, b) for a, b in zip(ref[2].coords, fast[2].coords))
    assert np.array_equal(ref[3], ref[2].xywhn()) and np.array_equal(fast[3], fast[2].xywhn())  # the boxes around
    keep, segs = _segments_in_windows(proto, pred[:, 6:], pred[:, :4], (h, w), orig, ops)
    assert not keep[1] and keep.sum() >= len(ref[2])  # contours under 3 points are dropped after this
    assert any(len(s) > 40 for s in segs)


def test_other_proto_ratios_fall_back_to_the_full_computation():
    from ultralytics.utils import ops

    proto = torch.randn(32, 30, 30)
    assert (
        _segments_in_windows(
            proto, torch.randn(2, 32), torch.tensor([[0.0, 0, 50, 50]] * 2), (100, 100), (100, 100), ops
        )
        is None
    )


def test_the_boxes_around_rotated_boxes_are_labels_xywhn():
    from ultralytics.utils import ops

    from app.core.autolabel.engine.shape_post import _obb

    g = torch.Generator().manual_seed(5)
    n = 50
    pred = torch.cat(
        [
            torch.rand(n, 2, generator=g) * 640,
            torch.rand(n, 2, generator=g) * 200 + 1,
            torch.rand(n, 1, generator=g),
            torch.randint(0, 3, (n, 1), generator=g).float(),
            torch.rand(n, 1, generator=g) * 3.2 - 0.8,
        ],
        1,
    )
    cls, conf, labels, xywhn = _obb(pred, (384, 640), (720, 1280), ops)
    assert len(labels) == n and np.array_equal(xywhn, labels.xywhn())
