"""Unsaved edits of the Review pane, kept in a small journal beside the index (issue 29, part 3).

While an image has edits that are not in its label file (between an edit and its autosave, or
because a save failed), the app keeps them in `<index folder>/<index>.unsaved.<host>.<pid>.json`
(rewritten a moment after each edit, removed once nothing is unsaved). The process that wrote a
journal on this host no longer running means it ended without saving (a crash, kill -9): the
next app to open the dataset offers "2 unsaved edits from the last session: restore?".

    write(index_path, {rel: Edit})              # {} removes the journal
    leftovers(index_path) -> [(path, {rel: Edit})]   # of ended processes on this host
    drop(path)

An Edit is the labels as the person left them (class ids, and normalized xywh boxes or, for
polygons and rotated boxes, each shape's kind and normalized x1 y1 ... xn yn, the numbers its
label line will hold), the image size, and the label file's signature (mtime_ns, size) the edit
was based on: restored, an edit whose file changed since is the review's ordinary conflict, never
written over silently. The journal is data: names that are not paths inside the dataset and
malformed entries are ignored; a link or a special file in its place is not read
(app.core.io.own_files).

Versions: an entry without "v" is version 1 (boxes: "cls", "xywhn"); a shapes entry is version 2
("v": 2, "cls", "kinds", "coords", and no "xywhn", so an older LabelBench skips it instead of
restoring it as boxes); an entry of a later version is skipped. Floats go through JSON exactly
(shortest repr), so a restored shape writes the very line it would have written.
"""

from __future__ import annotations

import json
import math
import os
import re
import socket
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from app.core.dataset.lease import alive_here
from app.core.errors import LabelBenchError

_SUFFIX = ".json"
MAX_BYTES = 16 << 20
VERSION = 2  # of the entries this module writes (1: boxes only)
SHAPE_KINDS = ("polygon", "obb")  # app.core.io.shapes' names


@dataclass(frozen=True)
class Edit:
    cls: tuple[int, ...]
    xywhn: tuple[tuple[float, float, float, float], ...]
    size: tuple[int, int]  # (width, height) the boxes were drawn on
    base: tuple[int, int] | None  # the label file's (mtime_ns, size) the edit started from
    at: float = 0.0  # time.time() of the edit
    kinds: tuple[str, ...] | None = None  # polygons / rotated boxes: each one's kind (None: boxes)
    coords: tuple[tuple[float, ...], ...] | None = None  # and its normalized x1 y1 ... xn yn

    @property
    def shapes(self) -> bool:
        return self.kinds is not None


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", socket.gethostname())[:64] or "host"


def _prefix(index_path: str | os.PathLike[str]) -> str:
    return Path(index_path).stem + ".unsaved."


def journal_path(index_path: str | os.PathLike[str], pid: int | None = None, host: str | None = None) -> Path:
    index_path = Path(index_path)
    return index_path.with_name(f"{_prefix(index_path)}{host or _host()}.{pid or os.getpid()}{_SUFFIX}")


def write(index_path: str | os.PathLike[str], edits: dict[str, Edit]) -> None:
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
        "version": VERSION,
        "edits": {rel: _entry(e) for rel, e in edits.items()},
    }
    atomic_write_text(path, json.dumps(doc))


def _entry(e: Edit) -> dict[str, Any]:
    out: dict[str, Any] = {"cls": list(e.cls)}
    if e.shapes:
        out.update(
            v=2,
            kinds=list(cast("tuple[str, ...]", e.kinds)),  # e.shapes: kinds and coords are set
            coords=[[float(x) for x in c] for c in cast("tuple[tuple[float, ...], ...]", e.coords)],
        )
    else:
        out["xywhn"] = [list(b) for b in e.xywhn]
    out.update(size=list(e.size), base=list(e.base) if e.base is not None else None, at=e.at)
    return out


def drop(path: str | os.PathLike[str]) -> bool:
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)
    except OSError:
        pass

    return True


def _edit(v: dict[str, Any]) -> Edit | None:
    try:
        version = int(v.get("v", 1))
        cls = tuple(int(c) for c in v["cls"])
        size = tuple(int(x) for x in v["size"])
        base = tuple(int(x) for x in v["base"]) if v.get("base") is not None else None
        if len(size) != 2 or min(size) <= 0 or (base is not None and len(base) != 2):
            return None
        at = float(v.get("at") or 0.0)
        if version == 1:
            boxes = tuple(tuple(float(x) for x in b) for b in v["xywhn"])
            if len(cls) != len(boxes) or any(len(b) != 4 for b in boxes):
                return None
            return Edit(cls, cast("tuple[tuple[float, float, float, float], ...]", boxes), size, base, at)
        if version != 2:
            return None  # a later LabelBench's: not guessed at
        kinds = tuple(str(k) for k in v["kinds"])
        coords = tuple(tuple(float(x) for x in c) for c in v["coords"])
        if not len(cls) == len(kinds) == len(coords) or not all(map(_shape_ok, kinds, coords)):
            return None
        return Edit(cls, (), size, base, at, kinds, coords)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _shape_ok(kind: str, c: tuple[float, ...]) -> bool:
    n = len(c)
    return (
        kind in SHAPE_KINDS
        and n % 2 == 0
        and (n == 8 if kind == "obb" else n >= 6)
        and all(math.isfinite(x) and -1.0 <= x <= 2.0 for x in c)
    )


def read(path: str | Path) -> dict[str, Edit]:
    """The edits of one journal ({} when it cannot be read as one)."""
    from app.core.io.own_files import is_safe_rel, read_own_text

    try:
        doc = json.loads(read_own_text(path, "an unsaved-edits journal", MAX_BYTES) or "null")
    except (LabelBenchError, ValueError):
        return {}
    if not isinstance(doc, dict) or not isinstance(doc.get("edits"), dict):
        return {}
    out: dict[str, Edit] = {}
    for rel, v in doc["edits"].items():
        e = _edit(v) if isinstance(v, dict) else None
        if e is not None and is_safe_rel(rel):
            out[rel] = e
    return out


def leftovers(index_path: str | os.PathLike[str]) -> list[tuple[Path, dict[str, Edit]]]:
    """The journals of this host's processes that ended without saving, oldest first."""
    index_path = Path(index_path)
    prefix = _prefix(index_path)
    found: list[tuple[float, Path, dict[str, Edit]]] = []
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
