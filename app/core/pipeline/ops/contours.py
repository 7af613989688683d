"""Contours with area / aspect filter and box overlay; connected components.

`find_boxes` is also the core of classical (model-free) auto-labeling (app.core.autolabel.classical).
"""

import cv2
import numpy as np

from app.core.pipeline.ops._util import binary_u8, to_bgr, to_uint8
from app.core.pipeline.ops.spec import BoolParam, ColorParam, EnumParam, FloatParam, IntParam, ParamSpec, register

_AREA_MAX = 100_000_000


def find_boxes(
    binary: np.ndarray,
    min_area: float = 0.0,
    max_area: float = 0.0,
    min_aspect: float = 0.0,
    max_aspect: float = 0.0,
    mode: str = "external",
) -> tuple[list[np.ndarray], np.ndarray]:
    """Contours of the non-zero pixels, kept when min_area <= contour area <= max_area and
    min_aspect <= w/h of the bounding box <= max_aspect (0 = no limit for the max values).

    Returns (contours, boxes) with boxes an (N, 4) int array of x, y, w, h in pixels (inclusive
    pixel extents, as cv2.boundingRect), sorted top-to-bottom then left-to-right.
    """
    mask = binary_u8(binary)
    retr = cv2.RETR_EXTERNAL if mode == "external" else cv2.RETR_LIST
    contours, _ = cv2.findContours(mask, retr, cv2.CHAIN_APPROX_SIMPLE)
    kept: list[np.ndarray] = []
    boxes: list[tuple[int, int, int, int]] = []
    for c in contours:
        area = cv2.contourArea(c)
        x, y, w, h = cv2.boundingRect(c)
        aspect = w / float(h)
        if area < min_area or (max_area > 0 and area > max_area):
            continue
        if aspect < min_aspect or (max_aspect > 0 and aspect > max_aspect):
            continue
        kept.append(c)
        boxes.append((x, y, w, h))
    order = sorted(range(len(boxes)), key=lambda i: (boxes[i][1], boxes[i][0]))
    return [kept[i] for i in order], np.array([boxes[i] for i in order], dtype=np.int64).reshape(-1, 4)


def _filter_params() -> list[ParamSpec]:
    return [
        FloatParam("min_area", "Min area (px)", 20.0, min=0.0, max=_AREA_MAX, step=10.0, decimals=0, unit="px2"),
        FloatParam(
            "max_area",
            "Max area (px)",
            0.0,
            min=0.0,
            max=_AREA_MAX,
            step=100.0,
            decimals=0,
            unit="px2",
            doc="0 = no limit",
        ),
        FloatParam("min_aspect", "Min aspect w/h", 0.0, min=0.0, max=100.0, step=0.05),
        FloatParam("max_aspect", "Max aspect w/h", 0.0, min=0.0, max=100.0, step=0.05, doc="0 = no limit"),
    ]


@register(
    "contours",
    "contours",
    "Contours + boxes",
    [
        EnumParam(
            "mode", "Contours", "external", choices=("external", "all"), labels=("Outer only", "All (incl. holes)")
        ),
        *_filter_params(),
        EnumParam(
            "draw",
            "Draw",
            "both",
            choices=("contours", "boxes", "both", "filled"),
            labels=("Contours", "Boxes", "Contours + boxes", "Filled"),
        ),
        ColorParam("color", "Colour", (0, 200, 255)),
        IntParam("thickness", "Line width", 2, min=1, max=20),
    ],
)
def contours(
    img: np.ndarray,
    mode: str = "external",
    min_area: float = 20.0,
    max_area: float = 0.0,
    min_aspect: float = 0.0,
    max_aspect: float = 0.0,
    draw: str = "both",
    color: tuple[int, ...] = (0, 200, 255),
    thickness: int = 2,
) -> np.ndarray:
    """Find contours of the non-zero pixels (use after a threshold), keep those passing the area /
    aspect filter and draw them and / or their bounding boxes over the input (BGR uint8 result)."""
    cs, boxes = find_boxes(img, min_area, max_area, min_aspect, max_aspect, mode)
    out = to_bgr(to_uint8(img)).copy()
    color = tuple(int(c) for c in color)
    if draw == "filled":
        cv2.drawContours(out, cs, -1, color, cv2.FILLED)
    elif draw in ("contours", "both"):
        cv2.drawContours(out, cs, -1, color, thickness)
    if draw in ("boxes", "both"):
        box_color = (color[2], color[1], color[0]) if draw == "both" else color
        for x, y, w, h in boxes:
            cv2.rectangle(out, (int(x), int(y)), (int(x + w - 1), int(y + h - 1)), box_color, thickness)
    return out


def label_colors(n: int) -> np.ndarray:
    """n distinct BGR colours (golden-ratio hues), colour 0 black for the background."""
    hues = ((np.arange(n) * 0.618033988749895) % 1.0 * 179).astype(np.uint8)
    hsv = np.stack([hues, np.full(n, 200, np.uint8), np.full(n, 255, np.uint8)], axis=1)[None]
    lut: np.ndarray = cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)[0]
    lut[0] = 0
    return lut


@register(
    "connected_components",
    "contours",
    "Connected components",
    [
        EnumParam("connectivity", "Connectivity", "8", choices=("4", "8")),
        FloatParam("min_area", "Min area (px)", 0.0, min=0.0, max=_AREA_MAX, step=10.0, decimals=0, unit="px2"),
        FloatParam(
            "max_area",
            "Max area (px)",
            0.0,
            min=0.0,
            max=_AREA_MAX,
            step=100.0,
            decimals=0,
            unit="px2",
            doc="0 = no limit",
        ),
        EnumParam(
            "output",
            "Output",
            "colors",
            choices=("colors", "mask", "largest"),
            labels=("Coloured labels", "Kept components mask", "Largest component"),
        ),
        BoolParam("boxes", "Draw boxes", False),
    ],
)
def connected_components(
    img: np.ndarray,
    connectivity: str = "8",
    min_area: float = 0.0,
    max_area: float = 0.0,
    output: str = "colors",
    boxes: bool = False,
) -> np.ndarray:
    """Label the connected non-zero regions; keep those whose pixel count is within the area
    limits; show them as coloured labels, as a 0/255 mask, or only the largest one."""
    mask = binary_u8(img)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=int(connectivity))
    areas = stats[:, cv2.CC_STAT_AREA]
    keep = (areas >= min_area) & ((areas <= max_area) if max_area > 0 else True)
    keep[0] = False
    if output == "largest":
        keep[:] = False
        if n > 1:
            keep[1 + int(np.argmax(areas[1:]))] = True
    if output == "colors":
        lut = label_colors(n)
        lut[~keep] = 0
        out: np.ndarray = lut[labels]
    else:
        out = np.where(keep[labels], np.uint8(255), np.uint8(0))
    if boxes:
        out = to_bgr(out).copy()
        for i in np.flatnonzero(keep):
            x, y, w, h = (int(v) for v in stats[i, :4])
            cv2.rectangle(out, (x, y), (x + w - 1, y + h - 1), (0, 255, 255), 1)
    return out
