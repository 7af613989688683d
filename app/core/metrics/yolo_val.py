"""Predictions made the way `yolo val` makes them, for the Ultralytics mode with a model.

What the installed Ultralytics does (models/yolo/detect/val.py, DetectionValidator): images are
letterboxed into rect batch shapes (sorted by aspect ratio, `batch` images per shape), NMS runs
at conf 0.001 / IoU 0.7 with multi_label=True, and `_process_batch` compares the predictions as
they leave NMS, in letterbox pixels and NOT clipped to the image, with the labels (which lie inside
the image). Only the saved copies (`save_txt`, `save_json`: scale_boxes) are clipped. A box the model
draws past the image edge therefore scores a lower IoU in `yolo val` than its clipped copy would, and
mAP50-95 from clipped prediction files is higher than what `yolo val` prints.

So this runs the installed validator itself (`YOLO(model).val(...)`, the model's own imgsz and the
validator's defaults) over the images, keeps each image's predictions and labels as the validator
compared them, and maps both back to the original image with the validator's own ratio_pad (a
per-axis scale and shift, which leaves every IoU unchanged), without clipping. The metrics are then
computed by metrics.ultra like any other EvalData. The images are linked into a scratch folder
(Ultralytics writes a labels.cache beside the labels), so the dataset is never written to.

`write_predictions` keeps what was compared: 6 columns `cls cx cy w h conf`, normalized to the
original image but NOT clipped to it (a box past the edge has x1 < 0 or x2 > 1), with float32
precision (9 significant digits), so `eval --pred DIR --mode ultralytics` on them gives the same
numbers. Not training labels: Ultralytics' own loaders reject coordinates outside 0..1.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, SupportsFloat

import numpy as np

from app.core.errors import LabelBenchError
from app.core.io.atomic import atomic_write_text
from app.core.io.layout import img2label_path
from app.core.metrics.load import EvalData, from_arrays

if TYPE_CHECKING:
    from app.core.jobs import JobState


def _link(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.symlink(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def _stage(images: list[str], names: list[str], scratch: Path) -> tuple[Path, dict[str, str]]:
    """Link images and their label files into scratch/images/NNNNNN/, scratch/labels/NNNNNN/ in the
    sorted order of the real paths (the order the validator reads them in), write the list and a
    data.yaml; returns the data.yaml and {scratch image path: real image path}."""
    back: dict[str, str] = {}
    lines = []
    for k, real in enumerate(sorted(images)):
        real_p = Path(real)
        img = scratch / "images" / f"{k:06d}" / real_p.name
        _link(real_p.resolve(), img)
        label = img2label_path(real_p)
        if label.is_file():
            _link(label.resolve(), scratch / "labels" / f"{k:06d}" / (img.stem + ".txt"))
        back[str(img)] = real
        lines.append(str(img))
    (scratch / "val.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    yaml = scratch / "data.yaml"
    body = [f"path: {scratch}", "train: val.txt", "val: val.txt", "names:"]
    body += [f"  {i}: {_quote(n)}" for i, n in enumerate(names)]
    yaml.write_text("\n".join(body) + "\n", encoding="utf-8")
    return yaml, back


def _quote(name: str) -> str:
    import json

    return json.dumps(str(name), ensure_ascii=False)  # a JSON string is a YAML string


def _capturing_validator(records: list[dict[str, Any]]) -> type[Any]:
    from ultralytics.models.yolo.detect.val import DetectionValidator

    class CapturingValidator(DetectionValidator):
        """DetectionValidator that also keeps, per image, what _process_batch compared."""

        def update_metrics(self, preds: Any, batch: Any) -> None:
            super().update_metrics(preds, batch)
            for si, pred in enumerate(preds):
                pb = self._prepare_batch(si, batch)
                records.append(
                    {
                        "im_file": pb["im_file"],
                        "ori_shape": tuple(int(v) for v in pb["ori_shape"]),
                        "ratio_pad": pb["ratio_pad"],
                        "gt_cls": pb["cls"].cpu().numpy().reshape(-1),
                        "gt_xyxy": pb["bboxes"].cpu().numpy().reshape(-1, 4),
                        "dt_cls": pred["cls"].cpu().numpy().reshape(-1),
                        "dt_xyxy": pred["bboxes"].cpu().numpy().reshape(-1, 4),
                        "dt_conf": pred["conf"].cpu().numpy().reshape(-1),
                    }
                )

    return CapturingValidator


def _to_xywhn(xyxy: np.ndarray, ratio_pad: Sequence[Sequence[SupportsFloat]], shape: tuple[int, int]) -> np.ndarray:
    """Letterbox xyxy -> original-image normalized cx cy w h, unclipped (scale_boxes without clip)."""
    (gain_y, gain_x), (pad_x, pad_y) = ratio_pad
    h, w = shape
    b = xyxy.astype(np.float64)
    x1, x2 = (b[:, 0] - float(pad_x)) / float(gain_x), (b[:, 2] - float(pad_x)) / float(gain_x)
    y1, y2 = (b[:, 1] - float(pad_y)) / float(gain_y), (b[:, 3] - float(pad_y)) / float(gain_y)
    return np.stack([(x1 + x2) / 2 / w, (y1 + y2) / 2 / h, (x2 - x1) / w, (y2 - y1) / h], 1).reshape(-1, 4)


def predict_like_val(
    model_path: str | os.PathLike[str],
    images: list[str],
    names: list[str],
    root: Path | None = None,
    state: JobState | None = None,
    **val_args: Any,
) -> tuple[EvalData, list[tuple[str, str]]]:
    """Run `yolo val` (the installed validator) with `model_path` over `images` (labels found by the
    dataset-layout rule) -> (EvalData in the validator's image order, with unclipped predictions;
    [(image, reason)] for images the validator left out). `val_args` go to YOLO.val (batch, imgsz...)."""
    from ultralytics import YOLO  # type: ignore[attr-defined, unused-ignore]  # exported lazily (strict only)

    from app.core.io.models.safety import loading
    from app.core.jobs import Cancelled

    if not images:
        raise LabelBenchError("nothing to evaluate: the dataset holds no image")
    records: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="labelbench-val-") as tmp:
        scratch = Path(tmp)
        with loading(model_path):
            model = YOLO(str(model_path))
        model_names = [str(model.names[i]) for i in range(len(model.names))]
        yaml, back = _stage(images, names or model_names, scratch)

        def on_batch_end(v: Any) -> None:
            if state is not None:
                state.check()
                n = len(v.dataloader) if getattr(v, "dataloader", None) is not None else 0
                state.progress((v.batch_i or 0) + 1, n, "predicting (yolo val)")

        model.add_callback("on_val_batch_end", on_batch_end)
        args = {"plots": False, "save_json": False, "save_txt": False, "verbose": False}
        args.update(val_args)
        from ultralytics.utils import LOGGER

        level = LOGGER.level
        LOGGER.setLevel(40)  # its banner, bars and table would garble ours (warnings of bad files: our lines)
        try:
            with loading(model_path):
                model.val(
                    data=str(yaml),
                    split="val",
                    validator=_capturing_validator(records),
                    project=str(scratch / "runs"),
                    name="val",
                    exist_ok=True,
                    **args,
                )
        except (LabelBenchError, Cancelled):
            raise
        except Exception as e:  # the validator's own refusals (no valid image, bad model...): one line
            raise LabelBenchError(f"{model_path}: yolo val failed: {type(e).__name__}: {e}") from None
        finally:
            LOGGER.setLevel(level)
    keys, gts, dts, paths, wh = [], [], [], [], []
    for r in records:
        real = back.get(str(r["im_file"]), str(r["im_file"]))
        h, w = r["ori_shape"]
        p = Path(real)
        keys.append(p.relative_to(root).as_posix() if root is not None and p.is_relative_to(root) else real)
        gts.append((r["gt_cls"].astype(np.int64), _to_xywhn(r["gt_xyxy"], r["ratio_pad"], (h, w))))
        dts.append((r["dt_cls"].astype(np.int64), _to_xywhn(r["dt_xyxy"], r["ratio_pad"], (h, w)), r["dt_conf"]))
        paths.append(p)
        wh.append((w, h))
    seen = set(str(r["im_file"]) for r in records)
    left_out = [
        (real, "left out by the Ultralytics validator (unreadable image or label file)")
        for s, real in back.items()
        if s not in seen
    ]
    data = from_arrays(
        keys,
        names or model_names,
        gts,
        dts,
        np.array(wh, np.float64).reshape(-1, 2),
        paths,
        source=f"{Path(model_path).name} on {root or 'images'} (yolo val)",
    )
    return data, left_out


def _rows(cls: np.ndarray, xywhn: np.ndarray, conf: np.ndarray) -> str:
    return "".join(
        f"{int(c)} {x:.9g} {y:.9g} {w:.9g} {h:.9g} {f:.9g}\n" for c, (x, y, w, h), f in zip(cls, xywhn, conf)
    )


def write_predictions(data: EvalData, out_dir: str | os.PathLike[str]) -> int:
    """One file per image of `data` (an EvalData with image paths), at the image's path relative to
    the folder all images share, suffix .txt (so it pairs with that folder's labels/ twin); an image
    without predictions gets an empty file. Returns the number of files written."""
    out = Path(out_dir)
    paths = [Path(p) if p is not None else Path(k) for p, k in zip(data.image_paths, data.images)]
    base = Path(os.path.commonpath([str(p.parent) for p in paths])) if paths else out
    starts = data.starts("dt")
    for i, p in enumerate(paths):
        sl = slice(starts[i], starts[i + 1])
        target = out / p.relative_to(base).with_suffix(".txt")
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, _rows(data.dt_cls[sl], data.dt_xywhn[sl], data.dt_conf[sl]))
    return len(paths)
