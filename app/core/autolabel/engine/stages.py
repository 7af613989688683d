"""Input and output stages of the auto-label engine.

* `Preprocessor`: decode (app.core.io.images.read_image = Ultralytics' imread pixels, EXIF applied) +
  Ultralytics LetterBox, run on worker threads (the decoders release the GIL). The backend turns
  the uint8 BGR batch into the model input (RGB, CHW, float32 /255, as `BasePredictor.preprocess`
  does); OpenVINO does it inside the compiled model, where it costs nothing measurable.
  Images are decoded in full unless `--precision fast` checked reduced-size JPEG decoding against
  float32 on this folder's images and it passed and was faster (app.core.autolabel.backends.reduced_decode,
  chosen in app.core.autolabel.backends.precision).
* `Journal`: the label files of a batch are listed (atomically), each with the identity the new
  file will have (inode, size, mtime_ns of its temp file), before any is put in place, and the
  list is cleared once the index has recorded them; after a kill, the next run knows which label
  files are its own half-recorded work (the file still has that identity) rather than a person's.
* `Writer`: a thread that writes label files (atomic, 6 decimals) and records predictions in the
  dataset index in batches: each file is put in place and recorded in one index transaction,
  after checking there that nobody changed the image since it was queued
  (app.core.dataset.write_rule), so the index never claims a file that does not exist and no
  person's work is replaced.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import cv2
import numpy as np
import numpy.typing as npt

from app.core.dataset import kinds as dataset_kinds
from app.core.dataset import write_rule
from app.core.dataset.classes import write_class_list
from app.core.errors import ImageReadError
from app.core.io import images as imaging
from app.core.io.atomic import PreparedWrite, atomic_write_text, prepare_write
from app.core.io.shapes import Labels, format_shapes
from app.core.io.yolo_labels import format_labels

if TYPE_CHECKING:
    from app.core.autolabel.sink import PredictionSink
    from app.core.dataset.index import DatasetIndex

# a journal entry's identity of the new label file (inode, size, mtime_ns), None when not known
Identity = tuple[int, ...] | None
# what a Preprocessor's output depends on: (new_shape, stride, auto), and the reduced JPEG scale
PreKey = tuple[tuple[int, int], int, bool] | tuple[tuple[int, int], int, bool, str]
# a decoded image: (letterboxed HxWx3 uint8 BGR, (h, w) as read, None) or (None, (0, 0), reason)
Decoded = tuple[npt.NDArray[Any] | None, tuple[int, int], str | None]
# journal entries: {rel: identity}, or only the rels
Entries = Mapping[str, Identity] | Iterable[str]
# one result: (Item, class ids (n,), boxes xywhn (n, 4), confidences (n,))
Result = tuple["Item", npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]]


@dataclass
class Item:
    """One image travelling through the pipeline (no full-size pixels are kept)."""

    index: int
    path: str
    rel: str
    label_path: Path
    x: np.ndarray | None = None  # HxWx3 uint8 BGR letterboxed image (4x smaller than the float input)
    orig_shape: tuple[int, int] = (0, 0)  # (h, w) of the image as read_image would return it
    error: str | None = None
    replaces_review: bool = False  # reviewed/edited, relabeled on request (--overwrite-reviewed)
    queued: write_rule.Queued | None = None  # what the decision to write rested on (None: not known)
    labels: Labels | None = None  # a -seg / -obb run's polygons or rotated boxes (None: boxes)


def label_text(it: Item, cls: npt.NDArray[Any], xywhn: npt.NDArray[Any]) -> str:
    """The label file's text for a result: the polygons / rotated boxes of a -seg / -obb model
    (app.core.io.shapes, 6 decimals), else the boxes."""
    return format_shapes(it.labels) if it.labels is not None else format_labels(cls, xywhn)


def letterbox(img: np.ndarray, new_shape: tuple[int, int], auto: bool, stride: int) -> np.ndarray:
    """Ultralytics' `LetterBox(new_shape, auto, stride=stride)(image=img)` for a 3-channel image,
    operation for operation (same rounding, cv2.resize INTER_LINEAR, 114 padding), without importing
    torch, so decoding can start before the model has loaded. tests/core/autolabel/test_letterbox.py checks
    that the arrays are identical over many shapes."""
    h0, w0 = img.shape[:2]
    r = min(new_shape[0] / h0, new_shape[1] / w0)
    new_unpad = max(round(w0 * r), 1), max(round(h0 * r), 1)
    dw, dh = new_shape[1] - new_unpad[0], new_shape[0] - new_unpad[1]
    if auto:
        dw, dh = np.mod(dw, stride), np.mod(dh, stride)
    dw /= 2
    dh /= 2
    top, bottom = round(dh - 0.1), round(dh + 0.1)
    left, right = round(dw - 0.1), round(dw + 0.1)
    if (w0, h0) != new_unpad:
        img = cv2.resize(img, new_unpad, interpolation=cv2.INTER_LINEAR)
    return cast(
        np.ndarray, cv2.copyMakeBorder(img, top, bottom, left, right, cv2.BORDER_CONSTANT, value=(114, 114, 114))
    )


class Preprocessor:
    def __init__(self, imgsz: int | tuple[int, int] | list[int], stride: int, auto: bool) -> None:
        shape = (imgsz, imgsz) if isinstance(imgsz, int) else tuple(imgsz)
        self.new_shape = (int(shape[0]), int(shape[1]))
        self.stride, self.auto = int(stride), bool(auto)
        self.key: PreKey = (self.new_shape, self.stride, self.auto)  # what the output depends on

    def decode(self, path: str) -> Decoded:
        """(letterboxed HxWx3 uint8 BGR, (h, w) as read, None) or (None, (0, 0), reason)."""
        try:
            img = imaging.read_image(path, "color")
        except ImageReadError as e:
            return None, (0, 0), e.reason
        except Exception as e:
            return None, (0, 0), f"cannot decode ({type(e).__name__}: {e})"
        return letterbox(img, self.new_shape, self.auto, self.stride), img.shape[:2], None  # the backend normalizes

    def __call__(self, item: Item) -> Item:
        item.x, item.orig_shape, item.error = self.decode(item.path)
        return item


class Journal:
    """Label files being (re)written by the current batch: `<index folder>/autolabel.journal`, one
    line per file: `rel<TAB>inode size mtime_ns` of the file the run is putting in place (a line
    without the identity, from an older version, names the rel only)."""

    def __init__(self, folder: Path) -> None:
        from app.core.dataset.store import JOURNAL_NAME

        self.path = Path(folder) / JOURNAL_NAME

    def entries(self) -> dict[str, tuple[int, int, int] | None]:
        """{rel: identity or None} a killed run had listed (only safe relative paths: the journal
        is data). Read as our own regular file (a link or a special file is one FileError line,
        never followed)."""
        from app.core.errors import FileError
        from app.core.io.own_files import is_safe_rel, read_own_text

        try:
            text = read_own_text(self.path, "the auto-label journal")
        except FileError as e:
            if "not a text file" in e.reason or "too large" in e.reason:
                return {}  # damaged: as if empty (it only ever lets a run relabel its own files)
            raise
        out: dict[str, tuple[int, int, int] | None] = {}
        for ln in (text or "").splitlines():
            rel, _tab, ident = ln.partition("\t")
            if not rel or not is_safe_rel(rel):
                continue
            try:
                parts = tuple(int(v) for v in ident.split())
            except ValueError:
                parts = ()
            out[rel] = parts if len(parts) == 3 else None
        return out

    def sweep(self) -> None:
        """Remove what a kill during the journal's own atomic write left beside it (the caller holds
        the writer lock)."""
        from app.core.io.atomic import sweep_temps

        sweep_temps(self.path.parent, self.path.name)

    def pending(self) -> set[str]:
        """The rels a killed run had listed."""
        return set(self.entries())

    @staticmethod
    def _text(entries: Mapping[str, Identity]) -> str:
        return "".join(
            f"{rel}\t{' '.join(map(str, ident))}\n" if ident else f"{rel}\n" for rel, ident in sorted(entries.items())
        )

    def begin(self, entries: Entries, keep: Entries) -> None:
        """entries: {rel: identity of the new file} (or rels); keep: a killed run's entries not redone yet."""
        if not isinstance(entries, dict):
            entries = dict.fromkeys(entries)
        keep = keep if isinstance(keep, dict) else dict.fromkeys(keep)
        atomic_write_text(self.path, self._text({**keep, **entries}))

    def clear(self, keep: Entries) -> None:
        if keep:
            atomic_write_text(self.path, self._text(keep if isinstance(keep, dict) else dict.fromkeys(keep)))
        else:
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass


