"""Bulk auto-labeling: `autolabel(source, model, options, state) -> report`.

    images --(feeder: skip decisions)--> decode+letterbox threads (bounded, in order)
           --> batches of one shape --> backend (OpenVINO streams / torch threads, N in flight)
           --> Ultralytics NMS + scale_boxes --> writer thread (atomic label files, then index)

Memory stays flat: at most `depth` decoded inputs (plus a fixed budget decoded while the model
loads, app.core.autolabel.early) and `in_flight` batches exist at any time and results are
streamed to disk. A run killed at any moment leaves complete label files only (atomic writes) and
the next run redoes exactly the images whose labels were not recorded. Pre- and post-processing
are Ultralytics' (its LetterBox with rect shapes, reproduced without torch and tested array-equal;
its non_max_suppression and scale_boxes) and JPEGs decode to OpenCV's exact pixels, so in "exact"
mode the labels equal `yolo predict save_txt=True` on the same model.
"""
from __future__ import annotations

import os
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.autolabel.backends import load_backend
from app.core.autolabel.early import EarlyDecode, peek_input
from app.core.autolabel.precision import default_words, peek_decode_scale
from app.core.autolabel.precision import resolve as resolve_precision
from app.core.autolabel.reduced_decode import make_preprocessor
from app.core.autolabel.source import check_names, parse_class_map, plan_source
from app.core.autolabel.stages import Item, Journal, Preprocessor, Writer
from app.core.errors import UsageError
from app.core.jobs import JobState

REPORT_KEYS = ("images", "labeled", "skipped", "failed", "seconds", "images_per_second", "model", "backend",
               "precision", "precision_why")
SKIP_SAME = "already labeled with the same model and settings (--force relabels)"
SKIP_REVIEWED = "labels reviewed or edited by a person (--overwrite-reviewed replaces them)"
SKIP_FOREIGN = "label file not written by autolabel (--overwrite-reviewed replaces it)"


@dataclass
class AutolabelOptions:
    out: str | None = None            # write labels under this folder (paths relative to the dataset root)
    conf: float = 0.25
    iou: float = 0.7
    imgsz: int | None = None          # None: the size the model was trained / exported at
    device: str = "cpu"
    batch: int | None = None          # None: what suits the backend
    classes: list[int] | None = None  # model class ids to keep
    force: bool = False
    overwrite_reviewed: bool = False
    backend: str = "auto"             # auto | pt | openvino | onnx
    precision: str = "fast"           # fast (bf16 where the CPU has it) | exact (float32)
    map_classes: str | None = None    # "by-name" or "M:D,M:D"
    max_det: int = 300
    workers: int | None = None        # decode threads
    # predictions only (app.core.audit): no label file is read or written; the sink decides what to
    # skip (`skip_reason(index, rel, key) -> str | None`) and stores each batch (`record(index, items, key)`)
    sink: object | None = None
    # engine: "local" (this machine) or "ray" (a Ray cluster, app.core.autolabel.ray_engine)
    engine: str = "local"
    ray_address: str | None = None    # None: a private local Ray instance; "auto" or HOST:PORT: join it
    ray_workers: int | None = None    # actors at most (default: the cluster's CPUs / ray_cpus)
    ray_cpus: float | None = None     # CPUs per actor (default: the smallest node's; with ray_gpus, 1)
    ray_gpus: float | None = None     # GPUs per actor
    ray_batch: int | None = None      # images per Ray batch
    ray_path_map: str | None = None   # "OLD=NEW": image paths as the workers see them


