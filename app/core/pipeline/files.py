"""Reading, encoding and naming files for pipeline runs (the CLI, the batch job and the exported
script all use these very functions, so their outputs are byte-identical).

Only os, cv2 and numpy are used here: the Python exporter copies these functions into scripts.
"""

import os
from typing import TYPE_CHECKING

import cv2
import numpy as np

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

# Decode with native depth (8 / 16 bit) and gray-or-BGR colour; alpha is dropped; EXIF
# orientation is applied by OpenCV (IMREAD_UNCHANGED would ignore it).
DECODE_FLAGS = cv2.IMREAD_ANYDEPTH | cv2.IMREAD_ANYCOLOR
SIXTEEN_BIT_EXTS = (".png", ".tif", ".tiff", ".pgm", ".ppm", ".pnm")
JPEG_QUALITY = 95


def decode_image(data: np.ndarray) -> np.ndarray | None:
    """Bytes (numpy uint8 buffer) -> gray HxW or BGR HxWx3, uint8 or uint16; None if undecodable."""
    img = cv2.imdecode(data, DECODE_FLAGS)
    if img is None:
        return None
    if img.ndim == 3 and img.shape[2] == 1:
        img = img[:, :, 0]
    if img.ndim == 3 and img.shape[2] == 4:
        img = cv2.cvtColor(img, cv2.COLOR_BGRA2BGR)
    if img.dtype not in (np.uint8, np.uint16):
        img = cv2.normalize(img, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    return np.ascontiguousarray(img)


def encode_image(img: np.ndarray, ext: str) -> bytes:
    """Encode for a file extension (".png", ".jpg", ...). 16-bit results are kept where the format
    can store them (PNG, TIFF, PNM) and reduced to 8 bits (x 255/65535) elsewhere."""
    ext = ext.lower()
    if img.dtype == np.uint16 and ext not in SIXTEEN_BIT_EXTS:
        img = cv2.convertScaleAbs(img, alpha=255.0 / 65535.0)
    params = [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY] if ext in (".jpg", ".jpeg") else []
    ok, buf = cv2.imencode(ext, img, params)
    if not ok:
        raise ValueError("cannot encode a %s %s image as %s" % (img.dtype, img.shape, ext))
    data: bytes = buf.tobytes()
    return data


def output_path(src: str, source_root: str | None, dest: str, ext: str | None = None) -> str:
    """Where the result of `src` goes: for a folder run dest/<path relative to source_root>,
    for a single file `dest` itself (or dest/<name> when dest is an existing folder).
    `ext` (".png") replaces the extension when given."""
    if source_root is None:
        into = os.path.isdir(dest) or dest.endswith(("/", os.sep))
        out = os.path.join(dest, os.path.basename(src)) if into else dest
    else:
        out = os.path.join(dest, os.path.relpath(src, source_root))
    if ext:
        out = os.path.splitext(out)[0] + ext
    return out


def plan_files(
    source: str, dest: str, ext: str | None, list_images: "Callable[[str], Iterable[str]]"
) -> list[tuple[str, str]]:
    """[(input, output)] for a file or a folder (recursive, via `list_images`); files already
    inside `dest` (when dest lies within the source folder) are not inputs."""
    if ext and not ext.startswith("."):
        ext = "." + ext
    if not os.path.isdir(source):
        return [(source, output_path(source, None, dest, ext))]
    dest_abs = os.path.abspath(dest) + os.sep
    return [
        (p, output_path(p, source, dest, ext))
        for p in list_images(source)
        if not os.path.abspath(p).startswith(dest_abs)
    ]


def write_file_atomic(path: str, data: bytes) -> None:
    """Temp file in the same folder, fsync, os.replace: never a half-written output."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, ".%s.%d.tmp" % (os.path.basename(path), os.getpid()))
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