class Writer(threading.Thread):
    """Writes (Item, cls, xywhn, conf) results: journal, label files, index record, journal clear."""

    def __init__(
        self,
        index: DatasetIndex,
        model_key: str,
        journal: Journal,
        leftovers: Entries,
        flush_every: int = 64,
        on_written: Callable[[Item, npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]], object] | None = None,
        flush_seconds: float = 0.5,
        sink: PredictionSink | None = None,
    ) -> None:
        super().__init__(name="autolabel-writer", daemon=True)
        self.index = index
        self.model_key = model_key
        self.journal = journal
        # a killed run's journal entries not relabeled yet (kept in the journal until they are)
        self.leftovers = dict(leftovers) if isinstance(leftovers, dict) else dict.fromkeys(leftovers)
        self.flush_every = flush_every  # a flush: journal, label files, index, journal clear
        self.flush_seconds = flush_seconds  # ... at least this often, so a kill loses little work
        self.on_written = on_written
        self.sink = sink  # predictions only (audit): sink.record() instead of journal + label files + index
        self._task: str | None = None  # the run's task, read once for a Ray driver's shape texts
        self.q: queue.Queue[Result | None] = queue.Queue(maxsize=4 * flush_every)
        self.error: BaseException | None = None
        self.written = 0
        self.dropped: list[str] = []  # rels changed by someone since they were queued: not written
        self._stale: dict[str, dict[str, list[str]]] = {}

    def put(self, result: Result) -> None:
        if self.error is not None:
            raise self.error
        self.q.put(result)

    def finish(self) -> None:
        self.q.put(None)
        self.join()
        if self.error is not None:
            raise self.error

    def run(self) -> None:
        buf: list[Result] = []
        last = time.monotonic()
        try:
            while True:
                r: Result | str | None
                try:
                    r = self.q.get(timeout=self.flush_seconds)
                except queue.Empty:
                    r = "flush"
                if r is None:
                    break
                if r != "flush":
                    buf.append(cast("Result", r))
                now = time.monotonic()
                if buf and (r == "flush" or len(buf) >= self.flush_every or now - last >= self.flush_seconds):
                    self._flush(buf)
                    buf = []
                    last = now
            if buf:
                self._flush(buf)
        except BaseException as e:
            self.error = e
            while True:  # unblock the producer
                try:
                    if self.q.get(timeout=0.5) is None:
                        break
                except queue.Empty:
                    break

    def _drop_stale_temp(self, label: Path) -> None:
        """A kill during an atomic write leaves `.<name>.<random>.tmp` beside the label; remove
        those of the label being rewritten now (each folder is listed once per run)."""
        d = str(label.parent)
        stale = self._stale.get(d)
        if stale is None:
            try:
                stale = self._stale[d] = {}
                for e in os.scandir(d):
                    if e.name.startswith(".") and e.name.endswith(".tmp"):
                        stale.setdefault(e.name[1:].rsplit(".", 2)[0], []).append(e.path)
            except OSError:
                return
        for path in stale.pop(label.name, ()):
            try:
                os.unlink(path)
            except OSError:
                pass

    def _flush(self, buf: list[Result]) -> None:
        self.flush_items(buf)

    def flush_items(self, buf: list[Result], texts: dict[str, str] | None = None) -> set[str]:
        """Journal, label files, index record, journal clear, for buf [(Item, cls, xywhn, conf)]
        (texts: rel -> label lines, when already formatted). The new files are written beside
        their targets first and listed in the journal with their identities; then one index
        transaction checks each image against what its queueing saw (app.core.dataset.write_rule:
        the row, and the file a moment before the new one is renamed over it), puts the files of
        the unchanged ones in place and records them. A changed image is dropped: neither file nor
        record is written. An image whose review the run was asked to replace
        (Item.replaces_review) is un-reviewed in that same transaction. Returns the dropped rels."""
        if self.sink is not None:  # a -seg / -obb run's items carry its shapes (app.core.autolabel.sink)
            self.sink.record(
                self.index,
                [
                    (it.rel, cls, xywhn, conf)
                    if it.labels is None and (texts is None or dataset_kinds.counts_of_text(texts[it.rel]) is None)
                    else (it.rel, cls, xywhn, conf, self._shapes_of(it, texts, conf))
                    for it, cls, xywhn, conf in buf
                ],
                self.model_key,
            )
            self.written += len(buf)
            return set()
        rels = [it.rel for it, *_ in buf]
        prepared: dict[str, PreparedWrite] = {}
        shapes: dict[
            str, tuple[int, int] | None
        ] = {}  # rel -> (polygons, quads) or None (boxes): app.core.dataset.kinds
        dropped: set[str] = set()
        try:
            for it, cls, xywhn, _conf in buf:
                self._drop_stale_temp(it.label_path)
                text = texts[it.rel] if texts is not None else label_text(it, cls, xywhn)
                prepared[it.rel] = prepare_write(it.label_path, text.encode("utf-8"))
                shapes[it.rel] = dataset_kinds.counts_of_text(text)
            self.journal.begin({rel: w.identity for rel, w in prepared.items()}, self.leftovers)
            with self.index.transaction():
                states = self.index.write_states(rels)
                kept: list[Result] = []
                for it, cls, xywhn, conf in buf:
                    if not self._may_write(it, states.get(it.rel)):
                        dropped.add(it.rel)
                        continue
                    if not kept and self.written == 0 and getattr(self.index, "label_root", None) is not None:
                        write_class_list(
                            cast(Path, self.index.label_root), self.index.class_names
                        )  # names travel with --out labels
                    prepared[it.rel].commit()
                    kept.append((it, cls, xywhn, conf))
                self.index.record_predictions(
                    [
                        (it.rel, cls, xywhn, conf)
                        if it.labels is None and shapes[it.rel] is None
                        else (it.rel, cls, xywhn, conf, self._shapes_of(it, texts, conf))
                        for it, cls, xywhn, conf in kept
                    ],
                    self.model_key,
                    unreview=[it.rel for it, *_ in kept],
                )
                dataset_kinds.record_written(self.index, [(it.rel, shapes[it.rel]) for it, *_ in kept])
        finally:
            for w in prepared.values():
                w.discard()  # the dropped ones (and all of them when something failed)
        for rel in rels:
            self.leftovers.pop(rel, None)
        self.journal.clear(self.leftovers)
        self.written += len(kept)
        self.dropped += [r for r in rels if r in dropped]
        if self.on_written is not None:
            for it, cls, xywhn, conf in kept:
                self.on_written(it, cls, xywhn, conf)
        return dropped

    def _shapes_of(self, it: Item, texts: dict[str, str] | None, conf: npt.NDArray[Any]) -> Labels | None:
        """The polygons / rotated boxes the index keeps beside a shape result's boxes: the run's own
        Labels, or (a Ray driver's, which gets the label text) the text read back as the task says."""
        if it.labels is not None:
            return it.labels
        if texts is None:
            return None
        from app.core.io.shapes import parse_shapes

        if self._task is None:
            self._task = dataset_kinds.recorded_task(self.index) or ""
        labels, _issues = parse_shapes(texts[it.rel], it.rel, None, self._task or None, allow_conf=False)
        return Labels(labels.cls, labels.kinds, labels.coords, conf) if len(labels) == len(conf) else None

    @staticmethod
    def _may_write(it: Item, state: tuple[Any, ...] | None) -> bool:
        """In the recording transaction: nobody changed the image since it was queued (its index
        row, then its label file, checked last). Without what its queueing saw (it.queued None):
        only that no person reviewed or edited it unless the run replaces that."""
        if it.queued is None:
            return it.replaces_review or not write_rule.held(state)
        if write_rule.row_id(state) != it.queued.row:
            return False
        return write_rule.file_id(it.label_path) == it.queued.file
