"""The Ray engine on a real Ray cluster on loopback (127.0.0.2 head, 127.0.0.3 second node), token auth
with a random token, each node in a process group of its own, always torn down (tests.support.ray_cluster;
the `cache` and `cluster` fixtures are in conftest.py: one cluster for the Ray modules run in a row, its
second node started again for the test after the one that kills it). Every Ray driver runs in a child process with
a timeout (tests.support.ray_driver): a lost cluster fails one test, with the logs, not the session."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.autolabel.engine.local import AutolabelOptions, autolabel
from app.core.dataset.index import DatasetIndex
from app.core.jobs import JobState
from tests.support.autolabel_data import MODEL, make_images, run_cli, tree_bytes
from tests.support.paths import ROOT
from tests.support.ray_driver import drive

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]
OPT = dict(backend="openvino", precision="exact")
DRIVER_TIMEOUT = 180  # below the test's timeout: a hung driver is reported with its logs


def _ray_opt(cluster, out, **kw):
    return AutolabelOptions(
        **{
            "out": str(out),
            "engine": "ray",
            "ray_address": cluster.address,
            "ray_workers": 2,
            "ray_batch": 2,
            **OPT,
            **kw,
        }
    )


def _on_ray(cluster, src, opt, **kw):
    return drive(autolabel, src, MODEL, opt, timeout=DRIVER_TIMEOUT, cluster=cluster, **kw)


def test_two_nodes_equal_local_engine_byte_for_byte(cluster, tmp_path):
    make_images(tmp_path / "data", 24)
    local = autolabel(tmp_path / "data" / "images", MODEL, AutolabelOptions(out=str(tmp_path / "local"), **OPT))
    r = _on_ray(cluster, tmp_path / "data" / "images", _ray_opt(cluster, tmp_path / "ray"))
    assert local["labeled"] == r["labeled"] == 24 and r["failed"] == []
    assert r["engine"] == "ray" and r["model_key"] == local["model_key"]
    assert r["nodes"] == 2 and r["workers"] == 2 and set(r["per_node"]) == {"127.0.0.2", "127.0.0.3"}
    assert sum(r["per_node"].values()) == 24
    a, b = tree_bytes(tmp_path / "local"), tree_bytes(tmp_path / "ray")
    assert len(a) == 24 and a == b
    with DatasetIndex(
        tmp_path / "data" / "images",
        index_path=tmp_path / "ray" / ".labelbench" / "index.sqlite",
        label_root=tmp_path / "ray",
    ) as idx:
        assert idx.count(status="auto") + idx.count(status="unlabeled") == 24
    # the local engine sees the Ray run's labels as its own: same key, nothing left to do
    again = autolabel(tmp_path / "data" / "images", MODEL, AutolabelOptions(out=str(tmp_path / "ray"), **OPT))
    assert again["skipped"] == 24 and again["labeled"] == 0


def _autolabel_noting_errors(src, opt):
    """(In the driver process.) The run's report and the per-image errors it reported as it went."""
    errors = []
    return autolabel(src, MODEL, opt, JobState(on_error=lambda p, e: errors.append((p, e)))), errors


def test_unreadable_image_reported_and_run_goes_on(cluster, tmp_path):
    make_images(tmp_path / "data", 6)
    bad = tmp_path / "data" / "images" / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    r, errors = drive(
        _autolabel_noting_errors,
        tmp_path / "data" / "images",
        _ray_opt(cluster, tmp_path / "out"),
        timeout=DRIVER_TIMEOUT,
        cluster=cluster,
    )
    assert r["labeled"] == 6
    assert [f["path"] for f in r["failed"]] == [str(bad)] and r["failed"][0]["error"]
    assert errors == [(str(bad), r["failed"][0]["error"])]
    assert not (tmp_path / "out" / "broken.txt").exists()


