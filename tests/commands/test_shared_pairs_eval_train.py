"""Issue 22: images that share one label file (Ultralytics' bus.jpg and a PNG re-encode of it in one
folder: both label into labels/bus.txt) in `labelbench eval` and `labelbench train`: each names
every pair in one line and says what it did with it. eval: neither is evaluated (the dataset
source leaves them out, the auto-label engine never predicts them), except `yolo val` mode, which
compares both with the one file as Ultralytics does. train: a dataset folder is exported without
them; a data.yaml trained as it is keeps them (Ultralytics' reading), and the line says so."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.core.dataset.index import DatasetIndex
from tests.support.hostile import run_cli
from tests.support.paths import DEMO_MODEL

NAMES = "[circle, square, triangle, star, ring]"  # the demo model's classes
BOX = "0 0.500000 0.500000 0.400000 0.600000\n"


def _photos(tmp_path) -> Path:
    import ultralytics

    assets = Path(ultralytics.__file__).parent / "assets"
    root = tmp_path / "photos"
    img, lab = root / "images", root / "labels"
    img.mkdir(parents=True)
    lab.mkdir()
    (root / "data.yaml").write_text(f"names: {NAMES}\n")
    shutil.copy(assets / "bus.jpg", img / "bus.jpg")
    assert cv2.imwrite(str(img / "bus.png"), cv2.imread(str(assets / "bus.jpg")))
    shutil.copy(assets / "zidane.jpg", img / "zidane.jpg")
    small = cv2.resize(cv2.imread(str(assets / "zidane.jpg")), (320, 180))
    assert cv2.imwrite(str(img / "zidane_small.jpg"), small)
    for stem in ("bus", "zidane", "zidane_small"):
        (lab / f"{stem}.txt").write_text(BOX)
    return root


def _pair_line(prefix: str, root: Path, action: str) -> str:
    return (
        f"{prefix}: warning: {root / 'labels' / 'bus.txt'}: shared by the images images/bus.jpg and images/bus.png "
        f"(Ultralytics reads one .txt per image name): {action}; rename one of them or move it into another folder"
    )


def _warnings(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if "shared by the images" in ln]


@pytest.mark.slow  # an eval CLI run (about 6 s on the shared machine)
def test_eval_dataset_source_leaves_the_pair_out_and_names_it(tmp_path):
    root = _photos(tmp_path)
    with DatasetIndex.open(root) as idx:  # an index from before: the pair reviewed, with predictions
        idx.refresh()
        rels = ["images/bus.jpg", "images/bus.png", "images/zidane.jpg", "images/zidane_small.jpg"]
        box = np.array([[0.5, 0.5, 0.4, 0.6]])
        idx.record_predictions([(r, np.array([0]), box, [0.9]) for r in rels], "test-model")
        for r in rels:
            idx.set_reviewed(r)
    r = run_cli("eval", "--dataset", str(root), "--json", str(tmp_path / "r.json"), timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert _warnings(r.stderr) == [_pair_line("eval", root, "neither is evaluated")]
    js = json.loads((tmp_path / "r.json").read_text())
    assert js["images"] == 2  # zidane and zidane_small; the pair left out
    assert any("2 reviewed image(s) share their label file with another image" in w for w in js["warnings"]), js


@pytest.mark.slow  # the demo model over four photos, twice (coco and yolo val)
def test_eval_model_on_a_dataset_names_the_pair(tmp_path, shared_exports):
    root = _photos(tmp_path)
    env = {"YOLO_CONFIG_DIR": str(tmp_path / "yolo")}
    args = ["eval", "--dataset", str(root), "--model", str(DEMO_MODEL)]
    r = run_cli(*args, "--json", str(tmp_path / "c.json"), timeout=300, mem=8 << 30, env=env)
    assert r.returncode == 0, r.stderr
    assert _warnings(r.stderr) == [_pair_line("eval", root, "neither is evaluated")]
    assert json.loads((tmp_path / "c.json").read_text())["images"] == 2
    r = run_cli(*args, "--mode", "ultralytics", timeout=300, mem=8 << 30, env=env)
    assert r.returncode == 0, r.stderr
    want = "both are evaluated against that one file, as `yolo val` reads them"
    assert _warnings(r.stderr) == [_pair_line("eval", root, want)]
    assert (root / "labels" / "bus.txt").read_text() == BOX


def _train_args(tmp_path, data) -> argparse.Namespace:
    return argparse.Namespace(data=str(data), project=str(tmp_path / "runs"), name="t", val=0.5, seed=0, stratify=False)


def test_train_export_leaves_the_pair_out_and_names_it(tmp_path, capsys):
    from app.commands.train import prepare_data

    root = _photos(tmp_path)
    data = prepare_data(_train_args(tmp_path, root))
    err = capsys.readouterr().err
    assert _warnings(err) == [
        f"train: {root / 'labels' / 'bus.txt'}: shared by the images images/bus.jpg and images/bus.png "
        "(Ultralytics reads one .txt per image name): none of them is exported; rename one of them or move it "
        "into another folder; left out of training"
    ]
    exported = sorted(p.name for p in data.parent.rglob("*") if p.suffix in (".jpg", ".png"))
    assert exported == ["zidane.jpg", "zidane_small.jpg"]


def test_train_on_a_data_yaml_as_it_is_names_the_pair(tmp_path, capsys):
    from app.commands.train import prepare_data

    root = _photos(tmp_path)
    (root / "train.yaml").write_text(f"path: .\ntrain: images\nval: images\nnames: {NAMES}\n")
    assert prepare_data(_train_args(tmp_path, root / "train.yaml")) == root / "train.yaml"
    err = capsys.readouterr().err
    want = "Ultralytics trains both on that one file's boxes (this data.yaml is used as it is)"
    assert _warnings(err) == [_pair_line("train", root, want)]
    assert (root / "labels" / "bus.txt").read_text() == BOX
