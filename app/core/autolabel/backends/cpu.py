"""What this CPU offers OpenVINO: its instruction-set flags, whether bfloat16 runs, and a key that
tells machines apart for the decisions cached beside an export (backend choice, precision check).

oneDNN (inside OpenVINO and PyTorch) honours ONEDNN_MAX_CPU_ISA: with it set to AVX2 an AVX-512
machine runs the kernels an AVX2-only CPU runs. OpenVINO still lists BF16 among its capabilities
then, and compiling a model in bfloat16 fails, so the cap is read here and bf16 counts as absent
below AVX512_CORE_BF16. The cap also goes into the machine key: a decision measured without it is
not reused under it, nor one made on another CPU that shares the cache folder (a home on NFS).
"""

from __future__ import annotations

import functools
import hashlib
import os
from typing import Any

CPU_FLAGS = ("avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni", "avx512_bf16", "amx_bf16", "amx_int8", "avx512_fp16")

# oneDNN's ISA names, lowest first, with the flags each adds (cpu_isa_traits.hpp; AVX10_1_512 is
# AVX512_CORE_FP16's newer name, AVX10_1_512_AMX AVX512_CORE_AMX's)
ISA_ORDER = (
    ("SSE41", ()),
    ("AVX", ()),
    ("AVX2", ("avx2", "fma")),
    ("AVX2_VNNI", ("avx_vnni",)),
    ("AVX2_VNNI_2", ()),
    ("AVX512_CORE", ("avx512f",)),
    ("AVX512_CORE_VNNI", ("avx512_vnni",)),
    ("AVX512_CORE_BF16", ("avx512_bf16",)),
    ("AVX512_CORE_FP16", ("avx512_fp16",)),
    ("AVX512_CORE_AMX", ("amx_bf16", "amx_int8")),
    ("AVX512_CORE_AMX_FP16", ()),
)
_ALIASES = {
    "AVX10_1_512": "AVX512_CORE_FP16",
    "AVX10_1_512_AMX": "AVX512_CORE_AMX",
    "AVX10_1_512_AMX_FP16": "AVX512_CORE_AMX_FP16",
}
_NAMES = [n for n, _ in ISA_ORDER]


def max_isa() -> str | None:
    """The ISA cap oneDNN runs under (ONEDNN_MAX_CPU_ISA, or its old name DNNL_MAX_CPU_ISA),
    upper-case; None when there is none (or ALL/DEFAULT, or a name oneDNN does not know)."""
    raw = os.environ.get("ONEDNN_MAX_CPU_ISA") or os.environ.get("DNNL_MAX_CPU_ISA") or ""
    name = _ALIASES.get(raw.strip().upper(), raw.strip().upper())
    return name if name in _NAMES else None


def _allowed(flag: str, cap: str | None) -> bool:
    if cap is None:
        return True
    limit = _NAMES.index(cap)
    for k, (_n, flags) in enumerate(ISA_ORDER):
        if flag in flags:
            return k <= limit
    return True


def _proc_line(prefix: str) -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith(prefix):
                    return line.split(":", 1)[1]
    except OSError:
        pass
    return None


def cpu_flags() -> list[str]:
    """The instruction-set flags that decide OpenVINO's speed (from /proc/cpuinfo), as the CPU has them."""
    line = _proc_line("flags")
    have = set(line.split()) if line else set()
    return [fl for fl in CPU_FLAGS if fl in have]


def effective_flags() -> list[str]:
    """cpu_flags() less those above the ISA cap (what oneDNN actually uses)."""
    cap = max_isa()
    return [fl for fl in cpu_flags() if _allowed(fl, cap)]


def cpu_name() -> str:
    line = _proc_line("model name")
    if line:
        return line.strip()
    import platform

    return platform.processor() or "unknown CPU"


@functools.cache
def _openvino_lists_bf16() -> bool:
    try:
        import openvino as ov

        return "BF16" in ov.Core().get_property("CPU", "OPTIMIZATION_CAPABILITIES")
    except Exception:
        return False


def has_bf16() -> bool:
    """OpenVINO's CPU plugin runs bfloat16 by default here (AVX512-BF16 or AMX, not capped below them)."""
    cap = max_isa()
    if cap is not None and _NAMES.index(cap) < _NAMES.index("AVX512_CORE_BF16"):
        return False
    return _openvino_lists_bf16()


def machine_key() -> str:
    """'<n>cpu-<8 hex>': the core count and a hash of the effective flags and the cap."""
    tag = ",".join(effective_flags()) + "|" + (max_isa() or "")
    return f"{os.cpu_count() or 1}cpu-{hashlib.sha256(tag.encode()).hexdigest()[:8]}"


def describe() -> dict[str, Any]:
    """For benchmark lines and reports: {"name", "flags", "max_isa", "effective_flags", "openvino_bf16"}."""
    return {
        "name": cpu_name(),
        "flags": cpu_flags(),
        "max_isa": max_isa(),
        "effective_flags": effective_flags(),
        "openvino_bf16": has_bf16(),
    }


def capped_below_bf16() -> bool:
    """An ISA cap hides the CPU's bf16 from oneDNN while OpenVINO still lists BF16 (and would compile
    bfloat16 by default, which then fails)."""
    return max_isa() is not None and not has_bf16() and _openvino_lists_bf16()


def ensure_f32_default() -> None:
    """Under such a cap, make float32 the default precision of every OpenVINO CPU compilation in this
    process, as OpenVINO itself does on a CPU without bf16 (Ultralytics' loader compiles with the
    default); an explicit INFERENCE_PRECISION_HINT is kept. Nothing changes without a cap."""
    if not capped_below_bf16():
        return
    import openvino as ov

    orig = ov.Core.compile_model
    if getattr(orig, "labelbench_f32", False):
        return

    def compile_model(
        self: Any, model: Any, device_name: Any = None, config: dict[str, Any] | None = None, **kw: Any
    ) -> Any:
        if device_name in (None, "CPU", "AUTO") or str(device_name).startswith("CPU"):
            config = dict(config or {})
            config.setdefault("INFERENCE_PRECISION_HINT", "f32")
        return orig(self, model, device_name, config, **kw)

    compile_model.labelbench_f32 = True  # type: ignore[attr-defined]
    ov.Core.compile_model = compile_model
