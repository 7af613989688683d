"""One entry point: `snap(image, request, method, pipeline) -> SnapResult` (NothingFound when the
method finds nothing, BadRequest for a request outside the image or with no pixel in it).

    image = read_for_snap("photo.jpg")             # app.core.io.images' reader (EXIF, 16-bit, unicode)
    r = snap(image, SnapRequest.from_point(412, 230))
    r.to_dict()   # {"box": [...], "polygon": [[x, y], ...], "method": "grabcut", "confidence": 0.91, "ms": 31.0}
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

import cv2
import numpy as np

from app.core.assist.auto import snap_auto
from app.core.assist.edges import snap_edges
from app.core.assist.grabcut import snap_grabcut
from app.core.assist.request import METHODS, BadRequest, NothingFound, SnapRequest, SnapResult
from app.core.assist.threshold import check_pipeline, snap_threshold
from app.core.assist.wand import wand
from app.core.pipeline.model import Pipeline

if TYPE_CHECKING:
    from app.core.assist.request import Point

_warm = False


def warm_up() -> None:
    """OpenCV and numpy set up tables and libraries on first use (the Lab conversion's alone takes
    ~0.2 s): one small snap, once per process, before the first snap that is timed."""
    global _warm
    if not _warm:
        _warm = True
        img = np.full((48, 64, 3), 40, np.uint8)
        img[12:36, 20:44] = (200, 120, 60)
        snap(img, SnapRequest.from_point(31, 23))


def read_for_snap(path: str | Path) -> np.ndarray:
    """The image as the Process pane sees it: native depth, gray or BGR (alpha dropped), EXIF
    orientation applied, so boxes land where Review and the label files put them. One-line
    ImageReadError for anything that is not a readable image."""
    from app.core.io.images import read_image

    img = read_image(path, "unchanged")
    if img.ndim == 3 and img.shape[2] == 4:
        img = cv2.cvtColor(img, cv2.COLOR_BGRA2BGR)
    if img.dtype not in (np.uint8, np.uint16):
        img = cv2.normalize(img, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    return np.ascontiguousarray(img)


def check_image(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray) or image.size == 0:
        raise BadRequest("the image is empty")
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if image.dtype not in (np.uint8, np.uint16) or not (image.ndim == 2 or (image.ndim == 3 and image.shape[2] == 3)):
        raise BadRequest(f"snapping needs a gray or BGR image of 8 or 16 bits, got {image.dtype} {image.shape}")
    return image


def snap(image: np.ndarray, request: SnapRequest, method: str = "auto", pipeline: Pipeline | None = None) -> SnapResult:
    if method not in METHODS:
        raise BadRequest(f"unknown method {method!r}; choose one of: {', '.join(METHODS)}")
    image = check_image(image)
    h, w = image.shape[:2]
    req = request.checked(w, h)
    if pipeline is not None:
        check_pipeline(pipeline)
    warm_up()
    t0 = time.perf_counter()
    loose = None
    if req.point is not None:  # a click: the wand says how big the object under it is
        region = wand(image, req.point, req.tolerance)
        if region is not None:
            ys, xs = np.nonzero(region.mask)
            loose = region.window.to_image((xs.min(), ys.min(), xs.max() + 1, ys.max() + 1))
    if method == "auto":
        result = snap_auto(image, req, pipeline, loose)
    elif method == "grabcut":
        result = snap_grabcut(image, req, loose=loose)
    elif method == "threshold":
        result = snap_threshold(image, req, pipeline, loose=loose)
    else:
        result = snap_edges(image, req, loose=loose)
    if result is None:
        where = (
            f"box {','.join(f'{v:g}' for v in req.box)}"
            if req.box is not None
            else f"point {cast('Point', req.point)[0]:g},{cast('Point', req.point)[1]:g}"
        )
        raise NothingFound(f"no object found at {where} (method {method})")
    result.ms = (time.perf_counter() - t0) * 1000.0
    return result
