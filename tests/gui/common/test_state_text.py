"""Each state a job can end in reads as such, with its numbers (issue 13, item 6)."""

from __future__ import annotations

from app.gui.common.state_text import hms, job_end_text, run_progress_text, training_end_text


def test_training_end_texts():
    assert training_end_text(15, 20, stop="stopped") == "stopped at epoch 15/20"
    assert training_end_text(15, 20, stop="killed") == "killed at epoch 15/20"
    assert training_end_text(3, 20, failure="CUDA out of memory") == "failed at epoch 3/20: CUDA out of memory"
    assert training_end_text(0, 0, failure="no images") == "failed before the first epoch: no images"
    assert training_end_text(20, 20) == "finished 20/20 epochs"
    assert training_end_text(12, 20) == "ended early at epoch 12/20 (patience)"
    for t in (training_end_text(15, 20, stop="stopped"), training_end_text(12, 20)):
        assert "done" not in t and "finished" not in t


def test_progress_before_the_first_image_names_the_phase():
    t = run_progress_text(0, 0, 42.4, phase="Exporting the model to OpenVINO (first run only)")
    assert t == "Exporting the model to OpenVINO (first run only)…  elapsed 0:00:42"
    assert "0 / 0" not in run_progress_text(0, 0, 3.0) and "ETA" not in run_progress_text(0, 0, 3.0)
    assert run_progress_text(0, 0, 3.0, paused=True).endswith("(paused)")


def test_progress_while_running():
    assert run_progress_text(50, 200, 10.0) == "50 / 200 images   5.0/s   elapsed 0:00:10   ETA 0:00:30"
    assert run_progress_text(0, 200, 1.0) == "0 / 200 images   0.0/s   elapsed 0:00:01   ETA —"
    assert run_progress_text(200, 200, 40.0) == "200 / 200 images   5.0/s   elapsed 0:00:40"
    assert run_progress_text(1234, 5000, 100.0, paused=True).endswith(
        "12.3/s   elapsed 0:01:40   ETA 0:05:05  (paused)"
    )


def test_job_end_texts():
    assert job_end_text("cancelled", "Auto-label", 161, 400) == "Auto-label cancelled after 161 of 400"
    assert job_end_text("failed", "Evaluation", 3, 24, "disk full") == "Evaluation failed after 3 of 24 — disk full"
    assert job_end_text("finished", "Evaluation", 24, 24) == "Evaluation finished: 24"
    assert hms(3725) == "1:02:05"
