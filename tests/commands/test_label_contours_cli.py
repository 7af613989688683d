"""`labelbench label-contours`: the Process pane's "Label with contours" from the command line, with
the auto-labeler's rules (skip what is labeled, keep a person's labels, one kind per folder)."""

from __future__ import annotations

import json
import shutil

import pytest

from app.core.autolabel.classical import BoxFilter, label_folder
from app.core.dataset.index import STATUS_REVIEWED, DatasetIndex
from app.core.jobs import JobState
from app.core.pipeline.model import Pipeline
from tests.support.autolabel_data import make_images
from tests.support.hostile import one_line_error, run_cli
from tests.support.paths import ROOT

PIPELINE = ROOT / "resources" / "pipelines" / "binarize.json"
N = 6


def _tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.txt"))}


@pytest.fixture
def folder(tmp_path):
    make_images(tmp_path / "ds", N, sizes=((160, 120), (200, 150)))
    (tmp_path / "ds" / "classes.txt").write_text("part\nhole\n")
    return tmp_path / "ds"


@pytest.mark.parametrize(("kind", "values"), [("box", 4), ("polygon", None), ("obb", 8)])
def test_each_kind_writes_what_the_process_pane_writes(folder, tmp_path, kind, values):
    ref = tmp_path / "ref"
    shutil.copytree(folder, ref)
    here = label_folder(Pipeline.load(PIPELINE), ref, 1, BoxFilter(min_area=30), kind=kind, tolerance=2.0)
    args = ["label-contours", str(folder), "--pipeline", str(PIPELINE), "--class", "hole", "--kind", kind]
    r = run_cli(*args, "--tolerance", "2", "--min-area", "30", "--json", timeout=120)
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["labeled"] == here["labeled"] == N and rep["kind"] == kind and rep["boxes"] == here["boxes"] > 0
    got = _tree(folder / "labels")
    assert got == _tree(ref / "labels") and len(got) == N  # byte for byte what the pane's function writes
    for text in got.values():
        for line in text.decode().splitlines():
            cls, *xy = line.split()
            assert cls == "1" and all(len(v.split(".")[1]) == 6 for v in xy)
            assert len(xy) == values if values else (len(xy) >= 6 and len(xy) % 2 == 0)
    js = json.loads(run_cli("status", str(folder), "--json", timeout=60).stdout)
    want = {"box": "box", "polygon": "polygon", "obb": "obb"}[kind]
    assert js["per_kind"][want] == rep["boxes"] and js["auto"] == N


def test_rerun_skips_force_relabels_and_a_review_is_kept(folder):
    base = ["label-contours", str(folder), "--pipeline", str(PIPELINE), "--kind", "polygon", "--quiet"]
    assert run_cli(*base, timeout=120).returncode == 0
    first = _tree(folder / "labels")
    rel = "images/img_0000.jpg"
    label = folder / "labels" / "img_0000.txt"
    label.write_text("0 0.1 0.1 0.5 0.1 0.3 0.4\n")
    with DatasetIndex.open(folder) as idx:  # a person's polygon, reviewed
        idx.refresh(JobState())
        idx.set_reviewed(rel)
    r = run_cli(*base, "--json", timeout=120)
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["labeled"] == 0 and rep["skipped"] == N
    r = run_cli(*base, "--force", "--json", timeout=120)
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["labeled"] == N - 1 and rep["skipped"] == 1  # the person's label is kept
    assert label.read_text() == "0 0.1 0.1 0.5 0.1 0.3 0.4\n"
    assert {k: v for k, v in _tree(folder / "labels").items() if k != "img_0000.txt"} == {
        k: v for k, v in first.items() if k != "img_0000.txt"
    }
    with DatasetIndex.open(folder) as idx:
        assert idx.get(rel).status == STATUS_REVIEWED
    r = run_cli(*base, "--overwrite-reviewed", "--force", "--json", timeout=120)
    assert json.loads(r.stdout)["labeled"] == N and _tree(folder / "labels") == first


@pytest.mark.parametrize(
    ("extra", "code", "says"),
    [
        (["--class", "nope"], 2, "--class: unknown class 'nope'; the dataset's classes: part, hole"),
        (["--tolerance", "-1"], 2, "--tolerance must be 0 or more, got -1"),
        (["--pipeline", "MISSING"], 1, "MISSING.json: file not found"),
        (["--pipeline", str(ROOT / "resources" / "pipelines" / "denoise_sharpen.json")], 2, "no binary result"),
    ],
)
def test_bad_input_is_one_line(folder, tmp_path, extra, code, says):
    extra = [str(tmp_path / "MISSING.json") if e == "MISSING" else e for e in extra]
    args = ["label-contours", str(folder), "--pipeline", str(PIPELINE), *extra]
    r = run_cli(*args, timeout=60)
    assert r.returncode == code
    assert says in one_line_error(r)
    assert not (folder / "labels").exists()


def test_a_folder_of_boxes_is_not_given_polygons(folder):
    base = ["label-contours", str(folder), "--pipeline", str(PIPELINE), "--quiet"]
    assert run_cli(*base, timeout=120).returncode == 0
    before = _tree(folder / "labels")
    r = run_cli(*base, "--kind", "polygon", "--force", timeout=60)
    assert r.returncode == 2 and "its labels are boxes; writing polygons would mix kinds" in one_line_error(r)
    assert _tree(folder / "labels") == before
