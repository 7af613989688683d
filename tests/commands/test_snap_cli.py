"""`labelbench snap` and `labelbench snap-labels` as a person runs them: the JSON line and exact boxes
on generated images (unicode names, EXIF rotation, 16-bit), one line and exit 1 or 2 for bad input;
snap-labels tightens auto-label boxes, leaves reviewed labels alone unless asked, reports what the
files hold, resumes after kill -9 to the files of an uninterrupted run, and stops at a held lock."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time

import cv2
import numpy as np
import pytest

from app.core.dataset.index import DatasetIndex
from app.core.io.yolo_labels import read_labels
from tests.core.assist.test_snap_engine import DISC, SQUARE, scene
from tests.support.paths import ROOT
from tests.support.snap_data import cli, label_path, make_dataset, mean_iou, tree_bytes

KEYS = ["box", "polygon", "method", "confidence", "ms"]


def one_line_error(r, code: int, words: str) -> None:
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], r.stderr
    assert lines[0].startswith("labelbench snap") and "Traceback" not in r.stderr
    assert r.stdout == ""


@pytest.fixture
def png(tmp_path):
    path = tmp_path / "été – objets.png"  # a unicode name
    cv2.imencode(".png", scene())[1].tofile(str(path))
    return path


def test_snap_prints_the_json_line_with_exact_boxes(png):
    r = cli("snap", png, "--box", "52,62,150,121", "--json")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("\n") == 1  # one JSON line, nothing else on stdout
    d = json.loads(r.stdout)
    assert list(d) == KEYS and d["box"] == list(SQUARE)
    assert d["method"] in ("threshold", "grabcut", "edges") and 0 <= d["confidence"] <= 1 and d["ms"] >= 0
    assert all(len(p) == 2 for p in d["polygon"]) and len(d["polygon"]) >= 4
    r = cli("snap", png, "--point", "230,150", "--json", "--method", "threshold")
    assert json.loads(r.stdout)["box"] == list(DISC) and json.loads(r.stdout)["method"] == "threshold"


def test_snap_without_json_prints_one_line_for_a_person(png):
    r = cli("snap", png, "--box", "52,62,150,121")
    assert r.returncode == 0
    line = r.stdout.strip()
    assert line.startswith("box 60,50,140,130  ") and "confidence" in line and "polygon of" in line


def test_snap_sees_the_image_as_review_does_exif_and_16_bit(tmp_path):
    from PIL import Image

    img = scene()  # stored sideways, EXIF orientation 6 (rotate 90 CW)
    stored = cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(cv2.cvtColor(stored, cv2.COLOR_BGR2RGB)).save(tmp_path / "side.jpg", quality=97, exif=exif)
    r = cli("snap", tmp_path / "side.jpg", "--box", "52,62,150,121", "--json")
    box = json.loads(r.stdout)["box"]
    assert max(abs(a - b) for a, b in zip(box, SQUARE)) <= 1, box
    g16 = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY).astype(np.uint16) * 257
    cv2.imwrite(str(tmp_path / "deep.png"), g16)
    r = cli("snap", tmp_path / "deep.png", "--point", "100,90", "--json")
    assert json.loads(r.stdout)["box"] == list(SQUARE)


@pytest.mark.parametrize(
    "args, code, words",
    [
        (["{text}", "--box", "1,1,20,20"], 1, "not an image (the file is text)"),
        (["{missing}", "--box", "1,1,20,20"], 1, "file not found"),
        (["{png}", "--box", "400,10,500,50"], 2, "is outside the image (320x240)"),
        (["{png}", "--box", "10,10,11,80"], 2, "is empty inside the image"),
        (["{png}", "--point=-5,10"], 2, "is outside the image"),
        (["{png}", "--box", "1,2,x,4"], 2, "--box must be 4 numbers X1,Y1,X2,Y2"),
        (["{png}", "--point", "1"], 2, "--point must be 2 numbers X,Y"),
        (["{flat}", "--point", "80,60", "--method", "threshold"], 1, "no object found at point 80,60"),
        (["{png}", "--box", "52,62,150,121", "--pipeline", "{text}"], 1, "invalid JSON"),
    ],
)
def test_bad_input_is_one_line(tmp_path, png, args, code, words):
    (tmp_path / "notes.png").write_text("not a picture\n")
    cv2.imwrite(str(tmp_path / "flat.png"), np.full((120, 160, 3), 90, np.uint8))
    names = {
        "text": tmp_path / "notes.png",
        "missing": tmp_path / "nope.png",
        "png": png,
        "flat": tmp_path / "flat.png",
    }
    r = cli("snap", *[a.format(**names) for a in args])
    one_line_error(r, code, words)


# ----------------------------------------------------------------------------------------- snap-labels
def report_matches_files(root, report) -> None:
    """Every image the report calls snapped (now or earlier) holds exactly its 'after' boxes."""
    seen = 0
    for item in report["per_image"]:
        if item["status"] not in ("snapped", "snapped earlier", "unchanged"):
            continue
        lab, _ = read_labels(label_path(root, item["image"]))
        img = cv2.imread(str(root / item["image"]))
        h, w = img.shape[:2]
        assert len(lab) == len(item["boxes"])
        for b, (x, y, bw, bh) in zip(item["boxes"], lab.xywhn):
            file_px = [(x - bw / 2) * w, (y - bh / 2) * h, (x + bw / 2) * w, (y + bh / 2) * h]
            assert np.allclose(file_px, b["after"], atol=0.02), (item["image"], file_px, b["after"])
            assert b["moved_px"] == pytest.approx(max(abs(a - o) for a, o in zip(b["after"], b["before"])), abs=0.02)
        seen += 1
    assert seen


def test_box_and_point_together_is_a_usage_error(png):
    r = cli("snap", png, "--box", "1,2,3,4", "--point", "1,2")
    assert r.returncode == 2 and "not allowed with argument" in r.stderr.strip().splitlines()[-1]


def test_snap_labels_tightens_auto_labels_and_the_report_matches_the_files(tmp_path):
    yaml_path, truth = make_dataset(tmp_path / "ds")
    before = mean_iou(tmp_path / "ds", truth)
    r = cli("snap-labels", yaml_path, "--report", tmp_path / "report.json")
    assert r.returncode == 0, r.stderr
    assert "snap-labels: 6 images: 6 snapped" in r.stderr
    rep = json.loads((tmp_path / "report.json").read_text())
    after = mean_iou(tmp_path / "ds", truth)
    assert after > before + 0.05 and after > 0.95, (before, after)
    assert rep["snapped"] == 6 and rep["boxes_changed"] >= 10 and rep["failed"] == []
    report_matches_files(tmp_path / "ds", rep)
    with DatasetIndex.open(yaml_path) as idx:  # still the auto-label run's, not a person's edit
        idx.refresh()
        assert {r.status for r in idx.rows()} == {"auto"} and not any(r.edited for r in idx.rows())
    files = tree_bytes(tmp_path / "ds")
    r = cli("snap-labels", yaml_path, "--json", "--quiet")  # a rerun snaps nothing twice
    again = json.loads(r.stdout)
    assert again["snapped"] == 0 and again["snapped_earlier"] == 6 and tree_bytes(tmp_path / "ds") == files
    report_matches_files(tmp_path / "ds", again)


def test_snap_labels_leaves_reviewed_labels_alone_unless_asked(tmp_path):
    yaml_path, truth = make_dataset(tmp_path / "ds")
    reviewed = "images/train/s001.png"
    with DatasetIndex.open(yaml_path) as idx:
        idx.set_reviewed(reviewed, True)
    kept = label_path(tmp_path / "ds", reviewed).read_bytes()
    r = cli("snap-labels", yaml_path, "--json", "--quiet")
    rep = json.loads(r.stdout)
    assert label_path(tmp_path / "ds", reviewed).read_bytes() == kept
    item = next(i for i in rep["per_image"] if i["image"] == reviewed)
    assert item["status"].startswith("skipped: labels reviewed or edited by a person")
    assert rep["snapped"] == 5 and rep["skipped"] == 1
    with DatasetIndex.open(yaml_path) as idx:
        assert idx.is_reviewed(reviewed)
    r = cli("snap-labels", yaml_path, "--overwrite-reviewed", "--json", "--quiet")
    assert label_path(tmp_path / "ds", reviewed).read_bytes() != kept
    with DatasetIndex.open(yaml_path) as idx:  # a person accepted other boxes: to be looked at again
        assert not idx.is_reviewed(reviewed)


def test_snap_labels_dry_run_writes_nothing(tmp_path):
    yaml_path, _ = make_dataset(tmp_path / "ds")
    files = tree_bytes(tmp_path / "ds")
    r = cli("snap-labels", yaml_path, "--dry-run", "--json", "--quiet")
    rep = json.loads(r.stdout)
    assert rep["would_snap"] == 6 and rep["snapped"] == 0 and rep["boxes_changed"] >= 10
    assert tree_bytes(tmp_path / "ds") == files
    assert not (tmp_path / "ds" / ".labelbench" / "snap-labels.journal").exists()


def test_snap_labels_classes_by_name_and_unknown_name(tmp_path):
    yaml_path, truth = make_dataset(tmp_path / "ds")
    r = cli("snap-labels", yaml_path, "--classes", "circle", "--json", "--quiet")
    rep = json.loads(r.stdout)
    for item in rep["per_image"]:
        for b in item.get("boxes", []):
            if b["class"] != 0:
                assert b["kept"] == "class not chosen" and b["after"] == b["before"]
    r = cli("snap-labels", yaml_path, "--classes", "hexagon")
    assert r.returncode == 2 and "unknown class 'hexagon'" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_snap_labels_stops_at_once_when_another_run_holds_the_dataset(tmp_path):
    from app.core.dataset.lock import WriterLock

    yaml_path, _ = make_dataset(tmp_path / "ds", n=2)
    files = tree_bytes(tmp_path / "ds")
    with DatasetIndex.open(yaml_path) as idx, WriterLock(idx.db_path, "labelbench autolabel (test)"):
        r = cli("snap-labels", yaml_path)
    assert r.returncode == 1 and "another LabelBench run is writing it" in r.stderr
    assert "labelbench autolabel (test)" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert tree_bytes(tmp_path / "ds") == files


@pytest.mark.slow
def test_snap_labels_kill_9_then_resume_gives_the_files_of_an_uninterrupted_run(tmp_path):
    n = 30
    yaml_path, _ = make_dataset(tmp_path / "ref", n=n)
    shutil.copytree(tmp_path / "ref", tmp_path / "killed")
    r = cli("snap-labels", yaml_path, "--quiet")
    assert r.returncode == 0, r.stderr
    ref = tree_bytes(tmp_path / "ref")
    killed = tmp_path / "killed"
    start = tree_bytes(killed)
    seed = int(time.time())
    rng = random.Random(seed)
    env_cmd = [sys.executable, "-m", "app", "snap-labels", str(killed / "data.yaml"), "--quiet"]
    mid_run = 0
    for _round in range(3):
        before = sum(a != b for a, b in zip(tree_bytes(killed).values(), start.values()))
        p = subprocess.Popen(env_cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while p.poll() is None and time.monotonic() < deadline:  # wait for one more file to change
            now = sum(a != b for a, b in zip(tree_bytes(killed).values(), start.values()))
            if now > before:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.3))
        p.send_signal(signal.SIGKILL)
        p.wait()
        files = tree_bytes(killed)
        changed = sum(a != b for a, b in zip(files.values(), start.values()))
        mid_run += 0 < changed < n
        for name, data in files.items():  # every file is the original or the finished one
            assert data in (start[name], ref[name]), (seed, name)
    assert mid_run, f"no kill landed mid-run (seed {seed})"
    r = cli("snap-labels", killed / "data.yaml", "--json", "--quiet")
    assert r.returncode == 0, r.stderr
    assert tree_bytes(killed) == ref, f"seed {seed}"
    rep = json.loads(r.stdout)
    assert rep["snapped"] + rep["snapped_earlier"] == n and rep["failed"] == []
    report_matches_files(killed, rep)
    with DatasetIndex.open(killed / "data.yaml") as idx:  # a killed run's files are not a person's edits
        idx.refresh()
        assert not any(row.edited for row in idx.rows())
