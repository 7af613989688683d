"""`snap_labels(source, options, state) -> report`: tighten the auto-label boxes of a dataset.

Every box of every label file an auto-label run wrote (status "auto", not edited by a person) is
snapped from itself as a loose box (app.core.assist.snap, method auto by default); the snapped box
replaces it only when the snap is confident (>= min_confidence) and moves no side by more than
max_move of the box's size, so a box the snap cannot improve stays as it was. Labels reviewed or
edited by a person, and label files no auto-label run wrote, are left alone unless
overwrite_reviewed is set (their review is then withdrawn: a person should look again).

Resumable, never half-written (the rules of the auto-label engine): one writer per dataset (the
writer lock); each label file is replaced atomically; before it is, one line goes to the run's
journal (`<index folder>/snap-labels.journal`, fsync'ed): the image, the SHA-256 of the file before
and after, and every box before and after. A run killed at any moment leaves each file either as
it was (the next run snaps it again) or as snapped (the next run finds its "after" hash and counts
it as done, with the boxes the journal holds, so the report still says how much each box moved).
A file whose contents are the output of an earlier snap is not snapped twice (force does). The
report lists every image and, for each box, where it was, where it is, and how far it moved.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.assist.request import BadRequest, NothingFound, SnapRequest
from app.core.assist.snap import read_for_snap, snap
from app.core.errors import FileError, LabelBenchError, UsageError
from app.core.jobs import JobState
from app.core.pipeline.model import Pipeline

if TYPE_CHECKING:
    from app.core.dataset.index import DatasetIndex, ImageRow
    from app.core.io.yolo_labels import LabelIssue, Labels

JOURNAL_NAME = "snap-labels.journal"
REPORT_VERSION = 1
SNAPPED, EARLIER, UNCHANGED, WOULD = "snapped", "snapped earlier", "unchanged", "would snap"
SKIP_REVIEWED = "labels reviewed or edited by a person (--overwrite-reviewed tightens them too)"
SKIP_FOREIGN = "label file not written by autolabel (--overwrite-reviewed tightens it too)"
SKIP_BAD_LINES = "label file has lines that cannot be read (fix them in Review first)"
SKIP_CHANGED = "label file or review changed while snapping (run again)"
SKIP_NO_BOXES = "no boxes of the chosen classes"


@dataclass
class SnapLabelsOptions:
    classes: list[int] | None = None  # class ids to tighten (None: all)
    dry_run: bool = False  # report what would change, write nothing
    method: str = "auto"
    pipeline: Pipeline | None = None
    overwrite_reviewed: bool = False
    force: bool = False  # snap again files an earlier run already snapped
    min_confidence: float = 0.5
    max_move: float = 0.25  # a side may move at most this share of the box's width / height


def file_sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read(path: Path) -> bytes | None:
    from app.core.io.regular import read_regular_bytes
    from app.core.io.yolo_labels import LABEL_MAX_BYTES

    if not os.path.exists(path):
        return None
    return read_regular_bytes(path, LABEL_MAX_BYTES, "label file")


class Journal:
    """The run's journal: one JSON object per line, appended and fsync'ed before the label file is
    replaced. Read back as {rel: last entry}; a torn last line (a kill mid-write) is ignored."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / JOURNAL_NAME

    def entries(self) -> dict[str, dict[str, Any]]:
        from app.core.io.own_files import is_safe_rel, read_own_text

        try:
            text = read_own_text(self.path, "the snap-labels journal")
        except FileError as e:
            if "not a text file" in e.reason:
                return {}
            raise
        out: dict[str, dict[str, Any]] = {}
        for line in (text or "").splitlines():
            try:
                e = json.loads(line)  # type: ignore[misc]  # a new name, not the except clause's e
            except ValueError:
                continue
            if (
                isinstance(e, dict)
                and isinstance(e.get("image"), str)
                and is_safe_rel(e["image"])
                and isinstance(e.get("before"), str)
                and isinstance(e.get("after"), str)
                and isinstance(e.get("boxes"), list)
            ):
                out[e["image"]] = e
        return out

    def append(self, entry: dict[str, Any]) -> None:
        from app.core.io.own_files import open_own

        fd = open_own(self.path, "the snap-labels journal", os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, (json.dumps(entry, separators=(",", ":")) + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def compact(self, keep: list[dict[str, Any]]) -> None:
        from app.core.io.atomic import atomic_write_text
        from app.core.io.own_files import refuse_unless_regular

        refuse_unless_regular(self.path, "the snap-labels journal")
        atomic_write_text(self.path, "".join(json.dumps(e, separators=(",", ":")) + "\n" for e in keep))


def label_text(cls: np.ndarray, xywhn: np.ndarray, conf: np.ndarray | None = None) -> str:
    """5 columns (6 with confidences), 6 decimals: app.core.io.yolo_labels.format_labels' format."""
    from app.core.io.yolo_labels import format_labels

    if conf is None:
        return format_labels(cls, xywhn)
    return "".join(
        f"{int(c)} {x:.6f} {y:.6f} {w:.6f} {h:.6f} {f:.6f}\n"
        for c, (x, y, w, h), f in zip(cls, np.asarray(xywhn, float).reshape(-1, 4), conf)
    )


def to_px(xywhn: np.ndarray, w: int, h: int) -> list[float]:
    x, y, bw, bh = (float(v) for v in xywhn)
    return [(x - bw / 2) * w, (y - bh / 2) * h, (x + bw / 2) * w, (y + bh / 2) * h]


def box_iou(a: Sequence[float], b: Sequence[float]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def snap_boxes(
    image: np.ndarray, cls: np.ndarray, xywhn: np.ndarray, opt: SnapLabelsOptions
) -> tuple[np.ndarray, list[dict[str, Any]]]:
    """(new xywhn, per-box records) for one image's boxes; boxes not snapped keep their values."""
    h, w = image.shape[:2]
    new = np.array(xywhn, np.float64).reshape(-1, 4).copy()
    records = []
    for i, (c, b) in enumerate(zip(cls, new.copy())):
        before = to_px(b, w, h)
        rec: dict[str, Any] = {"index": i, "class": int(c), "before": [round(v, 2) for v in before]}
        if opt.classes is not None and int(c) not in opt.classes:
            rec.update(kept="class not chosen")
            records.append(rec)
            continue
        try:
            r = snap(image, SnapRequest.from_box(*before), opt.method, opt.pipeline)
        except NothingFound:
            rec.update(kept="nothing found")
            records.append(rec)
            continue
        except BadRequest as e:
            rec.update(kept=str(e))
            records.append(rec)
            continue
        bw, bh = max(before[2] - before[0], 1e-9), max(before[3] - before[1], 1e-9)
        moves = [
            abs(r.box[0] - before[0]) / bw,
            abs(r.box[1] - before[1]) / bh,
            abs(r.box[2] - before[2]) / bw,
            abs(r.box[3] - before[3]) / bh,
        ]
        rec.update(method=r.method, confidence=round(r.confidence, 3))
        if r.confidence < opt.min_confidence:
            rec.update(kept=f"confidence {r.confidence:.2f} < {opt.min_confidence:g}")
        elif max(moves) > opt.max_move:
            rec.update(kept=f"a side would move {max(moves):.0%} of the box (limit {opt.max_move:.0%})")
        else:
            x1, y1, x2, y2 = r.box
            cand = np.round([(x1 + x2) / 2 / w, (y1 + y2) / 2 / h, (x2 - x1) / w, (y2 - y1) / h], 6)
            new[i] = cand
        records.append(rec)
    for rec, b in zip(records, new):
        after = to_px(b, w, h)
        rec["after"] = [round(v, 2) for v in after]
        rec["moved_px"] = round(max(abs(a - o) for a, o in zip(after, rec["before"])), 2)
        size = max(rec["before"][2] - rec["before"][0], rec["before"][3] - rec["before"][1], 1e-9)
        rec["moved"] = round(rec["moved_px"] / size, 4)
        rec["iou_before_after"] = round(box_iou(rec["before"], after), 4)
    return new, records


def _eligible(index: DatasetIndex, row: ImageRow, label_path: Path, opt: SnapLabelsOptions) -> str | None:
    """None when the image's label file may be tightened, else the reason it is skipped."""
    from app.core.dataset.index import STATUS_REVIEWED

    if row.status == STATUS_REVIEWED or row.edited:
        return None if opt.overwrite_reviewed else SKIP_REVIEWED
    try:
        st = os.stat(label_path)
    except OSError:
        return SKIP_NO_BOXES
    ours = (
        index.autolabel_key(row.rel) is not None
        and row.label_mtime is not None
        and row.label_mtime == st.st_mtime_ns / 1e9
    )
    if not ours and not opt.overwrite_reviewed:
        return SKIP_FOREIGN
    return None


def snap_labels(
    source: str | os.PathLike[str],
    options: SnapLabelsOptions | None = None,
    state: JobState | None = None,
    log: Callable[[str], object] | None = None,
) -> dict[str, Any]:
    """Tighten the boxes of `source` (a dataset folder or data.yaml); see the module docstring."""
    from app.core.dataset.index import STATUS_UNLABELED, DatasetIndex
    from app.core.dataset.lock import WriterLock
    from app.core.io.yolo_labels import read_labels

    opt = options or SnapLabelsOptions()
    state = state or JobState()
    if not 0.0 <= opt.min_confidence <= 1.0:
        raise UsageError(f"--min-confidence must be between 0 and 1, got {opt.min_confidence}")
    if not 0.0 < opt.max_move <= 10.0:
        raise UsageError(f"--max-move must be above 0, got {opt.max_move}")
    t0 = time.perf_counter()
    index = DatasetIndex.open(source)
    lock = None
    try:
        if not opt.dry_run:
            lock = WriterLock(index.db_path, what=str(index.root)).acquire()
        journal = Journal(index.db_path.parent)
        if lock is not None:  # the writer: a journal temp left by a killed run is nobody's any more
            from app.core.io.atomic import sweep_temps

            sweep_temps(journal.path.parent, journal.path.name)
        earlier = journal.entries()
        _reconcile(index, earlier)  # files snapped by a killed run: the index learns their mtime
        index.refresh(JobState())
        rows = index.rows(order="name")
        report_images: list[dict[str, Any]] = []
        counts = {SNAPPED: 0, EARLIER: 0, UNCHANGED: 0, WOULD: 0}
        skipped: dict[str, int] = {}
        failed: list[dict[str, str]] = []
        keep_entries: dict[str, dict[str, Any]] = {}
        total = len(rows)
        state.progress(0, total, "starting")
        for n, row in enumerate(rows, 1):
            state.check()
            rel = row.rel
            item: dict[str, Any] = {"image": rel}
            try:
                label_path = index.label_path(rel)
                item["label"] = str(label_path)
                reason = SKIP_NO_BOXES if row.status == STATUS_UNLABELED else _eligible(index, row, label_path, opt)
                data = None if reason else _read(label_path)
                prior = earlier.get(rel)
                if (
                    reason is None
                    and data is not None
                    and prior is not None
                    and not opt.force
                    and prior["after"] == file_sha(data)
                ):
                    item.update(status=EARLIER, boxes=prior["boxes"])
                    counts[EARLIER] += 1
                    keep_entries[rel] = prior
                elif reason is None and data is not None:
                    item.update(_snap_one(index, row, label_path, data, opt, journal, read_labels))
                    if item.get("status") in counts:
                        counts[item["status"]] += 1
                        if item["status"] == SNAPPED:
                            keep_entries[rel] = item.pop("_entry")
                    else:
                        skipped[item["status"]] = skipped.get(item["status"], 0) + 1
                        item["status"] = "skipped: " + item["status"]
                else:
                    reason = reason or SKIP_NO_BOXES
                    item["status"] = "skipped: " + reason
                    skipped[reason] = skipped.get(reason, 0) + 1
            except (LabelBenchError, OSError) as e:
                why = e.reason if isinstance(e, FileError) else (str(e) or type(e).__name__)
                item["status"] = "failed: " + why
                failed.append({"image": rel, "error": why})
                state.error(rel, why)
            report_images.append(item)
            state.progress(n, total, rel)
        if not opt.dry_run:
            for rel, e in earlier.items():  # type: ignore[misc]  # entries of images this run did not reach stay
                keep_entries.setdefault(rel, e)  # type: ignore[misc]  # the loop's e, not the except clause's
            journal.compact([keep_entries[r] for r in sorted(keep_entries)])
    finally:
        if lock is not None:
            lock.release()
        index.close()
    return _report(report_images, counts, skipped, failed, opt, time.perf_counter() - t0, str(index.root))


def _reconcile(index: DatasetIndex, earlier: dict[str, dict[str, Any]]) -> None:
    """A run killed between writing a label file and recording it: tell the index the file is ours
    (its mtime and size), before a refresh would take it for a person's edit."""
    from app.core.io.yolo_labels import parse_labels

    for rel, e in earlier.items():
        try:
            path = index.label_path(rel)
            data = _read(path)
        except (LabelBenchError, OSError):
            continue
        if data is None or file_sha(data) != e["after"]:
            continue
        row = index.get(rel)
        st = os.stat(path)
        if row is not None and row.label_mtime is not None and row.label_mtime == st.st_mtime_ns / 1e9:
            continue
        labels, _ = parse_labels(data.decode("utf-8", "replace"), path)
        index.note_label_written(rel, labels.cls, labels.xywhn, edited_by_user=False)


def _snap_one(
    index: DatasetIndex,
    row: ImageRow,
    label_path: Path,
    data: bytes,
    opt: SnapLabelsOptions,
    journal: Journal,
    read_labels: Callable[..., tuple[Labels, list[LabelIssue]]],
) -> dict[str, Any]:
    from app.core.dataset.index import STATUS_REVIEWED
    from app.core.io.atomic import atomic_write_bytes
    from app.core.io.yolo_labels import BAD_LINE

    labels, issues = read_labels(label_path, nc=index.nc)
    if any(i.kind == BAD_LINE for i in issues):
        return {"status": SKIP_BAD_LINES}
    if opt.classes is not None and not any(int(c) in opt.classes for c in labels.cls):
        return {"status": SKIP_NO_BOXES}
    if len(labels) == 0:
        return {"status": SKIP_NO_BOXES}
    image = read_for_snap(index.image_path(row.rel))
    new, records = snap_boxes(image, labels.cls, labels.xywhn, opt)
    old_rounded = np.round(labels.xywhn, 6)
    if np.array_equal(new, old_rounded) and all("kept" in r or r["moved_px"] == 0 for r in records):
        return {"status": UNCHANGED, "boxes": records}
    text = label_text(labels.cls, new, labels.conf)
    if opt.dry_run:
        return {"status": WOULD, "boxes": records}
    out = text.encode("utf-8")
    before_sha = file_sha(data)
    # the file and the review as they were when read: a person's save meanwhile wins
    if _read(label_path) != data or _held(index, row.rel, opt):
        return {"status": SKIP_CHANGED}
    entry = {"image": row.rel, "before": before_sha, "after": file_sha(out), "boxes": records, "time": time.time()}
    journal.append(entry)
    atomic_write_bytes(label_path, out)
    index.note_label_written(row.rel, labels.cls, new, edited_by_user=False)
    if row.status == STATUS_REVIEWED:
        index.set_reviewed(row.rel, False)  # a person accepted other boxes: they should look again
    return {"status": SNAPPED, "boxes": records, "_entry": entry}


def _held(index: DatasetIndex, rel: str, opt: SnapLabelsOptions) -> bool:
    """True when a person reviewed or edited rel since the run planned it (and that is off limits)."""
    from app.core.dataset.index import STATUS_REVIEWED

    if opt.overwrite_reviewed:
        return False
    row = index.get(rel)
    return row is not None and (row.status == STATUS_REVIEWED or row.edited)


def _report(
    images: list[dict[str, Any]],
    counts: dict[str, int],
    skipped: dict[str, int],
    failed: list[dict[str, str]],
    opt: SnapLabelsOptions,
    seconds: float,
    root: str,
) -> dict[str, Any]:
    moved, ious, changed, total_boxes = [], [], 0, 0
    for item in images:
        if item.get("status") in (SNAPPED, EARLIER, WOULD, UNCHANGED):
            for b in item.get("boxes", []):
                total_boxes += 1
                if "kept" not in b and b["moved_px"] > 0:
                    changed += 1
                    moved.append(b["moved_px"])
                    ious.append(b["iou_before_after"])
    return {
        "version": REPORT_VERSION,
        "dataset": root,
        "dry_run": opt.dry_run,
        "method": opt.method,
        "images": len(images),
        "snapped": counts[SNAPPED],
        "snapped_earlier": counts[EARLIER],
        "unchanged": counts[UNCHANGED],
        "would_snap": counts[WOULD],
        "skipped": sum(skipped.values()),
        "skip_reasons": skipped,
        "failed": failed,
        "boxes": total_boxes,
        "boxes_changed": changed,
        "moved_px_median": round(float(np.median(moved)), 2) if moved else 0.0,
        "moved_px_max": round(float(np.max(moved)), 2) if moved else 0.0,
        "iou_before_after_median": round(float(np.median(ious)), 4) if ious else 1.0,
        "seconds": round(seconds, 3),
        "per_image": images,
    }
