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
import threading
import time
from pathlib import Path

SCHEMA_VERSION = 3
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
CREATE TABLE IF NOT EXISTS predictions (
    image_id INTEGER PRIMARY KEY, model_key TEXT, cls BLOB, xywhn BLOB, conf BLOB, created REAL
);
-- audit (app.core.audit): the model's predictions at a low confidence, beside the auto-label ones,
-- the review queue "likely mistakes first", findings a person kept as they are (sig: model, label, box)
CREATE TABLE IF NOT EXISTS audit_predictions (
    image_id INTEGER PRIMARY KEY, model_key TEXT, cls BLOB, xywhn BLOB, conf BLOB, created REAL
);
CREATE INDEX IF NOT EXISTS images_audit_queue ON images (audit_score DESC, id);
CREATE TABLE IF NOT EXISTS audit_findings (image_id INTEGER PRIMARY KEY, findings TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit_dismissed (
    image_id INTEGER NOT NULL, sig TEXT NOT NULL, created REAL, PRIMARY KEY (image_id, sig)
) WITHOUT ROWID;
"""

# schema version -> statements that bring an index of that version to the next one (no data lost;
# the tables new in the later version are made by SCHEMA's CREATE ... IF NOT EXISTS afterwards)
MIGRATIONS = {
    2: ["ALTER TABLE images ADD COLUMN audit_score REAL",
        "ALTER TABLE images ADD COLUMN audit_n INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE images ADD COLUMN audit_kinds TEXT NOT NULL DEFAULT ''"],
}


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


def index_location(root: Path) -> tuple[Path, bool]:
    """(index file, in_dataset) for a resolved dataset root."""
    local_dir = root / ".labelbench"
    if can_write_dir(local_dir):
        ignore = local_dir / ".gitignore"
        if not ignore.exists():
            try:
                ignore.write_text("*\n", encoding="utf-8")
            except OSError:
                pass
        return local_dir / "index.sqlite", True
    return cache_index_path(root), False


def connect(path: Path) -> sqlite3.Connection:
    """Autocommit connection (explicit BEGIN IMMEDIATE for writes), WAL, busy timeout."""
    con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                          check_same_thread=False)
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
            return con.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        except sqlite3.OperationalError as e:
            if ("locked" not in str(e) and "busy" not in str(e)) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def init_schema(con: sqlite3.Connection) -> bool:
    """Create or check the schema. Returns False when the file holds another schema version
    (the caller then rebuilds it from the files)."""
    con.execute("BEGIN IMMEDIATE")
    try:
        have = con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
        if have:
            row = con.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row is not None else None
            while version in MIGRATIONS and version != SCHEMA_VERSION:  # migrate in place, step by step
                for stmt in MIGRATIONS[version]:
                    con.execute(stmt)
                version += 1
                con.execute("UPDATE schema_version SET version=?", (version,))
            if version != SCHEMA_VERSION:
                con.execute("ROLLBACK")
                return False
        for stmt in SCHEMA.split(";"):
            if stmt.strip():
                con.execute(stmt)
        if not have:
            con.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION,))
            con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('created', ?)", (str(time.time()),))
        con.execute("COMMIT")
        return True
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise


def open_index_file(path: Path) -> sqlite3.Connection:
    """Open (creating) the index file; a corrupt file or another schema version is moved aside
    and rebuilt: the index is derived from the files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(2):
        try:
            con = connect(path)
            if init_schema(con):
                return con
            con.close()
            reason = "old"
        except sqlite3.DatabaseError as e:
            if attempt or "locked" in str(e) or "busy" in str(e):
                raise
            reason = "corrupt"
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for suffix in ("", "-wal", "-shm"):
            f = Path(str(path) + suffix)
            if f.exists():
                os.replace(f, Path(f"{path}.{reason}-{stamp}{suffix}"))
    raise sqlite3.DatabaseError(f"{path}: cannot open the index")
