"""DatasetIndex.refresh(): bring the index in line with the files, touching only what changed.

One pass over the image folders (os.scandir, no image decoded); each label folder is listed once
and each label file stat'ed; a label file is read and parsed only when its (mtime_ns, size)
differ from the index. Writes go through a private connection in small transactions, so a GUI
reading the same index (and a CLI run at the same time) never waits long and sees rows appear.
"""

from __future__ import annotations

import json
import os
import time
from typing import TYPE_CHECKING, Any, Protocol, cast

from app.core.dataset import kinds as dataset_kinds
from app.core.dataset import scan as dataset_scan
from app.core.dataset import store as dataset_store
from app.core.io import layout
from app.core.jobs import Cancelled, JobState

if TYPE_CHECKING:
    import sqlite3
    from contextlib import AbstractContextManager
    from pathlib import Path


class DatasetIndex(Protocol):
    """What a refresh uses of app.core.dataset.index.DatasetIndex (which imports this module:
    naming the class here would be an import cycle)."""

    root: Path
    label_root: Path | None
    db_path: Path
    _source: layout.Source

    @property
    def nc(self) -> int | None: ...

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]: ...

    @staticmethod
    def _set_classes(con: sqlite3.Connection, image_id: int, old_classes: str, counts: dict[int, int]) -> None: ...


FIRST_BATCH = 500  # small first commit: a list view has rows to show almost at once
BATCH = 5000

_INSERT = (
    "INSERT INTO images(id, rel, split, label_mtime_ns, label_size, status, n_boxes, classes, min_conf, "
    "mean_conf, qconf, n_issues, unknown_cls) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(rel) DO NOTHING"
)
# Status moves are computed from the row as it is when written (not as it was when the scan
# began), so a review saved by the GUI meanwhile is never undone by a CLI refresh.
_UPDATE_CHANGED = """
UPDATE images SET
  edited = CASE WHEN label_mtime_ns IS NOT NULL AND :m IS NOT NULL AND label_mtime_ns != :m
                     AND (autolabel_key IS NOT NULL OR status='reviewed') THEN 1 ELSE edited END,
  status = CASE WHEN :m IS NULL THEN 'unlabeled' WHEN status='reviewed' THEN 'reviewed'
                WHEN autolabel_key IS NOT NULL THEN 'auto' ELSE 'labeled' END,
  autolabel_key = CASE WHEN :m IS NULL THEN NULL ELSE autolabel_key END,
  min_conf = CASE WHEN :m IS NULL THEN NULL WHEN :minc IS NOT NULL THEN :minc ELSE min_conf END,
  mean_conf = CASE WHEN :m IS NULL THEN NULL WHEN :meanc IS NOT NULL THEN :meanc ELSE mean_conf END,
  qconf = CASE WHEN :m IS NULL THEN 2.0 WHEN :minc IS NOT NULL THEN :minc ELSE qconf END,
  reviewed_at = CASE WHEN :m IS NULL THEN NULL ELSE reviewed_at END,
  label_mtime_ns = :m, label_size = :s, n_boxes = :n, classes = :classes, n_issues = :ni, unknown_cls = :u
WHERE id = :id AND label_mtime_ns IS :om AND label_size IS :os
"""


def class_text(counts: dict[int, int]) -> str:
    return " ".join(str(c) for c in sorted(counts))


def stat_sig(path: str | os.PathLike[str]) -> tuple[int | None, int | None]:
    try:
        st = os.stat(path)
    except OSError:
        return None, None
    return st.st_mtime_ns, st.st_size


def _parse(path: str, size: int, nc: int | None) -> dataset_scan.ParsedLabel:
    try:
        data = dataset_scan.read_small(path, size)
    except OSError as e:
        return dataset_scan.ParsedLabel({}, 0, None, [(0, f"cannot read ({e.strerror or e})")], 0)
    return dataset_scan.parse_label_bytes(data, path, nc)


def _stats(p: dataset_scan.ParsedLabel | None) -> tuple[int, str, float | None, float | None, int, int]:
    """(n_boxes, classes, min_conf, mean_conf, n_issues, unknown) of a parsed label (None: no file)."""
    if p is None:
        return 0, "", None, None, 0, 0
    minc = meanc = None
    if p.confs:
        minc, meanc = min(p.confs), sum(p.confs) / len(p.confs)
    return p.n_boxes, class_text(p.counts), minc, meanc, len(p.issues), p.unknown


