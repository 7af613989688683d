"""The op registry: OpenCV operations as plain functions with typed parameter specs.

Importing this package registers every family module (each calls spec.register at import). Public
API: `get_op(name)`, `all_ops()`, `families()` (here, after every family is registered),
`register`, the ParamSpec classes and `Op` (spec.py).
"""

from __future__ import annotations

import difflib

from app.core.pipeline.ops import (  # noqa: F401 - imported for their registrations
    blur,
    color,
    contours,
    contrast,
    edges,
    geometry,
    masking,
    morphology,
    sharpen,
    threshold_ops,
)
from app.core.pipeline.ops.spec import (
    _REGISTRY,
    FAMILIES,
    FAMILY_LABELS,
    BoolParam,
    ColorParam,
    EnumParam,
    FloatParam,
    IntParam,
    Op,
    ParamError,
    ParamSpec,
    UnknownOpError,
    check_image,
    register,
)

__all__ = [
    "FAMILIES",
    "FAMILY_LABELS",
    "BoolParam",
    "ColorParam",
    "EnumParam",
    "FloatParam",
    "IntParam",
    "Op",
    "ParamError",
    "ParamSpec",
    "UnknownOpError",
    "all_ops",
    "check_image",
    "families",
    "get_op",
    "register",
]


def get_op(name: str) -> Op:
    """The op registered under `name`; UnknownOpError (with suggestions) otherwise."""
    try:
        return _REGISTRY[name]
    except KeyError:
        close = difflib.get_close_matches(name, list(_REGISTRY), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownOpError(f"unknown op {name!r}{hint}") from None


def all_ops() -> list[Op]:
    """Every op, grouped by family (FAMILIES order), registration order within a family."""
    order = {f: i for i, f in enumerate(FAMILIES)}
    return sorted(_REGISTRY.values(), key=lambda op: order[op.family])


def families() -> dict[str, list[Op]]:
    """{family: [ops]} in FAMILIES order (families without ops are left out)."""
    out: dict[str, list[Op]] = {}
    for op in all_ops():
        out.setdefault(op.family, []).append(op)
    return out
