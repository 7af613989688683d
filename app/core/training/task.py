"""A training run's task: the labels say it, the model must match it, the default model follows it.

Boxes train a detector, polygons a segmentation model (-seg), rotated boxes an OBB model (-obb).
Ultralytics itself would train a detector on polygons (their boxes) or fail deep in the loss on
a mismatch; LabelBench refuses a model whose head is not the labels' task, in one line, before
any process starts.

    sel, task = collect_training(folder, "reviewed", state)  # ShapeRecords; one kind, or UsageError
    task = data_task(read_training_data("ds/data.yaml"))      # its splits' label files; None: no labels
    model = default_model(task)                               # yolov8n.yaml / yolov8n-seg.yaml / -obb
    family_for_task("yolov8s.yaml", "segment")                # yolov8s-seg.yaml (the GUI's model list)
    check_match(model, task, "ds")                            # UsageError: one line

A model's task is read without running anything: a family name or a model .yaml from its head
layer (Ultralytics' guess_model_task rule), a .pt from the class names its pickle references
(pickletools only lists them; nothing is unpickled).
"""

from __future__ import annotations

import os
import pickletools
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.core.errors import UsageError

if TYPE_CHECKING:
    from app.core.dataset.formats.records import Selection
    from app.core.jobs import JobState
    from app.core.training.data_yaml import TrainingData

TASKS = ("detect", "segment", "obb")
DEFAULT_MODEL = {"detect": "yolov8n.yaml", "segment": "yolov8n-seg.yaml", "obb": "yolov8n-obb.yaml"}
WORDS = {"detect": "boxes", "segment": "polygons", "obb": "rotated boxes"}
SUFFIX = {"detect": "", "segment": "-seg", "obb": "-obb"}
# head class name prefix -> task, most specific first (Segment26 is a Segment, YOLOESegment too)
_HEADS = (("Segment", "segment"), ("OBB", "obb"), ("Pose", "pose"), ("Classify", "classify"), ("Detect", "detect"))
MAX_LABEL_FILES = 5000  # a data.yaml's label files read to tell its task


def default_model(task: str | None) -> str:
    return DEFAULT_MODEL.get(task or "detect", DEFAULT_MODEL["detect"])


def family_for_task(model: str, task: str | None) -> str:
    """A family detect yaml's -seg / -obb form for the labels' task (yolov8s.yaml -> yolov8s-seg.yaml);
    any other model unchanged."""
    import re

    if task in ("segment", "obb") and re.fullmatch(r"(yolov8|yolo11)[nsmlx]\.yaml", model):
        return model[: -len(".yaml")] + SUFFIX[task] + ".yaml"
    return model


def _head_task(name: str) -> str | None:
    for prefix, task in _HEADS:
        if prefix.lower() in name.lower():
            return task
    return None


def _pt_task(path: Path) -> str | None:
    """The head class a checkpoint's pickle names (GLOBAL opcodes only; nothing is loaded)."""
    from app.core.io.models.archive import check_checkpoint

    check_checkpoint(path)
    try:
        with zipfile.ZipFile(path) as z:
            member = next((n for n in z.namelist() if n.endswith("/data.pkl") or n == "data.pkl"), None)
            if member is None or z.getinfo(member).file_size > 64 << 20:
                return None
            data = z.read(member)
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    found: set[str] = set()
    strings: list[str] = []
    try:
        for op, arg, _pos in pickletools.genops(data):
            if op.name == "GLOBAL" and isinstance(arg, str):
                module, _, name = arg.partition(" ")
            elif op.name == "STACK_GLOBAL" and len(strings) >= 2:
                module, name = strings[-2], strings[-1]
            else:
                if isinstance(arg, str):
                    strings.append(arg)
                continue
            if module.startswith("ultralytics.nn.modules.head"):
                found.add(name)
    except Exception:  # a truncated or odd pickle: unknown, Ultralytics says what is wrong with it
        return None
    for prefix, task in _HEADS:
        if any(n.startswith(prefix) or n.startswith(f"YOLOE{prefix}") for n in found):
            return task
    return None


