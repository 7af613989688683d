"""Auto-label safety on the real demo model: people's labels survive reruns, bad images are listed
and the run completes, class names are checked against data.yaml, the CLI's report and exit codes."""

from __future__ import annotations

import json
import shutil

import cv2
import numpy as np
import pytest
from PIL import Image

from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.dataset.index import STATUS_REVIEWED, DatasetIndex
from app.core.io.yolo_labels import img2label_path
from tests.support.autolabel_data import MODEL, make_images, read_rows, run_cli, shared_cache_dir, tree_bytes

NAMES = ["circle", "square", "triangle", "star", "ring"]
EXACT = dict(backend="pt", precision="exact")


@pytest.fixture
def cache_env(tmp_path_factory, monkeypatch):
    d = shared_cache_dir(tmp_path_factory)
    monkeypatch.setenv("LABELBENCH_CACHE", str(d))
    return {"LABELBENCH_CACHE": str(d)}


def _write_yaml(root, names):
    (root / "data.yaml").write_text(
        "train: images\nval: images\nnames:\n" + "".join(f"  {i}: {n}\n" for i, n in enumerate(names))
    )


@pytest.mark.slow  # real auto-label CLI runs
def test_rerun_skips_same_settings_and_force_relabels(tmp_path):
    make_images(tmp_path / "ds", 6)
    first = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(**EXACT))
    assert (first["labeled"], first["skipped"], first["failed"]) == (6, 0, [])
    files = tree_bytes(tmp_path / "ds" / "labels")
    assert len(files) == 6
    again = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(**EXACT))
    assert (again["labeled"], again["skipped"]) == (0, 6)
    assert set(again["skip_reasons"]) == {"already labeled with the same model and settings (--force relabels)"}
    other = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(conf=0.5, **EXACT))  # other settings: relabel
    assert other["labeled"] == 6
    forced = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(conf=0.25, force=True, **EXACT))
    assert forced["labeled"] == 6 and tree_bytes(tmp_path / "ds" / "labels") == files


def test_reviewed_and_hand_made_labels_survive_reruns(tmp_path):
    imgs = make_images(tmp_path / "ds", 6)
    autolabel(tmp_path / "ds", MODEL, AutolabelOptions(**EXACT))
    model_out = tree_bytes(tmp_path / "ds" / "labels")
    reviewed, edited = imgs[0], imgs[1]
    with DatasetIndex(tmp_path / "ds") as idx:
        idx.set_reviewed("images/" + reviewed.name)
    img2label_path(edited).write_text("4 0.500000 0.500000 0.100000 0.100000\n")  # a person, outside the app
    keep = {p: img2label_path(p).read_bytes() for p in (reviewed, edited)}

    r = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(force=True, **EXACT))
    assert (r["labeled"], r["skipped"]) == (4, 2)
    assert r["skip_reasons"] == {
        "labels reviewed or edited by a person (--overwrite-reviewed replaces them)": 1,
        "label file not written by autolabel (--overwrite-reviewed replaces it)": 1,
    }
    for p, b in keep.items():
        assert img2label_path(p).read_bytes() == b, p.name
    with DatasetIndex(tmp_path / "ds") as idx:
        assert idx.get("images/" + reviewed.name).status == STATUS_REVIEWED

    r = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(force=True, overwrite_reviewed=True, **EXACT))
    assert (r["labeled"], r["skipped"]) == (6, 0)
    assert tree_bytes(tmp_path / "ds" / "labels") == model_out  # explicitly asked: the model's labels again
    with DatasetIndex(tmp_path / "ds") as idx:
        assert idx.get("images/" + reviewed.name).status == "auto"


