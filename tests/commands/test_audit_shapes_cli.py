"""`labelbench audit` on a segment and an obb dataset (issue 25, item 8): the polygons / rotated
boxes are read as such (no "problem" line for them) and matched by mask IoU / probiou. Labels that
are the tiny model's own exact predictions give no finding above 0.2; a polygon moved, a class
swapped and one deleted are each found, with its image and line. The rerun reuses the stored
predictions (their shapes come back from the index)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from app.core.audit.shapes import shape_iou_square
from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.dataset.audit_table import AuditTable
from app.core.dataset.index import DatasetIndex
from app.core.io.shapes import Labels, format_shapes, read_shapes
from tests.support.paths import ROOT
from tests.support.shape_models import shape_model, training_images

N_IMAGES = {"segment": 12, "obb": 24}  # the tiny -obb model finds fewer objects, often twice
PT = ["--backend", "pt", "--precision", "exact", "--workers", "2"]
NAMES = {"segment": ["circle", "square", "triangle", "star"], "obb": ["bar", "tile"]}


def _audit(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
    p = subprocess.run(
        [sys.executable, "-m", "app", "audit", *map(str, args), *PT, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert p.returncode == 0, p.stderr[-3000:]
    return json.loads(p.stdout), p.stderr


@pytest.fixture(scope="module", params=["segment", "obb"])
def labeled(request, tmp_path_factory):
    """(task, dataset root, model): N_IMAGES of the tiny model's generated training images, labeled
    by the model itself (exact precision, the auto-label default confidence 0.25)."""
    task = request.param
    model = shape_model(task)
    root = tmp_path_factory.mktemp(f"audit_{task}")
    (root / "images").mkdir()
    for p in sorted(training_images(task).glob("*.png"))[: N_IMAGES[task]]:
        shutil.copy(p, root / "images" / p.name)
    names = "".join(f"  {i}: {n}\n" for i, n in enumerate(NAMES[task]))
    (root / "data.yaml").write_text(f"path: {root}\ntrain: images\nval: images\nnames:\n{names}")
    autolabel(root / "data.yaml", model, AutolabelOptions(precision="exact", backend="pt"))
    return task, root, model


def _objects(doc) -> dict[str, list]:
    return {r["image"]: r["findings"] for r in doc["ranked"]}


@pytest.mark.slow  # the tiny models (cached) through two real audit CLI runs per task
def test_audit_of_shapes_own_predictions_then_injected_errors(labeled):
    task, root, model = labeled
    label_files = sorted((root / "labels").glob("*.txt"))
    n_lines = sum(len(p.read_text().splitlines()) for p in label_files)
    assert len(label_files) == N_IMAGES[task] and n_lines >= 20
    assert any(len(ln.split()) != 9 for p in label_files for ln in p.read_text().splitlines()) == (task == "segment")

    doc, err = _audit(root / "data.yaml", "--model", model)
    assert "warning" not in err, err[-2000:]  # no polygon / rotated-box line reported as a problem
    assert doc["images"] == N_IMAGES[task] and doc["labels"] == n_lines
    clean = _objects(doc)
    worst = max((f["score"] for fs in clean.values() for f in fs), default=0.0)
    print(f"\n{task}: {N_IMAGES[task]} images, {n_lines} labels, worst finding {worst:.3f}")
    assert worst <= 0.2

    with DatasetIndex.open(root) as idx:  # the audit kept the model's shapes beside its boxes
        rel0 = f"images/{label_files[0].stem}.png"
        stored = AuditTable(idx).prediction_shapes(rel0)
        assert stored is not None and set(stored.kinds) == {"polygon" if task == "segment" else "obb"}
        conf = {f"images/{p.stem}.png": idx.predictions(f"images/{p.stem}.png")[2] for p in label_files}

    # one error each on three images: its most confident label (>= 0.3), not in question before
    # and apart from the others (shape IoU < 0.3; the deleted one alone: < 0.05), moved by half
    # its width, given another class, or deleted
    picks, alone = [], []
    for p in label_files:
        rel = f"images/{p.stem}.png"
        lab, issues = read_shapes(p, len(NAMES[task]), task)
        assert not issues and len(lab) == len(conf[rel])
        if not len(lab) or any(f["kind"] == "overlooked" for f in clean.get(rel, [])):
            continue
        i = int(np.argmax(conf[rel]))
        sq = shape_iou_square(task, list(lab.coords), 160, 128)
        near = max((sq[i, k] for k in range(len(lab)) if k != i), default=0.0)
        if conf[rel][i] >= 0.3 and near < 0.3 and not any(f["line"] == i + 1 for f in clean.get(rel, [])):
            (alone if near < 0.05 and not alone else picks).append((p, rel, lab, i))
    assert alone and len(picks) >= 2
    (p_move, r_move, lab, i_move), (p_swap, r_swap, lab_s, i_swap), (p_del, r_del, lab_d, i_del) = *picks[:2], alone[0]
    coords = list(lab.coords)
    xy = coords[i_move].reshape(-1, 2).copy()
    box = lab.xywhn()[i_move]
    xy[:, 0] += (0.5 if box[0] < 0.5 else -0.5) * box[2]
    coords[i_move] = np.clip(xy, 0.0, 1.0).reshape(-1)
    p_move.write_text(format_shapes(Labels(lab.cls, lab.kinds, tuple(coords))))
    cls = lab_s.cls.copy()
    cls[i_swap] = (cls[i_swap] + 1) % len(NAMES[task])
    p_swap.write_text(format_shapes(Labels(cls, lab_s.kinds, lab_s.coords)))
    rest = lab_d.subset([k for k in range(len(lab_d)) if k != i_del])
    p_del.write_text(format_shapes(rest))

    # the stored predictions are reused. No second look here: the tiny models run at 128 px, so a
    # mosaic tile is ~40 px and holds a whole 160x128 image (crop_region), too small for them to see
    doc, err = _audit(root, "--model", model, "--no-second-look")
    assert "warning" not in err, err[-2000:]
    found = _objects(doc)
    print(f"{task}: moved {found.get(r_move)}\n swapped {found.get(r_swap)}\n deleted {found.get(r_del)}")
    assert any(f["line"] == i_move + 1 and f["kind"] in ("badloc", "duplicate") for f in found.get(r_move, []))
    assert any(f["line"] == i_swap + 1 and f["kind"] == "swap" for f in found.get(r_swap, []))
    at = lab_d.xywhn()[i_del]
    assert any(
        f["kind"] == "overlooked" and np.abs(np.array(f["pred_box"][:2]) - at[:2]).max() < 0.05
        for f in found.get(r_del, [])
    )
    for rel in (r_move, r_swap, r_del):  # each among the worst, with a clear score
        assert max(f["score"] for f in found[rel]) >= 0.25
