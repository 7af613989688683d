"""COCO segmentation masks without pycocotools: polygons rasterized exactly as pycocotools'
`rleFrPoly` does (so area and bbox are the numbers `maskUtils.area` / `maskUtils.toBbox` give),
RLE decoded (uncompressed `counts` lists and the compressed LEB128-like strings), and a mask traced
back to polygons.

A mask is a (height, width) bool array. COCO's RLE runs go down the columns (Fortran order),
starting with a run of zeros.

Mask -> polygons: the outer boundary of each connected part (`cv2.findContours`, RETR_EXTERNAL,
CHAIN_APPROX_SIMPLE), holes dropped (a YOLO polygon cannot hold one). It is traced on the mask
scaled up 2x, each sub-pixel s mapped to (s + 0.5) / 2: the points lie a quarter pixel inside the
boundary, so the polygon rasterized again (pycocotools puts pixel c at [c, c + 1)) covers exactly
the same pixels (tests/core/dataset/test_coco_seg.py). A part covering more than 64 MP is traced
at 1x (points at pixel centres + 0.5: within half a pixel), so memory stays bounded.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

MAX_MASK_PIXELS = 250_000_000  # an RLE larger than the image reader's limit is refused, not allocated
MAX_UPSCALED = 64_000_000  # a mask part larger than this is traced at 1x (bounded memory)


def counts_to_mask(counts: npt.ArrayLike, h: int, w: int) -> np.ndarray:
    """(h, w) bool mask of RLE counts; ValueError when they do not add up to h * w."""
    c = np.asarray(counts, np.int64)
    if c.size and c.min() < 0:
        raise ValueError("negative run length")
    if int(c.sum()) != h * w:
        raise ValueError(f"run lengths add up to {int(c.sum())}, not height x width = {h * w}")
    flat = np.repeat(np.arange(len(c)) % 2 == 1, c)
    return flat.reshape(w, h).T


def string_to_counts(s: str) -> list[int]:
    """pycocotools' compressed RLE string -> counts (rleFrString); ValueError for a bad string."""
    counts: list[int] = []
    p, n = 0, len(s)
    while p < n:
        x = k = 0
        more = True
        while more:
            if p >= n:
                raise ValueError("compressed RLE string ends inside a number")
            c = ord(s[p]) - 48
            if not 0 <= c < 64:
                raise ValueError(f"character {s[p]!r} is not part of a compressed RLE string")
            x |= (c & 0x1F) << (5 * k)
            more = bool(c & 0x20)
            p += 1
            k += 1
            if k > 13:
                raise ValueError("compressed RLE number too long")
            if not more and (c & 0x10):
                x |= -1 << (5 * k)
        if len(counts) > 2:
            x += counts[-2]
        counts.append(x)
    return counts


def area_bbox_of_counts(counts: npt.ArrayLike, h: int) -> tuple[int, list[float]]:
    """(area, [x, y, w, h]) of a mask, read from its RLE counts without making it: pycocotools'
    maskUtils.area and maskUtils.toBbox (rleToBbox's walk)."""
    c = np.asarray(counts, np.int64)
    c = c[: len(c) // 2 * 2]
    if not len(c) or not c[1::2].any():
        return 0, [0.0, 0.0, 0.0, 0.0]
    ends = np.cumsum(c)
    first, last = ends[0::2], ends[1::2] - 1  # the first and last pixel of each run of ones
    on = c[1::2] > 0
    first, last = first[on], last[on]
    xs, xe = int((first // h).min()), int((last // h).max())
    spans = (last // h > first // h).any()  # a run going on into the next column covers every row
    ys = 0 if spans else int(np.minimum(first % h, last % h).min())
    ye = h - 1 if spans else int(np.maximum(first % h, last % h).max())
    return int(c[1::2].sum()), [float(xs), float(ys), float(xe - xs + 1), float(ye - ys + 1)]


def mask_polygons(mask: np.ndarray) -> list[np.ndarray]:
    """Outer contours of a mask as (K, 2) float pixel arrays, K >= 3 (module doc)."""
    import cv2

    cols, rows = np.nonzero(mask.any(0))[0], np.nonzero(mask.any(1))[0]
    if not len(cols):
        return []
    x0, y0 = int(cols[0]), int(rows[0])
    crop = mask[y0 : rows[-1] + 1, x0 : cols[-1] + 1].astype(np.uint8)
    f = 2 if crop.size <= MAX_UPSCALED else 1
    up = np.repeat(np.repeat(crop, f, 0), f, 1) if f > 1 else crop
    contours, _ = cv2.findContours(up, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    off = np.array([x0, y0], np.float64)
    return [(c.reshape(-1, 2) + 0.5) / f + off for c in contours if len(c) >= 3]  # sub-pixel s: centre (s + 0.5) / f
