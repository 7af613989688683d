"""-seg and -obb auto-labels on real photos (tests/support/real_photos.py: Ultralytics' and
scikit-image's photos with EXIF-turned, CMYK, 16-bit, strip, tiny, crowded and non-ASCII variants):
`--precision exact` writes the polygons and rotated boxes `yolo predict save_txt=True` writes for the
same model and photos (same lines, classes and point counts; coordinates within 1e-6)."""

from __future__ import annotations

import pytest

from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from tests.support.real_photos import build_real_photos
from tests.support.shape_models import compare_with_yolo, shape_model, yolo_predict

pytestmark = pytest.mark.slow  # tiny models (cached), yolo predict and the engine on 16 photos up to 1280 px

CONF = 0.01  # the tiny models know generated shapes, not photos: a low threshold gives shapes to compare


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    d = tmp_path_factory.mktemp("real_shapes")
    build_real_photos(d / "ds" / "images")
    return d


@pytest.mark.parametrize("task", ["segment", "obb"])
def test_exact_shapes_on_real_photos_equal_yolo_predict(photos, task):
    model = shape_model(task)
    images = sorted((photos / "ds" / "images").iterdir())
    ref = yolo_predict(model, photos / "ds" / "images", photos / f"yolo_{task}", "save_conf=True", f"conf={CONF}")
    out = photos / f"ours_{task}"
    rep = autolabel(photos / "ds", model, AutolabelOptions(out=str(out), backend="pt", precision="exact", conf=CONF))
    assert rep["failed"] == [] and rep["labeled"] == len(images) and rep["task"] == task
    fig = compare_with_yolo(ref, out / "images", [p.stem for p in images], ref_conf=True, same_numbers=True)
    assert fig["lines"] >= len(images)  # not vacuous: shapes on the photos to compare
    assert fig["max_diff_below_1"] <= 1e-6 + 1e-12
