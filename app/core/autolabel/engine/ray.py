"""Auto-label on a Ray cluster (Ray Data): the workers infer, the driver writes.

    driver: plan (the local engine's source and skip rules, the same index and model key; as the
        local engine, every label folder checked writable and the dataset's writer lock taken
        before the model loads or Ray starts, released on every way out)
        -> ray.data.from_items(images left) -> map_batches(Labeler, ActorPoolStrategy(1..W))
        -> iter_batches(): per batch, in one index transaction, re-check the reviewed flag,
           write the label files atomically (journal first, as the local engine), record them
    worker (one actor per W): loads the model once through the local engine's backends (same
        choice of backend and precision as the driver resolved, same export cache), decodes and
        letterboxes with the local Preprocessor, batches with engine.batch_input, runs Ultralytics'
        NMS through engine.postprocess, and returns per image (i, label lines, predictions,
        error, node). A worker never writes a label file: when the driver dies, nothing on disk
        is unknown to the index. A model the user trusted (--trust-model) is trusted by a worker
        only when its copy has the SHA-256 of the file the driver trusted (worker_trust).

Resume is the index: a killed driver loses at most the batches in flight and the rerun
re-filters. Ray restarts dead actors and retries their tasks; a per-image error (unreadable
image) comes back as a row and the run goes on. Should the Ray execution itself fail (a node
lost with nowhere to restart its actor), the driver starts it again over the images not yet
recorded, a few times. Ray's progress bars are off; the engine's JobState gets progress, rate
and errors, so the CLI bar and the GUI pane work unchanged. Pause stops consuming (Ray's
backpressure then stops the workers); Cancel leaves the loop and shuts the connection down.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import secrets
import socket
import sys
import time
from collections import Counter, deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy.typing as npt

from app.core import offline
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
from app.core.autolabel.engine.stages import Item, Journal, Preprocessor, Writer, label_text
from app.core.autolabel.options import SKIP_MEANWHILE, AutolabelOptions, validate_options
from app.core.autolabel.report import AutolabelReport, FailedImage, counts
from app.core.autolabel.source import plan_source
from app.core.autolabel.writable import check_writable
from app.core.errors import LabelBenchError, UsageError
from app.core.jobs import Cancelled, JobState

if TYPE_CHECKING:
    from app.core.autolabel.backends.base import Pending
    from app.core.autolabel.engine.stages import Result
    from app.core.autolabel.source import Plan
    from app.core.dataset.lock import WriterLock

RAY_EXTRA = "--engine ray needs the optional extra 'ray': pip install 'labelbench[ray]' (or: pip install 'ray[data]')"
RETRIES = 3  # Ray executions started again after a failure of Ray itself (lost node, ...)
CONNECT_TIMEOUT = 10.0  # seconds to reach HOST:PORT before ray.init is even tried


def import_ray() -> Any:
    """The ray module, or one line naming the extra."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise LabelBenchError(RAY_EXTRA) from None
    return ray


def parse_path_map(spec: str | None) -> tuple[str, str] | None:
    """'OLD=NEW' -> (OLD, NEW): images under OLD on the driver are under NEW on the workers."""
    if not spec:
        return None
    old, sep, new = spec.partition("=")
    if not sep or not old or not new:
        raise UsageError(
            f"--ray-path-map takes OLD=NEW (a path prefix on this machine = the same on the workers), got {spec!r}"
        )
    return old.rstrip("/") or "/", new.rstrip("/") or "/"


def map_path(path: str, pm: tuple[str, str] | None) -> str:
    if pm is None:
        return path
    old, new = pm
    if path == old or path.startswith(old + "/") or old == "/":
        rest = path[len(old) :].lstrip("/") if old != "/" else path.lstrip("/")
        return f"{new}/{rest}" if rest else new
    return path


