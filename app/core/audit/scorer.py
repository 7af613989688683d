"""Scoring images one at a time as their predictions come: each image's label file read and
matched with its predictions (app.core.audit.score.find; polygons and rotated boxes by their own
IoU, app.core.audit.shapes.find_shapes), dismissed findings left out, and with a second look its
crops handed to a CropCutter (app.core.audit.zoom). The same object runs in this process after
the first look, or beside it in the background scorer (app.core.audit.background)."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from app.core.audit.findings import ImageAudit
from app.core.audit.labels import read_label_objects
from app.core.audit.score import DEFAULT, AuditParams, find
from app.core.errors import FileError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.core.audit.zoom import CropCutter, Todo
    from app.core.io.shapes import Labels

    # a row's shapes: (kinds, flat normalized coordinates, image path) of a -seg / -obb model's predictions
    RowShapes: TypeAlias = tuple[tuple[str, ...], list[np.ndarray], str]
    # a row to score: (rel, label path, cls, xywhn, conf, shapes or None)
    Row: TypeAlias = tuple[
        str, str, npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.float64], RowShapes | None
    ]
    # Scorer.finish's: (audits in the order added, warnings, the cutter's todo, crops)
    Scored: TypeAlias = tuple[list[ImageAudit], list[str], list[Todo], int]

SHAPE_TASKS = ("segment", "obb")


def score_image(
    label_path: str | os.PathLike[str],
    rel: str,
    got: tuple[Any, ...],
    names: Sequence[str],
    params: AuditParams,
    gone: Collection[str] | None,
    ident: str,
    warnings: list[str],
    task: str | None = None,
) -> ImageAudit | None:
    """One image's findings (its label file against its predictions, got = (cls, xywhn, conf) or,
    from a -seg / -obb model, (cls, xywhn, conf, (kinds, coords, image path)): its shapes),
    dismissed ones (signatures in gone) left out; None where it has no label file or one that
    cannot be read (named in warnings). A file of polygons / rotated boxes (an 8-number line read
    as task says, else as the model predicts) against shape predictions is matched by mask IoU
    (probiou where both are rotated boxes) at the image's pixel size; otherwise the boxes around
    them are."""
    p_cls, p_box, p_conf, *rest = got
    preds = _shapes(p_cls, p_conf, rest[0] if rest else None)
    quad = task if task in SHAPE_TASKS else (preds[0].task if preds is not None else None)
    try:
        lab = read_label_objects(label_path, len(names) or None, quad)
    except FileError as e:  # the image is left out, with one line saying why
        warnings.append(str(e))
        return None
    if lab is None:
        return None
    l_cls, l_box, l_line, problems, l_shapes = lab
    warnings += problems
    found = None
    if preds is not None and (l_shapes is not None or not len(l_cls)):
        from app.core.audit.shapes import find_shapes
        from app.core.io.images import oriented_size
        from app.core.io.shapes import OBB, Labels

        labels = l_shapes if l_shapes is not None else Labels.empty()
        size = oriented_size(preds[1])
        if size is not None:  # else (the image gone since): the boxes around the shapes
            kind = "obb" if set(labels.kinds) | set(preds[0].kinds) == {OBB} else "segment"
            found = find_shapes(kind, labels, l_line, preds[0], size[0], size[1], params)
    if found is None:
        found = find(l_cls, l_box, l_line, p_cls, p_box, p_conf, params)
    if gone:
        found = [f for f in found if not f.dismissed_by(gone, ident)]
    return ImageAudit(rel, found, len(l_cls), (l_cls, l_box, l_line))


def _shapes(
    cls: npt.NDArray[np.int64], conf: npt.NDArray[np.float64], shapes: RowShapes | None
) -> tuple[Labels, str] | None:
    """(Labels with conf, image path) of a row's shapes (kinds, coords, image path), or None."""
    if shapes is None:
        return None
    from app.core.io.shapes import Labels

    kinds, coords, image = shapes
    try:
        # (ignore below) __post_init__ takes any sequence of coordinates and keeps a tuple
        return Labels(cls, kinds, coords, conf), image  # type: ignore[arg-type]
    except ValueError:  # counts that do not match (a hand-edited index): the boxes
        return None


class Scorer:
    """`add(rows, ident)` scores rows of (rel, label path, cls, xywhn, conf[, shapes]); `finish()` returns
    (audits in the order added, warnings, the cutter's todo, crops). eager: hand each image to the
    cutter as soon as it is scored (the background scorer, which waits for predictions anyway);
    else all of them in finish() (in one process, a decoding pool beside the scoring slowed both:
    6.0 s against 5.15 s for the two in a row, 10,000 images)."""

    def __init__(
        self,
        names: Iterable[str],
        params: AuditParams = DEFAULT,
        dismissed: dict[str, set[str]] | None = None,
        cutter: CropCutter | None = None,
        eager: bool = False,
        task: str | None = None,
    ) -> None:
        self.names, self.params, self.dismissed = list(names), params, dismissed or {}
        self.task = task  # the dataset's task (what an 8-number label line is), None: the model's
        self.cutter, self.eager = cutter, eager
        self.audits: list[ImageAudit] = []
        self.warnings: list[str] = []

    def add(self, rows: Iterable[Row], ident: str, tick: Callable[[], None] | None = None) -> None:
        """Score rows (tick(): called for each image, as it begins); a row may end with its shapes
        (kinds, coords, image path) or None (score_image)."""
        for rel, label_path, cls, xywhn, conf, *shapes in rows:
            if tick is not None:
                tick()
            a = score_image(
                label_path,
                rel,
                (cls, xywhn, conf, *shapes),
                self.names,
                self.params,
                self.dismissed.get(rel),
                ident,
                self.warnings,
                self.task,
            )
            if a is None:
                continue
            self.audits.append(a)
            if self.cutter is None:
                a.labels = None
            elif self.eager:
                self.cutter.offer(a)
                a.labels = None

    def finish(self, check: Callable[[], None] = lambda: None) -> Scored:
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