def _bad_and_unusual(folder):
    """Every bad-image kind of the foundation issue (expected reason) and the unusual-but-fine ones."""
    folder.mkdir(parents=True)
    good = make_images(folder.parent / "src", 3, sub="x")
    photo = cv2.imread(str(good[0]))
    jb = cv2.imencode(".jpg", photo)[1].tobytes()
    pb = cv2.imencode(".png", photo)[1].tobytes()
    bad = {
        "empty.jpg": (b"", "empty file (0 bytes)"),
        "notes.jpg": (b"hello, this is a text file\n" * 4, "not an image (the file is text)"),
        "noise.png": (bytes(range(7, 200)), "not an image (unrecognized file header)"),
        "garbage.jpg": (b"\xff\xd8\xff\xe0" + bytes(300) + b"\xff\xd9", "undecodable image data"),
        "anim.gif.jpg": (b"GIF89a" + bytes(40), "GIF is not supported"),
        "cut.jpg": (jb[: len(jb) // 2], "truncated JPEG"),
        "cut_png.png": (pb[: len(pb) // 2], "truncated PNG"),  # not cut.png: with cut.jpg, one label file (a pair)
    }
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    fine = ["검사_이미지.jpg", "png_named.jpg", "cmyk.jpg", "gray.png", "deep16.png", "alpha.png"]
    shutil.copy(good[0], folder / fine[0])
    (folder / fine[1]).write_bytes(pb)
    Image.fromarray(cv2.cvtColor(photo, cv2.COLOR_BGR2RGB)).convert("CMYK").save(folder / fine[2], "JPEG")
    cv2.imwrite(str(folder / fine[3]), cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY))
    cv2.imwrite(str(folder / fine[4]), photo.astype(np.uint16) * 257)
    cv2.imwrite(str(folder / fine[5]), np.dstack([photo, np.full(photo.shape[:2], 200, np.uint8)]))
    return {n: r for n, (_, r) in bad.items()}, fine


@pytest.mark.slow  # real auto-label CLI runs
def test_bad_images_are_listed_and_the_run_completes(tmp_path, cache_env):
    bad, fine = _bad_and_unusual(tmp_path / "mixed")
    r = run_cli(
        tmp_path / "mixed",
        "--model",
        MODEL,
        "--out",
        tmp_path / "out",
        "--report",
        tmp_path / "rep.json",
        env=cache_env,
    )
    assert r.returncode == 0, r.stderr
    rep = json.loads((tmp_path / "rep.json").read_text())
    assert set(rep) >= {"images", "labeled", "skipped", "failed", "seconds", "images_per_second", "model", "backend"}
    assert rep["images"] == len(bad) + len(fine) and rep["labeled"] == len(fine) and rep["skipped"] == 0
    failed = {f["path"].rsplit("/", 1)[1]: f["error"] for f in rep["failed"]}
    assert set(failed) == set(bad)
    for name, reason in bad.items():
        assert reason in failed[name], (name, failed[name])
        assert f"{name}: " in r.stderr  # listed on stderr as it happens
        assert not (tmp_path / "out" / name).with_suffix(".txt").exists()
    for name in fine:
        assert (tmp_path / "out" / name).with_suffix(".txt").exists(), name
    # the same picture read through gray / 16-bit / RGBA / CMYK / PNG-named-.jpg gives the same objects
    counts = {n: len(read_rows((tmp_path / "out" / n).with_suffix(".txt"))) for n in fine}
    assert counts["검사_이미지.jpg"] >= 1 and counts["png_named.jpg"] == counts["검사_이미지.jpg"]
    assert counts["alpha.png"] == counts["png_named.jpg"]


@pytest.mark.slow  # real auto-label CLI runs
def test_class_names_are_checked_against_data_yaml(tmp_path, cache_env):
    make_images(tmp_path / "ds", 4)
    swapped = ["square", "circle", "triangle", "star", "ring"]
    _write_yaml(tmp_path / "ds", swapped)
    r = run_cli(tmp_path / "ds", "--model", MODEL, "--backend", "pt", "--precision", "exact", env=cache_env)
    assert r.returncode == 1
    err = [ln for ln in r.stderr.splitlines() if "error" in ln]
    assert len(err) == 1 and "data.yaml" in err[0] and "--map-classes" in err[0] and "Traceback" not in r.stderr
    assert not (tmp_path / "ds" / "labels").exists()  # nothing written with wrong ids

    # by name: the model's circle (0) becomes the dataset's circle (1) and square 1 -> 0
    r = run_cli(
        tmp_path / "ds",
        "--model",
        MODEL,
        "--backend",
        "pt",
        "--precision",
        "exact",
        "--map-classes",
        "by-name",
        env=cache_env,
    )
    assert r.returncode == 0, r.stderr
    (tmp_path / "ds" / "data.yaml").unlink()
    ref = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(out=str(tmp_path / "ref"), **EXACT))
    assert ref["labeled"] == 4
    swap = {0: 1, 1: 0, 2: 2, 3: 3, 4: 4}
    n = 0
    for p in sorted((tmp_path / "ref" / "images").glob("*.txt")):
        a, b = read_rows(p), read_rows(tmp_path / "ds" / "labels" / p.name)
        assert [swap[int(c)] for c in a[:, 0]] == [int(c) for c in b[:, 0]]
        np.testing.assert_array_equal(a[:, 1:], b[:, 1:])
        n += len(a)
    assert n > 0


@pytest.mark.slow  # real auto-label CLI runs
def test_cli_usage_and_model_errors(tmp_path):
    make_images(tmp_path / "ds", 1)
    r = run_cli(tmp_path / "ds", "--model", MODEL, "--conf", "2")
    assert r.returncode == 2 and "--conf must be between 0 and 1" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(tmp_path / "ds", "--model", tmp_path / "missing.pt")
    assert r.returncode == 1 and "missing.pt" in r.stderr and "Traceback" not in r.stderr
    bogus = tmp_path / "bogus.pt"
    bogus.write_bytes(b"not a model")
    r = run_cli(tmp_path / "ds", "--model", bogus)
    assert r.returncode == 1 and "bogus.pt" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "ds" / "labels").exists()
