"""Atomic writes keep an existing file's mode, give new files 0666 & ~umask, and survive 250-byte names."""

from __future__ import annotations

import os
import stat

import pytest

from app.core.io.atomic import atomic_write_text, current_umask, sweep_temps


def _mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


@pytest.fixture
def umask022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_new_file_gets_0666_minus_umask(tmp_path, umask022):
    p = tmp_path / "a.txt"
    atomic_write_text(p, "x\n")
    assert _mode(p) == 0o644
    with open(tmp_path / "plain.txt", "w") as f:
        f.write("x")
    assert _mode(p) == _mode(tmp_path / "plain.txt")


def test_other_umask(tmp_path):
    old = os.umask(0o077)
    try:
        assert current_umask() == 0o077
        atomic_write_text(tmp_path / "b.txt", "x")
        assert _mode(tmp_path / "b.txt") == 0o600
        os.umask(0o002)
        atomic_write_text(tmp_path / "c.txt", "x")
        assert _mode(tmp_path / "c.txt") == 0o664
    finally:
        os.umask(old)


def test_existing_file_keeps_its_mode(tmp_path, umask022):
    for mode in (0o644, 0o640, 0o664, 0o600, 0o755):
        p = tmp_path / f"m{mode:o}.txt"
        p.write_text("old")
        os.chmod(p, mode)
        atomic_write_text(p, "new")
        assert p.read_text() == "new"
        assert _mode(p) == mode


def test_label_pipeline_and_script_modes(tmp_path, umask022):
    import numpy as np

    from app.core.io.yolo_labels import write_labels
    from app.core.pipeline.model import Pipeline

    lab = tmp_path / "labels" / "a.txt"
    write_labels(lab, np.array([0]), np.array([[0.5, 0.5, 0.2, 0.2]]))
    assert _mode(lab) == 0o644
    os.chmod(lab, 0o664)
    write_labels(lab, np.array([1]), np.array([[0.5, 0.5, 0.2, 0.2]]))
    assert _mode(lab) == 0o664

    pipe = Pipeline()
    pipe.save(tmp_path / "p.json")
    assert _mode(tmp_path / "p.json") == 0o644
    pipe.export_python(tmp_path / "p.py")
    assert _mode(tmp_path / "p.py") == 0o644


def test_250_byte_name(tmp_path):
    name = "n" * 246 + ".txt"
    atomic_write_text(tmp_path / name, "ok\n")
    atomic_write_text(tmp_path / name, "again\n")  # the rerun that used to crash
    assert (tmp_path / name).read_text() == "again\n"
    assert sorted(os.listdir(tmp_path)) == [name]
    uni = "é" * 123 + ".txt"  # 250 bytes in UTF-8
    atomic_write_text(tmp_path / uni, "u")
    assert (tmp_path / uni).read_text() == "u"


def test_sweep_temps_removes_only_the_targets_own_regular_temps(tmp_path):
    target = "x" * 250  # a long name: the temp's target part is cut, and still recognised
    (tmp_path / target).write_text("kept")
    atomic_write_text(tmp_path / target, "new")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    names = [f".{target}"[: 255 - 13] + ".0123abcd.tmp", ".y.txt.0123abcd.tmp", ".x.0123abcd.tmp.bak"]
    for n in names:
        (tmp_path / n).write_text("t")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path / "sub", tmp_path / (f".{target}"[: 255 - 13] + ".ffffffff.tmp"))
    assert sweep_temps(tmp_path, target) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == sorted(
        names[1:] + [f".{target}"[: 255 - 13] + ".ffffffff.tmp"]
    )
    assert (tmp_path / target).read_text() == "new"
    assert sweep_temps(tmp_path / "missing", target) == 0
