"""Our torch-free letterbox is Ultralytics' LetterBox, array for array."""

from __future__ import annotations

import numpy as np
import pytest
from ultralytics.data.augment import LetterBox

from app.core.autolabel.engine.stages import letterbox

SHAPES = [
    (1080, 1920),
    (1920, 1080),
    (480, 640),
    (640, 640),
    (333, 257),
    (17, 3000),
    (3000, 5),
    (1, 1),
    (719, 1281),
    (100, 60),
    (4000, 3000),
    (641, 639),
]


@pytest.mark.parametrize("auto", [True, False])
@pytest.mark.parametrize(
    "new_shape,stride", [((640, 640), 32), ((320, 320), 32), ((384, 640), 32), ((1280, 1280), 64), ((416, 416), 16)]
)
def test_letterbox_equals_ultralytics(new_shape, stride, auto):
    rng = np.random.default_rng(new_shape[0] + stride + auto)
    for h, w in SHAPES:
        img = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
        ref = LetterBox(new_shape, auto=auto, stride=stride)(image=img.copy())
        ours = letterbox(img, new_shape, auto, stride)
        assert ours.shape == ref.shape, (h, w, new_shape, stride, auto)
        assert ours.dtype == np.uint8 and ours.flags.c_contiguous
        assert np.array_equal(ours, ref), (h, w, new_shape, stride, auto)
