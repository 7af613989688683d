"""`audit(source, model, options, state) -> AuditReport`: the model over the labeled images with
the auto-label engine (predictions only, down to a low confidence, into the dataset index; a rerun
with the same model and settings reuses them), then every image's current labels against them.
Label files are only read, never written."""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.core.audit.findings import AuditReport, ImageAudit
from app.core.audit.labels import read_label_lines
from app.core.audit.score import DEFAULT, AuditParams, find
from app.core.errors import FileError
from app.core.jobs import JobState

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
    zoom: bool = True                 # second look on crops around the suspicious places (app.core.audit.zoom)
    engine: dict = field(default_factory=dict)  # AutolabelOptions' engine / ray_* fields (a Ray cluster)
    params: AuditParams = field(default_factory=lambda: DEFAULT)


class PredictionSink:
    """The engine's output when auditing: predictions into the index's audit table, not label files."""

    def __init__(self, force: bool = False):
        self.force = force
        self._keys: dict[str, str] | None = None
        self.keep_loaded = False
        self.loaded = None  # (backend, resolution) of the run, for the second look (see AutolabelOptions.sink)

    def _table(self, index):
        from app.core.dataset.audit_table import AuditTable
        return AuditTable(index)

    def skip_reason(self, index, rel: str, key: str) -> str | None:
        if not os.path.exists(index.label_path(rel)):
            return SKIP_UNLABELED
        if self.force:
            return None
        if self._keys is None:  # one query for the whole run
            self._keys = dict(index._q("SELECT i.rel, p.model_key FROM audit_predictions p "
                                       "JOIN images i ON i.id = p.image_id"))
        return SKIP_AUDITED if self._keys.get(rel) == key else None

    def record(self, index, items, key: str) -> None:
        self._table(index).record_predictions(items, key)


def dismissed_sigs(index) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for rel, sig in index._q("SELECT i.rel, d.sig FROM audit_dismissed d JOIN images i ON i.id = d.image_id"):
        out.setdefault(rel, set()).add(sig)
    return out


def model_identity(model_key: str) -> str:
    """The model part of an engine key (its file hash): dismissals outlive --conf and the like."""
    return model_key.split("|", 1)[0]


def audit(source, model, options: AuditOptions | None = None, state: JobState | None = None,
          log=None) -> AuditReport:
    from app.core.autolabel.engine import AutolabelOptions, autolabel
    from app.core.autolabel.source import plan_source
    opt = options or AuditOptions()
    state = state or JobState()
    t0 = time.perf_counter()
    plan = plan_source(source)
    sink = PredictionSink(opt.force)
    sink.keep_loaded = opt.zoom and not opt.engine  # the second look runs on the model loaded here
    try:
        eng = autolabel(source, model, AutolabelOptions(
            conf=opt.conf, iou=opt.iou, imgsz=opt.imgsz, device=opt.device, batch=opt.batch, backend=opt.backend,
            precision=opt.precision, map_classes=opt.map_classes, workers=opt.workers, sink=sink, **opt.engine),
            state, log=log)

        def run_engine(folder, crop_sink):
            state.progress(0, 0, "second look")
            crop_sink.loaded = sink.loaded
            autolabel(folder, model, AutolabelOptions(
                conf=opt.conf, iou=opt.iou, imgsz=opt.imgsz, device=opt.device, batch=opt.batch,
                backend=opt.backend, precision=opt.precision, map_classes=opt.map_classes, workers=opt.workers,
                sink=crop_sink), state)

        report = score_dataset(plan, eng["model_key"], eng["class_names"], opt.params, state,
                               zoom=run_engine if opt.zoom else None, side=_side(eng.get("imgsz")))
    finally:
        if sink.loaded is not None:
            sink.loaded[0].close()
    report.model = str(Path(model).resolve())
    report.inference = eng
    report.seconds = round(time.perf_counter() - t0, 3)
    return report


def _side(imgsz) -> int:
    """The square the second look's mosaics fill: the model's input size (int or [h, w])."""
    if isinstance(imgsz, (list, tuple)) and imgsz:
        return int(max(imgsz))
    return int(imgsz or 640)


def score_dataset(plan, model_key: str, class_names, params: AuditParams = DEFAULT,
                  state: JobState | None = None, zoom=None, side: int = 640) -> AuditReport:
    """Findings for every image of the plan that has a label file and audit predictions of
    model_key (zoom: the engine runner for a second look on mosaics of side x side pixels, see
    app.core.audit.zoom, fed while the images are scored, so their decoding runs on the other
    core); the per-image summaries (dismissed findings left out) go to the index."""
    from app.core.audit.zoom import SecondLook
    from app.core.dataset.audit_table import AuditTable
    from app.core.dataset.index import DatasetIndex
    state = state or JobState()
    names = list(plan.class_names or class_names)
    ranked: list[ImageAudit] = []
    warnings: list[str] = []
    ident = model_identity(model_key)
    look = SecondLook(plan.root, params, class_names=names, side=side) if zoom is not None else None
    try:
        with DatasetIndex(plan.root, names, source=plan.source) as index:
            preds = {rel: (np.frombuffer(c, np.int64), np.frombuffer(b, np.float64).reshape(-1, 4),
                           np.frombuffer(f, np.float64)) for rel, c, b, f in index._q(
                "SELECT i.rel, p.cls, p.xywhn, p.conf FROM audit_predictions p "
                "JOIN images i ON i.id = p.image_id WHERE p.model_key=?", (model_key,))}
            dismissed = dismissed_sigs(index)
            root = str(plan.root)
            total = len(plan.images)
            for k, path in enumerate(plan.images):
                if k % 256 == 0:
                    state.check()
                    state.progress(k, total, "scoring")
                rel = Path(os.path.relpath(path, root)).as_posix()
                got = preds.get(rel)
                a = _score_image(index, rel, got, names, params, dismissed.get(rel), ident, warnings) if got else None
                if a is not None:
                    ranked.append(a)
                    if zoom is not None:
                        look.offer(a)
            crops = 0
            if zoom is not None:
                state.progress(total, total, "second look")
                crops = look.finish(zoom, ranked)
            AuditTable(index).set_summaries([(a.image, a.score, len(a.findings), kinds_text(a.findings),
                                              json.dumps([f.to_json() for f in a.findings])) for a in ranked])
    finally:
        if look is not None:
            look.close()
    ranked.sort(key=lambda a: -a.score)  # stable: ties keep dataset order
    state.progress(total, total, "done")
    return AuditReport(images=len(ranked), labels=sum(a.n_labels for a in ranked), model="", ranked=ranked,
                       warnings=warnings, class_names=names, crops=crops)


def _score_image(index, rel: str, got, names, params, gone, ident: str, warnings: list) -> ImageAudit | None:
    """One image's findings (its label file against its predictions, got = (cls, xywhn, conf)),
    dismissed ones left out; None where it has no label file or one that cannot be read (named in
    warnings)."""
    try:
        lab = read_label_lines(index.label_path(rel), len(names) or None)
    except FileError as e:  # the image is left out, with one line saying why
        warnings.append(str(e))
        return None
    if lab is None:
        return None
    l_cls, l_box, l_line, problems = lab
    warnings += problems
    found = find(l_cls, l_box, l_line, *got, params)
    if gone:
        found = [f for f in found if not f.dismissed_by(gone, ident)]
    return ImageAudit(rel, found, len(l_cls))


def kinds_text(findings) -> str:
    """Distinct kinds, worst first: "swap badloc"."""
    seen: list[str] = []
    for f in findings:
        if f.kind not in seen:
            seen.append(f.kind)
    return " ".join(seen)
