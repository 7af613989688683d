"""The app's jobs stay offline and start no program: the Training pane's run from a hostile
data.yaml, the Auto-label pane's run and Evaluate's model-on-dataset run, each a real pytest-qt test
run again in a child pytest inside a Sandbox (fake python/pip/curl/wget first on PATH, every proxy
variable at a recording listener, a fresh Ultralytics config folder)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.paths import ROOT
from tests.support.sandbox import Sandbox

JOBS = [
    "tests/gui/training/test_training_data_safety.py",
    "tests/gui/autolabel/test_autolabel_pane.py::test_run_in_worker_with_progress_preview_and_problems",
    "tests/gui/evaluate/test_evaluate_pane.py::test_model_on_dataset_source_predicts_into_scratch_and_evaluates",
]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_app_jobs_start_no_program_and_connect_nowhere(tmp_path):
    box = Sandbox(tmp_path)
    try:
        env = box.env()
        env["QT_QPA_PLATFORM"] = "offscreen"
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-m",
                "",
                "--basetemp",
                str(tmp_path / "inner"),
                *JOBS,
            ],
            capture_output=True,
            text=True,
            timeout=540,
            env=env,
            cwd=ROOT,
        )
        assert r.returncode == 0, r.stdout[-3000:]
        assert " passed" in r.stdout and "skipped" not in r.stdout
        harness = f"git -C {ROOT} status"  # the suite's own check that the checkout stays unchanged
        assert [c for c in box.calls() if not c.startswith(harness)] == [], box.calls()
        assert box.connections() == [], box.connections()
    finally:
        box.close()
