"""Model files never run code: a .pt whose pickle would create a marker file is refused (the
marker never appears); the demo model still loads; --trust-model / trust() lets that one file load
the ordinary (unsafe) way."""

from __future__ import annotations

import pytest

from app.core.errors import ModelLoadError
from app.core.io.models import safety as model_safety
from app.core.io.models.safety import UnsafeModelError, class_names, loading, trust
from tests.support.evil_model import make_evil_pt
from tests.support.paths import DEMO_MODEL


@pytest.fixture
def evil(tmp_path, monkeypatch):
    monkeypatch.delenv(model_safety.TRUST_ENV, raising=False)
    marker = tmp_path / "MARKER"
    return make_evil_pt(tmp_path / "evil.pt", marker), marker


def test_class_names_of_evil_pt_refused_without_running_it(evil):
    path, marker = evil
    with pytest.raises(UnsafeModelError) as e:
        class_names(path)
    assert str(path) in str(e.value) and "io.open" in str(e.value) and "--trust-model" in str(e.value)
    assert not marker.exists()


def test_yolo_load_of_evil_pt_refused(evil):
    from ultralytics import YOLO

    path, marker = evil
    with pytest.raises(UnsafeModelError), loading(path):
        YOLO(str(path))
    assert not marker.exists()


def test_autobackend_of_evil_pt_refused(evil):
    from app.core.autolabel.backends.runtimes import load_backend

    path, marker = evil
    with pytest.raises(UnsafeModelError):
        load_backend(path, backend="pt")
    assert not marker.exists()


def test_demo_model_loads_safely(evil):
    from ultralytics import YOLO

    assert class_names(DEMO_MODEL) == ["circle", "square", "triangle", "star", "ring"]
    with loading(DEMO_MODEL) as safe:
        m = YOLO(str(DEMO_MODEL))
    assert safe and len(m.names) == 5


def test_trusted_file_loads_the_ordinary_way(evil):
    path, marker = evil
    trust(path)
    with pytest.raises(ModelLoadError):  # unpickled (the marker is made), but it is not a model
        class_names(path)
    assert marker.exists()


def test_not_a_checkpoint_is_one_line(tmp_path):
    p = tmp_path / "junk.pt"
    p.write_bytes(b"not a zip at all")
    with pytest.raises(ModelLoadError) as e:
        class_names(p)
    assert str(p) in str(e.value)


def test_every_exporter_loads_through_the_safe_loader(evil, tmp_path, monkeypatch):
    """The OpenVINO/ONNX exports and the GPU path's TensorRT export share one loader: an evil .pt
    is refused there without running, the demo model loads; ensure_export goes through it too."""
    from app.core.autolabel.backends.model_cache import ensure_export, load_for_export

    path, marker = evil
    monkeypatch.setenv("LABELBENCH_CACHE", str(tmp_path / "cache"))
    (tmp_path / "w1").mkdir()
    with pytest.raises(UnsafeModelError):
        load_for_export(path, tmp_path / "w1")
    with pytest.raises(UnsafeModelError):
        ensure_export(path, "onnx")
    assert not marker.exists()
    (tmp_path / "w2").mkdir()
    assert len(load_for_export(DEMO_MODEL, tmp_path / "w2").names) == 5
