"""The op registry: OpenCV operations as plain functions with typed parameter specs.

Importing this package registers every family module. Public API (see spec.py):
`get_op(name)`, `all_ops()`, `families()`, `register`, the ParamSpec classes and `Op`.
"""
from app.core.pipeline.ops.spec import (FAMILIES, FAMILY_LABELS, BoolParam, ColorParam, EnumParam, FloatParam,
                               IntParam, Op, ParamError, ParamSpec, UnknownOpError, all_ops, check_image,
                               families, get_op, register)
from app.core.pipeline.ops import (color, contrast, blur, sharpen, edges, morphology, threshold_ops,  # noqa: F401,E402
                          masking, geometry, contours)

__all__ = ["FAMILIES", "FAMILY_LABELS", "BoolParam", "ColorParam", "EnumParam", "FloatParam", "IntParam",
           "Op", "ParamError", "ParamSpec", "UnknownOpError", "all_ops", "check_image", "families",
           "get_op", "register"]
