"""Who may write a label file: one rule for the auto-labeler (both engines) and the app (issue 29).

A label file is (re)written only inside the dataset index's write transaction that records the
write (`DatasetIndex.transaction()`: SQLite's write lock, one process at a time), after checking,
in that transaction, that nothing changed since the decision to write it was taken:

* The auto-labeler decides when it queues an image (app.core.autolabel.engine.shared.feed) and keeps
  what the decision rested on (`Queued`): the label file's identity (`file_id`: inode, size,
  mtime_ns, ctime_ns; None when there is none) and the index row's person fields (`row_id`:
  reviewed, edited, reviewed_at, autolabel_key). At write time (stages.Writer.flush_items, which
  the Ray driver runs too) `changed()` compares both again, the file's identity a moment before
  the new file is renamed into place: an edit in the app, in another window or in a text editor,
  or a review, and the image is left as it is and counted as changed during the run
  (options.SKIP_MEANWHILE). A label file written, or a review made, after the run started is
  never replaced, also not with --overwrite-reviewed (`during_run`).
* The app writes through `commit_label_file`: in one transaction the file must still be the one
  the editor read (mtime_ns + size), then it is written, noted in the index and, when asked,
  marked reviewed. Neither side can slip between the other's check and write.

Only a process that writes a label file without LabelBench (an editor) can still do so between
the last check and the rename (microseconds): its file is then replaced; its next save sees it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.dataset.review_doc import BLOCKED, CONFLICT, SAVED, UNCHANGED, disk_sig, write_label_file  # noqa: F401
from app.core.errors import LabelBenchError

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.core.dataset.index import DatasetIndex
    from app.core.io.shapes import Labels

REVIEWED = "reviewed"


class DatasetMovedError(LabelBenchError):
    """The dataset folder is no longer where it was opened (moved, renamed, deleted or replaced):
    nothing is written, neither at the old path (it would be created again) nor in the index."""


def root_moved(index: DatasetIndex) -> str | None:
    """Why the dataset folder opened as `index` is not there any more, or None while it is."""
    root_id = getattr(index, "opened_ids", (None, None))[0]
    if root_id is None:
        return None
    try:
        st = os.stat(index.root)
    except OSError:
        return f"the dataset folder {index.root} no longer exists (moved or deleted)"
    if (st.st_dev, st.st_ino) != root_id:
        return f"the dataset folder {index.root} is another folder now (the dataset was moved or replaced)"
    return None


def _check_root(index: DatasetIndex) -> None:
    moved = root_moved(index)
    if moved:
        raise DatasetMovedError(f"{moved}: nothing was written")


def where_now(index: DatasetIndex) -> Path | None:
    """Where the dataset opened as `index` is now, when it was moved (not deleted) within its
    filesystem: found through the index file this process still has open (Linux /proc/self/fd).
    None when that cannot be told (deleted, the index kept outside the dataset, another system)."""
    db_id = getattr(index, "opened_ids", (None, None))[1]
    if db_id is None or not index.in_dataset:
        return None
    try:
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return None
    for fd in fds:
        link = f"/proc/self/fd/{fd}"
        try:
            st = os.stat(link)
            target = os.readlink(link)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) != db_id or target.endswith(" (deleted)"):
            continue
        rel = Path(index.db_path).relative_to(index.root) if Path(index.db_path).is_relative_to(index.root) else None
        if rel is None:
            return None
        root = Path(target)
        for _ in rel.parts:
            root = root.parent
        if root != index.root and root.is_dir():
            return root
    return None


def file_id(path: str | os.PathLike[str]) -> tuple[int, int, int, int] | None:
    """(inode, size, mtime_ns, ctime_ns) of a label file, None when there is none: any write,
    atomic (a new inode) or in place (a new mtime and ctime), changes it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def row_id(state: tuple[Any, ...] | None) -> tuple[bool, bool, float | None, str | None]:
    """The person's side of an index row (DatasetIndex.write_states): (reviewed, edited,
    reviewed_at, autolabel_key). No row reads as a row nobody touched (a refresh may add one)."""
    if state is None:
        return (False, False, None, None)
    status, edited, reviewed_at, key = state
    return (status == REVIEWED, bool(edited), reviewed_at, key)


def held(state: tuple[Any, ...] | None) -> bool:
    """A person reviewed or edited it: kept unless a run was asked to replace it."""
    r = row_id(state)
    return r[0] or r[1]


