"""The second look's mosaics: crops mirrored and packed 3x3 into one model input and the model's boxes mapped
back to each crop; images decoded again in order with read-ahead, unreadable ones skipped; and a
real second look on the demo model that reuses the first look's loaded model."""
from __future__ import annotations

import cv2
import numpy as np

from app.core.audit.zoom import GRID, TILE_GAP, _in_tile, _Mosaics, _read_ahead


def test_mosaic_places_nine_crops_and_maps_boxes_back(tmp_path):
    (tmp_path / "images").mkdir()
    m = _Mosaics(tmp_path, 640, GRID)
    rng = np.random.default_rng(0)
    crops = [rng.integers(0, 255, (60 + 10 * i, 80 + 5 * i, 3), np.uint8) for i in range(GRID * GRID + 2)]
    places = [m.add(c) for c in crops]
    m.flush()
    files = sorted((tmp_path / "images").glob("*.bmp"))
    assert len(files) == 2                                     # 11 crops: one full mosaic and a second one
    assert {p[0] for p in places[:9]} == {"images/000000.bmp"} and places[9][0] == "images/000001.bmp"
    mosaic = cv2.imread(str(files[0]))
    assert mosaic.shape == (640, 640, 3)
    tile = (640 - (GRID - 1) * TILE_GAP) // GRID
    for (_rel, x0, y0, sc), c in zip(places[:9], crops):
        ch, cw = c.shape[:2]
        assert sc == tile / max(cw, ch)                        # letterboxed into its tile, top-left
        assert x0 % (tile + TILE_GAP) == 0 and y0 % (tile + TILE_GAP) == 0
        placed = mosaic[y0:y0 + round(ch * sc), x0:x0 + round(cw * sc)]
        want = cv2.resize(c, (placed.shape[1], placed.shape[0]), interpolation=cv2.INTER_LINEAR)[:, ::-1]  # mirrored
        assert np.abs(placed.astype(int) - want.astype(int)).mean() < 1.0
    # a box the model found in tile 4 (centre tile), given in mosaic-normalized xywh, comes back in
    # that (mirrored) crop's own normalized coordinates; a box centred in another tile is not this crop's
    rel, x0, y0, sc = places[4]
    ch, cw = crops[4].shape[:2]
    crop_box = np.array([0.25, 0.5, 0.2, 0.4])                 # crop-normalized
    px = np.array([x0 + crop_box[0] * cw * sc, y0 + crop_box[1] * ch * sc, crop_box[2] * cw * sc,
                   crop_box[3] * ch * sc]) / 640
    other = np.array([0.05, 0.05, 0.02, 0.02])                 # in tile 0
    got = (np.array([2, 1]), np.stack([px, other]), np.array([0.9, 0.8]))
    pc, pb, pf = _in_tile(got, 640, (x0, y0, sc, cw, ch))
    assert pc.tolist() == [2] and pf.tolist() == [0.9]
    np.testing.assert_allclose(pb[0], crop_box, atol=1e-9)


def test_read_ahead_keeps_order_and_skips_unreadable(tmp_path):
    paths = []
    for i in range(7):
        p = tmp_path / f"{i}.png"
        if i == 3:
            p.write_bytes(b"not an image")
        else:
            cv2.imwrite(str(p), np.full((8 + i, 9, 3), i * 10, np.uint8))
        paths.append(str(p))
    got = list(_read_ahead(paths, 2))
    assert len(got) == 7 and got[3] is None
    assert [g.shape[0] for k, g in enumerate(got) if k != 3] == [8, 9, 10, 12, 13, 14]
    assert [int(g[0, 0, 0]) for k, g in enumerate(got) if k != 3] == [0, 10, 20, 40, 50, 60]
