"""A data.yaml is never half-understood: a class name given twice (a by-name class map would pick
one of the two ids) and a folder named like a data.yaml are one line each, naming the file."""

from __future__ import annotations

import pytest

from app.core.errors import FileError
from app.core.io.layout import load_class_names, resolve_source
from app.core.io.yaml_safe import class_names_from


def test_a_repeated_class_name_is_one_line():
    with pytest.raises(FileError) as e:
        class_names_from({0: "car", 1: "person", 2: "car"}, "data.yaml")
    assert str(e.value) == "data.yaml: names: class 2 'car' repeats class 0; give each class its own name"
    assert class_names_from(["car", "Car", "car "], "d.yaml") == ["car", "Car", "car "]  # distinct strings


def test_a_repeated_name_in_a_real_file(tmp_path):
    f = tmp_path / "data.yaml"
    f.write_text("train: images\nval: images\nnames: [a, b, a]\n")
    with pytest.raises(FileError, match="class 2 'a' repeats class 0"):
        load_class_names(f)


def test_a_folder_named_data_yaml_is_refused(tmp_path):
    (tmp_path / "data.yaml").mkdir()
    with pytest.raises(FileError) as e:
        resolve_source(tmp_path / "data.yaml")
    assert "is a folder named like a data.yaml, not the file" in str(e.value)


def test_a_file_name_that_is_not_utf8_is_named_escaped_and_skipped(tmp_path):
    """The index stores names as text: such a file is one line (escaped, never raw bytes on the
    terminal), and the rest of the folder is indexed and listed as usual (it was a traceback)."""
    import os
    import shutil

    import cv2
    import numpy as np

    from app.core.dataset.index import DatasetIndex
    from app.core.io.images import list_images

    ds = tmp_path / "ds"
    ds.mkdir()
    cv2.imwrite(str(ds / "good.jpg"), np.zeros((8, 8, 3), np.uint8))
    shutil.copy(ds / "good.jpg", os.fsencode(ds) + b"/\xff\xfebad.jpg")
    skipped: list[str] = []
    assert [os.path.basename(p) for p in list_images(ds, skipped)] == ["good.jpg"]
    assert skipped == [f"{ds}/\\xff\\xfebad.jpg: skipped: the file name is not valid UTF-8; rename it to label it"]
    with DatasetIndex.open(ds) as idx:
        refreshed = idx.refresh()
        assert idx.count() == 1
    assert any("\\xff\\xfebad.jpg: skipped: the file name is not valid UTF-8" in w for w in refreshed["errors"])


def test_a_folder_nested_past_the_path_limit_is_named_not_dropped(tmp_path):
    import os

    from app.core.io.images import list_images

    (tmp_path / "top.jpg").write_bytes(b"x")
    name = "d" * 250
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        for _ in range(18):  # 251 characters a level: past PATH_MAX (4096), few levels (rmtree recurses)
            os.mkdir(name, dir_fd=fd)
            nxt = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
    finally:
        os.close(fd)
    skipped: list[str] = []
    assert [os.path.basename(p) for p in list_images(tmp_path, skipped)] == ["top.jpg"]
    assert (
        len(skipped) == 1
        and skipped[0].endswith(f"{name[-20:]}: skipped: cannot be read here (path too long, or no permission)")
        and "..." in skipped[0]
    )
