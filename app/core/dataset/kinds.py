"""Label kinds in the dataset index: which label files hold polygons or rotated boxes, and the
dataset's task (detect, segment, obb), so `labelbench status` counts objects per kind and names a
folder that mixes kinds instead of guessing.

    label_kinds(rel, label_mtime_ns, polygons, quads)

One row per label file that holds polygons or 8-number lines ("quads": 4-point polygons in a
segment dataset, rotated boxes in an obb dataset), stamped with the file's mtime_ns: a row whose
stamp is not the images row's any more (the file was rewritten, e.g. as boxes in Review) is not
counted, so no other writer has to know this table. Box-only files have no row (a box dataset
costs nothing here). The refresh stores rows for the files it parses (app.core.dataset.refresh),
the auto-label writer for the files it writes (app.core.autolabel.engine.stages).

The task: the meta key "task", recorded by an auto-label run from its model (a -seg model whose
masks all came out with 4 points still makes polygons); without it, the files decide: boxes only
-> detect, polygons -> segment, quads only -> obb; boxes beside polygons or quads -> "mixed",
reported with counts and example files, no task guessed.

The table is made by `ensure` (CREATE TABLE IF NOT EXISTS: no schema version). The first time it
is made in an existing index, the label files that had issues are read again (an index built
before polygons were understood listed their lines as malformed).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable, Sequence
    from contextlib import AbstractContextManager
    from pathlib import Path

    from app.core.io.shapes import Labels


class DatasetIndex(Protocol):
    """What this module uses of app.core.dataset.index.DatasetIndex (which imports this module:
    naming the class here would be an import cycle)."""

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

    def label_path(self, rel: str | os.PathLike[str]) -> Path: ...


TABLE = "label_kinds"
_CREATE = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (rel TEXT PRIMARY KEY, label_mtime_ns INTEGER, "
    "polygons INTEGER NOT NULL, quads INTEGER NOT NULL) WITHOUT ROWID"
)
_JOIN = f"{TABLE} k JOIN images i ON i.rel = k.rel AND i.label_mtime_ns = k.label_mtime_ns"
MIXED = "mixed"


def _has_table(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (TABLE,)).fetchone() is not None


def ensure(con: sqlite3.Connection) -> None:
    """Make the table (in its own transaction, on a connection outside one). New in an index that
    already has label files: the files with issues are read again at this refresh."""
    if _has_table(con):
        return
    con.execute("BEGIN IMMEDIATE")
    try:
        if not _has_table(con):
            con.execute(_CREATE)
            con.execute("UPDATE images SET label_size=-1 WHERE n_issues > 0 AND label_size IS NOT NULL")
            if con.execute("SELECT 1 FROM images WHERE n_issues > 0 LIMIT 1").fetchone():
                con.execute("DELETE FROM dirs")  # the folder cache would skip those files
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise


def shape_counts(labels: Labels) -> tuple[int, int] | None:
    """(polygons, quads) of an app.core.io.shapes.Labels; None for boxes only."""
    from app.core.io.shapes import BOX

    quads = sum(1 for k, c in zip(labels.kinds, labels.coords) if k != BOX and c.size == 8)
    polygons = sum(1 for k, c in zip(labels.kinds, labels.coords) if k != BOX and c.size != 8)
    return (polygons, quads) if polygons or quads else None


def store(con: sqlite3.Connection, rows: Sequence[tuple[str, int | None, tuple[int, int]]]) -> None:
    """rows: (rel, label_mtime_ns, (polygons, quads)), inside the caller's transaction."""
    if rows:
        con.execute(_CREATE)
        con.executemany(
            f"INSERT OR REPLACE INTO {TABLE}(rel, label_mtime_ns, polygons, quads) VALUES (?, ?, ?, ?)",
            [(rel, m, int(pq[0]), int(pq[1])) for rel, m, pq in rows],
        )


