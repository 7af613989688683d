"""Seeded random polygon and rotated-box evaluation cases, and the references they are compared
with: pycocotools' COCOeval(iouType="segm") and Ultralytics' OBB validator pieces, image by image."""

from __future__ import annotations

import numpy as np
import torch

from app.core.metrics.load import from_arrays
from app.core.metrics.shapes_load import ShapeEvalData
from tests.support.metrics_cases import run_cocoeval


def polygon(rng, W, H):
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
            pts = polygon(rng, W, H)
            c = int(rng.integers(0, nc))
            g.append((c, _norm(pts, W, H)))
            for _ in range(int(rng.integers(0, 3))):  # noisy copies, some of another class
                cc = c if rng.random() < 0.8 else int(rng.integers(0, nc))
                noisy = pts + rng.normal(0, rng.choice([0.3, 1.5, 4.0]), pts.shape)
                d.append((cc, _norm(np.clip(noisy, 0, [W, H]), W, H), float(rng.random())))
        for _ in range(int(rng.integers(0, 4))):  # background false positives
            d.append((int(rng.integers(0, nc)), _norm(polygon(rng, W, H), W, H), float(rng.random())))
        if quant:
            d = [(c, p, round(s / quant) * quant) for c, p, s in d]
        gts.append(g)
        dts.append([d[j] for j in rng.permutation(len(d))])
    return _shape_data("segment", sizes, nc, gts, dts)


def pycocotools_segm(data):
    """COCOeval(iouType="segm"): ground truth as polygons (COCO's annToRLE rasterizes them),
    predictions as the RLEs of their polygons (loadRes takes RLE results)."""
    import pycocotools.mask as mask_utils

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
    return run_cocoeval(images, cats, anns, res, "segm")


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
