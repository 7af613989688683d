"""Memory is bounded before any check: an image file is not read past what its header's size can
need; a .pt that is not a checkpoint is called what it is; a zip bomb is refused from its
directory, before anything inflates. Measured with the process's peak memory in a child."""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
import zlib

import cv2
import numpy as np
import pytest

from app.core.errors import ImageReadError, ModelLoadError
from app.core.io.images import read_image
from app.core.io.models.archive import check_checkpoint
from tests.support.paths import DEMO_MODEL, ROOT


def _jpeg(path, h=480, w=640):
    ok, buf = cv2.imencode(".jpg", np.zeros((h, w, 3), np.uint8))
    path.write_bytes(buf.tobytes())
    return buf.tobytes()


def test_a_huge_sparse_file_behind_a_small_header_is_refused_without_reading_it(tmp_path):
    data = _jpeg(tmp_path / "a.jpg")
    big = tmp_path / "sparse.jpg"
    with open(big, "wb") as f:
        f.write(data[:-2])
        f.seek(3 << 30)
        f.write(b"\xff\xd9")
    code = (
        "import sys\nfrom app.core.io.images import read_image\n"
        "try:\n    read_image(sys.argv[1])\nexcept Exception as e:\n    print(e)\n"
        "hwm = [ln for ln in open('/proc/self/status') if ln.startswith('VmHWM')][0]\n"
        "print(int(hwm.split()[1]) // 1024)"
    )  # peak of this process (ru_maxrss survives exec)
    r = subprocess.run(
        [sys.executable, "-c", code, str(big)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    msg, rss_mb = r.stdout.strip().splitlines()
    assert msg == f"{big}: file is 3221 MB, more than a 640x480 image can hold (67 MB): not read"
    assert int(rss_mb) < 600, rss_mb  # it was 6.4 GB: the file was read whole first
    assert read_image(tmp_path / "a.jpg").shape == (480, 640, 3)


def test_no_header_means_a_fixed_cap(tmp_path):
    f = tmp_path / "x.jpg"
    with open(f, "wb") as fh:
        fh.write(b"\xff\xd8\xff")
        fh.seek(1 << 30)
        fh.write(b"\xff\xd9")
    with pytest.raises(ImageReadError, match="too large"):
        read_image(f)


@pytest.mark.parametrize(
    "content, says",
    [
        (None, "not a model file (a JPEG image)"),
        (b"hello, this is text\n", "not a model file (a text file)"),
        (b"", "not a model file (empty)"),
    ],
)
def test_a_pt_that_is_no_checkpoint_is_called_what_it_is(tmp_path, content, says):
    p = tmp_path / "m.pt"
    if content is None:
        _jpeg(p)
    else:
        p.write_bytes(content)
    with pytest.raises(ModelLoadError) as e:
        check_checkpoint(p)
    assert str(e.value) == f"{p}: {says}"
    assert "run code" not in str(e.value)


def _zip_of_zeros(path, name: str, mb: int) -> None:
    """A zip whose one deflated member inflates to `mb` MB of zeros. Deflating them (zipfile) takes
    seconds; but a MB of zeros ended by a full flush deflates to the same bytes every time (the
    flush forgets the window), so that block is made once and repeated, and the zip written here."""
    zeros = bytes(1 << 20)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate, as a zip member holds it
    block = co.compress(zeros) + co.flush(zlib.Z_FULL_FLUSH)
    assert co.compress(zeros) + co.flush(zlib.Z_FULL_FLUSH) == block  # the same bytes again
    data = block * mb + co.flush()
    crc = 0
    for _ in range(mb):
        crc = zlib.crc32(zeros, crc)
    n, size = name.encode(), mb << 20
    local = struct.pack("<4s5H3L2H", b"PK\3\4", 20, 0, zipfile.ZIP_DEFLATED, 0, 0, crc, len(data), size, len(n), 0)
    central = struct.pack(
        "<4s6H3L5H2L", b"PK\1\2", 20, 20, 0, zipfile.ZIP_DEFLATED, 0, 0, crc, len(data), size, len(n), 0, 0, 0, 0, 0, 0
    )
    end = struct.pack("<4s4H2LH", b"PK\5\6", 0, 0, 1, 1, len(central) + len(n), len(local) + len(n) + len(data), 0)
    path.write_bytes(local + n + data + central + n + end)
    with zipfile.ZipFile(path) as z, z.open(name) as f:  # a real zip: its member inflates to zeros
        assert z.getinfo(name).file_size == size and f.read(3 << 20) == zeros * 3


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path):
    p = tmp_path / "bomb.pt"
    _zip_of_zeros(p, "archive/data.pkl", 256)
    assert p.stat().st_size < 1 << 20
    with pytest.raises(ModelLoadError, match="would inflate from 0.3 MB to 268 MB"):
        check_checkpoint(p)
    check_checkpoint(DEMO_MODEL)  # a real checkpoint passes