def autolabel(source, model, options: AutolabelOptions | None = None, state: JobState | None = None,
              on_result=None, log=None) -> dict:
    """Label every image of `source` with `model`. `on_result(path, cls, xywhn, conf)` is called
    (from the writer thread) for each written label; `log(msg)` receives one-line notices."""
    opt = options or AutolabelOptions()
    state = state or JobState()
    if opt.engine == "ray":
        from app.core.autolabel.ray_engine import autolabel_ray
        return autolabel_ray(source, model, opt, state, on_result=on_result, log=log)
    if opt.engine != "local":
        raise UsageError(f"unknown engine {opt.engine!r} (choose local or ray)")
    t0 = time.perf_counter()
    _validate(opt)
    plan = plan_source(source)
    for w in plan.warnings:
        log and log(f"warning: {w}")
    lock = None
    if opt.sink is None:  # labels are written: every label folder must be writable, checked before the model loads
        from app.core.autolabel.writable import check_writable
        check_writable(plan.images, plan.root, opt.out)
        lock = _writer_lock(plan, opt)  # one writer per dataset (DatasetBusyError naming the holder)
    import cv2
    cv2_threads = cv2.getNumThreads()
    cv2.setNumThreads(1)  # images are decoded and resized in parallel already: no nested pools
    cores = os.cpu_count() or 1
    cuda = opt.device not in ("cpu", "", None)
    workers = opt.workers or (cores if cuda else max(1, min(4, cores)))  # a GPU: decode on all cores
    decoder = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="decode")
    early = None
    try:
        guess = peek_input(model, opt.backend, opt.precision, opt.device, opt.imgsz)
        if guess is not None:  # decode the first images while torch and the model load
            early = EarlyDecode(plan.images, make_preprocessor(*guess, scale=peek_decode_scale(model, plan.images, opt)))
        return _run(plan, model, opt, state, on_result, log, t0, decoder, workers, early)
    finally:
        if early is not None:
            early.cancel()
        decoder.shutdown(wait=True, cancel_futures=True)
        cv2.setNumThreads(cv2_threads)
        if lock is not None:
            lock.release()


def _writer_lock(plan, opt: AutolabelOptions):
    """The dataset's writer lock, next to the index the run records in (see open_run_index)."""
    from app.core.dataset import store as dataset_store
    from app.core.dataset.lock import WriterLock
    out = Path(opt.out).expanduser().resolve() if opt.out else None
    index = (out / ".labelbench" / "index.sqlite") if out else dataset_store.index_location(Path(plan.root))[0]
    return WriterLock(index, what=str(out or plan.root)).acquire()


def _run(plan, model, opt: AutolabelOptions, state: JobState, on_result, log, t0: float,
         decoder: ThreadPoolExecutor, workers: int, early) -> dict:
    res = resolve_precision(model, plan.images, opt, log=log)  # int8 / bf16 / f32 for "fast", checked
    if res is not None and res.model_path is not None:
        backend = load_backend(res.model_path, "openvino", "int8", opt.device, log=log)
    else:
        backend = load_backend(model, opt.backend, res.backend_precision if res else opt.precision, opt.device, log=log)
    class_map, names, imgsz, auto, batch, key = run_settings(plan, model, backend, opt)
    scale = res.decode_scale if res is not None else 1
    key += f"|jpeg=1/{scale}" if scale > 1 else ""
    prec, prec_why = (res.precision, res.why) if res is not None else default_words(opt, backend)
    index = open_run_index(plan, names, opt)
    journal = Journal(index.db_path.parent)
    pending = journal.pending()
    pre = make_preprocessor(imgsz, backend.stride, auto, scale)
    depth = max(8, 2 * batch * (backend.in_flight + 1) + 2 * workers)
    labeled = skipped = done = 0
    failed: list[dict] = []
    skip_reasons: dict[str, int] = {}
    total = len(plan.images)

    def wrote(it, cls, xywhn, conf):
        if on_result is not None:
            on_result(it.path, cls, xywhn, conf)

    writer = Writer(index, key, journal, pending, on_written=wrote, sink=opt.sink)
    writer.start()
    in_flight: deque = deque()
    last_progress = 0.0
    state.progress(0, total, "starting")

    def finish_one():
        nonlocal labeled
        items, fut, shape = in_flight.popleft()
        preds = fut.result()
        for it, cls, xywhn, conf in _postprocess(preds, items, shape, opt, backend, class_map):
            writer.put((it, cls, xywhn, conf))
            labeled += 1

    def submit(items):
        x = batch_input(items, backend, batch)
        for it in items:
            it.x = None
        in_flight.append((items, backend.submit(x), x.shape))
        while len(in_flight) > backend.in_flight:  # one queued behind the busy streams
            finish_one()

    try:
        stream = _prefetch(_feed(plan, index, opt, key, pending), pre, decoder, depth, early)
        group: list[Item] = []
        for it in stream:
            state.check()
            if isinstance(it, tuple):  # (Item, skip reason)
                skipped += 1
                skip_reasons[it[1]] = skip_reasons.get(it[1], 0) + 1
            elif it.error is not None:
                failed.append({"path": it.path, "error": it.error})
                state.error(it.path, it.error)
            else:
                group = add_to_group(group, it, batch, submit)
            done += 1
            now = time.perf_counter()
            if now - last_progress > 0.25 or done == total:
                last_progress = now
                state.progress(done, total, f"{labeled} labeled, {skipped} skipped, {len(failed)} failed")
        if group:
            submit(group)
            group = []
        while in_flight:
            finish_one()
    finally:
        try:
            while in_flight:  # cancelled or failed: keep the work already computed
                try:
                    finish_one()
                except Exception:  # noqa: BLE001
                    in_flight.clear()
            if early is not None:
                early.cancel()
            decoder.shutdown(wait=True, cancel_futures=True)
            writer.finish()
        finally:
            backend.close()
            index.close()
    seconds = time.perf_counter() - t0
    state.progress(total, total, "done")
    return {"images": total, "labeled": labeled, "skipped": skipped, "failed": failed,
            "seconds": round(seconds, 3), "images_per_second": round(labeled / seconds, 2) if seconds > 0 else 0.0,
            "model": str(Path(model).resolve()), "backend": backend.describe(),
            "precision": prec, "precision_why": prec_why,
            # extras (not part of the CLI's JSON report)
            "precision_check": res.check if res is not None else {}, "decode_scale": scale,
            "imgsz": imgsz, "batch": batch,
            "skip_reasons": skip_reasons, "model_key": key, "index": str(index.db_path),
            "class_names": names}


