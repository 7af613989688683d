"""What a person asks for (a loose box or one click) and what a snap answers (box, polygon, method,
confidence), in image pixels.

Coordinates: a box is [x1, y1, x2, y2] in pixel edges (a box around pixels 10..19 is [10, 20],
the convention of YOLO labels and of the generated datasets' exact extents); a polygon runs through
the centres of the object's boundary pixels ([10.5, ...]); a click is a point in the same frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from app.core.errors import LabelBenchError, UsageError

if TYPE_CHECKING:
    Box: TypeAlias = tuple[float, float, float, float]  # x1, y1, x2, y2 in image (or crop) pixels
    Point: TypeAlias = tuple[float, float]  # x, y

METHODS = ("auto", "threshold", "grabcut", "edges")


class NothingFound(LabelBenchError):
    """The method found no object at the request (exit status 1, one line)."""


class BadRequest(UsageError):
    """A request that cannot be snapped: outside the image, an empty box, not numbers (exit 2)."""


@dataclass(frozen=True)
class SnapRequest:
    """A loose box (x1, y1, x2, y2) or a click (x, y) in image pixels; exactly one is set.
    `tolerance` scales how far a method may go from the request (1.0: the default; the Review
    pane's wheel grows or shrinks it)."""

    box: tuple[float, float, float, float] | None = None
    point: tuple[float, float] | None = None
    tolerance: float = 1.0

    @classmethod
    def from_box(cls, x1: float, y1: float, x2: float, y2: float, tolerance: float = 1.0) -> SnapRequest:
        return cls(box=(float(x1), float(y1), float(x2), float(y2)), tolerance=tolerance)

    @classmethod
    def from_point(cls, x: float, y: float, tolerance: float = 1.0) -> SnapRequest:
        return cls(point=(float(x), float(y)), tolerance=tolerance)

    def checked(self, width: int, height: int) -> SnapRequest:
        """This request with its box clipped to the image (W x H); BadRequest naming the problem
        when it is not inside the image at all or holds no pixel."""
        if (self.box is None) == (self.point is None):
            raise BadRequest("give either a box or a point")
        if not (math.isfinite(self.tolerance) and 0.1 <= self.tolerance <= 10):
            raise BadRequest(f"tolerance must be in 0.1..10, got {self.tolerance}")
        if self.point is not None:
            x, y = self.point
            if not (math.isfinite(x) and math.isfinite(y)):
                raise BadRequest("the point must be two finite numbers")
            if not (0 <= x < width and 0 <= y < height):
                raise BadRequest(f"point {_num(x)},{_num(y)} is outside the image ({width}x{height})")
            return self
        x1, y1, x2, y2 = cast("Box", self.box)  # no point: a box
        if not all(math.isfinite(v) for v in cast("Box", self.box)):
            raise BadRequest("the box must be four finite numbers")
        if x2 < x1:
            x1, x2 = x2, x1
        if y2 < y1:
            y1, y2 = y2, y1
        if x2 <= 0 or y2 <= 0 or x1 >= width or y1 >= height:
            raise BadRequest(f"box {_num(x1)},{_num(y1)},{_num(x2)},{_num(y2)} is outside the image ({width}x{height})")
        cx1, cy1, cx2, cy2 = max(0.0, x1), max(0.0, y1), min(float(width), x2), min(float(height), y2)
        if cx2 - cx1 < 2 or cy2 - cy1 < 2:
            raise BadRequest(
                f"box {_num(x1)},{_num(y1)},{_num(x2)},{_num(y2)} is empty inside the image "
                f"(less than 2 pixels wide or high)"
            )
        return SnapRequest(box=(cx1, cy1, cx2, cy2), tolerance=self.tolerance)


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


@dataclass
class SnapResult:
    """A snapped object: box [x1, y1, x2, y2] (pixel edges), polygon [[x, y], ...], the method that
    found it, a confidence in 0..1 and the time the snap took (ms, reading the image not included)."""

    box: tuple[int, int, int, int]
    polygon: list[tuple[float, float]]
    method: str
    confidence: float
    ms: float = 0.0
    tried: dict[str, float] = field(default_factory=dict)  # auto: {method: confidence} of each candidate

    def to_dict(self) -> dict[str, Any]:
        return {
            "box": [int(v) for v in self.box],
            "polygon": [[round(float(x), 1), round(float(y), 1)] for x, y in self.polygon],
            "method": self.method,
            "confidence": round(float(self.confidence), 3),
            "ms": round(float(self.ms), 1),
        }
