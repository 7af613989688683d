"""The CPU as OpenVINO sees it: the ISA cap (ONEDNN_MAX_CPU_ISA) removes bf16, changes the machine
key the cached decisions are filed under, and a real auto-label run under AVX2 runs float32
instead of failing to compile (OpenVINO still lists BF16 under the cap)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.core.autolabel.backends import cpu
from app.core.autolabel.backends.choice import choice_file
from tests.support.autolabel_data import make_images, run_cli, seeded_cache
from tests.support.paths import DEMO_MODEL, ROOT


@pytest.mark.parametrize(
    "raw, want",
    [
        ("avx2", "AVX2"),
        (" AVX512_CORE_BF16 ", "AVX512_CORE_BF16"),
        ("avx10_1_512_amx", "AVX512_CORE_AMX"),
        ("ALL", None),
        ("", None),
        ("bogus", None),
    ],
)
def test_max_isa_reads_onednn_names(monkeypatch, raw, want):
    monkeypatch.delenv("DNNL_MAX_CPU_ISA", raising=False)
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", raw)
    assert cpu.max_isa() == want


def test_cap_removes_flags_and_bf16_and_changes_the_key(monkeypatch, tmp_path):
    monkeypatch.delenv("ONEDNN_MAX_CPU_ISA", raising=False)
    monkeypatch.delenv("DNNL_MAX_CPU_ISA", raising=False)
    free_key, free_flags = cpu.machine_key(), cpu.effective_flags()
    assert free_flags == cpu.cpu_flags()
    assert free_key.startswith(f"{os.cpu_count()}cpu-")
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX2")
    capped = cpu.effective_flags()
    assert not any(f.startswith(("avx512", "amx")) for f in capped)
    assert set(capped) <= set(free_flags) and ("avx2" in capped) == ("avx2" in free_flags)
    assert cpu.has_bf16() is False
    assert cpu.machine_key() != free_key  # a decision made without the cap is not reused
    assert choice_file(tmp_path, "fast").name == f"choice-fast-{cpu.machine_key()}.json"
    d = cpu.describe()
    assert d["max_isa"] == "AVX2" and d["openvino_bf16"] is False and d["effective_flags"] == capped


@pytest.mark.slow  # a real auto-label run in a subprocess under an ISA cap
def test_autolabel_under_avx2_cap_runs_float32(tmp_path, tmp_path_factory):
    """A whole run in a process started under the cap (oneDNN reads it once, at start); its cache
    holds the model's export (made outside the cap: an export does not depend on it), no decision."""
    make_images(tmp_path / "data", 4)
    cache = seeded_cache(tmp_path_factory, tmp_path / "cache")
    env = {"ONEDNN_MAX_CPU_ISA": "AVX2", "LABELBENCH_CACHE": str(cache)}
    p = run_cli(
        tmp_path / "data",
        "--model",
        DEMO_MODEL,
        "--out",
        tmp_path / "out",
        "--backend",
        "openvino",
        "--report",
        tmp_path / "rep.json",
        "--quiet",
        env=env,
    )
    assert p.returncode == 0, p.stderr[-2000:]
    rep = json.loads((tmp_path / "rep.json").read_text())
    assert rep["images"] == 4 and not rep["failed"]
    assert rep["precision"] == "f32" and "no bf16" in rep["precision_why"], rep["precision_why"]
    assert "float32" in rep["backend"]
    assert len([p for p in (tmp_path / "out").rglob("*.txt") if p.name != "classes.txt"]) == 4
    code = "from app.core.autolabel.backends import cpu; print(cpu.has_bf16(), cpu.max_isa())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT), **env),
    ).stdout.split()
    assert out == ["False", "AVX2"]
