"""Which precision `--precision fast` runs, checked on the user's own images, and why.

For a `.pt` model on the CPU (the OpenVINO path), "fast" considers float32, bfloat16 (where the
CPU has it) and int8 (app.core.autolabel.backends.quantize: NNCF, calibrated on a sample of the folder).
Each candidate runs the held-out check sample and is compared with float32 on it: box agreement
(same class, IoU >= 0.9, matched / boxes of the larger set) and F1 with float32 as the truth
(IoU 0.5). A candidate passes with agreement >= 0.97; the fastest passing one runs (float32
always passes). Reduced-size JPEG decoding (app.core.autolabel.backends.reduced_decode) is then checked
with the chosen precision and used only when it passes too and decodes faster.

Every reduced precision is used only after that check, whatever the folder size: where int8 is
not tried (a small folder, no NNCF) and the CPU would run bfloat16, bfloat16 and reduced decoding
are still checked against float32, on held-out images, or on the folder itself when it is too small
to hold any out (the line says which); a CPU without bf16 runs float32, the reference.

Calibrating costs about a minute on two cores, so "fast" calibrates by itself only for runs of at
least INT8_AUTO_MIN images; a calibration already cached for the sample is always used, and
`--precision int8` calibrates whatever the size. The decision and the check's figures are cached
beside the int8 model (per machine key: CPU count, flags and ISA cap, app.core.autolabel.backends.cpu; and OpenVINO version), so later runs on the folder start at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from app.core.autolabel.backends.cpu import has_bf16, machine_key
from app.core.errors import LabelBenchError, UsageError
from app.core.metrics.match import iou_matrix_xyxy

if TYPE_CHECKING:
    import os

    from app.core.autolabel.backends.base import Backend
    from app.core.autolabel.engine.stages import Preprocessor
    from app.core.autolabel.options import AutolabelOptions

# one image's boxes: (class ids (N,), xyxy (N, 4))
Boxes = tuple[npt.NDArray[Any], npt.NDArray[Any]]
# a decoded check image: (letterboxed HxWx3 uint8 BGR, (h, w) as read)
DecodedImage = tuple[npt.NDArray[Any], tuple[int, int]]

AGREEMENT_MIN = 0.97
IOU_AGREE = 0.9
INT8_AUTO_MIN = 2000


@dataclass
class Resolution:
    """What runs: `precision` in int8 | bf16 | f32; `model_path` the int8 IR folder or None."""

    precision: str
    why: str
    model_path: Path | None = None
    decode_scale: int = 1
    check: dict[str, Any] = field(default_factory=dict)
    exact: bool = False  # float32 asked of the backend explicitly (a bf16 CPU would otherwise use bf16)

    @property
    def backend_precision(self) -> str:
        if self.exact:
            return "exact"
        if self.precision == "f32" and not self.check:  # no bf16 here: OpenVINO's default is float32
            return "fast"
        return {"int8": "int8", "bf16": "fast", "f32": "exact"}[self.precision]


# ---- comparing two runs' boxes -------------------------------------------------------------


def matched_boxes(ref: Sequence[Boxes], run: Sequence[Boxes], thr: float) -> tuple[int, int, int]:
    """Greedy same-class matching at IoU >= thr over images: (matched, boxes in ref, boxes in run).
    ref and run are lists (one entry per image) of (cls (N,), xyxy (N,4))."""
    m = nr = nu = 0
    for (ca, ba), (cb, bb) in zip(ref, run):
        nr, nu = nr + len(ca), nu + len(cb)
        if not len(ca) or not len(cb):
            continue
        iou = iou_matrix_xyxy(ba, bb)
        iou[np.asarray(ca)[:, None] != np.asarray(cb)[None, :]] = 0
        while True:
            i, j = np.unravel_index(np.argmax(iou), iou.shape)
            if iou[i, j] < thr:
                break
            m += 1
            iou[i, :] = 0
            iou[:, j] = 0
    return m, nr, nu


def compare(ref: Sequence[Boxes], run: Sequence[Boxes]) -> dict[str, Any]:
    """{"agreement", "f1", "boxes_ref", "boxes_run"} of `run` against `ref` (see matched_boxes)."""
    m, nr, nu = matched_boxes(ref, run, IOU_AGREE)
    tp, _, _ = matched_boxes(ref, run, 0.5)
    p, r = tp / max(nu, 1), tp / max(nr, 1)
    return {
        "agreement": round(m / max(nr, nu, 1), 4),
        "f1": round(2 * p * r / max(p + r, 1e-12), 4),
        "boxes_ref": nr,
        "boxes_run": nu,
    }


# ---- the check -----------------------------------------------------------------------------


def _predict(backend: Backend, decoded: list[DecodedImage], opt: AutolabelOptions) -> list[Boxes]:
    """(cls, xyxy in image pixels) per image, through the engine's own post-processing."""
    from app.core.autolabel.engine.shared import postprocess
    from app.core.autolabel.engine.stages import Item

    out: list[Boxes] = []
    for x, shape in decoded:
        it = Item(0, "", "", Path("."), orig_shape=shape)
        preds = backend.forward(np.ascontiguousarray(x[None]))
        for _it, cls, xywhn, _conf in postprocess(preds, [it], (1, *x.shape), opt, backend, None):
            h, w = shape
            xy = xywhn * [w, h, w, h]
            out.append((cls, np.concatenate([xy[:, :2] - xy[:, 2:] / 2, xy[:, :2] + xy[:, 2:] / 2], 1)))
    return out