def counts_of_text(text: str) -> tuple[int, int] | None:
    """(polygons, quads) of label text as LabelBench writes it (one space between numbers); None
    for boxes only. Counted by column count, as the reader tells the kinds apart."""
    if not text:
        return None
    polygons = quads = 0
    for line in text.splitlines():
        n = line.count(" ") + 1
        if n == 9:
            quads += 1
        elif n > 6:
            polygons += 1
    return (polygons, quads) if polygons or quads else None


def record_written(index: DatasetIndex, items: Iterable[tuple[str, tuple[int, int] | None]]) -> None:
    """The auto-label writer put these label files in place: items (rel, (polygons, quads) or
    None). Inside the writer's index transaction (joins it), after the files are in place."""
    rows: list[tuple[str, int | None, tuple[int, int]]] = []
    for rel, pq in items:
        if pq is None:
            continue
        try:
            m = os.stat(index.label_path(rel)).st_mtime_ns
        except OSError:
            continue
        rows.append((str(rel), m, pq))
    if rows:
        with index._tx() as con:
            store(con, rows)


def set_task(index: DatasetIndex, task: str) -> None:
    """Record the dataset's task (an auto-label run's model task)."""
    with index._tx() as con:
        con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('task', ?)", (str(task),))


def recorded_task(index: DatasetIndex) -> str | None:
    got = index._q("SELECT value FROM meta WHERE key='task'")
    return got[0][0] if got else None


def summary(index: DatasetIndex, examples: int = 3) -> dict[str, Any]:
    """{"task", "task_from", "per_kind", "files", "mixed"} of the index:
    per_kind {"box": n, "polygon": n, "obb": n} (objects, unknown classes included; quads counted
    as the task says, or as "quad" when the folder is mixed); files {"box": n, "shape": n} (label
    files holding boxes / polygons or rotated boxes); mixed: None or {"box_files": [...],
    "shape_files": [...]} (a few example rels of each) when both kinds of files exist."""
    total, box_files = index._q("SELECT COALESCE(SUM(n_boxes), 0), COUNT(*) FROM images WHERE n_boxes > 0")[0]
    polygons = quads = shape_files = 0
    shape_rels: list[str] = []
    has = bool(index._q("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (TABLE,)))
    if has:
        polygons, quads, shape_files = index._q(
            f"SELECT COALESCE(SUM(k.polygons), 0), COALESCE(SUM(k.quads), 0), COUNT(*) FROM {_JOIN} WHERE i.n_boxes > 0"
        )[0]
        shape_rels = [
            r for (r,) in index._q(f"SELECT k.rel FROM {_JOIN} WHERE i.n_boxes > 0 ORDER BY k.rel LIMIT ?", (examples,))
        ]
    box_files -= shape_files
    boxes = int(total) - int(polygons) - int(quads)
    recorded = recorded_task(index)
    mixed: dict[str, list[str]] | None = None
    if box_files and shape_files:
        if has:
            box_rels = [
                r
                for (r,) in index._q(
                    f"SELECT rel FROM images WHERE n_boxes > 0 AND rel NOT IN (SELECT k.rel FROM {_JOIN}) "
                    "ORDER BY rel LIMIT ?",
                    (examples,),
                )
            ]
        else:
            box_rels = []
        mixed = {"box_files": box_rels, "shape_files": shape_rels}
    task: str | None
    task_from: str | None
    if mixed is not None:
        task, task_from = None, "files"
    elif shape_files:
        if recorded == "segment" or (recorded == "obb" and not polygons):  # the run knows what 8 numbers are
            task, task_from = recorded, "auto-label run"
        else:
            task, task_from = ("segment" if polygons else "obb"), "files"
    elif box_files:
        task, task_from = "detect", "files"
    else:
        task, task_from = recorded, ("auto-label run" if recorded else None)
    quad_kind = "polygon" if task == "segment" else "obb" if task == "obb" else "quad"
    per_kind = {"box": boxes, "polygon": int(polygons), "obb": 0}
    if quad_kind == "quad":
        per_kind["quad"] = int(quads)
    else:
        per_kind[quad_kind] += int(quads)
    return {
        "task": task,
        "task_from": task_from,
        "per_kind": per_kind,
        "files": {"box": int(box_files), "shape": int(shape_files)},
        "mixed": mixed,
    }
