"""The bundled demo model: loads with plain `ultralytics.YOLO`, detects the demo objects, and its
card's figures hold on the first 60 images of the held-out set it names."""

from __future__ import annotations

import json

import pytest

from app.core.dataset.synth import dataset as make_demo_dataset

pytestmark = pytest.mark.slow  # Ultralytics val of the demo model on 60 held-out images


def test_demo_model_loads_detects_and_its_card_holds(demo_model, demo_dir, tmp_path):
    from ultralytics import YOLO

    card = json.loads(demo_model.with_suffix(".json").read_text())
    assert card["classes"] == make_demo_dataset.CLASSES and card["size_bytes"] == demo_model.stat().st_size
    model = YOLO(str(demo_model))
    assert [model.names[i] for i in range(5)] == make_demo_dataset.CLASSES

    # one bundled demo image: the model finds its objects with the right classes
    img = demo_dir / "images" / "train" / "demo_000000.jpg"
    gt = sorted(
        int(ln.split()[0]) for ln in (demo_dir / "labels" / "train" / "demo_000000.txt").read_text().splitlines()
    )
    r = model.predict(str(img), imgsz=card["imgsz"], conf=0.25, verbose=False)[0]
    assert sorted(int(c) for c in r.boxes.cls.tolist()) == gt

    # held-out images (seed 1, as the card says): mAP close to the card's
    make_demo_dataset.main([str(tmp_path / "heldout"), "--n", "60", "--seed", "1", "--val", "1.0"])
    m = model.val(
        data=str(tmp_path / "heldout" / "data.yaml"),
        imgsz=card["imgsz"],
        batch=16,
        device="cpu",
        plots=False,
        verbose=False,
        split="val",
        project=str(tmp_path / "val"),
    )
    assert m.box.map50 >= 0.85
    assert abs(m.box.map50 - card["heldout_map50"]) < 0.06
    assert abs(m.box.map - card["heldout_map50_95"]) < 0.08
