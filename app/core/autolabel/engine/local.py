"""Bulk auto-labeling: `autolabel(source, model, options, state) -> report`.

    images --(feeder: skip decisions)--> decode+letterbox threads (bounded, in order)
           --> batches of one shape --> backend (OpenVINO streams / torch threads, N in flight)
           --> Ultralytics NMS + scale_boxes --> writer thread (atomic label files, then index)

Memory stays flat: at most `depth` decoded inputs (plus a fixed budget decoded while the model
loads, app.core.autolabel.engine.early) and `in_flight` batches exist at any time and results are
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
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import numpy.typing as npt

from app.core.autolabel.backends.precision import default_words, peek_decode_scale
from app.core.autolabel.backends.precision import resolve as resolve_precision
from app.core.autolabel.backends.reduced_decode import make_preprocessor
from app.core.autolabel.backends.runtimes import fixed_size_note, load_backend
from app.core.autolabel.engine.early import EarlyDecode, peek_input
from app.core.autolabel.engine.shared import (
    Log,
    OnResult,
    add_to_group,
    batch_input,
    feed,
    open_run_index,
    pending_rels,
    postprocess,
    run_settings,
    shared_label_rels,
    writer_lock,
)
from app.core.autolabel.engine.stages import Decoded, Item, Journal, Preprocessor, Writer
from app.core.autolabel.options import REPORT_KEYS as REPORT_KEYS
from app.core.autolabel.options import SKIP_FOREIGN as SKIP_FOREIGN
from app.core.autolabel.options import SKIP_MEANWHILE, validate_options
from app.core.autolabel.options import SKIP_REVIEWED as SKIP_REVIEWED
from app.core.autolabel.options import SKIP_SAME as SKIP_SAME
from app.core.autolabel.options import AutolabelOptions as AutolabelOptions  # re-exported, as each `X as X` here
from app.core.autolabel.report import AutolabelReport, FailedImage, counts
from app.core.autolabel.source import plan_source
from app.core.errors import UsageError
from app.core.jobs import JobState

if TYPE_CHECKING:
    from app.core.autolabel.backends.base import Pending
    from app.core.autolabel.source import Plan
    from app.core.dataset.lock import WriterLock


def autolabel(
    source: str | os.PathLike[str],
    model: str | os.PathLike[str],
    options: AutolabelOptions | None = None,
    state: JobState | None = None,
    on_result: OnResult | None = None,
    log: Log | None = None,
) -> AutolabelReport:
    """Label every image of `source` with `model`. `on_result(path, cls, xywhn, conf)` is called
    (from the writer thread) for each written label; `log(msg)` receives one-line notices."""
    opt = options or AutolabelOptions()
    state = state or JobState()
    started = time.time()  # a label file written or a review made after this is not the run's to replace
    if opt.engine == "ray":
        from app.core.autolabel.engine.ray import autolabel_ray

        return autolabel_ray(source, model, opt, state, on_result=on_result, log=log, started=started)
    if opt.engine != "local":
        raise UsageError(f"unknown engine {opt.engine!r} (choose local or ray)")
    t0 = time.perf_counter()
    validate_options(opt)
    plan = plan_source(source)
    for w in plan.warnings:
        log and log(f"warning: {w}")
    lock = None
    if opt.sink is None:  # labels are written: every label folder must be writable, checked before the model loads
        from app.core.autolabel.writable import check_writable

        check_writable(plan.images, plan.root, opt.out)
        lock = writer_lock(plan, opt, state, log)  # one writer per dataset (DatasetBusyError naming the holder)
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
            early = EarlyDecode(
                plan.images, make_preprocessor(*guess, scale=peek_decode_scale(model, plan.images, opt))
            )
        return _run(plan, model, opt, state, on_result, log, t0, decoder, workers, early, started, lock)
    finally:
        if early is not None:
            early.cancel()
        decoder.shutdown(wait=True, cancel_futures=True)
        cv2.setNumThreads(cv2_threads)
        if lock is not None:
            lock.release()


def _run(
    plan: Plan,
    model: str | os.PathLike[str],
    opt: AutolabelOptions,
    state: JobState,
    on_result: OnResult | None,
    log: Log | None,
    t0: float,
    decoder: ThreadPoolExecutor,
    workers: int,
    early: EarlyDecode | None,
    started: float | None = None,
    lock: WriterLock | None = None,
) -> AutolabelReport:
    loaded = opt.sink.loaded if opt.sink is not None else None  # (backend, resolution) handed over for a second run
    if loaded is not None:
        backend, res = loaded
    else:
        res = resolve_precision(model, plan.images, opt, log=log)  # int8 / bf16 / f32 for "fast", checked
        if res is not None and res.model_path is not None:
            backend = load_backend(res.model_path, "openvino", "int8", opt.device, log=log)
        else:
            backend = load_backend(
                model, opt.backend, res.backend_precision if res else opt.precision, opt.device, log=log
            )
    rs = run_settings(plan, model, backend, opt)
    class_map, names, imgsz, auto, batch, key = rs.class_map, rs.names, rs.imgsz, rs.auto, rs.batch, rs.key
    note = fixed_size_note(model, backend, opt.imgsz)
    if note and log is not None:
        log(note)
    scale = res.decode_scale if res is not None and loaded is None else 1
    key += f"|jpeg=1/{scale}" if scale > 1 else ""
    prec, prec_why = (res.precision, res.why) if res is not None else default_words(opt, backend)
    index = open_run_index(plan, names, opt, backend.task)
    if opt.sink is not None:  # the run's settings, before the first image (app.core.autolabel.sink)
        opt.sink.started(index, imgsz, names, key)
    journal = Journal(index.db_path.parent)
    if lock is not None:  # the writer: a journal temp left by a killed run is nobody's any more
        journal.sweep()
    pending = pending_rels(journal, index)
    pre = make_preprocessor(imgsz, backend.stride, auto, scale)
    depth = max(8, 2 * batch * (backend.in_flight + 1) + 2 * workers)
    labeled = skipped = done = 0
    failed: list[FailedImage] = []
    skip_reasons: dict[str, int] = {}
    total = len(plan.images)

    def wrote(it: Item, cls: npt.NDArray[Any], xywhn: npt.NDArray[Any], conf: npt.NDArray[Any]) -> None:
        if on_result is not None:
            on_result(it.path, cls, xywhn, conf)

    writer = Writer(index, key, journal, pending, on_written=wrote, sink=opt.sink)
    writer.start()
    in_flight: deque[tuple[list[Item], Pending, tuple[int, int, int, int]]] = deque()
    last_progress = 0.0
    state.progress(0, total, "starting")

    def finish_one() -> None:
        nonlocal labeled
        items, fut, shape = in_flight.popleft()
        preds = fut.result()
        for it, cls, xywhn, conf in postprocess(preds, items, shape, opt, backend, class_map):
            writer.put((it, cls, xywhn, conf))
            labeled += 1

    def submit(items: list[Item]) -> None:
        x = batch_input(items, backend, batch)
        for it in items:
            it.x = None
        in_flight.append((items, backend.submit(x), x.shape))
        while len(in_flight) > backend.in_flight:  # one queued behind the busy streams
            finish_one()

    try:
        shared = shared_label_rels(plan, index, log, opt.sink is not None)  # each pair named once; neither is labeled
        stream = _prefetch(feed(plan, index, opt, key, pending, shared, started), pre, decoder, depth, early)
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
                if lock is not None:
                    lock.note_progress(done, total)  # the app shows "auto-label running in another process (N/M)"
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
                except Exception:
                    in_flight.clear()
            if early is not None:
                early.cancel()
            decoder.shutdown(wait=True, cancel_futures=True)
            writer.finish()
        finally:
            if opt.sink is not None and opt.sink.keep_loaded:  # the sink's owner closes it (app.core.audit.run)
                opt.sink.loaded = (backend, res)
            elif loaded is None:
                backend.close()
            index.close()
    if writer.dropped:  # changed by someone while the run went on: left alone, and said so
        labeled -= len(writer.dropped)
        skipped += len(writer.dropped)
        skip_reasons[SKIP_MEANWHILE] = skip_reasons.get(SKIP_MEANWHILE, 0) + len(writer.dropped)
    seconds = time.perf_counter() - t0
    state.progress(total, total, "done")
    return {
        **counts(total, labeled, skipped, failed, seconds, model),
        "backend": backend.describe(),
        "precision": prec,
        "precision_mode": opt.precision,
        "precision_why": prec_why,
        "changed_during_run": skip_reasons.get(SKIP_MEANWHILE, 0),
        "changed_at_write": len(writer.dropped),  # of those: after they were queued, seen when writing
        "task": backend.task,  # detect | segment | obb: boxes, polygons or rotated boxes written
        # extras (not part of the CLI's JSON report)
        "precision_check": res.check if res is not None else {},
        "decode_scale": scale,
        "imgsz": imgsz,
        "batch": batch,
        "skip_reasons": skip_reasons,
        "model_key": key,
        "index": str(index.db_path),
        "class_names": names,
    }


def _prefetch(
    items: Iterable[Item | tuple[Item, str]],
    pre: Preprocessor,
    pool: ThreadPoolExecutor,
    depth: int,
    early: EarlyDecode | None = None,
) -> Iterator[Item | tuple[Item, str]]:
    """Decode ahead on the pool, at most `depth` images outstanding, yielding in source order
    (Items, or the (Item, reason) pairs of images to skip). Images decoded early are taken over."""
    q: deque[tuple[Item, str | Future[Decoded]]] = deque()
    fut: str | Future[Decoded] | None
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
