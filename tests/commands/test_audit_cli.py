"""`labelbench audit`: the JSON the issue specifies, 20 worst images one line each, --report,
label files never modified, one clear line for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.support.audit_data import make_audit_dataset
from tests.support.paths import DEMO_MODEL, ROOT

PT = ["--backend", "pt", "--precision", "exact"]


def _run(*args, timeout=600):
    env = dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1")
    return subprocess.run(
        [sys.executable, "-m", "app", "audit", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit_cli")
    truth = make_audit_dataset(root, n=7)
    return root, truth


@pytest.mark.slow  # a real audit CLI run
def test_json_ranking(ds, tmp_path):
    root, truth = ds
    labels = {p: p.read_bytes() for p in (root / "labels").rglob("*.txt")}
    p = _run(root / "data.yaml", "--model", DEMO_MODEL, "--json", "--report", tmp_path / "r.json", *PT)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert set(doc) == {"images", "labels", "model", "ranked"}
    assert doc["images"] == 7 and doc["model"] == str(DEMO_MODEL.resolve())
    assert doc["labels"] == sum(len(b.decode().splitlines()) for b in labels.values())
    scores = [r["score"] for r in doc["ranked"]]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)
    keys = {"kind", "line", "cls", "pred_cls", "box", "pred_box", "iou", "conf", "score"}
    for r in doc["ranked"]:
        assert set(r) == {"image", "score", "findings"} and not os.path.isabs(r["image"])
        assert r["score"] == max(f["score"] for f in r["findings"])
        for f in r["findings"]:
            assert keys <= set(f)
            assert (f["line"] is None) == (f["kind"] == "overlooked")
    found = {r["image"]: {f["kind"] for f in r["findings"]} for r in doc["ranked"]}
    for rel, inj in truth.items():
        assert inj.kind in found.get(rel, set()), (rel, inj.kind, found.get(rel))
    assert json.loads((tmp_path / "r.json").read_text()) == doc
    assert {p: p.read_bytes() for p in (root / "labels").rglob("*.txt")} == labels


@pytest.mark.slow  # a real audit CLI run
def test_text_one_line_per_image(ds):
    root, truth = ds
    p = _run(root, "--model", DEMO_MODEL, *PT)  # the folder works as well as data.yaml
    assert p.returncode == 0, p.stderr
    out = p.stdout.splitlines()
    assert out[0].endswith("the %d worst:" % (len(out) - 1)) and len(out) - 1 <= 20
    swap = next(rel for rel, inj in truth.items() if inj.kind == "swap")
    line = next(ln for ln in out[1:] if swap in ln)
    assert "swap L1 " in line and float(line.split()[0]) >= 0.5


def test_bad_input_one_line(tmp_path):
    p = _run(tmp_path / "missing", "--model", DEMO_MODEL)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert p.stderr.strip().splitlines()[-1].startswith("labelbench audit: error:") and "missing" in p.stderr
    (tmp_path / "x.txt").write_text("a.jpg\n")
    p = _run(tmp_path / "x.txt", "--model", DEMO_MODEL)
    assert p.returncode == 2 and "dataset folder or a data.yaml" in p.stderr and "Traceback" not in p.stderr
    make_audit_dataset(tmp_path / "ds", n=1)
    (tmp_path / "bad.pt").write_bytes(b"not a model")
    p = _run(tmp_path / "ds", "--model", tmp_path / "bad.pt")
    assert p.returncode == 1 and "Traceback" not in p.stderr and "bad.pt" in p.stderr
