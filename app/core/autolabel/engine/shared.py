"""The steps both engines (local and Ray) run the same way: the run's settings and model key, the
index it records in, the skip rules (feed), shape-grouped batches, and Ultralytics'
post-processing (postprocess), the dataset's writer lock (writer_lock). Neither engine forks them."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Collection, Iterator, Set
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import numpy as np
import numpy.typing as npt

from app.core.autolabel.engine.stages import Identity, Item, Journal, Result
from app.core.autolabel.options import (
    SKIP_FOREIGN,
    SKIP_MEANWHILE,
    SKIP_REVIEWED,
    SKIP_SAME,
    SKIP_SHARED,
    AutolabelOptions,
)
from app.core.autolabel.source import check_names, parse_class_map

# a run's callbacks: on_result(path, cls, xywhn, conf) per written label, log(line) per notice
OnResult = Callable[[str, npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]], object]
Log = Callable[[str], object]

if TYPE_CHECKING:
    from app.core.autolabel.backends.base import Backend
    from app.core.autolabel.sink import PredictionSink
    from app.core.autolabel.source import Plan
    from app.core.dataset.index import DatasetIndex, ImageRow
    from app.core.dataset.lock import WriterLock
    from app.core.jobs import JobState


class SkipRules(Protocol):
    """The options feed's skip rules read (AutolabelOptions; classical.SkipOptions)."""

    @property
    def force(self) -> bool: ...

    @property
    def overwrite_reviewed(self) -> bool: ...

    @property
    def sink(self) -> PredictionSink | None: ...


@dataclass(frozen=True)
class RunSettings:
    class_map: dict[int, int] | None  # model class id -> dataset class id (None: the same ids)
    names: list[str]  # the dataset's class names the labels use
    imgsz: list[int]  # network input (h, w)
    auto: bool  # letterbox to the smallest stride multiple (rect shapes), as Ultralytics' dynamic models
    batch: int
    key: str  # the model key an image's labels are recorded with


def run_settings(plan: Plan, model: str | os.PathLike[str], backend: Backend, opt: AutolabelOptions) -> RunSettings:
    """The settings of a run: the model key an image's labels are
    recorded with (same model file, backend, precision and settings = same key; the Ray engine
    uses this too, so either engine skips what the other did)."""
    from ultralytics.utils.checks import check_imgsz

    from app.core.autolabel.backends.model_cache import model_file_id

    model_names = [backend.names[i] for i in sorted(backend.names)]
    class_map = parse_class_map(opt.map_classes, model_names, plan.class_names)
    names = check_names(model_names, plan.class_names, class_map, str(plan.source.data_yaml or plan.root))
    fixed = getattr(backend, "fixed_shape", None)
    auto = backend.dynamic and fixed is None
    imgsz = (
        list(fixed)
        if fixed
        else check_imgsz(  # type: ignore[no-untyped-call]  # Ultralytics' is untyped
            opt.imgsz or backend.trained_imgsz, stride=backend.stride, min_dim=2
        )
    )
    batch = max(1, opt.batch or getattr(backend, "default_batch", None) or (1 if backend.kind == "openvino" else 4))
    key = "|".join(
        [
            model_file_id(model),
            backend.kind,
            backend.precision,
            f"imgsz={imgsz[0]}x{imgsz[1]}",
            f"conf={opt.conf:g}",
            f"iou={opt.iou:g}",
            f"classes={','.join(map(str, sorted(opt.classes))) if opt.classes else 'all'}",
            f"map={opt.map_classes or ''}",
            f"max_det={opt.max_det}",
        ]
    )
    return RunSettings(class_map, names, imgsz, auto, batch, key)


def open_run_index(plan: Plan, names: list[str], opt: AutolabelOptions, task: str | None = None) -> DatasetIndex:
    """The dataset index a run records in; with --out, the index of those labels lives with them
    (one dataset, several label sets). A run that writes labels records its model's task there
    (app.core.dataset.kinds: it says what an 8-number line is)."""
    from app.core.dataset import store as dataset_store
    from app.core.dataset.index import DatasetIndex

    out = Path(opt.out).expanduser().resolve() if opt.out else None
    index = DatasetIndex(
        plan.root,
        names if not plan.class_names else plan.class_names,
        source=plan.source,
        label_root=out,
        index_path=dataset_store.local_index_path(out) if out else None,
    )
    if task is not None and opt.sink is None:
        from app.core.dataset.kinds import set_task

        try:
            set_task(index, task)
        except BaseException:
            index.close()
            raise
    return index


