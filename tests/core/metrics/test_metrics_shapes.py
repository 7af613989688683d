"""Mask mAP against pycocotools' COCOeval(iouType="segm") and rotated-box mAP against Ultralytics'
OBB validator pieces, on seeded random cases (self-intersecting polygons with holes, tiny and
empty masks, several classes, tied scores, no crowd)."""

from __future__ import annotations

import contextlib
import io

import numpy as np
import pytest
import torch

from app.core.metrics.analysis import Analysis
from app.core.metrics.evaluate import evaluate
from app.core.metrics.load import from_arrays
from app.core.metrics.shapes_iou import mask_iou, polygon_mask, probiou_matrix
from app.core.metrics.shapes_load import ShapeEvalData

SEGM_TOL = 1e-9
OBB_TOL = 1e-4


# ------------------------------------------------------------------------------------ cases
def _polygon(rng, W, H):
    kind = rng.random()
    if kind < 0.15:  # tiny: under a pixel to a few pixels, often an empty mask
        c = rng.uniform([0, 0], [W, H])
        pts = c + rng.uniform(-1.5, 1.5, (int(rng.integers(3, 6)), 2))
    elif kind < 0.5:  # random points: self-intersecting, the even-odd rule makes holes
        lo = rng.uniform([0, 0], [W * 0.7, H * 0.7])
        pts = lo + rng.uniform(0, 1, (int(rng.integers(3, 14)), 2)) * rng.uniform(
            1, np.maximum([4, 4], [W * 0.6, H * 0.6])
        )
    else:  # star-shaped blobs, some pentagram-like (holes)
        n = int(rng.integers(3, 16))
        c, r = rng.uniform([0, 0], [W, H]), rng.uniform(0.5, max(1.0, min(W, H) / 2))
        step = 2 if rng.random() < 0.3 else 1
        a = np.sort(rng.uniform(0, 2 * np.pi, n)) if step == 1 else np.arange(n) * 2 * np.pi * 2 / n
        rad = r * rng.uniform(0.4, 1.0, n)
        pts = c + np.c_[np.cos(a) * rad, np.sin(a) * rad]
    return np.clip(pts, 0, [W, H])


def _norm(pts, W, H):
    return np.round(np.clip(pts / [W, H], 0, 1), 6).ravel()  # as a label file holds them


def _shape_data(task, sizes, nc, gts, dts) -> ShapeEvalData:
    """gts[i] = [(cls, coords)], dts[i] = [(cls, coords, score)] -> ShapeEvalData."""
    box = lambda c: np.r_[c.reshape(-1, 2).mean(0), 0.1, 0.1]  # noqa: E731  (boxes are not used by the metrics)
    gt = [(np.array([c for c, _ in g], np.int64), np.array([box(p) for _, p in g]).reshape(-1, 4)) for g in gts]
    dt = [
        (
            np.array([c for c, _, _ in d], np.int64),
            np.array([box(p) for _, p, _ in d]).reshape(-1, 4),
            np.array([s for _, _, s in d]),
        )
        for d in dts
    ]
    base = from_arrays([f"im{i}" for i in range(len(sizes))], [f"c{k}" for k in range(nc)], gt, dt, sizes)
    return ShapeEvalData(
        **vars(base),
        task=task,
        gt_shapes=[p for g in gts for _, p in g],
        dt_shapes=[p for d in dts for _, p, _ in d],
    )


