"""Auto-labeling with -seg and -obb models (issue 25, part 2): the same engine writes polygons and
rotated boxes; --precision exact writes what `yolo predict save_txt=True` writes for the same model
and images (same lines, classes and point counts; coordinates within what both files hold: 1e-6
below 1.0), confidences go to the index, reruns skip, reviewed and hand-made labels are kept, the
task is recorded and status counts the kinds."""

from __future__ import annotations

import shutil

import cv2
import numpy as np
import pytest

from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.dataset import kinds as dataset_kinds
from app.core.dataset.index import DatasetIndex
from app.core.io.shapes import OBB, POLYGON, read_shapes
from tests.support.autolabel_data import shared_cache_dir, tree_bytes
from tests.support.shape_models import compare_with_yolo, shape_model, training_images, yolo_predict

pytestmark = pytest.mark.slow  # tiny models trained once (cached), real runs of yolo predict and the engine

KIND = {"segment": POLYGON, "obb": OBB}


def _dataset(task: str, folder):
    """The model's training images (PNG) and a JPEG of each of the first eight at 1.5x (another
    letterbox shape, the JPEG decoder)."""
    src = training_images(task)
    d = folder / "images"
    shutil.copytree(src, d)
    for p in sorted(src.glob("*.png"))[:8]:
        img = cv2.imread(str(p))
        img = cv2.resize(img, (img.shape[1] * 3 // 2, img.shape[0] * 3 // 2), interpolation=cv2.INTER_LINEAR)
        cv2.imwrite(str(d / f"big_{p.stem}.jpg"), img, [cv2.IMWRITE_JPEG_QUALITY, 95])
    return sorted(d.iterdir())


@pytest.fixture(scope="module", params=["segment", "obb"])
def case(request, tmp_path_factory):
    task = request.param
    model = shape_model(task)
    d = tmp_path_factory.mktemp(f"shapes_{task}")
    images = _dataset(task, d / "data")
    ref = yolo_predict(model, d / "data" / "images", d / "yolo", "save_conf=True")
    return task, model, d, images, ref


@pytest.mark.parametrize("backend", ["auto", "openvino"])
def test_exact_mode_writes_what_yolo_predict_writes(case, backend, tmp_path_factory, monkeypatch):
    """auto: yolo predict's own arithmetic (torch on its thread count, one image at a time, its
    NMS): the same numbers, only the two files' roundings differ. openvino asked by name: float32,
    within 1e-6."""
    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))
    task, model, d, images, ref = case
    out = d / f"out_{backend}"
    rep = autolabel(d / "data", model, AutolabelOptions(out=str(out), backend=backend, precision="exact"))
    assert rep["labeled"] == len(images) and rep["failed"] == [] and rep["task"] == task
    assert rep["backend"].startswith("pt" if backend == "auto" else "openvino"), rep["backend"]
    fig = compare_with_yolo(
        ref, out / "images", [p.stem for p in images], ref_conf=True, same_numbers=backend == "auto"
    )
    assert fig["lines"] >= 10 and fig["max_diff_below_1"] <= 1e-6 + 1e-12  # not vacuous; 6 decimals both
    print(
        f"\n{task} {backend}: {fig['lines']} objects, {fig['points']} points, max diff {fig['max_diff']:.2e} "
        f"(below 1.0: {fig['max_diff_below_1']:.2e})"
    )
    nc = len(rep["class_names"])
    with DatasetIndex(d / "data", index_path=out / ".labelbench" / "index.sqlite", label_root=out) as idx:
        for p in images:
            labels, issues = read_shapes(out / "images" / f"{p.stem}.txt", nc=nc, task=task)
            assert issues == [] and set(labels.kinds) <= {KIND[task]}
            c, b, conf = idx.predictions(f"images/{p.name}")
            assert c.tolist() == labels.cls.tolist()  # confidences in the index
            np.testing.assert_allclose(conf, fig["confs"][p.stem], atol=5e-6)  # yolo's %g confidences
            np.testing.assert_allclose(b, labels.xywhn(), atol=1e-6)  # the box around each shape
        assert idx.count(status="auto") == len(images)
        s = dataset_kinds.summary(idx)
        assert s["task"] == task and s["task_from"] == "auto-label run" and s["mixed"] is None
        assert s["per_kind"][KIND[task]] == fig["lines"] and s["per_kind"]["box"] == 0


def test_rerun_skips_and_person_made_labels_are_kept(case, tmp_path, tmp_path_factory, monkeypatch):
    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))
    task, model, d, images, _ref = case
    shutil.copytree(d / "data", tmp_path / "ds")
    opt = AutolabelOptions(backend="pt", precision="exact")
    rep = autolabel(tmp_path / "ds", model, opt)
    assert rep["labeled"] == len(images)
    labels_dir = tmp_path / "ds" / "labels"
    first = tree_bytes(labels_dir)
    with DatasetIndex.open(tmp_path / "ds") as idx:
        idx.set_reviewed(f"images/{images[0].name}")
    hand = (
        "0 0.100000 0.100000 0.300000 0.100000 0.200000 0.300000\n"
        if task == "segment"
        else "0 0.100000 0.100000 0.300000 0.100000 0.300000 0.200000 0.100000 0.200000\n"
    )
    (labels_dir / f"{images[1].stem}.txt").write_text(hand)
    assert autolabel(tmp_path / "ds", model, opt)["skipped"] == len(images)  # same model and settings
    rep = autolabel(tmp_path / "ds", model, AutolabelOptions(backend="pt", precision="exact", force=True))
    assert rep["labeled"] == len(images) - 2 and rep["skipped"] == 2  # reviewed + edited kept
    after = tree_bytes(labels_dir)
    assert after[f"{images[1].stem}.txt"] == hand.encode()
    assert {k: v for k, v in after.items() if k != f"{images[1].stem}.txt"} == {
        k: v for k, v in first.items() if k != f"{images[1].stem}.txt"
    }
    assert not list(labels_dir.glob(".*.tmp"))


def test_exact_mode_matches_yolo_predict_where_the_model_is_unsure(tmp_path, tmp_path_factory, monkeypatch):
    """The tiny -seg model run at another size on bigger images: hundreds of weak, overlapping
    masks, up to max_det (300) per image, where one bit of a confidence or an NMS tie changes
    which objects are kept and where a mask edge falls. yolo predict's arithmetic (its thread
    count, one image at a time, torchvision's NMS) gives its files all the same."""
    from app.core.dataset.synth import shapes as synth_shapes

    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))
    model = shape_model("segment")
    d = tmp_path / "ds" / "images"
    d.mkdir(parents=True)
    for i in range(16, 22):
        img, _ = synth_shapes.render(i, 1, (640, 360), "segment")
        cv2.imwrite(str(d / f"img_{i:06d}.jpg"), img, [cv2.IMWRITE_JPEG_QUALITY, 92])
    ref = yolo_predict(model, d, tmp_path / "yolo", "imgsz=320")
    out = tmp_path / "out"
    rep = autolabel(tmp_path / "ds", model, AutolabelOptions(out=str(out), precision="exact", imgsz=320))
    assert rep["labeled"] == 6
    fig = compare_with_yolo(ref, out / "images", [p.stem for p in sorted(d.iterdir())], same_numbers=True)
    assert (
        fig["lines"] >= 500
        and max(len((out / "images" / f"{p.stem}.txt").read_text().splitlines()) for p in d.iterdir()) == 300
    )  # the max_det cap is reached
