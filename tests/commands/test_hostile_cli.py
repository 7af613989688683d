"""The CLI under hostile input: every probe ends on its own, within 3 GiB, with one clear line
naming the file (and line); the rest of the run goes on where that makes sense. Every hostile
file is made here; every run is a subprocess under a timeout and an address-space cap."""

from __future__ import annotations

import json
import os

import pytest

from tests.support.hostile import one_line_error, run_cli
from tests.support.paths import DEMO_MODEL as ROOT_MODEL
from tests.support.readonly import run_readonly

GT = "0 0.5 0.5 0.2 0.2\n1 0.3 0.3 0.1 0.1\n"
PRED = "0 0.5 0.5 0.2 0.2 0.9\n1 0.3 0.3 0.1 0.1 0.8\n"


def _folders(tmp_path, n=3):
    gt, pred = tmp_path / "gt", tmp_path / "pred"
    gt.mkdir()
    pred.mkdir()
    for i in range(n):
        (gt / f"im{i}.txt").write_text(GT)
        (pred / f"im{i}.txt").write_text(PRED)
    return gt, pred


# ---------------------------------------------------------------- eval: pairing (issue 12 section 3)
def test_eval_reports_pairing_counts(tmp_path):
    gt, pred = _folders(tmp_path)
    (gt / "only_gt.txt").write_text(GT)
    (pred / "only_pred.txt").write_text(PRED)
    r = run_cli("eval", "--gt", str(gt), "--pred", str(pred), "--json", str(tmp_path / "r.json"))
    assert r.returncode == 0, r.stderr
    assert "paired 3 image(s); 1 ground-truth file(s) have no prediction file (e.g. " in r.stdout
    assert str(gt / "only_gt.txt") in r.stdout and str(pred / "only_pred.txt") in r.stdout
    js = json.loads((tmp_path / "r.json").read_text())
    assert js["pairing"]["paired"] == 3 and js["pairing"]["gt_only"] == 1 and js["pairing"]["pred_only"] == 1
    assert js["images"] == 5


@pytest.mark.parametrize("layout", ["empty", "flattened"])
def test_eval_nothing_paired_exits_1_with_examples(tmp_path, layout):
    gt, pred = tmp_path / "gt", tmp_path / "pred"
    (gt / "val").mkdir(parents=True)
    pred.mkdir()
    (gt / "val" / "a.txt").write_text(GT)
    if layout == "flattened":  # Ultralytics' save_txt names: no split folder
        (pred / "a.txt").write_text(PRED)
    r = run_cli("eval", "--gt", str(gt), "--pred", str(pred))
    assert r.returncode == 1
    line = one_line_error(r)
    assert "nothing to evaluate" in line and str(gt / "val" / "a.txt") in line
    assert (str(pred / "a.txt") if layout == "flattened" else f"{pred} holds no .txt label file") in line
    assert "mAP" not in r.stdout


# ---------------------------------------------------------------- eval: hostile label files
@pytest.mark.parametrize("cls", ["30000", "1000000000"])
def test_eval_huge_class_id_without_names_is_one_line(tmp_path, cls):
    gt, pred = _folders(tmp_path)
    (gt / "im1.txt").write_text(GT + f"{cls} 0.5 0.5 0.1 0.1\n")
    r = run_cli("eval", "--gt", str(gt), "--pred", str(pred), timeout=60)
    assert r.returncode == 2
    line = one_line_error(r)
    assert f"{gt / 'im1.txt'}:3: class id {cls} without a class list" in line


def test_eval_huge_class_id_with_names_is_unknown_class(tmp_path):
    gt, pred = _folders(tmp_path)
    (gt / "im1.txt").write_text(GT + "30000 0.5 0.5 0.1 0.1\n")
    (tmp_path / "classes.txt").write_text("a\nb\n")
    r = run_cli("eval", "--gt", str(gt), "--pred", str(pred), "--names", str(tmp_path / "classes.txt"))
    assert r.returncode == 2
    assert "im1.txt:3: unknown class id 30000 (dataset has 2 classes)" in one_line_error(r)


