"""The audit's rows in the dataset index (tables made by store.py's schema, version 3).

* `audit_predictions`: the model's predictions at a low confidence (the audit's input), beside the
  auto-label run's `predictions`, keyed by the engine's model + settings key (a rerun with the same
  key skips the image: resumable).
* `images.audit_score / audit_n / audit_kinds`: the worst finding not dismissed, how many and of
  which kinds (the review queue "likely mistakes first" and the Images list read these).
* `audit_dismissed`: findings a person kept as they are, by signature (model key, the label line's
  class and box, the prediction's class and box): a finding comes back when any of them changes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from app.core.dataset.index import DatasetIndex
    from app.core.io.shapes import Labels


class AuditTable:
    """Audit rows of one open DatasetIndex (short transactions on its connection)."""

    def __init__(self, index: DatasetIndex) -> None:
        self.index = index

    def record_predictions(self, items: Iterable[Sequence[Any]], model_key: str) -> None:
        """items: (rel, cls (N,), xywhn (N, 4), conf (N,)), or (rel, cls, xywhn, conf, Labels) for a
        -seg / -obb model: its polygons / rotated boxes are kept too (shapes; xywhn the box around
        each), in the index's shapes BLOB (app.core.dataset.predicted.shape_blob). The image rows
        are created if needed."""
        from app.core.dataset.index import _shapes_blob

        now = time.time()
        with self.index._tx() as con:
            for rel, cls, xywhn, conf, *shapes in items:
                con.execute("INSERT INTO images(rel) VALUES (?) ON CONFLICT(rel) DO NOTHING", (str(rel),))
                image_id = con.execute("SELECT id FROM images WHERE rel=?", (str(rel),)).fetchone()[0]
                cls = np.asarray(cls, np.int64).reshape(-1)
                blob = _shapes_blob(shapes[0], len(cls)) if shapes and shapes[0] is not None else None
                con.execute(
                    "INSERT OR REPLACE INTO audit_predictions(image_id, model_key, cls, xywhn, conf, created, shapes) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        image_id,
                        model_key,
                        cls.tobytes(),
                        np.asarray(xywhn, np.float64).reshape(-1, 4).tobytes(),
                        np.asarray(conf, np.float64).reshape(-1).tobytes(),
                        now,
                        blob,
                    ),
                )

    def model_key(self, rel: str | os.PathLike[str]) -> str | None:
        got = self.index._q(
            "SELECT p.model_key FROM audit_predictions p JOIN images i ON i.id = p.image_id WHERE i.rel=?", (str(rel),)
        )
        return got[0][0] if got else None

    def predictions(
        self, rel: str | os.PathLike[str]
    ) -> tuple[str, npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.float64]] | None:
        """(model_key, cls int64 (N,), xywhn float64 (N, 4), conf float64 (N,)), or None when the
        image has not been audited."""
        got = self.index._q(
            "SELECT p.model_key, p.cls, p.xywhn, p.conf FROM audit_predictions p "
            "JOIN images i ON i.id = p.image_id WHERE i.rel=?",
            (str(rel),),
        )
        if not got:
            return None
        k, c, b, f = got[0]
        return (
            k,
            np.frombuffer(c, np.int64).copy(),
            np.frombuffer(b, np.float64).reshape(-1, 4).copy(),
            np.frombuffer(f, np.float64).copy(),
        )

    def prediction_shapes(self, rel: str | os.PathLike[str]) -> Labels | None:
        """The polygons / rotated boxes of rel's audit predictions, in the order of predictions(rel):
        an app.core.io.shapes.Labels with classes and confidences; None for boxes (a detect model,
        an index from before schema 6, a BLOB that is not one)."""
        from app.core.dataset.predicted.shape_blob import labels_from_row

        got = self.index._q(
            "SELECT p.cls, p.conf, p.shapes FROM audit_predictions p JOIN images i ON i.id = p.image_id "
            "WHERE i.rel=? AND p.shapes IS NOT NULL",
            (str(rel),),
        )
        return labels_from_row(*got[0]) if got else None

    def audited(self, model_key: str | None = None) -> list[str]:
        """Image paths with audit predictions (of that model key when given), in index order."""
        sql = "SELECT i.rel FROM audit_predictions p JOIN images i ON i.id = p.image_id"
        params: tuple[str, ...] = ()
        if model_key is not None:
            sql += " WHERE p.model_key=?"
            params = (model_key,)
        return [r for (r,) in self.index._q(sql + " ORDER BY i.id", params)]

    def set_summaries(self, rows: Iterable[Sequence[Any]]) -> None:
        """rows: (rel, score, n_findings, kinds text[, findings JSON text]); score None clears the
        image's audit state. The findings (app.core.audit.findings.Finding.to_json list) are kept
        for the Review pane, which shows them without running the model."""
        rows = list(rows)
        with self.index._tx() as con:
            con.executemany(
                "UPDATE images SET audit_score=?, audit_n=?, audit_kinds=? WHERE rel=?",
                [(None if r[1] is None else float(r[1]), int(r[2]), str(r[3]), str(r[0])) for r in rows],
            )
            full = [(str(r[4]), str(r[0])) for r in rows if len(r) > 4 and r[4] is not None]
            if full:
                con.executemany(
                    "INSERT OR REPLACE INTO audit_findings(image_id, findings) SELECT id, ? FROM images WHERE rel=?",
                    full,
                )

    def findings(self, rel: str | os.PathLike[str]) -> str | None:
        """The findings JSON stored by the last audit of rel (None: not audited)."""
        got = self.index._q(
            "SELECT f.findings FROM audit_findings f JOIN images i ON i.id = f.image_id WHERE i.rel=?", (str(rel),)
        )
        return got[0][0] if got else None

    def marks(self) -> dict[str, tuple[int, str]]:
        """rel -> (findings, kinds) of every image with audit findings (the Images list's marks)."""
        return {
            r: (n, k) for r, n, k in self.index._q("SELECT rel, audit_n, audit_kinds FROM images WHERE audit_n > 0")
        }

    def all_findings(self) -> list[tuple[str, str]]:
        """(rel, findings JSON) of every image with findings, for tables by kind and class."""
        return self.index._q(
            "SELECT i.rel, f.findings FROM audit_findings f JOIN images i ON i.id = f.image_id "
            "WHERE i.audit_n > 0 ORDER BY i.audit_score DESC, i.id"
        )

    def summary(self, rel: str | os.PathLike[str]) -> tuple[float | None, int, str]:
        got = self.index._q("SELECT audit_score, audit_n, audit_kinds FROM images WHERE rel=?", (str(rel),))
        return cast("tuple[float | None, int, str]", tuple(got[0])) if got else (None, 0, "")

    def dismissed(self, rel: str | os.PathLike[str]) -> set[str]:
        return {
            s
            for (s,) in self.index._q(
                "SELECT d.sig FROM audit_dismissed d JOIN images i ON i.id = d.image_id WHERE i.rel=?", (str(rel),)
            )
        }

    def dismiss(self, rel: str | os.PathLike[str], sig: str, dismissed: bool = True) -> None:
        with self.index._tx() as con:
            got = con.execute("SELECT id FROM images WHERE rel=?", (str(rel),)).fetchone()
            if got is None:
                return
            if dismissed:
                con.execute(
                    "INSERT OR REPLACE INTO audit_dismissed(image_id, sig, created) VALUES (?, ?, ?)",
                    (got[0], sig, time.time()),
                )
            else:
                con.execute("DELETE FROM audit_dismissed WHERE image_id=? AND sig=?", (got[0], sig))
