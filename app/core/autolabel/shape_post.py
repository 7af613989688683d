"""Post-processing of -seg and -obb models for the auto-label engine: Ultralytics' own steps, in
the order `yolo predict` runs them, so `--precision exact` writes the polygons and rotated boxes
`yolo predict save_txt=True` writes (same points, same order).

* segment (SegmentationPredictor): non_max_suppression(nc=classes) -> process_mask on the
  letterboxed batch (upsampled, not retina) -> scale_boxes -> drop detections whose mask is empty
  -> Masks.xyn (masks2segments: the external contours, merged; scale_coords, normalized) ->
  Results.save_txt's rule: a contour of fewer than 3 points is no line.
* obb (OBBPredictor): non_max_suppression(rotated=True) -> scale_boxes(xywh=True) of the centre
  and size -> OBB.xyxyxyxyn (the 4 corners, normalized, not clipped).

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
    import torchvision  # noqa: F401 - non_max_suppression uses torchvision's NMS once it is imported, as in
    from ultralytics.utils import nms, ops  # yolo predict (its warmup imports it); the order of ties follows it
    det, protos = split_outputs(preds)
    det = det[: len(items)]
    nc = len(backend.names)
    with torch.inference_mode():
        dets = nms.non_max_suppression(det, opt.conf, opt.iou, opt.classes, False, max_det=opt.max_det, nc=nc,
                                       end2end=backend.end2end, rotated=task == "obb")
        for k, (it, d) in enumerate(zip(items, dets)):
            h, w = it.orig_shape
            if task == "segment":
                cls, conf, labels = _segment(d, protos[k], shape[1:3], (h, w), ops)
            else:
                cls, conf, labels = _obb(d, shape[1:3], (h, w), ops)
            if class_map is not None:
                keep = [i for i, c in enumerate(cls.tolist()) if c in class_map]
                labels = labels.subset(keep)
                cls = np.array([class_map[c] for c in cls[keep].tolist()], np.int64)
                conf = conf[keep]
                labels = Labels(cls, labels.kinds, labels.coords, conf)
            yield it, cls, labels.xywhn(), conf, labels


def _segment(pred, proto, img_shape, orig_shape, ops):
    import torch
    from ultralytics.engine.results import Masks
    if pred.shape[0] == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64), Labels.empty()
    pred = pred.clone()
    masks = ops.process_mask(proto, pred[:, 6:], pred[:, :4], img_shape, upsample=True)  # NHW
    keep = masks.amax((-2, -1)) > 0   # only predictions with a mask (SegmentationPredictor.construct_result)
    if not keep.all():
        pred, masks = pred[keep], masks[keep]
    segments = Masks(masks, orig_shape).xyn
    cls_all = pred[:, 5].to(torch.int64).numpy()
    conf_all = pred[:, 4].double().numpy()
    rows = [j for j, s in enumerate(segments) if len(s) >= 3]   # Results.save_txt: fewer than 3 points is no line
    polys = [np.asarray(segments[j], np.float64).reshape(-1, 2) for j in rows]
    return cls_all[rows], conf_all[rows], Labels.from_polygons(cls_all[rows], polys, conf_all[rows])


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
