"""The polygons and rotated boxes of a -seg / -obb model's predictions, as one BLOB of the index's
`predictions.shapes` column (schema 5; NULL for a box model: a detect run stores what it always did).

Layout: little-endian int32, [N, code_1 .. code_N, coordinates...]. code: a polygon's number of
coordinates (>= 6, even), -8 a rotated box (its 4 corners), -4 a box (cx cy w h). Coordinates are
normalized numbers in millionths (round(v * 1e6)): the 6 decimals the label file holds, so
k / 1e6 reads back the very number the file's text parses to, in half the bytes of float64.

    blob = encode(labels)          # app.core.io.shapes.Labels (any kinds)
    kinds, coords = decode(blob)   # N kinds, N flat float64 arrays
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from app.core.io.shapes import BOX, OBB, POLYGON

if TYPE_CHECKING:
    from app.core.io.shapes import Labels

_CODE = {OBB: -8, BOX: -4}
_KIND = {-8: OBB, -4: BOX}
_LIMIT = np.iinfo(np.int32).max - 1


def encode(labels: Labels) -> bytes:
    """One BLOB of the kinds and coordinates of `labels` (classes and confidences are stored apart)."""
    coords = labels.coords
    codes = [_CODE.get(k, c.size) for k, c in zip(labels.kinds, coords)]
    flat = np.concatenate(coords) if coords else np.zeros(0, np.float64)
    micro = np.rint(np.clip(flat * 1e6, -_LIMIT, _LIMIT)).astype("<i4")
    return np.asarray([len(codes), *codes], "<i4").tobytes() + micro.tobytes()


def decode(blob: bytes) -> tuple[tuple[str, ...], list[np.ndarray]]:
    """(kinds, flat normalized coordinates) of a BLOB written by encode. ValueError for a BLOB that
    is not one (a hand-edited index): the caller then shows boxes."""
    a = np.frombuffer(blob, "<i4")
    if not len(a) or a[0] < 0 or len(a) < 1 + a[0]:
        raise ValueError("not a shapes blob")
    n = int(a[0])
    codes = a[1 : 1 + n].astype(np.int64)
    sizes = np.abs(codes)
    if len(a) != 1 + n + int(sizes.sum()) or any(c > 0 and (c < 6 or c % 2) for c in codes.tolist()):
        raise ValueError("not a shapes blob")
    if any(c < 0 and c not in _KIND for c in codes.tolist()):
        raise ValueError("not a shapes blob")
    values = a[1 + n :].astype(np.float64) / 1e6
    ends = np.cumsum(sizes)
    coords = [values[e - s : e] for s, e in zip(sizes.tolist(), ends.tolist())]
    return tuple(_KIND.get(c, POLYGON) for c in codes.tolist()), coords


def labels_from_row(cls: bytes, conf: bytes, blob: bytes) -> Labels | None:
    """The Labels of a stored prediction row (int64 classes, float64 confidences, a shapes BLOB);
    None for a BLOB that is not one (a hand-edited index: the caller shows the boxes)."""
    from app.core.io.shapes import Labels

    try:
        kinds, coords = decode(blob)
        return Labels(np.frombuffer(cls, np.int64), kinds, tuple(coords), np.frombuffer(conf, np.float64))
    except ValueError:
        return None
