"""Loaded by every Python process of `scripts/bench_autolabel.py --max-isa ...` (this folder is put
on PYTHONPATH): under an ISA cap below bf16, OpenVINO still compiles bfloat16 by default and fails,
where on a CPU that really lacks bf16 it compiles float32. This makes float32 the default, so that
`yolo predict` on an OpenVINO export runs as it would on such a CPU (see app.core.autolabel.backends.cpu)."""

import os

if os.environ.get("ONEDNN_MAX_CPU_ISA"):
    try:
        from app.core.autolabel.backends.cpu import ensure_f32_default

        ensure_f32_default()
    except Exception as e:
        print(f"isa_cap: cannot set OpenVINO's float32 default ({type(e).__name__}: {e})")