def run_settings(plan, model, backend, opt: AutolabelOptions):
    """(class_map, names, imgsz, auto, batch, key) of a run: the model key an image's labels are
    recorded with (same model file, backend, precision and settings = same key; the Ray engine
    uses this too, so either engine skips what the other did)."""
    from ultralytics.utils.checks import check_imgsz

    from app.core.autolabel.model_cache import model_file_id
    model_names = [backend.names[i] for i in sorted(backend.names)]
    class_map = parse_class_map(opt.map_classes, model_names, plan.class_names)
    names = check_names(model_names, plan.class_names, class_map, str(plan.source.data_yaml or plan.root))
    fixed = getattr(backend, "fixed_shape", None)
    auto = backend.dynamic and fixed is None
    imgsz = list(fixed) if fixed else check_imgsz(opt.imgsz or backend.trained_imgsz, stride=backend.stride, min_dim=2)
    batch = max(1, opt.batch or getattr(backend, "default_batch", None) or (1 if backend.kind == "openvino" else 4))
    key = "|".join([model_file_id(model), backend.kind, backend.precision,
                    f"imgsz={imgsz[0]}x{imgsz[1]}", f"conf={opt.conf:g}", f"iou={opt.iou:g}",
                    f"classes={','.join(map(str, sorted(opt.classes))) if opt.classes else 'all'}",
                    f"map={opt.map_classes or ''}", f"max_det={opt.max_det}"])
    return class_map, names, imgsz, auto, batch, key


def open_run_index(plan, names: list[str], opt: AutolabelOptions):
    """The dataset index a run records in; with --out, the index of those labels lives with them
    (one dataset, several label sets)."""
    from app.core.dataset.index import DatasetIndex
    out = Path(opt.out).expanduser().resolve() if opt.out else None
    return DatasetIndex(plan.root, names if not plan.class_names else plan.class_names, source=plan.source,
                        label_root=out, index_path=(out / ".labelbench" / "index.sqlite") if out else None)


def _validate(opt: AutolabelOptions) -> None:
    if not 0.0 <= opt.conf <= 1.0:
        raise UsageError(f"--conf must be between 0 and 1, got {opt.conf}")
    if not 0.0 <= opt.iou <= 1.0:
        raise UsageError(f"--iou must be between 0 and 1, got {opt.iou}")
    if opt.imgsz is not None and not 32 <= opt.imgsz <= 8192:
        raise UsageError(f"--imgsz must be between 32 and 8192, got {opt.imgsz}")
    if opt.batch is not None and not 1 <= opt.batch <= 256:
        raise UsageError(f"--batch must be between 1 and 256, got {opt.batch}")
    if opt.classes is not None and any(c < 0 for c in opt.classes):
        raise UsageError("--classes takes non-negative class ids")


