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

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from app.core.io.shapes import Labels

if TYPE_CHECKING:
    from app.core.autolabel.backends.base import Backend
    from app.core.autolabel.engine.stages import Item
    from app.core.autolabel.options import AutolabelOptions

# one image's (class ids, confidences, shapes, boxes xywhn around them)
ShapeResult = tuple[npt.NDArray[Any], npt.NDArray[Any], Labels, npt.NDArray[Any]]

TASKS = ("segment", "obb")


def split_outputs(preds: Any) -> tuple[Any, Any]:
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


def postprocess_shapes(
    task: str,
    preds: Any,
    items: list[Item],
    shape: tuple[int, int, int, int],
    opt: AutolabelOptions,
    backend: Backend,
    class_map: dict[int, int] | None,
) -> Iterator[tuple[Item, npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any], Labels]]:
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
                cls, conf, labels, xywhn = _segment(d, protos[k], shape[1:3], (h, w), ops, windows=fast)
            else:
                cls, conf, labels, xywhn = _obb(d, shape[1:3], (h, w), ops)
            if class_map is not None:
                keep = [i for i, c in enumerate(cls.tolist()) if c in class_map]
                labels = labels.subset(keep)
                cls = np.array([class_map[c] for c in cls[keep].tolist()], np.int64)
                conf, xywhn = conf[keep], xywhn[keep]
                labels = Labels(cls, labels.kinds, labels.coords, conf)
            yield it, cls, xywhn, conf, labels


def _segment(
    pred: Any, proto: Any, img_shape: tuple[int, int], orig_shape: tuple[int, int], ops: Any, windows: bool = False
) -> ShapeResult:
    import torch
    from ultralytics.engine.results import Masks

    if pred.shape[0] == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64), Labels.empty(), np.zeros((0, 4))
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
    labels = Labels.from_polygons(cls_all[rows], polys, conf_all[rows])
    return cls_all[rows], conf_all[rows], labels, _boxes_around(polys)


def _boxes_around(points: list[np.ndarray]) -> np.ndarray:
    """(N, 4) Labels.xywhn() of N polygons ((K, 2) float64 each), the same numbers, in a few array operations."""
    if not points:
        return np.zeros((0, 4))
    starts = np.cumsum([0] + [len(p) for p in points[:-1]])
    allp = np.concatenate(points)
    lo, hi = np.minimum.reduceat(allp, starts, axis=0), np.maximum.reduceat(allp, starts, axis=0)
    return np.concatenate([(lo + hi) / 2, hi - lo], 1)


def _segments_in_windows(
    proto: Any, coef: Any, boxes: Any, img_shape: tuple[int, int], orig_shape: tuple[int, int], ops: Any
) -> tuple[npt.NDArray[np.bool_], list[npt.NDArray[Any]]] | None:
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
    ).numpy()
    keep = np.zeros(len(boxes), bool)
    found: list[tuple[int, np.ndarray]] = []
    for idx, i0, j0, hh, ww in _window_groups(spans, mh, mw):
        # one gather and one interpolate for the windows of one size (each grown to it inside the protos:
        # a window larger than its box's plus 2 protos changes nothing inside the box)
        ri = torch.from_numpy(i0[:, None] + np.arange(hh))
        rj = torch.from_numpy(j0[:, None] + np.arange(ww))
        win = lo[torch.from_numpy(idx)[:, None, None], ri[:, :, None], rj[:, None, :]]
        up = (F.interpolate(win[:, None], (4 * hh, 4 * ww), mode="bilinear")[:, 0] > 0.0).numpy()
        for k, i in enumerate(idx.tolist()):
            _any, ca, cb, ya, yb = spans[i].tolist()
            y0, x0 = 4 * int(i0[k]), 4 * int(j0[k])
            win = up[k, ya - y0 : yb - y0 + 1, ca - x0 : cb - x0 + 1]
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
            found.append((i, seg.astype("float32")))
    found.sort(key=lambda t: t[0])
    # Masks.xyn's scale_coords, on all the points at once (elementwise: the same numbers as one by one)
    pts = np.concatenate([seg for _i, seg in found]) if found else np.zeros((0, 2), np.float32)
    pts = ops.scale_coords((h, w), pts, orig_shape, normalize=True)
    segments = np.split(pts, np.cumsum([len(seg) for _i, seg in found])[:-1]) if found else []
    return keep, segments


WINDOW_STEP = 8  # protos: window sizes rounded up to this, so that few sizes (interpolate calls) remain
WINDOW_CHUNK = 1 << 22  # upsampled pixels per interpolate call (16 MB of float32)


def _window_groups(
    spans: np.ndarray, mh: int, mw: int
) -> Iterator[tuple[npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any], int, int]]:
    """Yield (mask indices, window rows i0, window cols j0, height, width) in protos, for the masks
    with pixels in their box (spans: N x (any, ca, cb, ya, yb) in input pixels): each window holds
    its box plus 2 protos (or the edge), grown to a multiple of WINDOW_STEP within the protos."""
    idx = np.flatnonzero(spans[:, 0])
    if not len(idx):
        return
    ca, cb, ya, yb = (spans[idx, k].astype(np.int64) for k in (1, 2, 3, 4))
    i0, i1 = np.maximum(0, ya // 4 - 2), np.minimum(mh, yb // 4 + 3)
    j0, j1 = np.maximum(0, ca // 4 - 2), np.minimum(mw, cb // 4 + 3)
    hh = np.minimum(mh, -(-(i1 - i0) // WINDOW_STEP) * WINDOW_STEP)
    ww = np.minimum(mw, -(-(j1 - j0) // WINDOW_STEP) * WINDOW_STEP)
    i0, j0 = np.minimum(i0, mh - hh), np.minimum(j0, mw - ww)  # grown down/right, or up/left at the edge
    for size in np.unique(np.stack([hh, ww], 1), axis=0):
        sel = np.flatnonzero((hh == size[0]) & (ww == size[1]))
        per = max(1, WINDOW_CHUNK // (16 * int(size[0]) * int(size[1])))
        for a in range(0, len(sel), per):
            s = sel[a : a + per]
            yield idx[s], i0[s], j0[s], int(size[0]), int(size[1])


def _obb(pred: Any, img_shape: tuple[int, int], orig_shape: tuple[int, int], ops: Any) -> ShapeResult:
    import torch
    from ultralytics.engine.results import OBB

    if pred.shape[0] == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64), Labels.empty(), np.zeros((0, 4))
    rboxes = torch.cat([pred[:, :4], pred[:, -1:]], dim=-1)
    rboxes[:, :4] = ops.scale_boxes(img_shape, rboxes[:, :4], orig_shape, xywh=True)
    obb: Any = OBB(torch.cat([rboxes, pred[:, 4:6]], dim=-1), orig_shape)  # its properties: Tensor | ndarray
    corners = obb.xyxyxyxyn.double().numpy().reshape(-1, 4, 2)
    cls = obb.cls.to(torch.int64).numpy()
    conf = obb.conf.double().numpy()
    lo, hi = corners.min(1), corners.max(1)
    return cls, conf, Labels.from_obb(cls, corners, conf), np.concatenate([(lo + hi) / 2, hi - lo], 1)
