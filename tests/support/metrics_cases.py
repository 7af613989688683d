"""Seeded random evaluation cases and the reference implementations they are compared with.

A case is a small data set built to hit the corners of COCOeval and Ultralytics' validator:
tied scores, empty images, images with only false positives, classes with only ground truth or
only predictions, more than 100 detections of one class in one image, boxes whose IoU lands
exactly on a threshold, degenerate (zero width / height) boxes and areas on the 32^2 / 96^2
range borders.
"""

from __future__ import annotations

import contextlib
import io

import numpy as np

from app.core.metrics.load import from_arrays


def _jitter(rng, box, s):
    x, y, w, h = box
    return (
        x + rng.normal(0, s * w),
        y + rng.normal(0, s * h),
        max(0.0, w * (1 + rng.normal(0, s))),
        max(0.0, h * (1 + rng.normal(0, s))),
    )


def make_case(seed: int):
    """Per-image pixel boxes: returns dict(sizes, gt=[(cls, xywh)], dt=[(cls, xywh, score)], nc)."""
    rng = np.random.default_rng(seed)
    n_img = int(rng.integers(1, 9))
    nc = int(rng.integers(1, 5))
    quant = rng.choice([0, 0.1, 0.25, 0.01])  # ties in scores
    sizes, gts, dts = [], [], []
    big = rng.random() < 0.15  # > 100 detections of one class in one image
    for i in range(n_img):
        W, H = float(rng.integers(40, 700)), float(rng.integers(40, 700))
        sizes.append((W, H))
        kind = rng.random()
        g, d = [], []
        n_g = 0 if kind < 0.15 else int(rng.integers(0, 9))
        for _ in range(n_g):
            c = int(rng.integers(0, nc)) if nc > 1 else 0
            if nc > 2 and c == nc - 1:
                c = nc - 2  # last class: predictions only
            w = float(rng.choice([rng.uniform(2, W / 2), 32.0, 96.0, 0.0 if rng.random() < 0.05 else 8.0]))
            h = float(rng.choice([rng.uniform(2, H / 2), 32.0, 96.0, 16.0]))
            w, h = min(w, W), min(h, H)
            x, y = float(rng.uniform(0, W - w)), float(rng.uniform(0, H - h))
            g.append((c, (x, y, w, h)))
        for c, b in g:  # noisy detections, duplicates, wrong classes
            for _ in range(int(rng.integers(0, 3))):
                cc = c if rng.random() < 0.8 else int(rng.integers(0, nc))
                d.append((cc, _jitter(rng, b, float(rng.choice([0.02, 0.1, 0.3]))), float(rng.random())))
            if rng.random() < 0.3:  # IoU exactly on a threshold
                x, y, w, h = b
                t = float(rng.choice(np.linspace(0.5, 0.95, 10)))
                d.append((c, (x, y, w, h * t), float(rng.random())))
                if w == 20.0 or rng.random() < 0.5:
                    d.append((c, (x, y, 20.0, float(rng.integers(10, 20))), float(rng.random())))
                    g.append((c, (x, y, 20.0, 20.0)))
        if rng.random() < 0.4 and W > 60 and H > 30:  # equal IoU with two ground truths: tie rules decide
            c = int(rng.integers(0, nc))
            w, h = 4.0 * int(rng.integers(3, 10)), float(rng.integers(8, 24))
            x, y = float(rng.integers(0, int(W - 1.5 * w))), float(rng.integers(0, int(H - h)))
            g += [(c, (x, y, w, h)), (c, (x + w / 2, y, w, h))]
            s1 = float(rng.random())
            d += [(c, (x + w / 4, y, w, h), s1), (c, (x + rng.choice([0.0, w / 2]), y, w, h), s1 * 0.5)]
        for _ in range(int(rng.integers(0, 4)) if kind > 0.1 else 0):  # background false positives
            w, h = float(rng.uniform(1, W / 3)), float(rng.uniform(1, H / 3))
            d.append(
                (
                    int(rng.integers(0, nc)),
                    (float(rng.uniform(0, W - w)), float(rng.uniform(0, H - h)), w, h),
                    float(rng.random()),
                )
            )
        if rng.random() < 0.05:  # degenerate prediction
            d.append((0, (1.0, 1.0, 0.0, 5.0), float(rng.random())))
        if big and i == 0:
            for _ in range(130):
                w, h = float(rng.uniform(5, W / 2)), float(rng.uniform(5, H / 2))
                d.append((0, (float(rng.uniform(0, W - w)), float(rng.uniform(0, H - h)), w, h), float(rng.random())))
            for _ in range(int(rng.integers(0, 110))):
                w, h = float(rng.uniform(5, W / 2)), float(rng.uniform(5, H / 2))
                g.append((0, (float(rng.uniform(0, W - w)), float(rng.uniform(0, H - h)), w, h)))
        if quant:
            d = [(c, b, round(s / quant) * quant) for c, b, s in d]
        perm = rng.permutation(len(d))
        gts.append(g)
        dts.append([d[j] for j in perm])
    return {"sizes": sizes, "gt": gts, "dt": dts, "nc": nc}


