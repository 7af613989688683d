"""Classification metrics from counts, as the report defines them (the worked examples use these).

    Accuracy  = (TP + TN) / (TP + FP + FN + TN)
    Precision = TP / (TP + FP)          of what the model called positive, how much was right
    Recall    = TP / (TP + FN)          of what is really positive, how much the model found
    F1        = 2 * P * R / (P + R)     harmonic mean: high only when both are high

A ratio with a zero denominator is 0.0 (nothing predicted / nothing to find), never a crash.
Detection has no true negatives (the background is not a countable object), so the detection
"accuracy" shown next to P/R/F1 is TP / (TP + FP + FN).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.core.messages import Message

IMBALANCE_NOTE = Message(
    "Accuracy hides imbalance: with TP = 1,000,000, FN = 2, TN = 1, FP = 0 it is 0.9999 although "
    "the model found only 1 of 3 negatives. Read precision and recall per class."
)


def _ratio(num: float, den: float) -> float:
    return float(num) / float(den) if den else 0.0


def accuracy(tp: float, tn: float, fp: float, fn: float) -> float:
    return _ratio(tp + tn, tp + tn + fp + fn)


def precision(tp: float, fp: float) -> float:
    return _ratio(tp, tp + fp)


def recall(tp: float, fn: float) -> float:
    return _ratio(tp, tp + fn)


def f1_score(p: float, r: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return _ratio(2 * p * r, p + r)


def detection_accuracy(tp: float, fp: float, fn: float) -> float:
    """Share of all objects and predictions that were right: TP / (TP + FP + FN) (no TN in detection)."""
    return _ratio(tp, tp + fp + fn)


@dataclass(frozen=True)
class BinaryCounts:
    tp: int
    tn: int
    fp: int
    fn: int

    @classmethod
    def from_labels(cls, actual: npt.ArrayLike, predicted: npt.ArrayLike) -> BinaryCounts:
        """Counts of a binary confusion matrix from two equally long sequences of booleans."""
        a = np.asarray(actual, bool)
        p = np.asarray(predicted, bool)
        if a.shape != p.shape:
            raise ValueError(f"actual and predicted differ in length ({a.size} vs {p.size})")
        return cls(int((a & p).sum()), int((~a & ~p).sum()), int((~a & p).sum()), int((a & ~p).sum()))

    @property
    def accuracy(self) -> float:
        return accuracy(self.tp, self.tn, self.fp, self.fn)

    @property
    def precision(self) -> float:
        return precision(self.tp, self.fp)

    @property
    def recall(self) -> float:
        return recall(self.tp, self.fn)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def matrix(self) -> np.ndarray:
        """[[TN, FP], [FN, TP]]: rows actual (negative, positive), columns predicted, as in the report."""
        return np.array([[self.tn, self.fp], [self.fn, self.tp]])
