"""Where the dataset index lives and how it is opened: schema, version, WAL, read-only fallback.

The index is `<root>/.labelbench/index.sqlite`. When the dataset folder cannot be written (a
read-only share, a CD, someone else's folder) it lives in the user's cache instead:
`~/.cache/labelbench/index/<sha1 of the resolved root>.sqlite` ($XDG_CACHE_HOME respected).
Everything in it can be rebuilt from the files except review status, edit flags and the stored
original predictions, which exist only here.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.core.errors import shown
from app.core.io import own_files

if TYPE_CHECKING:
    from collections.abc import Callable

SCHEMA_VERSION = 6
BUSY_TIMEOUT_MS = 10_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS images (
    id INTEGER PRIMARY KEY,
    rel TEXT NOT NULL UNIQUE,              -- image path relative to root, posix
    split TEXT NOT NULL DEFAULT '',
    label_mtime_ns INTEGER,                -- NULL: no label file
    label_size INTEGER,
    status TEXT NOT NULL DEFAULT 'unlabeled',
    n_boxes INTEGER NOT NULL DEFAULT 0,
    classes TEXT NOT NULL DEFAULT '',      -- distinct class ids, space separated, ascending
    min_conf REAL,
    mean_conf REAL,
    qconf REAL NOT NULL DEFAULT 2.0,       -- review-queue key: min_conf, 2.0 when there is none
    n_issues INTEGER NOT NULL DEFAULT 0,   -- malformed / flagged lines in the label file
    unknown_cls INTEGER NOT NULL DEFAULT 0,-- boxes whose class id is outside the class names
    autolabel_key TEXT,                    -- model + settings of the last auto-label run
    edited INTEGER NOT NULL DEFAULT 0,     -- labels changed by a person after the model wrote them
    reviewed_at REAL,
    audit_score REAL,                      -- worst audit finding not dismissed (0: none, NULL: not audited)
    audit_n INTEGER NOT NULL DEFAULT 0,    -- audit findings not dismissed
    audit_kinds TEXT NOT NULL DEFAULT ''   -- their kinds, worst first, e.g. "swap badloc"
);
-- review queue: least sure first, ties in scan order (the rowid is the index's last column)
CREATE INDEX IF NOT EXISTS images_status_queue ON images (status, qconf);
CREATE INDEX IF NOT EXISTS images_queue ON images (qconf);
CREATE TABLE IF NOT EXISTS image_classes (
    cls INTEGER NOT NULL, image_id INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (cls, image_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS issues (image_id INTEGER NOT NULL, line INTEGER NOT NULL, reason TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS issues_image ON issues (image_id);
-- per image folder: its mtime (entries unchanged while equal), subfolders, image count and a
-- fingerprint of its label folder (count, sum of mtime_ns, sum of sizes of the .txt files)
CREATE TABLE IF NOT EXISTS dirs (
    dir TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, subdirs TEXT NOT NULL, n_images INTEGER NOT NULL,
    label_fp TEXT
);
-- shapes: a -seg / -obb run's polygons and rotated boxes (app.core.dataset.predicted.shape_blob),
-- NULL for boxes (xywhn then holds the box around each)
CREATE TABLE IF NOT EXISTS predictions (
    image_id INTEGER PRIMARY KEY, model_key TEXT, cls BLOB, xywhn BLOB, conf BLOB, created REAL, shapes BLOB
);
-- audit (app.core.audit): the model's predictions at a low confidence, beside the auto-label ones,
-- the review queue "likely mistakes first", findings a person kept as they are (sig: model, label, box);
-- audit_predictions.shapes: a -seg / -obb model's polygons and rotated boxes, as predictions.shapes
CREATE TABLE IF NOT EXISTS audit_predictions (
    image_id INTEGER PRIMARY KEY, model_key TEXT, cls BLOB, xywhn BLOB, conf BLOB, created REAL, shapes BLOB
);
CREATE INDEX IF NOT EXISTS images_audit_queue ON images (audit_score DESC, id);
CREATE TABLE IF NOT EXISTS audit_findings (image_id INTEGER PRIMARY KEY, findings TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit_dismissed (
    image_id INTEGER NOT NULL, sig TEXT NOT NULL, created REAL, PRIMARY KEY (image_id, sig)
) WITHOUT ROWID;
"""

