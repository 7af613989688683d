"""Post-processing of -seg and -obb models for the auto-label engine: Ultralytics' own steps, in
the order `yolo predict` runs them, so `--precision exact` writes the polygons and rotated boxes
`yolo predict save_txt=True` writes (same points, same order).

* segment (SegmentationPredictor): non_max_suppression(nc=classes) -> process_mask on the
  letterboxed batch (upsampled, not retina) -> scale_boxes -> drop detections whose mask is empty
  -> Masks.xyn (masks2segments: the external contours, merged; scale_coords, normalized) ->
  Results.save_txt's rule: a contour of fewer than 3 points is no line.
* obb (OBBPredictor): non_max_suppression(rotated=True) -> scale_boxes(xywh=True) of the centre
  and size -> OBB.xyxyxyxyn (the 4 corners, normalized, not clipped). `--precision fast` runs the
  same NMS with probiou only for the pairs near enough to pass (app.core.autolabel.engine.rotated_nms:
  the same rows, without Ultralytics' N x N matrix and its 2-second time limit).

Each image gives (cls, xywhn, conf, Labels): xywhn is the box around each polygon / rotated box
(what the index stores with its confidence), Labels what its label file holds.
"""

from __future__ import annotations

import numpy as np

from app.core.io.shapes import Labels

TASKS = ("segment", "obb")


def split_outputs(preds):
    """(detections, protos or None) of a raw model output: a .pt gives ((det, protos), ...) or
    [(det, ...), protos]; an export [det, protos] (protos: the 4-D one)."""
    import torch

    if isinstance(preds, torch.Tensor):
        return preds, None
    first = preds[0]
    if isinstance(first, (list, tuple)):  # torch: (y, (feats..., mc, protos)) as the predictor unpacks it
        return first[0], first[1] if isinstance(first[1], torch.Tensor) else preds[1]
    rest = [p for p in preds[1:] if isinstance(p, torch.Tensor) and p.ndim == 4]
    if first.ndim == 4 and rest == [] and len(preds) > 1:
        return preds[1], first
    return first, (rest[0] if rest else None)


def postprocess_shapes(task: str, preds, items, shape, opt, backend, class_map):
    """Yield (item, cls, xywhn, conf, Labels) for the images `items` of one batch (NHWC `shape`)."""
    import torch
    from ultralytics.utils import nms, ops

    det, protos = split_outputs(preds)
    det = det[: len(items)]
    nc = len(backend.names)
    fast = opt.precision != "exact"
    with torch.inference_mode():
        if task == "obb" and fast and not backend.end2end:  # the same rows without the N x N probiou
            from app.core.autolabel.engine.rotated_nms import non_max_suppression_rotated

            dets = non_max_suppression_rotated(det, opt.conf, opt.iou, opt.classes, opt.max_det, nc)
        else:
            # non_max_suppression uses torchvision's NMS once it is imported, as in yolo predict (its
            # warmup imports it); the order of ties follows it (the rotated NMS needs none: seconds saved)
            import torchvision  # noqa: F401

            dets = nms.non_max_suppression(
                det,
                opt.conf,
                opt.iou,
                opt.classes,
                False,
                max_det=opt.max_det,
                nc=nc,
                end2end=backend.end2end,
                rotated=task == "obb",
            )
        for k, (it, d) in enumerate(zip(items, dets)):
            h, w = it.orig_shape
            if task == "segment":
                cls, conf, labels = _segment(d, protos[k], shape[1:3], (h, w), ops, windows=fast)
            else:
                cls, conf, labels = _obb(d, shape[1:3], (h, w), ops)
            if class_map is not None:
                keep = [i for i, c in enumerate(cls.tolist()) if c in class_map]
                labels = labels.subset(keep)
                cls = np.array([class_map[c] for c in cls[keep].tolist()], np.int64)
                conf = conf[keep]
                labels = Labels(cls, labels.kinds, labels.coords, conf)
            yield it, cls, labels.xywhn(), conf, labels


def _segment(pred, proto, img_shape, orig_shape, ops, windows: bool = False):
    import torch
    from ultralytics.engine.results import Masks

    if pred.shape[0] == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64), Labels.empty()
    pred = pred.clone()
    got = _segments_in_windows(proto, pred[:, 6:], pred[:, :4], img_shape, orig_shape, ops) if windows else None
    if got is not None:
        keep, segments = got
        pred = pred[torch.from_numpy(keep)]
    else:
        masks = ops.process_mask(proto, pred[:, 6:], pred[:, :4], img_shape, upsample=True)  # NHW
        keep = masks.amax((-2, -1)) > 0  # only predictions with a mask (SegmentationPredictor.construct_result)
        if not keep.all():
            pred, masks = pred[keep], masks[keep]
        segments = Masks(masks, orig_shape).xyn
    cls_all = pred[:, 5].to(torch.int64).numpy()
    conf_all = pred[:, 4].double().numpy()
    rows = [j for j, s in enumerate(segments) if len(s) >= 3]  # Results.save_txt: fewer than 3 points is no line
    polys = [np.asarray(segments[j], np.float64).reshape(-1, 2) for j in rows]
    return cls_all[rows], conf_all[rows], Labels.from_polygons(cls_all[rows], polys, conf_all[rows])


