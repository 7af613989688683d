"""Evaluate pane: real worker, real widgets; a click on a confusion-matrix cell opens its image in Review."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from PyQt6.QtCore import Qt

from app.gui.common.context import AppContext
from app.gui.evaluate.pane import Pane
from tests.support.paths import ROOT

# image -> (ground truth, predictions): one box per role, so every cell has one known image
CASES = {
    "a_tp": (["0 0.5 0.5 0.4 0.4"], ["0 0.5 0.5 0.4 0.4 0.9"]),  # true 0 predicted 0
    "b_wrong": (["1 0.5 0.5 0.4 0.4"], ["0 0.5 0.5 0.4 0.4 0.8"]),  # true 1 predicted 0
    "c_missed": (["0 0.3 0.3 0.2 0.2", "1 0.7 0.7 0.2 0.2"], ["0 0.3 0.3 0.2 0.2 0.7"]),  # 2nd GT missed
    "d_background": ([], ["1 0.5 0.5 0.3 0.3 0.6"]),  # prediction on an empty image
}


def _dataset(tmp_path):
    root = tmp_path / "ds"
    for sub in ("images", "labels"):
        (root / sub).mkdir(parents=True)
    (tmp_path / "pred").mkdir()
    (root / "data.yaml").write_text("val: images\nnames: [disc, plate]\n")
    for name, (gt, pred) in CASES.items():
        img = np.full((48, 64, 3), 40, np.uint8)
        cv2.rectangle(img, (20, 12), (44, 36), (200, 200, 200), -1)
        cv2.imwrite(str(root / "images" / f"{name}.png"), img)
        (root / "labels" / f"{name}.txt").write_text("".join(s + "\n" for s in gt))
        (tmp_path / "pred" / f"{name}.txt").write_text("".join(s + "\n" for s in pred))
    return root


def _shown_pane(qtbot) -> Pane:
    """An Evaluate pane of its own app context, at a realistic size, on screen."""
    pane = Pane(AppContext())
    qtbot.addWidget(pane)
    pane.resize(1400, 860)
    pane.show()
    return pane


def _pane(qtbot, tmp_path):
    root = _dataset(tmp_path)
    pane = _shown_pane(qtbot)
    ctx = pane.ctx
    qtbot.waitExposed(pane)
    pane.source.set_kind("folders")
    pane.source.gt.setText(str(root / "labels"))
    pane.source.pred.setText(str(tmp_path / "pred"))
    pane.source.images.setText(str(root / "images"))
    pane.source.names.setText(str(root / "data.yaml"))
    with qtbot.waitSignal(pane.results.confChanged, timeout=20000):
        pane.source.run_btn.click()
    return ctx, pane, root


def _click(qtbot, pane, row, col):
    cm = pane.results.cm
    qtbot.mouseClick(cm, Qt.MouseButton.LeftButton, pos=cm.cell_rect(row, col).center().toPoint())


def test_click_confusion_cell_opens_image_in_review(qtbot, tmp_path):
    ctx, pane, root = _pane(qtbot, tmp_path)
    assert pane.results.table.rowCount() == 2
    cm = pane.results.cm.matrix
    # rows predicted (disc, plate, background), columns true
    assert cm.tolist() == [[2, 1, 0], [0, 0, 1], [0, 1, 0]]
    opened, shown = [], []
    ctx.openInReview.connect(lambda p, i: opened.append((p, i)))
    ctx.showPane.connect(shown.append)
    _click(qtbot, pane, 0, 1)  # predicted disc, true plate
    assert opened[-1] == (str(root / "images" / "b_wrong.png"), 0) and shown[-1] == "Review"
    _click(qtbot, pane, 2, 1)  # missed plate: the 2nd box of c_missed
    assert opened[-1] == (str(root / "images" / "c_missed.png"), 1)
    _click(qtbot, pane, 1, 2)  # plate predicted on background
    assert opened[-1] == (str(root / "images" / "d_background.png"), -1)
    _click(qtbot, pane, 0, 0)  # two TPs: a click, then the next one
    _click(qtbot, pane, 0, 0)
    assert [p for p, _ in opened[-2:]] == [str(root / "images" / "a_tp.png"), str(root / "images" / "c_missed.png")]


def test_confidence_line_updates_counts_and_exports(qtbot, tmp_path):
    ctx, pane, root = _pane(qtbot, tmp_path)
    v = pane.results
    v.f1_plot.line.setValue(0.75)  # drag: keeps only the 0.9 and 0.8 predictions
    assert abs(v.conf - 0.75) < 1e-9 and abs(v.p_plot.line_value() - 0.75) < 1e-9
    assert "TP <b>1</b>" in v.readout.text() and "FN <b>3</b>" in v.readout.text()
    assert v.cm.matrix.tolist() == [[1, 1, 0], [0, 0, 0], [1, 1, 0]]
    pane.export_json(tmp_path / "r.json")
    js = json.loads((tmp_path / "r.json").read_text())
    assert js["mode"] == "coco" and js["at_confidence"]["tp"] == 1 and js["at_confidence"]["fp"] == 1
    pngs = pane.export_png(tmp_path / "plots")
    assert len(pngs) == 6 and all(p.stat().st_size > 1000 for p in pngs)
    # the curve plots, on tabs never shown (built when first shown), were built to be exported
    p_png = cv2.imread(str(tmp_path / "plots" / "p_curve.png"))
    assert (p_png == (60, 210, 250)).all(axis=2).sum() > 100  # the threshold line, in its yellow
    v.tabs.setCurrentIndex(1)  # Confidence: the P plot, built now, has its line where it was dragged
    assert abs(v.p_plot.line.value() - 0.75) < 1e-9


def _with_review(qtbot, tmp_path, open_dataset_first: bool):
    """Evaluate and the real Review pane on one context, as in the main window."""
    from app.gui.review.pane import Pane as ReviewPane

    ctx, pane, root = _pane(qtbot, tmp_path)
    review = ReviewPane(ctx)
    qtbot.addWidget(review)
    review.resize(1200, 800)
    review.show()
    qtbot.waitExposed(review)
    if open_dataset_first:
        ctx.set_dataset(root, root / "data.yaml", ["disc", "plate"])
        qtbot.waitUntil(lambda: review.index is not None, timeout=10000)
    return ctx, pane, review, root


def _shown(review) -> tuple[str, list[int]]:
    return review.doc.rel, list(review.canvas.selected)


def test_confusion_cell_click_shows_image_and_box_in_review_pane(qtbot, tmp_path):
    ctx, pane, review, root = _with_review(qtbot, tmp_path, open_dataset_first=True)
    _click(qtbot, pane, 0, 1)  # predicted disc, true plate
    assert _shown(review) == ("images/b_wrong.png", [0])
    _click(qtbot, pane, 2, 0)  # a disc nobody predicted? none: cell empty
    assert _shown(review) == ("images/b_wrong.png", [0])  # an empty cell opens nothing
    _click(qtbot, pane, 2, 1)  # missed plate: 2nd box of c_missed
    assert _shown(review) == ("images/c_missed.png", [1])
    boxes = review.doc.boxes
    assert int(boxes.cls[1]) == 1 and np.allclose(boxes.xyxy[1], [0.6 * 64, 0.6 * 48, 0.8 * 64, 0.8 * 48])
    review.shutdown()


def test_fp_and_fn_rows_open_review_even_without_an_open_dataset(qtbot, tmp_path):
    ctx, pane, review, root = _with_review(qtbot, tmp_path, open_dataset_first=False)
    assert ctx.dataset_root is None
    v = pane.results
    v.err_kind.setCurrentIndex(2)  # false negatives only
    texts = [v.err_list.item(i).text() for i in range(v.err_list.count())]
    assert texts and all(t.startswith("FN") for t in texts)
    row = next(i for i, t in enumerate(texts) if "c_missed" in t)
    li = v.err_list.item(row)
    qtbot.mouseClick(v.err_list.viewport(), Qt.MouseButton.LeftButton, pos=v.err_list.visualItemRect(li).center())
    qtbot.waitUntil(lambda: review.doc is not None and review.doc.rel == "images/c_missed.png", timeout=10000)
    assert ctx.dataset_root == root.resolve() and list(review.canvas.selected) == [1]
    v.err_kind.setCurrentIndex(1)  # false positives only
    texts = [v.err_list.item(i).text() for i in range(v.err_list.count())]
    assert texts and all(t.startswith("FP") for t in texts)
    row = next(i for i, t in enumerate(texts) if "d_background" in t)
    assert "FP background" in texts[row]
    li = v.err_list.item(row)
    qtbot.mouseClick(v.err_list.viewport(), Qt.MouseButton.LeftButton, pos=v.err_list.visualItemRect(li).center())
    qtbot.waitUntil(lambda: review.doc.rel == "images/d_background.png", timeout=10000)
    review.shutdown()


@pytest.mark.slow  # the model predicts a dataset
def test_model_on_dataset_source_predicts_into_scratch_and_evaluates(qtbot, tmp_path, shared_exports):
    """ "Model on dataset": the auto-label engine predicts every image (labels into a scratch folder,
    the dataset untouched), then the metrics compare its boxes with the dataset's labels."""
    root_dir = ROOT
    from app.core.dataset.synth import dataset as make_demo_dataset
    from tests.support.metrics_cases import pycocotools_eval

    ds = tmp_path / "demo"
    make_demo_dataset.main([str(ds), "--n", "8", "--seed", "5", "--size", "320x240", "--val", "1.0"])
    before = {p: p.read_bytes() for p in (ds / "labels").rglob("*.txt")}
    pane = _shown_pane(qtbot)
    pane.source.set_kind("model")
    pane.source.mdataset.setText(str(ds / "data.yaml"))
    pane.source.model.setText(str(root_dir / "resources" / "models" / "demo_yolov8n.pt"))
    with qtbot.waitSignal(pane.results.confChanged, timeout=300_000):
        pane.source.run_btn.click()
    d = pane.result.data
    assert d.n_images == 8 and len(d.gt_cls) == sum(len(b.splitlines()) for b in before.values())
    assert d.sizes.tolist() == [[320.0, 240.0]] * 8 and all(p.is_file() for p in d.image_paths)
    assert len(d.dt_cls) > 0 and d.dt_conf.min() >= 0.001 and d.dt_conf.max() <= 1
    assert {p: p.read_bytes() for p in (ds / "labels").rglob("*.txt")} == before  # dataset untouched
    ref = pycocotools_eval(
        d.n_images,
        np.arange(d.nc),
        (d.gt_img, d.gt_cls, d.boxes_xywh("gt")),
        (d.dt_img, d.dt_cls, d.boxes_xywh("dt"), d.dt_conf),
        d.sizes,
    )
    np.testing.assert_allclose(pane.result.report.coco.stats, ref.stats, rtol=0, atol=1e-9)
    assert pane.results.table.rowCount() == 5


