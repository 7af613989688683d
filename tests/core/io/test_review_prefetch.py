"""The review prefetcher: the next images of the queue are decoded in the background, so moving
on finds them ready; a changed file is decoded again; errors reach the caller."""

from __future__ import annotations

import os
import threading

import cv2
import numpy as np
import pytest

from app.core.errors import LabelBenchError
from app.core.io.prefetch import Prefetcher
from tests.support.files import sized_files


class Reader:
    """Records which paths were decoded, on which thread; can hold a decode until released."""

    def __init__(self):
        self.calls: list[str] = []
        self.threads: set[str] = set()
        self.gate = threading.Event()
        self.gate.set()
        self.lock = threading.Lock()

    def __call__(self, path: str) -> np.ndarray:
        self.gate.wait(10)
        with self.lock:
            self.calls.append(os.path.basename(path))
            self.threads.add(threading.current_thread().name)
        if "broken" in path:
            raise LabelBenchError(f"{path}: cannot decode")
        return np.full((4, 4, 3), len(self.calls), np.uint8)


@pytest.fixture
def files(tmp_path):
    return sized_files(tmp_path, 8)


def wait_cached(pf, paths):
    """Each path is in the cache (already submitted, not re-submitted here) and gets decoded."""
    for p in paths:
        with pf._lock:
            assert p in pf._cache, p
            fut = pf._cache[p][1]
        fut.result(10)
        assert pf.cached(p)


def test_show_prefetches_the_next_images_in_background(files):
    r = Reader()
    with Prefetcher(r, ahead=3, workers=2) as pf:
        pf.show(files[0], files[1:])
        wait_cached(pf, files[1:4])
        assert not pf.cached(files[4])  # only `ahead` of them
        assert all(t.startswith("prefetch") for t in r.threads)  # never on the caller's thread
        n = len(r.calls)
        for i in (1, 2, 3):  # stepping on: ready, not decoded again
            pf.show(files[i], files[i + 1 :])
        assert pf.hits + pf.waits == 3 and pf.misses == 1
        assert r.calls[:n].count("1.jpg") == 1 and r.calls.count("1.jpg") == 1


def test_a_decode_in_flight_is_waited_for_not_repeated(files):
    r = Reader()
    with Prefetcher(r, ahead=1, workers=1) as pf:
        r.gate.clear()  # hold the background decode
        pf.prefetch([files[5]])
        got = {}
        t = threading.Thread(target=lambda: got.update(img=pf.get(files[5])))
        t.start()  # the "next image" asked while in flight
        assert not pf.cached(files[5])
        r.gate.set()
        t.join(10)
        assert got["img"].shape == (4, 4, 3) and r.calls == ["5.jpg"]
        assert pf.misses == 0 and pf.waits + pf.hits == 1


def test_changed_file_is_decoded_again(files):
    r = Reader()
    with Prefetcher(r, ahead=0) as pf:
        pf.get(files[0])
        pf.get(files[0])
        assert r.calls == ["0.jpg"]
        with open(files[0], "ab") as f:
            f.write(b"more")
        pf.get(files[0])
        assert r.calls == ["0.jpg", "0.jpg"]


def test_errors_are_raised_to_the_caller(tmp_path, files):
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"nope")
    r = Reader()
    with Prefetcher(r, ahead=2) as pf:
        pf.show(files[0], [str(bad), files[1]])  # prefetching a broken file does not raise
        with pytest.raises(LabelBenchError, match="broken.jpg"):
            pf.get(str(bad))
        assert pf.get(files[1]).shape == (4, 4, 3)


def test_capacity_bounds_memory_and_keeps_upcoming(files):
    r = Reader()
    with Prefetcher(r, ahead=2, capacity=4) as pf:
        for i in range(6):
            pf.show(files[i], files[i + 1 :])
        with pf._lock:
            assert len(pf._cache) <= 4  # old images evicted
        wait_cached(pf, files[5:8])  # the current and upcoming ones kept


def test_real_decoder_with_exif_frame(tmp_path):
    img = np.zeros((30, 50, 3), np.uint8)
    img[:, :10] = 255
    p = tmp_path / "real.png"
    cv2.imwrite(str(p), img)
    with Prefetcher(ahead=1) as pf:  # default reader: app.core.io.images.read_image
        got = pf.show(str(p), [])
    assert got.shape == (30, 50, 3) and got[:, :10].min() == 255
