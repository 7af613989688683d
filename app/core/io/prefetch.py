"""Decode the next images of a queue in the background so moving on is instant.

    pf = Prefetcher(ahead=3)
    img = pf.show(path, upcoming=[next1, next2, next3])   # returns path's image, starts the rest

A small thread pool (OpenCV's decoder releases the GIL) fills an LRU of decoded images keyed by
path; an entry whose file changed on disk (mtime/size) is decoded again. Read errors are kept as
the entry's exception and re-raised by get(), so the caller shows them like any other error.
No Qt here: the review pane calls get()/show() from its own thread or a worker.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Self

import numpy as np


def _sig(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
        return st.st_mtime_ns, st.st_size
    except OSError:
        return None


class Prefetcher:
    def __init__(
        self, reader: Callable[[str], np.ndarray] | None = None, ahead: int = 3, workers: int = 2, capacity: int = 10
    ) -> None:
        if reader is None:
            from app.core.io.images import read_image

            reader = read_image
        self.reader = reader
        self.ahead = max(0, int(ahead))
        self.capacity = max(capacity, self.ahead + 2)
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="prefetch")
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[object, Future[np.ndarray]]] = OrderedDict()
        self._pinned: set[str] = set()
        self.hits = self.waits = self.misses = 0
        self._closed = False

    # ------------------------------------------------------------------ internals
    def _submit(self, key: str, sig: tuple[int, int] | None) -> Future[np.ndarray]:
        """Caller holds the lock."""
        fut = self._pool.submit(self.reader, key)
        self._cache[key] = (sig, fut)
        self._cache.move_to_end(key)
        while len(self._cache) > self.capacity:
            old = next((k for k in self._cache if k not in self._pinned and k != key), None)
            if old is None:
                break
            _, f = self._cache.pop(old)
            f.cancel()
        return fut

    def _entry(self, key: str, count: bool) -> Future[np.ndarray]:
        sig = _sig(key)
        with self._lock:
            got = self._cache.get(key)
            if got is not None and got[0] == sig and not got[1].cancelled():
                self._cache.move_to_end(key)
                if count:
                    if got[1].done():
                        self.hits += 1
                    else:
                        self.waits += 1
                return got[1]
            if count:
                self.misses += 1
            return self._submit(key, sig)

    # ------------------------------------------------------------------ API
    def get(self, path: str | os.PathLike[str], timeout: float | None = None) -> np.ndarray:
        """The decoded image of path: from the cache, by waiting for its decode, or decoded now."""
        return self._entry(os.fspath(path), True).result(timeout)

    def prefetch(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Start decoding paths (in order) that are not cached yet; keeps them from eviction
        until the next prefetch() call."""
        keys = [os.fspath(p) for p in paths][: self.capacity - 1]
        with self._lock:
            self._pinned = set(keys)
        for k in keys:
            self._entry(k, False)

    def show(self, path: str | os.PathLike[str], upcoming: Iterable[str | os.PathLike[str]] = ()) -> np.ndarray:
        """get(path) and prefetch the next `ahead` paths of upcoming (started before waiting)."""
        key = os.fspath(path)
        ahead = [os.fspath(p) for p in list(upcoming)[: self.ahead] if os.fspath(p) != key]
        fut = self._entry(key, True)
        self.prefetch([key] + ahead)
        return fut.result()

    def invalidate(self, path: str | os.PathLike[str] | None = None) -> None:
        """Forget one path (or everything)."""
        with self._lock:
            if path is None:
                for _, f in self._cache.values():
                    f.cancel()
                self._cache.clear()
            else:
                got = self._cache.pop(os.fspath(path), None)
                if got is not None:
                    got[1].cancel()

    def cached(self, path: str | os.PathLike[str]) -> bool:
        with self._lock:
            got = self._cache.get(os.fspath(path))
            return got is not None and got[1].done() and not got[1].cancelled()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.invalidate()
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
