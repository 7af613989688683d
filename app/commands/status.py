"""`labelbench status DATASET [--json]`: where the review of a dataset stands."""

from __future__ import annotations

import argparse
import sqlite3
import time

NAME = "status"
HELP = "index a dataset (only what changed) and show review progress, boxes per class, least-sure images"
DESCRIPTION = (
    "Build or refresh the dataset index (only files that changed since the last run) and print "
    "where the review stands: images, unlabeled, auto, labeled, reviewed, boxes per class, and the ten "
    "images the auto-label model was least sure of. Malformed label lines are listed as file:line. "
    "Images that share one label file (a.jpg and a.png in one folder: Ultralytics reads a.txt for "
    "both) are named in one warning line per file (JSON: shared_labels); autolabel, audit and convert "
    "leave them out until one is renamed or moved. "
    "Polygon (segment) and rotated-box (obb) label files are counted per kind, with the dataset's task "
    "(recorded by an auto-label run, else read from the files); a folder whose files mix boxes with "
    "polygons or rotated boxes is reported with examples (JSON: mixed_kinds), no task guessed. "
    "DATASET is a folder (indexed recursively) or a data.yaml."
)
SHOW_ISSUES = 50
SHARED_ACTION = "its boxes are counted for each of them here; autolabel, audit and convert leave them out"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dataset", metavar="DATASET", help="dataset folder (recursive) or data.yaml")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def collect(dataset: str) -> dict:
    from app.core.dataset.index import DatasetIndex
    from app.core.errors import FileError

    t0 = time.perf_counter()
    try:
        idx = DatasetIndex.open(dataset)
    except (sqlite3.Error, OSError) as e:
        raise FileError(dataset, f"cannot open the dataset index ({e})") from None
    try:
        refreshed = idx.refresh()
        s = idx.summary()
        malformed = idx.issues()
        out = {
            "dataset": str(idx.data_yaml or idx.root),
            "index": str(idx.db_path),
            "images": s["images"],
            "unlabeled": s["unlabeled"],
            "auto": s["auto"],
            "labeled": s["labeled"],
            "reviewed": s["reviewed"],
            "edited": s["edited"],
            "boxes": s["boxes"],
            "per_class": s["per_class"],
            **_kinds(idx),
            "least_sure": [{"image": rel, "min_conf": round(c, 4)} for rel, c in s["least_sure"]],
            "malformed": [{"path": m["path"], "line": m["line"], "error": m["error"]} for m in malformed],
            "malformed_files": s["malformed_files"],
            "changes": {k: refreshed[k] for k in ("new", "changed", "removed", "parsed")},
            "shared_labels": [{"label": label, "images": rels} for label, rels in idx.shared_labels()],
            "warnings": refreshed["errors"],
        }
    except sqlite3.Error as e:
        raise FileError(idx.db_path, f"index error ({e})") from None
    finally:
        idx.close()
    out["seconds"] = round(time.perf_counter() - t0, 3)
    return out


def _kinds(idx) -> dict:
    """task, per_kind, kind_files and mixed_kinds (app.core.dataset.kinds)."""
    from app.core.dataset import kinds as dataset_kinds

    k = dataset_kinds.summary(idx)
    return {
        "task": k["task"],
        "task_from": k["task_from"],
        "per_kind": k["per_kind"],
        "kind_files": k["files"],
        "mixed_kinds": k["mixed"],
    }


def _kind_lines(o: dict) -> tuple[list[str], str]:
    """(lines naming the task and any mix of kinds, the per-class header) for the text report."""
    from app.core.io.own_files import shown
    from app.core.io.shapes import KIND_WORDS

    pk = o.get("per_kind") or {}
    shapes = {k: v for k, v in pk.items() if k != "box" and v}
    if not shapes and not o.get("mixed_kinds") and o.get("task") in (None, "detect"):
        return [], f"boxes per class ({o['boxes']} boxes)"
    src = {"files": "from the label files", "auto-label run": "recorded by the auto-label run"}.get(
        str(o.get("task_from")), ""
    )
    lines = [f"task      {o['task'] or 'none (the files mix kinds)'}" + (f"  ({src})" if o["task"] and src else "")]
    m = o.get("mixed_kinds")
    if m is not None:
        f = o["kind_files"]
        lines.append(
            f"warning: label files mix kinds: {f['box']} hold boxes (e.g. {', '.join(map(shown, m['box_files']))}), "
            f"{f['shape']} polygons or rotated boxes (e.g. {', '.join(map(shown, m['shape_files']))}); "
            "Ultralytics trains one task per dataset: convert or move one kind (no task is guessed)"
        )
    words = ", ".join(f"{v} {KIND_WORDS.get(k, '4-point polygons or rotated boxes')}" for k, v in pk.items() if v)
    return lines, f"objects per class ({o['boxes']}: {words or 'none'})"


def _text(o: dict) -> str:
    from app.core.io.layout import describe_shared
    from app.core.io.own_files import shown

    n = o["images"] or 1
    lines = [
        f"dataset   {shown(o['dataset'])}",
        f"index     {shown(o['index'])}",
        f"images    {o['images']}",
        f"unlabeled {o['unlabeled']:>8}  {100 * o['unlabeled'] / n:5.1f}%",
        f"auto      {o['auto']:>8}  {100 * o['auto'] / n:5.1f}%   (auto-labels not yet accepted by a person)",
        f"labeled   {o['labeled']:>8}  {100 * o['labeled'] / n:5.1f}%   "
        "(labels no auto-label run wrote, not yet accepted)",
        f"reviewed  {o['reviewed']:>8}  {100 * o['reviewed'] / n:5.1f}%   (accepted by a person)",
        f"edited    {o['edited']:>8}  {100 * o['edited'] / n:5.1f}%   (label files changed after the auto-label run)",
        "",
    ]
    kind_lines, header = _kind_lines(o)
    lines += kind_lines + [header]
    width = max((len(k) for k in o["per_class"]), default=5)
    lines += [f"  {shown(k):<{width}} {v:>9}" for k, v in o["per_class"].items()] or ["  (no boxes)"]
    lines.append("")
    if o["least_sure"]:
        lines.append(f"least sure ({len(o['least_sure'])}, lowest box confidence first)")
        lines += [f"  {d['min_conf']:.3f}  {shown(d['image'])}" for d in o["least_sure"]]
    else:
        lines.append("least sure: no auto-label confidences recorded yet (run `labelbench autolabel`)")
    if o["malformed"]:
        lines += ["", f"malformed or flagged label lines: {len(o['malformed'])} in {o['malformed_files']} files"]
        lines += [f"  {shown(m['path'])}:{m['line']}: {shown(m['error'])}" for m in o["malformed"][:SHOW_ISSUES]]
        if len(o["malformed"]) > SHOW_ISSUES:
            lines.append(f"  ... {len(o['malformed']) - SHOW_ISSUES} more (all of them with --json)")
    for g in o["shared_labels"]:
        lines.append("warning: " + describe_shared(g["label"], g["images"], SHARED_ACTION))
    for w in o["warnings"]:
        lines.append(f"warning: {shown(w)}")
    c = o["changes"]
    lines += [
        "",
        f"indexed in {o['seconds']:.2f} s ({c['new']} new, {c['changed']} changed, "
        f"{c['removed']} removed, {c['parsed']} label files read)",
    ]
    return "\n".join(lines)


def run(args) -> int:
    out = collect(args.dataset)
    if args.json:
        from app.json_output import emit

        emit(out)
    else:
        print(_text(out))
    return 0
