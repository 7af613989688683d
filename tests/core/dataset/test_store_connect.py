"""Opening an index while another connection writes to the file: SQLite refuses the switch to WAL
at once ("database is locked", its deadlock rule skips the busy timeout) when the file is still in
rollback mode; connect() waits for the writer instead of failing (a flaky GUI test, two panes
opening a new index together)."""

from __future__ import annotations

import sqlite3
import threading
import time

from app.core.dataset.store import connect


def test_connect_waits_for_a_writer_on_a_rollback_mode_file(tmp_path):
    path = tmp_path / "index.sqlite"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("PRAGMA journal_mode=DELETE")
    writer.execute("CREATE TABLE t (a)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO t VALUES (1)")
    with sqlite3.connect(path, timeout=10) as plain:  # what connect() did before: fails at once
        try:
            plain.execute("PRAGMA journal_mode=WAL")
            raise AssertionError("SQLite waited: this test no longer shows the case")
        except sqlite3.OperationalError as e:
            assert "locked" in str(e)
    done = threading.Timer(0.4, lambda: writer.execute("COMMIT"))
    done.start()
    t = time.monotonic()
    con = connect(path)
    assert 0.3 < time.monotonic() - t < 5
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT a FROM t").fetchall() == [(1,)]
    con.close()
    done.join()
    writer.close()
