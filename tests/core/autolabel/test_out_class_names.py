"""Class names travel with the labels: `autolabel FOLDER --out OUT` writes OUT/classes.txt, so
`status OUT` shows the model's names; a class list the user put there is kept. A picture in a
format that is not read (GIF) is named with its reason, by autolabel and by status."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from tests.support.autolabel_data import MODEL, make_images, run_cli
from tests.support.hostile import run_cli as labelbench

# real auto-label runs in subprocesses; they find the model's OpenVINO export (and backend choice) in
# the run's shared cache: what is tested is the class list and the skipped GIF, not the export
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("shared_exports")]


def test_out_folder_gets_the_class_list_and_status_shows_names(tmp_path):
    make_images(tmp_path / "folder", 4, sub="")
    r = run_cli(str(tmp_path / "folder"), "--model", str(MODEL), "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr[-2000:]
    names = ["circle", "square", "triangle", "star", "ring"]
    assert (tmp_path / "out" / "classes.txt").read_text().split() == names
    s = labelbench("status", str(tmp_path / "out"), "--json")
    per_class = json.loads(s.stdout)["per_class"]
    assert per_class and set(per_class) <= set(names), per_class


def test_a_users_class_list_in_out_is_kept(tmp_path):
    make_images(tmp_path / "folder", 2, sub="")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "classes.txt").write_text("mine\n")
    r = run_cli(str(tmp_path / "folder"), "--model", str(MODEL), "--out", str(tmp_path / "out"))
    assert r.returncode == 0 and (tmp_path / "out" / "classes.txt").read_text() == "mine\n"


def test_a_gif_is_named_with_its_reason(tmp_path):
    make_images(tmp_path / "folder", 2, sub="")
    gif = tmp_path / "folder" / "anim.gif"
    ok, buf = cv2.imencode(".png", np.zeros((8, 8, 3), np.uint8))
    gif.write_bytes(buf.tobytes())  # the name decides: a .gif is not read, whatever it holds
    line = f"{gif}: skipped: GIF is not an image format LabelBench (or Ultralytics) reads"
    r = run_cli(str(tmp_path / "folder"), "--model", str(MODEL), "--out", str(tmp_path / "out"))
    assert r.returncode == 0 and line in r.stderr, r.stderr
    s = labelbench("status", str(tmp_path / "folder"))
    assert line in s.stderr + s.stdout
