"""Mask mAP against pycocotools' COCOeval(iouType="segm") and rotated-box mAP against Ultralytics'
OBB validator pieces, on seeded random cases (self-intersecting polygons with holes, tiny and
empty masks, several classes, tied scores, no crowd)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from app.core.metrics.analysis import Analysis
from app.core.metrics.evaluate import evaluate
from app.core.metrics.shapes_iou import mask_iou, polygon_mask, probiou_matrix
from tests.support.shape_cases import obb_case, polygon, pycocotools_segm, segm_case, ultralytics_obb_reference

SEGM_TOL = 1e-9
OBB_TOL = 1e-4


# ------------------------------------------------------------------------------------ masks
def test_polygon_mask_and_iou_equal_pycocotools():
    """Every pixel of rleFrPoly's mask, and rleIou, on 1,500 random polygons (tiny, holes, borders)."""
    import pycocotools.mask as mask_utils

    rng = np.random.default_rng(3)
    holes = empty = 0
    prev = None
    for _ in range(1500):
        W, H = int(rng.integers(1, 90)), int(rng.integers(1, 90))
        pts = polygon(rng, W, H)
        if rng.random() < 0.3:
            pts = np.round(pts * 2) / 2  # vertices on half pixels: rounding ties
        rle = mask_utils.frPyObjects([pts.ravel().tolist()], H, W)[0]
        want = mask_utils.decode(rle).astype(bool)
        got = polygon_mask(pts.ravel(), H, W)
        assert np.array_equal(got.to_array(), want)
        assert got.area == int(mask_utils.area(rle))
        empty += got.area == 0
        holes += got.area < _filled_area(want)
        if prev is not None and prev[0].h == H and prev[0].w == W:
            assert mask_iou(got, prev[0]) == mask_utils.iou([rle], [prev[1]], [0])[0, 0]
        prev = (got, rle)
    assert empty > 10 and holes > 10, (empty, holes)


def _filled_area(m: np.ndarray) -> int:
    """Pixels inside the mask's outer outline (holes filled)."""
    import cv2

    cs, _ = cv2.findContours(m.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    filled = np.zeros(m.shape, np.uint8)
    cv2.drawContours(filled, cs, -1, 1, -1)
    return int(filled.sum())


@pytest.mark.parametrize("block", [0, pytest.param(1, marks=pytest.mark.slow)])
def test_segm_map_equals_pycocotools(block):
    """Precision, recall, scores and the 12 stats of COCOeval(segm), to 1e-9, on 25 cases a block."""
    maps = []
    for seed in range(block * 25, block * 25 + 25):
        data = segm_case(seed)
        ref = pycocotools_segm(data)
        rep = evaluate(data, "coco")
        e = ref.eval
        np.testing.assert_allclose(rep.coco.precision, e["precision"], rtol=0, atol=SEGM_TOL)
        np.testing.assert_allclose(rep.coco.recall, e["recall"], rtol=0, atol=SEGM_TOL)
        np.testing.assert_allclose(rep.coco.scores, e["scores"], rtol=0, atol=SEGM_TOL)
        np.testing.assert_allclose(rep.coco.stats, ref.stats, rtol=0, atol=SEGM_TOL)
        js = rep.to_json()
        assert js["task"] == "segment" and js["iou_type"] == "segm"
        maps.append(rep.map50 or 0.0)
    assert sum(0.05 < m < 0.95 for m in maps) > len(maps) // 2, maps  # the cases are not trivial


def test_segm_analysis_counts_match_coco_matching():
    """The per-shape analysis (TP/FP/FN, confusion matrix, curves) runs on mask IoU: at IoU 0.5
    its TP count per class is COCOeval's matched detections (area all, 100 dets)."""
    data = segm_case(11)
    ref = pycocotools_segm(data)
    a = Analysis(data, "coco")
    c = a.counts(-1.0, 0)
    for k in range(data.nc):
        tp = sum(
            int((e["dtMatches"][0] > 0).sum())
            for e in ref.evalImgs
            if e is not None and e["category_id"] == k + 1 and e["aRng"] == [0, 1e10]
        )
        assert c["tp"][k] == tp
    cm = a.confusion(0.0)
    assert cm.sum() >= len(data.gt_cls)
    assert np.all(a.matched_ious(0.0) >= 0.5)


# ------------------------------------------------------------------------------------ rotated boxes
def test_probiou_equals_ultralytics():
    from ultralytics.utils.metrics import batch_probiou

    rng = np.random.default_rng(2)
    a = np.c_[rng.uniform(0, 600, (150, 2)), rng.uniform(0.5, 120, (150, 2)), rng.uniform(-1, 3, 150)]
    b = a + rng.normal(0, 6, a.shape)
    b[:, 2:4] = np.abs(b[:, 2:4]) + 0.1
    b[:10] = a[:10]  # identical boxes
    a, b = a.astype(np.float32), b.astype(np.float32)
    ref = batch_probiou(torch.from_numpy(a), torch.from_numpy(b)).numpy()
    ours = probiou_matrix(a, b)
    # float32 cos / sin / log round differently by an ulp in numpy and torch; thin boxes (cancellation)
    # and IoU near 1 (a distance near 0 under a square root) show it, still far under 1e-4
    d = np.abs(ours - ref)
    assert d.max() < 1e-4 and np.median(d) < 1e-7
    assert ours.dtype == np.float32 and (ours > 0.5).sum() > 100


@pytest.mark.parametrize("block", [0, pytest.param(1, marks=pytest.mark.slow)])
def test_obb_map_equals_ultralytics(block):
    """P, R, mAP50, mAP50-95 and per-class AP of the OBB validator to 1e-4, confusion matrix equal."""
    for seed in range(block * 30, block * 30 + 30):
        data = obb_case(seed)
        ref, cm = ultralytics_obb_reference(data)
        rep = evaluate(data, "ultralytics")
        u, b = rep.ultra, ref.box
        for ours, want in ((u.mp, b.mp), (u.mr, b.mr), (u.map50, b.map50), (u.map, b.map), (u.map75, b.map75)):
            assert abs(ours - want) <= OBB_TOL, (seed, ours, want)
        assert list(u.class_ids) == list(b.ap_class_index)
        if len(b.all_ap):
            np.testing.assert_allclose(u.ap, b.all_ap, rtol=0, atol=OBB_TOL)
        assert np.array_equal(u.confusion, cm), seed
        js = rep.to_json()
        assert js["task"] == "obb" and js["iou_type"] == "probiou"
        coco = evaluate(data, "coco")  # COCO rules with the same IoU: runs, same matches at 0.5 and up
        assert coco.map50 is None or 0 <= coco.map50 <= 1


def test_segment_in_ultralytics_mode_is_one_clear_error():
    from app.core.errors import UsageError

    with pytest.raises(UsageError, match="coco mode"):
        evaluate(segm_case(1), "ultralytics")
