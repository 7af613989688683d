"""Can a training run start on this data? Said in one sentence, in LabelBench's words, before
Start (issue 24): a run that would only fail in Ultralytics after the model loaded (no validation
image, one image, no class names) is not started; classes the data lacks are noted.

    check_reviewed(index, val_fraction)   # "Reviewed images": the images accepted in Review
    check_data_yaml(path)                 # "The open data.yaml as it is"

Each returns a `Readiness`: `problem` (blocking, one sentence) or "" and `note` (not blocking).
The split counts follow app.core.dataset.formats.ultralytics_export.split_records exactly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import LabelBenchError
from app.core.messages import Message

if TYPE_CHECKING:
    from app.core.dataset.index import DatasetIndex


@dataclass
class Readiness:
    problem: str = ""  # why Start would fail (one sentence, a Message the GUI translates); "" when it can start
    note: str = ""  # worth knowing, not blocking (classes without boxes): a Message or ""
    train: int = 0  # images to train on and to validate with (reviewed images: predicted split)
    val: int = 0

    @property
    def ok(self) -> bool:
        return not self.problem


def split_counts(n: int, val_fraction: float) -> tuple[int, int]:
    """(train, val) images of split_records for n images, unstratified."""
    n_val = int(round(n * val_fraction))
    if val_fraction > 0 and n_val == 0 and n >= 2:
        n_val = 1
    return n - n_val, n_val


def _missing_note(names: list[str], present: set[int]) -> str:
    missing = [n for i, n in enumerate(names) if i not in present]
    if not missing or not names:
        return ""
    more = Message(" and {n} more", n=len(missing) - 5) if len(missing) > 5 else ""
    return Message(
        "The images hold no box of {missing} of the {classes} classes ({shown}{more}); "
        "the model will not learn to find them.",
        missing=len(missing),
        classes=len(names),
        shown=", ".join(missing[:5]),
        more=more,
    )


def check_reviewed(index: DatasetIndex, val_fraction: float) -> Readiness:
    """The "Reviewed images" choice on an open DatasetIndex."""
    from app.core.dataset.index import STATUS_REVIEWED

    names = list(index.class_names or [])
    if not names:
        return Readiness(
            Message(
                "This dataset has no class names (data.yaml or classes.txt), and a training run "
                "needs them: add the classes in Review first."
            )
        )
    rows = index.rows(status=STATUS_REVIEWED)
    n = len(rows)
    if n == 0:
        return Readiness(
            Message(
                "No reviewed image yet: accept images in Review (Space) to train on them, or "
                "train on the open data.yaml as it is."
            )
        )
    train, val = split_counts(n, val_fraction)
    if n == 1 or val == 0 or train == 0:
        few = Message(
            "{n} reviewed image ({train} to train on, {val} to validate with at val fraction {fraction:g}): "
            "a run needs at least one of each. Review more images (Space in Review) first."
            if n == 1
            else "{n} reviewed images ({train} to train on, {val} to validate with at val fraction {fraction:g}): "
            "a run needs at least one of each. Review more images (Space in Review) first.",
            n=n,
            train=train,
            val=val,
            fraction=val_fraction,
        )
        return Readiness(few, train=train, val=val)
    present = {c for r in rows for c in r.classes}
    if not present:
        empty = Message("The {n} reviewed images hold no boxes: there is nothing to learn yet.", n=n)
        return Readiness(empty, train=train, val=val)
    return Readiness("", _missing_note(names, present), train, val)


def check_data_yaml(path: str | os.PathLike[str] | None) -> Readiness:
    """The "open data.yaml as it is" choice: the same checks the run makes, said before it starts,
    and a split without images."""
    if path is None:
        return Readiness(
            Message("No data.yaml is open: open one (File ▸ Open Dataset) or train on the reviewed images.")
        )
    from app.core.training.data_yaml import read_training_data

    try:
        data = read_training_data(path)
    except LabelBenchError as e:
        return Readiness(str(e).splitlines()[0])
    counts = {k: _count_images(v) for k, v in data.splits.items()}
    for key in ("train", "val"):
        if counts.get(key) == 0:
            said = Message(
                "{name}: its train split holds no images, and a run needs some to train on."
                if key == "train"
                else "{name}: its val split holds no images, and a run needs some to validate with.",
                name=Path(path).name,
            )
            return Readiness(said)
    return Readiness("", "", counts.get("train", 0), counts.get("val", 0))


IMAGE_EXT = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"}


def _count_images(paths: list[Path], limit: int = 1) -> int:
    """Images in the split's folders / list files, counting only up to `limit` (is there any?)."""
    n = 0
    for p in paths:
        if p.is_file():
            try:
                with open(p, encoding="utf-8", errors="replace") as f:
                    n += sum(1 for ln in f if ln.strip())
            except OSError:
                continue
        else:
            for _dirpath, _dirs, files in os.walk(p):
                n += sum(1 for f in files if os.path.splitext(f)[1].lower() in IMAGE_EXT)
                if n >= limit:
                    return n
        if n >= limit:
            return n
    return n
