"""COCO mode against pycocotools' COCOeval itself, on hundreds of seeded random cases."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.metrics.analysis import TP, Analysis
from app.core.metrics.coco import evaluate_coco
from app.core.metrics.evaluate import evaluate
from tests.support.metrics_cases import flat, make_case, pycocotools_eval, to_evaldata

TOL = 1e-9


def _check_against_reference(ours, ref, K):
    e = ref.eval
    assert ours.precision.shape == e["precision"].shape
    np.testing.assert_allclose(ours.precision, e["precision"], rtol=0, atol=TOL)
    np.testing.assert_allclose(ours.recall, e["recall"], rtol=0, atol=TOL)
    np.testing.assert_allclose(ours.scores, e["scores"], rtol=0, atol=TOL)
    np.testing.assert_allclose(ours.stats, ref.stats, rtol=0, atol=TOL)
    for k in range(K):  # every per-class AP at every IoU
        for iou in (None, *np.linspace(0.5, 0.95, 10)):
            s = e["precision"][:, :, k, 0, 2]
            if iou is not None:
                s = s[np.where(iou == ref.params.iouThrs)[0]]
            want = np.mean(s[s > -1]) if (s > -1).any() else None
            got = ours.ap(k, iou)
            assert (got is None) == (want is None)
            if want is not None:
                assert abs(got - want) <= TOL


# block 0 in every run; the other 5 (hundreds more cases, seconds each) in the slow tier
@pytest.mark.parametrize("block", [0, *(pytest.param(b, marks=pytest.mark.slow) for b in range(1, 6))])
def test_random_cases_equal_pycocotools(block):
    """300 cases: ties, empty and FP-only images, GT-only / prediction-only classes, >100 detections,
    IoU exactly at thresholds, equal IoU with two ground truths, degenerate boxes, area borders."""
    corners = {"big": 0, "empty_img": 0, "ties": 0}
    for seed in range(block * 50, block * 50 + 50):
        case = make_case(seed)
        gi, gc, gb, di, dc, db, ds = flat(case)
        cls = np.arange(case["nc"])
        ref = pycocotools_eval(len(case["sizes"]), cls, (gi, gc, gb), (di, dc, db, ds), case["sizes"])
        ours = evaluate_coco(gi, gc, gb, di, dc, db, ds, cls)
        _check_against_reference(ours, ref, len(cls))
        corners["big"] += int(np.bincount(di * 10 + dc).max(initial=0) > 100)
        corners["empty_img"] += int(len(set(range(len(case["sizes"]))) - set(gi.tolist())) > 0)
        corners["ties"] += int(len(ds) != len(np.unique(ds)))
    assert all(v > 0 for v in corners.values()), corners  # the generator really hits the corners


def test_evaldata_path_with_and_without_sizes():
    """evaluate() on normalized YOLO boxes: with sizes the area ranges match COCOeval on pixel boxes;
    without sizes the 'all' numbers match and the area rows are reported as unavailable."""
    for seed in (1, 7, 11, 23):
        data = to_evaldata(make_case(seed))
        K = data.nc
        gt = (data.gt_img, data.gt_cls, data.boxes_xywh("gt"))
        dt = (data.dt_img, data.dt_cls, data.boxes_xywh("dt"), data.dt_conf)
        ref = pycocotools_eval(data.n_images, np.arange(K), gt, dt, data.sizes)
        rep = evaluate(data, "coco")
        _check_against_reference(rep.coco, ref, K)
        data.sizes = None
        gt = (data.gt_img, data.gt_cls, data.boxes_xywh("gt"))
        dt = (data.dt_img, data.dt_cls, data.boxes_xywh("dt"), data.dt_conf)
        ref = pycocotools_eval(data.n_images, np.arange(K), gt, dt)
        rep = evaluate(data, "coco")
        np.testing.assert_allclose(rep.coco.precision[..., 0, :], ref.eval["precision"][..., 0, :], atol=TOL, rtol=0)
        assert np.isnan(rep.coco.stats[[3, 4, 5, 9, 10, 11]]).all()
        assert abs(rep.map50_95 - ref.stats[0]) <= TOL
        js = rep.to_json()
        assert js["areas"] is None and "--images" in js["areas_note"]


def _one(gt, dt, nc=1, sizes=((100.0, 100.0),)):
    n = len(sizes)
    gi = np.array([g[0] for g in gt], np.int64)
    gc = np.array([g[1] for g in gt], np.int64)
    gb = np.array([g[2] for g in gt], float).reshape(-1, 4)
    di = np.array([d[0] for d in dt], np.int64)
    dc = np.array([d[1] for d in dt], np.int64)
    db = np.array([d[2] for d in dt], float).reshape(-1, 4)
    ds = np.array([d[3] for d in dt], float)
    return evaluate_coco(gi, gc, gb, di, dc, db, ds, np.arange(nc)), n


def test_hand_computed_examples():
    box = (10, 10, 40, 40)
    # a perfect detection then a false positive: AP 1
    r, _ = _one([(0, 0, box)], [(0, 0, box, 0.9), (0, 0, (60, 60, 20, 20), 0.8)])
    assert abs(r.ap(0) - 1.0) < 1e-12
    # the false positive ranked first: precision 0.5 at every recall point -> AP 0.5
    r, _ = _one([(0, 0, box)], [(0, 0, box, 0.7), (0, 0, (60, 60, 20, 20), 0.8)])
    assert abs(r.ap(0) - 0.5) < 1e-12
    # IoU exactly 0.75 (40x30 inside 40x40): a TP at 0.50..0.75 (6 thresholds), missed above
    r, _ = _one([(0, 0, box)], [(0, 0, (10, 10, 40, 30), 0.9)])
    assert abs(r.ap(0, 0.75) - 1) < 1e-12 and r.ap(0, 0.8) == 0.0 and abs(r.ap(0) - 0.6) < 1e-12
    # a class with only predictions is left out of the mean; one with only GT counts as 0
    r, _ = _one([(0, 0, box), (0, 2, box)], [(0, 0, box, 0.9), (0, 1, box, 0.9)], nc=3)
    assert r.ap(1) is None and abs(r.ap(0) - 1) < 1e-12 and r.ap(2) == 0.0
    assert abs(r.stats[0] - 0.5) < 1e-12
    # a detection on an image without ground truth is a false positive (it ranks first here)
    r, _ = _one([(0, 0, box)], [(0, 0, box, 0.5), (1, 0, box, 0.9)], sizes=((100, 100), (100, 100)))
    assert abs(r.ap(0) - 0.5) < 1e-12


def test_analysis_matches_cocoeval_matches():
    """The per-box TP flags of the analysis (area all, no 100-detection cap) are COCOeval's dtMatches."""
    for seed in range(30):
        case = make_case(seed)
        gi, gc, gb, di, dc, db, ds = flat(case)
        if len(di) and np.bincount(di * 10 + dc).max() > 100:
            continue
        data = to_evaldata(case)
        ref = pycocotools_eval(
            data.n_images,
            np.arange(data.nc),
            (gi, gc, data.boxes_xywh("gt")),
            (di, dc, data.boxes_xywh("dt"), ds),
            data.sizes,
        )
        tp_ref = np.zeros(10)
        for e in ref.evalImgs:
            if e is not None and e["aRng"] == [0, 1e10]:
                tp_ref += (e["dtMatches"] > 0).sum(1)
        a = Analysis(data, "coco")
        assert ((a.kind == TP).sum(0) == tp_ref).all(), seed
        s = a.summary(-1.0, 0)
        assert s["tp"] == tp_ref[0] and s["tp"] + s["fp"] == len(di) and s["tp"] + s["fn"] == len(gi)
