"""The audit's matching and scoring on hand-made boxes: each kind, its line, clean labels quiet."""

from __future__ import annotations

import numpy as np

from app.core.audit.findings import KINDS
from app.core.audit.score import calibrate, find, iou_xywh
from app.core.audit.zoom import OBJECT_SIDE, crop_region

A = [0.30, 0.30, 0.20, 0.20]
B = [0.70, 0.70, 0.16, 0.20]


def _find(labels, preds):
    lc = [c for c, _ in labels]
    lb = [b for _, b in labels]
    pc = [c for c, _, _ in preds]
    pb = [b for _, b, _ in preds]
    pf = [f for _, _, f in preds]
    return find(lc, np.array(lb).reshape(-1, 4), np.arange(1, len(lc) + 1), pc, np.array(pb).reshape(-1, 4), pf)


def test_iou_xywh():
    assert np.allclose(iou_xywh([A], [A]), 1.0)
    assert iou_xywh([A], [B])[0, 0] == 0.0
    half = [0.40, 0.30, 0.20, 0.20]  # shifted by half its width: overlap 1/3 of the union
    assert np.isclose(iou_xywh([A], [half])[0, 0], 1 / 3)


def test_clean_labels_confirmed_by_the_model_have_no_findings():
    got = _find([(0, A), (1, B)], [(0, A, 0.92), (1, B, 0.88), (3, A, 0.07)])
    assert got == []


def test_swap():
    got = _find([(0, A), (1, B)], [(2, A, 0.9), (1, B, 0.9)])
    assert [(f.kind, f.line, f.cls, f.pred_cls) for f in got] == [("swap", 1, 0, 2)]
    assert np.isclose(got[0].raw, 0.9) and np.isclose(got[0].conf, 0.9) and got[0].iou == 1.0


def test_swap_weighed_by_the_support_the_label_still_has():
    strong = _find([(0, A)], [(2, A, 0.9)])[0]
    weak = _find([(0, A)], [(2, A, 0.9), (0, A, 0.6)])[0]
    assert strong.raw > 0.85 and weak.raw < 0.4 and strong.score > weak.score


def test_badloc_full_at_iou_under_0_6_and_none_for_a_good_box():
    moved = [0.36, 0.33, 0.22, 0.18]
    u = iou_xywh([moved], [A])[0, 0]
    assert 0.3 < u < 0.6
    got = _find([(0, moved)], [(0, A, 0.85)])
    assert [(f.kind, f.line) for f in got] == [("badloc", 1)]
    assert np.isclose(got[0].raw, 0.85) and np.isclose(got[0].iou, u)
    nudged = [0.305, 0.30, 0.20, 0.20]  # IoU 0.95: placed well
    assert _find([(0, nudged)], [(0, A, 0.85)]) == []


def test_spurious_label_on_nothing():
    got = _find([(0, A), (1, B)], [(0, A, 0.9)])
    assert [(f.kind, f.line) for f in got] == [("spurious", 2)]
    assert got[0].raw == 1.0 and got[0].score > 0.8 and got[0].pred_box is None
    faint = _find([(0, A), (1, B)], [(0, A, 0.9), (1, B, 0.2)])  # the model half sees it
    assert faint == [] or faint[0].raw < 0.2


def test_overlooked_one_finding_per_object():
    got = _find([(0, A)], [(0, A, 0.9), (3, B, 0.8), (1, B, 0.3)])
    assert [(f.kind, f.line, f.pred_cls) for f in got] == [("overlooked", None, 3)]
    assert np.isclose(got[0].raw, 0.8) and got[0].box is None


def test_duplicate_names_the_twin_and_nothing_else():
    twin = [0.305, 0.305, 0.2, 0.2]
    got = _find([(0, A), (1, B), (0, twin)], [(0, A, 0.9), (1, B, 0.9)])
    assert [(f.kind, f.line, f.other_line) for f in got] == [("duplicate", 3, 1)]
    assert got[0].score > 0.9
    two_objects = _find([(0, A), (0, twin)], [(0, A, 0.9), (0, twin, 0.8)])  # the model sees two
    assert two_objects == [] or two_objects[0].raw < 0.25


def test_scores_in_range_and_sorted_worst_first():
    rng = np.random.default_rng(0)
    for _ in range(50):
        n, m = rng.integers(0, 6, 2)
        lb = np.c_[rng.uniform(0.2, 0.8, (n, 2)), rng.uniform(0.05, 0.3, (n, 2))]
        pb = np.c_[rng.uniform(0.2, 0.8, (m, 2)), rng.uniform(0.05, 0.3, (m, 2))]
        got = find(rng.integers(0, 3, n), lb, np.arange(1, n + 1), rng.integers(0, 3, m), pb, rng.uniform(0.05, 1, m))
        assert all(0.0 <= f.score <= 1.0 for f in got)
        assert [f.score for f in got] == sorted((f.score for f in got), reverse=True)
        assert len({f.line for f in got if f.line is not None}) == sum(f.line is not None for f in got)


def test_calibration_monotone_in_range_and_strong_evidence_scores_high():
    raws = np.linspace(0, 1, 101)
    for kind in KINDS:
        got = [calibrate(kind, r) for r in raws]
        assert all(0.0 <= g <= 1.0 for g in got)
        assert all(b >= a for a, b in zip(got, got[1:])), kind
        assert calibrate(kind, 1.0) > 0.8 and calibrate(kind, 0.1) < 0.3, kind


def test_crop_region_square_inside_the_image_for_small_boxes_else_the_whole_image():
    assert crop_region([0.05, 0.95, 0.05, 0.05], 640, 480) == (0, 480 - 64, 64, 64)  # at least 64 px, clamped
    x0, y0, cw, ch = crop_region([0.2, 0.5, 0.15, 0.1], 640, 480)  # a 96 x 48 px box
    assert cw == ch == round(OBJECT_SIDE * 96)
    assert x0 <= 0.2 * 640 - 48 and x0 + cw >= 0.2 * 640 + 48 and y0 <= 240 - 24 and y0 + ch >= 240 + 24
    assert crop_region([0.5, 0.5, 0.6, 0.6], 640, 480) == (0, 0, 640, 480)  # about the whole image: all of it
