"""`labelbench eval --dataset SOURCE [--model MODEL]`: the Evaluate pane's other two sources on the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.support.paths import DEMO_DIR, DEMO_MODEL, ROOT


def _cli(*args, timeout=300):
    return subprocess.run(
        [sys.executable, "-m", "app", "eval", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _demo_copy(tmp_path):
    ds = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, ds, ignore=shutil.ignore_patterns(".labelbench"))
    return ds


@pytest.mark.slow  # the model predicts a dataset through the CLI
def test_model_on_dataset_evaluates_without_touching_the_labels(tmp_path, shared_exports):
    ds = _demo_copy(tmp_path)
    before = {p: p.read_bytes() for p in (ds / "labels").rglob("*.txt")}
    r = _cli("--dataset", ds / "data.yaml", "--model", DEMO_MODEL, "--json", tmp_path / "r.json")
    assert r.returncode == 0, r.stderr
    rep = json.loads((tmp_path / "r.json").read_text())
    text = json.dumps(rep)
    assert "map50" in text.lower()
    assert "24 images" in r.stdout and "62 ground-truth boxes" in r.stdout
    map50 = float(r.stdout.split("mAP50 ")[1].split()[0])
    assert map50 > 0.85, r.stdout  # the demo model's card says 0.926 on held-out images
    assert {p: p.read_bytes() for p in (ds / "labels").rglob("*.txt")} == before
    assert not list(ds.rglob("*.tmp"))


def test_dataset_without_reviewed_predictions_says_so_in_one_line(tmp_path):
    ds = _demo_copy(tmp_path)
    r = _cli("--dataset", ds, timeout=120)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "nothing to evaluate" in lines[0] and str(ds) in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_sources_are_not_mixed(tmp_path):
    r = _cli("--dataset", tmp_path, "--gt", tmp_path, timeout=60)
    assert r.returncode == 2 and "either --gt/--pred" in r.stderr
    r = _cli("--gt", tmp_path, timeout=60)
    assert r.returncode == 2 and "--dataset SOURCE" in r.stderr
    r = _cli("--gt", tmp_path, "--pred", tmp_path, "--model", DEMO_MODEL, timeout=60)
    assert r.returncode == 2 and "--model goes with --dataset" in r.stderr
