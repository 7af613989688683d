"""`labelbench eval` end to end: folders on disk, JSON keys, file matching rules, errors, dataset source."""
from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from _metrics_cases import make_case, pycocotools_eval, to_evaldata

from app.cli import main
from app.core.metrics import evaluate, load_dataset, load_folders

TOL = 1e-9


def _write_case(tmp_path, seed, images=True, drop_pred=(), drop_gt=()):
    data = to_evaldata(make_case(seed))
    gs, ds = data.starts("gt"), data.starts("dt")
    for sub in ("gt", "pred", "img"):
        (tmp_path / sub / "a").mkdir(parents=True, exist_ok=True)
    for i, k in enumerate(data.images):
        rel = f"a/{k}" if i % 2 else k                    # nested folders are matched by relative path
        g = slice(gs[i], gs[i + 1])
        if i not in drop_gt:
            (tmp_path / "gt" / f"{rel}.txt").write_text("".join(
                f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n" for c, (x, y, w, h) in
                zip(data.gt_cls[g], np.clip(data.gt_xywhn[g], 0, 1))))
        d = slice(ds[i], ds[i + 1])
        if i not in drop_pred:
            (tmp_path / "pred" / f"{rel}.txt").write_text("".join(
                f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f} {s:.4f}\n" for c, (x, y, w, h), s in
                zip(data.dt_cls[d], np.clip(data.dt_xywhn[d], 0, 1), data.dt_conf[d])))
        if images:
            W, H = (int(v) for v in data.sizes[i])
            cv2.imwrite(str(tmp_path / "img" / f"{rel}.png"), np.zeros((H, W), np.uint8))
    (tmp_path / "data.yaml").write_text("names: [" + ", ".join(f"n{k}" for k in range(data.nc)) + "]\n")
    return data


def _reference(d):
    return pycocotools_eval(d.n_images, np.arange(d.nc), (d.gt_img, d.gt_cls, d.boxes_xywh("gt")),
                            (d.dt_img, d.dt_cls, d.boxes_xywh("dt"), d.dt_conf), d.sizes)


def test_cli_coco_json_matches_pycocotools(tmp_path, capsys):
    _write_case(tmp_path, 3)
    out = tmp_path / "out.json"
    rc = main(["eval", "--gt", str(tmp_path / "gt"), "--pred", str(tmp_path / "pred"), "--images",
               str(tmp_path / "img"), "--names", str(tmp_path / "data.yaml"), "--json", str(out)])
    assert rc == 0
    text = capsys.readouterr().out
    assert "AP50-95" in text and "n0" in text and "by area" in text
    js = json.loads(out.read_text())
    loaded = load_folders(tmp_path / "gt", tmp_path / "pred", tmp_path / "img", tmp_path / "data.yaml")
    ref = _reference(loaded)
    assert js["mode"] == "coco"
    assert abs(js["map50_95"] - ref.stats[0]) <= TOL and abs(js["map50"] - ref.stats[1]) <= TOL
    assert abs(js["map75"] - ref.stats[2]) <= TOL
    assert js["areas"]["small"]["ap"] == pytest.approx(ref.stats[3], abs=TOL) or ref.stats[3] == -1
    for row in js["per_class"]:
        assert {"class", "name", "gt", "pred", "ap50", "ap50_95"} <= set(row)
        assert row["name"] == f"n{row['class']}"
        assert row["gt"] == int((loaded.gt_cls == row["class"]).sum())
        assert row["pred"] == int((loaded.dt_cls == row["class"]).sum())


def test_cli_ultralytics_json_keys(tmp_path):
    _write_case(tmp_path, 5, images=False)
    out = tmp_path / "u.json"
    assert main(["eval", "--gt", str(tmp_path / "gt"), "--pred", str(tmp_path / "pred"), "--mode", "ultralytics",
                 "--json", str(out)]) == 0
    js = json.loads(out.read_text())
    for k in ("mode", "map50_95", "map50", "map75", "per_class", "precision", "recall", "f1", "conf",
              "confusion_matrix"):
        assert k in js
    nc = len(js["per_class"])
    assert np.array(js["confusion_matrix"]).shape == (nc + 1, nc + 1)
    assert js["mode"] == "ultralytics" and 0 <= js["conf"] <= 1


