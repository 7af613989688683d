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
