"""Fast file-system side of the dataset index: where the images are, where their labels are,
what changed, and a quick YOLO label parser.

Nothing here decodes an image. Directories are listed with os.scandir (names and file types come
with the listing); a label file is stat'ed once and read only when its (mtime, size) differ from
what the index remembers.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.core.errors import shown
from app.core.io.layout import IMAGE_EXTENSIONS, NOT_READ, NOT_READ_WHY, Source

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# `labelbench status` must answer in well under a second on 100k images, and importing numpy
# + OpenCV alone takes ~0.25 s on a busy 2-core machine. So this module (and the status path)
# imports only app.core.io.layout (no numpy) at load time, and app.core.io.yolo_labels only for
# a label file the quick parser below cannot take.


# A file or folder modified this recently may change again within the same timestamp tick: its
# stamp is not trusted and it is looked at again on the next refresh (git's "racy" rule). How
# recent depends on the file system's stamps: whole seconds (FAT: 2 s, ext3, HFS+) need 2 s;
# sub-second stamps (ext4, xfs, btrfs, tmpfs, NTFS, APFS) come from the kernel's coarse clock,
# which ticks every 1-10 ms, so 100 ms is ample. A stamp with a sub-second part proves the
# fine kind; one on a whole second (all of them on a coarse file system, one in 10^9 on a fine
# one) gets the long window.
RACY_NS = 2_000_000_000
RACY_FINE_NS = 100_000_000
_SECOND = 1_000_000_000


def is_racy(mtime_ns: int, now_ns: int) -> bool:
    """True when a stamp this close to now_ns (the scan's start) cannot be trusted yet."""
    if mtime_ns <= now_ns - RACY_NS:
        return False
    return mtime_ns % _SECOND == 0 or mtime_ns > now_ns - RACY_FINE_NS


def label_sigs(d: str, now_ns: int) -> tuple[str | None, Callable[[], dict[str, tuple[int, int]]]]:
    """Stat every .txt file in folder d. Returns (fingerprint, make_sigs): the fingerprint
    (count, sum of mtime_ns, sum of sizes) is None when a file is racy (see is_racy);
    make_sigs() builds {name.txt: (mtime_ns, size)} only when a caller needs it."""
    try:
        with os.scandir(d) as it:
            ents = [e for e in it if e.name.endswith(".txt")]
    except OSError:
        ents = []
    try:
        sts = [e.stat() for e in ents]
    except OSError:  # a file vanished mid-scan: the slow way
        pairs = []
        for e in ents:
            try:
                pairs.append((e, e.stat()))
            except OSError:
                pass
        ents, sts = [p[0] for p in pairs], [p[1] for p in pairs]
    ms = [st.st_mtime_ns for st in sts]
    ss = [st.st_size for st in sts]
    racy = bool(ms) and max(ms) > now_ns - RACY_NS and any(is_racy(m, now_ns) for m in ms)
    fp = None if racy else f"{len(ms)}:{sum(ms)}:{sum(ss)}"
    return fp, lambda: dict(zip([e.name for e in ents], zip(ms, ss)))


@dataclass
class DirScan:
    split: str
    path: str  # absolute folder
    rel: str  # folder relative to root, posix, "" for root
    names: list[str] | None  # image names, None: unchanged since the cached listing
    mtime_ns: int  # folder mtime to remember (0: racy, list again next time)
    subdirs: list[str]  # subfolder names
    cacheable: bool = True  # False for image-list files (the list, not the folder, decides)


def _rel_dir(d: str, root: str) -> str:
    r = os.path.relpath(d, root)
    return "" if r == "." else r.replace(os.sep, "/")


def _walk_dirs(
    split: str,
    top: str,
    root: str,
    cache: dict[str, tuple[int, list[str], int, str | None]],
    errors: list[str],
    now_ns: int,
) -> Iterator[DirScan]:
    """Depth-first, sorted. A folder whose mtime equals the cached one is not listed again
    (its entries cannot have changed): its subfolders come from the cache."""
    stack = [top]
    seen: set[tuple[int, int]] = set()
    while stack:
        d = stack.pop()
        rel = _rel_dir(d, root)
        try:
            st = os.stat(d)
        except OSError as e:
            errors.append(f"{d}: cannot read ({e.strerror or e})")
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue  # symlink loop
        seen.add((st.st_dev, st.st_ino))
        mtime = 0 if is_racy(st.st_mtime_ns, now_ns) else st.st_mtime_ns
        cached = cache.get(rel)
        if cached is not None and mtime and cached[0] == mtime:
            subdirs = cached[1]
            yield DirScan(split, d, rel, None if cached[2] else [], mtime, subdirs)
        else:
            skipped: list[str] = []
            try:
                names, subdirs = list_dir(d, skipped)
            except OSError as e:
                errors.append(f"{d}: cannot list ({e.strerror or e})")
                continue
            errors.extend(
                f"{shown(os.path.join(d, n))}: skipped: "
                + (NOT_UTF8_WHY if not _utf8(n) else f"{os.path.splitext(n)[1][1:].upper()} {NOT_READ_WHY}")
                for n in skipped
            )
            yield DirScan(split, d, rel, names, mtime, subdirs)
        stack.extend(os.path.join(d, s) for s in reversed(subdirs))


NOT_UTF8_WHY = "the file name is not valid UTF-8 (the dataset index stores names as text); rename it to label it"


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def list_dir(d: str, skipped: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(sorted image names, sorted subfolder names) of folder d; hidden entries skipped. Files that
    look like pictures in a format not read (GIF, HEIC, ...) are added to `skipped`."""
    names, subdirs = [], []
    with os.scandir(d) as it:
        for e in it:
            name = e.name
            if name[0] == ".":
                continue
            dot = name.rfind(".")
            if dot > 0 and name[dot:].lower() in IMAGE_EXTENSIONS:
                if not _utf8(name):  # the index stores names as text: named and skipped, never a traceback
                    if skipped is not None:
                        skipped.append(name)
                    continue
                try:
                    if e.is_file():
                        names.append(name)
                except OSError:
                    pass
                continue
            if dot > 0 and name[dot:] == ".txt":
                continue  # label files: never folders, skip the type check
            if skipped is not None and dot > 0 and name[dot:].lower() in NOT_READ:
                skipped.append(name)
                continue
            try:
                if e.is_dir():
                    subdirs.append(name)
            except OSError:
                continue
    names.sort()
    subdirs.sort()
    return names, subdirs


def _list_file_dirs(split: str, list_file: Path, root: str, errors: list[str]) -> Iterator[DirScan]:
    """An Ultralytics image-list .txt: one image path per line (relative to the dataset root)."""
    groups: dict[str, list[str]] = {}
    try:
        lines = list_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        errors.append(f"{list_file}: cannot read ({e})")
        return
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        p = Path(ln)
        p = p if p.is_absolute() else (Path(root) / p)
        p = Path(os.path.normpath(p))
        if p.exists():
            groups.setdefault(str(p.parent), []).append(p.name)
    for d in sorted(groups):
        yield DirScan(split, d, _rel_dir(d, root), sorted(set(groups[d])), 0, [], cacheable=False)


def iter_dirs(
    source: Source, cache: dict[str, tuple[int, list[str], int, str | None]], errors: list[str], now_ns: int
) -> Iterator[DirScan]:
    """DirScan for every image folder of the source, in a stable order."""
    root = str(source.root)
    for split, p in source.entries:
        if p.is_file():
            yield from _list_file_dirs(split, p, root, errors)
        else:
            yield from _walk_dirs(split, str(p), root, cache, errors, now_ns)


_O_NOATIME = getattr(os, "O_NOATIME", 0)  # reading must not turn into inode writes


# app.core.io.yolo_labels' bounds (not imported here: that module loads numpy)
LABEL_MAX_BYTES = 16 << 20
_MAX_CLASS_ID = 999_999


def read_small(path: str, size: int | None) -> bytes:
    """A label file's bytes. Regular files only (O_NONBLOCK: a FIFO named x.txt never blocks) and
    at most LABEL_MAX_BYTES (a 125 MB file would take gigabytes once parsed): OSError otherwise."""
    import errno
    import stat

    from app.core.io.regular import kind_of

    flags = os.O_RDONLY | os.O_NONBLOCK
    try:
        fd = os.open(path, flags | _O_NOATIME)
    except PermissionError:
        if not _O_NOATIME:
            raise
        fd = os.open(path, flags)  # O_NOATIME needs file ownership
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, f"{kind_of(st.st_mode)}, not a regular file: not read")
        if st.st_size > LABEL_MAX_BYTES:
            raise OSError(
                errno.EFBIG,
                f"label file too large ({st.st_size / 1e6:.0f} MB; the limit is {LABEL_MAX_BYTES / 1e6:.0f} MB)",
            )
        want = (size or 0) + 1
        data = os.read(fd, want)
        if len(data) >= want:  # grew since stat: read the rest, bounded
            chunks, got = [data], len(data)
            while got <= LABEL_MAX_BYTES:
                more = os.read(fd, 1 << 16)
                if not more:
                    break
                chunks.append(more)
                got += len(more)
            if got > LABEL_MAX_BYTES:
                raise OSError(errno.EFBIG, "label file too large (grew while read)")
            data = b"".join(chunks)
        return data
    finally:
        os.close(fd)


class ParsedLabel(NamedTuple):
    counts: dict[int, int]  # class id -> boxes
    n_boxes: int
    confs: list[float] | None  # 6th column when present
    issues: list[tuple[int, str]]  # (line, reason)
    unknown: int  # boxes with a class id outside the names
    shapes: tuple[int, int] | None = None  # (polygons, 8-number lines) when the file holds any (app.core.dataset.kinds)


# A clean 5-column file, checked in one regex pass: class id, then four numbers in 0..1.
_U = rb"(?:0(?:\.[0-9]*)?|1(?:\.0*)?|\.[0-9]+)"
_LINE5 = rb"[ \t]*[0-9]+(?:[ \t]+" + _U + rb"){4}[ \t]*\r?"
_CLEAN5 = re.compile(rb"(?:(?:" + _LINE5 + rb")?\n)*(?:" + _LINE5 + rb")?")
_CLASS_IDS = re.compile(rb"^[ \t]*([0-9]+)", re.M)


def parse_label_bytes(data: bytes, path: str, nc: int | None) -> ParsedLabel:
    """Quick paths for clean 5/6-column files; anything unusual goes through shapes.parse_shapes
    (polygons and rotated boxes; box lines with labels.parse_labels' messages, the same
    everywhere). Objects with unknown class ids are kept and flagged."""
    counts: dict[int, int] = {}
    if _CLEAN5.fullmatch(data):
        for c in _CLASS_IDS.findall(data):
            c = int(c)
            counts[c] = counts.get(c, 0) + 1
        if not counts or max(counts) < (nc if nc is not None else _MAX_CLASS_ID + 1):
            return ParsedLabel(counts, sum(counts.values()), None, [], 0)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ParsedLabel({}, 0, None, [(1, "not a text file (not UTF-8)")], 0)
    counts = {}
    confs: list[float] = []
    ncol = 0
    try:
        for line in text.splitlines():
            p = line.split()
            if not p:
                continue
            n = len(p)
            if ncol != n:
                if ncol or n not in (5, 6):
                    raise ValueError
                ncol = n
            c = int(p[0])
            x, y, w, h = float(p[1]), float(p[2]), float(p[3]), float(p[4])
            if (
                c < 0
                or c > _MAX_CLASS_ID
                or not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 and 0.0 <= w <= 1.0 and 0.0 <= h <= 1.0)
            ):
                raise ValueError
            if n == 6:
                confs.append(float(p[5]))
            counts[c] = counts.get(c, 0) + 1
        if nc is not None and counts and max(counts) >= nc:
            raise ValueError
        if not all(0.0 <= f <= 1.0 for f in confs):
            raise ValueError
        return ParsedLabel(counts, sum(counts.values()), confs if ncol == 6 else None, [], 0)
    except ValueError:
        pass
    from app.core.dataset.kinds import shape_counts
    from app.core.io.shapes import parse_shapes  # boxes with parse_labels' messages, polygons, rotated boxes

    labels, issues = parse_shapes(text, path, nc)
    counts = {}
    for c in labels.cls.tolist():
        counts[c] = counts.get(c, 0) + 1
    unknown = int((labels.cls >= nc).sum()) if nc is not None else 0
    confs_out = labels.conf.tolist() if labels.conf is not None else None
    return ParsedLabel(
        counts, len(labels), confs_out, [(i.line, i.reason) for i in issues], unknown, shape_counts(labels)
    )