@pytest.mark.parametrize("bad", ["1e400", "inf", "nan", "-inf"])
def test_eval_non_finite_class_id(tmp_path, bad):
    gt, pred = _folders(tmp_path)
    (gt / "im2.txt").write_text(f"{bad} 0.5 0.5 0.1 0.1\n")
    r = run_cli("eval", "--gt", str(gt), "--pred", str(pred))
    assert r.returncode == 2
    assert f"im2.txt:1: class id must be a non-negative integer, found '{bad}'" in one_line_error(r)


def test_eval_nan_confidence_is_reported_as_such(tmp_path):
    gt, pred = _folders(tmp_path)
    (pred / "im0.txt").write_text("0 0.5 0.5 0.2 0.2 nan\n")
    r = run_cli("eval", "--gt", str(gt), "--pred", str(pred))
    assert r.returncode == 2
    line = one_line_error(r)
    assert f"{pred / 'im0.txt'}:1: confidence 'nan' is not a number" in line
    assert "coordinates" not in line


def test_eval_fifo_label_file_does_not_hang(tmp_path):
    gt, pred = _folders(tmp_path)
    os.mkfifo(gt / "x.txt")
    r = run_cli("eval", "--gt", str(gt), "--pred", str(pred), timeout=30)
    assert r.returncode == 1
    assert f"{gt / 'x.txt'}: a FIFO (named pipe), not a regular file" in one_line_error(r)


