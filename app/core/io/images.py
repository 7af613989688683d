"""Read any image safely, the way Ultralytics' loader sees it.

* `read_image(path)` -> BGR uint8 HxWx3 with EXIF orientation applied: the exact array that
  `ultralytics.utils.patches.imread(path)` (its training / predict loader) produces, so boxes drawn
  on it agree with the labels a model was trained on. Ordinary JPEGs take a faster route to the
  same pixels (app.core.io.jpeg_fast: libjpeg-turbo directly, 7.6 instead of 14 ms for 1080p).
* `read_image(path, mode="unchanged")` -> native depth and channels (gray, BGR, BGRA, 16-bit),
  EXIF orientation applied in the same way, for the process pane.
* Non-ASCII paths work (bytes are read by Python, decoded by OpenCV).
* Every failure raises ImageReadError naming the file and the reason: missing, empty, not an
  image, truncated, undecodable, too large.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, cast

import cv2
import numpy as np

from app.core.errors import ImageReadError, shown
from app.core.io import jpeg_fast
from app.core.io.layout import IMAGE_EXTENSIONS, NOT_READ, NOT_READ_WHY
from app.core.io.layout import is_image_path as is_image_path  # re-exported

if TYPE_CHECKING:
    from collections.abc import Iterator

# Decoding more than this many pixels is refused (a 20000x20000 RGB image is 1.2 GB of pixels);
# read_image_reduced() shows such images at a reduced size instead.
DEFAULT_MAX_PIXELS = 250_000_000

_MAGIC = {
    b"\xff\xd8\xff": "jpeg",
    b"\x89PNG\r\n\x1a\n": "png",
    b"BM": "bmp",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"GIF8": "gif",
}


def sniff_format(head: bytes) -> str | None:
    """Format from the first bytes of a file (content, not extension: a PNG named .jpg is a PNG)."""
    for magic, fmt in _MAGIC.items():
        if head.startswith(magic):
            return fmt
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] in (b"P5", b"P6", b"P2", b"P3", b"Pf", b"PF"):
        return "pnm"
    if head[:12] == b"\x00\x00\x00\x0cjP  \r\n\x87\n" or head[:4] == b"\xff\x4f\xff\x51":
        return "jp2"
    return None


def _read_bytes(path: Path) -> np.ndarray:
    """The file's bytes; only regular files are read (a FIFO named x.jpg would block forever), and
    a file that says 0 bytes but is not empty (/proc/self/mem) is reported as what it is."""
    from app.core.io.regular import read_regular_bytes

    try:
        os.stat(path)
    except FileNotFoundError:
        raise ImageReadError(path, "file not found") from None
    except OSError:
        pass
    if os.path.isdir(path):
        raise ImageReadError(path, "is a folder, not an image")
    limit = _byte_limit(path)
    data = np.frombuffer(read_regular_bytes(path, limit, what="image file", error=ImageReadError), np.uint8)
    if data.size == 0:
        raise ImageReadError(path, "empty file (0 bytes)")
    return data


SMALL_FILE = 64 << 20  # files up to this size are read without looking at their header first
UNKNOWN_HEADER_MAX = 512 << 20


def _byte_limit(path: Path) -> int:
    """The most bytes an image file may hold before it is read: memory is bounded before any check
    (a 3 GB file named .jpg was read whole, 6.4 GB of memory, before its header was looked at).
    Small files: SMALL_FILE. Larger ones: what their header's size can need (8 bytes a pixel,
    16-bit RGBA, plus 16 MB of metadata), refused in one line when the file holds more."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return SMALL_FILE
    if size <= SMALL_FILE:
        return SMALL_FILE
    wh = header_size(path)
    if wh is None:
        return UNKNOWN_HEADER_MAX
    need = max(SMALL_FILE, 8 * wh[0] * wh[1] + (16 << 20))
    if size > need:
        raise ImageReadError(
            path,
            f"file is {size / 1e6:.0f} MB, more than a {wh[0]}x{wh[1]} image can hold ({need / 1e6:.0f} MB): not read",
        )
    return need


def read_checked_bytes(path: str | os.PathLike[str], max_pixels: int | None = DEFAULT_MAX_PIXELS) -> np.ndarray:
    """The bytes of an image file that is safe to hand to a decoder: a regular file, a known
    container, and a header size under max_pixels (a PNG header declaring 100000x100000 would make
    OpenCV try 30 GB). ImageReadError naming the file otherwise."""
    path = Path(path)
    data = _read_bytes(path)
    _check_container(path, data)
    _check_pixels(path, max_pixels)
    return data


def _check_container(path: Path, data: np.ndarray) -> str:
    head = data[:16].tobytes()
    fmt = sniff_format(head)
    if fmt is None:
        text = data[:512].tobytes()
        if text and all(32 <= b < 127 or b in (9, 10, 13) for b in text):
            raise ImageReadError(path, "not an image (the file is text)")
        raise ImageReadError(path, "not an image (unrecognized file header)")
    if fmt == "gif":
        raise ImageReadError(path, "GIF is not supported (convert it to PNG)")
    if fmt == "jpeg":
        tail = data[-64:].tobytes().rstrip(b"\x00\r\n\t ")
        if not tail.endswith(b"\xff\xd9"):
            raise ImageReadError(path, "truncated JPEG (no end-of-image marker)")
    if fmt == "png" and b"IEND" not in data[-32:].tobytes():
        raise ImageReadError(path, "truncated PNG (no IEND chunk)")
    return fmt