def test_driver_killed_rerun_resumes_equal_to_uninterrupted(cluster, tmp_path):
    make_images(tmp_path / "data", 40)
    src = tmp_path / "data" / "images"
    # the uninterrupted run: the local engine's (byte-identical to the Ray engine's, test above), cheaper
    full = autolabel(src, MODEL, AutolabelOptions(out=str(tmp_path / "full"), **OPT))
    assert full["labeled"] == 40
    out = tmp_path / "out"
    db = out / ".labelbench" / "index.sqlite"
    args = [
        src,
        "--model",
        MODEL,
        "--out",
        out,
        "--backend",
        "openvino",
        "--precision",
        "exact",
        "--engine",
        "ray",
        "--ray-address",
        cluster.address,
        "--ray-workers",
        "2",
        "--ray-batch",
        "1",
        "--quiet",
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT), **cluster.env)
    p = subprocess.Popen(
        [sys.executable, "-m", "app", "autolabel", *map(str, args)],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        recorded = 0
        end = time.monotonic() + 120
        while time.monotonic() < end and p.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as con:
                        recorded = con.execute(
                            "SELECT COUNT(*) FROM images WHERE autolabel_key IS NOT NULL"
                        ).fetchone()[0]
                except sqlite3.Error:
                    recorded = 0
            if recorded >= 6:
                break
            time.sleep(0.02)
        os.killpg(p.pid, signal.SIGKILL)  # the driver and anything it started
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    assert 6 <= recorded < 40, f"the driver was not killed mid-run ({recorded} recorded)"
    # a person reviews (and edits) one of the recorded labels between the two runs
    with DatasetIndex(src, index_path=db, label_root=out) as idx:
        rel = next(r.rel for r in idx.rows() if r.status == "auto")
        edited = "0 0.500000 0.500000 0.100000 0.100000\n"
        (out / f"{Path(rel).stem}.txt").write_text(edited)
        idx.note_label_written(rel, [0], [[0.5, 0.5, 0.1, 0.1]], edited_by_user=True)
        idx.set_reviewed(rel)
    r = _on_ray(cluster, src, _ray_opt(cluster, out))
    assert r["labeled"] + r["skipped"] == 40 and r["failed"] == []
    got, want = tree_bytes(out), tree_bytes(tmp_path / "full")
    assert got.pop(f"{Path(rel).stem}.txt") == edited.encode()  # the reviewed label is untouched
    want.pop(f"{Path(rel).stem}.txt")
    assert got == want  # every other byte as an uninterrupted run
    assert not [q for q in out.rglob("*.tmp")]


def _autolabel_killing_a_node(c, src, opt):
    """(In the driver process.) The run, with the second node killed -9 once 6 images are labeled;
    returns the report, when the node was killed, and how often each image's result was written."""
    killed = []

    def progress(done, total, msg):
        if not killed and "labeled" in msg and int(msg.split()[0]) >= 6:
            c.kill_node("127.0.0.3")  # kill -9 its raylet and workers, mid-run
            killed.append(done)

    writes: dict[str, int] = {}

    def wrote(path, *_):
        writes[path] = writes.get(path, 0) + 1

    return autolabel(src, MODEL, opt, JobState(on_progress=progress), on_result=wrote), killed, writes


def test_second_node_killed_mid_run_completes_exactly_once(cluster, tmp_path):
    make_images(tmp_path / "data", 40)
    src = tmp_path / "data" / "images"
    try:
        r, killed, writes = drive(
            _autolabel_killing_a_node,
            cluster,
            src,
            _ray_opt(cluster, tmp_path / "out", ray_batch=1),
            timeout=DRIVER_TIMEOUT,
            cluster=cluster,
        )
    finally:
        # its processes are gone (killed in the driver); the next test that asks for the cluster
        # starts the node again (conftest.py), by then declared dead by the GCS
        cluster.kill_node("127.0.0.3")
    assert killed and killed[0] < 40, "the node was not killed mid-run"
    assert r["labeled"] == 40 and r["failed"] == []
    assert sorted(writes) == sorted(str(p) for p in src.glob("*.jpg")) and set(writes.values()) == {1}
    assert len(tree_bytes(tmp_path / "out")) == 40
    assert not [q for q in (tmp_path / "out").rglob("*.tmp")]
    with DatasetIndex(
        src, index_path=tmp_path / "out" / ".labelbench" / "index.sqlite", label_root=tmp_path / "out"
    ) as idx:
        assert sum(1 for row in idx.rows() if idx.autolabel_key(row.rel) == r["model_key"]) == 40


def test_without_the_extra_or_unreachable_fails_in_one_line(tmp_path):
    make_images(tmp_path / "data", 2)
    src = tmp_path / "data" / "images"
    t = time.monotonic()
    code = (
        "import sys; sys.modules['ray'] = None; from app.cli import main; "  # as if ray were not installed
        f"sys.exit(main(['autolabel', {str(src)!r}, '--model', {str(MODEL)!r}, '--engine', 'ray']))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        env=dict(os.environ, PYTHONPATH=str(ROOT), YOLO_OFFLINE="1"),
    )
    assert r.returncode == 1, r.stderr
    assert r.stderr.strip().count("\n") == 0 and "labelbench[ray]" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(src, "--model", MODEL, "--engine", "ray", "--ray-address", "127.0.0.2:9", "--quiet", timeout=30)
    assert r.returncode == 1, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "127.0.0.2:9" in lines[0] and "Traceback" not in r.stderr, r.stderr
    assert time.monotonic() - t < 60


def _audit_noting_what_the_scorer_is_fed(data_yaml, opt):
    """(In the driver process.) The audit's report and the row counts its background scorer was fed."""
    from app.core.audit import background as bg
    from app.core.audit.run import audit

    fed = []
    real_add = bg.BackgroundScorer.add
    bg.BackgroundScorer.add = lambda self, rows, ident: (fed.append(len(rows)), real_add(self, rows, ident))[1]
    return audit(data_yaml, MODEL, opt), fed


def test_audit_on_two_nodes_equals_the_local_audit(cluster, tmp_path):
    """`labelbench audit --engine ray`: the first look on the cluster, its predictions scored in the
    driver's background scorer as they come back; the report equals the local audit's."""
    import shutil

    from app.core.audit.run import AuditOptions, audit
    from tests.support.audit_data import N_IMAGES, make_audit_dataset

    make_audit_dataset(tmp_path / "a")
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    labels = {p.name: p.read_bytes() for p in (tmp_path / "b" / "labels" / "train").iterdir()}
    local = audit(tmp_path / "a" / "data.yaml", MODEL, AuditOptions(background=False, **OPT))
    on_ray, fed = drive(
        _audit_noting_what_the_scorer_is_fed,
        tmp_path / "b" / "data.yaml",
        AuditOptions(
            background=True, engine=dict(engine="ray", ray_address=cluster.address, ray_workers=2, ray_batch=2), **OPT
        ),
        timeout=DRIVER_TIMEOUT,
        cluster=cluster,
    )
    assert on_ray.inference["engine"] == "ray" and on_ray.inference["nodes"] == 2
    assert sum(fed[:-1]) == N_IMAGES and fed[-1] == 0  # every image sent as the cluster returned it
    assert on_ray.crops == local.crops > 0

    # the same findings on the same images, scores close: the workers' low-confidence boxes (the audit
    # keeps them down to 0.05) can differ from the local engine's by an NMS decision (float32 summed in
    # another order, one stream a worker), which moves a label's support by a few hundredths
    def by_image(rep):
        return {
            a.image: [(f.kind, f.line, f.cls, f.pred_cls, f.box, f.pred_box) for f in a.findings] for a in rep.ranked
        }

    assert by_image(on_ray) == by_image(local)
    scores = {a.image: a.score for a in local.ranked}
    assert [(a.image, a.score, scores[a.image]) for a in on_ray.ranked if abs(a.score - scores[a.image]) > 0.05] == []
    assert {p.name: p.read_bytes() for p in (tmp_path / "b" / "labels" / "train").iterdir()} == labels
