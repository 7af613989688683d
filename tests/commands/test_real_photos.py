"""Real photos (tests/support/real_photos.py: Ultralytics' and scikit-image's, with EXIF-turned,
CMYK, 16-bit, strip, tiny, crowded and non-ASCII variants), beside the synthetic shapes:
`autolabel --precision exact` equals `yolo predict save_txt=True`, `eval` in COCO mode equals
pycocotools, and YOLO -> COCO -> YOLO gives the label files back."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.cli import main
from tests.support.autolabel_data import MODEL, read_rows
from tests.support.metrics_cases import pycocotools_eval
from tests.support.real_photos import VARIANTS, build_real_photos

pytestmark = pytest.mark.slow  # yolo predict and autolabel on 16 photos up to 1280 px

CONF = 0.05  # the demo model knows shapes, not people: a low threshold gives boxes on every photo


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    """The photos in images/, `yolo predict save_txt save_conf` labels, and ours (exact, --out)."""
    from ultralytics import YOLO

    d = tmp_path_factory.mktemp("real")
    build_real_photos(d / "ds" / "images")
    YOLO(str(MODEL)).predict(
        source=str(d / "ds" / "images"),
        conf=CONF,
        save_txt=True,
        save_conf=True,
        save=False,
        project=str(d / "yolo"),
        name="run",
        exist_ok=True,
        verbose=False,
    )
    rc = main(
        [
            "autolabel",
            str(d / "ds"),
            "--model",
            str(MODEL),
            "--precision",
            "exact",
            "--backend",
            "pt",
            "--conf",
            str(CONF),
            "--out",
            str(d / "ours"),
            "--quiet",
        ]
    )
    assert rc == 0
    return d


def test_exact_autolabel_equals_yolo_predict_on_real_photos(photos):
    images = sorted((photos / "ds" / "images").iterdir())
    assert {p.name for p in images} >= set(VARIANTS) - {"astronaut_exif8.jpg"}
    boxes = 0
    for img in images:
        ref = read_rows(photos / "yolo" / "run" / "labels" / f"{img.stem}.txt")
        ours_file = photos / "ours" / "images" / f"{img.stem}.txt"
        assert ours_file.exists(), img.name
        ours = read_rows(ours_file)
        assert ours.shape[0] == ref.shape[0], img.name
        if len(ref):
            np.testing.assert_array_equal(ours[:, 0], ref[:, 0], err_msg=img.name)
            np.testing.assert_allclose(ours[:, 1:5], ref[:, 1:5], rtol=0, atol=2e-6, err_msg=img.name)
        boxes += len(ref)
    assert boxes >= 2 * len(images)  # not vacuous


def test_eval_coco_equals_pycocotools_on_real_photos(photos, tmp_path):
    """Ground truth: yolo predict's confident boxes (clipped 5 columns); predictions: our exact run,
    confidences from its index."""
    gt = tmp_path / "gt"
    gt.mkdir()
    for img in sorted((photos / "ds" / "images").iterdir()):
        ref = read_rows(photos / "yolo" / "run" / "labels" / f"{img.stem}.txt")
        keep = ref[ref[:, 5] >= 0.3] if len(ref) else ref
        # a few labels moved, so that not every IoU is 1
        rows = [
            f"{int(r[0])} {r[1]:.6f} {r[2]:.6f} {r[3] * (0.9 if i % 3 == 1 else 1):.6f} {r[4]:.6f}\n"
            for i, r in enumerate(keep)
        ]
        (gt / f"{img.stem}.txt").write_text("".join(rows), encoding="utf-8")
    out = tmp_path / "r.json"
    args = ["eval", "--gt", str(gt), "--pred", str(photos / "ours" / "images")]
    assert main([*args, "--images", str(photos / "ds" / "images"), "--json", str(out)]) == 0
    js = json.loads(out.read_text())
    from app.core.metrics.evaluate import load_folders

    d = load_folders(gt, photos / "ours" / "images", images_dir=photos / "ds" / "images")
    ref = pycocotools_eval(
        d.n_images,
        np.arange(d.nc),
        (d.gt_img, d.gt_cls, d.boxes_xywh("gt")),
        (d.dt_img, d.dt_cls, d.boxes_xywh("dt"), d.dt_conf),
        d.sizes,
    ).stats
    np.testing.assert_allclose([-1 if v is None else v for v in js["coco_stats"]], ref, rtol=0, atol=1e-12)
    assert len(d.gt_cls) >= 5 and 0 < js["map50_95"] < 1
    # sizes are the oriented image's: the EXIF-6 bus (stored 1080 x 810) is 810 x 1080 like bus.jpg
    sizes = dict(zip(d.images, d.sizes.tolist()))
    assert sizes["bus_exif6"] == [810, 1080] and sizes["bus"] == [810, 1080]


def test_yolo_coco_yolo_round_trip_on_real_photos(photos, tmp_path):
    import shutil

    ds = tmp_path / "ds"
    shutil.copytree(photos / "ds" / "images", ds / "images")
    shutil.copytree(photos / "ours" / "images", ds / "labels", ignore=shutil.ignore_patterns(".*"))
    (ds / "labels" / "classes.txt").unlink(missing_ok=True)
    names = ["circle", "square", "triangle", "star", "ring"]
    (ds / "data.yaml").write_text(
        "train: images\nval: images\nnames:\n" + "".join(f"  {i}: {n}\n" for i, n in enumerate(names)), encoding="utf-8"
    )
    before = {p.name: p.read_text() for p in (ds / "labels").glob("*.txt")}
    assert sum(len(t.splitlines()) for t in before.values()) >= 20
    coco = tmp_path / "coco.json"
    assert main(["convert", "to-coco", str(ds / "data.yaml"), str(coco), "--which", "all"]) == 0
    back = tmp_path / "back"
    assert (
        main(
            [
                "convert",
                "from-coco",
                str(coco),
                str(ds),
                "--names",
                str(ds / "data.yaml"),
                "--labels-dir",
                str(back),
            ]
        )
        == 0
    )
    after = {p.name: p.read_text() for p in back.rglob("*.txt") if p.name != "classes.txt"}
    assert set(after) == set(before)
    same = moved = 0
    for name, text in before.items():
        back_lines = after[name].splitlines()
        assert len(back_lines) == len(text.splitlines()), name
        for line, again in zip(text.splitlines(), back_lines):
            c, x, y, w, h = (float(v) for v in line.split())
            if line == again:
                same += 1
                continue
            # a label that reaches past the edge by its own rounding (x - w/2 = -5e-7) comes back
            # clipped to the image by the COCO export: one unit in the 6th decimal, at the edge only
            inside = x - w / 2 >= 0 and y - h / 2 >= 0 and x + w / 2 <= 1 and y + h / 2 <= 1
            assert not inside, (name, line, again)
            np.testing.assert_allclose([float(v) for v in again.split()], [c, x, y, w, h], rtol=0, atol=1.01e-6)
            moved += 1
    assert same >= 0.95 * (same + moved) and same >= 20
