"""Check, before any model is loaded, that an auto-label run can write every label folder it needs:
a read-only dataset labeled in place used to fail with a traceback after the whole inference; and
that no label folder leads, through a symbolic link, out of the dataset (or the --out folder)."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.errors import LabelBenchError
from app.core.io.layout import label_dir_for
from app.core.io.own_files import check_inside, is_inside


def label_dirs(images: list[str], root: Path, out: Path | None) -> list[Path]:
    """The distinct folders the label files of `images` go to (img2label_path's rule, or under out)."""
    dirs: set[str] = set()
    for p in images:
        d = os.path.dirname(p)
        if out is not None:
            dirs.add(os.path.normpath(os.path.join(out, os.path.relpath(d, root))))
        else:
            dirs.add(label_dir_for(d))
    return [Path(d) for d in sorted(dirs)]


def _existing(d: Path) -> Path:
    while not d.exists() and d.parent != d:
        d = d.parent
    return d


def why_not_writable(d: Path) -> str | None:
    """None when files can be created in d (or in the folders that would be made for it)."""
    base = _existing(d)
    if not base.is_dir():
        return f"{base} is not a folder"
    try:
        if os.statvfs(base).f_flag & getattr(os, "ST_RDONLY", 1):
            return "read-only file system"
    except OSError:
        pass
    if not os.access(base, os.W_OK | os.X_OK):
        return "permission denied"
    return None


def check_confined(images: list[str], root: Path, out: Path | None) -> None:
    """FileError naming the first label folder that leads somewhere else than its path says: with
    --out, outside the out folder; else outside the dataset root, unless it is where the labels of
    the images' real folder are (a symlinked image tree carries its labels with it)."""
    seen: set[str] = set()
    for p in images:
        d = os.path.dirname(p)
        if d in seen:
            continue
        seen.add(d)
        if out is not None:
            check_inside(os.path.normpath(os.path.join(out, os.path.relpath(d, root))), out, "the label folder")
            continue
        ld = label_dir_for(d)
        if is_inside(ld, root) or os.path.realpath(ld) == label_dir_for(os.path.realpath(d)):
            continue
        check_inside(ld, root, "the label folder")


def check_writable(images: list[str], root: Path, out: str | os.PathLike[str] | None) -> None:
    """LabelBenchError naming the first label folder that cannot be written (with the way out),
    or that leads out of the dataset (check_confined)."""
    out_p = Path(out).expanduser().resolve() if out else None
    check_confined(images, Path(root), out_p)
    for d in label_dirs(images, Path(root), out_p):
        why = why_not_writable(d)
        if why:
            hint = "choose another --out folder" if out_p else "label into another folder with --out DIR"
            raise LabelBenchError(f"{d}: cannot write label files here ({why}); nothing was labeled; {hint}")
