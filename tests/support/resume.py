"""What a killed auto-label run had finished, read from its index and journal (no run going on):
the images the index records a run's labels for, less those the journal still lists (a kill between
the index transaction and the journal's clearing: the rerun counts them as its own unfinished work
and labels them again). A resumed run labels exactly the others."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def finished(index_db: Path) -> set[str]:
    """The rels a rerun skips as done, for the index at index_db (.labelbench/index.sqlite)."""
    from app.core.autolabel.engine.stages import Journal

    index_db = Path(index_db)
    if not index_db.exists():
        return set()
    con = sqlite3.connect(index_db, timeout=5)
    try:
        rels = {r for (r,) in con.execute("SELECT rel FROM images WHERE autolabel_key IS NOT NULL")}
    finally:
        con.close()
    return rels - set(Journal(index_db.parent).entries())
