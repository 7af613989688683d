"""app.core.io.images on the bad and unusual images users have: exact behaviour for each kind."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image
from ultralytics.utils.patches import imread as ultra_imread

from app.core.errors import ImageReadError
from app.core.io.images import list_images, oriented_size, read_image, read_image_reduced


def _photo(h=60, w=80):
    rng = np.random.default_rng(0)
    img = cv2.resize(rng.integers(0, 256, (6, 8, 3), dtype=np.uint8), (w, h), interpolation=cv2.INTER_CUBIC)
    img[5:15, 5:25] = (0, 0, 255)  # a red block at the top-left marks the orientation
    return img


def _jpeg_with_orientation(path, img_bgr, orientation):
    pil = Image.fromarray(cv2.cvtColor(img_bgr, cv2.COLOR_BGR2RGB))
    exif = Image.Exif()
    exif[0x0112] = orientation
    pil.save(path, "JPEG", quality=95, exif=exif.tobytes())


def test_unicode_path_reads_same_as_ultralytics(tmp_path):
    p = tmp_path / "검사_이미지.jpg"
    cv2.imencode(".jpg", _photo())[1].tofile(str(p))
    img = read_image(p)
    assert img.shape == (60, 80, 3) and img.dtype == np.uint8
    np.testing.assert_array_equal(img, ultra_imread(str(p)))


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_matches_ultralytics_loader(tmp_path, orientation):
    p = tmp_path / f"o{orientation}.jpg"
    _jpeg_with_orientation(p, _photo(), orientation)
    color = read_image(p)
    ref = ultra_imread(str(p))
    np.testing.assert_array_equal(color, ref)  # labels and display agree with training
    rotated = orientation in (5, 6, 7, 8)
    assert color.shape[:2] == ((80, 60) if rotated else (60, 80))
    assert oriented_size(p) == (color.shape[1], color.shape[0])
    unchanged = read_image(p, "unchanged")  # the process pane sees the same frame
    np.testing.assert_array_equal(unchanged, color)


def test_gray_png_unchanged_is_2d_and_color_is_3ch(tmp_path):
    p = tmp_path / "gray.png"
    g = _photo()[:, :, 1]
    cv2.imwrite(str(p), g)
    assert read_image(p, "unchanged").shape == (60, 80)
    np.testing.assert_array_equal(read_image(p, "unchanged"), g)
    c = read_image(p)
    assert c.shape == (60, 80, 3)
    np.testing.assert_array_equal(c, ultra_imread(str(p)))


def test_16bit_png_keeps_depth_unchanged_and_matches_ultralytics_in_color(tmp_path):
    p = tmp_path / "deep.png"
    deep = (np.arange(60 * 80, dtype=np.uint32).reshape(60, 80) * 13 % 65536).astype(np.uint16)
    cv2.imwrite(str(p), deep)
    u = read_image(p, "unchanged")
    assert u.dtype == np.uint16
    np.testing.assert_array_equal(u, deep)
    c = read_image(p)
    assert c.dtype == np.uint8 and c.shape == (60, 80, 3)
    np.testing.assert_array_equal(c, ultra_imread(str(p)))
    np.testing.assert_array_equal(c[:, :, 0], (deep >> 8).astype(np.uint8))


def test_rgba_png(tmp_path):
    p = tmp_path / "alpha.png"
    bgra = np.dstack([_photo(), np.full((60, 80), 128, np.uint8)])
    cv2.imwrite(str(p), bgra)
    u = read_image(p, "unchanged")
    assert u.shape == (60, 80, 4) and u[0, 0, 3] == 128
    c = read_image(p)
    assert c.shape == (60, 80, 3)
    np.testing.assert_array_equal(c, ultra_imread(str(p)))
    np.testing.assert_array_equal(c, bgra[:, :, :3])


def test_cmyk_jpeg_decodes_to_bgr(tmp_path):
    p = tmp_path / "cmyk.jpg"
    src = _photo()
    Image.fromarray(cv2.cvtColor(src, cv2.COLOR_BGR2RGB)).convert("CMYK").save(p, "JPEG", quality=95)
    assert Image.open(p).mode == "CMYK"
    c = read_image(p)
    assert c.shape == (60, 80, 3)
    np.testing.assert_array_equal(c, ultra_imread(str(p)))
    assert np.abs(c.astype(int) - src.astype(int)).mean() < 12  # colours survive the CMYK round trip


def test_png_named_jpg_is_read_by_content(tmp_path):
    p = tmp_path / "really_a_png.jpg"
    cv2.imencode(".png", _photo())[1].tofile(str(p))
    np.testing.assert_array_equal(read_image(p), _photo())


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.jpg", b"", "empty file (0 bytes)"),
        ("notes.jpg", b"hello, this is a text file\n" * 4, "not an image (the file is text)"),
        ("noise.png", bytes(range(7, 200)), "not an image (unrecognized file header)"),
        ("garbage.jpg", b"\xff\xd8\xff\xe0" + bytes(300) + b"\xff\xd9", "undecodable image data"),
        ("anim.jpg", b"GIF89a" + bytes(40), "GIF is not supported"),
    ],
)
def test_bad_files_raise_typed_error_naming_file(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(ImageReadError) as ei:
        read_image(p)
    assert ei.value.path == p
    assert str(ei.value).startswith(f"{p}: {reason}")


def test_truncated_jpeg_and_png(tmp_path):
    j, q = tmp_path / "cut.jpg", tmp_path / "cut.png"
    jb = cv2.imencode(".jpg", _photo())[1].tobytes()
    pb = cv2.imencode(".png", _photo())[1].tobytes()
    j.write_bytes(jb[: len(jb) // 2])
    q.write_bytes(pb[: len(pb) // 2])
    with pytest.raises(ImageReadError, match="truncated JPEG"):
        read_image(j)
    with pytest.raises(ImageReadError, match="truncated PNG"):
        read_image(q)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImageReadError, match="file not found"):
        read_image(tmp_path / "nope.jpg")
    d = tmp_path / "dir.jpg"
    d.mkdir()
    with pytest.raises(ImageReadError, match="folder"):
        read_image(d)


@pytest.fixture(scope="module")
def huge_jpeg(tmp_path_factory):
    p = tmp_path_factory.mktemp("huge") / "huge_20000.jpg"
    big = np.zeros((20000, 20000), np.uint8)
    big[:10000, :10000] = 200
    cv2.imwrite(str(p), big, [cv2.IMWRITE_JPEG_QUALITY, 50])
    del big
    return p


def test_very_large_image_is_refused_in_full_and_shown_reduced(huge_jpeg):
    with pytest.raises(ImageReadError, match=r"too large.*20000x20000"):
        read_image(huge_jpeg)
    img, scale = read_image_reduced(huge_jpeg, 4096)
    assert max(img.shape[:2]) <= 4096 and img.shape[2] == 3
    assert scale == pytest.approx(img.shape[1] / 20000)
    h, w = img.shape[:2]
    assert img[h // 4, w // 4].mean() > 150 and img[3 * h // 4, 3 * w // 4].mean() < 50


def test_list_images_recursive_sorted_skips_hidden(tmp_path):
    for rel in ["b/2.jpg", "b/1.PNG", "a.jpg", ".hidden/x.jpg", "notes.txt", "c/d/e.bmp"]:
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"x")
    got = [str(p)[len(str(tmp_path)) + 1 :] for p in list_images(tmp_path)]
    assert got == ["a.jpg", "b/1.PNG", "b/2.jpg", "c/d/e.bmp"]
