"""The Qt-free session: one open dataset, change notifications that say what changed and where."""

from __future__ import annotations

import shutil

import pytest

from app.core.errors import LabelBenchError
from app.core.session import CLASSES, DATASET, IMAGE, INDEX, LABELS, PREDICTIONS, Session


@pytest.fixture()
def demo_copy(tmp_path, demo_dir):
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d, ignore=shutil.ignore_patterns(".labelbench"))
    return d


def test_open_notifies_everything_once_with_the_dataset(demo_copy):
    s = Session()
    got = []
    s.subscribe(got.append)
    ch = s.open(demo_copy / "data.yaml")
    assert got == [ch]
    assert ch.what == DATASET | CLASSES | LABELS | INDEX | PREDICTIONS | IMAGE
    assert ch.source == "open" and ch.root == demo_copy.resolve() and ch.for_open
    assert s.root == demo_copy.resolve() and s.data_yaml == (demo_copy / "data.yaml").resolve()
    assert s.class_names == ["circle", "square", "triangle", "star", "ring"]
    assert s.generation == 1 and s.source == s.data_yaml
    assert s.is_same_dataset(demo_copy) and s.is_same_dataset(demo_copy / "data.yaml")
    assert not s.is_same_dataset(demo_copy / "images")


def test_a_bad_source_is_one_error_and_changes_nothing(tmp_path, demo_copy):
    s = Session()
    s.open(demo_copy)
    got = []
    s.subscribe(got.append)
    with pytest.raises(LabelBenchError):
        s.open(tmp_path / "missing")
    assert got == [] and s.root == demo_copy.resolve() and s.generation == 1


def test_publish_says_what_changed_and_whether_it_is_the_open_dataset(tmp_path, demo_copy):
    s = Session()
    s.open(demo_copy)
    got = []
    s.subscribe(got.append)
    s.publish(LABELS | INDEX, ["images/train/a.jpg"], source="autolabel")
    assert got[-1].what == LABELS | INDEX and got[-1].rels == ("images/train/a.jpg",)
    assert got[-1].for_open and got[-1].source == "autolabel" and got[-1].has({"index"})
    # a sub-folder of the open dataset: rels come back relative to the dataset root
    s.publish(LABELS, ["a.jpg"], root=demo_copy / "images" / "train")
    assert got[-1].for_open and got[-1].rels == ("images/train/a.jpg",)
    # a separate label folder / another dataset: delivered, but not for the open one
    s.publish(LABELS | INDEX, ["a.jpg"], root=tmp_path / "elsewhere")
    assert not got[-1].for_open and got[-1].rels == ("a.jpg",)
    assert s.root == demo_copy.resolve()  # publishing never switches the dataset
    with pytest.raises(ValueError):
        s.publish(DATASET)


def test_nothing_open_changes_are_not_for_an_open_dataset(tmp_path):
    s = Session()
    ch = s.publish(LABELS, ["x.jpg"], root=tmp_path)
    assert not ch.for_open and s.index() is None


def test_current_image_and_classes(demo_copy):
    s = Session()
    s.open(demo_copy)
    got = []
    s.subscribe(got.append)
    img = next((demo_copy / "images").rglob("*.jpg"))
    s.select_image(img)
    assert got[-1].what == IMAGE and got[-1].rels == (img.relative_to(demo_copy).as_posix(),)
    assert s.current_image == img.resolve()
    s.select_image("/elsewhere/x.jpg")
    assert got[-1].rels == () and s.rel_of("/elsewhere/x.jpg") is None
    idx = s.index()
    s.set_class_names(["a", "b"], source="review")
    assert got[-1].what == CLASSES and s.class_names == ["a", "b"] and idx.class_names == ["a", "b"]


def test_index_is_shared_and_closed_when_another_dataset_opens(tmp_path, demo_copy):
    s = Session()
    s.open(demo_copy / "data.yaml")
    idx = s.index()
    assert s.index() is idx and idx.root == demo_copy.resolve()
    other = tmp_path / "other"
    shutil.copytree(demo_copy, other)
    s.open(other)
    assert idx._con is None  # the old handle is closed
    assert s.index().root == other.resolve() and s.generation == 2
    s.close()


def test_a_failing_listener_does_not_silence_the_others(demo_copy):
    s = Session()
    got = []

    def bad(_ch):
        raise RuntimeError("boom")

    s.subscribe(bad)
    unsubscribe = s.subscribe(got.append)
    s.open(demo_copy)
    assert len(got) == 1 and isinstance(s.errors[0], RuntimeError)
    unsubscribe()
    s.publish(INDEX)
    assert len(got) == 1