class _Writer:
    """Collects new / changed rows and writes them in one short transaction per batch."""

    def __init__(self, index: DatasetIndex, con: sqlite3.Connection) -> None:
        self.index, self.con = index, con
        self.new: list[tuple[Any, ...]] = []
        self.new_classes: list[tuple[int, int, int]] = []  # (cls, n, position in self.new)
        self.new_issues: list[tuple[int, str, int]] = []  # (line, reason, position in self.new)
        self.changed: list[dict[str, Any]] = []
        # (rel, label_mtime_ns, (polygons, quads)): app.core.dataset.kinds
        self.kinds: list[tuple[str, int | None, tuple[int, int]]] = []

    def __len__(self) -> int:
        return len(self.new) + len(self.changed)

    def flush(self) -> None:
        if not len(self):
            return
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            if self.new:
                self._insert_new()
            for ch in self.changed:
                self._update_changed(ch)
            dataset_kinds.store(con, self.kinds)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self.new, self.new_classes, self.new_issues, self.changed, self.kinds = [], [], [], [], []

    def _insert_new(self) -> None:
        # ids are given here (we hold the write lock) so classes and issues need no lookups;
        # a rel that another process inserted meanwhile is skipped with its classes and issues
        con = self.con
        base = con.execute("SELECT COALESCE(MAX(id), 0) FROM images").fetchone()[0] + 1
        before = con.total_changes
        con.executemany(_INSERT, [(base + k,) + row for k, row in enumerate(self.new)])
        ok = None
        if con.total_changes - before != len(self.new):
            ok = {r[0] for r in con.execute("SELECT id FROM images WHERE id >= ?", (base,))}
        classes = [(c, base + k, n) for c, n, k in self.new_classes]
        issues = [(base + k, ln, r) for ln, r, k in self.new_issues]
        if ok is not None:
            classes = [t for t in classes if t[1] in ok]
            issues = [t for t in issues if t[0] in ok]
        con.executemany("INSERT OR REPLACE INTO image_classes(cls, image_id, n) VALUES (?, ?, ?)", classes)
        con.executemany("INSERT INTO issues(image_id, line, reason) VALUES (?, ?, ?)", issues)

    def _update_changed(self, ch: dict[str, Any]) -> None:
        con = self.con
        old = con.execute("SELECT classes, n_issues FROM images WHERE id=?", (ch["id"],)).fetchone()
        if old is None:
            return
        issues, counts = ch.pop("_issues"), ch.pop("_counts")
        if con.execute(_UPDATE_CHANGED, ch).rowcount == 0:
            return  # the row changed since this scan read it (the GUI recorded its own write)
        self.index._set_classes(con, ch["id"], old[0], counts)
        if old[1]:
            con.execute("DELETE FROM issues WHERE image_id=?", (ch["id"],))
        if issues:
            con.executemany(
                "INSERT INTO issues(image_id, line, reason) VALUES (?, ?, ?)", [(ch["id"], ln, r) for ln, r in issues]
            )