def test_eval_huge_label_file_is_refused_in_bounded_memory(tmp_path):
    gt, pred = _folders(tmp_path)
    line = b"0 0.500000 0.500000 0.200000 0.200000\n"
    with open(gt / "im0.txt", "wb") as f:  # 125 MB of valid lines
        for _ in range(125):
            f.write(line * (1_000_000 // len(line)))
        f.write(line * ((125_000_000 - f.tell()) // len(line)))
    r = run_cli("eval", "--gt", str(gt), "--pred", str(pred), timeout=60, mem=2 << 30)
    assert r.returncode == 1
    assert f"{gt / 'im0.txt'}: label file too large (125.0 MB" in one_line_error(r)


# ---------------------------------------------------------------- status
def _dataset(tmp_path):
    import cv2
    import numpy as np

    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    (root / "data.yaml").write_text("train: images\nnames: [a, b]\n")
    for i in range(3):
        cv2.imwrite(str(root / "images" / f"im{i}.png"), np.full((32, 32, 3), 80 * i, np.uint8))
        (root / "labels" / f"im{i}.txt").write_text(GT)
    return root


def test_status_fifo_huge_and_non_finite_label_files(tmp_path):
    root = _dataset(tmp_path)
    import cv2
    import numpy as np

    for name in ("fifo", "huge", "inf", "nanconf"):
        cv2.imwrite(str(root / "images" / f"{name}.png"), np.zeros((8, 8, 3), np.uint8))
    os.mkfifo(root / "labels" / "fifo.txt")
    with open(root / "labels" / "huge.txt", "wb") as f:
        f.truncate(125_000_000)
    (root / "labels" / "inf.txt").write_text("1e400 0.5 0.5 0.1 0.1\ninf 0.5 0.5 0.1 0.1\nnan 0.5 0.5 0.1 0.1\n")
    (root / "labels" / "nanconf.txt").write_text("0 0.5 0.5 0.1 0.1 nan\n")
    r = run_cli("status", str(root), "--json", timeout=60, mem=2 << 30)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    out = json.loads(r.stdout)
    errs = {(os.path.basename(m["path"]), m["line"]): m["error"] for m in out["malformed"]}
    assert "FIFO (named pipe), not a regular file" in errs[("fifo.txt", 0)]
    assert "label file too large (125 MB" in errs[("huge.txt", 0)]
    assert errs[("inf.txt", 1)] == "class id must be a non-negative integer, found '1e400'"
    assert errs[("inf.txt", 2)] == "class id must be a non-negative integer, found 'inf'"
    assert errs[("inf.txt", 3)] == "class id must be a non-negative integer, found 'nan'"
    assert errs[("nanconf.txt", 1)] == "confidence 'nan' is not a number"
    assert out["images"] == 7 and out["boxes"] == 6


def test_status_malformed_data_yaml_is_one_line(tmp_path):
    root = _dataset(tmp_path)
    (root / "data.yaml").write_text("train: images\nnames: [a, b\nval: [\n")
    r = run_cli("status", str(root / "data.yaml"))
    assert r.returncode == 1
    assert f"{root / 'data.yaml'}:3: invalid YAML" in one_line_error(r)


def test_status_yaml_alias_bomb_in_names(tmp_path):
    root = _dataset(tmp_path)
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for k in "bcdefghijk":
        lines.append(f"{k}: &{k} [" + ",".join(["*" + prev] * 9) + "]")
        prev = k
    (root / "data.yaml").write_text("\n".join(lines) + f"\ntrain: images\nnames: [*{prev}, *{prev}]\n")
    r = run_cli("status", str(root / "data.yaml"), timeout=60, mem=2 << 30)
    assert r.returncode == 1
    assert f"{root / 'data.yaml'}: names: class 0 is not a plain name (list)" in one_line_error(r)
    many = ["x: &x [1]"] + [f"y{i}: *x" for i in range(1500)]
    (root / "data.yaml").write_text("\n".join(many) + "\ntrain: images\nnames: [a]\n")
    r = run_cli("status", str(root / "data.yaml"), timeout=60, mem=2 << 30)
    assert r.returncode == 1
    assert "more than 1000 aliases" in one_line_error(r)


# ---------------------------------------------------------------- model files never run code
@pytest.mark.slow  # a CLI process per command that loads torch
@pytest.mark.parametrize("command", ["autolabel", "train"])
def test_evil_model_is_refused_and_never_runs(tmp_path, command):
    from tests.support.evil_model import make_evil_pt

    root = _dataset(tmp_path)
    marker = tmp_path / "MARKER"
    evil = make_evil_pt(tmp_path / "evil.pt", marker)
    args = (
        [command, str(root), "--model", str(evil), "--backend", "pt", "--quiet"]
        if command == "autolabel"
        else [
            command,
            str(root / "data.yaml"),
            "--model",
            str(evil),
            "--epochs",
            "1",
            "--imgsz",
            "64",
            "--project",
            str(tmp_path / "runs"),
        ]
    )
    r = run_cli(*args, timeout=240, mem=8 << 30, env={"LABELBENCH_CACHE": str(tmp_path / "cache")})
    assert not marker.exists()
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    out = r.stdout + r.stderr
    assert f"{evil}: refused: loading this model would run code stored in the file (it references io.open)" in out
    if command == "autolabel":
        assert one_line_error(r).startswith("labelbench autolabel: error: ")
        assert sorted(p.name for p in (root / "labels").iterdir()) == ["im0.txt", "im1.txt", "im2.txt"]


@pytest.mark.slow  # a real auto-label CLI run
def test_trust_model_loads_the_file_the_ordinary_way(tmp_path):
    from tests.support.evil_model import make_evil_pt

    root = _dataset(tmp_path)
    marker = tmp_path / "MARKER"
    evil = make_evil_pt(tmp_path / "evil.pt", marker)
    r = run_cli(
        "autolabel",
        str(root),
        "--model",
        str(evil),
        "--backend",
        "pt",
        "--quiet",
        "--trust-model",
        timeout=240,
        mem=8 << 30,
        env={"LABELBENCH_CACHE": str(tmp_path / "cache")},
    )
    assert marker.exists()  # trusted: unpickled the ordinary way (it is still no model)
    assert r.returncode != 0 and "Traceback" not in r.stderr


# ---------------------------------------------------------------- filter / threshold
def test_threshold_png_bomb_and_fifo_are_one_line(tmp_path):
    from tests.core.pipeline.test_hostile_pipeline import png_bomb

    png_bomb(tmp_path / "bomb.png")
    r = run_cli("threshold", str(tmp_path / "bomb.png"), timeout=60, mem=2 << 30)
    assert r.returncode == 1
    assert f"{tmp_path / 'bomb.png'}: image too large to decode in full: 100000x100000" in one_line_error(r)
    os.mkfifo(tmp_path / "x.jpg")
    r = run_cli("threshold", str(tmp_path / "x.jpg"), timeout=30)
    assert r.returncode == 1
    assert f"{tmp_path / 'x.jpg'}: a FIFO (named pipe), not a regular file" in one_line_error(r)


def test_filter_batch_goes_on_past_bomb_fifo_and_loops(tmp_path):
    import cv2
    import numpy as np

    from tests.core.pipeline.test_hostile_pipeline import png_bomb

    src = tmp_path / "src"
    src.mkdir()
    for i in range(2):
        cv2.imwrite(str(src / f"im{i}.png"), np.full((16, 16, 3), 60 * i, np.uint8))
    png_bomb(src / "bomb.png")
    os.mkfifo(src / "x.jpg")
    os.symlink(".", src / "self")
    os.symlink(".", src / "self2")
    pipe = tmp_path / "p.json"
    from app.core.pipeline.model import default_pipeline

    default_pipeline().save(pipe)
    r = run_cli("filter", "--pipeline", str(pipe), str(src), str(tmp_path / "out"), "--quiet", timeout=60, mem=2 << 30)
    assert r.returncode == 0, r.stderr
    assert "4 image(s): 2 written, 2 failed" in r.stdout
    errs = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(errs) == 2 and "Traceback" not in r.stderr
    assert any("bomb.png: image too large to decode in full" in e for e in errs)
    assert any("x.jpg: a FIFO (named pipe), not a regular file" in e for e in errs)


# ---------------------------------------------------------------- autolabel
def test_autolabel_read_only_dataset_refused_before_inference(tmp_path, monkeypatch):
    monkeypatch.setenv("LABELBENCH_CACHE", str(tmp_path / "cache"))
    root = _dataset(tmp_path)
    for f in (root / "labels").iterdir():
        f.unlink()
    r = run_readonly(
        root, ["autolabel", str(root), "--model", str(ROOT_MODEL), "--backend", "pt", "--quiet"], timeout=240
    )
    assert r.returncode == 1
    line = one_line_error(r)
    assert f"{root / 'labels'}: cannot write label files here (" in line and "--out DIR" in line
    assert list((root / "labels").iterdir()) == []


@pytest.mark.slow  # real auto-label CLI runs
def test_autolabel_fifo_loops_and_long_name(tmp_path, monkeypatch):
    import shutil

    monkeypatch.setenv("LABELBENCH_CACHE", str(tmp_path / "cache"))
    root = _dataset(tmp_path)
    img = root / "images"
    os.mkfifo(img / "x.jpg")
    os.symlink(".", img / "self")
    os.symlink(".", img / "self2")
    long = "n" * 246 + ".png"  # 250 bytes: the label's temp name must still fit in 255
    shutil.copy(img / "im0.png", img / long)
    for f in (root / "labels").iterdir():
        f.unlink()
    (root / "data.yaml").unlink()  # the model's class names then
    args = ["autolabel", str(root), "--model", str(ROOT_MODEL), "--backend", "pt"]
    for _ in range(2):  # the rerun used to crash on the long name
        r = run_cli(*args, "--force", timeout=240, mem=8 << 30)
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
        errs = [ln for ln in r.stderr.splitlines() if "x.jpg" in ln]
        assert len(errs) == 1 and "a FIFO (named pipe), not a regular file" in errs[0]
    labels = sorted(p.name for p in (root / "labels").iterdir() if not p.name.startswith("."))
    assert labels == sorted(["im0.txt", "im1.txt", "im2.txt", "n" * 246 + ".txt"])  # 4, not 82
    assert not (root / "labels" / "self").exists()
