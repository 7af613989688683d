"""A person reviewing in the app, as a separate process, for the acceptance test of issue 29.

    python -m tests.support.review_editor SOURCE LOG OLD_KEY [--seed S] [--ahead N]

Opens the dataset the way the Review pane does (DatasetIndex.open, the app's lease), then, until
the file LOG + ".stop" exists, follows the auto-label run's write position (the first image in
source order not yet relabeled: its autolabel_key is no longer OLD_KEY) and, a few images ahead
of it, edits labels (adds a box) or accepts images (Space) through the same core functions the
Review pane calls (app.core.dataset.review_doc.read_label_file, then
app.core.dataset.write_rule.commit_label_file). Each action is logged as a JSON line before
("intent") and after ("done": result, the file's bytes as the person left them) it, flushed at
once, so a kill -9 loses at most the line of the action in flight.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def main(argv=None) -> int:
    from app.core.autolabel.source import plan_source
    from app.core.dataset import review_doc, write_rule
    from app.core.dataset.index import DatasetIndex
    from app.core.dataset.lease import Lease

    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("log")
    ap.add_argument("old_key")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--ahead", type=int, default=15)
    ap.add_argument("--max-actions", type=int, default=10_000)
    ap.add_argument("--pause", type=float, default=0.25, help="at most this many seconds between two actions")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    plan = plan_source(a.source)
    order = [Path(os.path.relpath(p, plan.root)).as_posix() for p in plan.images]
    pos_of = {rel: i for i, rel in enumerate(order)}
    stop = Path(a.log + ".stop")
    idx = DatasetIndex.open(a.source)
    lease = Lease(idx.db_path).acquire()
    touched: set[str] = set()
    with open(a.log, "a", encoding="utf-8") as log:

        def note(**kw):
            log.write(json.dumps(kw) + "\n")
            log.flush()

        print("ready", flush=True)
        n = 0
        while not stop.exists() and n < a.max_actions:
            written = [
                r
                for (r,) in idx._q(
                    "SELECT rel FROM images WHERE autolabel_key IS NOT NULL AND autolabel_key != ?", (a.old_key,)
                )
            ]
            pos = max((pos_of[r] for r in written if r in pos_of), default=-1) + 1
            if not written:
                time.sleep(0.02)
                continue
            cands = [order[i] for i in range(pos, min(pos + a.ahead, len(order))) if order[i] not in touched]
            if not cands:
                time.sleep(0.01)
                continue
            rel = rng.choice(cands)
            kind = "edit" if rng.random() < 0.5 else "review"
            label = idx.label_path(rel)
            seen = review_doc.read_label_file(label, idx.nc)
            cls, xywhn = list(seen.cls), [list(b) for b in seen.xywhn]
            if kind == "edit":  # a box of class 4 no model run writes at this place: the person's own
                cls.append(4)
                xywhn.append([0.05 + 0.0001 * (n % 1000), 0.9, 0.04, 0.04])
            note(phase="intent", n=n, rel=rel, kind=kind, pos=pos, at=pos_of[rel] - pos, t=time.time())
            result, _sig = write_rule.commit_label_file(
                idx,
                rel,
                label,
                cls,
                xywhn,
                seen.sig,
                write=kind == "edit",
                edited_by_user=kind == "edit",
                reviewed=True if kind == "review" else None,
            )
            if result != review_doc.CONFLICT:
                touched.add(rel)
            note(phase="done", n=n, rel=rel, kind=kind, result=result, sha=_sha(label), t=time.time())
            n += 1
            time.sleep(rng.uniform(0.02, a.pause))
    lease.release()
    idx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