def _decode_all(pre: Preprocessor, paths: list[str]) -> tuple[list[DecodedImage], float]:
    import time

    t0 = time.perf_counter()
    res = [pre.decode(p) for p in paths]
    ms = (time.perf_counter() - t0) * 1000 / max(len(paths), 1)
    return [(cast(np.ndarray, x), shape) for x, shape, err in res if err is None], ms


def run_check(
    f32_path: Path,
    int8_path: Path | None,
    check_paths: list[str],
    pre_args: tuple[int, int, bool],
    opt: AutolabelOptions,
    bf16: bool,
    threshold: float = AGREEMENT_MIN,
) -> dict[str, Any]:
    """Run every candidate on the check images against float32; time each (ms per image, the
    engine's streams in flight); check reduced JPEG decoding with the fastest passing candidate.
    Returns {"candidates": {name: {...}}, "chosen", "decode": {...}, "threshold", "images"}."""
    from app.core.autolabel.backends.choice import throughput_ms
    from app.core.autolabel.backends.reduced_decode import SCALES, make_preprocessor, usable_scale
    from app.core.autolabel.backends.runtimes import load_backend

    full = make_preprocessor(*pre_args)
    decoded, full_ms = _decode_all(full, check_paths)
    if not decoded:
        raise LabelBenchError("precision check: none of the check images could be read")
    x0 = np.ascontiguousarray(decoded[0][0][None])
    specs = [("f32", f32_path, "exact")]
    if bf16:
        specs.append(("bf16", f32_path, "fast"))
    if int8_path is not None:
        specs.append(("int8", int8_path, "int8"))
    cand: dict[str, dict[str, Any]] = {}
    ref: list[Boxes] | None = None
    backends: dict[str, Backend] = {}
    try:
        for name, path, prec in specs:
            be = backends[name] = load_backend(path, "openvino", prec, "cpu")
            boxes = _predict(be, decoded, opt)
            if ref is None:
                ref = boxes
            c = compare(ref, boxes)
            c["ms_per_image"] = round(throughput_ms(be, x0), 2)
            c["passed"] = name == "f32" or bool(c["agreement"] >= threshold)  # f32 is the reference
            cand[name] = c
        passing = [n for n, c in cand.items() if c["passed"]]
        chosen = min(passing, key=lambda n: cand[n]["ms_per_image"])
        decode: dict[str, Any] = {"full_ms": round(full_ms, 2)}
        h, w = decoded[0][1]
        for s in SCALES:  # reduced decoding with the chosen precision, where these images allow it
            red = make_preprocessor(*pre_args, scale=s)
            if usable_scale(h, w, red.new_shape, s) < s:
                decode[f"1/{s}"] = {"passed": False, "note": f"images too small for 1/{s}"}
                continue
            rdecoded, rms = _decode_all(red, check_paths)
            c = compare(cast("list[Boxes]", ref), _predict(backends[chosen], rdecoded, opt))  # f32 ran first
            c["ms"] = round(rms, 2)
            c["passed"] = bool(c["agreement"] >= threshold and rms < full_ms)
            decode[f"1/{s}"] = c
    finally:
        for be in backends.values():
            be.close()
    scale = max([s for s in SCALES if decode[f"1/{s}"]["passed"]], default=1)
    return {
        "candidates": cand,
        "chosen": chosen,
        "decode": decode,
        "decode_scale": scale,
        "threshold": threshold,
        "images": len(decoded),
    }


# ---- the decision --------------------------------------------------------------------------


def _figures(check: dict[str, Any]) -> str:
    parts = []
    for name, c in check["candidates"].items():
        s = f"{name} {c['ms_per_image']:g} ms/img"
        if name != "f32":
            s += f", agreement {c['agreement']:.3f}, F1 {c['f1']:.3f}"
        parts.append(s)
    return "; ".join(parts)