def flat(case):
    """Flat arrays (img, cls, xywh[, score]) of a case."""
    gi, gc, gb, di, dc, db, ds = [], [], [], [], [], [], []
    for i, (g, d) in enumerate(zip(case["gt"], case["dt"])):
        for c, b in g:
            gi.append(i)
            gc.append(c)
            gb.append(b)
        for c, b, s in d:
            di.append(i)
            dc.append(c)
            db.append(b)
            ds.append(s)
    a = np.asarray
    return (
        a(gi, np.int64),
        a(gc, np.int64),
        a(gb, np.float64).reshape(-1, 4),
        a(di, np.int64),
        a(dc, np.int64),
        a(db, np.float64).reshape(-1, 4),
        a(ds, np.float64),
    )


def to_evaldata(case):
    """The case as EvalData (normalized YOLO boxes + pixel sizes), as the loaders build it."""
    gt, dt = [], []
    for (W, H), g, d in zip(case["sizes"], case["gt"], case["dt"]):

        def yolo(b, W=W, H=H):
            x, y, w, h = b
            return ((x + w / 2) / W, (y + h / 2) / H, w / W, h / H)

        gt.append((np.array([c for c, _ in g], np.int64), np.array([yolo(b) for _, b in g]).reshape(-1, 4)))
        dt.append(
            (
                np.array([c for c, _, _ in d], np.int64),
                np.array([yolo(b) for _, b, _ in d]).reshape(-1, 4),
                np.array([s for _, _, s in d], np.float64),
            )
        )
    n = len(case["sizes"])
    return from_arrays([f"img{i:03d}" for i in range(n)], [f"c{k}" for k in range(case["nc"])], gt, dt, case["sizes"])


def run_cocoeval(images: list, cats: list, anns: list, res: list, iou_type: str):
    """pycocotools' COCOeval (evaluate, accumulate, summarize, quietly) of detections `res` against
    `anns` on `images`; an empty `res` is no detections. Returns the eval object."""
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval

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
        ev = COCOeval(coco, cdt, iou_type)
        ev.evaluate()
        ev.accumulate()
        ev.summarize()
    return ev


def pycocotools_eval(n_images, class_ids, gt, dt, sizes=None):
    """COCOeval (bbox) on flat arrays gt=(img, cls, xywh), dt=(img, cls, xywh, score); returns the eval object."""

    gi, gc, gb = gt
    di, dc, db, ds = dt
    images = [
        {
            "id": i + 1,
            "width": (sizes[i][0] if sizes is not None else 1),
            "height": (sizes[i][1] if sizes is not None else 1),
        }
        for i in range(n_images)
    ]
    cats = [{"id": int(c) + 1, "name": str(c)} for c in class_ids]
    anns = [
        {
            "id": j + 1,
            "image_id": int(gi[j]) + 1,
            "category_id": int(gc[j]) + 1,
            "bbox": [float(v) for v in gb[j]],
            "area": float(gb[j][2]) * float(gb[j][3]),
            "iscrowd": 0,
        }
        for j in range(len(gi))
    ]
    res = [
        {
            "image_id": int(di[j]) + 1,
            "category_id": int(dc[j]) + 1,
            "bbox": [float(v) for v in db[j]],
            "score": float(ds[j]),
        }
        for j in range(len(di))
    ]
    return run_cocoeval(images, cats, anns, res, "bbox")


def ultralytics_reference(data, cm_confs=(0.001,)):
    """Ultralytics' own validator pieces, image by image: DetectionValidator._process_batch
    (box_iou + match_predictions), DetMetrics.update_stats/process, ConfusionMatrix.process_batch."""
    import torch
    from ultralytics.models.yolo.detect.val import DetectionValidator
    from ultralytics.utils.metrics import ConfusionMatrix, DetMetrics

    names = {i: n for i, n in enumerate(data.names)}
    v = DetectionValidator.__new__(DetectionValidator)
    v.iouv = torch.linspace(0.5, 0.95, 10)
    v.niou = 10
    metrics = DetMetrics(names=names)
    cms = {c: ConfusionMatrix(names=names) for c in cm_confs}
    g_xyxy, d_xyxy = data.boxes_xyxy("gt"), data.boxes_xyxy("dt")
    gs, ds = data.starts("gt"), data.starts("dt")
    for i in range(data.n_images):
        gsl, dsl = slice(gs[i], gs[i + 1]), slice(ds[i], ds[i + 1])
        conf = torch.tensor(data.dt_conf[dsl], dtype=torch.float32)
        o = torch.from_numpy(np.argsort(-conf.numpy(), kind="stable"))
        pred = {
            "bboxes": torch.tensor(d_xyxy[dsl], dtype=torch.float32)[o],
            "conf": conf[o],
            "cls": torch.tensor(data.dt_cls[dsl], dtype=torch.float32)[o],
        }
        batch = {
            "bboxes": torch.tensor(g_xyxy[gsl], dtype=torch.float32),
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
        for c, cm in cms.items():
            cm.process_batch(pred, batch, conf=c)
    metrics.process()
    return metrics, {c: cm.matrix for c, cm in cms.items()}
