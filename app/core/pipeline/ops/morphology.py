"""Erode, dilate, open, close, gradient, top-hat, black-hat with a chosen kernel shape."""

import cv2
import numpy as np

from app.core.pipeline.ops._util import make_kernel
from app.core.pipeline.ops.spec import EnumParam, IntParam, ParamSpec, register

_MORPH = {
    "erode": cv2.MORPH_ERODE,
    "dilate": cv2.MORPH_DILATE,
    "open": cv2.MORPH_OPEN,
    "close": cv2.MORPH_CLOSE,
    "gradient": cv2.MORPH_GRADIENT,
    "tophat": cv2.MORPH_TOPHAT,
    "blackhat": cv2.MORPH_BLACKHAT,
}


def _params(ksize: int = 5) -> list[ParamSpec]:
    return [
        EnumParam(
            "shape",
            "Kernel shape",
            "ellipse",
            choices=("rect", "ellipse", "cross"),
            labels=("Rectangle", "Ellipse", "Cross"),
        ),
        IntParam("ksize", "Kernel size", ksize, min=1, max=99, odd_only=True, unit="px"),
        IntParam("iterations", "Iterations", 1, min=1, max=20),
    ]


def morph(img: np.ndarray, operation: str, shape: str = "ellipse", ksize: int = 5, iterations: int = 1) -> np.ndarray:
    """cv2.morphologyEx with a shape x ksize structuring element (8- and 16-bit, gray or BGR)."""
    out: np.ndarray = cv2.morphologyEx(img, _MORPH[operation], make_kernel(shape, ksize), iterations=iterations)
    return out


@register("erode", "morphology", "Erode", _params())
def erode(img: np.ndarray, shape: str = "ellipse", ksize: int = 5, iterations: int = 1) -> np.ndarray:
    """Minimum over the kernel: shrinks bright regions."""
    return morph(img, "erode", shape, ksize, iterations)


@register("dilate", "morphology", "Dilate", _params())
def dilate(img: np.ndarray, shape: str = "ellipse", ksize: int = 5, iterations: int = 1) -> np.ndarray:
    """Maximum over the kernel: grows bright regions."""
    return morph(img, "dilate", shape, ksize, iterations)


@register("open", "morphology", "Open", _params())
def open_(img: np.ndarray, shape: str = "ellipse", ksize: int = 5, iterations: int = 1) -> np.ndarray:
    """Erode then dilate: removes small bright specks."""
    return morph(img, "open", shape, ksize, iterations)


@register("close", "morphology", "Close", _params())
def close(img: np.ndarray, shape: str = "ellipse", ksize: int = 5, iterations: int = 1) -> np.ndarray:
    """Dilate then erode: fills small dark holes."""
    return morph(img, "close", shape, ksize, iterations)


@register("morph_gradient", "morphology", "Morphological gradient", _params())
def morph_gradient(img: np.ndarray, shape: str = "ellipse", ksize: int = 5, iterations: int = 1) -> np.ndarray:
    """Dilation minus erosion: object outlines."""
    return morph(img, "gradient", shape, ksize, iterations)


@register("tophat", "morphology", "Top-hat", _params(15))
def tophat(img: np.ndarray, shape: str = "ellipse", ksize: int = 15, iterations: int = 1) -> np.ndarray:
    """Image minus its opening: small bright details on an uneven background."""
    return morph(img, "tophat", shape, ksize, iterations)


@register("blackhat", "morphology", "Black-hat", _params(15))
def blackhat(img: np.ndarray, shape: str = "ellipse", ksize: int = 15, iterations: int = 1) -> np.ndarray:
    """Closing minus image: small dark details on an uneven background."""
    return morph(img, "blackhat", shape, ksize, iterations)
