"""Evaluate speaks one language (issue 24): the matrix, the error lists and the per-class counts of
the analysis follow one rule, on seeded random cases in both modes."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.metrics.analysis import FN_CLASS, FN_MISSED, KIND_NAMES, Analysis
from app.core.metrics.evaluate import from_arrays
from tests.support.metrics_cases import make_case, to_evaldata


@pytest.mark.parametrize("mode", ["coco", "ultralytics"])
def test_matrix_errors_and_counts_agree(mode):
    for seed in range(12):
        data = to_evaldata(make_case(seed))
        a = Analysis(data, mode)
        nc = data.nc
        for conf in (0.0, 0.25, 0.6):
            m, c = a.matrix(conf), a.counts(conf)
            keep = a.above(conf)
            # the diagonal is the TP of the counts (the metrics' matching); rows the predictions kept,
            # columns every label
            assert np.array_equal(np.diag(m)[:nc], c["tp"])
            assert np.array_equal(m[:nc].sum(1), np.bincount(data.dt_cls[keep], minlength=nc))
            assert np.array_equal(m[:, :nc].sum(0), np.bincount(data.gt_cls, minlength=nc))
            assert np.array_equal(m[:nc].sum(1) - np.diag(m)[:nc], c["fp"])
            assert np.array_equal(m[:, :nc].sum(0) - np.diag(m)[:nc], c["fn"])
            fp, fn = a.fp_items(conf), a.fn_items(conf)
            assert len(fp) == c["fp"].sum() and len(fn) == c["fn"].sum()
            for i in range(nc + 1):
                for j in range(nc + 1):
                    if (i, j) == (nc, nc):
                        continue
                    cell = a.matrix_items(conf, i, j)
                    assert len(cell) == m[i, j], (seed, conf, i, j)
                    if i == j:
                        assert all(it.kind == "TP" and it.gt_cls == it.dt_cls == i for it in cell)
                    elif i < nc and j < nc:  # the same pairs in the FP list and the FN list
                        key = {(it.image, it.gt, it.det) for it in cell}
                        assert key == {
                            (it.image, it.gt, it.det)
                            for it in fp
                            if it.kind == KIND_NAMES[1] and (it.dt_cls, it.gt_cls) == (i, j)
                        }
                        assert key == {
                            (it.image, it.gt, it.det)
                            for it in fn
                            if it.kind == FN_CLASS and (it.dt_cls, it.gt_cls) == (i, j)
                        }
                    elif i < nc:
                        want = [it for it in fp if it.dt_cls == i and it.kind in (KIND_NAMES[2], KIND_NAMES[3])]
                        assert sorted((it.image, it.det) for it in cell) == sorted((it.image, it.det) for it in want)
                    else:
                        want = [it for it in fn if it.gt_cls == j and it.kind == FN_MISSED]
                        assert sorted((it.image, it.gt) for it in cell) == sorted((it.image, it.gt) for it in want)


def test_circle_on_a_found_square_is_a_duplicate_not_a_wrong_class():
    """Two predictions on one square (square 0.58, circle 0.48) and a ring predicted twice beside a
    square nobody found: the list and the matrix say the same thing."""
    names = ["circle", "square", "ring"]
    gts = [
        (np.array([1]), np.array([[0.5, 0.5, 0.4, 0.4]])),
        (np.array([2, 1]), np.array([[0.3, 0.5, 0.2, 0.2], [0.31, 0.5, 0.2, 0.2]])),
    ]
    dts = [
        (np.array([1, 0]), np.array([[0.5, 0.5, 0.4, 0.4], [0.5, 0.5, 0.38, 0.4]]), np.array([0.58, 0.48])),
        (np.array([2, 2]), np.array([[0.3, 0.5, 0.2, 0.2], [0.31, 0.5, 0.2, 0.2]]), np.array([0.9, 0.7])),
    ]
    data = from_arrays(["a", "b"], names, gts, dts, np.array([[100.0, 100.0]] * 2))
    a = Analysis(data, "coco")
    m = a.matrix(0.25)
    # circle on the found square: background column; the 2nd ring took the square left over: ring->square
    assert m.tolist() == [[0, 0, 0, 1], [0, 1, 0, 0], [0, 1, 1, 0], [0, 0, 0, 0]]
    kinds = {(it.image, it.kind, it.dt_cls, it.gt_cls) for it in a.fp_items(0.25)}
    assert kinds == {(0, "FP duplicate", 0, -1), (1, "FP wrong class", 2, 1)}
    assert [(it.kind, it.gt, it.det) for it in a.fn_items(0.25)] == [(FN_CLASS, 1, 1)]
    s = a.summary(0.25)
    assert (s["tp"], s["fp"], s["fn"], s["fp_class"], s["fp_duplicate"], s["fn_class"], s["fn_missed"]) == (
        2,
        2,
        1,
        1,
        1,
        1,
        0,
    )