class Labeler:
    """A Ray Data actor: one model load, then `__call__(batch)` per batch of image paths."""

    def __init__(
        self,
        model: str,
        kind: str,
        precision: str,
        device: str,
        cores: int,
        imgsz: int | tuple[int, int] | list[int],
        auto: bool,
        stride: int,
        batch: int,
        opt: AutolabelOptions,
        class_map: dict[int, int] | None,
        env: dict[str, str],
        trusted: str | None = None,
    ) -> None:
        for k, v in env.items():
            os.environ[k] = v
        from concurrent.futures import ThreadPoolExecutor

        import cv2
        import ray

        from app.core.autolabel.backends.precision import default_words
        from app.core.autolabel.backends.runtimes import load_backend
        from app.core.autolabel.engine.worker_trust import adopt_trust
        from app.core.io.models.safety import UnsafeModelError

        cv2.setNumThreads(1)
        self.node = ray.util.get_node_ip_address()  # type: ignore[no-untyped-call, unused-ignore]  # Ray: untyped
        self.worker = ray.get_runtime_context().get_actor_id() or f"{self.node}:{os.getpid()}"
        note = adopt_trust(model, trusted)  # the driver's --trust-model, for this very file only
        try:
            self.backend = load_backend(model, kind, precision, device, cores=cores)
        except LabelBenchError as e:
            raise LabelBenchError(
                f"on node {self.node}: {e}{note if isinstance(e, UnsafeModelError) else ''}"
            ) from None
        if int(self.backend.stride) != int(stride):
            raise LabelBenchError(
                f"on node {self.node}: {model} has stride {self.backend.stride}, "
                f"the driver's copy {stride} (not the same model file)"
            )
        self.pre = Preprocessor(imgsz, stride, auto)
        self.batch, self.opt, self.class_map = batch, opt, class_map
        # the arithmetic this node runs (f32 | bf16 | int8), in the local engine's words
        self.arithmetic = default_words(opt, self.backend)[0]
        self.pool = ThreadPoolExecutor(max_workers=max(1, cores), thread_name_prefix="decode")

    def __call__(self, rows: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        idx = [int(i) for i in rows["i"]]
        paths = [str(p) for p in rows["path"]]
        futs = [self.pool.submit(self.pre.decode, p) for p in paths]
        out = {i: (b"", b"", b"", "", "") for i in idx}  # cls, xywhn, conf, labels, error
        in_flight: deque[tuple[list[Item], Pending, tuple[int, int, int, int]]] = deque()
        backend, batch = self.backend, self.batch

        def finish_one() -> None:
            items, fut, shape = in_flight.popleft()
            for it, cls, xywhn, conf in postprocess(fut.result(), items, shape, self.opt, backend, self.class_map):
                out[it.index] = (
                    cls.astype(np.int64).tobytes(),
                    xywhn.astype(np.float64).tobytes(),
                    conf.astype(np.float64).tobytes(),
                    label_text(it, cls, xywhn),
                    "",
                )

        def submit(items: list[Item]) -> None:
            x = batch_input(items, backend, batch)
            for it in items:
                it.x = None
            in_flight.append((items, backend.submit(x), x.shape))
            while len(in_flight) > backend.in_flight:
                finish_one()

        group: list[Item] = []
        for i, p, fut in zip(idx, paths, futs):
            it = Item(i, p, "", Path(p))
            it.x, it.orig_shape, it.error = fut.result()
            if it.error is not None:
                out[i] = (b"", b"", b"", "", it.error)
                continue
            group = add_to_group(group, it, batch, submit)
        if group:
            submit(group)
        while in_flight:
            finish_one()
        cols = list(zip(*(out[i] for i in idx)))
        # bytes and str columns of any length
        obj: Callable[[Any], npt.NDArray[Any]] = lambda v: np.array(v, dtype=object)  # noqa: E731
        return {
            "i": np.array(idx, np.int64),
            "cls": obj(cols[0]),
            "xywhn": obj(cols[1]),
            "conf": obj(cols[2]),
            "labels": obj(cols[3]),
            "error": obj(cols[4]),
            "node": obj([self.node] * len(idx)),
            "worker": obj([self.worker] * len(idx)),
            "backend": obj([self.backend.describe()] * len(idx)),
            "precision": obj([self.arithmetic] * len(idx)),
        }


class DriverWriter(Writer):
    """The local engine's Writer (journal, stale temp files, on_written) flushed by the driver
    itself, once per Ray batch, in one index transaction that first re-checks the reviewed flag."""

    def flush_checked(self, buf: list[Result], texts: dict[str, str]) -> set[str]:
        """buf: [(Item, cls, xywhn, conf)]; texts: rel -> label lines. Returns the rels dropped
        because someone reviewed, edited or rewrote them since the run was planned
        (Writer.flush_items: the rule of app.core.dataset.write_rule)."""
        return self.flush_items(buf, texts)


def autolabel_ray(
    source: str | os.PathLike[str],
    model: str | os.PathLike[str],
    opt: AutolabelOptions,
    state: JobState | None = None,
    on_result: OnResult | None = None,
    log: Log | None = None,
    started: float | None = None,
) -> AutolabelReport:
    """`engine.autolabel` on a Ray cluster: same options, same files, same index, same report
    (plus "engine", "nodes", "workers", "per_node"). started: when the run began (time.time())."""
    state = state or JobState()
    started = started or time.time()
    t0 = time.perf_counter()
    validate_options(opt)
    _validate_ray(opt)
    path_map = parse_path_map(opt.ray_path_map)
    ray = import_ray()
    if opt.ray_address:
        _check_reachable(opt.ray_address)  # before the model loads: an unreachable cluster fails at once
    plan = plan_source(source)
    for w in plan.warnings:
        log and log(f"warning: {w}")
    lock = None
    if opt.sink is None:  # labels are written: as the local engine, before the model loads or Ray starts
        check_writable(plan.images, plan.root, opt.out)
        lock = writer_lock(plan, opt, state, log)  # one writer per dataset (DatasetBusyError naming the holder)
    try:
        return _run_ray(ray, plan, model, opt, state, on_result, log, t0, path_map, started, lock)
    finally:
        if lock is not None:
            lock.release()


def _run_ray(
    ray: Any,
    plan: Plan,
    model: str | os.PathLike[str],
    opt: AutolabelOptions,
    state: JobState,
    on_result: OnResult | None,
    log: Log | None,
    t0: float,
    path_map: tuple[str, str] | None,
    started: float | None = None,
    lock: WriterLock | None = None,
) -> AutolabelReport:
    from app.core.autolabel.backends.runtimes import load_backend
    from app.core.autolabel.engine.worker_trust import trusted_digest

    gpus = opt.ray_gpus or 0
    # the driver resolves the backend once, as the local engine would, so every worker runs the same
    # one and the labels carry the same model key (a GPU cluster runs the .pt with torch)
    backend = load_backend(model, "pt" if gpus else opt.backend, opt.precision, "cpu", log=log)
    try:
        rs = run_settings(plan, model, backend, opt)
        class_map, names, imgsz, auto, batch, key = rs.class_map, rs.names, rs.imgsz, rs.auto, rs.batch, rs.key
        kind, stride, described, task = backend.kind, int(backend.stride), backend.describe(), backend.task
    finally:
        backend.close()
    index = open_run_index(plan, names, opt, task)
    if opt.sink is not None:  # the run's settings, before the first image (as the local engine)
        opt.sink.started(index, imgsz, names, key)
    journal = Journal(index.db_path.parent)
    if lock is not None:  # the writer: a journal temp left by a killed run is nobody's any more
        journal.sweep()
    pending = pending_rels(journal, index)
    total = len(plan.images)
    skipped, labeled = 0, 0
    failed: list[FailedImage] = []
    skip_reasons: dict[str, int] = {}
    todo: dict[int, Item] = {}
    for it in feed(plan, index, opt, key, pending, shared_label_rels(plan, index, log, opt.sink is not None), started):
        if isinstance(it, tuple):
            skipped += 1
            skip_reasons[it[1]] = skip_reasons.get(it[1], 0) + 1
        else:
            todo[it.index] = it

    def wrote(it: Item, cls: npt.NDArray[Any], xywhn: npt.NDArray[Any], conf: npt.NDArray[Any]) -> None:
        if on_result is not None:
            on_result(it.path, cls, xywhn, conf)

    writer = DriverWriter(index, key, journal, pending, on_written=wrote, sink=opt.sink)
    per_node: Counter[str] = Counter()
    workers_seen: set[str] = set()
    backends: set[str] = set()  # as the workers describe theirs
    precisions: set[str] = set()  # the arithmetic the workers ran: f32 | bf16 | int8
    cluster: dict[str, Any] = {}
    done = skipped
    last_progress = 0.0
    state.progress(done, total, "starting Ray")
    session = None
    try:
        session = _connect(ray, opt, log)
        cluster = _cluster_info(ray)
        # default: one actor per node with all its cores (OpenVINO streams and decode threads inside,
        # as the local engine runs), i.e. the smallest node's CPU count
        cpus = opt.ray_cpus or (1 if gpus else max(1, cluster["min_node_cpus"]))
        cores = max(1, int(cpus))
        n_workers = opt.ray_workers or max(
            1, int(cluster["gpus"] // gpus) if gpus else int(cluster["cpus"] // max(cpus, 1e-9))
        )
        fit = max(1, int(cluster["gpus"] // gpus) if gpus else int(cluster["cpus"] // cpus))  # start these at once
        device = (opt.device if str(opt.device).startswith("cuda") else "cuda") if gpus else opt.device
        env = offline.env()  # the workers import `app` too; this also covers their first imports
        if os.environ.get("LABELBENCH_CACHE"):
            env["LABELBENCH_CACHE"] = os.environ["LABELBENCH_CACHE"]
        worker_opt = dataclasses.replace(opt, sink=None)
        ctor = dict(
            model=map_path(str(Path(model).resolve()), path_map),
            kind=kind,
            precision=opt.precision,
            device=device,
            cores=cores,
            imgsz=imgsz,
            auto=auto,
            stride=stride,
            batch=batch,
            opt=worker_opt,
            class_map=class_map,
            env=env,
            trusted=trusted_digest(model),
        )
        ray_batch = opt.ray_batch or 16
        state.progress(done, total, f"{len(todo)} to label on {cluster['nodes']} node(s), {n_workers} worker(s)")
        for attempt in range(RETRIES + 1):
            if not todo:
                break
            try:
                # one block per Ray batch (a task = a batch, spread over the pool), at most 10,000 blocks
                ds = ray.data.from_items(
                    [{"i": i, "path": map_path(it.path, path_map)} for i, it in todo.items()],
                    override_num_blocks=max(1, min(-(-len(todo) // ray_batch), 10_000)),
                )
                ds = ds.map_batches(
                    Labeler,
                    fn_constructor_kwargs=ctor,
                    batch_size=ray_batch,
                    batch_format="numpy",
                    compute=ray.data.ActorPoolStrategy(
                        min_size=1, max_size=n_workers, initial_size=min(n_workers, fit)
                    ),
                    num_cpus=cpus,
                    num_gpus=gpus or None,
                )
                for b in ds.iter_batches(batch_size=None, batch_format="numpy", prefetch_batches=2):
                    state.check()
                    n, bad = _consume(b, todo, writer, failed, state, per_node, workers_seen, backends, precisions)
                    labeled += n
                    done += len(b["i"])
                    skipped += bad
                    if bad:
                        skip_reasons[_SKIP_MEANWHILE] = skip_reasons.get(_SKIP_MEANWHILE, 0) + bad
                    now = time.perf_counter()
                    if now - last_progress > 0.25 or done == total:
                        last_progress = now
                        state.progress(
                            done,
                            total,
                            f"{labeled} labeled, {skipped} skipped, {len(failed)} failed on {len(per_node)} node(s)",
                        )
                        if lock is not None:
                            lock.note_progress(done, total)  # the app's "running in another process (N/M)"
                break
            except Exception as e:
                if isinstance(e, (Cancelled, LabelBenchError)):
                    raise
                user = _user_error(e)
                if user is not None:
                    raise LabelBenchError(user) from None
                if attempt == RETRIES or not todo:
                    raise LabelBenchError(f"Ray: {_one_line(e)}") from None
                log and log(
                    f"Ray execution failed ({_one_line(e)}); starting again on the "
                    f"{len(todo)} image(s) not recorded yet"
                )
    finally:
        try:
            if session is not None:
                session.close()
        finally:
            index.close()
    seconds = time.perf_counter() - t0
    state.progress(total, total, "done")
    return {
        **counts(total, labeled, skipped, failed, seconds, model),
        "backend": " / ".join(sorted(backends)) or described,
        "engine": "ray",
        "nodes": len(per_node),
        "workers": len(workers_seen),
        "per_node": dict(sorted(per_node.items())),
        "cluster_nodes": cluster.get("nodes", 0),
        "cluster_cpus": cluster.get("cpus", 0),
        "precision": " / ".join(sorted(precisions)) or ("f32" if opt.precision == "exact" else "unknown"),
        "precision_mode": opt.precision,
        "imgsz": imgsz,
        "batch": batch,
        "skip_reasons": skip_reasons,
        "model_key": key,
        "index": str(index.db_path),
        "class_names": names,
        "changed_during_run": skip_reasons.get(SKIP_MEANWHILE, 0),
        "changed_at_write": len(writer.dropped),
        "task": task,
    }


_SKIP_MEANWHILE = SKIP_MEANWHILE


def _consume(
    b: dict[str, Any],
    todo: dict[int, Item],
    writer: DriverWriter,
    failed: list[FailedImage],
    state: JobState,
    per_node: Counter[str],
    workers_seen: set[str],
    backends: set[str],
    precisions: set[str],
) -> tuple[int, int]:
    """One batch from the workers: errors reported, labels written and recorded. (labeled, dropped)."""
    import numpy as np

    buf: list[Result] = []
    texts: dict[str, str] = {}
    for i, c, x, f, text, err, node, worker in zip(
        b["i"], b["cls"], b["xywhn"], b["conf"], b["labels"], b["error"], b["node"], b["worker"]
    ):
        it = todo.pop(int(i), None)
        if it is None:  # a retried task's second answer: already written
            continue
        per_node[str(node)] += 1
        workers_seen.add(str(worker))
        backends.add(str(b["backend"][0]))
        precisions.add(str(b["precision"][0]))
        if err:
            failed.append({"path": it.path, "error": str(err)})
            state.error(it.path, str(err))
            continue
        buf.append(
            (it, np.frombuffer(c, np.int64), np.frombuffer(x, np.float64).reshape(-1, 4), np.frombuffer(f, np.float64))
        )
        texts[it.rel] = str(text)
    dropped = writer.flush_checked(buf, texts) if buf else set()
    return len(buf) - len(dropped), len(dropped)


def _validate_ray(opt: AutolabelOptions) -> None:
    if opt.ray_workers is not None and opt.ray_workers < 1:
        raise UsageError(f"--ray-workers must be at least 1, got {opt.ray_workers}")
    if opt.ray_cpus is not None and opt.ray_cpus <= 0:
        raise UsageError(f"--ray-cpus must be positive, got {opt.ray_cpus}")
    if opt.ray_gpus is not None and opt.ray_gpus < 0:
        raise UsageError(f"--ray-gpus must not be negative, got {opt.ray_gpus}")
    if opt.ray_batch is not None and not 1 <= opt.ray_batch <= 4096:
        raise UsageError(f"--ray-batch must be between 1 and 4096, got {opt.ray_batch}")


class _Session:
    """A connection to Ray: a private local instance (started here, stopped at the end) or a cluster
    joined by address. Restores the environment variables it set."""

    def __init__(self, ray: Any, restore: dict[str, str | None], owned: bool) -> None:
        self.ray, self.restore, self.owned = ray, restore, owned

    def close(self) -> None:
        try:
            if self.owned:
                self.ray.shutdown()
        finally:
            _set_env(self.restore)


def _set_env(values: dict[str, str | None]) -> None:
    """Set (None: unset) environment variables and make Ray read its authentication settings
    again (they are cached when ray is imported; Ray's own tests refresh them so)."""
    for k, v in values.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    try:
        from ray._raylet import AuthenticationTokenLoader, Config  # type: ignore[attr-defined]

        Config.initialize("")
        AuthenticationTokenLoader.instance().reset_cache()
    except (ImportError, AttributeError):  # another Ray version: it read the environment at import
        pass


def _connect(ray: Any, opt: AutolabelOptions, log: Log | None) -> _Session:
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False  # the engine's JobState reports progress
    ctx.enable_operator_progress_bars = False
    ctx.print_on_execution_start = False
    ctx.verbose_stats_logs = False
    ctx.wait_for_min_actors_s = 120  # every initial worker loads its model before the first image goes out
    logging.getLogger("ray").setLevel(logging.WARNING)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)  # "progress bars disabled": ours
    # a failed execution (a worker refusing the model, ...) is one line from the engine, not Ray
    # Data's stack dump on stderr (the nodes' logs keep the workers' tracebacks)
    logging.getLogger("ray.data.exceptions").setLevel(logging.CRITICAL)
    if ray.is_initialized():  # someone in this process connected already: use it, leave it
        return _Session(ray, {}, owned=False)
    restore: dict[str, str | None] = {}
    kw: dict[str, object] = dict(
        include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING, configure_logging=True
    )
    address = opt.ray_address
    if not address:
        # a private instance for this run: token auth with a token of its own, kept in the environment
        # (Ray would otherwise write one to ~/.ray/auth_token); on Linux bound to a loopback address
        new = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32), "RAY_AUTH_TOKEN_PATH": None}
        restore = {k: os.environ.get(k) for k in new}
        _set_env(new)
        kw["num_cpus"] = os.cpu_count() or 1
        if sys.platform.startswith("linux"):
            kw["_node_ip_address"] = "127.0.0.2"
    else:
        _check_reachable(address)
        kw["address"] = address
        _set_env({})  # the token may have been set since ray was imported: read it again
    try:
        ray.init(**kw)
    except Exception as e:
        _set_env(restore)
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        raise LabelBenchError(f"cannot connect to {where}: {_one_line(e)}") from None
    log and log(f"Ray {ray.__version__}: " + (f"joined {address}" if address else "private local instance"))
    return _Session(ray, restore, owned=True)


def _check_reachable(address: str) -> None:
    """HOST:PORT answers within CONNECT_TIMEOUT, or one line (ray.init would retry for minutes)."""
    if address == "auto" or "://" in address:
        return
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit():
        raise UsageError(f"--ray-address takes auto or HOST:PORT, got {address!r}")
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as e:
        raise LabelBenchError(f"cannot reach the Ray cluster at {address}: {e.strerror or e}") from None


def _cluster_info(ray: Any) -> dict[str, Any]:
    res = ray.cluster_resources()
    nodes = [n for n in ray.nodes() if n.get("Alive")]
    per_node = [int(n.get("Resources", {}).get("CPU", 0)) for n in nodes]
    return {
        "nodes": len(nodes),
        "cpus": float(res.get("CPU", 0)),
        "gpus": float(res.get("GPU", 0)),
        "min_node_cpus": min([c for c in per_node if c > 0] or [1]),
    }


def _user_error(e: BaseException) -> str | None:
    """The LabelBenchError a worker raised (a model missing on a node, ...), found in Ray's wrappers."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [e]
    while stack:
        x = stack.pop()
        if x is None or id(x) in seen:
            continue
        seen.add(id(x))
        if isinstance(x, LabelBenchError):
            return str(x)
        stack += [getattr(x, "cause", None), x.__cause__, x.__context__]
    text = str(e)
    marker = "LabelBenchError: "
    if marker in text:
        return text.rsplit(marker, 1)[1].strip().splitlines()[0]
    return None


def _one_line(e: BaseException) -> str:
    lines = [ln.strip() for ln in str(e).strip().splitlines() if ln.strip()]
    return f"{type(e).__name__}: {lines[-1] if lines else ''}"[:300]
