"""Fast JPEG decoding that gives exactly OpenCV's pixels.

OpenCV's `imdecode` (what Ultralytics' loader calls) takes ~14 ms for a 600 KB 1920x1080 JPEG on
this machine; libjpeg-turbo called directly through `simplejpeg`, with the same (accurate) DCT and
fancy upsampling and BGR output, takes ~8 ms and returns the identical array. read_image uses this
path for ordinary JPEGs (YCbCr or gray, 8-bit) and falls back to OpenCV for everything else, so
no image decodes differently from `ultralytics.utils.patches.imread`:

* EXIF orientation is read from the APP1 segment here and applied the way OpenCV applies it;
  an Exif block this parser does not fully understand sends the image to OpenCV.
* CMYK / YCCK / Adobe-RGB JPEGs, 12-bit JPEGs and any stream libjpeg reports a problem with
  (simplejpeg's strict mode) go to OpenCV, which then decodes or reports them as before.

tests/core/io/test_jpeg_fast.py checks the equality over subsamplings, progressive and restart-marker
streams, odd sizes, gray images and all eight orientations.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

try:
    import simplejpeg
except ImportError:  # a dependency; without it every JPEG simply takes OpenCV's (slower) path
    simplejpeg = None

_FAST_COLORSPACES = frozenset({"YCbCr", "Gray"})


def exif_orientation_from_bytes(data: bytes | memoryview) -> int | None:
    """EXIF orientation (1..8) of a JPEG from its header segments: 1 without Exif or tag,
    None when an Exif block is present but not understood (the caller then asks OpenCV)."""
    buf = bytes(data[: 1 << 16])  # Exif lives in an APP1 segment at the start (max 64 KB)
    if buf[:2] != b"\xff\xd8":
        return None
    pos = 2
    n = len(buf)
    while pos + 4 <= n:
        if buf[pos] != 0xFF:
            return None
        marker = buf[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xDA, 0xD9):  # start of scan / end of image: no Exif before the pixels
            return 1
        length = struct.unpack(">H", buf[pos + 2 : pos + 4])[0]
        seg = buf[pos + 4 : pos + 2 + length]
        if marker == 0xE1 and seg[:6] == b"Exif\x00\x00":
            return _orientation_from_tiff(seg[6:])
        pos += 2 + length
    return None  # header runs past what we read: let OpenCV decide


def _orientation_from_tiff(tiff: bytes) -> int | None:
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return None
    e = "<" if tiff[:2] == b"II" else ">"
    try:
        ifd = struct.unpack(e + "I", tiff[4:8])[0]
        count = struct.unpack(e + "H", tiff[ifd : ifd + 2])[0]
        for k in range(count):
            off = ifd + 2 + 12 * k
            tag, typ, cnt = struct.unpack(e + "HHI", tiff[off : off + 8])
            if tag == 0x0112:
                if typ != 3 or cnt != 1:  # SHORT, one value; anything else: OpenCV decides
                    return None
                v = struct.unpack(e + "H", tiff[off + 8 : off + 10])[0]
                return v if 1 <= v <= 8 else 1
    except struct.error:
        return None
    return 1


def header(data: bytes | npt.NDArray[np.uint8]) -> tuple[int, int, str] | None:
    """(height, width, colorspace) when the fast path can decode this JPEG, else None."""
    if simplejpeg is None:
        return None
    try:
        h, w, cs, _sub = simplejpeg.decode_jpeg_header(data)
    except (ValueError, TypeError):
        return None
    return (h, w, cs) if cs in _FAST_COLORSPACES else None


def decode_bgr(
    data: bytes | npt.NDArray[np.uint8],
    orient_fn: Callable[[npt.NDArray[Any], int], npt.NDArray[Any]],
    approx: bool = False,
) -> np.ndarray | None:
    """BGR uint8 HxWx3, EXIF-oriented, identical to cv2.imdecode(data, IMREAD_COLOR); None when
    this JPEG must take OpenCV's path. `orient_fn(img, orientation)` applies an orientation.
    approx: libjpeg-turbo's fastest IDCT and colour upsampling (pixels differ by a few levels)."""
    if header(data) is None:
        return None
    # (ignore below) numpy's stubs give ndarray __buffer__ (the buffer protocol) only on Python 3.12+
    orientation = exif_orientation_from_bytes(memoryview(data))  # type: ignore[arg-type]
    if orientation is None:
        return None
    try:
        img = simplejpeg.decode_jpeg(data, "BGR", fastdct=approx, fastupsample=approx)
    except (ValueError, TypeError):
        return None
    return orient_fn(img, orientation) if orientation != 1 else img
