"""The shipped demo training run (resources/runs/demo_yolov8n) is what the manual's curves example reads."""

import json
import subprocess
import sys

import yaml

from tests.support.paths import ROOT

RUN = ROOT / "resources" / "runs" / "demo_yolov8n"


def test_shipped_run_has_table_and_args_but_no_weights():
    assert (RUN / "results.csv").is_file() and (RUN / "args.yaml").is_file()
    assert not list(RUN.rglob("*.pt")), "the shipped run must not carry weights"
    args = yaml.safe_load((RUN / "args.yaml").read_text())
    assert args["model"] == "yolov8n.yaml" and args["epochs"] == 38


def test_manual_curves_example_runs_on_the_shipped_run():
    r = subprocess.run(
        [sys.executable, "-m", "app", "curves", "resources/runs/demo_yolov8n", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["epochs"] == 38 and out["best_epoch"] == 36 and out["best_value"] == 0.80257
    assert "labelbench curves resources/runs/demo_yolov8n" in (ROOT / "resources" / "docs" / "training.md").read_text()
