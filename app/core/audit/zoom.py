"""A second, closer look at the suspicious places: the model run again on a crop around each
finding, so that a small object the model missed or misread at full-image scale is seen at the
scale it was trained on. A finding stays only as strong as the weaker of the two views (both must
disagree with the label); the crops go through the same auto-label engine (written to a temporary
folder that is removed afterwards; the dataset is not touched).
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import cv2
import numpy as np

from app.core.audit.score import DEFAULT, AuditParams, calibrate, iou_xywh, label_raws
from app.core.io import images as imaging

ZOOM_KINDS = ("swap", "badloc", "spurious", "overlooked")
OBJECT_SIDE = 5.0     # crop side = this many times the box's longer side (objects at a training-like scale)
MIN_GAIN = 0.8        # no crop when it would cover this much of the image's shorter side (nothing to gain)


class _Capture:
    """Engine sink keeping the crops' predictions in memory."""

    def __init__(self):
        self.got: dict[str, tuple] = {}

    def skip_reason(self, index, rel, key):
        return None

    def record(self, index, items, key):
        for rel, cls, xywhn, conf in items:
            self.got[rel] = (np.asarray(cls, np.int64), np.asarray(xywhn, np.float64).reshape(-1, 4),
                             np.asarray(conf, np.float64))


def crop_region(box, w: int, h: int) -> tuple[int, int, int, int]:
    """(x0, y0, width, height) of the crop around a normalized box: a square OBJECT_SIDE times
    its longer side (at least 64 px); the whole image where that would be about the whole image
    (one mirrored view then serves every such finding of the image)."""
    bw, bh = box[2] * w, box[3] * h
    side = max(64.0, OBJECT_SIDE * max(bw, bh))
    if side >= MIN_GAIN * min(w, h):
        return 0, 0, w, h
    side = int(round(side))
    x0 = int(round(box[0] * w - side / 2))
    y0 = int(round(box[1] * h - side / 2))
    return min(max(0, x0), w - side), min(max(0, y0), h - side), side, side


def second_look(ranked, root: Path, run_engine, params: AuditParams = DEFAULT,
                min_score: float = 0.1, class_names=None, state=None, budget: int | None = None) -> int:
    """Re-score, in place, the findings of `ranked` (ImageAudit list) of ZOOM_KINDS with a (calibrated)
    score >= min_score (a finding under it is unlikely a label error already, and the second look
    only lowers scores), the strongest first, at most `budget` crops (None: all). run_engine(folder, sink)
    runs the auto-label engine over a folder with that sink. Returns the number of crops."""
    todo = []  # (ImageAudit, finding, crop rel, (x0, y0, cw, ch, w, h))
    n_crops = 0
    tmp = Path(tempfile.mkdtemp(prefix="labelbench-audit-zoom-"))
    try:
        (tmp / "images").mkdir()
        if class_names:
            (tmp / "data.yaml").write_text("train: images\nval: images\nnames:\n" + "".join(
                f"  {i}: {n!r}\n" for i, n in enumerate(class_names)), encoding="utf-8")
        cands = sorted(((f.score, k, j) for k, a in enumerate(ranked) for j, f in enumerate(a.findings)
                        if f.kind in ZOOM_KINDS and f.score >= min_score), key=lambda t: (-t[0], t[1], t[2]))
        views: dict[int, tuple] = {}   # image -> (image array or None, {region: crop rel})
        for _s, k, j in cands:
            a, f = ranked[k], ranked[k].findings[j]
            if k not in views:
                if budget is not None and n_crops >= budget:
                    continue
                if state is not None:
                    state.check()
                try:
                    views[k] = (imaging.read_image(str(root / a.image), "color"), {})
                except Exception:  # noqa: BLE001 - an unreadable image keeps its first-look findings
                    views[k] = (None, {})
            img, made = views[k]
            if img is None:
                continue
            h, w = img.shape[:2]
            reg = crop_region(f.box if f.box is not None else f.pred_box, w, h)
            rel = made.get(reg)
            if rel is None:
                if budget is not None and n_crops >= budget:
                    continue
                x0, y0, cw, ch = reg
                rel = made[reg] = f"images/{n_crops:06d}.bmp"   # BMP: written and read back in no time
                n_crops += 1
                cv2.imwrite(str(tmp / rel), np.ascontiguousarray(img[y0:y0 + ch, x0:x0 + cw][:, ::-1]))
            todo.append((a, f, rel, (*reg, w, h)))
        views.clear()
        if not todo:
            return 0
        sink = _Capture()
        run_engine(tmp / "data.yaml" if class_names else tmp, sink)
        for _a, f, rel, (x0, y0, cw, ch, w, h) in todo:
            got = sink.got.get(rel)
            if got is None:
                continue
            pc, pb, pf = got
            pb = pb.copy()  # mirrored crop-normalized -> image-normalized
            pb[:, 0] = (x0 + (1.0 - pb[:, 0]) * cw) / w
            pb[:, 1] = (y0 + pb[:, 1] * ch) / h
            pb[:, 2] *= cw / w
            pb[:, 3] *= ch / h
            if f.kind == "overlooked":
                near = iou_xywh(np.asarray(f.pred_box)[None], pb)[0] >= params.same
                raw2 = float(pf[near].max(initial=0.0))
            else:
                row = iou_xywh(np.asarray(f.box)[None], pb)[0]
                raw2 = label_raws(int(f.cls), row, pc, pf, params).get(f.kind, (0.0, None))[0]
            f.raw = min(f.raw, raw2)
            f.score = calibrate(f.kind, f.raw)
        for a in ranked:
            a.findings = [f for f in a.findings if f.raw >= params.min_score]
            a.findings.sort(key=lambda f: (-f.score, f.line if f.line is not None else 1 << 30))
        return n_crops
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

