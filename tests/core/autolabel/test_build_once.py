"""build_once, the cached-build-under-a-lock that the ONNX/OpenVINO export, the int8 model and the
TensorRT engine share: built once, a failed build leaves nothing, a stale folder is replaced."""

import pytest

from app.core.autolabel.backends.model_cache import build_once


def test_built_once_then_reused(tmp_path):
    calls = []

    def build(work, built):
        calls.append(work)
        (built / "model.bin").write_bytes(b"x")
        return "note\n"

    folder = tmp_path / "cache" / "m"
    build_once(folder, "fmt", build)
    build_once(folder, "fmt", build)
    assert len(calls) == 1 and not calls[0].exists()  # the temp folder is gone
    assert (folder / "DONE").read_text() == "note\n" and (folder / "model.bin").read_bytes() == b"x"
    assert sorted(p.name for p in folder.parent.iterdir()) == [".fmt.lock", "m"]


def test_failed_build_leaves_nothing_and_stale_folder_is_replaced(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "half.bin").write_bytes(b"killed run")  # no DONE: unfinished

    def broken(work, built):
        (built / "part").write_bytes(b"y")
        raise RuntimeError("exporter says no")

    with pytest.raises(RuntimeError):
        build_once(folder, "fmt", broken)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".fmt.lock", "m"]
    assert [p.name for p in folder.iterdir()] == ["half.bin"]
    build_once(folder, "fmt", lambda work, built: "ok\n")
    assert sorted(p.name for p in folder.iterdir()) == ["DONE"]