def test_dataset_source_auto_labels_vs_reviewed(qtbot, tmp_path):
    """A dataset that went through auto-label and review: the stored predictions against the
    reviewed label files; images never reviewed are left out."""
    from app.core.dataset.index import DatasetIndex
    from app.core.io.yolo_labels import format_labels

    root = _dataset(tmp_path)
    preds = {}
    for name, (_gt, pred) in CASES.items():
        a = np.array([[float(v) for v in s.split()] for s in pred]).reshape(-1, 6)
        preds[f"images/{name}.png"] = (a[:, 0].astype(np.int64), a[:, 1:5], a[:, 5])
    with DatasetIndex.open(root / "data.yaml") as idx:
        idx.refresh()
        idx.record_predictions([(rel, *v) for rel, v in preds.items()], "model-A")
        for rel in preds:
            if "d_background" not in rel:
                idx.set_reviewed(rel)
    pane = _shown_pane(qtbot)
    pane.source.set_kind("dataset")
    pane.source.dataset.setText(str(root / "data.yaml"))
    with qtbot.waitSignal(pane.results.confChanged, timeout=20000):
        pane.source.run_btn.click()
    d = pane.result.data
    assert sorted(d.images) == ["images/a_tp.png", "images/b_wrong.png", "images/c_missed.png"]
    assert len(d.dt_cls) == 3 and len(d.gt_cls) == 4  # d_background (not reviewed) is left out
    # the same numbers as the two-folder path on those three images
    (tmp_path / "gt3").mkdir()
    (tmp_path / "pred3").mkdir()
    for name in ("a_tp", "b_wrong", "c_missed"):
        (tmp_path / "gt3" / f"{name}.txt").write_text((root / "labels" / f"{name}.txt").read_text())
        c, b, f = preds[f"images/{name}.png"]
        (tmp_path / "pred3" / f"{name}.txt").write_text(
            "".join(f"{format_labels([k], [bb]).strip()} {s}\n" for k, bb, s in zip(c, b, f))
        )
    from app.core.metrics.evaluate import evaluate, load_folders

    ref = evaluate(load_folders(tmp_path / "gt3", tmp_path / "pred3", root / "images", root / "data.yaml"))
    np.testing.assert_allclose(pane.result.report.coco.precision, ref.coco.precision, rtol=0, atol=1e-12)
    assert pane.results.cm.matrix.tolist() == [[2, 1, 0], [0, 0, 0], [0, 1, 0]]