@dataclass(frozen=True)
class Queued:
    """What a run's decision to (re)write one label file rested on, taken when it was queued."""

    file: tuple[int, int, int, int] | None  # file_id() then
    row: tuple[bool, bool, float | None, str | None]  # row_id() then


def queued(index: DatasetIndex, rel: str, label_path: str | os.PathLike[str]) -> Queued:
    """Take the row first, then the file: a save between the two shows as a change either way."""
    row = row_id(index.write_states([rel]).get(rel))
    return Queued(file_id(label_path), row)


def during_run(state: tuple[Any, ...] | None, fid: tuple[int, int, int, int] | None, started: float | None) -> bool:
    """The label file was written, or the image reviewed, after the run started (`started`, a
    time.time()): someone else's work during the run. A file's ctime counts too (an editor that
    keeps the old mtime)."""
    if started is None:
        return False
    started_ns = int(started * 1e9)
    if fid is not None and max(fid[2], fid[3]) >= started_ns:
        return True
    reviewed_at = row_id(state)[2]
    return reviewed_at is not None and reviewed_at >= started


def changed(q: Queued, state_now: tuple[Any, ...] | None, file_now: tuple[int, int, int, int] | None) -> bool:
    """Something changed since the image was queued: its index row or its label file."""
    return row_id(state_now) != q.row or file_now != q.file


class SharedLabelError(LabelBenchError):
    """The label file is also another indexed image's (a.jpg and a.png in one folder): writing one
    image's boxes, or marking it reviewed, would speak for the other image too."""


def sharing_images(index: DatasetIndex, rel: str, label_path: str | os.PathLike[str]) -> list[str]:
    """The other indexed images whose label file is `label_path` too (same folder, same name up to
    the extension: the rel range [stem + ".", stem + "/") of the index's unique rel index)."""
    stem = rel[: rel.rfind(".")] if "." in rel.rsplit("/", 1)[-1] else rel
    rows = index._q("SELECT rel FROM images WHERE rel >= ? AND rel < ? AND rel != ?", (stem + ".", stem + "/", rel))
    target = os.fspath(label_path)
    return [r for (r,) in rows if "/" not in r[len(stem) :] and os.fspath(index.label_path(r)) == target]


def commit_label_file(
    index: DatasetIndex,
    rel: str,
    label_path: Path,
    cls: npt.ArrayLike,
    xywhn: npt.ArrayLike,
    expect_sig: tuple[int, int] | None,
    *,
    write: bool = True,
    edited_by_user: bool = False,
    undone: bool = False,
    reviewed: bool | None = None,
    force: bool = False,
    shapes: Labels | None = None,
) -> tuple[str, tuple[int, int] | None]:
    """The app's one way to write a label file (the Review pane's save and accept): in one index
    transaction, unless `force`, the file must still have `expect_sig` (review_doc.disk_sig as
    read or last written), else CONFLICT and nothing is written or marked; then the file is
    written atomically (when `write`) and noted in the index (note_label_written), and marked
    reviewed or not (when `reviewed` is not None); `undone`: the person's edits were all undone,
    their mark goes (DatasetIndex.note_label_written). Returns (SAVED | UNCHANGED | CONFLICT,
    the file's disk_sig now). Errors (a read-only folder, a full disk) propagate: nothing was
    recorded, the file is as it was (atomic write). A dataset folder that is not where it was
    opened is DatasetMovedError, before anything is touched. A label file another indexed image
    shares (a.jpg and a.png in one folder) is SharedLabelError: nothing is written or marked."""
    _check_root(index)
    if write or reviewed:
        others = sharing_images(index, rel, label_path)
        if others:
            from app.core.io.layout import describe_shared

            raise SharedLabelError(describe_shared(os.fspath(label_path), [rel, *others], "nothing was written"))
    with index.transaction():
        _check_root(index)  # again under the write lock, a moment before the write
        now = disk_sig(label_path)
        if not force and now != expect_sig:
            return CONFLICT, now
        if write:
            now = write_label_file(label_path, cls, xywhn, shapes)
            index.note_label_written(rel, cls, xywhn, edited_by_user=edited_by_user, undone=undone)
            if shapes is not None:
                from app.core.dataset import kinds

                kinds.record_written(index, [(rel, kinds.shape_counts(shapes))])
        if reviewed is not None:
            index.set_reviewed(rel, reviewed)
    return (SAVED if write else UNCHANGED), now
