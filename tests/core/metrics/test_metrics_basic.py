"""The report's worked examples (slides 'Confusion Matrix' .. 'F1 Score'), as behaviour."""

from __future__ import annotations

import math

import pytest

from app.core.metrics.basic import BinaryCounts, accuracy, detection_accuracy, f1_score, precision, recall

ACTUAL = "T F T F F F F T T".split()
MODEL = "T F T T F T F F T".split()


def test_nine_sample_confusion_matrix():
    c = BinaryCounts.from_labels([a == "T" for a in ACTUAL], [m == "T" for m in MODEL])
    assert (c.tp, c.tn, c.fp, c.fn) == (3, 3, 2, 1)
    assert c.matrix().tolist() == [[3, 2], [1, 3]]  # [[TN, FP], [FN, TP]] as drawn in the report
    assert round(c.accuracy, 4) == 0.6667
    assert c.precision == pytest.approx(0.6)
    # the slide prints 0.25: a typo, TP / (TP + FN) = 3 / 4
    assert c.recall == pytest.approx(0.75) and c.recall != pytest.approx(0.25)
    assert c.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_accuracy_on_imbalanced_data():
    acc = accuracy(tp=1_000_000, tn=1, fp=0, fn=2)
    assert math.floor(acc * 1e4) / 1e4 == 0.9999
    assert recall(1, 0) == 1.0 and precision(0, 0) == 0.0  # zero denominators give 0, never a crash


@pytest.mark.parametrize("p, r, f1", [(1, 0.1, 0.1818), (0.1, 0.1, 0.1), (1, 1, 1.0), (0, 0, 0.0)])
def test_f1_examples(p, r, f1):
    assert round(f1_score(p, r), 4) == f1


def test_detection_accuracy_has_no_true_negatives():
    assert detection_accuracy(tp=3, fp=2, fn=1) == pytest.approx(0.5)
    with pytest.raises(ValueError):
        BinaryCounts.from_labels([True, False], [True])
