"""The user's trust in one model file (`--trust-model`, the app's confirmation), carried to the
processes of another machine (Ray workers) that load it.

Locally the decision is the file's resolved path (app.core.io.models.safety.trust). A worker sees the
file at its own path (shared storage, maybe under --ray-path-map) and inherits nothing from the
driver, so the driver hands over the SHA-256 of the file it trusted and the worker trusts its copy,
in its own process only, when that copy has the same content; any other file (and any trust the
worker's environment held before) loads in Ultralytics' safe mode and is refused if it needs more.

    digest = trusted_digest(model)            # driver: None unless the user trusted this very file
    note = adopt_trust(worker_path, digest)   # worker: "" or why the trust was not taken over
"""

from __future__ import annotations

import os
from pathlib import Path


def sha256_of(path: str | os.PathLike[str]) -> str:
    """SHA-256 of the file's current bytes (read now, not the export cache's memo: it decides
    whether code may run)."""
    from app.core.autolabel.backends.model_cache import sha256_now

    return sha256_now(path)


def trusted_digest(model: str | os.PathLike[str]) -> str | None:
    """The SHA-256 of `model` when the user trusted that file in this process, else None."""
    from app.core.io.models.safety import is_trusted

    p = Path(model)
    if not p.is_file() or not is_trusted(p):
        return None
    return sha256_of(os.path.realpath(p))


def adopt_trust(model: str | os.PathLike[str], digest: str | None) -> str:
    """In this process, trust exactly `model` (resolved) when its bytes hash to `digest`; nothing else
    stays trusted. Returns "" or a note for a refusal: the file differs from the one trusted."""
    from app.core.io.models.safety import TRUST_ENV, trust

    os.environ.pop(TRUST_ENV, None)  # only the driver's decision counts here
    if not digest:
        return ""
    real = os.path.realpath(model)
    try:
        same = Path(real).is_file() and sha256_of(real) == digest
    except OSError:
        same = False
    if not same:
        return "; the driver trusted a model file with other content, so this one is not trusted"
    trust(real)
    return ""