def writer_lock(plan: Plan, opt: AutolabelOptions, state: JobState | None = None, log: Log | None = None) -> WriterLock:
    """The dataset's writer lock, acquired (DatasetBusyError naming the holder), next to the index
    the run records in (see open_run_index). The caller releases it. Before, when the dataset is
    open in the app (a lease, app.core.dataset.lease): one line saying so, then on (what is saved
    there during the run is left alone: app.core.dataset.write_rule), or with opt.wait, wait
    until the app has closed it."""
    from app.core.dataset import lease
    from app.core.dataset import store as dataset_store
    from app.core.dataset.lock import WriterLock

    out = Path(opt.out).expanduser().resolve() if opt.out else None
    index = dataset_store.local_index_path(out) if out else dataset_store.index_location(Path(plan.root))[0]
    open_in = lease.others(index)
    if open_in and opt.wait:
        log and log(f"the dataset is open in the app ({lease.describe(open_in)}): waiting until it is closed (--wait)")
        while lease.others(index):
            if state is not None:
                state.check()
            time.sleep(0.5)
        log and log("the dataset was closed in the app: starting")
    elif open_in:
        log and log(
            f"the dataset is open in the app ({lease.describe(open_in)}): labels reviewed or edited "
            "there during the run are left as they are and counted (--wait waits until it is closed)"
        )
    return WriterLock(index, what=str(out or plan.root)).acquire()


def add_to_group(group: list[Item], it: Item, batch: int, submit: Callable[[list[Item]], object]) -> list[Item]:
    """Batches hold images of one letterboxed shape: submit the group first when `it` has another
    shape, and when it is full. Returns the group to go on with."""
    if group and cast(np.ndarray, group[0].x).shape != cast(np.ndarray, it.x).shape:  # decoded items only
        submit(group)
        group = []
    group.append(it)
    if len(group) >= batch:
        submit(group)
        group = []
    return group


def batch_input(items: list[Item], backend: Backend, batch: int) -> npt.NDArray[np.uint8]:
    """The backend's input for a group of same-shape Items (B x H x W x 3 uint8; OpenVINO gets a
    partial group padded to `batch`, one static shape per image size)."""
    x: npt.NDArray[np.uint8] = (
        cast(np.ndarray, items[0].x)[None] if len(items) == 1 else np.stack([cast(np.ndarray, it.x) for it in items])
    )  # no copy for one
    if backend.kind == "openvino" and 1 < len(items) < batch:
        x = np.concatenate([x, np.zeros((batch - len(items), *x.shape[1:]), x.dtype)])
    return x


def pending_rels(journal: Journal, index: DatasetIndex) -> dict[str, Identity]:
    """The journal entries of a killed run that are still its own half-recorded work: the label
    file has the identity the journal gave it (nobody wrote it since) and no person reviewed the
    image since. An entry of an older journal (no identity) counts unless a person reviewed or
    edited the image. A review or an edit outranks the journal (dropped from it at the next flush)."""
    from app.core.dataset import write_rule

    out: dict[str, Identity] = {}
    entries = journal.entries()
    states = index.write_states(list(entries)) if entries else {}
    for rel, ident in entries.items():
        st = states.get(rel)
        if ident is None:
            if not write_rule.held(st):
                out[rel] = None
            continue
        fid = write_rule.file_id(index.label_path(rel))
        if fid is not None and fid[:3] == tuple(ident) and not write_rule.row_id(st)[0]:
            out[rel] = ident
    return out


def shared_label_rels(
    plan: Plan, index: DatasetIndex, log: Log | None = None, predictions_only: bool = False
) -> set[str]:
    """The rels of images that share one label file with another image of the plan (a.jpg and
    a.png in one folder: Ultralytics' rule gives both labels/a.txt). Neither is labeled or audited:
    one image's boxes would replace the other's. Each group is named in one line (log)."""
    from app.core.io.layout import describe_shared, shared_label_groups

    root = str(plan.root)
    rels = [Path(os.path.relpath(p, root)).as_posix() for p in plan.images]
    groups = shared_label_groups((rel, index.label_path(rel)) for rel in rels)
    for label, names in groups:
        action = "neither is audited" if predictions_only else "neither is labeled"
        log and log(f"warning: {describe_shared(label, names, action)}")
    return {r for _label, names in groups for r in names}


