"""The driver's --trust-model carried to a worker process (app.core.autolabel.engine.worker_trust): the
worker trusts its copy only when the bytes are the ones the user trusted, and nothing else."""

from __future__ import annotations

from app.core.autolabel.engine.worker_trust import adopt_trust, trusted_digest
from app.core.io.models import safety as model_safety
from app.core.io.models.safety import is_trusted, trust


def test_trust_follows_the_content_not_the_name(tmp_path, monkeypatch):
    monkeypatch.setenv(model_safety.TRUST_ENV, "")
    a, same, other = tmp_path / "a.pt", tmp_path / "copy.pt", tmp_path / "other.pt"
    a.write_bytes(b"model bytes")
    same.write_bytes(b"model bytes")
    other.write_bytes(b"other bytes")
    assert trusted_digest(a) is None  # not trusted by the user: nothing to carry
    trust(a)
    digest = trusted_digest(a)
    assert digest and trusted_digest(other) is None

    monkeypatch.setenv(model_safety.TRUST_ENV, str(other))  # whatever the worker's environment held
    assert adopt_trust(same, digest) == "" and is_trusted(same)
    assert not is_trusted(other) and not is_trusted(a)  # only the driver's decision, for that file

    note = adopt_trust(other, digest)
    assert "other content" in note and not is_trusted(other) and not is_trusted(same)
    assert adopt_trust(same, None) == "" and not is_trusted(same)
    assert "other content" in adopt_trust(tmp_path / "missing.pt", digest)