def _decode_words(check: dict[str, Any]) -> str:
    d = check.get("decode") or {}
    scale = check.get("decode_scale", 1)
    if scale > 1:
        c = d[f"1/{scale}"]
        return (
            f"JPEGs decoded at 1/{scale} (passed: agreement {c['agreement']:.3f}, "
            f"{c['ms']:g} vs {d['full_ms']:g} ms/img)"
        )
    tried = [(k, c) for k, c in d.items() if k.startswith("1/") and "agreement" in c]
    if not tried:
        return "JPEGs decoded in full"
    k, c = tried[0]
    why = (
        f"agreement {c['agreement']:.3f}"
        if c["agreement"] < check["threshold"]
        else f"not faster: {c['ms']:g} vs {d['full_ms']:g} ms/img"
    )
    return f"JPEGs decoded in full ({k} failed: {why})"


def explain(check: dict[str, Any], chosen: str, forced: bool = False) -> str:
    """One line: which precision runs and why, with the check's numbers."""
    cand = check["candidates"]
    thr = check["threshold"]
    failed = [f"{n} failed (agreement {c['agreement']:.3f} < {thr:g})" for n, c in cand.items() if not c["passed"]]
    if forced:
        c = cand.get(chosen, {})
        verdict = "passed" if c.get("passed") else f"would not pass (fast runs {check['chosen']})"
        head = f"{chosen}: forced by --precision {chosen}; its check {verdict}"
    else:
        head = f"{chosen}: the fastest precision passing the check"
        if failed:
            head += f" ({', '.join(failed)})"
    return (
        f"{head}; check against float32 on {check['images']} {check.get('where', 'held-out images of this folder')} "
        f"(box agreement, same class, IoU >= {IOU_AGREE:g}; pass >= {thr:g}): {_figures(check)}; "
        f"{_decode_words(check)}"
    )


def _export_input(f32_folder: Path, imgsz: int | None) -> tuple[int, int, bool]:
    """(imgsz, stride, auto) of the engine's letterbox for this export, from its metadata."""
    import math

    import yaml

    meta = yaml.safe_load((f32_folder / "metadata.yaml").read_text(encoding="utf-8")) or {}
    stride = int(meta.get("stride", 32))
    size = meta.get("imgsz", 640)
    want = int(imgsz or (size if isinstance(size, int) else max(size)))
    return math.ceil(want / stride) * stride, stride, bool((meta.get("args") or {}).get("dynamic", True))


def decision_file(int8_model: Path, imgsz: int) -> Path:
    import openvino

    ver = openvino.__version__.split("-")[0]
    return Path(int8_model).parent / f"check-{machine_key()}-ov{ver}-{imgsz}.json"


def resolve(
    model: str | os.PathLike[str],
    images: list[str],
    opt: AutolabelOptions,
    log: Callable[[str], object] | None = None,
    threshold: float | None = None,
) -> Resolution | None:
    """The precision a run of `model` over `images` uses under opt.precision; None where the
    choice is not ours (exact, or not a .pt on the CPU through OpenVINO): the backend decides."""
    threshold = AGREEMENT_MIN if threshold is None else threshold
    from app.core.autolabel.backends.quantize import (
        MIN_IMAGES,
        cached_int8,
        ensure_int8,
        nncf_version,
        sample_key,
        split_sample,
    )
    from app.core.autolabel.backends.runtimes import model_format

    want = opt.precision
    if want == "exact":
        return None
    cpu = opt.device in ("cpu", "", None)
    if not (cpu and opt.backend in ("auto", "openvino") and model_format(model) == "pt"):
        if want == "int8":
            raise UsageError(
                "--precision int8 needs a .pt model run on the CPU with --backend auto or openvino "
                "(its OpenVINO export is what gets quantized)"
            )
        if cpu and has_bf16() and model_format(model) in ("openvino", "onnx"):  # OpenVINO would pick bf16 unchecked
            return Resolution(
                "f32",
                "f32: a reduced precision is checked only for a .pt model (its own export); this model runs float32",
                exact=True,
            )
        return None
    bf16 = has_bf16()
    cal, chk = split_sample(images)

    def fallback(why_not_int8: str) -> Resolution:
        return _fallback(model, images, chk, opt, bf16, threshold, why_not_int8, log)

    if not cal:
        if want == "int8":
            raise UsageError(
                f"--precision int8 needs at least {MIN_IMAGES} images to calibrate and check on, got {len(images)}"
            )
        return fallback(f"int8 not tried: {len(images)} images, at least {MIN_IMAGES} needed to calibrate and check")
    if not nncf_version():
        if want == "int8":
            raise UsageError("--precision int8 needs NNCF (pip install nncf)")
        return fallback("int8 not tried: NNCF is not installed")
    if want == "fast" and len(images) < INT8_AUTO_MIN and cached_int8(model, sample_key(cal)) is None:
        return fallback(
            f"int8 not tried: {len(images)} images, calibrating (about a minute) pays off from "
            f"{INT8_AUTO_MIN} (--precision int8 calibrates now, once)"
        )
    from app.core.autolabel.backends.model_cache import ensure_export
    from app.core.autolabel.backends.reduced_decode import make_preprocessor
    from app.core.io.atomic import atomic_write_text

    f32 = ensure_export(model, "openvino", log=log)
    pre_args = _export_input(f32, opt.imgsz)
    try:
        int8 = ensure_int8(model, f32, cal, make_preprocessor(*pre_args), log=log)
    except LabelBenchError as e:
        if want == "int8":
            raise
        return fallback(f"int8 unavailable: {e}")
    dfile = decision_file(int8, pre_args[0])
    try:
        check = json.loads(dfile.read_text(encoding="utf-8"))
        if check.get("threshold") != threshold:
            check = None
    except (OSError, ValueError):
        check = None
    if check is None:
        if log:
            log(f"checking int8{' and bf16' if bf16 else ''} against float32 on {len(chk)} held-out images (once)")
        check = run_check(f32, int8, chk, pre_args, opt, bf16, threshold)
        try:
            atomic_write_text(dfile, json.dumps(check) + "\n")
        except OSError:
            pass
    chosen = "int8" if want == "int8" else check["chosen"]
    scale = check.get("decode_scale", 1) if chosen == check["chosen"] else 1
    return Resolution(
        chosen,
        explain(check, chosen, forced=want == "int8"),
        model_path=int8 if chosen == "int8" else None,
        decode_scale=scale,
        check=check,
    )


