""" "Optimize for this machine": the .pt is exported once (cached by hash, not beside the model),
both backends are timed once, the faster one runs, and the decision is remembered."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from app.core.autolabel.backends.choice import choice_file
from app.core.autolabel.backends.model_cache import export_dir, file_sha256
from app.core.autolabel.backends.runtimes import load_backend
from tests.support.autolabel_data import MODEL


@pytest.mark.slow  # a real export and a speed measurement
def test_export_is_cached_by_hash_and_the_faster_backend_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("LABELBENCH_CACHE", str(tmp_path / "cache"))
    ro = tmp_path / "readonly"
    ro.mkdir()
    model = ro / "demo.pt"
    shutil.copy(MODEL, model)
    ro.chmod(stat.S_IRUSR | stat.S_IXUSR)  # the user's model folder may be read-only
    try:
        notes = []
        be = load_backend(model, "auto", "exact", log=notes.append)
        folder = export_dir(model, "openvino")
        assert folder.is_relative_to(tmp_path / "cache") and file_sha256(model) in str(folder)
        assert sorted(os.listdir(ro)) == ["demo.pt"]  # nothing written beside the model
        choice = json.loads(choice_file(folder, "exact").read_text())
        assert choice["chosen"] == be.kind
        assert choice["chosen"] == min(("pt", "openvino"), key=lambda k: choice[f"{k}_ms"])
        assert choice["pt_ms"] > 0 and choice["openvino_ms"] > 0
        assert any("measured on this machine" in n for n in notes)
        be.close()

        # the decision is read, not measured again; a stored "pt" decision is followed
        choice_file(folder, "exact").write_text(json.dumps({**choice, "chosen": "pt"}))
        notes.clear()
        be = load_backend(model, "auto", "exact", log=notes.append)
        assert be.kind == "pt" and not any("measured" in n for n in notes)
        be.close()
        choice_file(folder, "exact").write_text(json.dumps({**choice, "chosen": "openvino"}))
        be = load_backend(model, "auto", "exact")
        assert be.kind == "openvino" and "float32" in be.describe()
        be.close()
    finally:
        ro.chmod(stat.S_IRWXU)