# schema version -> statements (SQL, or a function of the connection) that bring an index of that
# version to the next one (no data lost; the tables new in the later version are made by SCHEMA's
# CREATE ... IF NOT EXISTS afterwards)
MIGRATIONS: dict[int, list[str | Callable[[sqlite3.Connection], None]]] = {
    2: [
        "ALTER TABLE images ADD COLUMN audit_score REAL",
        "ALTER TABLE images ADD COLUMN audit_n INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE images ADD COLUMN audit_kinds TEXT NOT NULL DEFAULT ''",
    ],
    # 'labeled': label files no auto-label run wrote (ground truth made by hand or elsewhere) were 'auto'
    3: ["UPDATE images SET status='labeled' WHERE status='auto' AND autolabel_key IS NULL"],
    # a -seg / -obb run's predictions keep their polygons / rotated boxes (the old rows: boxes, NULL)
    4: [lambda con: _add_column(con, "predictions", "shapes", "BLOB")],
    # the audit of a -seg / -obb model keeps its polygons / rotated boxes too
    5: [lambda con: _add_column(con, "audit_predictions", "shapes", "BLOB")],
}


def _add_column(con: sqlite3.Connection, table: str, column: str, decl: str) -> None:
    """ALTER TABLE ... ADD COLUMN, unless the column is there already (a file whose version number
    was set back by hand, as tests do) or the table is not (an older version: SCHEMA makes it whole)."""
    have = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
    if have and column not in have:
        con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "labelbench" / "index"


def cache_index_path(root: Path) -> Path:
    import hashlib  # lazily: loading OpenSSL costs ~0.05 s of a status run

    return cache_dir() / (hashlib.sha1(str(root).encode("utf-8")).hexdigest() + ".sqlite")


def can_write_dir(d: Path) -> bool:
    """True when a file can really be created in d (a probe, not just permission bits).
    Tests replace this to simulate read-only folders (root ignores chmod)."""
    try:
        d.mkdir(parents=False, exist_ok=True)
        probe = d / f".probe-{os.getpid()}-{threading.get_ident()}-{time.time_ns()}"
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        os.close(fd)
        os.unlink(probe)
        return True
    except OSError:
        return False


JOURNAL_NAME = "autolabel.journal"  # app.core.autolabel.engine.stages.Journal, beside the index


def own_files_of(index_path: Path) -> list[tuple[Path, str]]:
    """LabelBench's own files beside an index: (path, what) for each."""
    from app.core.dataset.lock import lock_path_for

    index_path = Path(index_path)
    files = [(index_path, "the dataset index")]
    files += [(Path(f"{index_path}{s}"), "the dataset index's SQLite file") for s in ("-wal", "-shm", "-journal")]
    files += [
        (lock_path_for(index_path), "the writer lock"),
        (index_path.parent / JOURNAL_NAME, "the auto-label journal"),
        (index_path.parent / ".gitignore", "the .labelbench/.gitignore"),
    ]
    return files


def check_own_files(index_path: Path) -> None:
    """One FileError line, before anything is opened or written, when one of our own files beside
    the index is a symbolic link, a FIFO, a device or a folder (app.core.io.own_files' rule)."""
    for f, what in own_files_of(index_path):
        own_files.refuse_unless_regular(f, what)


def local_index_path(base: Path) -> Path:
    """`<base>/.labelbench/index.sqlite`, after checking that `.labelbench` does not lead outside
    base and that no own file there is a link or a special file (FileError otherwise)."""
    local_dir = Path(base) / ".labelbench"
    if os.path.lexists(local_dir):
        own_files.check_inside(local_dir, base, "the .labelbench folder")
    path = local_dir / "index.sqlite"
    check_own_files(path)
    return path


def index_location(root: Path) -> tuple[Path, bool]:
    """(index file, in_dataset) for a resolved dataset root: the cache when the .labelbench folder
    or an index already in it cannot be written (read_only_local then names that index)."""
    path = local_index_path(root)
    if can_write_dir(path.parent) and not (path.is_file() and not os.access(path, os.W_OK)):
        try:
            own_files.create_own(path.parent / ".gitignore", b"*\n", "the .labelbench/.gitignore")
        except OSError:
            pass
        return path, True
    return cache_index_path(root), False


def read_only_local(root: Path) -> Path | None:
    """The dataset's own index when there is one but the cache index is used instead (it, or its
    folder, cannot be written): its review status is copied into the cache index (open_index_file)."""
    path = Path(root) / ".labelbench" / "index.sqlite"
    return path if path.is_file() and not path.is_symlink() else None


def connect(path: Path) -> sqlite3.Connection:
    """Autocommit connection (explicit BEGIN IMMEDIATE for writes), WAL, busy timeout."""
    con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    mode = _set_wal(con)
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError(f"cannot use WAL mode ({mode})")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA temp_store=MEMORY")
    con.execute("PRAGMA cache_size=-32000")
    return con


