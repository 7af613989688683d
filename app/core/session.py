"""The application's one open dataset, without Qt: root, data.yaml, class list, index handle and
current image, and the change notifications every view follows.

    s = Session()
    s.subscribe(lambda ch: print(ch.what, ch.rels))
    s.open("resources/demo/data.yaml")              # Change(what={"dataset", "classes"}, ...)
    s.publish(LABELS | INDEX, rels, source="autolabel", root=run_root)

A job that changes label files or the index (auto-label, classical labeling, review edits,
imports, audit) publishes what it changed; a Change that concerns another folder than the open
dataset (a run into a separate label folder, another dataset) is delivered with `for_open=False`,
so views of the open dataset can ignore it. Opening a dataset is the only way the open dataset
changes: nothing else in this module switches it. The Qt adapter is app.gui.common.context.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from app.core.dataset.index import DatasetIndex

DATASET = frozenset({"dataset"})  # another dataset was opened (everything else changes with it)
CLASSES = frozenset({"classes"})  # the class list
LABELS = frozenset({"labels"})  # label files were written
INDEX = frozenset({"index"})  # index rows: status, counts, confidences (the queue's order)
PREDICTIONS = frozenset({"predictions"})  # the model's stored predictions
IMAGE = frozenset({"image"})  # the current image


@dataclass(frozen=True)
class Change:
    what: frozenset[str]  # union of DATASET, CLASSES, LABELS, INDEX, PREDICTIONS, IMAGE
    rels: tuple[str, ...] = ()  # images concerned, relative to the dataset root; () = any / all
    source: str = ""  # who changed it: "open", "autolabel", "review", "classical", ...
    root: Path | None = None  # the folder the change happened in
    for_open: bool = True  # True: it concerns the open dataset
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def has(self, kinds: Iterable[str]) -> bool:
        return bool(self.what & frozenset(kinds))


class Session:
    """One open dataset and its listeners. Listeners are called in the publishing thread, in the
    order they subscribed; a listener that raises does not stop the others (the error is kept in
    `errors`)."""

    def __init__(self) -> None:
        self.root: Path | None = None
        self.data_yaml: Path | None = None
        self.class_names: list[str] = []
        self.current_image: Path | None = None
        self.generation = 0  # +1 per opened dataset: results of an older one are stale
        self.errors: list[BaseException] = []
        self._listeners: list[Callable[[Change], None]] = []
        self._index: DatasetIndex | None = None
        self._lock = threading.RLock()

    # ----- listeners -----
    def subscribe(self, fn: Callable[[Change], None]) -> Callable[[], None]:
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def _emit(self, ch: Change) -> Change:
        for fn in list(self._listeners):
            try:
                fn(ch)
            except Exception as e:
                self.errors.append(e)
        return ch

    # ----- the open dataset -----
    def open(self, source: str | os.PathLike[str]) -> Change:
        """Open a folder of images or a data.yaml (the layout rule of app.core.io.layout; raises
        its one-line LabelBenchError for a bad source)."""
        from app.core.io.layout import resolve_source

        src = resolve_source(source)
        return self.set_dataset(src.root, src.data_yaml, src.class_names)

    def set_dataset(
        self,
        root: str | os.PathLike[str],
        data_yaml: str | os.PathLike[str] | None = None,
        class_names: Iterable[str] | None = None,
    ) -> Change:
        """Make an already resolved dataset the open one (re-opening the same one refreshes it)."""
        with self._lock:
            self._close_index()
            self.root = Path(root).resolve()
            self.data_yaml = Path(data_yaml).resolve() if data_yaml else None
            self.class_names = list(class_names or [])
            self.current_image = None
            self.generation += 1
        return self._emit(Change(DATASET | CLASSES | LABELS | INDEX | PREDICTIONS | IMAGE, (), "open", self.root))

    @property
    def source(self) -> Path | None:
        """What the dataset was opened through: its data.yaml, else its folder."""
        return self.data_yaml or self.root

    def contains(self, path: str | os.PathLike[str]) -> bool:
        return self.root is not None and Path(path).resolve().is_relative_to(self.root)

    def rel_of(self, path: str | os.PathLike[str]) -> str | None:
        """path relative to the open dataset's root (posix), None when it lies outside it."""
        if not self.contains(path):
            return None
        return Path(path).resolve().relative_to(cast(Path, self.root)).as_posix()  # contains(): a root is open

    def is_same_dataset(self, source: str | os.PathLike[str] | None) -> bool:
        """Does source (a folder, data.yaml, or an image list inside it) name the open dataset?"""
        if source is None or self.root is None:
            return False
        p = Path(source).expanduser().resolve()
        return p in (self.root, self.data_yaml)

    def index(self) -> DatasetIndex | None:
        """The open dataset's index (DatasetIndex, opened on first use, shared, thread-safe; closed
        when another dataset opens). None when nothing is open."""
        with self._lock:
            if self.root is None:
                return None
            if self._index is None:
                from app.core.dataset.index import DatasetIndex

                self._index = DatasetIndex.open(cast(Path, self.source))  # a root is open
            return self._index

    def _close_index(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    def close(self) -> None:
        with self._lock:
            self._close_index()

    # ----- changes -----
    def set_class_names(self, names: Iterable[str], source: str = "") -> Change:
        self.class_names = list(names)
        if self._index is not None:
            self._index.class_names = list(self.class_names)
        return self._emit(Change(CLASSES, (), source, self.root))

    def select_image(self, path: str | os.PathLike[str] | None, source: str = "") -> Change:
        """The current image (any pane may follow it). An image outside the open dataset is
        current too (a folder browsed on its own), but its rel is empty."""
        self.current_image = Path(path).resolve() if path else None
        rel = self.rel_of(path) if path else None
        return self._emit(
            Change(
                IMAGE, (rel,) if rel else (), source, self.root, extra={"path": str(self.current_image) if path else ""}
            )
        )

    def publish(
        self,
        what: frozenset[str],
        rels: Iterable[str] = (),
        source: str = "",
        root: str | os.PathLike[str] | None = None,
        **extra: Any,
    ) -> Change:
        """A job changed label files / index rows / predictions under `root` (default: the open
        dataset). rels are relative to root; they are re-expressed relative to the open dataset
        when root lies inside it."""
        if DATASET & what:
            raise ValueError("open a dataset with open() or set_dataset(), not publish()")
        r = Path(root).resolve() if root is not None else self.root
        rels = tuple(str(x) for x in rels)
        for_open = r is not None and self.root is not None and r.is_relative_to(self.root)
        if for_open and r != self.root and rels:
            pre = cast(Path, r).relative_to(cast(Path, self.root)).as_posix()  # for_open: both are set
            rels = tuple(f"{pre}/{x}" for x in rels)
        return self._emit(Change(frozenset(what), rels, source, r, for_open, extra))
