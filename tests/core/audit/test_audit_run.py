"""The audit on the real demo model over generated images with one injected error of each kind:
every kind found on its image and line, clean images low, label files untouched, a rerun reuses
the stored predictions, dismissed findings stay dismissed until the label changes, and an index
of the previous schema is migrated in place."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.audit.findings import KINDS
from app.core.audit.run import AuditOptions, audit, model_identity
from app.core.dataset.audit_table import AuditTable
from app.core.dataset.index import DatasetIndex
from app.core.dataset.store import SCHEMA_VERSION
from tests.support.audit_data import N_IMAGES, make_audit_dataset
from tests.support.paths import DEMO_MODEL

PT = dict(backend="pt", precision="exact")


def _files(root):
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".labelbench" not in p.parts
    }


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit_ds")
    truth = make_audit_dataset(root)
    before = _files(root)
    report = audit(root / "data.yaml", DEMO_MODEL, AuditOptions(**PT))
    return root, truth, before, report


def test_each_kind_found_on_its_image_and_line(audited):
    root, truth, _, report = audited
    assert report.images == N_IMAGES and report.inference["labeled"] == N_IMAGES
    by_image = {a.image: a for a in report.ranked}
    for rel, inj in truth.items():
        a = by_image[rel]
        hit = [
            f
            for f in a.findings
            if f.kind == inj.kind and (inj.kind == "overlooked" or f.line in (inj.lines or (inj.line,)))
        ]
        assert hit, (rel, inj, a.findings)
        assert hit[0].score >= 0.3, (rel, hit[0])  # well above clean images (next test)
    kinds = {f.kind for rel in truth for f in by_image[rel].findings}
    assert set(KINDS) <= kinds


def test_corrupted_images_rank_first_and_clean_images_score_low(audited):
    _, truth, _, report = audited
    top = [a.image for a in report.ranked[: len(truth)]]
    assert sum(r in truth for r in top) >= len(truth) - 1
    clean = [a.score for a in report.ranked if a.image not in truth]
    assert len(clean) == N_IMAGES - len(truth) and sorted(clean)[len(clean) // 2] < 0.2
    scores = [a.score for a in report.ranked]
    assert scores == sorted(scores, reverse=True)


def test_label_files_and_images_untouched(audited):
    root, _, before, _ = audited
    assert _files(root) == before


def test_summaries_in_the_index(audited):
    root, truth, _, report = audited
    with DatasetIndex.open(root / "data.yaml") as idx:
        table = AuditTable(idx)
        for a in report.ranked:
            score, n, kinds = table.summary(a.image)
            assert score == pytest.approx(a.score) and n == len(a.findings)
            assert kinds.split() == list(dict.fromkeys(f.kind for f in a.findings))
        assert len(table.audited()) == N_IMAGES


@pytest.mark.slow  # a second real audit
def test_rerun_reuses_predictions_and_dismissal_lasts_until_the_label_changes(audited, tmp_path):
    root, truth, _, first = audited
    rel = next(r for r, inj in truth.items() if inj.kind == "swap")
    worst = next(a for a in first.ranked if a.image == rel).findings[0]
    key = first.inference["model_key"]
    with DatasetIndex.open(root / "data.yaml") as idx:
        AuditTable(idx).dismiss(rel, worst.signature(model_identity(key)))
    again = audit(root / "data.yaml", DEMO_MODEL, AuditOptions(**PT))  # a restart: everything from disk
    assert again.inference["labeled"] == 0 and again.inference["skipped"] == N_IMAGES
    assert not any(
        f.line == worst.line and f.kind == worst.kind for f in next(a for a in again.ranked if a.image == rel).findings
    )
    with DatasetIndex.open(root / "data.yaml") as idx:
        assert AuditTable(idx).summary(rel)[0] < worst.score
        label = idx.label_path(rel)
    lines = label.read_text().splitlines()
    c, *box = lines[worst.line - 1].split()
    lines[worst.line - 1] = " ".join([c, *(f"{float(v) + 0.001:.6f}" for v in box)])  # the label changed
    label.write_text("\n".join(lines) + "\n")
    third = audit(root / "data.yaml", DEMO_MODEL, AuditOptions(**PT))
    assert any(
        f.kind == worst.kind and f.line == worst.line for f in next(a for a in third.ranked if a.image == rel).findings
    )


def test_unlabeled_images_are_not_audited(tmp_path):
    make_audit_dataset(tmp_path, n=3)
    (tmp_path / "labels" / "train" / "a_001.txt").unlink()
    rep = audit(tmp_path / "data.yaml", DEMO_MODEL, AuditOptions(zoom=False, **PT))
    assert rep.images == 2 and rep.inference["skip_reasons"] == {"no label file (not labeled yet)": 1}


def test_index_of_the_previous_schema_is_migrated_in_place(tmp_path):
    make_audit_dataset(tmp_path, n=3)
    with DatasetIndex.open(tmp_path / "data.yaml") as idx:
        idx.refresh()
        idx.set_reviewed("images/train/a_000.jpg")
        db = idx.db_path
    con = sqlite3.connect(db)  # back to schema 2: no audit columns or tables
    for col in ("audit_score", "audit_n", "audit_kinds"):
        con.execute("DROP INDEX IF EXISTS images_audit_queue")
        con.execute(f"ALTER TABLE images DROP COLUMN {col}")
    con.execute("DROP TABLE audit_predictions")
    con.execute("DROP TABLE audit_dismissed")
    con.execute("UPDATE schema_version SET version = 2")
    con.commit()
    con.close()
    with DatasetIndex.open(tmp_path / "data.yaml") as idx:
        assert idx.is_reviewed("images/train/a_000.jpg") and idx.count() == 3
        assert AuditTable(idx).summary("images/train/a_000.jpg") == (None, 0, "")
        assert idx._q("SELECT version FROM schema_version")[0][0] == SCHEMA_VERSION  # brought up to date
    assert not list(db.parent.glob("index.sqlite.old-*"))


def test_bad_label_files_named_in_one_line_each_and_left_alone(tmp_path):
    make_audit_dataset(tmp_path, n=3)
    lab = tmp_path / "labels" / "train"
    good = (lab / "a_001.txt").read_text().splitlines()
    (lab / "a_001.txt").write_text("\n".join([good[0], "1 0.5 0.5 nope 0.1", *good[1:]]) + "\n")
    (lab / "a_002.txt").write_bytes(b"\xff\xfe\x00binary")
    before = {p.name: p.read_bytes() for p in lab.iterdir()}
    rep = audit(tmp_path / "data.yaml", DEMO_MODEL, AuditOptions(zoom=False, **PT))
    assert f"{lab / 'a_001.txt'}:2: not a number: 'nope'" in rep.warnings
    assert any(w.startswith(f"{lab / 'a_002.txt'}:1: not a text file") for w in rep.warnings)
    assert [a.image for a in rep.ranked if a.image.endswith("a_002.jpg")] == []
    a1 = next(a for a in rep.ranked if a.image.endswith("a_001.jpg"))
    assert a1.n_labels == len(good) and all(f.line != 2 for f in a1.findings if f.line is not None)
    assert {p.name: p.read_bytes() for p in lab.iterdir()} == before


@pytest.mark.slow  # two real audits
@pytest.mark.parametrize("engine_opts", [{}, {"engine": "local", "ray_address": None}])  # the API's, the CLI's
def test_second_look_runs_on_the_model_the_first_look_loaded(tmp_path, monkeypatch, engine_opts):
    """One model load for the whole audit: the mosaics of the second look go through the backend
    the first look loaded (spied on, not replaced), which is closed at the end; also when the
    options name the local engine, as the command line's do."""
    from app.core.autolabel.engine import local as engine

    loaded = []
    real = engine.load_backend

    closed = []

    def spy(*a, **k):
        be = real(*a, **k)
        loaded.append(be)
        close = be.close
        be.close = lambda: (closed.append(be), close())
        return be

    monkeypatch.setattr(engine, "load_backend", spy)
    make_audit_dataset(tmp_path)
    report = audit(tmp_path / "data.yaml", DEMO_MODEL, AuditOptions(engine=engine_opts, **PT))
    assert report.crops > 0 and len(loaded) == 1
    assert closed == loaded  # closed once, by the audit, after the second look
