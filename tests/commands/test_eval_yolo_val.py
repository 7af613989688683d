"""`eval --mode ultralytics` equals a real `yolo val` run, boxes cut by the image edge included.

`yolo val` compares the model's predictions unclipped (in letterbox space) with labels that lie
inside the image; clipped prediction files score a higher mAP50-95. The dataset here is demo
scenes cropped so that shapes run off the image, and the test checks that it exercises that case.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.cli import main
from app.core.metrics.evaluate import evaluate, load_folders
from tests.support.edge_boxes import write_edge_dataset
from tests.support.metrics_cases import pycocotools_eval

TOL = 1e-4


def _yolo_val(model, data_yaml, project):
    from ultralytics import YOLO

    return YOLO(str(model)).val(data=str(data_yaml), plots=False, verbose=False, project=str(project), name="v")


def _printed(m, n_images):
    """The lines yolo val prints (DetectionValidator.print_results), from its metrics object."""
    b = m.box
    pf = "%22s" + "%11i" * 2 + "%11.3g" * 4
    lines = [pf % ("all", n_images, m.nt_per_class.sum(), *m.mean_results())]
    for i, c in enumerate(m.ap_class_index):
        lines.append(pf % (m.names[c], m.nt_per_image[c], m.nt_per_class[c], *b.class_result(i)))
    return lines


def _same_numbers(js, m):
    b = m.box
    for ours, theirs in (
        (js["precision"], b.mp),
        (js["recall"], b.mr),
        (js["map50"], b.map50),
        (js["map50_95"], b.map),
        (js["map75"], b.map75),
    ):
        assert abs(ours - theirs) <= TOL, (ours, theirs)
    rows = {r["class"]: r for r in js["per_class"]}
    assert sorted(c for c, r in rows.items() if r["ap50"] is not None) == [int(c) for c in m.ap_class_index]
    for i, c in enumerate(m.ap_class_index):
        p, r, ap50, ap = b.class_result(i)
        row = rows[int(c)]
        assert abs(row["p"] - p) <= TOL and abs(row["r"] - r) <= TOL
        assert abs(row["ap50"] - ap50) <= TOL and abs(row["ap50_95"] - ap) <= TOL
        assert row["images"] == m.nt_per_image[c] and row["gt"] == m.nt_per_class[c]


@pytest.mark.slow  # two real yolo val runs of the demo model (about 8 s on 2 cores)
def test_eval_model_ultralytics_equals_yolo_val_at_the_edge(demo_model, tmp_path, capsys):
    ds = tmp_path / "edge"
    data_yaml = write_edge_dataset(ds)
    out, pred = tmp_path / "ours.json", tmp_path / "pred"
    rc = main(
        [
            "eval",
            "--dataset",
            str(data_yaml),
            "--model",
            str(demo_model),
            "--mode",
            "ultralytics",
            "--json",
            str(out),
            "--save-pred",
            str(pred),
        ]
    )
    printed = capsys.readouterr().out
    assert rc == 0
    assert not list(ds.rglob("*.cache")), "the dataset was written to"
    js = json.loads(out.read_text())

    m = _yolo_val(demo_model, data_yaml, tmp_path / "runs")
    _same_numbers(js, m)
    for line in _printed(m, 12):  # every line yolo val prints, character for character
        assert line in printed.splitlines(), line

    # the same predictions, from the files --save-pred wrote: the same numbers
    data = load_folders(ds / "labels" / "val", pred, images_dir=ds / "images" / "val", names=data_yaml)
    rep = evaluate(data, "ultralytics")
    _same_numbers(rep.to_json(), m)

    # the case is exercised: confident predictions past the edge, and clipping them changes mAP50-95
    b = data.dt_xywhn
    x1, y1, x2, y2 = b[:, 0] - b[:, 2] / 2, b[:, 1] - b[:, 3] / 2, b[:, 0] + b[:, 2] / 2, b[:, 1] + b[:, 3] / 2
    outside = (x1 < -1e-3) | (y1 < -1e-3) | (x2 > 1 + 1e-3) | (y2 > 1 + 1e-3)
    assert (outside & (data.dt_conf > 0.25)).sum() >= 2
    c = [np.clip(v, 0, 1) for v in (x1, y1, x2, y2)]
    data.dt_xywhn = np.stack([(c[0] + c[2]) / 2, (c[1] + c[3]) / 2, c[2] - c[0], c[3] - c[1]], 1)
    clipped = evaluate(data, "ultralytics").ultra.map
    assert clipped - m.box.map > 0.005  # what clipped files gave before: higher than yolo val

    # COCO mode on the unclipped files stays pycocotools' numbers
    data = load_folders(ds / "labels" / "val", pred, images_dir=ds / "images" / "val", names=data_yaml)
    coco = evaluate(data, "coco").coco.stats
    ref = pycocotools_eval(
        data.n_images,
        np.arange(data.nc),
        (data.gt_img, data.gt_cls, data.boxes_xywh("gt")),
        (data.dt_img, data.dt_cls, data.boxes_xywh("dt"), data.dt_conf),
        data.sizes,
    ).stats
    np.testing.assert_allclose(coco, ref, rtol=0, atol=1e-12)


def test_save_pred_needs_the_ultralytics_model_run(demo_model, tmp_path, capsys):
    data_yaml = write_edge_dataset(tmp_path / "edge", n=2)
    args = ["eval", "--dataset", str(data_yaml), "--model", str(demo_model), "--save-pred", str(tmp_path / "p")]
    assert main(args) == 2
    assert "--save-pred goes with --mode ultralytics" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_prediction_files_may_reach_past_the_image_labels_may_not(tmp_path, capsys):
    for d in ("gt", "pred", "bad", "badgt"):
        (tmp_path / d).mkdir()
    (tmp_path / "gt" / "a.txt").write_text("0 0.05 0.5 0.1 0.4\n")
    (tmp_path / "pred" / "a.txt").write_text("0 0.04 0.5 0.12 0.4 0.9\n0 1.02 -0.1 0.5 1.3 0.2\n")
    data = load_folders(tmp_path / "gt", tmp_path / "pred")
    np.testing.assert_array_equal(data.dt_xywhn, [[0.04, 0.5, 0.12, 0.4], [1.02, -0.1, 0.5, 1.3]])
    # the box 0.04 +- 0.06 is compared as it is: IoU 0.1 * 0.4 / (0.12 * 0.4) with the label
    js = evaluate(data, "coco").to_json()
    assert js["map50"] == pytest.approx(1.0) and js["map75"] == pytest.approx(1.0)
    assert js["map50_95"] == pytest.approx(0.7)  # IoU 0.8333: 7 thresholds (0.50 .. 0.80); clipped it would be 1.0

    (tmp_path / "bad" / "a.txt").write_text("0 0.5 0.5 0.2 0.2 0.9\n0 0.5 0.5 -0.1 0.2 0.5\n")
    assert main(["eval", "--gt", str(tmp_path / "gt"), "--pred", str(tmp_path / "bad")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'bad' / 'a.txt'}:2" in err and "width and height not negative" in err
    (tmp_path / "badgt" / "a.txt").write_text("0 -0.01 0.5 0.1 0.4\n")
    assert main(["eval", "--gt", str(tmp_path / "badgt"), "--pred", str(tmp_path / "pred")]) == 2
    assert "coordinates must be normalized to 0..1" in capsys.readouterr().err
