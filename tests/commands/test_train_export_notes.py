"""`labelbench train DATASET` says which images it leaves out of the exported training set and
why (a class id outside the names used to vanish without a word)."""

from __future__ import annotations

from app.core.dataset.synth import dataset as synth
from tests.support.hostile import run_cli


def test_an_image_with_an_unknown_class_is_named_and_left_out(tmp_path):
    root = synth.write_small(tmp_path / "ds", 6, 0, seed=4, size=(96, 64), stem="u").parent
    label = sorted((root / "labels").rglob("*.txt"))[0]
    label.write_text("9 0.5 0.5 0.2 0.2\n")
    r = run_cli(
        "train",
        str(root),
        "--model",
        str(tmp_path / "missing.pt"),
        "--epochs",
        "1",
        "--project",
        str(tmp_path / "runs"),
    )
    assert r.returncode != 0  # the missing model stops it after the export
    assert (
        f"train: {label}:1: unknown class id 9 (dataset has {len(synth.CLASSES)} classes); left out of training"
        in r.stderr.splitlines()
    )
    assert "; 1 left out (listed above)" in r.stdout
