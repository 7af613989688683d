"""The audit findings stored in a dataset's index, counted by kind and class (the Evaluate pane's
table) with the images behind each count, worst first."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.audit.findings import KINDS, Finding

if TYPE_CHECKING:
    from app.core.jobs import JobState


@dataclass
class FindingsTable:
    root: str
    class_names: list[str]
    counts: dict[str, dict[int, int]] = field(default_factory=dict)  # kind -> class -> n
    images: dict[tuple[str, int], list[tuple[str, int, float]]] = field(default_factory=dict)  # -> (rel, box, score)

    @property
    def total(self) -> int:
        return sum(sum(c.values()) for c in self.counts.values())


def findings_table(source: str | os.PathLike[str], state: JobState | None = None) -> FindingsTable:
    """Read the findings of the last audit of `source` (dataset folder or data.yaml) from its index;
    dismissed ones and those fixed in the Review pane are already out of the stored summary."""
    from app.core.audit.labels import read_label_lines
    from app.core.audit.live import live_findings
    from app.core.audit.run import model_identity
    from app.core.dataset.audit_table import AuditTable
    from app.core.dataset.index import DatasetIndex
    from app.core.errors import FileError

    with DatasetIndex.open(source) as idx:
        out = FindingsTable(str(idx.root), list(idx.class_names), {k: {} for k in KINDS})
        table = AuditTable(idx)
        for k, (rel, text) in enumerate(table.all_findings()):
            if state is not None and k % 100 == 0:
                state.check()
            try:
                lab = read_label_lines(idx.label_path(rel), len(idx.class_names) or None)
            except FileError:
                continue
            if lab is None:
                continue
            found = live_findings(
                [Finding.from_json(d) for d in json.loads(text)],
                lab[0],
                lab[1],
                table.dismissed(rel),
                model_identity(table.model_key(rel) or ""),
            )
            for f in found:
                c = f.pred_cls if f.kind == "overlooked" else f.cls
                c = -1 if c is None else int(c)
                out.counts[f.kind][c] = out.counts[f.kind].get(c, 0) + 1
                box = -1 if f.line is None else int(f.line) - 1
                out.images.setdefault((f.kind, c), []).append((rel, box, float(f.score)))
    return out