def feed(
    plan: Plan,
    index: DatasetIndex,
    opt: SkipRules,
    key: str,
    pending: Collection[str],
    shared: Set[str] = frozenset(),
    started: float | None = None,
) -> Iterator[Item | tuple[Item, str]]:
    """Yield Item (to label) or (Item, reason) (to skip), in source order. Nothing is written
    here: an image whose review is replaced (--overwrite-reviewed) is flagged replaces_review
    and un-reviewed by the writer in the transaction that records its new labels. A reviewed or
    edited image is skipped whatever the journal says (the journal only tells the run's own
    unrecorded label files from a person's). Each Item carries what its decision rested on
    (Item.queued: the index row and the label file, app.core.dataset.write_rule), which the writer
    checks again when it writes. A label file written or a review made after the run started
    (`started`, a time.time()) is someone's work during the run: skipped, with or without
    --overwrite-reviewed."""
    from app.core.dataset import write_rule
    from app.core.dataset.index import STATUS_REVIEWED

    root = str(plan.root)
    for i, path in enumerate(plan.images):
        rel = Path(os.path.relpath(path, root)).as_posix()
        item = Item(i, path, rel, index.label_path(rel))
        if rel in shared:
            yield item, SKIP_SHARED
            continue
        if opt.sink is not None:  # predictions only: the label files are not the engine's business
            reason = opt.sink.skip_reason(index, rel, key)
            yield (item, reason) if reason else item
            continue
        reason = None
        state = index.write_states([rel]).get(rel)
        row = index.get(rel)
        try:
            st = os.stat(item.label_path)
        except OSError:
            st = None
        fid = None if st is None else (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        item.queued = write_rule.Queued(fid, write_rule.row_id(state))
        held = row is not None and (row.status == STATUS_REVIEWED or (row.edited and rel not in pending))
        if rel not in pending and write_rule.during_run(state, fid, started):
            reason = SKIP_MEANWHILE
        elif held and st is not None and not opt.overwrite_reviewed:
            reason = SKIP_REVIEWED
        elif held:  # replaced on request, or its label file is gone: the writer withdraws the review
            item.replaces_review = True
        elif st is not None and rel not in pending:
            k = state[3] if state is not None else None
            ours = (
                k is not None
                and cast("ImageRow", row).label_mtime is not None
                and cast("ImageRow", row).label_mtime == st.st_mtime_ns / 1e9
            )
            if not ours:
                reason = None if opt.overwrite_reviewed else SKIP_FOREIGN
            elif k == key and not opt.force:
                reason = SKIP_SAME
        yield (item, reason) if reason else item


def postprocess(
    preds: Any,
    items: list[Item],
    shape: tuple[int, int, int, int],
    opt: AutolabelOptions,
    backend: Backend,
    class_map: dict[int, int] | None,
) -> Iterator[Result]:
    """Ultralytics' NMS and box scaling; yields (item, cls, xywhn, conf) as numpy arrays. A -seg or
    -obb model's polygons / rotated boxes go on item.labels (app.core.autolabel.engine.shape_post); xywhn
    is then the box around each."""
    if getattr(backend, "task", "detect") != "detect":
        from app.core.autolabel.engine.shape_post import postprocess_shapes

        for it, cls, xywhn, conf, labels in postprocess_shapes(
            backend.task, preds, items, shape, opt, backend, class_map
        ):
            it.labels = labels
            yield it, cls, xywhn, conf
        return
    import torch
    from ultralytics.utils import nms, ops

    if isinstance(preds, (list, tuple)):
        preds = preds[0]
    preds = preds[: len(items)]
    with torch.inference_mode():
        dets = nms.non_max_suppression(
            preds, opt.conf, opt.iou, opt.classes, False, max_det=opt.max_det, nc=0, end2end=backend.end2end
        )
        for it, d in zip(items, dets):
            h, w = it.orig_shape
            d = d.clone()
            d[:, :4] = ops.scale_boxes(shape[1:3], d[:, :4], (h, w))  # NHWC batch
            xywh = ops.xyxy2xywh(d[:, :4])  # type: ignore[no-untyped-call]  # Ultralytics is untyped
            xywh[:, [0, 2]] /= w
            xywh[:, [1, 3]] /= h
            cls = d[:, 5].to(torch.int64).numpy()
            conf = d[:, 4].double().numpy()
            xywhn = xywh.double().numpy()
            if class_map is not None:
                keep = np.array([c in class_map for c in cls.tolist()], bool)
                cls = np.array([class_map[c] for c in cls[keep].tolist()], np.int64)
                xywhn, conf = xywhn[keep], conf[keep]
            yield it, cls, xywhn, conf
