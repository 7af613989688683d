"""Label errors injected on purpose, for the audit's tests and benchmark (scripts/bench_audit.py).

Each corrupts one label file the way people do and says what it did (`Injected`):
* swap:       one label gets another class
* badloc:     one label is moved and resized so that its IoU with the original is in [0.3, 0.6]
* overlooked: one label is deleted (the object is still in the image)
* spurious:   a box is added on background (touching no object), at a random line
* duplicate:  one label is repeated (shifted slightly, IoU >= 0.8), right after it
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
import numpy.typing as npt

from app.core.audit.score import iou_xywh
from app.core.io.yolo_labels import format_labels

KINDS = ("swap", "badloc", "overlooked", "spurious", "duplicate")


@dataclass
class Injected:
    kind: str
    line: int | None  # 1-based line of the wrong label in the new file (None: overlooked)
    box: list[float]  # the wrong label's box (overlooked: the deleted one)
    cls: int
    lines: tuple[int, ...] = ()  # duplicate: both lines of the pair


def _inside(b: npt.NDArray[np.float64]) -> bool:
    return cast(  # an element of b is Any to numpy's stubs
        bool,
        b[2] > 0.01
        and b[3] > 0.01
        and b[0] - b[2] / 2 >= 0
        and b[1] - b[3] / 2 >= 0
        and b[0] + b[2] / 2 <= 1
        and b[1] + b[3] / 2 <= 1,
    )


def corrupt(
    cls: npt.ArrayLike, xywhn: npt.ArrayLike, kind: str, rng: np.random.Generator, nc: int = 5
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], Injected] | None:
    """(new cls, new xywhn, Injected) or None when this image cannot take that kind."""
    cls = np.asarray(cls, np.int64).reshape(-1).copy()
    box = np.asarray(xywhn, np.float64).reshape(-1, 4).copy()
    n = len(cls)
    if kind != "spurious" and n == 0:
        return None
    i = int(rng.integers(0, n)) if n else 0
    if kind == "swap":
        new = int((cls[i] + rng.integers(1, nc)) % nc)
        cls[i] = new
        return cls, box, Injected(kind, i + 1, box[i].tolist(), new)
    if kind == "badloc":
        for _ in range(500):
            b = box[i].copy()
            s = rng.uniform(0.55, 1.6, 2)
            b[2:] *= s
            b[:2] += rng.uniform(-0.45, 0.45, 2) * box[i, 2:]
            u = float(iou_xywh(b[None], box[i][None])[0, 0])
            if 0.3 <= u <= 0.6 and _inside(b):
                box[i] = b
                return cls, box, Injected(kind, i + 1, b.tolist(), int(cls[i]))
        return None
    if kind == "overlooked":
        gone = Injected(kind, None, box[i].tolist(), int(cls[i]))
        keep = np.arange(n) != i
        return cls[keep], box[keep], gone
    if kind == "spurious":
        for _ in range(500):
            w, h = rng.uniform(0.08, 0.3, 2)
            b = np.array([rng.uniform(w / 2, 1 - w / 2), rng.uniform(h / 2, 1 - h / 2), w, h])
            if n == 0 or iou_xywh(b[None], _grow(box))[0].max() == 0:
                at = int(rng.integers(0, n + 1))
                c = int(rng.integers(0, nc))
                cls = np.insert(cls, at, c)
                box = np.insert(box, at, b, axis=0)
                return cls, box, Injected(kind, at + 1, b.tolist(), c)
        return None
    if kind == "duplicate":
        for _ in range(500):
            b = box[i].copy()
            b[:2] += rng.uniform(-0.05, 0.05, 2) * box[i, 2:]
            b[2:] *= rng.uniform(0.95, 1.05, 2)
            if float(iou_xywh(b[None], box[i][None])[0, 0]) >= 0.8 and _inside(b):
                cls = np.insert(cls, i + 1, cls[i])
                box = np.insert(box, i + 1, b, axis=0)
                return cls, box, Injected(kind, i + 2, b.tolist(), int(cls[i]), (i + 1, i + 2))
        return None
    raise ValueError(f"unknown kind {kind!r}")


def _grow(box: npt.ArrayLike, margin: float = 0.02) -> npt.NDArray[np.float64]:
    """Boxes a little larger, so "touching no object" keeps a margin."""
    b = np.asarray(box, np.float64).reshape(-1, 4).copy()
    b[:, 2:] += 2 * margin
    return b


def label_text(cls: npt.ArrayLike, xywhn: npt.ArrayLike) -> str:
    return format_labels(cls, xywhn)
