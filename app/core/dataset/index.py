"""Dataset index: every image with its label file, review status, box counts, classes and the
confidences of the last auto-label run, kept in SQLite so opening 100k images reads one file.

    idx = DatasetIndex.open("data.yaml")      # or a folder (indexed recursively)
    idx.refresh()                              # only what changed since last time (mtime/size)
    idx.rows(status="auto", order="min_conf", limit=100)   # the review queue

Status: "unlabeled" (no label file), "auto" (a label file an auto-label run wrote, not accepted by a
person yet), "labeled" (a label file no auto-label run wrote: made by hand, here or elsewhere, not
accepted yet), "reviewed" (accepted by a person).
The label files stay plain 5-column YOLO; status, confidences, model keys and the original
predictions live only here. Shared by the GUI and CLI at once: WAL, busy timeout, short
transactions; a refresh writes through its own connection in small batches so readers see rows
while it runs. The write/refresh side is in app/core/dataset/refresh.py, file layout in
app/core/io/layout.py, the SQLite file itself in app/core/dataset/store.py.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.core.dataset import store as dataset_store
from app.core.dataset.refresh import Refresher, class_text, stat_sig
from app.core.io import layout
from app.core.io.own_files import check_rel
from app.core.jobs import JobState

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Container, Iterable, Iterator, Sequence
    from contextlib import AbstractContextManager

    import numpy as np
    import numpy.typing as npt

    from app.core.io.shapes import Labels

    # what _prepare_predictions makes of one item: (rel, cls, xywhn, conf, {class: count}, label mtime_ns,
    # label size, min conf, mean conf, unknown-class count, shapes BLOB)
    _Prepared = tuple[
        str,
        npt.NDArray[np.int64],
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
        dict[int, int],
        int | None,
        int | None,
        float | None,
        float | None,
        int,
        bytes | None,
    ]

STATUS_UNLABELED, STATUS_AUTO, STATUS_LABELED, STATUS_REVIEWED = "unlabeled", "auto", "labeled", "reviewed"
# not accepted yet: what "label file, no person has looked" means whoever wrote it
_NOT_REVIEWED_SQL = (
    "CASE WHEN label_mtime_ns IS NULL THEN 'unlabeled' WHEN autolabel_key IS NOT NULL THEN 'auto' ELSE 'labeled' END"
)
# "min_conf": least sure first, images without a confidence last, ties in scan order (id)
ORDERS = {
    "name": "rel",
    "min_conf": "qconf, id",
    "n_boxes": "n_boxes, rel",
    "status": "status, rel",
    "mean_conf": "COALESCE(mean_conf, 2.0), rel",
    # likely mistakes first: the worst audit finding (app.core.audit), images not audited last
    "audit": "COALESCE(-audit_score, 1.0), id",
}


def resolve_source(source: str | os.PathLike[str]) -> tuple[Path, Path | None, list[str]]:
    """folder or data.yaml -> (root folder, data.yaml path or None, class names)."""
    s = layout.resolve_source(source)
    return s.root, s.data_yaml, s.class_names


@dataclass(slots=True)
class ImageRow:
    id: int
    rel: str
    status: str
    n_boxes: int
    classes: list[int]
    min_conf: float | None
    mean_conf: float | None
    label_mtime: float | None  # seconds since the epoch; None when there is no label file
    edited: bool = False
    n_issues: int = 0
    unknown_cls: int = 0
    split: str = ""


_COLS = "id, rel, status, n_boxes, classes, min_conf, mean_conf, label_mtime_ns, edited, n_issues, unknown_cls, split"


_PRED_COLS = "image_id, model_key, cls, xywhn, conf, created, shapes"


def _shapes_blob(labels: Labels, n: int) -> bytes | None:
    """The predictions.shapes BLOB of a -seg / -obb run's Labels (one object per class id; none found:
    an empty one), None for boxes only (a detect run's row is what it always was) or a count that
    does not match."""
    from app.core.dataset.predicted.shape_blob import encode
    from app.core.io.shapes import BOX

    if len(labels) != n or (n and all(k == BOX for k in labels.kinds)):
        return None
    return encode(labels)


def _file_id(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _row(t: Sequence[Any]) -> ImageRow:
    return ImageRow(
        t[0],
        t[1],
        t[2],
        t[3],
        [int(c) for c in t[4].split()] if t[4] else [],
        t[5],
        t[6],
        t[7] / 1e9 if t[7] is not None else None,
        bool(t[8]),
        t[9],
        t[10],
        t[11],
    )


class DatasetIndex:
    _con: sqlite3.Connection | None  # None once closed

    def __init__(
        self,
        root: str | os.PathLike[str],
        class_names: Iterable[str] | None = None,
        *,
        index_path: str | os.PathLike[str] | None = None,
        label_root: str | os.PathLike[str] | None = None,
        source: layout.Source | None = None,
    ) -> None:
        if source is None:
            src = layout.resolve_source(root)
            source = layout.Source(src.root, src.data_yaml, src.class_names, [("", src.root)])
        self._source = source
        self.root: Path = Path(source.root).resolve()
        self.data_yaml: Path | None = source.data_yaml
        self.class_names: list[str] = list(class_names if class_names is not None else source.class_names)
        self.label_root: Path | None = Path(label_root).resolve() if label_root else None
        self._label_dirs: dict[str, Path] = {}  # image folder (relative) -> its label folder
        if index_path is not None:
            self.db_path, self.in_dataset = Path(index_path), False
        else:
            self.db_path, self.in_dataset = dataset_store.index_location(self.root)
        self._lock = threading.RLock()
        self._tx_open = False  # a transaction() is open (on the thread holding _lock)
        seed = None if self.in_dataset or index_path is not None else dataset_store.read_only_local(self.root)
        self._con = dataset_store.open_index_file(self.db_path, seed)  # seed: a read-only index of the dataset
        # what the dataset folder and the index file are, as opened (write_rule.root_moved / where_now)
        self.opened_ids = (_file_id(self.root), _file_id(self.db_path))
        try:
            self._check_meta()
            self._drop_unsafe_rows()
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, source: str | os.PathLike[str], **kw: Any) -> DatasetIndex:
        """A folder (recursive; names from data.yaml / classes.txt inside it) or a data.yaml."""
        src = layout.resolve_source(source)
        return cls(src.root, kw.pop("class_names", None), source=src, **kw)

    # ------------------------------------------------------------------ plumbing
    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def __enter__(self) -> DatasetIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """A short write transaction on the shared connection (BEGIN IMMEDIATE: no upgrade deadlock).
        Inside transaction() on the same thread it joins that one (commits with it, or not at all)."""
        with self._lock:
            con = cast("sqlite3.Connection", self._con)  # open until close()
            if self._tx_open:
                yield con
                return
            con.execute("BEGIN IMMEDIATE")
            self._tx_open = True
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:  # SQLite already rolled back on a full disk or I/O error
                    con.execute("ROLLBACK")
                raise
            finally:
                self._tx_open = False

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """`with index.transaction():` one write transaction (SQLite's write lock, held by one
        process at a time) around several calls: every write method called inside joins it. What
        is checked and written inside cannot interleave with another process's writes: the rule
        for who may write a label file (app.core.dataset.write_rule) works through it."""
        return self._tx()

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            return cast("sqlite3.Connection", self._con).execute(sql, params).fetchall()

    def _check_meta(self) -> None:
        """Class count or label folder changed since the last run -> every label file is re-read."""
        want = {"root": str(self.root), "nc": str(len(self.class_names)), "label_root": str(self.label_root or "")}
        have = dict(self._q("SELECT key, value FROM meta"))
        if all(have.get(k) == v for k, v in want.items()):
            return
        with self._tx() as con:
            if "nc" in have and (have.get("nc") != want["nc"] or have.get("label_root", "") != want["label_root"]):
                con.execute("UPDATE images SET label_size=-1 WHERE label_size IS NOT NULL")
                con.execute("DELETE FROM dirs")
            con.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", list(want.items()))

    def _drop_unsafe_rows(self) -> None:
        """Index rows are data, not paths to act on: a row whose rel is absolute, holds '..' or a
        NUL (a hand-edited or hostile index) is removed before anyone can read it, with one line."""
        from app.core.errors import shown
        from app.core.io.own_files import is_safe_rel

        bad = [
            (i, rel)
            for i, rel in self._q(
                "SELECT id, rel FROM images WHERE rel = '' OR rel LIKE '/%' OR rel LIKE '%..%' OR instr(rel, char(0)) > 0"
            )
            if not is_safe_rel(rel)
        ]
        if not bad:
            return
        with self._tx() as con:
            for image_id, _rel in bad:
                for table in (
                    "image_classes",
                    "issues",
                    "predictions",
                    "audit_predictions",
                    "audit_findings",
                    "audit_dismissed",
                ):
                    con.execute(f"DELETE FROM {table} WHERE image_id=?", (image_id,))
                con.execute("DELETE FROM images WHERE id=?", (image_id,))
        eg = ", ".join(repr(shown(r)) for _i, r in bad[:3]) + (", ..." if len(bad) > 3 else "")
        dataset_store.notice(
            f"{shown(self.db_path)}: {len(bad)} index row(s) named paths outside the dataset "
            f"({eg}); removed from the index, no file was touched"
        )

    @property
    def nc(self) -> int | None:
        return len(self.class_names) or None

    def class_name(self, c: int) -> str:
        return self.class_names[c] if 0 <= c < len(self.class_names) else f"class {c}"

    # ------------------------------------------------------------------ paths
    def image_path(self, rel: str | os.PathLike[str]) -> Path:
        return self.root / check_rel(rel, self.root)

    def label_path(self, rel: str | os.PathLike[str]) -> Path:
        check_rel(rel, self.root)  # a path from the index is data: never outside the dataset
        if self.label_root is not None:
            return (self.label_root / rel).with_suffix(".txt")
        # labels.img2label_path's rule (see layout.label_dir_for), the folder worked out once per
        # image folder (an audit asks for every image's label file several times)
        parent, name = os.path.split(os.fspath(rel))
        folder = self._label_dirs.get(parent)
        if folder is None:
            folder = self._label_dirs[parent] = Path(layout.label_dir_for(str(self.root / parent)))
        return folder / (os.path.splitext(name)[0] + ".txt")

    def rel_of(self, path: str | os.PathLike[str]) -> str:
        return Path(os.path.relpath(Path(path).resolve(), self.root)).as_posix()

    # ------------------------------------------------------------------ reading
    @staticmethod
    def _where(status: str | Iterable[str] | None = None, class_id: int | None = None) -> tuple[str, list[Any]]:
        cond: list[str]
        params: list[Any]
        cond, params = [], []
        if status is not None:
            sts = [status] if isinstance(status, str) else list(status)
            cond.append(f"status IN ({','.join('?' * len(sts))})")
            params += sts
        if class_id is not None:
            cond.append("id IN (SELECT image_id FROM image_classes WHERE cls=?)")
            params.append(int(class_id))
        return (" WHERE " + " AND ".join(cond)) if cond else "", params

    def count(self, status: str | Iterable[str] | None = None, class_id: int | None = None) -> int:
        where, params = self._where(status, class_id)
        return cast(int, self._q(f"SELECT COUNT(*) FROM images{where}", params)[0][0])

    def rows(
        self,
        status: str | Iterable[str] | None = None,
        class_id: int | None = None,
        order: str = "name",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ImageRow]:
        """Rows for a list view; order "name" or "min_conf" (least sure first, no confidence last),
        also "n_boxes", "status", "mean_conf"; a leading "-" reverses."""
        desc = order.startswith("-")
        key = ORDERS[order.lstrip("-")]
        if desc:
            key = ", ".join(k + " DESC" for k in key.split(", "))
        where, params = self._where(status, class_id)
        sql = f"SELECT {_COLS} FROM images{where} ORDER BY {key}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else int(limit), int(offset)]
        return [_row(t) for t in self._q(sql, params)]

    def get(self, rel: str | os.PathLike[str]) -> ImageRow | None:
        got = self._q(f"SELECT {_COLS} FROM images WHERE rel=?", (str(rel),))
        return _row(got[0]) if got else None

    def position(
        self,
        rel: str | os.PathLike[str],
        status: str | Iterable[str] | None = None,
        class_id: int | None = None,
        order: str = "name",
    ) -> int | None:
        """Index of rel in rows(status, class_id, order) (None when it is not in that list)."""
        row = self._q("SELECT qconf, status, id FROM images WHERE rel=?", (str(rel),))
        if not row:
            return None
        where, params = self._where(status, class_id)
        if status is not None and row[0][1] not in ([status] if isinstance(status, str) else list(status)):
            return None
        if order == "name":
            cmp, cp = "rel < ?", [str(rel)]
        elif order == "min_conf":
            cmp, cp = "(qconf, id) < (?, ?)", [row[0][0], row[0][2]]
        else:
            raise ValueError("position() supports order 'name' and 'min_conf'")
        where = (where + " AND " if where else " WHERE ") + cmp
        return cast(int, self._q(f"SELECT COUNT(*) FROM images{where}", params + cp)[0][0])

    def next_row(
        self,
        rel: str | os.PathLike[str],
        status: str | Iterable[str] | None = None,
        class_id: int | None = None,
        order: str = "min_conf",
        step: int = 1,
    ) -> ImageRow | None:
        """The row after (step=1) or before (step=-1) rel in that ordering, even when rel itself
        has just left the filter (accept-and-next)."""
        cur = self._q("SELECT qconf, id FROM images WHERE rel=?", (str(rel),))
        if not cur and order != "name":
            return None
        where, params = self._where(status, class_id)
        op, direction = (">", "") if step > 0 else ("<", " DESC")
        if order == "name":
            cmp, cp, key = f"rel {op} ?", [str(rel)], f"rel{direction}"
        else:
            cmp, cp, key = f"(qconf, id) {op} (?, ?)", [cur[0][0], cur[0][1]], f"qconf{direction}, id{direction}"
        where = (where + " AND " if where else " WHERE ") + cmp
        got = self._q(f"SELECT {_COLS} FROM images{where} ORDER BY {key} LIMIT 1", params + cp)
        return _row(got[0]) if got else None

    def autolabel_key(self, rel: str | os.PathLike[str]) -> str | None:
        got = self._q("SELECT autolabel_key FROM images WHERE rel=?", (str(rel),))
        return got[0][0] if got else None

    def data_version(self) -> int:
        """Changes each time another connection (another process, a refresh) commits to the
        index (SQLite's PRAGMA data_version): the app polls it to follow a CLI run."""
        return cast(int, self._q("PRAGMA data_version")[0][0])

    def write_states(self, rels: Iterable[str | os.PathLike[str]]) -> dict[str, tuple[Any, ...]]:
        """{rel: (status, edited, reviewed_at, autolabel_key)} of the rels that have a row: what
        the decision to (re)write a label file rests on (app.core.dataset.write_rule.row_id)."""
        rels = [str(r) for r in rels]
        out: dict[str, tuple[Any, ...]] = {}
        for i in range(0, len(rels), 500):
            part = rels[i : i + 500]
            out.update(
                (t[0], tuple(t[1:]))
                for t in self._q(
                    f"SELECT rel, status, edited, reviewed_at, autolabel_key FROM images "
                    f"WHERE rel IN ({','.join('?' * len(part))})",
                    part,
                )
            )
        return out

    def is_reviewed(self, rel: str | os.PathLike[str]) -> bool:
        got = self._q("SELECT status FROM images WHERE rel=?", (str(rel),))
        return bool(got) and got[0][0] == STATUS_REVIEWED

    def predictions(
        self, rel: str | os.PathLike[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """The original predictions stored by the last auto-label run: (cls int64 (N,),
        xywhn float64 (N,4), conf float64 (N,)); empty arrays when there are none."""
        import numpy as np

        got = self._q(
            "SELECT p.cls, p.xywhn, p.conf FROM predictions p JOIN images i ON i.id = p.image_id WHERE i.rel=?",
            (str(rel),),
        )
        if not got:
            return np.zeros(0, np.int64), np.zeros((0, 4), np.float64), np.zeros(0, np.float64)
        c, b, f = got[0]
        return (
            np.frombuffer(c, np.int64).copy(),
            np.frombuffer(b, np.float64).reshape(-1, 4).copy(),
            np.frombuffer(f, np.float64).copy(),
        )

    def prediction_shapes(self, rel: str | os.PathLike[str]) -> Labels | None:
        """The polygons / rotated boxes of the last auto-label run's predictions, in the order of
        predictions(rel): an app.core.io.shapes.Labels with their classes and confidences; None
        when it stored boxes only (a detect model, an index from before schema 5)."""

        from app.core.dataset.predicted.shape_blob import labels_from_row

        got = self._q(
            "SELECT p.cls, p.conf, p.shapes FROM predictions p JOIN images i ON i.id = p.image_id "
            "WHERE i.rel=? AND p.shapes IS NOT NULL",
            (str(rel),),
        )
        return labels_from_row(*got[0]) if got else None  # None for a hand-edited row: the boxes are there

    def issues(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Malformed or flagged label lines: [{"path", "line", "error", "image"}], by file and line."""
        sql = "SELECT i.rel, s.line, s.reason FROM issues s JOIN images i ON i.id = s.image_id ORDER BY i.rel, s.line"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [
            {"path": str(self.label_path(rel)), "line": line, "error": reason, "image": rel}
            for rel, line, reason in self._q(sql)
        ]

    def shared_labels(self) -> list[tuple[str, list[str]]]:
        """[(label path, [rels])] for every label file that two or more indexed images share (a.jpg
        and a.png in one folder): one file cannot hold both images' boxes. Narrowed first with
        plain string operations (a name without its extension seen twice, or two image folders
        with one label folder), so a 100k-image status stays fast."""
        from collections import Counter

        rels = [r for (r,) in self._q("SELECT rel FROM images")]
        stems = [r[: r.rfind(".")] for r in rels]
        dup = {k for k, n in Counter(stems).items() if n > 1}
        cand = {r for r, k in zip(rels, stems) if k in dup} if dup else set()
        ldirs: dict[str, list[str]] = {}
        for f in {r[: r.rfind("/") + 1] for r in rels}:
            ldirs.setdefault(os.fspath(self.label_path(f + "x.jpg").parent), []).append(f)
        shared_dirs = {f for v in ldirs.values() if len(v) > 1 for f in v}
        if shared_dirs:  # two image folders, one label folder (x/images and x/labels)
            cand.update(r for r in rels if r[: r.rfind("/") + 1] in shared_dirs)
        return layout.shared_label_groups((rel, self.label_path(rel)) for rel in sorted(cand))

    def summary(self, least_sure: int = 10) -> dict[str, Any]:
        by_status = dict(self._q("SELECT status, COUNT(*) FROM images GROUP BY status"))
        per_id = dict(self._q("SELECT cls, SUM(n) FROM image_classes GROUP BY cls"))
        per_class = {name: int(per_id.get(i, 0)) for i, name in enumerate(self.class_names)}
        for c in sorted(per_id):
            if c >= len(self.class_names):
                per_class[f"class {c} (unknown)"] = int(per_id[c])
        least = self._q(
            "SELECT rel, min_conf FROM images WHERE status=? AND min_conf IS NOT NULL ORDER BY qconf, id LIMIT ?",
            (STATUS_AUTO, int(least_sure)),
        )
        issues, issue_files = self._q("SELECT COUNT(*), COUNT(DISTINCT image_id) FROM issues")[0]
        edited = self._q("SELECT COUNT(*) FROM images WHERE edited=1")[0][0]
        return {
            "images": sum(by_status.values()),
            "unlabeled": by_status.get(STATUS_UNLABELED, 0),
            "auto": by_status.get(STATUS_AUTO, 0),
            "labeled": by_status.get(STATUS_LABELED, 0),
            "reviewed": by_status.get(STATUS_REVIEWED, 0),
            "edited": edited,
            "boxes": int(sum(per_id.values())),
            "per_class": per_class,
            "least_sure": [(r, float(c)) for r, c in least],
            "malformed_lines": issues,
            "malformed_files": issue_files,
        }

    # ------------------------------------------------------------------ writing (short transactions)
    def refresh(self, state: JobState | None = None) -> dict[str, Any]:
        """Bring the index in line with the files (app.core.dataset.refresh.Refresher.refresh)."""
        return Refresher(self).refresh(state)

    def rebuild(self, state: JobState | None = None) -> dict[str, Any]:
        """Re-read every label file and re-list every folder (Refresher.rebuild)."""
        return Refresher(self).rebuild(state)

    def _ensure(self, con: sqlite3.Connection, rel: str) -> tuple[int, str, str, int]:
        con.execute("INSERT INTO images(rel) VALUES (?) ON CONFLICT(rel) DO NOTHING", (rel,))
        row = con.execute("SELECT id, classes, status, n_issues FROM images WHERE rel=?", (rel,)).fetchone()
        return cast("tuple[int, str, str, int]", row)

    @staticmethod
    def _set_classes(con: sqlite3.Connection, image_id: int, old_classes: str, counts: dict[int, int]) -> None:
        if old_classes:
            con.executemany(
                "DELETE FROM image_classes WHERE cls=? AND image_id=?",
                [(int(c), image_id) for c in old_classes.split()],
            )
        if counts:
            con.executemany(
                "INSERT OR REPLACE INTO image_classes(cls, image_id, n) VALUES (?, ?, ?)",
                [(c, image_id, n) for c, n in counts.items()],
            )

    def record_predictions(
        self, items: Iterable[Sequence[Any]], model_key: str, unreview: Iterable[str | os.PathLike[str]] = ()
    ) -> None:
        """Store an auto-label batch in one transaction: original predictions, status 'auto'
        (a reviewed image keeps its status and counts, unless in `unreview`: its labels were
        replaced), box counts, classes, min/mean conf, autolabel_key. Call it after the label
        files are written: their mtime/size are read here. items: (rel, cls, xywhn, conf), or
        (rel, cls, xywhn, conf, Labels) for a -seg / -obb run: its polygons / rotated boxes are
        kept too (prediction_shapes), xywhn being the box around each."""
        prepared = self._prepare_predictions(items)
        with self._tx() as con:
            self._insert_predictions(con, prepared, model_key, {str(r) for r in unreview})

    def record_model_view(self, items: Iterable[Sequence[Any]], model_key: str) -> None:
        """Store a model's predictions for images whose label files it did not write (they were kept,
        or its labels went to a separate folder): the predictions, min/mean confidence and the queue
        order, in one transaction. Status, box counts, classes and autolabel_key stay those of the
        label files, so a later run still treats them as not its own."""
        prepared = self._prepare_predictions(items)
        now = time.time()
        with self._tx() as con:
            for rel, cls, xywhn, conf, _counts, _m, _s, minc, meanc, _unknown, shapes in prepared:
                image_id = self._ensure(con, rel)[0]
                con.execute(
                    f"INSERT OR REPLACE INTO predictions({_PRED_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (image_id, model_key, cls.tobytes(), xywhn.tobytes(), conf.tobytes(), now, shapes),
                )
                con.execute(
                    "UPDATE images SET min_conf=?, mean_conf=?, qconf=? WHERE id=?",
                    (minc, meanc, 2.0 if minc is None else minc, image_id),
                )

    def _prepare_predictions(self, items: Iterable[Sequence[Any]]) -> list[_Prepared]:
        import numpy as np

        prepared: list[_Prepared] = []
        nc = self.nc
        for rel, cls, xywhn, conf, *shapes in items:
            rel = str(rel)
            cls = np.asarray(cls, np.int64).reshape(-1)
            xywhn = np.asarray(xywhn, np.float64).reshape(-1, 4)
            conf = np.asarray(conf, np.float64).reshape(-1)
            uniq, cnt = np.unique(cls, return_counts=True)
            counts = {int(c): int(n) for c, n in zip(uniq, cnt)}
            m, s = stat_sig(self.label_path(rel))
            minc = float(conf.min()) if conf.size else None
            meanc = float(conf.mean()) if conf.size else None
            unknown = int((cls >= nc).sum()) if nc else 0
            blob = _shapes_blob(shapes[0], len(cls)) if shapes and shapes[0] is not None else None
            prepared.append((rel, cls, xywhn, conf, counts, m, s, minc, meanc, unknown, blob))
        return prepared

    def _insert_predictions(
        self,
        con: sqlite3.Connection,
        prepared: list[_Prepared],
        model_key: str,
        unreview: Container[str] = frozenset(),
    ) -> None:
        """unreview: rels whose review is withdrawn by this record (their labels are replaced)."""
        now = time.time()
        for rel, cls, xywhn, conf, counts, m, s, minc, meanc, unknown, shapes in prepared:
            image_id, old_classes, status, n_issues = self._ensure(con, rel)
            con.execute(
                f"INSERT OR REPLACE INTO predictions({_PRED_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (image_id, model_key, cls.tobytes(), xywhn.tobytes(), conf.tobytes(), now, shapes),
            )
            if status == STATUS_REVIEWED and rel not in unreview:
                con.execute("UPDATE images SET autolabel_key=? WHERE id=?", (model_key, image_id))
                continue
            con.execute(
                "UPDATE images SET status=?, n_boxes=?, classes=?, min_conf=?, mean_conf=?, qconf=?, "
                "autolabel_key=?, label_mtime_ns=?, label_size=?, edited=0, n_issues=0, unknown_cls=?, "
                "reviewed_at=NULL WHERE id=?",
                (
                    STATUS_AUTO if m is not None else STATUS_UNLABELED,
                    int(cls.size),
                    class_text(counts),
                    minc,
                    meanc,
                    2.0 if minc is None else minc,
                    model_key,
                    m,
                    s,
                    unknown,
                    image_id,
                ),
            )
            self._set_classes(con, image_id, old_classes, counts)
            if n_issues:
                con.execute("DELETE FROM issues WHERE image_id=?", (image_id,))

    def set_reviewed(self, rel: str | os.PathLike[str], reviewed: bool = True) -> None:
        with self._tx() as con:
            self._ensure(con, str(rel))
            con.execute(
                f"UPDATE images SET status = CASE WHEN ? THEN 'reviewed' ELSE {_NOT_REVIEWED_SQL} END, "
                "reviewed_at = CASE WHEN ? THEN ? END WHERE rel=?",
                (bool(reviewed), bool(reviewed), time.time(), str(rel)),
            )

    def note_label_written(
        self,
        rel: str | os.PathLike[str],
        cls: npt.ArrayLike,
        xywhn: npt.ArrayLike,
        edited_by_user: bool,
        undone: bool = False,
    ) -> None:
        """The review pane wrote rel's label file: update counts, classes and the file's mtime/size
        (so the next refresh does not take it for an outside edit). Status is unchanged except
        'unlabeled' -> 'labeled' (a person drew the first boxes) and a removed file -> 'unlabeled';
        set_reviewed() is what accepts an image. `edited_by_user` marks the image edited by a
        person; `undone` clears that mark (the person's edits were all undone: the file holds
        again what it held before them)."""
        import numpy as np

        rel = str(rel)
        cls = np.asarray(cls, np.int64).reshape(-1)
        uniq, cnt = np.unique(cls, return_counts=True)
        counts = {int(c): int(n) for c, n in zip(uniq, cnt)}
        m, s = stat_sig(self.label_path(rel))
        nc = self.nc
        with self._tx() as con:
            image_id, old_classes, status, n_issues = self._ensure(con, rel)
            con.execute(
                "UPDATE images SET n_boxes=?, classes=?, label_mtime_ns=?, label_size=?, n_issues=0, unknown_cls=?, "
                "edited = CASE WHEN ? THEN 0 WHEN ? THEN 1 ELSE edited END, "
                "status = CASE WHEN status='reviewed' THEN 'reviewed' WHEN ? IS NULL THEN 'unlabeled' "
                "WHEN autolabel_key IS NOT NULL THEN 'auto' ELSE 'labeled' END "
                "WHERE id=?",
                (
                    int(cls.size),
                    class_text(counts),
                    m,
                    s,
                    int((cls >= nc).sum()) if nc else 0,
                    bool(undone),
                    bool(edited_by_user),
                    m,
                    image_id,
                ),
            )
            self._set_classes(con, image_id, old_classes, counts)
            if n_issues:
                con.execute("DELETE FROM issues WHERE image_id=?", (image_id,))
