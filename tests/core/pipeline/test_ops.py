"""The op registry: every op on gray / BGR, 8 / 16-bit; parameter specs and their limits;
numbers checked against direct OpenCV calls or hand-made images."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.core.pipeline.ops import (
    FAMILIES,
    BoolParam,
    ColorParam,
    EnumParam,
    FloatParam,
    IntParam,
    ParamError,
    UnknownOpError,
    all_ops,
    families,
    get_op,
)

RNG = np.random.default_rng(7)


def _photo(h=48, w=64):
    """A small 'real-looking' BGR image: gradient + blobs + noise (not just noise)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.dstack([xx / w * 200, yy / h * 180, (xx + yy) / (w + h) * 255])
    cv2.circle(img, (w // 3, h // 2), h // 5, (250, 30, 40), -1)
    cv2.rectangle(img, (w // 2, h // 4), (w - 6, h - 8), (20, 220, 90), -1)
    img += RNG.normal(0, 6, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)


BGR8 = _photo()
INPUTS = {
    "gray8": cv2.cvtColor(BGR8, cv2.COLOR_BGR2GRAY),
    "bgr8": BGR8,
    "gray16": cv2.cvtColor(BGR8, cv2.COLOR_BGR2GRAY).astype(np.uint16) * 257
    + RNG.integers(0, 200, BGR8.shape[:2]).astype(np.uint16),
    "bgr16": BGR8.astype(np.uint16) * 257,
}
# ops whose result is always an 8-bit mask / overlay (whatever the input depth)
EIGHT_BIT_OUT = {
    "threshold",
    "auto_threshold",
    "opencv_threshold",
    "adaptive_threshold",
    "canny",
    "in_range",
    "contours",
    "connected_components",
}
GRAY_OUT = {"gray", "channel", "auto_threshold", "opencv_threshold", "adaptive_threshold", "canny", "in_range"}
COLOR_OUT = {"convert_color", "contours"}
RESHAPING = {"resize", "crop", "rotate"}
# (op, input) pairs a spec documents as impossible with non-default params are tested separately
OPS = all_ops()


def test_registry_has_at_least_25_ops_in_every_family():
    assert len(OPS) >= 25
    names = [op.name for op in OPS]
    assert len(set(names)) == len(names)
    fams = families()
    assert list(fams) == [f for f in FAMILIES if f in fams]
    for fam in (
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
    ):
        assert fams[fam], fam
    for needed in (
        "gray",
        "channel",
        "convert_color",
        "brightness_contrast",
        "gamma",
        "equalize_hist",
        "clahe",
        "gaussian_blur",
        "median_blur",
        "bilateral",
        "box_blur",
        "sharpen",
        "unsharp_mask",
        "sobel",
        "scharr",
        "laplacian",
        "canny",
        "erode",
        "dilate",
        "open",
        "close",
        "morph_gradient",
        "tophat",
        "blackhat",
        "in_range",
        "resize",
        "crop",
        "rotate",
        "flip",
        "contours",
        "connected_components",
    ):
        assert get_op(needed).name == needed
    for op in OPS:
        assert op.label and op.doc, op.name
        assert op.validate({}) == op.defaults()


def test_unknown_op_suggests_close_names():
    with pytest.raises(UnknownOpError, match="did you mean gaussian_blur"):
        get_op("gausian_blur")


@pytest.mark.parametrize("kind", list(INPUTS))
@pytest.mark.parametrize("op", OPS, ids=[o.name for o in OPS])
def test_every_op_on_gray_color_8_and_16_bit(op, kind):
    img = INPUTS[kind]
    before = img.copy()
    out = op(img)
    assert np.array_equal(img, before), "ops must not modify their input"
    assert isinstance(out, np.ndarray)
    assert out.dtype == (np.uint8 if op.name in EIGHT_BIT_OUT else img.dtype)
    if op.name in GRAY_OUT:
        assert out.ndim == 2
    elif op.name in COLOR_OUT:
        assert out.ndim == 3 and out.shape[2] == 3
    elif op.name == "connected_components":
        assert out.ndim == 3
    else:
        assert out.ndim == img.ndim and out.shape[2:] == img.shape[2:]
    if op.name not in RESHAPING:
        assert out.shape[:2] == img.shape[:2]
    assert out.size > 0


def _numeric_specs():
    for op in OPS:
        for spec in op.params:
            if isinstance(spec, (IntParam, FloatParam)):
                yield op, spec


NUMERIC = list(_numeric_specs())


@pytest.mark.parametrize("op,spec", NUMERIC, ids=[f"{o.name}.{s.name}" for o, s in NUMERIC])
def test_parameter_limits_accepted_at_both_ends_and_rejected_outside(op, spec):
    lo, hi = spec.limits(np.uint8)
    ends = [lo, hi]
    if isinstance(spec, IntParam) and spec.odd_only:
        ends = [lo if lo % 2 else lo + 1, hi if hi % 2 else hi - 1]
    for v in ends:
        params = op.validate({spec.name: v})
        out = op.func(INPUTS["gray8"], **params)  # runs at the extreme value
        assert out.size > 0
    with pytest.raises(ParamError, match=spec.name):
        op.validate({spec.name: lo - (1 if isinstance(spec, IntParam) else 0.5)})
    with pytest.raises(ParamError, match=spec.name):
        op.validate({spec.name: max(hi, spec.max16 or hi) + 1})
    with pytest.raises(ParamError):
        op.validate({spec.name: "5"})


@pytest.mark.parametrize(
    "name",
    [
        "gaussian_blur",
        "median_blur",
        "erode",
        "open",
        "tophat",
        "laplacian",
        "unsharp_mask",
        "adaptive_threshold",
        "sobel",
    ],
)
def test_odd_kernels_only(name):
    op = get_op(name)
    spec = next(p for p in op.params if isinstance(p, IntParam) and p.odd_only)
    with pytest.raises(ParamError, match="must be odd"):
        op(INPUTS["gray8"], **{spec.name: spec.default + 1})
    assert spec.coerce(spec.default + 1) % 2 == 1
    assert spec.coerce(10_000) == (spec.max if spec.max % 2 else spec.max - 1)


def test_param_spec_types():
    i = IntParam("k", "K", 5, min=1, max=9, step=2)
    assert i.validate(7) == 7 and i.validate(7.0) == 7
    for bad in (6, 7.5, True, None, 11):
        with pytest.raises(ParamError):
            i.validate(bad)
    assert i.coerce(6.2) == 7 and i.coerce(-3) == 1
    f = FloatParam("s", "S", 1.0, min=0.0, max=2.0)
    assert f.validate(2) == 2.0 and f.coerce(5) == 2.0
    with pytest.raises(ParamError):
        f.validate(float("nan"))
    e = EnumParam("m", "M", "a", choices=("a", "b"), labels=("Alpha", "Beta"))
    assert e.validate("b") == "b" and e.display("b") == "Beta" and e.coerce(1) == "b"
    with pytest.raises(ParamError, match="one of a, b"):
        e.validate("c")
    b = BoolParam("x", "X", False)
    assert b.validate(1) is True and b.validate(np.bool_(False)) is False
    with pytest.raises(ParamError):
        b.validate("yes")
    c = ColorParam("c", "C", (0, 0, 255))
    assert c.validate("#ff8000") == (0, 128, 255) and c.validate([1, 2, 3]) == (1, 2, 3)
    for bad in ((1, 2), (0, 0, 256), "red"):
        with pytest.raises(ParamError):
            c.validate(bad)
    d = i.to_dict()
    assert d["kind"] == "int" and d["min"] == 1 and d["max"] == 9 and d["odd_only"] is False
    t = get_op("threshold").param("level")
    assert t.limits(np.uint8) == (0, 255) and t.limits(np.uint16) == (0, 65535)


def test_unknown_parameter_and_bad_image_are_rejected():
    with pytest.raises(ParamError, match="unknown parameter"):
        get_op("gaussian_blur").validate({"kernel": 3})
    with pytest.raises(ParamError, match="uint8 or uint16"):
        get_op("gray")(np.zeros((4, 4), np.float32))
    with pytest.raises(ParamError, match="shape"):
        get_op("gray")(np.zeros((4, 4, 4), np.uint8))


# ---------------------------------------------------------------------------- behaviour, by numbers
G8 = INPUTS["gray8"]


def test_blurs_equal_opencv():
    assert np.array_equal(get_op("gaussian_blur")(BGR8, ksize=7, sigma=1.5), cv2.GaussianBlur(BGR8, (7, 7), 1.5))
    assert np.array_equal(get_op("median_blur")(G8, ksize=5), cv2.medianBlur(G8, 5))
    assert np.array_equal(get_op("box_blur")(G8, ksize=4), cv2.blur(G8, (4, 4)))
    assert np.array_equal(get_op("bilateral")(BGR8), cv2.bilateralFilter(BGR8, 9, 75, 75))
    salt = np.full((20, 20), 100, np.uint8)
    salt[5, 5] = 255
    assert get_op("median_blur")(salt, ksize=3).max() == 100
    with pytest.raises(ValueError, match="3 or 5"):
        get_op("median_blur")(INPUTS["gray16"], ksize=7)


def test_morphology_removes_speck_and_fills_hole():
    img = np.zeros((40, 40), np.uint8)
    img[10:30, 10:30] = 255
    img[2, 2] = 255  # speck
    img[20, 20] = 0  # hole
    opened = get_op("open")(img, shape="rect", ksize=3)
    assert opened[2, 2] == 0 and opened[15, 15] == 255
    closed = get_op("close")(img, shape="rect", ksize=3)
    assert closed[20, 20] == 255
    assert np.count_nonzero(get_op("erode")(img, shape="rect", ksize=3)) < np.count_nonzero(img)
    grad = get_op("morph_gradient")(img, shape="rect", ksize=3)
    assert grad[20, 10] == 255 and grad[15, 15] == 0
    img16 = img.astype(np.uint16) * 257
    assert np.array_equal(get_op("open")(img16, shape="rect", ksize=3), opened.astype(np.uint16) * 257)


def test_contrast_ops():
    assert np.array_equal(get_op("brightness_contrast")(BGR8), BGR8)
    assert np.array_equal(get_op("gamma")(INPUTS["gray16"], gamma=1.0), INPUTS["gray16"])
    assert get_op("brightness_contrast")(G8, brightness=255).min() == 255
    assert np.array_equal(get_op("invert")(get_op("invert")(INPUTS["bgr16"])), INPUTS["bgr16"])
    eq16 = get_op("equalize_hist")(INPUTS["gray16"])
    assert eq16.max() == 65535 and eq16.dtype == np.uint16
    assert np.array_equal(get_op("equalize_hist")(G8), cv2.equalizeHist(G8))
    low = (G8 // 4 + 60).astype(np.uint8)
    st = get_op("normalize")(low)
    assert st.min() == 0 and st.max() == 255
    dark = get_op("gamma")(G8, gamma=2.0)
    assert dark.mean() < G8.mean()


def test_edges():
    flat = np.full((30, 30), 77, np.uint8)
    assert get_op("sobel")(flat).max() == 0 and get_op("laplacian")(flat).max() == 0
    step = np.zeros((30, 30), np.uint8)
    step[:, 15:] = 200
    sx = get_op("sobel")(step, direction="x")
    assert sx[:, 14:16].min() > 0 and sx[:, :12].max() == 0
    assert get_op("sobel")(step, direction="y").max() == 0
    edges = get_op("canny")(step)
    assert set(np.unique(edges)) == {0, 255} and edges[:, 14:16].any()
    e16 = get_op("canny")(step.astype(np.uint16) * 257)
    assert np.array_equal(e16, edges)


def test_color_channel_and_in_range():
    red = np.zeros((10, 20, 3), np.uint8)
    red[:, :10] = (0, 0, 255)  # red half
    red[:, 10:] = (255, 0, 0)  # blue half
    hsv = get_op("convert_color")(red, space="hsv")
    assert hsv[0, 0, 0] == 0 and hsv[0, 15, 0] == 120
    assert np.array_equal(get_op("channel")(red, space="bgr", index=2)[:, :10], np.full((10, 10), 255, np.uint8))
    mask = get_op("in_range")(red, space="hsv", low0=0, high0=10, low1=100, high1=255, low2=100, high2=255)
    assert mask[:, :10].min() == 255 and mask[:, 10:].max() == 0
    kept = get_op("in_range")(
        red, space="hsv", low0=0, high0=10, low1=100, high1=255, low2=100, high2=255, output="masked"
    )
    assert np.array_equal(kept[:, :10], red[:, :10]) and kept[:, 10:].max() == 0


def test_geometry():
    img = np.arange(12 * 20, dtype=np.uint8).reshape(12, 20)
    assert np.array_equal(get_op("rotate")(img, angle=90), cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE))
    assert get_op("rotate")(img, angle=45).shape == (23, 23)
    assert get_op("rotate")(img, angle=45, expand=False).shape == img.shape
    assert np.array_equal(get_op("crop")(img, left=25, top=50, right=75, bottom=100), img[6:12, 5:15])
    with pytest.raises(ValueError, match="right must be > left"):
        get_op("crop")(img, left=60, right=40)
    assert np.array_equal(get_op("flip")(img, axis="vertical"), img[::-1])
    assert get_op("resize")(img, scale=2.0, interpolation="nearest").shape == (24, 40)


def _rects():
    img = np.zeros((60, 80), np.uint8)
    img[5:15, 10:40] = 255  # 30x10, aspect 3
    img[30:50, 50:60] = 255  # 10x20, aspect 0.5
    img[40:42, 5:7] = 255  # tiny 2x2
    return img


def test_contours_filter_and_overlay():
    from app.core.pipeline.ops.contours import find_boxes

    _, boxes = find_boxes(_rects())
    assert boxes.tolist() == [[10, 5, 30, 10], [50, 30, 10, 20], [5, 40, 2, 2]]
    _, boxes = find_boxes(_rects(), min_area=10)
    assert len(boxes) == 2
    _, boxes = find_boxes(_rects(), min_area=10, max_aspect=1.0)
    assert boxes.tolist() == [[50, 30, 10, 20]]
    out = get_op("contours")(_rects(), min_area=10, draw="boxes", color=(0, 0, 255), thickness=1)
    assert out.shape == (60, 80, 3) and tuple(out[5, 10]) == (0, 0, 255) and tuple(out[29, 49]) == (0, 0, 0)


def test_connected_components():
    cc = get_op("connected_components")
    colors = cc(_rects())
    assert len({tuple(c) for c in colors.reshape(-1, 3)}) == 4  # background + 3 components
    mask = cc(_rects(), min_area=10, output="mask")
    assert mask[41, 6] == 0 and mask[10, 20] == 255 and mask[40, 55] == 255
    largest = cc(_rects(), output="largest")
    assert largest[10, 20] == 255 and largest[40, 55] == 0  # 300 px beats 200 px
    assert cc(_rects(), connectivity="4", output="mask").max() == 255
