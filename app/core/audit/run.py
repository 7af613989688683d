"""`audit(source, model, options, state) -> AuditReport`: the model over the labeled images with
the auto-label engine (predictions only, down to a low confidence, into the dataset index; a rerun
with the same model and settings reuses them), then every image's current labels against them.
Label files are only read, never written."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from app.core.audit.findings import AuditReport
from app.core.audit.score import DEFAULT, AuditParams
from app.core.jobs import JobState

if TYPE_CHECKING:
    from app.core.audit.background import BackgroundScorer
    from app.core.audit.findings import Finding
    from app.core.audit.scorer import Row, RowShapes, Scored
    from app.core.audit.zoom import RunEngine, SecondLook
    from app.core.autolabel.options import AutolabelOptions
    from app.core.autolabel.sink import Item, PredictionSink
    from app.core.autolabel.source import Plan
    from app.core.dataset.audit_table import AuditTable
    from app.core.dataset.index import DatasetIndex
    from app.core.io.shapes import Labels

SKIP_AUDITED = "already audited with the same model and settings (--force predicts again)"
SKIP_UNLABELED = "no label file (not labeled yet)"


@dataclass
class AuditOptions:
    conf: float = 0.05
    iou: float = 0.7
    imgsz: int | None = None
    device: str = "cpu"
    batch: int | None = None
    backend: str = "auto"
    precision: str = "fast"
    map_classes: str | None = None
    workers: int | None = None
    force: bool = False
    zoom: bool = True  # second look on crops around the suspicious places (app.core.audit.zoom)
    engine: dict[str, Any] = field(default_factory=dict)  # AutolabelOptions' engine / ray_* fields (a Ray cluster)
    params: AuditParams = field(default_factory=lambda: DEFAULT)
    background: bool | None = None  # score beside the first look in a second process (None: from 1,000
    # images on and 2+ cores; app.core.audit.background)


class AuditSink:
    """The engine's output when auditing: predictions into the index's audit table, not label files;
    with `start_background` (called once the run's settings are known, see `started`), each
    recorded image also goes to the background scorer it returns (app.core.audit.background)."""

    def __init__(
        self,
        force: bool = False,
        start_background: Callable[[DatasetIndex, list[int], list[str]], BackgroundScorer | None] | None = None,
    ) -> None:
        self.force = force
        self._keys: dict[str, str] | None = None
        self.keep_loaded = False
        self.loaded: tuple[Any, Any] | None = (
            None  # (backend, resolution) of the run, for the second look (see AutolabelOptions.sink)
        )
        self.start_background = start_background  # (index, imgsz, names) -> BackgroundScorer | None
        self.background: BackgroundScorer | None = None

    def _table(self, index: DatasetIndex) -> AuditTable:
        from app.core.dataset.audit_table import AuditTable

        return AuditTable(index)

    def started(self, index: DatasetIndex, imgsz: list[int], names: list[str], key: str) -> None:
        if self.start_background is not None and self.background is None:
            self.background = self.start_background(index, imgsz, names)

    def skip_reason(self, index: DatasetIndex, rel: str, key: str) -> str | None:
        if not os.path.exists(index.label_path(rel)):
            return SKIP_UNLABELED
        if self.force:
            return None
        if self._keys is None:  # one query for the whole run
            self._keys = dict(
                index._q("SELECT i.rel, p.model_key FROM audit_predictions p JOIN images i ON i.id = p.image_id")
            )
        return SKIP_AUDITED if self._keys.get(rel) == key else None

    def record(self, index: DatasetIndex, items: list[Item], key: str) -> None:
        """items: (rel, cls, xywhn, conf) or, from a -seg / -obb model, (rel, cls, xywhn, conf, Labels)."""
        self._table(index).record_predictions(items, key)
        if self.background is not None:
            self.background.add(
                [
                    (
                        rel,
                        str(index.label_path(rel)),
                        np.asarray(c, np.int64).reshape(-1),
                        np.asarray(b, np.float64).reshape(-1, 4),
                        np.asarray(f, np.float64).reshape(-1),
                        _row_shapes(index, rel, shapes[0] if shapes else None),
                    )
                    for rel, c, b, f, *shapes in items
                ],
                model_identity(key),
            )


def _row_shapes(index: DatasetIndex, rel: str, labels: Labels | None) -> RowShapes | None:
    """A scoring row's shapes: (kinds, coords, image path) of a -seg / -obb model's Labels, None
    for boxes (app.core.audit.scorer.score_image)."""
    from app.core.io.shapes import BOX

    if labels is None or (len(labels) and all(k == BOX for k in labels.kinds)):
        return None
    return tuple(labels.kinds), list(labels.coords), os.path.join(str(index.root), rel)


def dataset_task(index: DatasetIndex) -> str | None:
    """The dataset task, "segment" or "obb", where the dataset's labels or its auto-label run say so (what an
    8-number label line is, app.core.dataset.kinds), else None (the model's task decides)."""
    from app.core.dataset.kinds import summary

    task = summary(index, examples=0)["task"]
    return task if task in ("segment", "obb") else None


def dismissed_sigs(index: DatasetIndex) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for rel, sig in index._q("SELECT i.rel, d.sig FROM audit_dismissed d JOIN images i ON i.id = d.image_id"):
        out.setdefault(rel, set()).add(sig)
    return out


def model_identity(model_key: str) -> str:
    """The model part of an engine key (its file hash): dismissals outlive --conf and the like."""
    return model_key.split("|", 1)[0]


def audit(
    source: str | os.PathLike[str],
    model: str | os.PathLike[str],
    options: AuditOptions | None = None,
    state: JobState | None = None,
    log: Callable[[str], object] | None = None,
) -> AuditReport:
    from app.core.audit import background as bg
    from app.core.audit.zoom import SecondLook
    from app.core.autolabel.engine.local import AutolabelOptions, autolabel
    from app.core.autolabel.source import plan_source

    opt = options or AuditOptions()
    state = state or JobState()
    t0 = time.perf_counter()
    plan = plan_source(source)
    local = opt.engine.get("engine", "local") == "local"  # the CLI always names the engine
    use_bg = (
        opt.background
        if opt.background is not None
        else (len(plan.images) >= bg.MIN_IMAGES and (os.cpu_count() or 1) >= 2)
    )
    looks: list[SecondLook] = []

    def start_background(index: DatasetIndex, imgsz: list[int], names: list[str]) -> BackgroundScorer | None:
        names = list(plan.class_names or names)
        if opt.zoom:
            looks.append(SecondLook(plan.root, opt.params, class_names=names, side=_side(imgsz)))
        try:
            return bg.BackgroundScorer(
                names,
                opt.params,
                dismissed_sigs(index),
                looks[0].cutter_args() if looks else None,
                dataset_task(index),
            )
        except OSError:  # no second process to be had: the scoring runs here, after the first look
            return None

    sink = AuditSink(opt.force, start_background if use_bg else None)
    sink.keep_loaded = opt.zoom and local  # the second look runs on the model loaded here

    def engine_options(a_sink: PredictionSink, **engine: Any) -> AutolabelOptions:
        return AutolabelOptions(
            conf=opt.conf,
            iou=opt.iou,
            imgsz=opt.imgsz,
            device=opt.device,
            batch=opt.batch,
            backend=opt.backend,
            precision=opt.precision,
            map_classes=opt.map_classes,
            workers=opt.workers,
            sink=a_sink,
            **engine,
        )

    try:
        eng = autolabel(source, model, engine_options(sink, **opt.engine), state, log=log)

        def run_engine(folder: Path, crop_sink: PredictionSink) -> None:
            state.progress(0, 0, "second look")
            crop_sink.loaded = sink.loaded
            autolabel(folder, model, engine_options(crop_sink), state)

        report = score_dataset(
            plan,
            eng["model_key"],
            eng["class_names"],
            opt.params,
            state,
            zoom=run_engine if opt.zoom else None,
            side=_side(eng.get("imgsz")),
            background=sink.background,
            look=looks[0] if looks else None,
        )
    finally:
        if sink.background is not None:
            sink.background.close()
        for look in looks:
            look.close()
        if sink.loaded is not None:
            sink.loaded[0].close()
    report.model = str(Path(model).resolve())
    report.inference = eng
    report.seconds = round(time.perf_counter() - t0, 3)
    return report


def _side(imgsz: int | list[int] | tuple[int, ...] | None) -> int:
    """The square the second look's mosaics fill: the model's input size (int or [h, w])."""
    if isinstance(imgsz, (list, tuple)) and imgsz:
        return int(max(imgsz))
    return int(cast("int | None", imgsz) or 640)  # a list here is empty: 640


def score_dataset(
    plan: Plan,
    model_key: str,
    class_names: Sequence[str],
    params: AuditParams = DEFAULT,
    state: JobState | None = None,
    zoom: RunEngine | None = None,
    side: int = 640,
    background: BackgroundScorer | None = None,
    look: SecondLook | None = None,
) -> AuditReport:
    """Findings for every image of the plan that has a label file and audit predictions of
    model_key (zoom: the engine runner for a second look on mosaics of side x side pixels, see
    app.core.audit.zoom); the per-image summaries (dismissed findings left out) go to the index.
    background: the BackgroundScorer the first look fed (it scores what it was not sent), with
    `look` the SecondLook its crops went to; without one, the scoring runs here. Both are closed."""
    from app.core.audit.background import BackgroundFailed
    from app.core.audit.zoom import SecondLook
    from app.core.dataset.audit_table import AuditTable
    from app.core.dataset.index import DatasetIndex

    state = state or JobState()
    names = list(plan.class_names or class_names)
    ident = model_identity(model_key)
    if zoom is not None and look is None:
        look = SecondLook(plan.root, params, class_names=names, side=side)
    try:
        with DatasetIndex(plan.root, names, source=plan.source) as index:
            preds = _stored_predictions(index, model_key)
            task = dataset_task(index)
            order: dict[str, int] = {}
            root = str(plan.root)
            for k, path in enumerate(plan.images):
                order.setdefault(_rel(path, root), k)
            from app.core.io.layout import shared_label_groups

            for _label, group in shared_label_groups((rel, index.label_path(rel)) for rel in order):
                for rel in group:  # one label file, two images: neither is audited (named by the engine)
                    order.pop(rel, None)

            def rows(skip: Collection[str] = ()) -> list[Row]:
                return [
                    (rel, str(index.label_path(rel)), *preds[rel]) for rel in order if rel in preds and rel not in skip
                ]

            note = []
            result = None
            if background is not None:
                state.progress(0, 0, "scoring")
                background.add(rows(background.sent), ident)
                try:
                    result = background.finish(state.check, lambda n, of: state.progress(n, of, "scoring"))
                except BackgroundFailed as e:  # everything again, here
                    note = [f"{e}; scored in this process instead"]
                    if look is not None:
                        look.close()
                        look = SecondLook(plan.root, params, class_names=names, side=side)
            if result is None:
                result = _score_here(rows(), names, params, dismissed_sigs(index), ident, look, state, task)
            audits, warnings, todo, crops = result
            warnings = note + warnings
            seen: set[str] = set()
            ranked = [
                a
                for a in sorted(audits, key=lambda a: order.get(a.image, len(order)))  # dataset order
                # (ignore below) set.add() returns None: the test is whether the image was seen before
                if a.image in order and not (a.image in seen or seen.add(a.image))  # type: ignore[func-returns-value]
            ]
            if look is not None:
                look.finish(cast("RunEngine", zoom), ranked, todo)  # a look comes with zoom
            AuditTable(index).set_summaries(
                [
                    (
                        a.image,
                        a.score,
                        len(a.findings),
                        kinds_text(a.findings),
                        json.dumps([f.to_json() for f in a.findings]),
                    )
                    for a in ranked
                ]
            )
    finally:
        if background is not None:
            background.close()
        if look is not None:
            look.close()
    ranked.sort(key=lambda a: -a.score)  # stable: ties keep dataset order
    total = len(plan.images)
    state.progress(total, total, "done")
    return AuditReport(
        images=len(ranked),
        labels=sum(a.n_labels for a in ranked),
        model="",
        ranked=ranked,
        warnings=warnings,
        class_names=names,
        crops=crops,
    )


def _stored_predictions(
    index: DatasetIndex, model_key: str
) -> dict[str, tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.float64], RowShapes | None]]:
    """rel -> (cls, xywhn, conf, shapes) of the audit predictions stored for model_key (shapes:
    (kinds, coords, image path) of a -seg / -obb model's, else None; see _row_shapes)."""
    from app.core.dataset.predicted.shape_blob import decode

    out = {}
    root = str(index.root)
    for rel, c, b, f, blob in index._q(
        "SELECT i.rel, p.cls, p.xywhn, p.conf, p.shapes FROM audit_predictions p "
        "JOIN images i ON i.id = p.image_id WHERE p.model_key=?",
        (model_key,),
    ):
        shapes = None
        if blob is not None:
            try:
                kinds, coords = decode(blob)
                shapes = (kinds, coords, os.path.join(root, rel))
            except ValueError:  # a hand-edited row: its boxes are still there
                pass
        out[rel] = (
            np.frombuffer(c, np.int64),
            np.frombuffer(b, np.float64).reshape(-1, 4),
            np.frombuffer(f, np.float64),
            shapes,
        )
    return out