def _set_wal(con: sqlite3.Connection) -> str:
    """PRAGMA journal_mode=WAL, retried for up to BUSY_TIMEOUT_MS: switching needs an exclusive
    lock, and while another connection holds a write lock on a file still in rollback mode SQLite
    answers "database is locked" at once instead of waiting (its deadlock rule: the busy handler
    is not called). Seen as a flaky GUI test when two panes opened a new index together."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return cast(str, con.execute("PRAGMA journal_mode=WAL").fetchone()[0])
        except sqlite3.OperationalError as e:
            if ("locked" not in str(e) and "busy" not in str(e)) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


FOREIGN = "is not a LabelBench index (another program's SQLite database)"


def _foreign(path: Path) -> bool:
    """True for an SQLite file with tables but no schema_version (looked at read-only)."""
    try:
        if os.path.getsize(path) == 0:
            return False
        from urllib.parse import quote

        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except (OSError, sqlite3.Error):
        return False
    try:
        names = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return bool(names) and "schema_version" not in names
    except sqlite3.Error:
        return False
    finally:
        con.close()


def init_schema(con: sqlite3.Connection) -> str | None:
    """Create or check the schema. Returns None when the index is ready, or why the file cannot
    be used as it is (another schema version, another program's database): the caller then keeps
    it aside and rebuilds the index from the files. A foreign file is never changed."""
    con.execute("BEGIN IMMEDIATE")
    try:
        have = con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
        if have:
            row = con.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row is not None else None
            while version in MIGRATIONS and version != SCHEMA_VERSION:  # migrate in place, step by step
                for stmt in MIGRATIONS[version]:
                    stmt(con) if callable(stmt) else con.execute(stmt)
                version += 1
                con.execute("UPDATE schema_version SET version=?", (version,))
            if version != SCHEMA_VERSION:
                con.execute("ROLLBACK")
                if isinstance(version, int) and version > SCHEMA_VERSION:
                    return (
                        f"was written by a newer LabelBench (index schema {version}; this one knows {SCHEMA_VERSION})"
                    )
                return f"has an index schema this LabelBench cannot read ({version!r})"
        elif con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            con.execute("ROLLBACK")
            return FOREIGN
        for stmt in SCHEMA.split(";"):
            if stmt.strip():
                con.execute(stmt)
        if not have:
            con.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION,))
            con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('created', ?)", (str(time.time()),))
        con.execute("COMMIT")
        return None
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise


def notice(message: str) -> None:
    """A one-line notice about the index a person must see (kept aside, recovered, lost): to the
    "labelbench" logger when the app has given it a handler, else to stderr (the CLI)."""
    import logging

    log = logging.getLogger("labelbench.index")
    if log.hasHandlers():
        log.warning(message)
    else:
        print(f"labelbench: warning: {message}", file=sys.stderr, flush=True)


_KEPT = "rel, status, edited, reviewed_at, label_mtime_ns, autolabel_key"


def _read_reviews(
    path: Path, opens: tuple[str, ...] = ("mode=ro", "immutable=1")
) -> tuple[list[tuple[Any, ...]], bool]:
    """(rows of reviewed or edited images, complete) read from an index kept aside, as far as it
    can be read: (rel, status, edited, reviewed_at, label_mtime_ns, autolabel_key). Never writes
    the file (read-only; a damaged header is read from a repaired temporary copy)."""

    def read(uri: str) -> tuple[list[tuple[Any, ...]], bool]:
        con = sqlite3.connect(uri, uri=True, timeout=1)
        rows: list[tuple[Any, ...]] = []
        try:
            cur = con.execute(f"SELECT {_KEPT} FROM images WHERE status='reviewed' OR edited=1 ORDER BY rowid")
            try:
                for r in cur:
                    rows.append(tuple(r))
            except sqlite3.DatabaseError:
                return rows, False
            return rows, True
        finally:
            con.close()

    from urllib.parse import quote

    errors = []
    for opts in opens:
        try:
            return read(f"file:{quote(str(path))}?{opts}")
        except sqlite3.DatabaseError as e:
            errors.append(e)
    try:  # a damaged header ("file is not a database"): read a copy with SQLite's magic restored
        import tempfile

        with open(path, "rb") as f:
            data = bytearray(f.read(256 << 20))
        if len(data) >= 512 and not data.startswith(b"SQLite format 3\0"):
            data[:16] = b"SQLite format 3\0"
            with tempfile.TemporaryDirectory(prefix="labelbench-recover-") as d:
                tmp = Path(d) / "index.sqlite"
                tmp.write_bytes(bytes(data))
                return read(f"file:{quote(str(tmp))}?immutable=1")
    except (OSError, sqlite3.DatabaseError):
        pass
    return [], False


def _restore_reviews(con: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> tuple[int, int]:
    """Put recovered review status into a fresh index; the next refresh re-reads every such
    label file (label_size -1) and keeps 'reviewed' as for any reviewed image."""
    rows = [r for r in rows if isinstance(r[0], str) and own_files.is_safe_rel(r[0])]
    con.execute("BEGIN IMMEDIATE")
    try:
        con.executemany(
            "INSERT INTO images(rel, status, edited, reviewed_at, label_mtime_ns, label_size, autolabel_key) "
            "VALUES (?, ?, ?, ?, ?, -1, ?) ON CONFLICT(rel) DO NOTHING",
            [
                (
                    r[0],
                    "reviewed"
                    if r[1] == "reviewed"
                    else "unlabeled"
                    if r[4] is None
                    else "auto"
                    if r[5] is not None
                    else "labeled",
                    1 if r[2] else 0,
                    r[3],
                    r[4],
                    r[5],
                )
                for r in rows
            ],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    n = sum(1 for r in rows if r[1] == "reviewed")
    return n, len(rows) - n


def open_index_file(path: Path, seed: Path | None = None) -> sqlite3.Connection:
    """Open the index file; `seed`: the dataset's own index, read-only, in whose place this one (in
    the cache) is used: a new index gets its review status, and one line says so every time."""
    fresh = not os.path.lexists(path)
    con = _open_index_file(path)
    if seed is not None:
        try:
            _from_read_only(con, path, seed, fresh)
        except BaseException:
            con.close()
            raise
    return con


def _from_read_only(con: sqlite3.Connection, path: Path, seed: Path, fresh: bool) -> None:
    where = (
        f"{shown(seed)}: the dataset index cannot be written (it or its folder is read-only); "
        f"LabelBench keeps the index in {shown(path)} instead"
    )
    fix = "make the file and its folder writable to use it again (reviews made meanwhile stay in the copy)"
    if not fresh:
        notice(f"{where} (review status copied from it when that copy was made); {fix}")
        return
    # immutable: read without making -wal / -shm files beside it (mode=ro would, in a writable folder);
    # an index with a -wal file left beside it is read through it, or its last changes would be missed
    rows, complete = _read_reviews(seed, ("mode=ro",) if os.path.exists(f"{seed}-wal") else ("immutable=1",))
    n, edited = _restore_reviews(con, rows)
    got = (
        f"the review status of {n} reviewed image(s) was copied from it ({edited} more marked edited)"
        if complete
        else f"only part of it could be read: the review status of {n} reviewed image(s) was copied "
        f"({edited} more marked edited), other reviewed images count as not reviewed"
    )
    notice(f"{where}; {got}; {fix}")


def _open_index_file(path: Path) -> sqlite3.Connection:
    """Open (creating) the index file. A symlink or a special file in its place (or in place of
    its -wal/-shm files, the lock or the journal) is refused with one line (FileError). A corrupt
    file, another schema version or another program's database is kept aside (renamed, never
    changed), the index is rebuilt with the review status that could be read from it, and one
    line says so, naming the copy (notice())."""
    path.parent.mkdir(parents=True, exist_ok=True)
    check_own_files(path)
    if _foreign(path):  # before connect(): its switch to WAL would change the file
        return _set_aside(path, FOREIGN, "foreign")
    try:
        con = connect(path)
        why = init_schema(con)
        if why is None:
            return con
        con.close()
        reason = "foreign" if why == FOREIGN else "old"
    except sqlite3.DatabaseError as e:
        if "locked" in str(e) or "busy" in str(e):
            raise
        why, reason = f"is corrupt ({e})", "corrupt"
    return _set_aside(path, why, reason)


def _set_aside(path: Path, why: str, reason: str) -> sqlite3.Connection:
    """Keep the unusable index aside, open a new one with what could be recovered, say so."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = Path(f"{path}.{reason}-{stamp}")
    n = 0
    while os.path.lexists(aside):  # two in one second: never replace an earlier copy
        n += 1
        aside = Path(f"{path}.{reason}-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(path) + suffix)
        if f.exists():
            os.replace(f, Path(f"{aside}{suffix}"))
    rows, complete = _read_reviews(aside)
    con = connect(path)
    if init_schema(con) is not None:
        con.close()
        raise sqlite3.DatabaseError(f"{path}: cannot open the index")
    n, edited = _restore_reviews(con, rows)
    if n + edited and complete:
        kept = f"the review status of all {n} reviewed image(s) was recovered ({edited} more marked edited)"
    elif n + edited:
        kept = (
            f"the review status of {n} reviewed image(s) was recovered ({edited} more marked edited); the rest "
            "of the old file could not be read, so other reviewed images now count as not reviewed"
        )
    elif complete:
        kept = "it held no reviewed or edited image, so no review work was lost"
    else:
        kept = (
            "its review status could not be read: every image now counts as not reviewed (the copy keeps what it held)"
        )
    notice(f"{shown(path)}: the dataset index {why}; kept aside as {shown(aside)} and rebuilt from the files; {kept}")
    return con
