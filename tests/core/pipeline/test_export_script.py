"""The exported pipeline script as a user runs it (issue 24, item 10): masks into a folder are PNG
by default (0 and 255 only, where JPEG gave 0..255 noise), a failed image makes the exit status 1,
and the files are named from the pipeline's name (not "untitled")."""

from __future__ import annotations

import subprocess
import sys

import cv2
import numpy as np

from app.core.dataset.synth import dataset as synth
from app.core.pipeline.model import Pipeline, default_pipeline


def _run(script, *args, cwd):
    return subprocess.run(
        [sys.executable, "-I", str(script), *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def _inputs(folder, n=3):
    folder.mkdir()
    for i in range(n):
        cv2.imwrite(str(folder / f"img_{i}.jpg"), synth.render(i, 0, (160, 120))[0])


def test_masks_are_png_and_a_failed_image_exits_1(tmp_path):
    script = tmp_path / "binarize.py"
    default_pipeline().export_python(script)  # gray, blur, threshold 128: a binary mask
    src = tmp_path / "in"
    _inputs(src)
    r = _run(script, src, tmp_path / "ok", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "3 image(s): 3 written, 0 failed" in r.stdout
    outs = sorted(p.name for p in (tmp_path / "ok").iterdir())
    assert outs == ["img_0.png", "img_1.png", "img_2.png"]
    for name in outs:
        mask = cv2.imread(str(tmp_path / "ok" / name), cv2.IMREAD_UNCHANGED)
        assert mask.dtype == np.uint8 and set(np.unique(mask)) <= {0, 255}
        assert len(np.unique(mask)) == 2  # a real mask, both values present

    (src / "broken.jpg").write_bytes((src / "img_0.jpg").read_bytes()[:300])  # a truncated JPEG
    r = _run(script, src, tmp_path / "bad", cwd=tmp_path)
    assert r.returncode == 1
    assert "4 image(s): 3 written, 1 failed" in r.stdout and "broken.jpg" in r.stderr
    assert sorted(p.name for p in (tmp_path / "bad").iterdir()) == ["img_0.png", "img_1.png", "img_2.png"]

    r = _run(script, src / "img_1.jpg", tmp_path / "one.jpg", cwd=tmp_path)  # a named file: its format
    assert r.returncode == 0 and (tmp_path / "one.jpg").read_bytes()[:2] == b"\xff\xd8"
    r = _run(script, src, tmp_path / "jpg", "--ext", ".jpg", cwd=tmp_path)
    assert r.returncode == 1 and (tmp_path / "jpg" / "img_2.jpg").is_file()


def test_files_are_named_from_the_pipeline(tmp_path):
    p = default_pipeline()
    assert p.name == "untitled" and p.file_stem() == "gray_gaussian_blur_threshold"
    p.steps[1].enabled = False
    assert p.file_stem() == "gray_threshold"
    p.save(tmp_path / "parts on belt.json")  # saved: it takes the file's name
    assert p.name == "parts on belt" and p.file_stem() == "parts_on_belt"
    assert Pipeline.load(tmp_path / "parts on belt.json").name == "parts on belt"
    assert Pipeline(name="Cells / 2025 (v2)").file_stem() == "Cells_2025_v2"
    assert Pipeline(name="untitled").file_stem() == "pipeline"  # no steps, no name