def _score_here(
    rows: list[Row],
    names: list[str],
    params: AuditParams,
    dismissed: dict[str, set[str]],
    ident: str,
    look: SecondLook | None,
    state: JobState,
    task: str | None = None,
) -> Scored:
    """Scorer.finish()'s result for rows scored in this process (crops cut after the scoring)."""
    from app.core.audit.scorer import Scorer

    scorer = Scorer(names, params, dismissed, look.cutter() if look is not None else None, task=task)
    try:
        for k in range(0, len(rows), 256):
            state.check()
            state.progress(k, len(rows), "scoring")
            scorer.add(rows[k : k + 256], ident)
        if look is not None:
            state.progress(0, 0, "second look")
        return scorer.finish(state.check)
    finally:
        scorer.close()


def _rel(path: str, root: str) -> str:
    """The image's path relative to the dataset root, posix (a string cut where it can be)."""
    if path.startswith(root) and path[len(root) : len(root) + 1] == os.sep and os.path.normpath(path) == path:
        rel = path[len(root) + 1 :]
    else:
        rel = os.path.relpath(path, root)
    return rel.replace(os.sep, "/") if os.sep != "/" else rel


def kinds_text(findings: Iterable[Finding]) -> str:
    """Distinct kinds, worst first: "swap badloc"."""
    seen: list[str] = []
    for f in findings:
        if f.kind not in seen:
            seen.append(f.kind)
    return " ".join(seen)
