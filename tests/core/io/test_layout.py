"""The one dataset-layout rule (app.core.io.layout): extensions, label paths, class-name files,
resolve_source, and every former resolver agreeing with it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.core.errors import FileError
from app.core.io import layout
from app.core.io.layout import (
    CLASS_FILES,
    class_file,
    find_class_names,
    img2label_path,
    is_image_path,
    label_dir_for,
    load_class_names,
    resolve_source,
)
from tests.support.paths import DEMO_DIR, ROOT


def test_image_extensions():
    assert {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"} <= layout.IMAGE_EXTENSIONS
    assert is_image_path("a/B.JPG") and is_image_path("x.tiff") and not is_image_path("x.txt")
    assert not is_image_path("jpg")


@pytest.mark.parametrize(
    "image",
    [
        "/d/images/train/a.jpg",
        "/d/images/a.b.png",
        "/x/images/y/images/z/q.jpg",
        "/flat/a.jpg",
        "/d/myimages/a.jpg",
        "/d/images",
    ],
)
def test_label_path_is_ultralytics_rule(image):
    from ultralytics.data.utils import img2label_paths

    assert str(img2label_path(image)) == img2label_paths([image])[0]
    assert label_dir_for(os.path.dirname(image)) == str(img2label_path(image).parent)


def test_layout_imports_no_numpy():
    """`labelbench status` and the scan use this module without paying for numpy / OpenCV."""
    code = (
        "import sys; import app.core.io.layout, app.core.dataset.scan; "
        "print(sorted(m for m in ('numpy', 'cv2', 'yaml', 'torch') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_class_names_from_yaml_and_txt(tmp_path):
    for text, want in [
        ("names: [a, b]\n", ["a", "b"]),
        ("names:\n  0: x\n  1: y\n", ["x", "y"]),
        ("names: {1: b, 0: a}\n", ["a", "b"]),
        ("names: {'0': p, '1': q}\n", ["p", "q"]),
    ]:
        f = tmp_path / "d.yaml"
        f.write_text(text)
        assert load_class_names(f) == want
        import yaml

        assert load_class_names(f, yaml.safe_load(text)) == want  # already parsed: same answer
    (tmp_path / "classes.txt").write_text("cat\n\n dog \n")
    assert load_class_names(tmp_path / "classes.txt") == ["cat", "dog"]
    for text, msg in [
        ("names: {0: a, 2: c}\n", "without gaps"),
        ("train: x\n", "no 'names:'"),
        ("names: [unclosed\n", r"d.yaml:\d+: invalid YAML"),
    ]:
        (tmp_path / "d.yaml").write_text(text)
        with pytest.raises(FileError, match=msg):
            load_class_names(tmp_path / "d.yaml")
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(FileError, match=r"bin.txt(:1)?: not a text file"):
        load_class_names(tmp_path / "bin.txt")
    with pytest.raises(FileError, match="file not found"):
        load_class_names(tmp_path / "missing.yaml")


def test_class_files_order_and_bad_files_skipped(tmp_path):
    assert CLASS_FILES == ("data.yaml", "data.yml", "dataset.yaml", "classes.txt", "labels/classes.txt")
    assert find_class_names(tmp_path) == (None, [], []) and class_file(tmp_path) is None
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "classes.txt").write_text("e\n")
    assert find_class_names(tmp_path)[:2] == (tmp_path / "labels" / "classes.txt", ["e"])
    (tmp_path / "classes.txt").write_text("d\n")
    assert find_class_names(tmp_path)[:2] == (tmp_path / "classes.txt", ["d"])
    (tmp_path / "dataset.yaml").write_text("names: [c]\n")
    assert find_class_names(tmp_path)[1] == ["c"]
    (tmp_path / "data.yml").write_text("names: [b]\n")
    assert find_class_names(tmp_path)[1] == ["b"]
    (tmp_path / "data.yaml").write_text("train: images\n")  # no names: skipped, said once
    path, names, warnings = find_class_names(tmp_path)
    assert (path, names) == (tmp_path / "data.yml", ["b"])
    assert len(warnings) == 1 and "data.yaml: no 'names:'" in warnings[0]
    assert class_file(tmp_path) == tmp_path / "data.yaml"  # present counts (never overwritten)


def test_resolve_folder_and_yaml(tmp_path):
    (tmp_path / "images" / "train").mkdir(parents=True)
    src = resolve_source(tmp_path)
    assert (src.root, src.data_yaml, src.class_names, src.entries) == (
        tmp_path.resolve(),
        None,
        [],
        [("", tmp_path.resolve())],
    )
    (tmp_path / "classes.txt").write_text("a\nb\n")
    src = resolve_source(tmp_path)
    assert src.data_yaml is None and src.class_names == ["a", "b"] and src.class_file == tmp_path / "classes.txt"
    (tmp_path / "data.yaml").write_text("path: .\ntrain: images/train\nval: images/val\nnames: [x]\n")
    src = resolve_source(tmp_path)
    assert src.data_yaml == (tmp_path / "data.yaml").resolve() and src.class_names == ["x"]
    src = resolve_source(tmp_path / "data.yaml")
    assert src.root == tmp_path.resolve() and src.entries == [("train", tmp_path.resolve() / "images" / "train")]
    assert len(src.warnings) == 1 and "val:" in src.warnings[0]


def test_resolve_yaml_path_key_moves_the_root(tmp_path):
    (tmp_path / "data" / "imgs").mkdir(parents=True)
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "d.yml").write_text("path: ../data\ntrain: imgs\nnames: [a]\n")
    src = resolve_source(tmp_path / "cfg" / "d.yml")
    assert src.root == (tmp_path / "data").resolve() and src.class_names == ["a"]


def test_resolve_bad_sources_one_line(tmp_path):
    with pytest.raises(FileError, match="missing: no such file or folder"):
        resolve_source(tmp_path / "missing")
    (tmp_path / "a.png").write_bytes(b"x")
    with pytest.raises(FileError, match="a.png: expected a dataset folder or a data.yaml"):
        resolve_source(tmp_path / "a.png")
    (tmp_path / "list.yaml").write_text("- a\n- b\n")
    with pytest.raises(FileError, match="list.yaml: expected a mapping"):
        resolve_source(tmp_path / "list.yaml")
    (tmp_path / "exec.yaml").write_text("train: !!python/object/apply:os.system ['touch pwned']\nnames: [a]\n")
    with pytest.raises(FileError, match="exec.yaml:1: invalid YAML"):
        resolve_source(tmp_path / "exec.yaml")
    assert not (tmp_path / "pwned").exists()


def test_every_former_resolver_agrees(tmp_path):
    """main window, dataset index, auto-label source and the export formats now give one answer."""
    from app.core.autolabel.source import plan_source
    from app.core.dataset.formats.coco import save_class_list
    from app.core.dataset.formats.records import resolve_dataset
    from app.core.dataset.index import resolve_source as index_resolve
    from app.gui.main_window import resolve_open_target

    ds = tmp_path / "ds"
    (ds / "images").mkdir(parents=True)
    (ds / "data.yaml").write_text("train: []\n")  # no names: skipped by every caller alike
    (ds / "data.yml").write_text("names: [a, b]\n")
    (ds / "images" / "x.jpg").write_bytes(b"")
    (ds / "list.txt").write_text("images/x.jpg\n")
    want = (ds.resolve(), ["a", "b"])
    assert resolve_open_target(ds)[::2] == want
    assert index_resolve(ds)[::2] == want
    assert resolve_dataset(ds) == want
    plan = plan_source(ds)
    assert (plan.root, plan.class_names) == want
    plan = plan_source(ds / "list.txt")
    assert (plan.root, plan.class_names) == want
    assert save_class_list(["z"], ds) is None and not (ds / "classes.txt").exists()
    for demo_source in (DEMO_DIR, DEMO_DIR / "data.yaml"):
        assert (
            resolve_open_target(demo_source)[2]
            == resolve_dataset(demo_source)[1]
            == ["circle", "square", "triangle", "star", "ring"]
        )


def test_yolo_labels_and_images_use_the_layout_rule():
    """The label and image modules hand out the same objects, not copies."""
    from app.core.dataset import scan
    from app.core.io import images, yolo_labels

    assert images.IMAGE_EXTENSIONS is layout.IMAGE_EXTENSIONS is scan.IMAGE_EXTENSIONS
    assert images.is_image_path is is_image_path
    assert yolo_labels.img2label_path is img2label_path and yolo_labels.load_class_names is load_class_names
    assert not hasattr(scan, "resolve_source") and not hasattr(scan, "label_dir_for")