HEADER_PREFIX = 1 << 20  # the header is looked for in the first MB only: a parser never walks a huge file


def header_size(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(width, height) from the file header as stored (before EXIF rotation); None if unknown.
    Only the first HEADER_PREFIX bytes are read (PIL walked a 1 GB file of zeros behind a JPEG
    marker byte by byte: minutes)."""
    from app.core.io.regular import is_regular_file

    if not is_regular_file(path):
        return None
    try:
        import io

        from PIL import Image

        with open(path, "rb") as f:
            prefix = f.read(HEADER_PREFIX)
        Image.MAX_IMAGE_PIXELS = None  # we apply our own limit (DEFAULT_MAX_PIXELS) to the size read here
        with Image.open(io.BytesIO(prefix)) as im:
            return int(im.size[0]), int(im.size[1])
    except Exception:
        return None


def exif_orientation(path: str | os.PathLike[str]) -> int:
    """EXIF orientation tag (1..8), 1 when absent or unreadable."""
    from app.core.io.regular import is_regular_file

    if not is_regular_file(path):
        return 1
    try:
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = None
        with Image.open(path) as im:
            o = int(im.getexif().get(0x0112, 1))
            return o if 1 <= o <= 8 else 1
    except Exception:
        return 1


def oriented_size(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(width, height) of the image as read_image returns it (EXIF rotation applied), from the header only."""
    wh = header_size(path)
    if wh is None:
        return None
    return (wh[1], wh[0]) if exif_orientation(path) in (5, 6, 7, 8) else wh


def apply_orientation(img: np.ndarray, orientation: int) -> np.ndarray:
    """Apply an EXIF orientation to an array the way OpenCV's imread does."""
    if orientation == 2:
        return cast(np.ndarray, cv2.flip(img, 1))
    if orientation == 3:
        return cast(np.ndarray, cv2.rotate(img, cv2.ROTATE_180))
    if orientation == 4:
        return cast(np.ndarray, cv2.flip(img, 0))
    if orientation == 5:
        return cast(np.ndarray, cv2.transpose(img))
    if orientation == 6:
        return cast(np.ndarray, cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE))
    if orientation == 7:
        return cast(np.ndarray, cv2.rotate(cv2.transpose(img), cv2.ROTATE_180))
    if orientation == 8:
        return cast(np.ndarray, cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE))
    return img


def _check_pixels(path: Path, max_pixels: int | None) -> None:
    if max_pixels:
        wh = header_size(path)
        if wh:
            _check_size(path, wh[0], wh[1], max_pixels)


def _check_size(path: Path, w: int, h: int, max_pixels: int | None) -> None:
    if max_pixels and w * h > max_pixels:
        raise ImageReadError(
            path, f"image too large to decode in full: {w}x{h} ({w * h / 1e6:.0f} MP, limit {max_pixels / 1e6:.0f} MP)"
        )


def read_image(
    path: str | os.PathLike[str], mode: str = "color", max_pixels: int | None = DEFAULT_MAX_PIXELS, approx: bool = False
) -> np.ndarray:
    """Decode an image file.

    mode="color": BGR uint8 HxWx3, EXIF-oriented, identical to Ultralytics' imread (approx=True: a
    JPEG with libjpeg-turbo's fastest IDCT and upsampling instead, a few levels off, faster).
    mode="unchanged": native channels and depth (HxW, HxWx3 BGR, HxWx4 BGRA; uint8 or uint16), EXIF-oriented.
    mode="gray": uint8 HxW, EXIF-oriented.
    """
    path = Path(path)
    data = _read_bytes(path)
    fmt = _check_container(path, data)
    if fmt == "jpeg" and mode == "color":
        hdr = jpeg_fast.header(data)
        if hdr is not None:  # the common case: libjpeg-turbo directly, same pixels as OpenCV, ~1.8x faster
            _check_size(path, hdr[1], hdr[0], max_pixels)
            img = jpeg_fast.decode_bgr(data, apply_orientation, approx)
            if img is not None:
                return img
    _check_pixels(path, max_pixels)
    if mode == "color":
        flags = cv2.IMREAD_COLOR
    elif mode == "gray":
        flags = cv2.IMREAD_GRAYSCALE
    elif mode == "unchanged":
        flags = cv2.IMREAD_UNCHANGED
    else:
        raise ValueError(f"unknown mode {mode!r}")
    if fmt == "tiff" and mode != "gray":
        ok, frames = cv2.imdecodemulti(data, cv2.IMREAD_UNCHANGED)
        img = frames[0] if ok and frames else None
        if img is not None and mode == "color":
            img = _to_bgr8(img)
    else:
        try:
            img = cv2.imdecode(data, flags)
        except cv2.error as e:
            raise ImageReadError(path, f"undecodable image data ({str(e).strip().splitlines()[-1]})") from None
    if img is None or img.size == 0:
        raise ImageReadError(path, f"undecodable image data (corrupt {fmt.upper()} or unsupported variant)")
    if mode == "unchanged":
        img = apply_orientation(img, exif_orientation(path)) if fmt in ("jpeg", "png", "webp", "tiff") else img
        if img.ndim == 3 and img.shape[2] == 1:
            img = img[:, :, 0]
    elif mode == "color" and img.ndim == 2:
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    return np.ascontiguousarray(img)