def segm_case(seed):
    rng = np.random.default_rng(seed)
    nc = int(rng.integers(1, 4))
    quant = rng.choice([0, 0.1, 0.01])
    sizes, gts, dts = [], [], []
    for _ in range(int(rng.integers(1, 6))):
        W, H = float(rng.integers(12, 260)), float(rng.integers(12, 260))
        sizes.append((W, H))
        g, d = [], []
        for _ in range(int(rng.integers(0, 12))):
            pts = _polygon(rng, W, H)
            c = int(rng.integers(0, nc))
            g.append((c, _norm(pts, W, H)))
            for _ in range(int(rng.integers(0, 3))):  # noisy copies, some of another class
                cc = c if rng.random() < 0.8 else int(rng.integers(0, nc))
                noisy = pts + rng.normal(0, rng.choice([0.3, 1.5, 4.0]), pts.shape)
                d.append((cc, _norm(np.clip(noisy, 0, [W, H]), W, H), float(rng.random())))
        for _ in range(int(rng.integers(0, 4))):  # background false positives
            d.append((int(rng.integers(0, nc)), _norm(_polygon(rng, W, H), W, H), float(rng.random())))
        if quant:
            d = [(c, p, round(s / quant) * quant) for c, p, s in d]
        gts.append(g)
        dts.append([d[j] for j in rng.permutation(len(d))])
    return _shape_data("segment", sizes, nc, gts, dts)


def pycocotools_segm(data):
    """COCOeval(iouType="segm"): ground truth as polygons (COCO's annToRLE rasterizes them),
    predictions as the RLEs of their polygons (loadRes takes RLE results)."""
    import pycocotools.mask as mask_utils
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval

    W, H = data.sizes[:, 0], data.sizes[:, 1]
    images = [{"id": i + 1, "width": int(W[i]), "height": int(H[i])} for i in range(data.n_images)]
    cats = [{"id": k + 1, "name": str(k)} for k in range(data.nc)]

    def pix(s, i):
        return (np.asarray(s).reshape(-1, 2) * data.sizes[i]).ravel().tolist()

    anns = []
    for j, (i, c, s) in enumerate(zip(data.gt_img, data.gt_cls, data.gt_shapes)):
        rle = mask_utils.frPyObjects([pix(s, i)], int(H[i]), int(W[i]))[0]
        anns.append(
            {
                "id": j + 1,
                "image_id": int(i) + 1,
                "category_id": int(c) + 1,
                "segmentation": [pix(s, i)],
                "area": float(mask_utils.area(rle)),
                "bbox": mask_utils.toBbox(rle).tolist(),
                "iscrowd": 0,
            }
        )
    res = []
    for i, c, s, f in zip(data.dt_img, data.dt_cls, data.dt_shapes, data.dt_conf):
        rle = mask_utils.frPyObjects([pix(s, i)], int(H[i]), int(W[i]))[0]
        res.append({"image_id": int(i) + 1, "category_id": int(c) + 1, "segmentation": rle, "score": float(f)})
    with contextlib.redirect_stdout(io.StringIO()):
        coco = COCO()
        coco.dataset = {"images": images, "annotations": anns, "categories": cats}
        coco.createIndex()
        if res:
            cdt = coco.loadRes(res)
        else:
            cdt = COCO()
            cdt.dataset = {"images": images, "annotations": [], "categories": cats}
            cdt.createIndex()
        ev = COCOeval(coco, cdt, "segm")
        ev.evaluate()
        ev.accumulate()
        ev.summarize()
    return ev