def model_task(model: str) -> str | None:
    """ "detect", "segment", "obb", "pose", "classify", or None when it cannot be told."""
    p = Path(model)
    if p.suffix.lower() == ".pt":
        return _pt_task(p) if p.is_file() else None
    if p.suffix.lower() in (".yaml", ".yml") and p.is_file():
        from app.core.io.yaml_safe import load_yaml_file

        cfg = load_yaml_file(p)
        try:
            return _head_task(str(cfg["head"][-1][-2]))
        except (TypeError, KeyError, IndexError):
            return None
    stem = p.stem.lower()  # a family name Ultralytics ships: yolov8n-seg.yaml, yolo11s-obb.yaml, ...
    for task in ("segment", "obb", "pose", "classify"):
        if stem.endswith({"segment": "-seg", "obb": "-obb", "pose": "-pose", "classify": "-cls"}[task]):
            return task
    return "detect"


def check_match(model: str, task: str | None, data: str | os.PathLike[str]) -> str | None:
    """The model's task; UsageError (one line) when it is not the labels' task."""
    got = model_task(model)
    if task is None or got is None or got == task:
        return got
    name = Path(model).name
    if got not in TASKS:
        raise UsageError(f"{name} is a {got} model; LabelBench trains detect, segment and obb models")
    raise UsageError(
        f"{name} is a {got} model but {data} holds {WORDS[task]} ({task}): pick a "
        f"{SUFFIX[task] or 'detection'} model (e.g. {DEFAULT_MODEL[task]}) or leave the model out"
    )


def kinds_task(kinds: dict[str, int], where: str) -> str | None:
    """The task of label kinds {"box": files, "polygon": files, "obb": files}; UsageError when
    boxes sit beside polygons or rotated boxes (Ultralytics refuses such a set)."""
    present = [k for k, n in kinds.items() if n]
    if len(present) > 1:
        shown = ", ".join(f"{kinds[k]} with {WORDS[t]}" for t, k in zip(TASKS, ("box", "polygon", "obb")) if kinds[k])
        raise UsageError(f"{where} mixes label kinds (files: {shown}); a run trains one kind: convert or split them")
    return {"box": "detect", "polygon": "segment", "obb": "obb"}[present[0]] if present else None


def collect_training(
    source: str | os.PathLike[str], which: str = "reviewed", state: JobState | None = None, task: str | None = None
) -> tuple[Selection, str | None]:
    """(Selection, task) of the images to export for training: ShapeRecords for polygons and rotated
    boxes (their lines are kept), Records for boxes; None task when no image holds an object."""
    from app.core.dataset.formats import box_selection, collect_shapes
    from app.core.io.shapes import BOX, OBB, POLYGON

    sel = collect_shapes(source, which, state, task=task if task in ("segment", "obb") else None)
    kinds = {BOX: 0, POLYGON: 0, OBB: 0}
    for r in sel.records:
        for k in set(r.labels.kinds):
            kinds[k] += 1
    found = kinds_task(kinds, str(sel.root))
    return (box_selection(sel) if found in (None, "detect") else sel), found


def data_task(data: TrainingData) -> str | None:
    """The task of a checked data.yaml (app.core.training.data_yaml.TrainingData) from the label
    files of its train and val splits (up to MAX_LABEL_FILES); None for a pose set or no labels."""
    from app.core.io.layout import img2label_path
    from app.core.io.shapes import line_kind

    if "kpt_shape" in data.extras:
        return None
    kinds = {"box": 0, "polygon": 0, "quad": 0}
    seen = 0
    for image in _split_images([p for k in ("train", "val") for p in data.splits.get(k, [])]):
        try:
            text = img2label_path(image).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        cols = {line_kind(len(ln.split()), allow_conf=False) for ln in text.splitlines() if ln.strip()}
        for k in cast("set[str]", cols & set(kinds)):  # the kinds' names: never None
            kinds[k] += 1
        seen += 1
        if seen >= MAX_LABEL_FILES:
            break
    quads_as = "polygon" if kinds["polygon"] else "obb"  # the rule of app.core.io.shapes, set-wide
    merged = {"box": kinds["box"], "polygon": kinds["polygon"], "obb": 0}
    merged[quads_as] += kinds["quad"]
    return kinds_task(merged, str(data.source))


def _split_images(paths: Iterable[Path]) -> Iterator[Path]:
    """Image paths of split folders and .txt image lists, lazily."""
    from app.core.io.layout import is_image_path

    for p in paths:
        if p.is_file():
            try:
                lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                continue
            for ln in lines:
                s = ln.strip()
                if s:
                    q = Path(s)
                    yield q if q.is_absolute() else p.parent / q
            continue
        for here, dirs, files in os.walk(p):
            dirs.sort()
            for f in sorted(files):
                if is_image_path(f):
                    yield Path(here) / f
