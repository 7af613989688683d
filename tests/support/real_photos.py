"""Real photos for tests, built at test time from what installed packages ship (no download):
Ultralytics' `assets/*.jpg` (bus, zidane) and, when scikit-image is installed, some of
`skimage/data` (astronaut, coffee, chelsea, rocket, motorcycle). Beside the plain copies, the
variants that are hard for readers and models:

  bus_exif6.jpg, zidane_exif3.jpg, astronaut_exif8.jpg  EXIF orientation 6 / 3 / 8 (pixels stored
                                                         turned, the tag turns them back)
  bus_cmyk.jpg                                          a CMYK JPEG
  zidane_16bit.png                                      16-bit RGB PNG
  zidane_strip.jpg                                      a 12:1 strip (1200 x 100)
  bus_tiny.png                                          24 x 32 pixels
  bus_crowd.jpg                                         the crowded part of bus.jpg (people side by side)
  straße_カメラ.jpg                                      a non-ASCII file name

    folder = build_real_photos(tmp_path / "photos")      # -> folder/*.jpg|png
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

SKIMAGE = ("astronaut.png", "coffee.png", "chelsea.png", "rocket.jpg", "motorcycle_left.png")
VARIANTS = (
    "bus_exif6.jpg",
    "zidane_exif3.jpg",
    "astronaut_exif8.jpg",
    "bus_cmyk.jpg",
    "zidane_16bit.png",
    "zidane_strip.jpg",
    "bus_tiny.png",
    "bus_crowd.jpg",
    "straße_カメラ.jpg",
)


def ultralytics_assets() -> Path:
    import ultralytics

    return Path(ultralytics.__file__).parent / "assets"


def skimage_data() -> Path | None:
    try:
        import skimage
    except ImportError:
        return None
    d = Path(skimage.__file__).parent / "data"
    return d if d.is_dir() else None


def _with_orientation(src_rgb: np.ndarray, tag: int, path: Path) -> None:
    """Store the pixels turned so that EXIF `tag` turns them back upright."""
    from PIL import Image

    undo = {6: Image.Transpose.ROTATE_90, 3: Image.Transpose.ROTATE_180, 8: Image.Transpose.ROTATE_270}[tag]
    im = Image.fromarray(src_rgb).transpose(undo)
    exif = Image.Exif()
    exif[0x0112] = tag
    im.save(path, quality=92, exif=exif.tobytes())


def build_real_photos(out: Path) -> Path:
    """Write the photos and their variants into `out` (created); returns `out`."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    assets = ultralytics_assets()
    for name in ("bus.jpg", "zidane.jpg"):
        (out / name).write_bytes((assets / name).read_bytes())
    bus = cv2.imread(str(assets / "bus.jpg"))
    zidane = cv2.imread(str(assets / "zidane.jpg"))
    sk = skimage_data()
    astronaut = None
    if sk is not None:
        for name in SKIMAGE:
            if (sk / name).is_file():
                im = cv2.imread(str(sk / name), cv2.IMREAD_COLOR)
                if im is not None:
                    cv2.imwrite(str(out / (Path(name).stem + ".jpg")), im, [cv2.IMWRITE_JPEG_QUALITY, 95])
                    astronaut = im if name == "astronaut.png" else astronaut
    _with_orientation(bus[:, :, ::-1].copy(), 6, out / "bus_exif6.jpg")
    _with_orientation(zidane[:, :, ::-1].copy(), 3, out / "zidane_exif3.jpg")
    if astronaut is not None:
        _with_orientation(astronaut[:, :, ::-1].copy(), 8, out / "astronaut_exif8.jpg")
    Image.fromarray(bus[:, :, ::-1].copy()).convert("CMYK").save(out / "bus_cmyk.jpg", quality=92)
    cv2.imwrite(str(out / "zidane_16bit.png"), zidane.astype(np.uint16) * 257)
    cv2.imwrite(str(out / "zidane_strip.jpg"), zidane[300:400, 40:1240], [cv2.IMWRITE_JPEG_QUALITY, 95])
    cv2.imwrite(str(out / "bus_tiny.png"), cv2.resize(bus, (24, 32), interpolation=cv2.INTER_AREA))
    cv2.imwrite(str(out / "bus_crowd.jpg"), bus[380:920, 0:810], [cv2.IMWRITE_JPEG_QUALITY, 95])
    (out / "straße_カメラ.jpg").write_bytes((assets / "zidane.jpg").read_bytes())
    return out
