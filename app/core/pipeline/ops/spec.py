"""Typed parameter specs, the `Op` record and the op registry.

An op is a plain function ``func(img, **params) -> img`` (no Qt, no state) plus a tuple of typed
ParamSpecs that describe every keyword it takes. The GUI builds its parameter panel from the
specs (slider + spin box for numbers, combo box for enums, check box for booleans, colour button
for colours); the pipeline validates saved JSON with them; the Python exporter copies the plain
functions into a standalone cv2 + numpy script.

Images are numpy arrays: gray ``HxW`` or BGR ``HxWx3``, ``uint8`` or ``uint16``. An op never
modifies its input in place.

    from app.core.pipeline.ops import get_op, all_ops, families
    op = get_op("gaussian_blur")
    params = op.validate({"ksize": 7})        # fills defaults, raises ParamError on bad values
    out = op(img, **params)                   # validates again, then calls op.func
    for spec in op.params: spec.kind, spec.name, spec.label, spec.default, ...
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

import numpy as np

from app.core.errors import UsageError


class ParamError(UsageError):
    """A parameter value an op cannot take (out of range, even kernel, unknown choice, wrong type)."""


class UnknownOpError(UsageError):
    """An op name that is not in the registry (e.g. in a pipeline JSON file)."""


# ----------------------------------------------------------------------------------------------
# Parameter specs
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParamSpec:
    """Base of all parameter specs. `name` is the keyword of the op function; `label` is shown in
    the GUI; `doc` is a one-line tooltip. Subclasses define `kind`, `validate` and `coerce`."""

    name: str
    label: str
    default: Any = None
    doc: str = ""
    kind: ClassVar[str] = "any"

    def validate(self, value: Any) -> Any:
        """Return the value in canonical type, or raise ParamError (strict: no clamping)."""
        return value

    def coerce(self, value: Any) -> Any:
        """Lenient: the nearest allowed value (clamped, snapped to step / odd). For sliders."""
        return self.validate(value)

    def to_dict(self) -> dict[str, Any]:
        """Plain description (JSON-able) for UIs and docs."""
        d = {"kind": self.kind, "name": self.name, "label": self.label, "default": self.default, "doc": self.doc}
        for f in getattr(self, "__dataclass_fields__", {}):
            if f not in d:
                v = getattr(self, f)
                d[f] = list(v) if isinstance(v, tuple) else v
        return d

    def _fail(self, value: Any, why: str) -> ParamError:
        return ParamError(f"parameter {self.name!r}: {why} (got {value!r})")


@dataclass(frozen=True)
class IntParam(ParamSpec):
    """Integer in [min, max] on a grid min + k*step; `odd_only` for kernel / block sizes.

    `max16`, when set, is the upper limit for 16-bit images (e.g. a threshold level: 255 for
    8-bit, 65535 for 16-bit); use `limits(dtype)` to get the range for a given image.
    `unit` "px" (a length) or "px2" (an area) marks sizes that scale with the image: previews
    on a downscaled copy scale them too (see `scaled`), so the preview looks like the result.
    """

    kind: ClassVar[str] = "int"
    min: int = field(kw_only=True)
    max: int = field(kw_only=True)
    step: int = field(default=1, kw_only=True)
    odd_only: bool = field(default=False, kw_only=True)
    max16: int | None = field(default=None, kw_only=True)
    unit: str = field(default="", kw_only=True)

    def scaled(self, value: int, scale: float) -> int:
        """The value for an image resized by `scale` (lengths x scale, areas x scale**2)."""
        if not self.unit or scale == 1.0:
            return value
        return self.coerce(value * (scale if self.unit == "px" else scale * scale))

    def limits(self, dtype: Any = np.uint8) -> tuple[int, int]:
        hi = self.max16 if (self.max16 is not None and np.dtype(dtype) == np.uint16) else self.max
        return self.min, hi

    def validate(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            raise self._fail(value, "must be an integer")
        if isinstance(value, (float, np.floating)) and (not math.isfinite(value) or value != int(value)):
            raise self._fail(value, "must be a whole number")
        v = int(value)
        hi = max(self.max, self.max16 or self.max)
        if v < self.min or v > hi:
            raise self._fail(value, f"must be between {self.min} and {hi}")
        if self.odd_only and v % 2 == 0:
            raise self._fail(value, "must be odd")
        if self.step > 1 and (v - self.min) % self.step:
            raise self._fail(value, f"must be {self.min} + a multiple of {self.step}")
        return v

    def coerce(self, value: Any) -> int:
        hi = max(self.max, self.max16 or self.max)
        x = min(max(float(value), self.min), hi)
        v = self.min + int(math.floor((x - self.min) / self.step + 0.5)) * self.step
        if v > hi:
            v -= self.step
        if self.odd_only and v % 2 == 0:
            v = v + 1 if v + 1 <= hi else v - 1
        return v


@dataclass(frozen=True)
class FloatParam(ParamSpec):
    """Float in [min, max]; `step` is the slider/spin-box increment, `decimals` its display."""

    kind: ClassVar[str] = "float"
    min: float = field(kw_only=True)
    max: float = field(kw_only=True)
    step: float = field(default=0.1, kw_only=True)
    decimals: int = field(default=2, kw_only=True)
    max16: float | None = field(default=None, kw_only=True)
    unit: str = field(default="", kw_only=True)

    def scaled(self, value: float, scale: float) -> float:
        """The value for an image resized by `scale` (lengths x scale, areas x scale**2)."""
        if not self.unit or scale == 1.0:
            return value
        return self.coerce(value * (scale if self.unit == "px" else scale * scale))

    def limits(self, dtype: Any = np.uint8) -> tuple[float, float]:
        hi = self.max16 if (self.max16 is not None and np.dtype(dtype) == np.uint16) else self.max
        return self.min, hi

    def validate(self, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            raise self._fail(value, "must be a number")
        v = float(value)
        hi = max(self.max, self.max16 or self.max)
        if not math.isfinite(v) or v < self.min or v > hi:
            raise self._fail(value, f"must be between {self.min:g} and {hi:g}")
        return v

    def coerce(self, value: Any) -> float:
        hi = max(self.max, self.max16 or self.max)
        return min(max(float(value), self.min), hi)


@dataclass(frozen=True)
class EnumParam(ParamSpec):
    """One of `choices` (strings). `labels`, if given, are the display names (same order)."""

    kind: ClassVar[str] = "enum"
    choices: tuple[str, ...] = field(kw_only=True)
    labels: tuple[str, ...] | None = field(default=None, kw_only=True)

    def display(self, choice: str) -> str:
        if self.labels:
            return self.labels[self.choices.index(choice)]
        return choice

    def validate(self, value: Any) -> str:
        if not isinstance(value, str) or value not in self.choices:
            raise self._fail(value, "must be one of " + ", ".join(self.choices))
        return value

    def coerce(self, value: Any) -> str:
        if isinstance(value, (int, np.integer)) and not isinstance(value, bool) and 0 <= value < len(self.choices):
            return self.choices[int(value)]
        return self.validate(value)


@dataclass(frozen=True)
class BoolParam(ParamSpec):
    """True / False (a check box)."""

    kind: ClassVar[str] = "bool"

    def validate(self, value: Any) -> bool:
        if isinstance(value, (bool, np.bool_)):
            return bool(value)
        if isinstance(value, (int, np.integer)) and value in (0, 1):
            return bool(value)
        raise self._fail(value, "must be true or false")


@dataclass(frozen=True)
class ColorParam(ParamSpec):
    """A colour as a (B, G, R) tuple of ints 0..255 (OpenCV order). JSON stores a list."""

    kind: ClassVar[str] = "color"

    def validate(self, value: Any) -> tuple[int, int, int]:
        if isinstance(value, str) and value.startswith("#") and len(value) == 7:
            try:
                r, g, b = (int(value[i : i + 2], 16) for i in (1, 3, 5))
            except ValueError:
                raise self._fail(value, "must be #RRGGBB or [B, G, R]") from None
            return (b, g, r)
        try:
            vals = tuple(value)
        except TypeError:
            raise self._fail(value, "must be #RRGGBB or [B, G, R]") from None
        if len(vals) != 3 or not all(
            isinstance(c, (int, np.integer)) and not isinstance(c, bool) and 0 <= c <= 255 for c in vals
        ):
            raise self._fail(value, "must be three integers 0..255 (B, G, R)")
        return int(vals[0]), int(vals[1]), int(vals[2])


# ----------------------------------------------------------------------------------------------
# Op record and registry
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Op:
    """One registered operation.

    name    unique id used in pipeline JSON (snake_case)
    family  one of FAMILIES (GUI groups the "add step" menu by it)
    label   display name
    func    plain function (img, **params) -> img
    params  tuple of ParamSpec, in display order
    doc     one paragraph shown as help
    """

    name: str
    family: str
    label: str
    func: Callable[..., np.ndarray]
    params: tuple[ParamSpec, ...] = ()
    doc: str = ""

    def param(self, name: str) -> ParamSpec:
        for p in self.params:
            if p.name == name:
                return p
        raise ParamError(f"op {self.name!r} has no parameter {name!r}")

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def validate(self, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Complete `params` with defaults and validate each value strictly.
        Unknown keys raise ParamError. Returns a new dict in spec order."""
        params = dict(params or {})
        unknown = set(params) - {p.name for p in self.params}
        if unknown:
            raise ParamError(
                f"op {self.name!r}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                f"known: {', '.join(p.name for p in self.params) or 'none'}"
            )
        out = {}
        for p in self.params:
            try:
                out[p.name] = p.validate(params.get(p.name, p.default))
            except ParamError as e:
                raise ParamError(f"op {self.name!r}: {e}") from None
        return out

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        """Params for a copy of the image resized by `scale`: pixel sizes (kernel sizes, sigmas,
        areas) scaled and snapped to what the spec allows (odd kernels stay odd)."""
        if scale == 1.0:
            return params
        out = dict(params)
        for p in self.params:
            if getattr(p, "unit", "") and p.name in out:
                out[p.name] = p.scaled(out[p.name], scale)  # type: ignore[attr-defined]  # the params with a unit
        return out

    def __call__(self, img: np.ndarray, **params: Any) -> np.ndarray:
        check_image(img)
        return self.func(img, **self.validate(params))


