"""Unsaved edits of the Review pane, kept in a small journal beside the index (issue 29, part 3).

While an image has edits that are not in its label file (between an edit and its autosave, or
because a save failed), the app keeps them in `<index folder>/<index>.unsaved.<host>.<pid>.json`
(rewritten a moment after each edit, removed once nothing is unsaved). The process that wrote a
journal on this host no longer running means it ended without saving (a crash, kill -9): the
next app to open the dataset offers "2 unsaved edits from the last session: restore?".

    write(index_path, {rel: Edit})              # {} removes the journal
    leftovers(index_path) -> [(path, {rel: Edit})]   # of ended processes on this host
    drop(path)

An Edit is the boxes as the person left them (class ids, normalized xywh), the image size, and
the label file's signature (mtime_ns, size) the edit was based on: restored, an edit whose file
changed since is the review's ordinary conflict, never written over silently. The journal is
data: names that are not paths inside the dataset and malformed entries are ignored; a link or
a special file in its place is not read (app.core.io.own_files).
"""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from app.core.dataset.lease import alive_here
from app.core.errors import LabelBenchError

_SUFFIX = ".json"
MAX_BYTES = 16 << 20


@dataclass(frozen=True)
class Edit:
    cls: tuple[int, ...]
    xywhn: tuple[tuple[float, float, float, float], ...]
    size: tuple[int, int]  # (width, height) the boxes were drawn on
    base: tuple[int, int] | None  # the label file's (mtime_ns, size) the edit started from
    at: float = 0.0  # time.time() of the edit


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", socket.gethostname())[:64] or "host"


def _prefix(index_path) -> str:
    return Path(index_path).stem + ".unsaved."


def journal_path(index_path, pid: int | None = None, host: str | None = None) -> Path:
    index_path = Path(index_path)
    return index_path.with_name(f"{_prefix(index_path)}{host or _host()}.{pid or os.getpid()}{_SUFFIX}")


def write(index_path, edits: dict[str, Edit]) -> None:
    """This process's unsaved edits ({} removes the journal). Written only into the index's
    folder as it is: a folder that is gone (the dataset moved or deleted) is not made again
    (FileNotFoundError)."""
    from app.core.io.atomic import atomic_write_text

    path = journal_path(index_path)
    if not edits:
        drop(path)
        return
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "the index folder is gone", str(path.parent))
    doc = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "written": time.time(),
        "edits": {
            rel: {
                "cls": list(e.cls),
                "xywhn": [list(b) for b in e.xywhn],
                "size": list(e.size),
                "base": list(e.base) if e.base is not None else None,
                "at": e.at,
            }
            for rel, e in edits.items()
        },
    }
    atomic_write_text(path, json.dumps(doc))


def drop(path) -> None:
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)
    except OSError:
        pass

    return True


def _edit(v) -> Edit | None:
    try:
        cls = tuple(int(c) for c in v["cls"])
        boxes = tuple(tuple(float(x) for x in b) for b in v["xywhn"])
        size = tuple(int(x) for x in v["size"])
        base = tuple(int(x) for x in v["base"]) if v.get("base") is not None else None
        if len(cls) != len(boxes) or any(len(b) != 4 for b in boxes) or len(size) != 2 or min(size) <= 0:
            return None
        if base is not None and len(base) != 2:
            return None
        return Edit(cls, boxes, size, base, float(v.get("at") or 0.0))
    except (KeyError, TypeError, ValueError):
        return None


def read(path) -> dict[str, Edit]:
    """The edits of one journal ({} when it cannot be read as one)."""
    from app.core.io.own_files import is_safe_rel, read_own_text

    try:
        doc = json.loads(read_own_text(path, "an unsaved-edits journal", MAX_BYTES) or "null")
    except (LabelBenchError, ValueError):
        return {}
    if not isinstance(doc, dict) or not isinstance(doc.get("edits"), dict):
        return {}
    out = {}
    for rel, v in doc["edits"].items():
        e = _edit(v) if isinstance(v, dict) else None
        if e is not None and is_safe_rel(rel):
            out[rel] = e
    return out


def leftovers(index_path) -> list[tuple[Path, dict[str, Edit]]]:
    """The journals of this host's processes that ended without saving, oldest first."""
    index_path = Path(index_path)
    prefix = _prefix(index_path)
    found = []
    try:
        entries = list(os.scandir(index_path.parent))
    except OSError:
        return []
    for e in entries:
        if not (e.name.startswith(prefix) and e.name.endswith(_SUFFIX)):
            continue
        host, _dot, pid = e.name[len(prefix) : -len(_SUFFIX)].rpartition(".")
        if host != _host() or not pid.isdigit() or int(pid) == os.getpid() or alive_here(int(pid)):
            continue
        try:
            if not e.is_file(follow_symlinks=False):
                continue
            mtime = e.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        edits = read(e.path)
        if edits:
            found.append((mtime, Path(e.path), edits))
        else:
            drop(e.path)
    return [(p, ed) for _m, p, ed in sorted(found, key=lambda t: t[0])]
