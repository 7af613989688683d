"""The audit's findings on polygons and rotated boxes (issue 25, item 8): score.find with mask IoU
(segment) or probiou (obb) in place of box IoU, the same one-to-one rule. Labels equal to a tiny
model's own exact predictions give no finding above 0.2; a polygon / rotated box moved, a class
swapped and one deleted are found on generated shape images."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.core.audit.shapes import find_shapes, shape_iou_square
from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.io.shapes import Labels
from app.core.metrics.shapes_iou import mask_iou, polygon_mask
from app.core.metrics.shapes_load import read_shape_file
from tests.support.autolabel_data import shared_cache_dir
from tests.support.shape_models import shape_model

LABEL_CONF = 0.25  # what the model would label itself (the auto-label default)


def test_shape_iou_is_the_masks_and_the_rotated_boxes():
    sq = [0.1, 0.1, 0.5, 0.1, 0.5, 0.5, 0.1, 0.5]
    half = [0.3, 0.1, 0.7, 0.1, 0.7, 0.5, 0.3, 0.5]
    got = shape_iou_square("segment", [np.array(sq), np.array(half)], 100, 80)
    px = lambda c: (np.array(c).reshape(-1, 2) * [100, 80]).ravel()  # noqa: E731
    assert got[0, 1] == got[1, 0] == mask_iou(polygon_mask(px(sq), 80, 100), polygon_mask(px(half), 80, 100))
    assert abs(got[0, 1] - 1 / 3) < 0.03 and got[0, 0] == 1.0
    ob = shape_iou_square("obb", [np.array(sq), np.array(sq), np.array(half)], 100, 80)
    assert ob[0, 1] > 0.999 and 0.2 < ob[0, 2] < 0.6 and np.allclose(ob, ob.T)
    # a polygon beside another (disjoint boxes would say 0 too; overlapping boxes, disjoint shapes)
    tri_a = np.array([0.1, 0.1, 0.6, 0.1, 0.1, 0.6])
    tri_b = np.array([0.6, 0.15, 0.6, 0.6, 0.15, 0.6])
    assert shape_iou_square("segment", [tri_a, tri_b], 100, 100)[0, 1] == 0.0


@pytest.fixture(scope="module", params=["segment", "obb"])
def predicted(request, tmp_path_factory):
    """(task, nc, [(image, predictions as Labels with conf, w, h)]) of the tiny model on its
    training images, down to the audit's confidence 0.05, exact precision."""
    task = request.param
    model = shape_model(task)
    data = model.parent / f"data-{task}"
    conf: dict[str, np.ndarray] = {}

    def on_result(path, _cls, _xywhn, c):
        conf[str(Path(path).resolve())] = np.asarray(c, np.float64)

    rows = []
    with tempfile.TemporaryDirectory() as out, pytest.MonkeyPatch.context() as mp:
        mp.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))  # the run's export, made once
        opt = AutolabelOptions(out=out, conf=0.05, precision="exact", force=True, overwrite_reviewed=True)
        autolabel(data / "data.yaml", model, opt, on_result=on_result)
        for p in sorted(conf):
            d = read_shape_file((Path(out) / os.path.relpath(p, data)).with_suffix(".txt"), None, task, True)
            h, w = cv2.imread(p).shape[:2]
            rows.append((p, Labels(d.cls, d.kinds, d.coords, conf[p]), w, h))
    return task, (4 if task == "segment" else 2), rows


def _labels(d: Labels, keep) -> Labels:
    s = d.subset(keep)
    return Labels(s.cls, s.kinds, s.coords)  # a label file: no confidences


@pytest.mark.slow  # the tiny models (cached) predict their training images
def test_model_s_own_shapes_give_no_finding_above_02(predicted):
    task, _nc, rows = predicted
    worst, n = 0.0, 0
    for _p, d, w, h in rows:
        lab = _labels(d, np.flatnonzero(d.conf >= LABEL_CONF))
        found = find_shapes(task, lab, np.arange(1, len(lab) + 1), d, w, h)
        worst = max([worst, *(f.score for f in found)])
        n += len(lab)
    print(f"\n{task}: {len(rows)} images, {n} labels, worst finding {worst:.3f}")
    assert n >= 20 and worst <= 0.2


@pytest.mark.slow
def test_moved_swapped_and_deleted_shapes_are_found(predicted):
    """Labels: the model's shapes above 0.25, one per object (a shape touching a more confident one,
    IoU >= 0.1, left out: the tiny -obb model draws several boxes on one object; they stay among
    the predictions). On each image its most confident label (at least 0.4) is moved by half its
    width, given another class, or deleted; the finding must name that line (the deleted one: an
    overlooked shape where it was) with a score of at least 0.25."""
    task, nc, rows = predicted
    hits = {"move": 0, "swap": 0, "delete": 0}
    tried = 0
    for _p, d, w, h in rows:
        sq = shape_iou_square(task, list(d.coords), w, h)
        keep: list[int] = []
        for k in np.argsort(-d.conf, kind="stable").tolist():
            if d.conf[k] >= LABEL_CONF and all(sq[k, t] < 0.1 for t in keep):
                keep.append(k)
        keep.sort()
        lab = _labels(d, keep)
        if not len(lab) or d.conf[keep].max() < 0.4:
            continue
        i = int(np.argmax(d.conf[keep]))
        before = find_shapes(task, lab, np.arange(1, len(lab) + 1), d, w, h)
        if any(f.line == i + 1 or f.kind == "overlooked" for f in before):
            continue  # the label (or its place) is already in question: nothing to tell apart
        tried += 1
        lines = np.arange(1, len(lab) + 1)
        coords = list(lab.coords)
        xy = coords[i].reshape(-1, 2).copy()
        xy[:, 0] += 0.5 * lab.xywhn()[i, 2]
        coords[i] = xy.reshape(-1)
        moved = find_shapes(task, Labels(lab.cls, lab.kinds, tuple(coords)), lines, d, w, h)
        hits["move"] += any(f.line == i + 1 and f.kind in ("badloc", "duplicate") and f.score >= 0.25 for f in moved)
        cls = lab.cls.copy()
        cls[i] = (cls[i] + 1) % nc
        swapped = find_shapes(task, Labels(cls, lab.kinds, lab.coords), lines, d, w, h)
        hits["swap"] += any(f.line == i + 1 and f.kind == "swap" and f.score >= 0.25 for f in swapped)
        rest = [k for k in range(len(lab)) if k != i]
        gone = find_shapes(task, _labels(lab, rest), np.arange(1, len(rest) + 1), d, w, h)
        at = lab.xywhn()[i]
        hits["delete"] += any(
            f.kind == "overlooked" and f.score >= 0.25 and np.abs(np.array(f.pred_box[:2]) - at[:2]).max() < 0.05
            for f in gone
        )
    print(f"\n{task}: {tried} injections of each kind, found {hits}")
    assert tried >= 6
    assert hits["move"] >= tried - 1 and hits["swap"] >= tried - 1 and hits["delete"] >= tried - 1