FAMILIES = (
    "color",
    "contrast",
    "blur",
    "sharpen",
    "edges",
    "morphology",
    "threshold",
    "masking",
    "geometry",
    "contours",
)
FAMILY_LABELS = {
    "color": "Color & channels",
    "contrast": "Brightness & contrast",
    "blur": "Blur",
    "sharpen": "Sharpen",
    "edges": "Edges",
    "morphology": "Morphology",
    "threshold": "Threshold",
    "masking": "Masking",
    "geometry": "Geometry",
    "contours": "Contours & components",
}

_REGISTRY: dict[str, Op] = {}

_Func = TypeVar("_Func", bound=Callable[..., np.ndarray])


def register(
    name: str, family: str, label: str, params: list[ParamSpec] | tuple[ParamSpec, ...] = (), doc: str = ""
) -> Callable[[_Func], _Func]:
    """Decorator: register a plain function as an op. The function stays a plain function."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}")

    def deco(func: _Func) -> _Func:
        if name in _REGISTRY:
            raise ValueError(f"op {name!r} registered twice")
        _REGISTRY[name] = Op(
            name,
            family,
            label,
            func,
            tuple(params),
            doc or (func.__doc__ or "").strip().split("\n\n")[0].replace("\n", " "),
        )
        return func

    return deco


def check_image(img: Any) -> None:
    """Raise ParamError unless img is gray HxW or BGR HxWx3, uint8 or uint16, non-empty."""
    if not isinstance(img, np.ndarray):
        raise ParamError(f"image must be a numpy array, got {type(img).__name__}")
    if img.dtype not in (np.uint8, np.uint16):
        raise ParamError(f"image must be uint8 or uint16, got {img.dtype}")
    if not (img.ndim == 2 or (img.ndim == 3 and img.shape[2] == 3)) or img.size == 0:
        raise ParamError(f"image must be gray HxW or BGR HxWx3, got shape {img.shape}")