def _to_bgr8(img: np.ndarray) -> np.ndarray:
    if img.dtype == np.uint16:
        img = (img >> 8).astype(np.uint8)
    elif img.dtype != np.uint8:
        img = cv2.normalize(img, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    if img.ndim == 2:
        return cast(np.ndarray, cv2.cvtColor(img, cv2.COLOR_GRAY2BGR))
    if img.shape[2] == 4:
        return cast(np.ndarray, cv2.cvtColor(img, cv2.COLOR_BGRA2BGR))
    return img


def read_image_reduced(path: str | os.PathLike[str], max_side: int = 4096) -> tuple[np.ndarray, float]:
    """Decode for display: BGR uint8 whose long side is at most max_side, and the scale used
    (displayed / original). Huge JPEGs are decoded at 1/2, 1/4 or 1/8 by libjpeg, never in full."""
    path = Path(path)
    wh = oriented_size(path)
    img: np.ndarray | None
    if wh is None or max(wh) <= max_side:
        img = read_image(path, "color")
        return img, 1.0
    data = _read_bytes(path)
    fmt = _check_container(path, data)
    factor = max(wh) / max_side
    flag, div = cv2.IMREAD_COLOR, 1
    if fmt == "jpeg":
        for d, f in ((8, cv2.IMREAD_REDUCED_COLOR_8), (4, cv2.IMREAD_REDUCED_COLOR_4), (2, cv2.IMREAD_REDUCED_COLOR_2)):
            if factor >= d:
                flag, div = f, d
                break
    if div == 1 and wh[0] * wh[1] > DEFAULT_MAX_PIXELS:
        raise ImageReadError(path, f"image too large to display: {wh[0]}x{wh[1]}")
    img = cv2.imdecode(data, flag)
    if img is None:
        raise ImageReadError(path, f"undecodable image data (corrupt {fmt.upper()} or unsupported variant)")
    if img.ndim == 2:
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    if max(img.shape[:2]) > max_side:
        s = max_side / max(img.shape[:2])
        img = cv2.resize(
            img, (max(1, round(img.shape[1] * s)), max(1, round(img.shape[0] * s))), interpolation=cv2.INTER_AREA
        )
    return img, img.shape[1] / wh[0]


# the return type is quoted: pipeline export copies this function into a script that imports only cv2, numpy, os, sys
def list_images(root: str | os.PathLike[str], skipped: list[str] | None = None) -> "Iterator[str]":  # noqa: UP037
    """Yield image paths under root (recursive, sorted per folder, hidden folders skipped), lazily.
    `skipped` collects one 'path: reason' line per picture in a format not read (GIF, HEIC, ...)
    and per folder that cannot be listed.
    Symlinked folders are followed once: a folder already visited (a link to `.` or to a parent)
    is skipped, so no loop. A FIFO or device named like an image is yielded: the readers refuse
    it with one line naming it (they read regular files only)."""
    seen: set[tuple[int, int]] = set()
    try:
        st = os.stat(root)
        seen.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    stack = [str(root)]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            if skipped is not None:
                skipped.append(f"{d}: skipped: cannot list this folder (permission denied or gone)")
            continue
        subdirs: list[str] = []
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                if e.is_dir():
                    st = os.stat(e.path)
                    key = (st.st_dev, st.st_ino)
                    if key not in seen:
                        seen.add(key)
                        subdirs.append(e.path)
                    continue
                ext = os.path.splitext(e.name)[1].lower()
                if (
                    ext in IMAGE_EXTENSIONS
                    and e.path.encode("utf-8", "surrogateescape").decode("utf-8", "replace") != e.path
                ):
                    if skipped is not None:  # the index stores names as text: named and skipped, no traceback
                        skipped.append(
                            f"{shown(e.path)}: skipped: the file name is not valid UTF-8; rename it to label it"
                        )
                elif ext in IMAGE_EXTENSIONS:
                    yield e.path
                elif skipped is not None and ext in NOT_READ:
                    skipped.append(f"{shown(e.path)}: skipped: {ext[1:].upper()} {NOT_READ_WHY}")
            except OSError:  # e.g. a folder nested past the system's path length limit
                if skipped is not None:
                    name = shown(e.path)
                    name = name if len(name) <= 300 else name[:140] + "..." + name[-140:]
                    skipped.append(f"{name}: skipped: cannot be read here (path too long, or no permission)")
                continue
        stack.extend(reversed(subdirs))
