"""`labelbench eval` end to end: folders on disk, JSON keys, file matching rules, errors, dataset source."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from app.cli import main
from app.core.metrics.evaluate import evaluate, load_dataset, load_folders
from tests.support.metrics_cases import make_case, pycocotools_eval, to_evaldata

TOL = 1e-9


def _write_case(tmp_path, seed, images=True, drop_pred=(), drop_gt=()):
    data = to_evaldata(make_case(seed))
    gs, ds = data.starts("gt"), data.starts("dt")
    for sub in ("gt", "pred", "img"):
        (tmp_path / sub / "a").mkdir(parents=True, exist_ok=True)
    for i, k in enumerate(data.images):
        rel = f"a/{k}" if i % 2 else k  # nested folders are matched by relative path
        g = slice(gs[i], gs[i + 1])
        if i not in drop_gt:
            (tmp_path / "gt" / f"{rel}.txt").write_text(
                "".join(
                    f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n"
                    for c, (x, y, w, h) in zip(data.gt_cls[g], np.clip(data.gt_xywhn[g], 0, 1))
                )
            )
        d = slice(ds[i], ds[i + 1])
        if i not in drop_pred:
            (tmp_path / "pred" / f"{rel}.txt").write_text(
                "".join(
                    f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f} {s:.4f}\n"
                    for c, (x, y, w, h), s in zip(data.dt_cls[d], np.clip(data.dt_xywhn[d], 0, 1), data.dt_conf[d])
                )
            )
        if images:
            W, H = (int(v) for v in data.sizes[i])
            cv2.imwrite(str(tmp_path / "img" / f"{rel}.png"), np.zeros((H, W), np.uint8))
    (tmp_path / "data.yaml").write_text("names: [" + ", ".join(f"n{k}" for k in range(data.nc)) + "]\n")
    return data


def _reference(d):
    return pycocotools_eval(
        d.n_images,
        np.arange(d.nc),
        (d.gt_img, d.gt_cls, d.boxes_xywh("gt")),
        (d.dt_img, d.dt_cls, d.boxes_xywh("dt"), d.dt_conf),
        d.sizes,
    )


def test_cli_coco_json_matches_pycocotools(tmp_path, capsys):
    _write_case(tmp_path, 3)
    out = tmp_path / "out.json"
    rc = main(
        [
            "eval",
            "--gt",
            str(tmp_path / "gt"),
            "--pred",
            str(tmp_path / "pred"),
            "--images",
            str(tmp_path / "img"),
            "--names",
            str(tmp_path / "data.yaml"),
            "--json",
            str(out),
        ]
    )
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
    assert (
        main(
            [
                "eval",
                "--gt",
                str(tmp_path / "gt"),
                "--pred",
                str(tmp_path / "pred"),
                "--mode",
                "ultralytics",
                "--json",
                str(out),
            ]
        )
        == 0
    )
    js = json.loads(out.read_text())
    for k in (
        "mode",
        "map50_95",
        "map50",
        "map75",
        "per_class",
        "precision",
        "recall",
        "f1",
        "conf",
        "confusion_matrix",
    ):
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
    from app.core.dataset.index import DatasetIndex

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
        txt = "".join(
            f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n"
            for c, (x, y, w, h) in zip(data.gt_cls[g], np.clip(data.gt_xywhn[g], 0, 1))
        )
        (root / "labels" / f"{k}.txt").write_text(txt)
        (tmp_path / "gt" / f"{k}.txt").write_text(txt)
        d = slice(ds[i], ds[i + 1])
        (tmp_path / "pred" / f"{k}.txt").write_text(
            "".join(
                f"{c} {float(x)!r} {float(y)!r} {float(w)!r} {float(h)!r} {float(s)!r}\n"
                for c, (x, y, w, h), s in zip(data.dt_cls[d], np.clip(data.dt_xywhn[d], 0, 1), data.dt_conf[d])
            )
        )
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


def test_autolabel_out_folder_uses_stored_confidences(tmp_path, capsys):
    """`labelbench autolabel --out DIR` writes 5-column files and keeps the confidences in
    DIR/.labelbench/index.sqlite: eval on DIR uses them (files still as written), else 1.0 + warning."""
    from app.core.dataset.index import DatasetIndex
    from app.core.io.yolo_labels import format_labels

    data = to_evaldata(make_case(6))
    root, out = tmp_path / "ds", tmp_path / "scratch"
    (root / "images" / "val").mkdir(parents=True)
    (root / "labels" / "val").mkdir(parents=True)
    (root / "data.yaml").write_text("val: images/val\nnames: [" + ", ".join(f"n{k}" for k in range(data.nc)) + "]\n")
    gs, ds = data.starts("gt"), data.starts("dt")
    items = []
    for i, k in enumerate(data.images):
        W, H = (int(v) for v in data.sizes[i])
        cv2.imwrite(str(root / "images" / "val" / f"{k}.png"), np.zeros((H, W), np.uint8))
        g, d = slice(gs[i], gs[i + 1]), slice(ds[i], ds[i + 1])
        gt_txt = format_labels(data.gt_cls[g], np.clip(data.gt_xywhn[g], 0, 1))
        (root / "labels" / "val" / f"{k}.txt").write_text(gt_txt)
        items.append((f"images/val/{k}.png", data.dt_cls[d], np.clip(data.dt_xywhn[d], 0, 1), data.dt_conf[d]))
    # what the auto-label writer does under --out: atomic 5-column files, then the index records
    idx = DatasetIndex.open(root / "data.yaml", label_root=out, index_path=out / ".labelbench" / "index.sqlite")
    with idx:
        for rel, c, b, _ in items:
            p = idx.label_path(rel)
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(format_labels(c, b))
        idx.record_predictions(items, "model-A")
    js = tmp_path / "r.json"
    args = [
        "eval",
        "--gt",
        str(root / "labels" / "val"),
        "--pred",
        str(out / "images" / "val"),
        "--images",
        str(root / "images" / "val"),
        "--json",
        str(js),
    ]
    assert main(args) == 0
    got = json.loads(js.read_text())
    assert any("taken from the auto-label index" in w for w in got["warnings"])
    assert not any("no confidence column" in w for w in got["warnings"])
    loaded = load_folders(root / "labels" / "val", out / "images" / "val", root / "images" / "val")
    assert np.array_equal(loaded.dt_conf, data.dt_conf)  # the stored scores, not 1.0
    ref = _reference(loaded)
    assert abs(got["map50_95"] - ref.stats[0]) <= TOL and abs(got["map50"] - ref.stats[1]) <= TOL
    # a person edited one file after the run: its stored scores no longer apply
    k = next(i for i, it in enumerate(items) if len(it[1]) >= 2)
    edited = out / "images" / "val" / f"{data.images[k]}.txt"
    edited.write_text(edited.read_text().splitlines()[0] + "\n")
    assert main(args) == 0
    got = json.loads(js.read_text())
    assert any("no confidence column" in w and "1.0" in w for w in got["warnings"])
    capsys.readouterr()
