"""Write a training-ready Ultralytics dataset from selected images (see records.collect_records).

Layout written under OUT:
    data.yaml                 path: OUT, train/val, names {id: name} (the dataset's locked list)
    labels/{train,val}/...    YOLO files re-written from the parsed, validated labels: 5-column
                              boxes (records.Record), or polygon / rotated-box lines as they were
                              read (shape_records.ShapeRecord: a segment or obb training set)
    images/{train,val}/...    links to the original images (mode "symlink" or "hardlink") or
                              copies (mode "copy", only when asked)
  or, mode "list":
    train.txt, val.txt        absolute image paths; Ultralytics then reads the labels beside the
                              originals, so nothing but the lists and data.yaml is written.
    .labelbench_export.json   what was exported (rule, seed, counts); marks OUT as ours so a
                              re-export may replace it. A non-empty OUT without it is refused.

The split is reproducible: a fixed seed shuffles the images; with stratify=True each image is
put in the group of its rarest class (images without boxes form their own group) and every group
is split with the same validation fraction, so rare classes land in both splits.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.dataset.formats.records import Selection
from app.core.errors import FileError, UsageError
from app.core.io.atomic import atomic_write_text
from app.core.io.own_files import check_rel
from app.core.io.shapes import format_shapes
from app.core.io.yolo_labels import format_labels
from app.core.jobs import JobState

if TYPE_CHECKING:
    from app.core.dataset.formats.records import Record
    from app.core.dataset.formats.shape_records import ShapeRecord

MODES = ("symlink", "hardlink", "copy", "list")
MARKER = ".labelbench_export.json"


def _classes(r: Record | ShapeRecord) -> np.ndarray:
    """Class ids of a Record or a ShapeRecord."""
    return r.labels.cls if hasattr(r, "labels") else r.cls


def _label_text(r: Record | ShapeRecord) -> str:
    return format_shapes(r.labels) if hasattr(r, "labels") else format_labels(r.cls, r.xywhn)


def split_records(
    records: list[Any], val_fraction: float = 0.2, seed: int = 0, stratify: bool = False
) -> tuple[list[Any], list[Any]]:
    """Deterministic train/val split of Records or ShapeRecords. Every non-empty group of >= 2
    images gets >= 1 val image when val_fraction > 0; val_fraction 0 puts everything in train."""
    if not 0 <= val_fraction < 1:
        raise UsageError("val fraction must be in [0, 1)")
    ordered = sorted(records, key=lambda r: r.rel)
    if stratify:
        freq = Counter(int(c) for r in ordered for c in _classes(r))
        groups: dict[int, list[Any]] = {}
        for r in ordered:
            key = min((int(c) for c in set(_classes(r).tolist())), key=lambda c: (freq[c], c), default=-1)
            groups.setdefault(key, []).append(r)
        parts = [groups[k] for k in sorted(groups)]
    else:
        parts = [ordered]
    rng = np.random.default_rng(seed)
    train: list[Any]
    val: list[Any]
    train, val = [], []
    for g in parts:
        order = rng.permutation(len(g))
        n_val = int(round(len(g) * val_fraction))
        if val_fraction > 0 and n_val == 0 and len(g) >= 2:
            n_val = 1
        for j, i in enumerate(order):
            (val if j < n_val else train).append(g[i])
    return sorted(train, key=lambda r: r.rel), sorted(val, key=lambda r: r.rel)


def _dest_rel(rel: str) -> str:
    """Relative path inside images/<split>/: the dataset path without a leading 'images/'."""
    parts = rel.split("/")
    if len(parts) > 1 and parts[0] == "images":
        parts = parts[1:]
    return "/".join(parts)


def _link(src: Path, dst: Path, mode: str) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if dst.exists() or dst.is_symlink():
        dst.unlink()
    if mode == "symlink":
        os.symlink(os.path.abspath(src), dst)
    elif mode == "hardlink":
        os.link(src, dst)
    else:
        shutil.copy2(src, dst)


def _hidden_below(root: Path, out: Path) -> bool:
    """True when a folder between root and out starts with '.' (image scans skip it)."""
    return any(part.startswith(".") for part in out.relative_to(root).parts)


def _prepare_out(out: Path, root: Path) -> None:
    out = out.resolve()
    if out == root or (root in out.parents and not _hidden_below(root, out)):
        raise UsageError(
            f"{out}: the export folder must be outside the dataset folder {root} "
            f"(or in a hidden folder inside it, such as .labelbench/, which scans skip)"
        )
    if out.exists() and not out.is_dir():
        raise FileError(out, "exists and is not a folder")
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            raise FileError(out, "folder is not empty and is not a LabelBench export; choose an empty folder")
        for sub in ("images", "labels"):
            if (out / sub).is_dir():
                shutil.rmtree(out / sub)
        for f in ("train.txt", "val.txt", "data.yaml"):
            (out / f).unlink(missing_ok=True)
        for cache in out.glob("*.cache"):
            cache.unlink()
    out.mkdir(parents=True, exist_ok=True)


def export_ultralytics(
    sel: Selection,
    out: str | os.PathLike[str],
    val_fraction: float = 0.2,
    seed: int = 0,
    stratify: bool = False,
    mode: str = "symlink",
    state: JobState | None = None,
) -> dict[str, Any]:
    """Write OUT as an Ultralytics dataset (layout in the module doc). Returns a summary dict."""
    if mode not in MODES:
        raise UsageError(f"mode must be one of {', '.join(MODES)}")
    if not sel.records:
        raise UsageError(f"{sel.root}: no images to export ({sel.rule})")
    if not sel.names:
        raise UsageError(f"{sel.root}: no class names (data.yaml or classes.txt) to lock the classes")
    state = state or JobState()
    out = Path(out)
    _prepare_out(out, sel.root)
    out = out.resolve()
    train, val = split_records(sel.records, val_fraction, seed, stratify)
    total, done = len(train) + len(val), 0
    for split, recs in (("train", train), ("val", val)):
        if mode == "list":
            lines = "".join(f"{r.image}\n" for r in recs)
            atomic_write_text(out / f"{split}.txt", lines)
            done += len(recs)
            continue
        for r in recs:
            state.check()
            rel = _dest_rel(check_rel(r.rel, sel.root))  # a path from the index is data: never outside OUT
            img_dst = out / "images" / split / rel
            try:
                _link(r.image, img_dst, mode)
            except OSError as e:
                raise FileError(
                    img_dst,
                    f"cannot {mode} the image ({e.strerror or e}); try another mode (symlink, hardlink, copy, list)",
                ) from None
            lbl = (out / "labels" / split / rel).with_suffix(".txt")
            lbl.parent.mkdir(parents=True, exist_ok=True)
            lbl.write_text(_label_text(r), encoding="utf-8")  # derived copy, regenerable
            done += 1
            if done % 100 == 0:
                state.progress(done, total, f"exporting {split}")
    if mode == "list":
        train_key, val_key = "train.txt", "val.txt"
    else:
        train_key, val_key = "images/train", "images/val"
    names = "\n".join(f"  {i}: {json.dumps(n)}" for i, n in enumerate(sel.names))
    atomic_write_text(
        out / "data.yaml",
        f"# written by LabelBench from {sel.root} ({sel.rule})\n"
        f"path: {json.dumps(str(out))}\ntrain: {train_key}\n"
        f"val: {val_key}\nnc: {len(sel.names)}\nnames:\n{names}\n",
    )

    def counts(recs: list[Any]) -> dict[str, int]:
        c = Counter(int(x) for r in recs for x in _classes(r))
        return {sel.names[k] if k < len(sel.names) else str(k): v for k, v in sorted(c.items())}

    summary = {
        "out": str(out),
        "data_yaml": str(out / "data.yaml"),
        "source": str(sel.root),
        "rule": sel.rule,
        "mode": mode,
        "seed": seed,
        "val_fraction": val_fraction,
        "stratify": stratify,
        "train_images": len(train),
        "val_images": len(val),
        "train_boxes": counts(train),
        "val_boxes": counts(val),
        "errors": len(sel.errors),
    }
    atomic_write_text(out / MARKER, json.dumps(summary, indent=2) + "\n")
    state.progress(total, total, "exported")
    return summary