class Refresher:
    """Brings one DatasetIndex in line with the files: DatasetIndex.refresh() / rebuild() run it.
    It reads the index's root, label_root, nc, db_path and _source, and writes through its
    transactions; it keeps no state of its own between calls."""

    def __init__(self, index: DatasetIndex) -> None:
        self.index = index

    def _label_dir(self, image_dir: str) -> str:
        if self.index.label_root is not None:
            return os.path.join(str(self.index.label_root), os.path.relpath(image_dir, str(self.index.root)))
        return layout.label_dir_for(image_dir)

    def rebuild(self, state: JobState | None = None) -> dict[str, Any]:
        """Re-read every label file and re-list every folder (review status, edit flags and
        predictions are kept)."""
        with self.index._tx() as con:
            con.execute("UPDATE images SET label_size=-1 WHERE label_size IS NOT NULL")
            con.execute("DELETE FROM dirs")
        return self.refresh(state)

    def refresh(self, state: JobState | None = None) -> dict[str, Any]:
        """Scan images and labels; add new images, re-read changed label files, drop vanished
        images. Returns counts (images, new, changed, removed, parsed, rechecked, errors) and
        "seconds". "rechecked": label files read again although their stamp is unchanged (stamped
        just before the last scan, see dataset_scan.is_racy, or after rebuild()); "changed" counts
        real edits.
        A folder whose entries and label files are unchanged (folder mtime, label fingerprint)
        costs one listing of its label folder with a stat per file; nothing else is read.
        Cancel via state: what was committed stays (the next refresh continues from there);
        vanished images are only removed after a complete scan."""
        t0 = time.perf_counter()
        con = dataset_store.connect(self.index.db_path)
        try:
            return self._refresh(con, state, t0)
        finally:
            con.close()

    def _dir_rows(self, con: sqlite3.Connection, rel_dir: str) -> dict[str, tuple[int, int | None, int | None]]:
        """{rel: (id, label_mtime_ns, label_size)} of the images directly inside rel_dir."""
        if rel_dir:
            prefix = rel_dir + "/"
            cur = con.execute(
                "SELECT id, rel, label_mtime_ns, label_size FROM images WHERE rel >= ? AND rel < ?",
                (prefix, rel_dir + "0"),
            )  # "0" sorts right after "/"
        else:
            prefix = ""
            cur = con.execute("SELECT id, rel, label_mtime_ns, label_size FROM images")
        n = len(prefix)
        return {rel: (i, m, s) for i, rel, m, s in cur if "/" not in rel[n:]}

    def _refresh(self, con: sqlite3.Connection, state: JobState | None, t0: float) -> dict[str, Any]:
        dataset_kinds.ensure(con)  # before the folder cache is read: a new table re-reads the files with issues
        now_ns = time.time_ns()  # stamps close to this are "racy" (dataset_scan.is_racy)
        is_racy = dataset_scan.is_racy
        cache = {
            d: (m, json.loads(sub), n, fp)
            for d, m, sub, n, fp in con.execute("SELECT dir, mtime_ns, subdirs, n_images, label_fp FROM dirs")
        }
        total_hint = sum(v[2] for v in cache.values())
        nc = self.index.nc
        errors: list[str] = []
        w = _Writer(self.index, con)
        visited: set[str] = set()
        dir_rows: list[tuple[str, int, str, int, str | None]] = []
        gone: list[int] = []
        seen = n_new = n_changed = rechecked = parsed = 0
        limit = FIRST_BATCH
        cancelled = False
        try:
            for ds in dataset_scan.iter_dirs(self.index._source, cache, errors, now_ns):
                if ds.rel in visited:
                    continue
                visited.add(ds.rel)
                cached = cache.get(ds.rel)
                if ds.names == []:  # no images here: only remember the folder
                    if ds.cacheable and (cached is None or cached[0] != ds.mtime_ns or cached[2]):
                        dir_rows.append((ds.rel, ds.mtime_ns, json.dumps(ds.subdirs), 0, None))
                    if cached is not None and cached[2]:
                        gone += [v[0] for v in self._dir_rows(con, ds.rel).values()]
                    continue
                ldir = self._label_dir(ds.path)
                fp, make_sigs = dataset_scan.label_sigs(ldir, now_ns)
                if ds.names is None and cached is not None and fp is not None and cached[3] == fp:
                    seen += cached[2]  # nothing changed in this folder
                    continue
                sigs = make_sigs()
                names = ds.names if ds.names is not None else dataset_scan.list_dir(ds.path)[0]
                known = self._dir_rows(con, ds.rel)
                prefix = ds.rel + "/" if ds.rel else ""
                split = ds.split
                ldir_sep = ldir + os.sep
                new, new_classes, new_issues = w.new, w.new_classes, w.new_issues
                for name in names:
                    rel = prefix + name
                    seen += 1
                    k = known.pop(rel, None)
                    stem = name[: name.rfind(".")] + ".txt"
                    sig = sigs.get(stem)
                    if sig is None:
                        if k is None:  # new image without labels: nothing to read
                            n_new += 1
                            new.append((rel, split, None, None, "unlabeled", 0, "", None, None, 2.0, 0, 0))
                            continue
                        if k[1] is None and k[2] is None:
                            continue
                        m = sz = p = None
                    else:
                        m, sz = sig
                        if k is not None and k[1] == m and k[2] == sz:
                            continue
                        p = _parse(ldir_sep + stem, sz, nc)
                        parsed += 1
                        if p.shapes:
                            w.kinds.append((rel, m, p.shapes))
                        if is_racy(m, now_ns):
                            sz = -1  # racy: read it again next time
                    if k is None:
                        p = cast("dataset_scan.ParsedLabel", p)  # a new row comes with a label file: parsed above
                        n_new += 1
                        counts = p.counts
                        pos = len(new)
                        if p.confs or p.issues:
                            _n, classes, minc, meanc, ni, u = _stats(p)
                            new_issues.extend((ln, r, pos) for ln, r in p.issues)
                        else:  # the common case, without the generic bookkeeping
                            classes, minc, meanc, ni, u = " ".join(map(str, sorted(counts))), None, None, 0, 0
                        new.append(
                            (
                                rel,
                                split,
                                m,
                                sz,
                                "labeled",
                                p.n_boxes,
                                classes,
                                minc,
                                meanc,
                                2.0 if minc is None else minc,
                                ni,
                                u,
                            )
                        )
                        new_classes.extend((c, cnt, pos) for c, cnt in counts.items())
                    else:
                        if k[2] == -1 and k[1] == m:
                            rechecked += 1  # racy or forced re-read, not an edit
                        else:
                            n_changed += 1
                        n, classes, minc, meanc, ni, u = _stats(p)
                        w.changed.append(
                            {
                                "id": k[0],
                                "om": k[1],
                                "os": k[2],
                                "m": m,
                                "s": sz,
                                "n": n,
                                "classes": classes,
                                "minc": minc,
                                "meanc": meanc,
                                "ni": ni,
                                "u": u,
                                "_issues": p.issues if p else [],
                                "_counts": p.counts if p else {},
                            }
                        )
                    if len(new) + len(w.changed) >= limit:
                        w.flush()
                        new, new_classes, new_issues = w.new, w.new_classes, w.new_issues
                        limit = BATCH
                        if state is not None:
                            state.check()
                            state.progress(seen, max(seen, total_hint), f"indexed {seen} images")
                gone += [v[0] for v in known.values()]
                if ds.cacheable:
                    dir_rows.append((ds.rel, ds.mtime_ns, json.dumps(ds.subdirs), len(names), fp))
                if state is not None:
                    state.check()
            w.flush()
        except Cancelled:
            cancelled = True
        removed = 0
        if not cancelled and not errors:
            for d, (_m, _sub, n, _fp) in cache.items():
                if d not in visited and n:
                    gone += [v[0] for v in self._dir_rows(con, d).values()]
            removed = self._remove(con, gone)
            self._store_dirs(con, dir_rows, [d for d in cache if d not in visited])
            removed += self._sweep(con, visited, seen)
        if state is not None and not cancelled:
            state.progress(seen, seen, "index up to date")
        return {
            "images": con.execute("SELECT COUNT(*) FROM images").fetchone()[0],
            "seen": seen,
            "new": n_new,
            "changed": n_changed,
            "removed": removed,
            "parsed": parsed,
            "rechecked": rechecked,
            "errors": errors + list(self.index._source.warnings),
            "cancelled": cancelled,
            "seconds": round(time.perf_counter() - t0, 4),
        }

    @staticmethod
    def _store_dirs(
        con: sqlite3.Connection, rows: list[tuple[str, int, str, int, str | None]], drop: list[str]
    ) -> None:
        if not rows and not drop:
            return
        con.execute("BEGIN IMMEDIATE")
        try:
            con.executemany(
                "INSERT OR REPLACE INTO dirs(dir, mtime_ns, subdirs, n_images, label_fp) VALUES (?, ?, ?, ?, ?)", rows
            )
            con.executemany("DELETE FROM dirs WHERE dir=?", [(d,) for d in drop])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _sweep(self, con: sqlite3.Connection, visited: set[str], seen: int) -> int:
        """The index must hold exactly the images seen. When the counts disagree (rows added for
        files outside the scanned folders, or a database edited by hand), drop rows outside the
        visited folders and forget the folder cache so the next refresh lists everything."""
        count = con.execute("SELECT COUNT(*) FROM images").fetchone()[0]
        if count == seen:
            return 0
        outside = [
            i
            for i, rel in con.execute("SELECT id, rel FROM images")
            if (rel.rsplit("/", 1)[0] if "/" in rel else "") not in visited
        ]
        n = self._remove(con, outside)
        if count - n != seen:
            con.execute("DELETE FROM dirs")
        return n

    def _remove(self, con: sqlite3.Connection, gone: list[int]) -> int:
        n = 0
        for i in range(0, len(gone), BATCH):
            con.execute("BEGIN IMMEDIATE")
            try:
                for image_id in gone[i : i + BATCH]:
                    old = con.execute("SELECT classes FROM images WHERE id=?", (image_id,)).fetchone()
                    if old is None:
                        continue
                    self.index._set_classes(con, image_id, old[0], {})
                    con.execute("DELETE FROM issues WHERE image_id=?", (image_id,))
                    con.execute("DELETE FROM predictions WHERE image_id=?", (image_id,))
                    con.execute("DELETE FROM images WHERE id=?", (image_id,))
                    n += 1
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return n
