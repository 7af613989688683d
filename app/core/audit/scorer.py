"""Scoring images one at a time as their predictions come: each image's label file read and
matched with its predictions (app.core.audit.score.find), dismissed findings left out, and with a
second look its crops handed to a CropCutter (app.core.audit.zoom). The same object runs in this
process after the first look, or beside it in the background scorer (app.core.audit.background)."""

from __future__ import annotations

from app.core.audit.findings import ImageAudit
from app.core.audit.labels import read_label_lines
from app.core.audit.score import DEFAULT, AuditParams, find
from app.core.errors import FileError


def score_image(
    label_path, rel: str, got, names, params: AuditParams, gone, ident: str, warnings: list
) -> ImageAudit | None:
    """One image's findings (its label file against its predictions, got = (cls, xywhn, conf)),
    dismissed ones (signatures in gone) left out; None where it has no label file or one that
    cannot be read (named in warnings)."""
    try:
        lab = read_label_lines(label_path, len(names) or None)
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
    return ImageAudit(rel, found, len(l_cls), (l_cls, l_box, l_line))


class Scorer:
    """`add(rows, ident)` scores rows of (rel, label path, cls, xywhn, conf); `finish()` returns
    (audits in the order added, warnings, the cutter's todo, crops). eager: hand each image to the
    cutter as soon as it is scored (the background scorer, which waits for predictions anyway);
    else all of them in finish() (in one process, a decoding pool beside the scoring slowed both:
    6.0 s against 5.15 s for the two in a row, 10,000 images)."""

    def __init__(
        self, names, params: AuditParams = DEFAULT, dismissed: dict | None = None, cutter=None, eager: bool = False
    ):
        self.names, self.params, self.dismissed = list(names), params, dismissed or {}
        self.cutter, self.eager = cutter, eager
        self.audits: list[ImageAudit] = []
        self.warnings: list[str] = []

    def add(self, rows, ident: str, tick=None) -> None:
        """Score rows (tick(): called for each image, as it begins)."""
        for rel, label_path, cls, xywhn, conf in rows:
            if tick is not None:
                tick()
            a = score_image(
                label_path,
                rel,
                (cls, xywhn, conf),
                self.names,
                self.params,
                self.dismissed.get(rel),
                ident,
                self.warnings,
            )
            if a is None:
                continue
            self.audits.append(a)
            if self.cutter is None:
                a.labels = None
            elif self.eager:
                self.cutter.offer(a)
                a.labels = None

    def finish(self, check=lambda: None) -> tuple[list[ImageAudit], list[str], list, int]:
        if self.cutter is None:
            return self.audits, self.warnings, [], 0
        if not self.eager:
            for k, a in enumerate(self.audits):
                if k % 256 == 0:
                    check()
                self.cutter.offer(a)
                a.labels = None
        self.cutter.drain()
        return self.audits, self.warnings, self.cutter.todo, self.cutter.crops

    def close(self) -> None:
        if self.cutter is not None:
            self.cutter.close()
