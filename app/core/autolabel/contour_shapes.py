"""The outer contours of a binary result as polygons or rotated boxes (classical auto-labeling's
other output kinds; boxes are app.core.autolabel.classical.boxes_from_binary).

    polys = polygons_from_binary(mask, tolerance=1.0, min_area=50)   # [(K, 2) normalized], K >= 3
    corners = rotated_boxes_from_binary(mask, min_area=50)          # (N, 4, 2) normalized

Same contours, filter and order as the boxes (app.core.pipeline.ops.contours.find_boxes: outer
contours, area and w/h aspect of the bounding box, top-to-bottom then left-to-right). Points are
pixel centres divided by the image size, as Ultralytics turns masks into segments: a shape drawn
with cv2.fillPoly from integer vertices (x, y) gives back about (x / w, y / h).
"""

from __future__ import annotations

import cv2
import numpy as np

from app.core.pipeline.ops.contours import find_boxes

OUTPUT_KINDS = ("box", "polygon", "obb")
OUTPUT_WORDS = {"box": "boxes", "polygon": "polygons", "obb": "rotated boxes"}


def check_kind(kind: str) -> str:
    if kind not in OUTPUT_KINDS:
        raise ValueError(f"output kind must be one of {OUTPUT_KINDS}, got {kind!r}")
    return kind


def simplify(contour: np.ndarray, tolerance: float) -> np.ndarray:
    """(K, 2) float64 pixel points of a contour simplified with cv2.approxPolyDP(tolerance px),
    K >= 3: a contour that simplifies below 3 points keeps its own points, and one with fewer
    than 3 of those (a 1-pixel line) becomes the corners of its rotated box."""
    c = contour.reshape(-1, 1, 2)
    pts = cv2.approxPolyDP(c, float(tolerance), True).reshape(-1, 2) if tolerance > 0 else c.reshape(-1, 2)
    if len(pts) < 3:
        pts = c.reshape(-1, 2)
    if len(pts) < 3:
        pts = cv2.boxPoints(cv2.minAreaRect(c))
    return pts.astype(np.float64)


def polygons_from_binary(
    binary: np.ndarray,
    tolerance: float = 1.0,
    min_area: float = 0.0,
    max_area: float = 0.0,
    min_aspect: float = 0.0,
    max_aspect: float = 0.0,
) -> list[np.ndarray]:
    """The outer contours of the non-zero pixels as polygons: a list of (K, 2) float64 arrays of
    normalized points, K >= 3, each simplified with approxPolyDP at `tolerance` pixels (0: the
    contour's own corner points)."""
    h, w = binary.shape[:2]
    contours, _ = find_boxes(binary, min_area, max_area, min_aspect, max_aspect, "external")
    scale = np.array([w, h], np.float64)
    return [simplify(c, tolerance) / scale for c in contours]


def rotated_boxes_from_binary(
    binary: np.ndarray, min_area: float = 0.0, max_area: float = 0.0, min_aspect: float = 0.0, max_aspect: float = 0.0
) -> np.ndarray:
    """The outer contours' minimum-area rotated rectangles (cv2.minAreaRect -> cv2.boxPoints):
    (N, 4, 2) float64 normalized corners (unclipped: a corner may lie a little outside the image)."""
    h, w = binary.shape[:2]
    contours, _ = find_boxes(binary, min_area, max_area, min_aspect, max_aspect, "external")
    if not contours:
        return np.zeros((0, 4, 2), np.float64)
    corners = np.stack([cv2.boxPoints(cv2.minAreaRect(c.reshape(-1, 1, 2))) for c in contours]).astype(np.float64)
    return corners / np.array([w, h], np.float64)