# ------------------------------------------------------------------------------------ masks
def test_polygon_mask_and_iou_equal_pycocotools():
    """Every pixel of rleFrPoly's mask, and rleIou, on 1,500 random polygons (tiny, holes, borders)."""
    import pycocotools.mask as mask_utils

    rng = np.random.default_rng(3)
    holes = empty = 0
    prev = None
    for _ in range(1500):
        W, H = int(rng.integers(1, 90)), int(rng.integers(1, 90))
        pts = _polygon(rng, W, H)
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
def obb_case(seed):
    from ultralytics.utils.ops import xywhr2xyxyxyxy

    rng = np.random.default_rng(seed)
    nc = int(rng.integers(1, 4))
    quant = rng.choice([0, 0.1])
    sizes, gts, dts = [], [], []

    def corners(b, W, H):
        c = xywhr2xyxyxyxy(np.asarray(b, np.float64)[None]).reshape(4, 2)
        return np.round(c / [W, H], 6).ravel()

    for _ in range(int(rng.integers(1, 7))):
        W, H = float(rng.integers(60, 900)), float(rng.integers(60, 900))
        sizes.append((W, H))
        g, d = [], []
        for _ in range(int(rng.integers(0, 10))):
            b = np.r_[rng.uniform([0, 0], [W, H]), rng.uniform(3, min(W, H) / 3, 2), rng.uniform(-np.pi, np.pi)]
            c = int(rng.integers(0, nc))
            g.append((c, corners(b, W, H)))
            for _ in range(int(rng.integers(0, 3))):
                cc = c if rng.random() < 0.8 else int(rng.integers(0, nc))
                s = rng.choice([0.02, 0.1, 0.3])
                nb = b + np.r_[rng.normal(0, s * b[2:4]), np.abs(rng.normal(0, s * b[2:4])) * 0, rng.normal(0, s)]
                nb[2:4] = b[2:4] * (1 + rng.normal(0, s, 2)).clip(0.2)
                d.append((cc, corners(nb, W, H), float(rng.random())))
        for _ in range(int(rng.integers(0, 4))):
            b = np.r_[rng.uniform([0, 0], [W, H]), rng.uniform(3, min(W, H) / 3, 2), rng.uniform(-np.pi, np.pi)]
            d.append((int(rng.integers(0, nc)), corners(b, W, H), float(rng.random())))
        if quant:
            d = [(c, p, round(s / quant) * quant) for c, p, s in d]
        gts.append(g)
        dts.append([d[j] for j in rng.permutation(len(d))])
    return _shape_data("obb", sizes, nc, gts, dts)


def ultralytics_obb_reference(data):
    """OBBValidator._process_batch (batch_probiou + match_predictions), DetMetrics and the obb
    ConfusionMatrix at the validator's conf 0.01, image by image, on the xywhr Ultralytics'
    dataset makes of the corners (xyxyxyxy2xywhr)."""
    from ultralytics.models.yolo.obb.val import OBBValidator
    from ultralytics.utils.metrics import ConfusionMatrix, DetMetrics
    from ultralytics.utils.ops import xyxyxyxy2xywhr

    names = {i: n for i, n in enumerate(data.names)}
    v = OBBValidator.__new__(OBBValidator)
    v.iouv = torch.linspace(0.5, 0.95, 10)
    v.niou = 10
    metrics = DetMetrics(names=names)
    cm = ConfusionMatrix(names=names)
    gs, ds = data.starts("gt"), data.starts("dt")

    def xywhr(shapes, img):
        pix = [np.asarray(s).reshape(-1, 2) * data.sizes[i] for s, i in zip(shapes, img)]
        return torch.from_numpy(xyxyxyxy2xywhr(np.array(pix).reshape(-1, 8))).float()

    for i in range(data.n_images):
        gsl, dsl = slice(gs[i], gs[i + 1]), slice(ds[i], ds[i + 1])
        conf = torch.tensor(data.dt_conf[dsl], dtype=torch.float32)
        o = torch.from_numpy(np.argsort(-conf.numpy(), kind="stable"))
        pred = {
            "bboxes": xywhr(data.dt_shapes[dsl], data.dt_img[dsl])[o],
            "conf": conf[o],
            "cls": torch.tensor(data.dt_cls[dsl], dtype=torch.float32)[o],
        }
        batch = {
            "bboxes": xywhr(data.gt_shapes[gsl], data.gt_img[gsl]),
            "cls": torch.tensor(data.gt_cls[gsl], dtype=torch.float32),
        }
        cls = batch["cls"].numpy()
        no_pred = pred["cls"].shape[0] == 0
        metrics.update_stats(
            {
                **v._process_batch(pred, batch),
                "target_cls": cls,
                "target_img": np.unique(cls),
                "conf": np.zeros(0) if no_pred else pred["conf"].numpy(),
                "pred_cls": np.zeros(0) if no_pred else pred["cls"].numpy(),
                "im_name": f"{i}.jpg",
            }
        )
        cm.process_batch(pred, batch, conf=0.01)
    metrics.process()
    return metrics, cm.matrix


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
