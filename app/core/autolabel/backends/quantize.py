"""INT8 post-training quantization of a model's cached OpenVINO export, calibrated on the user's images.

    ~/.cache/labelbench/exports/<sha256 of the .pt>/openvino-int8-<recipe>-<ultralytics>-nncf<ver>[-ofix]-<sample key>/
        model_openvino_model/   the int8 IR (+ the f32 export's metadata.yaml, so AutoBackend loads it)
        check-*.json            the check's figures and the decision (app.core.autolabel.backends.precision)

NNCF quantizes the f32 IR that app.core.autolabel.backends.model_cache exported, as Ultralytics' exporter
does with `int8=True` (`nncf.quantize`, MIXED preset, the detection head's Sigmoid and DFL left in
float; on a CPU without VNNI, NNCF's overflow fix in every layer, `-ofix` in the folder name),
but on a sample of the images being labeled, letterboxed exactly as the engine feeds them,
instead of a dataset's val split. The sample is spread evenly over the (sorted) image list; the
images between the calibration picks form the held-out check sample. The cache key is the model's
SHA-256 plus a hash of the calibration images' paths, sizes and modification times, so another
folder (or changed images) calibrates again and the same folder reuses the result.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.core.errors import LabelBenchError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.core.autolabel.engine.stages import Preprocessor

CALIBRATION_MAX = 300  # images NNCF collects statistics on
CHECK_MAX = 64  # held-out images the check compares on
MIN_IMAGES = 24  # fewer images than this: no int8 (too little to calibrate and check on)


def split_sample(
    paths: list[str], n_cal: int = CALIBRATION_MAX, n_check: int = CHECK_MAX
) -> tuple[list[str], list[str]]:
    """(calibration, check) images, disjoint, both spread evenly over the sorted list.
    With fewer images than n_cal + n_check, about a fifth (at least 8) go to the check."""
    ordered = sorted(paths)
    n = len(ordered)
    if n < MIN_IMAGES:
        return [], []
    k = min(n, n_cal + n_check)
    picks = [ordered[(i * n) // k] for i in range(k)]  # evenly spaced over the folder
    n_chk = min(n_check, max(8, k // 5))
    step = k / n_chk
    chk_idx = {int(i * step + step / 2) for i in range(n_chk)}
    check = [p for i, p in enumerate(picks) if i in chk_idx]
    cal = [p for i, p in enumerate(picks) if i not in chk_idx][:n_cal]
    return cal, check


def sample_key(paths: list[str]) -> str:
    """16 hex digits naming a calibration sample: each image's path, size and mtime."""
    h = hashlib.sha256()
    for p in paths:
        try:
            st = os.stat(p)
            h.update(f"{os.path.abspath(p)}|{st.st_size}|{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
        except OSError:
            h.update(f"{p}|missing\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:16]


def nncf_version() -> str:
    try:
        from importlib.metadata import version

        return version("nncf")
    except Exception:
        return ""


RECIPE = "r2"  # what is kept in float (head_ignored_scope): a new recipe calibrates again


def overflow_fix() -> str:
    """NNCF's overflow fix for this CPU: "enable" (weights on 7 bits in every layer) where the CPU
    multiplies int8 without VNNI (AVX2, plain AVX-512: an int16 intermediate saturates, and boxes
    move), "first_layer_only" (NNCF's default) where it has VNNI (AVX-VNNI, AVX512-VNNI, AMX)."""
    from app.core.autolabel.backends.cpu import effective_flags

    vnni = {"avx512_vnni", "avx_vnni", "amx_int8"} & set(effective_flags())
    return "first_layer_only" if vnni else "enable"


def int8_dir(model_pt: str | os.PathLike[str], key: str) -> Path:
    """Where the int8 model of `model_pt` calibrated on the sample `key` lives (one per overflow fix)."""
    from app.core.autolabel.backends.model_cache import cache_root, file_sha256, ultralytics_version

    fix = "" if overflow_fix() == "first_layer_only" else "-ofix"
    return (
        cache_root()
        / "exports"
        / file_sha256(model_pt)
        / f"openvino-int8-{RECIPE}-{ultralytics_version()}-nncf{nncf_version()}{fix}-{key}"
    )


def cached_int8(model_pt: str | os.PathLike[str], key: str) -> Path | None:
    folder = int8_dir(model_pt, key)
    return folder / "model_openvino_model" if (folder / "DONE").exists() else None


def head_ignored_scope(ov_model: Any) -> list[str]:
    """Names of the detection head's Sigmoid and DFL operations, kept in float as Ultralytics'
    exporter keeps them (quantizing the box decoding moves boxes by whole pixels), and of the head's
    last 1x1 convolutions (`cv2.i.2` box distributions, `cv3.i.2` class scores: little compute, and
    in int8 they flip boxes near the confidence threshold; measured under an AVX2 cap on 600 demo
    images, agreement with float32 0.967 -> 0.972, the whole head in float no better and 25 % slower)."""
    ops = ov_model.get_ordered_ops()
    sig = [op.get_friendly_name() for op in ops if op.get_type_name() == "Sigmoid"]
    if not sig:
        return []
    head = sig[-1].split("/", 1)[0]
    last = re.compile(re.escape(head) + r"\.cv[23]\.\d+\.2/")
    return [
        op.get_friendly_name()
        for op in ops
        if op.get_type_name() == "Sigmoid"
        or op.get_friendly_name().startswith((f"{head}/", f"{head}.dfl"))
        or last.match(op.get_friendly_name())
    ]


def calibration_input(x: npt.NDArray[np.uint8]) -> npt.NDArray[Any]:
    """A letterboxed uint8 HxWx3 BGR image -> the f32 IR's input (1x3xHxW RGB /255), as the
    engine's compiled preprocessing makes it."""
    import numpy as np

    return np.ascontiguousarray(x[None, ..., ::-1].transpose(0, 3, 1, 2), dtype=np.float32) / 255.0


def quantize_ir(
    f32_xml: Path, inputs: list[npt.NDArray[Any]], out_xml: Path, subset: int | None = None, fix: str | None = None
) -> None:
    """nncf.quantize the IR on `inputs` (letterboxed uint8 BGR images) and save it as `out_xml`
    (fix: the overflow fix, see overflow_fix(); default this CPU's)."""
    import logging

    import nncf
    import openvino as ov
    from nncf.quantization.advanced_parameters import AdvancedQuantizationParameters, OverflowFix

    nncf.set_log_level(logging.ERROR)
    model = ov.Core().read_model(str(f32_xml))
    adv = AdvancedQuantizationParameters(overflow_fix=OverflowFix(fix or overflow_fix()))
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):  # progress bars
        q = nncf.quantize(
            model,
            nncf.Dataset(inputs, calibration_input),
            preset=nncf.QuantizationPreset.MIXED,
            subset_size=subset or len(inputs),
            ignored_scope=nncf.IgnoredScope(names=head_ignored_scope(model), validate=False),
            advanced_parameters=adv,
        )
    ov.save_model(q, str(out_xml), compress_to_fp16=False)


def ensure_int8(
    model_pt: str | os.PathLike[str],
    f32_folder: Path,
    cal_paths: list[str],
    pre: Preprocessor,
    log: Callable[[str], object] | None = None,
) -> Path:
    """The int8 model of `model_pt` for this calibration sample: cached, else made now from the
    f32 export in `f32_folder` (built in a temp folder and renamed into place under a lock)."""
    if not nncf_version():
        raise LabelBenchError("int8 needs NNCF (pip install nncf)")
    key = sample_key(cal_paths)
    folder = int8_dir(model_pt, key)
    done = folder / "model_openvino_model"

    def build(_work: Path, built: Path) -> str:
        inputs: list[npt.NDArray[Any]] = []
        for p in cal_paths:
            x, _shape, err = pre.decode(p)
            if err is None:
                inputs.append(cast("npt.NDArray[Any]", x))  # decoded: err is None
        if not inputs:
            raise LabelBenchError("int8: none of the calibration images could be read")
        if log:
            log(f"calibrating int8 on {len(inputs)} of these images (once; cached in {folder})")
        (built / "model_openvino_model").mkdir()
        src = Path(f32_folder)
        xml = next(src.glob("*.xml"))
        try:
            quantize_ir(xml, inputs, built / "model_openvino_model" / xml.name)
        except Exception as e:
            msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
            raise LabelBenchError(f"int8 calibration failed ({type(e).__name__}: {msg})") from None
        if (src / "metadata.yaml").exists():
            shutil.copy2(src / "metadata.yaml", built / "model_openvino_model" / "metadata.yaml")
        return f"{len(inputs)} calibration images\n"

    from app.core.autolabel.backends.model_cache import build_once

    build_once(folder, "int8", build)
    return done
