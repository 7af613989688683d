"""The hostile-input probes of test_hostile_cli.py for polygon and rotated-box label files (issue 25):
every hostile line of a -seg or -obb label file is one line naming file:line (`labelbench eval` stops
at the first, `labelbench status` lists each), a FIFO or a huge label file is named without being
read, and auto-labeling with a -seg or -obb model goes past a FIFO, symlink loops and a 250-byte name.
Every hostile file is made here; every run is a subprocess under a timeout and an address-space cap."""

from __future__ import annotations

import json
import os
import shutil

import cv2
import numpy as np
import pytest

from tests.support.hostile import one_line_error, run_cli

OK = {"segment": "0.100000 0.100000 0.300000 0.100000 0.200000 0.300000", "obb": "0.1 0.1 0.3 0.1 0.3 0.2 0.1 0.2"}
FAR = {"segment": "coordinates must be normalized to 0..1", "obb": "coordinates must be normalized (a rotated box's"}
TASKS = ["segment", "obb"]


def _bad_lines(task: str) -> dict[str, tuple[str, str]]:
    """name -> (hostile line, the start of its message)."""
    pts = OK[task].split()
    return {
        "inf_class": (f"inf {OK[task]}", "class id must be a non-negative integer, found 'inf'"),
        "huge_class": (f"1e400 {OK[task]}", "class id must be a non-negative integer, found '1e400'"),
        "nan_point": (" ".join(["0", pts[0], "nan", *pts[2:]]), FAR[task]),
        "inf_point": (" ".join(["0", *pts[:-1], "inf"]), FAR[task]),
        "far_point": (" ".join(["0", *pts[:-1], "7"]), FAR[task]),
        "odd_count": (" ".join(["0", *pts, "0.5"]), "expected a class id and x y pairs"),
        "not_a_number": (" ".join(["0", pts[0], "0x1p", *pts[2:]]), "not a number: '0x1p'"),
        "mixed_with_a_box": ("0 0.5 0.5 0.1 0.1", "mixes boxes (5 columns) with polygons or rotated boxes"),
    }


def _images(folder, names) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in names:
        cv2.imwrite(str(folder / f"{n}.png"), np.full((48, 64, 3), 90, np.uint8))


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("case", list(_bad_lines("segment")))
def test_eval_names_the_file_and_line_of_a_hostile_shape_line(tmp_path, task, case):
    line, message = _bad_lines(task)[case]
    gt, pred = tmp_path / "gt", tmp_path / "pred"
    gt.mkdir()
    pred.mkdir()
    _images(tmp_path / "images", ["im0", "im1"])
    for n in ("im0", "im1"):
        (gt / f"{n}.txt").write_text(f"0 {OK[task]}\n")
        (pred / f"{n}.txt").write_text(f"0 {OK[task]} 0.9\n")
    (gt / "im1.txt").write_text(f"0 {OK[task]}\n1 {OK[task]}\n{line}\n")
    r = run_cli(
        "eval", "--gt", str(gt), "--pred", str(pred), "--task", task, "--images", str(tmp_path / "images"), timeout=60
    )
    assert r.returncode != 0
    assert f"{gt / 'im1.txt'}:3: {message}" in one_line_error(r)


@pytest.mark.parametrize("task", TASKS)
def test_status_lists_each_hostile_shape_line_fifo_and_huge_file(tmp_path, task):
    root = tmp_path / "ds"
    bad = _bad_lines(task)
    names = ["ok", "unknown", "fifo", "huge", *bad]
    _images(root / "images", names)
    (root / "labels").mkdir()
    (root / "data.yaml").write_text(f"train: images\nnames: [a, b]\ntask: {task}\n")
    (root / "labels" / "ok.txt").write_text(f"0 {OK[task]}\n1 {OK[task]}\n")
    (root / "labels" / "unknown.txt").write_text(f"30000 {OK[task]}\n")
    for name, (line, _msg) in bad.items():
        (root / "labels" / f"{name}.txt").write_text(f"1 {OK[task]}\n{line}\n")
    os.mkfifo(root / "labels" / "fifo.txt")
    with open(root / "labels" / "huge.txt", "wb") as f:
        f.truncate(125_000_000)
    r = run_cli("status", str(root), "--json", timeout=60, mem=2 << 30)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    out = json.loads(r.stdout)
    errs = {(os.path.basename(m["path"]), m["line"]): m["error"] for m in out["malformed"]}
    for name, (_line, msg) in bad.items():
        assert errs.pop((f"{name}.txt", 2)).startswith(msg), name
    assert errs.pop(("unknown.txt", 1)) == "unknown class id 30000 (dataset has 2 classes)"
    assert "FIFO (named pipe), not a regular file" in errs.pop(("fifo.txt", 0))
    assert "label file too large (125 MB" in errs.pop(("huge.txt", 0))
    assert errs == {}  # nothing else: the good lines of the hostile files are read
    kind = {"segment": "polygon", "obb": "obb"}[task]
    assert out["task"] == task and out["per_kind"][kind] == 2 + 1 + len(bad) and out["per_kind"]["box"] == 0


@pytest.mark.slow  # real auto-label CLI runs with the tiny -seg / -obb models
@pytest.mark.parametrize("task", TASKS)
def test_autolabel_with_a_shape_model_goes_past_fifo_loops_and_long_name(tmp_path, task):
    from tests.support.shape_models import shape_model, training_images

    model = shape_model(task)
    img = tmp_path / "ds" / "images"
    img.mkdir(parents=True)
    for p in sorted(training_images(task).glob("*.png"))[:3]:
        shutil.copy(p, img / p.name)
    os.mkfifo(img / "x.jpg")
    os.symlink(".", img / "self")
    os.symlink(".", img / "self2")
    long = "n" * 246 + ".png"  # 250 bytes: the label's temp name must still fit in 255
    shutil.copy(sorted(img.glob("*.png"))[0], img / long)
    args = ["autolabel", str(tmp_path / "ds"), "--model", str(model), "--backend", "pt"]
    for _ in range(2):
        r = run_cli(*args, "--force", timeout=240, mem=8 << 30, env={"LABELBENCH_CACHE": str(tmp_path / "cache")})
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
        errs = [ln for ln in r.stderr.splitlines() if "x.jpg" in ln]
        assert len(errs) == 1 and "a FIFO (named pipe), not a regular file" in errs[0]
    labels = sorted((tmp_path / "ds" / "labels").glob("*.txt"))
    assert len(labels) == 4 and (tmp_path / "ds" / "labels" / ("n" * 246 + ".txt")) in labels
    cols = {len(ln.split()) for p in labels for ln in p.read_text().splitlines()}
    assert cols and (min(cols) >= 7 and max(cols) % 2 == 1 if task == "segment" else cols == {9})
    assert not (tmp_path / "ds" / "labels" / "self").exists()
