"""Ultralytics mode against the installed ultralytics validator pieces, on seeded random cases."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from app.core.metrics.analysis import Analysis
from app.core.metrics.evaluate import evaluate
from app.core.metrics.match import iou_ultra
from app.core.metrics.ultra import confusion_at, confusion_matching
from tests.support.metrics_cases import make_case, to_evaldata, ultralytics_reference

TOL = 1e-9
CONFS = (0.001, 0.25, 0.6)


# block 0 in every run; the other 3 (hundreds more cases, seconds each) in the slow tier
@pytest.mark.parametrize("block", [0, *(pytest.param(b, marks=pytest.mark.slow) for b in range(1, 4))])
def test_random_cases_equal_ultralytics(block):
    """200 cases through DetectionValidator._process_batch + DetMetrics + ConfusionMatrix, image by image."""
    for seed in range(block * 50, block * 50 + 50):
        data = to_evaldata(make_case(seed))
        ref, cms = ultralytics_reference(data, CONFS)
        rep = evaluate(data, "ultralytics")
        u, b = rep.ultra, ref.box
        assert abs(u.mp - b.mp) <= TOL and abs(u.mr - b.mr) <= TOL
        assert abs(u.map50 - b.map50) <= TOL and abs(u.map - b.map) <= TOL and abs(u.map75 - b.map75) <= TOL
        assert list(u.class_ids) == list(b.ap_class_index)
        if len(b.all_ap):
            np.testing.assert_allclose(u.ap, b.all_ap, rtol=0, atol=TOL)
            np.testing.assert_allclose(u.p, b.p, rtol=0, atol=TOL)
            np.testing.assert_allclose(u.r, b.r, rtol=0, atol=TOL)
            np.testing.assert_allclose(u.f1, b.f1, rtol=0, atol=TOL)
            np.testing.assert_allclose(u.prec_values, b.prec_values, rtol=0, atol=TOL)
        assert np.array_equal(u.confusion, cms[0.001])
        gt_det = confusion_matching(data)
        for c in CONFS:
            assert np.array_equal(confusion_at(data, gt_det, c), cms[c]), (seed, c)
        js = rep.to_json()
        assert js["precision"] == u.mp and js["confusion_matrix"] == cms[0.001].astype(int).tolist()


def test_box_iou_bit_identical():
    from ultralytics.utils.metrics import box_iou

    rng = np.random.default_rng(5)
    a = rng.uniform(0, 500, (300, 2))
    b = rng.uniform(0, 500, (200, 2))
    ga = np.c_[a, a + rng.uniform(0, 80, (300, 2))].astype(np.float32)
    gb = np.c_[b, b + rng.uniform(0, 80, (200, 2))].astype(np.float32)
    gb[:20] = ga[:20]  # identical boxes
    gb[20:30, 2] = gb[20:30, 0]  # zero width
    ref = box_iou(torch.from_numpy(ga), torch.from_numpy(gb)).numpy()
    ii, jj = np.meshgrid(np.arange(300), np.arange(200), indexing="ij")
    ours = iou_ultra(gb[jj.ravel()], ga[ii.ravel()]).reshape(300, 200)
    assert np.array_equal(ours, ref)


def test_analysis_ultralytics_mode_agrees():
    """In Ultralytics mode the GUI analysis uses the validator's matches and confusion matrix."""
    for seed in range(20):
        data = to_evaldata(make_case(seed))
        rep = evaluate(data, "ultralytics")
        a = Analysis(data, "ultralytics")
        assert np.array_equal(a.det_gt >= 0, rep.ultra.correct)
        assert np.array_equal(a.confusion(0.001), rep.ultra.confusion)
        cm = a.confusion(0.3)
        for i in range(data.nc + 1):
            for j in range(data.nc + 1):
                if (i, j) != (data.nc, data.nc):
                    assert len(a.cell_items(0.3, i, j)) == cm[i, j]
