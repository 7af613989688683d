"""Auto-label runs that keep existing labels and still give Review and Evaluate the model's view.

    existing_labels("data.yaml")   # {"images": 24, "foreign": 24, "reviewed": 0, "ours": 0, "none": 0, ...}
    run("data.yaml", model, opt, state, keep=SEPARATE)   # labels into opt.out, predictions into the index

Three ways to treat images that already have labels autolabel did not write (hand-made, imported,
or reviewed):
  SEPARATE  keep them: every image is labeled into a separate folder (opt.out)
  SKIP      keep them: only the other images are labeled (in place)
  REPLACE   overwrite them (opt.overwrite_reviewed; the GUI asks to confirm)
In every case the model's predictions for every image end up in the dataset's own index:
written labels are recorded as usual; for kept label files `DatasetIndex.record_model_view`
stores the predictions and confidences without touching the labels' status (SEPARATE: from the
run's results; SKIP: a predictions-only pass over the kept images).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy.typing as npt

from app.core.autolabel.engine.local import SKIP_FOREIGN, SKIP_REVIEWED, AutolabelOptions, autolabel
from app.core.autolabel.sink import Item
from app.core.jobs import JobState

if TYPE_CHECKING:
    from app.core.autolabel.engine.shared import Log, OnResult
    from app.core.autolabel.report import AutolabelReport
    from app.core.dataset.index import DatasetIndex

SEPARATE, SKIP, REPLACE = "separate", "skip", "replace"
FLUSH = 64


def existing_labels(source: str | os.PathLike[str], examples: int = 3) -> dict[str, Any]:
    """What a run in place would find: images whose label file autolabel did not write
    ("foreign"), reviewed or edited by a person ("reviewed"), written by an earlier run ("ours"),
    none yet ("none"). The same rule the engine applies (engine.feed), without loading a model."""
    from app.core.autolabel.engine.shared import feed, open_run_index
    from app.core.autolabel.source import plan_source

    plan = plan_source(source)
    opt = AutolabelOptions()
    index = open_run_index(plan, plan.class_names, opt)
    out: dict[str, Any] = {
        "images": len(plan.images),
        "foreign": 0,
        "reviewed": 0,
        "ours": 0,
        "none": 0,
        "examples": [],
        "root": str(plan.root),
    }
    try:
        for got in feed(plan, index, opt, key="\0no model key\0", pending=set()):
            if isinstance(got, tuple):
                it, reason = got
                kind = "foreign" if reason == SKIP_FOREIGN else "reviewed" if reason == SKIP_REVIEWED else "ours"
                out[kind] += 1
                if kind != "ours" and len(out["examples"]) < examples:
                    out["examples"].append(it.rel)
            elif Path(got.label_path).exists():
                out["ours"] += 1
            else:
                out["none"] += 1
    finally:
        index.close()
    return out


class _ModelViewSink:
    """Predictions-only output (no label file read or written) for a set of images: into the
    dataset index's predictions, beside the kept labels."""

    def __init__(self, rels: set[str]) -> None:
        self.rels = rels
        self.keep_loaded = False
        self.loaded: tuple[Any, Any] | None = None

    def started(self, index: DatasetIndex, imgsz: list[int], names: list[str], key: str) -> None:
        pass

    def skip_reason(self, index: DatasetIndex, rel: str, key: str) -> str | None:
        return None if rel in self.rels else "labeled by this run"

    def record(self, index: DatasetIndex, items: list[Item], key: str) -> None:
        index.record_model_view(items, key)


def run(
    source: str | os.PathLike[str],
    model: str | os.PathLike[str],
    options: AutolabelOptions,
    state: JobState | None = None,
    keep: str = SKIP,
    on_result: OnResult | None = None,
    log: Log | None = None,
) -> AutolabelReport:
    """autolabel() with one of the three ways for existing labels; the report gains
    "keep", "model_view" (images whose predictions went to the index beside kept labels) and
    "dataset_root" (the dataset the predictions are stored for)."""
    from app.core.autolabel.source import plan_source
    from app.core.dataset.index import DatasetIndex

    state = state or JobState()
    opt = replace(options)
    if keep == SEPARATE and not opt.out:
        raise ValueError("keep=SEPARATE needs options.out")
    if keep == REPLACE:
        opt.overwrite_reviewed = True
    elif keep == SKIP:
        opt.out, opt.overwrite_reviewed = None, False
    plan = plan_source(source)
    root = Path(plan.root).resolve()
    recorded = 0
    if keep == SEPARATE:
        index = DatasetIndex(plan.root, source=plan.source)  # the dataset's own index, not the out folder's
        buf: list[Item] = []
        key: dict[str, str] = {}

        def flush() -> None:
            nonlocal recorded
            if buf:
                index.record_model_view(list(buf), key.get("k", ""))
                recorded += len(buf)
                buf.clear()

        def collect(path: str, cls: npt.NDArray[Any], xywhn: npt.NDArray[Any], conf: npt.NDArray[Any]) -> None:
            buf.append((Path(path).resolve().relative_to(root).as_posix(), cls, xywhn, conf))
            if len(buf) >= FLUSH:
                flush()
            if on_result is not None:
                on_result(path, cls, xywhn, conf)

        assert opt.out is not None  # SEPARATE labels into opt.out
        key["k"] = f"labels in {Path(opt.out).expanduser().resolve()}"  # where this model's labels went
        try:
            report = autolabel(source, model, opt, state, on_result=collect, log=log)
        finally:
            try:
                flush()
            finally:
                index.close()
    else:
        todo: set[str] = set()
        if keep == SKIP:
            ex = existing_labels(source, examples=0)
            if ex["foreign"] or ex["reviewed"]:
                todo = _kept_rels(source)
        report = autolabel(source, model, opt, state, on_result=on_result, log=log)
        if todo:
            state.progress(0, len(todo), "the model's view of the kept labels")
            side = autolabel(source, model, replace(opt, sink=_ModelViewSink(todo), force=True), state, log=log)
            recorded = side["labeled"]
    report.update({"keep": keep, "model_view": recorded, "dataset_root": str(root)})
    return report


def _kept_rels(source: str | os.PathLike[str]) -> set[str]:
    """rels of the images a run in place keeps (foreign or reviewed label files)."""
    from app.core.autolabel.engine.shared import feed, open_run_index
    from app.core.autolabel.source import plan_source

    plan = plan_source(source)
    opt = AutolabelOptions()
    index = open_run_index(plan, plan.class_names, opt)
    try:
        return {
            it.rel
            for it, reason in (g for g in feed(plan, index, opt, "\0", set()) if isinstance(g, tuple))
            if reason in (SKIP_FOREIGN, SKIP_REVIEWED)
        }
    finally:
        index.close()
