"""The second look's mosaics: crops mirrored and packed 3x3 into one model input and the model's boxes mapped
back to each crop; images decoded again in order with read-ahead, unreadable ones skipped; and a
real second look on the demo model that reuses the first look's loaded model."""

from __future__ import annotations

import cv2
import numpy as np

from app.core.audit.zoom import GRID, TILE_GAP, _in_tile, _Mosaics, _read_or_none


def test_mosaic_places_nine_crops_and_maps_boxes_back(tmp_path):
    (tmp_path / "images").mkdir()
    m = _Mosaics(tmp_path, 640, GRID)
    rng = np.random.default_rng(0)
    crops = [rng.integers(0, 255, (60 + 10 * i, 80 + 5 * i, 3), np.uint8) for i in range(GRID * GRID + 2)]
    places = [m.add(c) for c in crops]
    m.flush()
    files = sorted((tmp_path / "images").glob("*.bmp"))
    assert len(files) == 2  # 11 crops: one full mosaic and a second one
    assert {p[0] for p in places[:9]} == {"images/000000.bmp"} and places[9][0] == "images/000001.bmp"
    mosaic = cv2.imread(str(files[0]))
    assert mosaic.shape == (640, 640, 3)
    tile = (640 - (GRID - 1) * TILE_GAP) // GRID
    for (_rel, x0, y0, sc), c in zip(places[:9], crops):
        ch, cw = c.shape[:2]
        assert sc == tile / max(cw, ch)  # letterboxed into its tile, top-left
        assert x0 % (tile + TILE_GAP) == 0 and y0 % (tile + TILE_GAP) == 0
        placed = mosaic[y0 : y0 + round(ch * sc), x0 : x0 + round(cw * sc)]
        want = cv2.resize(c, (placed.shape[1], placed.shape[0]), interpolation=cv2.INTER_LINEAR)[:, ::-1]  # mirrored
        assert np.abs(placed.astype(int) - want.astype(int)).mean() < 1.0
    # a box the model found in tile 4 (centre tile), given in mosaic-normalized xywh, comes back in
    # that (mirrored) crop's own normalized coordinates; a box centred in another tile is not this crop's
    rel, x0, y0, sc = places[4]
    ch, cw = crops[4].shape[:2]
    crop_box = np.array([0.25, 0.5, 0.2, 0.4])  # crop-normalized
    px = (
        np.array([x0 + crop_box[0] * cw * sc, y0 + crop_box[1] * ch * sc, crop_box[2] * cw * sc, crop_box[3] * ch * sc])
        / 640
    )
    other = np.array([0.05, 0.05, 0.02, 0.02])  # in tile 0
    got = (np.array([2, 1]), np.stack([px, other]), np.array([0.9, 0.8]))
    pc, pb, pf = _in_tile(got, 640, (x0, y0, sc, cw, ch))
    assert pc.tolist() == [2] and pf.tolist() == [0.9]
    np.testing.assert_allclose(pb[0], crop_box, atol=1e-9)


def test_second_look_decoding_is_close_to_exact_and_skips_unreadable(tmp_path):
    from app.core.dataset.synth.dataset import render
    from app.core.io.images import read_image

    img, _ = render(0, 7, (160, 120))  # a demo picture: shapes on clutter
    cv2.imwrite(str(tmp_path / "a.jpg"), img, [cv2.IMWRITE_JPEG_QUALITY, 90])
    (tmp_path / "bad.jpg").write_bytes(b"not an image")
    fast, exact = _read_or_none(str(tmp_path / "a.jpg")), read_image(tmp_path / "a.jpg")
    assert fast.shape == exact.shape == (120, 160, 3)
    diff = np.abs(fast.astype(int) - exact.astype(int))
    assert 0 < diff.mean() < 8.0  # approximate IDCT and upsampling: a few levels
    assert np.corrcoef(fast.ravel(), exact.ravel())[0, 1] > 0.97  # the same picture
    assert _read_or_none(str(tmp_path / "bad.jpg")) is None
