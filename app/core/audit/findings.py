"""What an audit reports: one `Finding` per suspicious label (or unlabeled object), per image an
`ImageAudit` (its score is its worst finding), and the run's `AuditReport`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from app.core.messages import Message

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.core.autolabel.report import AutolabelReport

    # an image's labels as the second look reads them: class ids (N,), boxes xywhn (N, 4), 1-based lines (N,)
    LabelBoxes: TypeAlias = tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.int64]]

KINDS = ("swap", "badloc", "overlooked", "spurious", "duplicate")


def class_name(names: Sequence[str] | None, c: int | None) -> str:
    return names[c] if names is not None and c is not None and 0 <= c < len(names) else Message("class {c}", c=c)


def same_signature(a: str, b: str, tol: float = 2e-4) -> bool:
    """Two Finding.signature strings for the same finding: model, kind and classes equal, boxes
    within tol."""
    pa, pb = a.split("|"), b.split("|")
    if len(pa) != len(pb) or pa[:2] != pb[:2]:
        return False
    for x, y in zip(pa[2:], pb[2:]):
        cx, _, bx = x.partition(":")
        cy, _, by = y.partition(":")
        if cx != cy or (bx == "-") != (by == "-"):
            return False
        if bx != "-":
            try:
                if max(abs(float(u) - float(v)) for u, v in zip(bx.split(","), by.split(","))) > tol:
                    return False
            except ValueError:
                return False
    return True


@dataclass
class Finding:
    kind: str  # one of KINDS
    score: float  # in [0, 1]: how likely the label is wrong (comparable across kinds)
    line: int | None  # 1-based line of the label file; None for "overlooked"
    cls: int | None  # the label's class (None for "overlooked")
    box: list[float] | None  # the label's [cx, cy, w, h], normalized
    pred_cls: int | None = None  # the model's class and box ("spurious": the nearest, if any)
    pred_box: list[float] | None = None
    iou: float = 0.0  # IoU of label and prediction (duplicate: of the two labels)
    conf: float = 0.0  # the prediction's confidence
    other_line: int | None = None  # duplicate: the line it duplicates
    raw: float = 0.0  # the evidence before calibration (app.core.audit.score)

    def to_json(self) -> dict[str, Any]:
        r: Callable[[list[float] | None], list[float] | None]
        r = lambda v: None if v is None else [round(float(x), 6) for x in v]  # noqa: E731
        out = {
            "kind": self.kind,
            "line": self.line,
            "cls": self.cls,
            "pred_cls": self.pred_cls,
            "box": r(self.box),
            "pred_box": r(self.pred_box),
            "iou": round(float(self.iou), 4),
            "conf": round(float(self.conf), 4),
            "score": round(float(self.score), 4),
        }
        if self.other_line is not None:
            out["other_line"] = self.other_line
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Finding:
        return cls(
            d["kind"],
            float(d["score"]),
            d.get("line"),
            d.get("cls"),
            d.get("box"),
            d.get("pred_cls"),
            d.get("pred_box"),
            float(d.get("iou", 0.0)),
            float(d.get("conf", 0.0)),
            d.get("other_line"),
        )

    def signature(self, model_key: str) -> str:
        """Identity for "keep as is": the model, the kind, the label's class and box, the
        prediction's class and box (not the line number, which moves when other lines change)."""
        q: Callable[[list[float] | None], str]
        q = lambda v: "-" if v is None else ",".join(f"{float(x):.4f}" for x in v)  # noqa: E731
        mk = hashlib.sha1(model_key.encode("utf-8")).hexdigest()[:12]
        return f"{mk}|{self.kind}|{self.cls}:{q(self.box)}|{self.pred_cls}:{q(self.pred_box)}"

    def dismissed_by(self, sigs: Iterable[str], model_key: str) -> bool:
        """True when one of sigs (signatures of dismissed findings) is this finding's, boxes
        compared to within 2e-4 (the same label read back through pixels may differ in the last
        printed digit)."""
        mine = self.signature(model_key)
        return any(mine == s or same_signature(mine, s) for s in sigs)

    def reason(self, names: Sequence[str] | None = None) -> str:
        """One line for a person: "model says square, 0.91" (a Message: the GUI says it in its language)."""
        pred, label = class_name(names, self.pred_cls), class_name(names, self.cls)
        if self.kind == "swap":
            return Message("model says {pred}, {conf:.2f} (label: {label})", pred=pred, conf=self.conf, label=label)
        if self.kind == "badloc":
            return Message(
                "model's {pred} box, {conf:.2f}, overlaps the label only {iou:.2f} IoU",
                pred=pred,
                conf=self.conf,
                iou=self.iou,
            )
        if self.kind == "overlooked":
            return Message("model sees an unlabeled {pred}, {conf:.2f}", pred=pred, conf=self.conf)
        if self.kind == "spurious":
            near = Message(" (best nearby {conf:.2f})", conf=self.conf) if self.conf > 0 else ""
            return Message("model sees nothing at this {label}{near}", label=label, near=near)
        return Message("same {label} as line {line} (IoU {iou:.2f})", label=label, line=self.other_line, iou=self.iou)


@dataclass
class ImageAudit:
    image: str  # path relative to the dataset root, posix
    findings: list[Finding] = field(default_factory=list)
    n_labels: int = 0
    labels: LabelBoxes | None = field(default=None, repr=False, compare=False)  # (cls, xywhn, lines) while the
    # second look needs them (every label's own box there too), then None

    @property
    def score(self) -> float:
        return max((f.score for f in self.findings), default=0.0)

    def to_json(self) -> dict[str, Any]:
        return {"image": self.image, "score": round(self.score, 4), "findings": [f.to_json() for f in self.findings]}


@dataclass
class AuditReport:
    images: int
    labels: int
    model: str
    ranked: list[ImageAudit]  # every audited image, worst first
    seconds: float = 0.0
    # the engine's report (predicted, skipped, failed, backend); dict() is an empty one (no key is required)
    inference: AutolabelReport = field(default_factory=cast("Callable[[], AutolabelReport]", dict))
    warnings: list[str] = field(default_factory=list)
    class_names: list[str] = field(default_factory=list)
    crops: int = 0  # crops the model looked at a second time (app.core.audit.zoom)

    def to_json(self, only_findings: bool = True) -> dict[str, Any]:
        ranked = [a for a in self.ranked if a.findings] if only_findings else self.ranked
        return {
            "images": self.images,
            "labels": self.labels,
            "model": self.model,
            "ranked": [a.to_json() for a in ranked],
        }

    def counts(self) -> dict[str, dict[int, int]]:
        """kind -> class (the label's; the model's for "overlooked") -> number of findings."""
        out: dict[str, dict[int, int]] = {k: {} for k in KINDS}
        for a in self.ranked:
            for f in a.findings:
                c = f.pred_cls if f.kind == "overlooked" else f.cls
                assert c is not None  # an overlooked finding names the predicted class
                out[f.kind][c] = out[f.kind].get(c, 0) + 1
        return out
