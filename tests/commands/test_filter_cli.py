"""`labelbench filter`: folders (recursive), single files, per-file errors, summary, exit codes,
atomic outputs; and the batch job function under the CLI (progress, cancel)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import cv2
import numpy as np
import pytest

from app.cli import main
from app.core.dataset.synth import dataset as mdd
from app.core.jobs import Cancelled, JobState
from app.core.pipeline.batch import apply_pipeline_to_folder, load_for_pipeline
from app.core.pipeline.model import Pipeline
from tests.support.paths import ROOT

BINARIZE = ROOT / "resources" / "pipelines" / "binarize.json"


def _folder(tmp_path):
    src = tmp_path / "photos"
    (src / "day2").mkdir(parents=True)
    for i in range(3):
        cv2.imwrite(str(src / f"img{i}.jpg"), mdd.render(i, 1, (160, 120))[0])
    cv2.imwrite(str(src / "day2" / "img3.png"), mdd.render(3, 1, (160, 120))[0])
    (src / "day2" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    (src / "notes.png").write_text("this is not a picture")
    (src / "readme.txt").write_text("ignored: not an image extension")
    return src


def test_folder_run_mirrors_tree_lists_errors_and_continues(tmp_path, capsys):
    src = _folder(tmp_path)
    dest = tmp_path / "out"
    assert main(["filter", "--pipeline", str(BINARIZE), str(src), str(dest)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("6 image(s): 4 written, 2 failed -> ")
    errs = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(errs) == 2
    assert any("broken.jpg" in e and "truncated JPEG" in e for e in errs)
    assert any("notes.png" in e and "not an image" in e for e in errs)
    written = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    assert written == ["day2/img3.png", "img0.jpg", "img1.jpg", "img2.jpg"]  # no temp files left
    png = cv2.imread(str(dest / "day2" / "img3.png"), cv2.IMREAD_UNCHANGED)
    assert png.ndim == 2 and set(np.unique(png)) <= {0, 255}
    expected = Pipeline.load(BINARIZE).apply(load_for_pipeline(src / "day2" / "img3.png"))
    assert np.array_equal(png, expected)  # PNG is lossless: exactly the pipeline's result


def test_ext_option_single_file_and_dest_inside_source(tmp_path, capsys):
    src = _folder(tmp_path)
    assert main(["filter", "--pipeline", str(BINARIZE), str(src / "img0.jpg"), str(tmp_path / "one.png")]) == 0
    assert "1 image(s): 1 written, 0 failed" in capsys.readouterr().out
    assert cv2.imread(str(tmp_path / "one.png"), cv2.IMREAD_UNCHANGED).ndim == 2
    (tmp_path / "into").mkdir()
    assert main(["filter", "--pipeline", str(BINARIZE), str(src / "img1.jpg"), str(tmp_path / "into")]) == 0
    assert (tmp_path / "into" / "img1.jpg").is_file()
    inner = src / "masks"
    assert main(["filter", "--pipeline", str(BINARIZE), "--ext", "png", str(src), str(inner), "-q"]) == 0
    capsys.readouterr()
    assert (inner / "img0.png").is_file() and (inner / "day2" / "img3.png").is_file()
    # a second run does not take its own earlier outputs (inside the source) as inputs
    assert main(["filter", "--pipeline", str(BINARIZE), "--ext", "png", str(src), str(inner), "-q"]) == 0
    assert capsys.readouterr().out.startswith("6 image(s)")


def test_user_errors_are_one_line(tmp_path, capsys):
    src = _folder(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "steps": [{"op": "gaussian_blur", "params": {"ksize": 4}}]}))
    assert main(["filter", "--pipeline", str(bad), str(src), str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.json: step 1" in err[0] and "must be odd" in err[0]
    assert main(["filter", "--pipeline", str(BINARIZE), str(tmp_path / "nope"), str(tmp_path / "o")]) == 2
    assert "nope: not found" in capsys.readouterr().err
    assert main(["filter", "--pipeline", str(BINARIZE), str(src)]) == 2
    assert "SOURCE and DEST are required" in capsys.readouterr().err
    (tmp_path / "afile").write_text("x")
    assert main(["filter", "--pipeline", str(BINARIZE), str(src), str(tmp_path / "afile")]) == 2
    assert "DEST must be a folder" in capsys.readouterr().err
    only_bad = tmp_path / "only_bad"
    only_bad.mkdir()
    (only_bad / "x.jpg").write_bytes(b"")
    assert main(["filter", "--pipeline", str(BINARIZE), str(only_bad), str(tmp_path / "o2")]) == 0  # it ran
    out, err = capsys.readouterr()
    assert "1 image(s): 0 written, 1 failed" in out and "x.jpg: empty file" in err


def test_job_function_reports_progress_and_cancels(tmp_path):
    src = _folder(tmp_path)
    seen = []
    state = JobState(on_progress=lambda d, t, m: seen.append((d, t)))
    summary = apply_pipeline_to_folder(Pipeline.load(BINARIZE), src, tmp_path / "o", state)
    assert summary["images"] == 6 and summary["written"] == 4 and summary["failed"] == 2
    assert seen[0] == (0, 6) and seen[-1] == (6, 6) and len(state.errors) == 2

    state = JobState()

    def cancel_after_two(done, total, msg):
        if done == 2:
            state.cancel()

    state._on_progress = cancel_after_two
    with pytest.raises(Cancelled):
        apply_pipeline_to_folder(Pipeline.load(BINARIZE), src, tmp_path / "c", state)
    assert len([p for p in (tmp_path / "c").rglob("*") if p.is_file()]) == 2


def test_cli_as_a_real_process(tmp_path):
    src = _folder(tmp_path)
    r = subprocess.run(
        [sys.executable, "-m", "app", "filter", "--pipeline", str(BINARIZE), str(src), str(tmp_path / "o")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert r.returncode == 0 and "4 written, 2 failed" in r.stdout
    assert "Traceback" not in r.stderr