def _fallback(
    model: str | os.PathLike[str],
    images: list[str],
    held_out: list[str],
    opt: AutolabelOptions,
    bf16: bool,
    threshold: float,
    why_not_int8: str,
    log: Callable[[str], object] | None = None,
) -> Resolution:
    """No int8: float32 where the CPU has no bf16 (nothing reduced, nothing to check); else bf16
    (and reduced decoding) checked against float32 on the held-out images, or on the folder itself
    when it is too small to hold any out, and kept only where the check passes."""
    if not bf16:
        return Resolution("f32", f"f32 (this CPU has no bf16); {why_not_int8}")
    from app.core.autolabel.backends.model_cache import ensure_export
    from app.core.autolabel.backends.quantize import CHECK_MAX

    where = "held-out images of this folder"
    paths = list(held_out)
    if not paths:
        ordered = sorted(images)
        k = min(len(ordered), CHECK_MAX)
        paths = [ordered[(i * len(ordered)) // k] for i in range(k)] if k else []
        where = "images of this folder itself (too few to hold any out)"
    if not paths:
        return Resolution("f32", f"f32: no images to check bf16 on; {why_not_int8}")
    f32 = ensure_export(model, "openvino", log=log)
    if log:
        log(f"checking bf16 against float32 on {len(paths)} {where}")
    check = run_check(f32, None, paths, _export_input(f32, opt.imgsz), opt, True, threshold)
    check["where"] = where
    chosen = check["chosen"]
    return Resolution(
        chosen, f"{explain(check, chosen)}; {why_not_int8}", decode_scale=check.get("decode_scale", 1), check=check
    )


def peek_decode_scale(model: str | os.PathLike[str], images: list[str], opt: AutolabelOptions) -> int:
    """The JPEG decode scale a cached decision gives, without loading anything (for the early
    decoder); 1 when nothing is cached."""
    try:
        from app.core.autolabel.backends.quantize import cached_int8, sample_key, split_sample

        if opt.precision != "fast" or opt.device not in ("cpu", "", None) or not str(model).endswith(".pt"):
            return 1
        cal, _ = split_sample(images)
        int8 = cached_int8(model, sample_key(cal)) if cal else None
        if int8 is None:
            return 1
        from app.core.autolabel.backends.model_cache import export_dir, exported_model_path

        pre_args = _export_input(exported_model_path(export_dir(model, "openvino"), "openvino"), opt.imgsz)
        found = sorted(int8.parent.glob(f"check-{machine_key()}-ov*-{pre_args[0]}.json"))  # no openvino import
        return int(json.loads(found[-1].read_text(encoding="utf-8")).get("decode_scale", 1)) if found else 1
    except Exception:
        return 1


def default_words(opt: AutolabelOptions, backend: Backend) -> tuple[str, str]:
    """(precision, why) of a run whose precision the backend decides (exact, or not a .pt on the CPU)."""
    own = getattr(backend, "precision_words", None)
    if own is not None:  # e.g. the GPU backend
        return cast(tuple[str, str], own())
    if opt.precision == "exact":
        return "f32", "f32: --precision exact (float32, the labels of yolo predict)"
    if backend.kind != "openvino":
        return "f32", f"f32: {backend.describe()} runs float32; int8 is checked only for a .pt run through OpenVINO"
    p = "bf16" if has_bf16() else "f32"
    return p, f"{p}: OpenVINO's default on this CPU; int8 is checked only for a .pt model (its cached export)"
