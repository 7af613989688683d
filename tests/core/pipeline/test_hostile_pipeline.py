"""Pipeline files and pipeline inputs under hostile input: one FileError line naming the file."""

from __future__ import annotations

import os
import struct
import zlib

import cv2
import numpy as np
import pytest

from app.core.errors import FileError, ImageReadError
from app.core.jobs import JobState
from app.core.pipeline.batch import apply_pipeline_to_folder, load_for_pipeline
from app.core.pipeline.model import Pipeline, default_pipeline


def png_bomb(path, w=100_000, h=100_000) -> None:
    """A small PNG whose header declares w x h RGB pixels (30 GB decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def test_pipeline_nested_100000_deep(tmp_path):
    p = tmp_path / "deep.json"
    p.write_text('{"schema_version": 1, "steps": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(FileError) as e:
        Pipeline.load(p)
    assert str(e.value) == f"{p}: invalid pipeline: nested too deeply"


def test_pipeline_fifo_and_missing(tmp_path):
    os.mkfifo(tmp_path / "p.json")
    with pytest.raises(FileError) as e:
        Pipeline.load(tmp_path / "p.json")
    assert "a FIFO (named pipe), not a regular file" in str(e.value)
    with pytest.raises(FileError, match="file not found"):
        Pipeline.load(tmp_path / "none.json")


def test_png_header_bomb_refused_before_decoding(tmp_path):
    png_bomb(tmp_path / "bomb.png")
    with pytest.raises(ImageReadError) as e:
        load_for_pipeline(tmp_path / "bomb.png")
    assert "image too large to decode in full: 100000x100000" in str(e.value)


def test_batch_goes_on_past_fifo_and_bomb(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    cv2.imwrite(str(src / "a.png"), np.full((20, 30, 3), 90, np.uint8))
    cv2.imwrite(str(src / "z.png"), np.full((20, 30, 3), 200, np.uint8))
    png_bomb(src / "bomb.png")
    os.mkfifo(src / "x.jpg")
    os.symlink(".", src / "self")  # a loop: followed once, never again
    os.symlink(".", src / "again")
    state = JobState()
    summary = apply_pipeline_to_folder(default_pipeline(), src, tmp_path / "out", state)
    assert summary["written"] == 2 and summary["failed"] == 2 and summary["images"] == 4
    errs = dict((os.path.basename(p), r) for p, r in state.errors)
    assert "image too large to decode in full" in errs["bomb.png"]
    assert "FIFO (named pipe), not a regular file" in errs["x.jpg"]
    assert sorted(os.listdir(tmp_path / "out")) == ["a.png", "z.png"]


def test_a_step_that_would_grow_the_image_past_the_limit_is_refused_before_allocating():
    """Resize x8 twice on a 12 MP photo asked for 49 gigapixels: the step is refused, in one line
    naming it, before OpenCV allocates anything; rotate with expand likewise."""
    from app.core.pipeline.model import StepError

    img = np.zeros((3000, 4000, 3), np.uint8)
    p = Pipeline()
    p.add("resize", {"scale": 8.0, "interpolation": "nearest"})
    with pytest.raises(StepError) as e:
        p.run(img)
    assert str(e.value) == "step 1 (resize): the output would be 32000x24000 (768 MP), over the 250 MP limit"
    small = np.zeros((300, 400, 3), np.uint8)
    p.add("resize", {"scale": 8.0, "interpolation": "nearest"})
    with pytest.raises(StepError, match=r"step 2 \(resize\): the output would be 25600x19200"):
        p.run(small)  # the first step's 3200x2400 is fine, the second's is not
    q = Pipeline()
    q.add("rotate", {"angle": 45.0, "expand": True})
    assert q.run(small)[-1].shape[0] > 300  # an ordinary rotation runs
