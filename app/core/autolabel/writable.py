"""Check, before any model is loaded, that an auto-label run can write every label folder it needs:
a read-only dataset labeled in place used to fail with a traceback after the whole inference."""
from __future__ import annotations

import os
from pathlib import Path

from app.core.errors import LabelBenchError
from app.core.io.layout import label_dir_for


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


def check_writable(images: list[str], root: Path, out: str | os.PathLike | None) -> None:
    """LabelBenchError naming the first label folder that cannot be written (with the way out)."""
    out_p = Path(out).expanduser().resolve() if out else None
    for d in label_dirs(images, Path(root), out_p):
        why = why_not_writable(d)
        if why:
            hint = "choose another --out folder" if out_p else "label into another folder with --out DIR"
            raise LabelBenchError(f"{d}: cannot write label files here ({why}); nothing was labeled; {hint}")
