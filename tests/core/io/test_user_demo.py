"""The demo dataset the app opens is the user's copy (app.core.io.resources.user_demo), made from the
bundled one on first use, kept across starts, made afresh on reset; the bundled files are only read."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import LabelBenchError
from app.core.io import resources
from app.core.io.resources import user_data_dir, user_demo
from tests.support.paths import DEMO_DIR


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".labelbench" not in p.parts
    }


def test_made_on_first_use_kept_then_reset(tmp_path, monkeypatch):
    monkeypatch.setenv("LABELBENCH_DATA", str(tmp_path / "data"))
    bundled = _tree(DEMO_DIR)
    data_yaml = user_demo()
    copy = tmp_path / "data" / "demo"
    assert data_yaml == copy / "data.yaml" and _tree(copy) == bundled and len(bundled) == 49
    assert not (copy / ".labelbench").exists()
    # what the user does to the copy stays there, start after start
    label = copy / "labels" / "train" / "demo_000000.txt"
    label.write_text("0 0.5 0.5 0.1 0.1\n")
    (copy / ".labelbench").mkdir()
    (copy / ".labelbench" / "index.sqlite").write_bytes(b"x")
    assert user_demo() == data_yaml and label.read_text() == "0 0.5 0.5 0.1 0.1\n"
    # reset: the bundled content again, nothing of the old copy left, no temporary folders beside it
    assert user_demo(reset=True) == data_yaml
    assert _tree(copy) == bundled and not (copy / ".labelbench").exists()
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["demo"]
    assert _tree(DEMO_DIR) == bundled


def test_data_folder_follows_xdg_then_home(tmp_path, monkeypatch):
    monkeypatch.delenv("LABELBENCH_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert user_data_dir() == tmp_path / "xdg" / "labelbench"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_data_dir() == tmp_path / "home" / ".local" / "share" / "labelbench"


def test_a_missing_bundled_demo_is_one_line_and_the_old_copy_stays(tmp_path, monkeypatch):
    monkeypatch.setenv("LABELBENCH_DATA", str(tmp_path / "data"))
    data_yaml = user_demo()
    monkeypatch.setattr(resources, "demo_dataset", lambda: tmp_path / "nowhere" / "data.yaml")
    with pytest.raises(LabelBenchError, match="bundled demo dataset is missing"):
        user_demo(reset=True)
    assert data_yaml.is_file()