def add_to_group(group: list, it, batch: int, submit) -> list:
    """Batches hold images of one letterboxed shape: submit the group first when `it` has another
    shape, and when it is full. Returns the group to go on with."""
    if group and group[0].x.shape != it.x.shape:
        submit(group)
        group = []
    group.append(it)
    if len(group) >= batch:
        submit(group)
        group = []
    return group


def batch_input(items, backend, batch: int) -> np.ndarray:
    """The backend's input for a group of same-shape Items (B x H x W x 3 uint8; OpenVINO gets a
    partial group padded to `batch`, one static shape per image size)."""
    x = items[0].x[None] if len(items) == 1 else np.stack([it.x for it in items])  # no copy for one
    if backend.kind == "openvino" and 1 < len(items) < batch:
        x = np.concatenate([x, np.zeros((batch - len(items), *x.shape[1:]), x.dtype)])
    return x


def _feed(plan, index, opt: AutolabelOptions, key: str, pending: set[str]):
    """Yield Item (to label) or (Item, reason) (to skip), in source order."""
    from app.core.dataset.index import STATUS_REVIEWED
    root = str(plan.root)
    for i, path in enumerate(plan.images):
        rel = Path(os.path.relpath(path, root)).as_posix()
        item = Item(i, path, rel, index.label_path(rel))
        if opt.sink is not None:  # predictions only: the label files are not the engine's business
            reason = opt.sink.skip_reason(index, rel, key)
            yield (item, reason) if reason else item
            continue
        reason = None
        if rel not in pending:
            row = index.get(rel)
            try:
                st = os.stat(item.label_path)
            except OSError:
                st = None
            if row is not None and (row.status == STATUS_REVIEWED or row.edited) and st is not None:
                reason = None if opt.overwrite_reviewed else SKIP_REVIEWED
            elif st is not None:
                k = index.autolabel_key(rel) if row is not None else None
                ours = (k is not None and row.label_mtime is not None
                        and row.label_mtime == st.st_mtime_ns / 1e9)
                if not ours:
                    reason = None if opt.overwrite_reviewed else SKIP_FOREIGN
                elif k == key and not opt.force:
                    reason = SKIP_SAME
            if reason is None and row is not None and row.status == STATUS_REVIEWED:
                index.set_reviewed(rel, False)  # replaced on the user's explicit request
        yield (item, reason) if reason else item


def _prefetch(items, pre: Preprocessor, pool: ThreadPoolExecutor, depth: int, early=None):
    """Decode ahead on the pool, at most `depth` images outstanding, yielding in source order
    (Items, or the (Item, reason) pairs of images to skip). Images decoded early are taken over."""
    q: deque = deque()
    it = iter(items)
    exhausted = False
    while True:
        while not exhausted and len(q) < depth:
            nxt = next(it, None)
            if nxt is None:
                exhausted = True
                break
            if isinstance(nxt, tuple):
                if early is not None:
                    early.discard(nxt[0].path)
                q.append(nxt)
                continue
            fut = early.take(nxt.path, pre.key) if early is not None else None
            q.append((nxt, fut or pool.submit(pre.decode, nxt.path)))
        if not q:
            return
        item, fut = q.popleft()
        if isinstance(fut, str):  # a skip reason
            yield item, fut
            continue
        item.x, item.orig_shape, item.error = fut.result()
        yield item


def _postprocess(preds, items, shape, opt: AutolabelOptions, backend, class_map):
    """Ultralytics' NMS and box scaling; yields (item, cls, xywhn, conf) as numpy arrays."""
    import torch
    from ultralytics.utils import nms, ops
    if isinstance(preds, (list, tuple)):
        preds = preds[0]
    preds = preds[: len(items)]
    with torch.inference_mode():
        dets = nms.non_max_suppression(preds, opt.conf, opt.iou, opt.classes, False, max_det=opt.max_det,
                                       nc=0, end2end=backend.end2end)
        for it, d in zip(items, dets):
            h, w = it.orig_shape
            d = d.clone()
            d[:, :4] = ops.scale_boxes(shape[1:3], d[:, :4], (h, w))  # NHWC batch
            xywh = ops.xyxy2xywh(d[:, :4])
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
