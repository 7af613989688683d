"""What the int8 model keeps in float and how it is quantized on this CPU: the head's Sigmoid, DFL
and last 1x1 convolutions in float (on the demo model's real OpenVINO export), NNCF's overflow fix
in every layer on a CPU without VNNI (an AVX2 cap here), and both in the cache folder's name so a
model quantized for another CPU or recipe is not reused."""

from __future__ import annotations

import re

from app.core.autolabel.backends import quantize
from app.core.autolabel.backends.cpu import cpu_flags
from tests.support.autolabel_data import MODEL, shared_cache_dir


def test_head_scope_keeps_the_last_convolutions_in_float(tmp_path_factory, monkeypatch):
    import openvino as ov

    from app.core.autolabel.backends.model_cache import ensure_export

    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))
    folder = ensure_export(MODEL, "openvino")
    model = ov.Core().read_model(str(next(folder.glob("*.xml"))))
    scope = set(quantize.head_ignored_scope(model))
    convs = [op.get_friendly_name() for op in model.get_ordered_ops() if op.get_type_name() == "Convolution"]
    kept = sorted(n for n in convs if n in scope)
    head = [n for n in convs if ".model.22." in n]
    assert len(head) == 19  # YOLOv8: 3 levels x 2 branches x 3 convs + DFL
    assert kept == sorted(n for n in head if re.search(r"\.cv[23]\.\d\.2/", n) or ".dfl." in n)
    assert len(kept) == 7  # 6 last convolutions and the DFL
    assert all(n not in scope for n in convs if ".model.22." not in n)  # the backbone is quantized
    assert any(op.get_type_name() == "Sigmoid" and op.get_friendly_name() in scope for op in model.get_ordered_ops())


def test_overflow_fix_follows_vnni_and_names_the_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("LABELBENCH_CACHE", str(tmp_path))
    monkeypatch.delenv("DNNL_MAX_CPU_ISA", raising=False)
    monkeypatch.delenv("ONEDNN_MAX_CPU_ISA", raising=False)
    vnni = bool({"avx512_vnni", "avx_vnni", "amx_int8"} & set(cpu_flags()))
    free = quantize.int8_dir(MODEL, "k")
    assert quantize.overflow_fix() == ("first_layer_only" if vnni else "enable")
    assert free.name.startswith(f"openvino-int8-{quantize.RECIPE}-") and free.name.endswith("-k")
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX2")  # what an AVX2-only CPU multiplies with
    assert quantize.overflow_fix() == "enable"
    capped = quantize.int8_dir(MODEL, "k")
    assert "-ofix-" in capped.name
    assert (capped != free) == vnni  # another recipe, another folder
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX2_VNNI")
    assert quantize.overflow_fix() == ("first_layer_only" if "avx_vnni" in cpu_flags() else "enable")
