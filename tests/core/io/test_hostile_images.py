"""Image reading and listing under hostile input: FIFOs, /proc files, symlink loops."""

from __future__ import annotations

import os

import cv2
import numpy as np
import pytest

from app.core.errors import ImageReadError
from app.core.io.images import list_images, oriented_size, read_image
from app.core.io.regular import read_regular_bytes


def test_fifo_named_jpg_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "x.jpg")
    with pytest.raises(ImageReadError) as e:
        read_image(tmp_path / "x.jpg")
    assert str(e.value) == f"{tmp_path / 'x.jpg'}: a FIFO (named pipe), not a regular file: not read"
    assert oriented_size(tmp_path / "x.jpg") is None


def test_proc_self_mem_is_not_called_empty():
    with pytest.raises(ImageReadError) as e:
        read_image("/proc/self/mem")
    assert "empty" not in str(e.value) and str(e.value).startswith("/proc/self/mem: cannot read")


def test_proc_file_with_size_zero_is_read_in_full():
    data = read_regular_bytes("/proc/self/status")
    assert b"Umask:" in data


def test_empty_file_is_still_called_empty(tmp_path):
    (tmp_path / "e.png").write_bytes(b"")
    with pytest.raises(ImageReadError, match="empty file"):
        read_image(tmp_path / "e.png")


def test_symlink_loops_are_followed_once(tmp_path):
    cv2.imwrite(str(tmp_path / "a.png"), np.zeros((4, 4, 3), np.uint8))
    (tmp_path / "sub").mkdir()
    cv2.imwrite(str(tmp_path / "sub" / "b.png"), np.zeros((4, 4, 3), np.uint8))
    os.symlink(".", tmp_path / "self")
    os.symlink(".", tmp_path / "self2")
    os.symlink("..", tmp_path / "sub" / "up")
    got = [os.path.relpath(p, tmp_path) for p in list_images(tmp_path)]
    assert got == ["a.png", "sub/b.png"]


def test_symlinked_folder_outside_is_listed(tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    cv2.imwrite(str(other / "c.png"), np.zeros((4, 4, 3), np.uint8))
    (tmp_path / "root").mkdir()
    os.symlink(other, tmp_path / "root" / "link")
    assert [os.path.relpath(p, tmp_path / "root") for p in list_images(tmp_path / "root")] == ["link/c.png"]