def test_missing_files_rules(tmp_path):
    """No prediction file = no predictions; no GT file = an image without objects (its boxes are FPs)."""
    data = _write_case(tmp_path, 9, images=False, drop_pred=(0,), drop_gt=(1,))
    loaded = load_folders(tmp_path / "gt", tmp_path / "pred")
    assert loaded.n_images == data.n_images
    i0 = loaded.images.index("img000")
    i1 = loaded.images.index("a/img001")
    assert (loaded.dt_img == i0).sum() == 0 and (loaded.gt_img == i0).sum() == (data.gt_img == 0).sum()
    assert (loaded.gt_img == i1).sum() == 0 and (loaded.dt_img == i1).sum() == (data.dt_img == 1).sum()
    rep = evaluate(loaded, "coco")
    ref = _reference(loaded)
    np.testing.assert_allclose(rep.coco.precision[..., 0, :], ref.eval["precision"][..., 0, :], rtol=0, atol=TOL)


def test_malformed_file_exit_2(tmp_path, capsys):
    _write_case(tmp_path, 2, images=False)
    bad = tmp_path / "pred" / "zz.txt"
    bad.write_text("0 0.5 0.5 0.1 0.1 0.9\n1 0.5 0.5 0.1\n")
    rc = main(["eval", "--gt", str(tmp_path / "gt"), "--pred", str(tmp_path / "pred")])
    err = capsys.readouterr().err
    assert rc == 2 and f"{bad}:2" in err and "columns" in err
    assert main(["eval", "--gt", str(tmp_path / "nope"), "--pred", str(tmp_path / "pred")]) == 2


def test_predictions_without_confidence_warn(tmp_path, capsys):
    (tmp_path / "gt").mkdir()
    (tmp_path / "pred").mkdir()
    (tmp_path / "gt" / "a.txt").write_text("0 0.5 0.5 0.2 0.2\n")
    (tmp_path / "pred" / "a.txt").write_text("0 0.5 0.5 0.2 0.2\n")
    assert main(["eval", "--gt", str(tmp_path / "gt"), "--pred", str(tmp_path / "pred")]) == 0
    out = capsys.readouterr().out
    assert "no confidence column" in out and "1.000" in out


def test_dataset_auto_labels_vs_reviewed(tmp_path):
    """Predictions stored in the dataset index vs the reviewed label files = the same two folders."""
    from app.core.dataset import DatasetIndex
    data = to_evaldata(make_case(4))
    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    (root / "data.yaml").write_text("val: images\nnames: [" + ", ".join(f"n{k}" for k in range(data.nc)) + "]\n")
    gs, ds = data.starts("gt"), data.starts("dt")
    (tmp_path / "gt").mkdir()
    (tmp_path / "pred").mkdir()
    for i, k in enumerate(data.images):
        W, H = (int(v) for v in data.sizes[i])
        cv2.imwrite(str(root / "images" / f"{k}.png"), np.zeros((H, W), np.uint8))
        g = slice(gs[i], gs[i + 1])
        txt = "".join(f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n" for c, (x, y, w, h) in
                      zip(data.gt_cls[g], np.clip(data.gt_xywhn[g], 0, 1)))
        (root / "labels" / f"{k}.txt").write_text(txt)
        (tmp_path / "gt" / f"{k}.txt").write_text(txt)
        d = slice(ds[i], ds[i + 1])
        (tmp_path / "pred" / f"{k}.txt").write_text("".join(
            f"{c} {float(x)!r} {float(y)!r} {float(w)!r} {float(h)!r} {float(s)!r}\n" for c, (x, y, w, h), s in
            zip(data.dt_cls[d], np.clip(data.dt_xywhn[d], 0, 1), data.dt_conf[d])))
    with DatasetIndex.open(root / "data.yaml") as idx:
        idx.refresh()
        rels = sorted(r.rel for r in idx.rows())
        items = []
        for i, rel in enumerate(rels):
            d = slice(ds[i], ds[i + 1])
            items.append((rel, data.dt_cls[d], np.clip(data.dt_xywhn[d], 0, 1), data.dt_conf[d]))
        idx.record_predictions(items, "model-A")
        for rel in rels:
            idx.set_reviewed(rel)
        got = load_dataset(idx)
    assert got.n_images == data.n_images and got.sizes is not None
    folders = load_folders(tmp_path / "gt", tmp_path / "pred", root / "images")
    a, b = evaluate(got, "coco"), evaluate(folders, "coco")
    np.testing.assert_allclose(a.coco.precision, b.coco.precision, rtol=0, atol=TOL)
    assert got.image_paths[0].exists()
