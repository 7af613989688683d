"""The fast JPEG path gives exactly the pixels of OpenCV's imdecode (Ultralytics' loader), for every
JPEG variant it accepts, and hands the rest to OpenCV."""

from __future__ import annotations

import functools
import io
import struct

import cv2
import numpy as np
import pytest
import simplejpeg  # a dependency: the test fails loudly when it is missing
from PIL import Image

from app.core.io import images as imaging
from app.core.io import jpeg_fast


@functools.cache  # one scene a size and seed: the 10 variants of a 1080p test share theirs (read-only)
def _scene(h: int, w: int, seed: int = 0) -> np.ndarray:
    """Natural-ish content: gradients, shapes, fine noise and sharp colour edges (chroma matters)."""
    rng = np.random.default_rng(seed)
    x, y = np.arange(w), np.arange(h)[:, None]
    img = np.empty((h, w, 3), np.uint8)
    img[..., 0] = x * 255 // max(w - 1, 1)
    img[..., 1] = y * 255 // max(h - 1, 1)
    img[..., 2] = (x + y) % 256
    for _ in range(12):
        c = tuple(int(v) for v in rng.integers(0, 256, 3))
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        cv2.circle(img, (x, y), int(rng.integers(3, max(4, min(h, w) // 3))), c, -1)
    noise = rng.integers(-20, 21, img.shape)
    out = np.clip(img.astype(np.int16) + noise.astype(np.int16), 0, 255).astype(np.uint8)
    out.flags.writeable = False
    return out


def _cv2_ref(data: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)


VARIANTS = [
    ("420", [cv2.IMWRITE_JPEG_SAMPLING_FACTOR, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_420]),
    ("422", [cv2.IMWRITE_JPEG_SAMPLING_FACTOR, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_422]),
    ("444", [cv2.IMWRITE_JPEG_SAMPLING_FACTOR, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_444]),
    ("411", [cv2.IMWRITE_JPEG_SAMPLING_FACTOR, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_411]),
    ("440", [cv2.IMWRITE_JPEG_SAMPLING_FACTOR, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_440]),
    ("progressive", [cv2.IMWRITE_JPEG_PROGRESSIVE, 1]),
    ("restart-markers", [cv2.IMWRITE_JPEG_RST_INTERVAL, 3]),
    ("optimized-huffman", [cv2.IMWRITE_JPEG_OPTIMIZE, 1]),
    ("q100", [cv2.IMWRITE_JPEG_QUALITY, 100]),
    ("q30", [cv2.IMWRITE_JPEG_QUALITY, 30]),
]


@pytest.mark.parametrize("shape", [(1080, 1920), (257, 333), (31, 17), (480, 641)])
@pytest.mark.parametrize("name,params", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_colour_jpegs_equal_opencv(tmp_path, shape, name, params):
    ok, enc = cv2.imencode(".jpg", _scene(*shape, seed=shape[1]), params)
    assert ok
    data = enc.tobytes()
    fast = jpeg_fast.decode_bgr(np.frombuffer(data, np.uint8), imaging.apply_orientation)
    assert fast is not None, f"{name} {shape} should take the fast path"
    ref = _cv2_ref(data)
    assert fast.shape == ref.shape == (*shape, 3)
    assert np.array_equal(fast, ref), f"{name} {shape}: max diff {np.abs(fast.astype(int) - ref).max()}"
    p = tmp_path / "a.jpg"
    p.write_bytes(data)
    assert np.array_equal(imaging.read_image(p), ref)


@pytest.mark.parametrize("shape", [(200, 301), (1080, 1920)])
def test_gray_jpeg_equals_opencv(tmp_path, shape):
    gray = cv2.cvtColor(_scene(*shape), cv2.COLOR_BGR2GRAY)
    data = cv2.imencode(".jpg", gray)[1].tobytes()
    assert simplejpeg.decode_jpeg_header(data)[2] == "Gray"
    p = tmp_path / "g.jpg"
    p.write_bytes(data)
    fast = jpeg_fast.decode_bgr(np.frombuffer(data, np.uint8), imaging.apply_orientation)
    assert fast is not None
    assert np.array_equal(fast, _cv2_ref(data))
    assert np.array_equal(imaging.read_image(p), _cv2_ref(data))


def _with_exif(data: bytes, orientation: int, big_endian: bool) -> bytes:
    """Insert an APP1 Exif segment (IFD0 with a few tags, orientation among them) after SOI."""
    e = ">" if big_endian else "<"
    entries = [
        (0x010F, 2, 4, b"ACME"),
        (0x0112, 3, 1, struct.pack(e + "H", orientation) + b"\0\0"),
        (0x011A, 4, 1, struct.pack(e + "I", 72)),
    ]
    ifd = struct.pack(e + "H", len(entries))
    for tag, typ, cnt, val in entries:
        ifd += struct.pack(e + "HHI", tag, typ, cnt) + val
    tiff = (b"MM" if big_endian else b"II") + struct.pack(e + "HI", 42, 8) + ifd + struct.pack(e + "I", 0)
    seg = b"Exif\x00\x00" + tiff
    return data[:2] + b"\xff\xe1" + struct.pack(">H", len(seg) + 2) + seg + data[2:]


@pytest.mark.parametrize("big_endian", [False, True], ids=["II", "MM"])
@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_applied_like_opencv(tmp_path, orientation, big_endian):
    base = cv2.imencode(".jpg", _scene(120, 200, seed=orientation))[1].tobytes()
    data = _with_exif(base, orientation, big_endian)
    assert jpeg_fast.exif_orientation_from_bytes(data) == orientation
    ref = _cv2_ref(data)
    assert ref.shape[:2] == ((200, 120) if orientation >= 5 else (120, 200))  # OpenCV did rotate
    p = tmp_path / "o.jpg"
    p.write_bytes(data)
    fast = jpeg_fast.decode_bgr(np.frombuffer(data, np.uint8), imaging.apply_orientation)
    assert fast is not None and np.array_equal(fast, ref)
    assert np.array_equal(imaging.read_image(p), ref)


def test_pillow_written_exif_is_read(tmp_path):
    im = Image.fromarray(_scene(90, 160)[..., ::-1])
    ex = Image.Exif()
    ex[0x0112] = 6
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=ex.tobytes(), quality=90)
    data = buf.getvalue()
    assert jpeg_fast.exif_orientation_from_bytes(data) == 6
    p = tmp_path / "pil.jpg"
    p.write_bytes(data)
    assert np.array_equal(imaging.read_image(p), _cv2_ref(data))
    assert imaging.read_image(p).shape[:2] == (160, 90)


def test_cmyk_and_corrupt_jpegs_take_opencvs_path(tmp_path):
    # CMYK: not for the fast path; read_image still returns OpenCV's pixels
    cmyk = io.BytesIO()
    Image.fromarray(_scene(64, 96)).convert("CMYK").save(cmyk, "JPEG")
    data = cmyk.getvalue()
    assert jpeg_fast.header(np.frombuffer(data, np.uint8)) is None
    p = tmp_path / "cmyk.jpg"
    p.write_bytes(data)
    assert np.array_equal(imaging.read_image(p), _cv2_ref(data))
    # damaged entropy data (end marker intact): libjpeg warns; the fast path declines, OpenCV decides
    good = cv2.imencode(".jpg", _scene(240, 320))[1].tobytes()
    bad = bytearray(good)
    mid = len(bad) // 2
    bad[mid : mid + 40] = b"\xff\xd3" * 20  # stray restart markers inside the scan
    p2 = tmp_path / "bad.jpg"
    p2.write_bytes(bytes(bad))
    assert jpeg_fast.decode_bgr(np.frombuffer(bytes(bad), np.uint8), imaging.apply_orientation) is None
    ref = _cv2_ref(bytes(bad))
    assert ref is not None  # OpenCV decodes it with a warning, as Ultralytics' loader would
    assert np.array_equal(imaging.read_image(p2), ref)


def test_unparseable_exif_sends_the_image_to_opencv():
    base = cv2.imencode(".jpg", _scene(40, 60))[1].tobytes()
    seg = b"Exif\x00\x00" + b"XX" + b"\0" * 10  # neither II nor MM
    data = base[:2] + b"\xff\xe1" + struct.pack(">H", len(seg) + 2) + seg + base[2:]
    assert jpeg_fast.exif_orientation_from_bytes(data) is None
    assert jpeg_fast.decode_bgr(np.frombuffer(data, np.uint8), imaging.apply_orientation) is None


def test_pixel_limit_still_applies_on_the_fast_path(tmp_path):
    p = tmp_path / "big.jpg"
    cv2.imwrite(str(p), _scene(300, 400))
    with pytest.raises(imaging.ImageReadError, match="too large"):
        imaging.read_image(p, max_pixels=100_000)
    assert imaging.read_image(p, max_pixels=120_000).shape == (300, 400, 3)
