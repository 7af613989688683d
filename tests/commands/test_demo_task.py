"""`labelbench demo --task segment|obb`: the argument, and the generated demo dataset it opens
(made in the user's data folder on first use, reused, made again on --reset) with its model."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import _commands, build_parser
from app.commands import demo
from app.core.dataset.synth.demo_shapes import USER_DEMO_IMAGES
from app.core.io.resources import demo_model
from app.core.io.shapes import read_shapes
from tests.support.paths import ROOT


def test_task_argument():
    parser = build_parser(_commands())
    assert parser.parse_args(["demo"]).task == "detect"
    args = parser.parse_args(["demo", "--task", "obb", "--reset", "--pane", "Review"])
    assert (args.command, args.task, args.reset, args.pane) == ("demo", "obb", True, "Review")
    assert parser.parse_args(["demo", "--task", "segment"]).task == "segment"
    with pytest.raises(SystemExit):
        parser.parse_args(["demo", "--task", "pose"])


@pytest.mark.slow  # generates 24 images of 640x480 twice (about 5 s on a busy 2-core machine)
@pytest.mark.parametrize("task,columns", [("segment", None), ("obb", 9)])
def test_prepare_generates_the_demo_dataset_once(task, columns):
    data_yaml, model = demo.prepare(task)
    root = data_yaml.parent
    assert root == Path(os.environ["LABELBENCH_DATA"]) / f"demo-{task}"  # the test's own data folder
    assert model == demo_model(task) and model.name == f"demo_yolov8n-{'seg' if task == 'segment' else 'obb'}.pt"
    images = sorted((root / "images").rglob("*.jpg"))
    labels = sorted((root / "labels").rglob("*.txt"))
    assert len(images) == len(labels) == USER_DEMO_IMAGES
    assert len(list((root / "images" / "val").glob("*.jpg"))) == 6
    objects = 0
    for lbl in labels:
        got, issues = read_shapes(lbl, nc=4 if task == "segment" else 2, task=task)
        assert not issues and set(got.kinds) <= {"polygon" if task == "segment" else "obb"}
        for line in lbl.read_text().splitlines():
            n = len(line.split())
            assert n == columns if columns else (n >= 7 and n % 2 == 1)
        objects += len(got)
    assert objects >= USER_DEMO_IMAGES
    stamp = data_yaml.stat().st_mtime_ns
    (root / "mine.txt").write_text("kept until --reset")
    assert demo.prepare(task)[0] == data_yaml and data_yaml.stat().st_mtime_ns == stamp
    again, _ = demo.prepare(task, reset=True)
    assert again == data_yaml and not (root / "mine.txt").exists()
    assert [p.read_bytes() for p in sorted((root / "labels").rglob("*.txt"))] == [p.read_bytes() for p in labels]


def test_without_a_display_nothing_is_generated(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(LABELBENCH_DATA=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    r = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--task", "obb"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1 and "no display" in r.stderr
    assert not (tmp_path / "data").exists()