def _segments_in_windows(proto, coef, boxes, img_shape, orig_shape, ops):
    """process_mask(upsample=True) + Masks.xyn computed only inside each box (plus a margin): the
    masks are zero outside their boxes anyway, and the network's protos are exactly a quarter of
    the input, so bilinear upsampling of a window of the protos gives the same weights as the
    whole (multiples of 1/8, exact in float32) and findContours on a window with a zero margin
    (or the image's own edge) the same contour, offset. Dozens of times less work where there
    are many objects. (keep (N,) bool, segments of the kept) or None where the shapes are not
    4x (then the full computation runs). `--precision fast` uses it: its check compares it with
    float32 as every fast path is compared; tests/core/labels/test_shape_post.py compares it
    with Ultralytics' own."""
    import cv2
    import torch
    import torch.nn.functional as F
    from ultralytics.data.converter import merge_multi_segment

    c, mh, mw = proto.shape
    h, w = int(img_shape[0]), int(img_shape[1])
    if h != 4 * mh or w != 4 * mw:
        return None
    lo = (coef @ proto.float().view(c, -1)).view(-1, mh, mw)  # as process_mask: one matrix product
    # the pixels crop_mask keeps: x1 <= col < x2, y1 <= row < y2, compared in the boxes' dtype as there
    cols = torch.arange(w, dtype=boxes.dtype)[None]
    rows = torch.arange(h, dtype=boxes.dtype)[None]
    in_c = (cols >= boxes[:, 0:1]) & (cols < boxes[:, 2:3])  # N x w
    in_r = (rows >= boxes[:, 1:2]) & (rows < boxes[:, 3:4])  # N x h
    spans = torch.stack(
        [
            in_c.any(1) & in_r.any(1),
            in_c.byte().argmax(1),
            w - 1 - in_c.flip(1).byte().argmax(1),
            in_r.byte().argmax(1),
            h - 1 - in_r.flip(1).byte().argmax(1),
        ],
        1,
    ).tolist()
    keep = np.zeros(len(boxes), bool)
    segments = []
    for i, (any_px, ca, cb, ya, yb) in enumerate(spans):
        if not any_px:
            continue
        i0, i1 = max(0, ya // 4 - 2), min(mh, yb // 4 + 3)
        j0, j1 = max(0, ca // 4 - 2), min(mw, cb // 4 + 3)
        up = F.interpolate(lo[i][None, None, i0:i1, j0:j1], (4 * (i1 - i0), 4 * (j1 - j0)), mode="bilinear")[0, 0]
        win = (up[ya - 4 * i0 : yb - 4 * i0 + 1, ca - 4 * j0 : cb - 4 * j0 + 1] > 0.0).numpy()
        if not win.any():
            continue
        keep[i] = True
        # zero around the window unless it is the image's own edge (findContours ignores the edge pixels)
        t, left = int(ya > 0), int(ca > 0)
        buf = np.zeros((win.shape[0] + t + int(yb < h - 1), win.shape[1] + left + int(cb < w - 1)), np.uint8)
        buf[t : t + win.shape[0], left : left + win.shape[1]] = win
        cs = cv2.findContours(buf, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE, offset=(ca - left, ya - t))[0]
        if cs:
            seg = (
                np.concatenate(merge_multi_segment([x.reshape(-1, 2) for x in cs]))
                if len(cs) > 1
                else cs[0].reshape(-1, 2)
            )
        else:
            seg = np.zeros((0, 2))
        segments.append(ops.scale_coords((h, w), seg.astype("float32"), orig_shape, normalize=True))  # as Masks.xyn
    return keep, segments


def _obb(pred, img_shape, orig_shape, ops):
    import torch
    from ultralytics.engine.results import OBB

    if pred.shape[0] == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64), Labels.empty()
    rboxes = torch.cat([pred[:, :4], pred[:, -1:]], dim=-1)
    rboxes[:, :4] = ops.scale_boxes(img_shape, rboxes[:, :4], orig_shape, xywh=True)
    obb = OBB(torch.cat([rboxes, pred[:, 4:6]], dim=-1), orig_shape)
    corners = obb.xyxyxyxyn.double().numpy().reshape(-1, 4, 2)
    cls = obb.cls.to(torch.int64).numpy()
    conf = obb.conf.double().numpy()
    return cls, conf, Labels.from_obb(cls, corners, conf)
