"""ImageView: fit, zoom about the cursor, 1:1, pan, pixel readout, linked views, big images."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QPoint, QPointF, Qt

from widgets.image_view import ImageView, format_pixel, link_views


def _view(qtbot, img, w=400, h=300):
    v = ImageView()
    qtbot.addWidget(v)
    v.resize(w, h)
    v.show()
    qtbot.waitExposed(v)
    v.set_image(img)
    return v


def test_fit_centres_and_scales(qtbot):
    v = _view(qtbot, np.zeros((100, 200, 3), np.uint8))
    assert v.zoom == 2.0  # 400/200 and 300/100 -> limited by width
    c = v.image_to_widget(QPointF(100, 50))
    assert (c.x(), c.y()) == (200.0, 150.0)


def test_wheel_zoom_keeps_point_under_cursor(qtbot):
    v = _view(qtbot, np.zeros((100, 200, 3), np.uint8))
    anchor = QPointF(100, 120)
    before = v.widget_to_image(anchor)
    v.zoom_by(1.25**3, anchor)
    after = v.widget_to_image(anchor)
    assert abs(before.x() - after.x()) < 1e-9 and abs(before.y() - after.y()) < 1e-9
    assert abs(v.zoom - 2.0 * 1.25**3) < 1e-9


def test_one_to_one_and_drag_pan(qtbot):
    v = _view(qtbot, np.zeros((1000, 1000), np.uint8))
    v.zoom_1_to_1()
    assert v.zoom == 1.0
    c0 = v.center()
    qtbot.mousePress(v, Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    qtbot.mouseMove(v, QPoint(150, 100))
    qtbot.mouseRelease(v, Qt.MouseButton.LeftButton, pos=QPoint(150, 100))
    c1 = v.center()
    assert (c1.x() - c0.x(), c1.y() - c0.y()) == (50.0, 50.0)  # content follows the mouse


def test_pixel_readout_reports_rgb_and_gray_and_16bit(qtbot):
    img = np.zeros((10, 20, 3), np.uint8)
    img[4, 7] = (10, 20, 30)  # BGR
    v = _view(qtbot, img)
    assert v.pixel_at(7, 4) == (30, 20, 10)  # shown as R, G, B
    assert v.pixel_at(20, 0) is None
    assert format_pixel(7, 4, (30, 20, 10)) == "x=7 y=4  R=30 G=20 B=10"
    deep = np.full((5, 5), 40000, np.uint16)
    v.set_image(deep)
    assert v.pixel_at(1, 1) == (40000,)  # the true 16-bit value, not the display byte
    with qtbot.waitSignal(v.pixelHovered, timeout=2000) as sig:
        qtbot.mouseMove(v, QPoint(200, 150))
    assert sig.args[2] == (40000,)


def test_linked_views_follow_each_other(qtbot):
    a = _view(qtbot, np.zeros((300, 300), np.uint8))
    b = _view(qtbot, np.zeros((300, 300), np.uint8))
    link_views(a, b)
    a.zoom_by(2.0, QPointF(50, 50))
    assert b.zoom == a.zoom and b.center() == a.center()
    b.set_view(3.0, 10, 20)
    assert a.zoom == 3.0 and (a.center().x(), a.center().y()) == (10.0, 20.0)


def test_12_megapixel_image_uses_a_screen_sized_pyramid_level(qtbot):
    big = np.random.default_rng(0).integers(0, 255, (3000, 4000, 3), dtype=np.uint8)
    v = _view(qtbot, big, 800, 600)
    level, scale = v._pick_level()
    assert level.width() <= 1024 and scale <= 0.25  # fit view paints from a small level, not 12 MP
    v.zoom_1_to_1()
    level, scale = v._pick_level()
    assert scale == 1.0 and level.width() == 4000
    img = v.grab().toImage()
    assert img.width() == 800
