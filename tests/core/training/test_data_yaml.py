"""The user's data.yaml never reaches Ultralytics: read_training_data keeps only checked fields,
write_training_yaml writes the file Ultralytics gets, and the worker refuses any other file.
Model config yamls are checked before a model is built from them."""

from __future__ import annotations

import pytest

from app.core.errors import FileError
from app.core.io.yaml_safe import load_yaml_file
from app.core.training.data_yaml import check_generated, read_training_data, write_training_yaml
from app.core.training.model_yaml import check_model_yaml


@pytest.fixture
def ds(tmp_path):
    root = tmp_path / "ds"
    for split in ("train", "val"):
        (root / "images" / split).mkdir(parents=True)
        (root / "labels" / split).mkdir(parents=True)
    return root


def _yaml(root, text: str):
    p = root / "data.yaml"
    p.write_text(text)
    return p


def test_only_checked_fields_are_written(ds, tmp_path):
    src = _yaml(
        ds,
        "train: images/train\nval: images/val\nnames: {0: a, 1: 'b: c'}\n"
        "download: |\n  import os; os.system('touch PWNED')\nyaml_file: /etc/passwd\n"
        "kpt_shape: [17, 3]\nflip_idx: [0, 2, 1]\n",
    )
    d = read_training_data(src)
    assert d.root == ds.resolve() and d.names == ["a", "b: c"]
    assert d.splits == {"train": [ds / "images/train"], "val": [ds / "images/val"]}
    assert d.ignored == ["download", "yaml_file"]
    out = write_training_yaml(d, tmp_path / "run")
    data = load_yaml_file(out)
    assert set(data) == {"path", "train", "val", "names", "kpt_shape", "flip_idx"}
    assert data["names"] == {0: "a", 1: "b: c"} and data["kpt_shape"] == [17, 3]
    assert data["train"] == [str(ds / "images/train")]
    check_generated(out)  # the worker's guard accepts it ...
    with pytest.raises(FileError, match="not a data file written by LabelBench"):
        check_generated(src)  # ... and refuses the user's own file


def test_missing_split_is_one_line_naming_it_and_its_line(ds):
    src = _yaml(
        ds,
        "path: .\ntrain: images/train\nval: images/missing_val\nnames: [a]\ndownload: https://example.com/data.zip\n",
    )
    with pytest.raises(FileError) as e:
        read_training_data(src)
    assert str(e.value).startswith(f"{src}:3: val: images/missing_val does not exist")
    assert "\n" not in str(e.value)


@pytest.mark.parametrize(
    "text, says",
    [
        ("train: images/train\nnames: [a]\n", "no 'val:' split"),
        ("train: images/train\nval: " + "../" * 30 + "etc\nnames: [a]\n", "lies outside the dataset folder"),
        ("train: images/train\nval: /etc\nnames: [a]\n", "lies outside the dataset folder"),
        ("train: images/train\nval: https://example.com/val.zip\nnames: [a]\n", "is a URL"),
        ("path: /no/such/folder\ntrain: images/train\nval: images/val\nnames: [a]\n", "is not a folder"),
        ("path: https://example.com/ds\ntrain: images/train\nval: images/val\nnames: [a]\n", "not a local folder"),
        (
            "train: images/train\nval: images/val\nnames: !!python/object/apply:os.system ['touch PWNED']\n",
            "invalid YAML",
        ),
        ("train: images/train\nval: images/val\nnames: [a, b]\nnc: 3\n", "does not match the 2 names"),
        ("train: images/train\nval: images/val\n", "no 'names:'"),
        ("- a\n- b\n", "expected a mapping"),
    ],
)
def test_hostile_fields_are_refused_in_one_line(ds, tmp_path, text, says):
    src = _yaml(ds, text)
    with pytest.raises(FileError) as e:
        read_training_data(src)
    assert says in str(e.value) and str(src) in str(e.value) and "\n" not in str(e.value)
    assert not (tmp_path / "PWNED").exists() and not (ds / "PWNED").exists()


def test_relative_path_is_the_yaml_folder_not_ultralytics_datasets_dir(ds, tmp_path):
    (tmp_path / "yamls").mkdir()
    src = tmp_path / "yamls" / "d.yaml"
    src.write_text("path: ../ds\ntrain: images/train\nval: images/val\nnames: [a]\n")
    assert read_training_data(src).root == ds.resolve()


def test_roboflow_style_parent_paths_resolve_inside(ds):
    src = _yaml(ds, "train: ../images/train\nval: ../images/val\nnames: [a]\n")
    assert read_training_data(src).splits["val"] == [ds / "images/val"]


def test_a_symlinked_split_leading_outside_is_refused(ds, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (ds / "images" / "link").symlink_to(tmp_path / "elsewhere")
    src = _yaml(ds, "train: images/train\nval: images/link\nnames: [a]\n")
    with pytest.raises(FileError, match="lies outside the dataset folder"):
        read_training_data(src)


def _model_yaml(tmp_path, activation: str | None):
    head = "head:\n  - [-1, 1, Detect, [nc]]\n"
    act = f"activation: {activation}\n" if activation else ""
    p = tmp_path / "m.yaml"
    p.write_text(f"nc: 2\n{act}backbone:\n  - [-1, 1, Conv, [16, 3, 2]]\n{head}")
    return p


@pytest.mark.parametrize("act", [None, "nn.SiLU()", "torch.nn.LeakyReLU(0.1)", "nn.ReLU(inplace=True)"])
def test_plain_model_configs_pass(tmp_path, act):
    check_model_yaml(_model_yaml(tmp_path, act and f'"{act}"'))


@pytest.mark.parametrize(
    "act",
    [
        "__import__('os').system('touch PWNED')",
        "nn.SiLU() or print(1)",
        "os.system('x')",
        "nn.ReLU(open('/etc/passwd'))",
        "nn.SiLU(**{})",
    ],
)
def test_code_in_a_model_config_is_refused(tmp_path, act):
    p = _model_yaml(tmp_path, f'"{act}"')
    with pytest.raises(FileError) as e:
        check_model_yaml(p)
    assert f"{p}:2: activation:" in str(e.value) and "never evaluated" in str(e.value)
