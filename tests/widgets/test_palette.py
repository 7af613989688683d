"""One class-colour palette: the auto-label preview, the Review canvas and the Evaluate plots agree."""

from __future__ import annotations

import numpy as np

from widgets.palette import CLASS_RGB, class_bgr, class_color, class_rgb


def test_every_view_takes_class_colours_from_the_one_palette(qapp):
    from app.gui.autolabel.worker import draw_boxes
    from app.gui.review import controls
    from widgets.canvas import box_canvas

    assert box_canvas.class_color is class_color and controls.class_color is class_color
    for k in (0, 3, 7, len(CLASS_RGB) + 2):
        c = class_color(k)
        assert (c.red(), c.green(), c.blue()) == class_rgb(k) == class_bgr(k)[::-1]
        img = np.zeros((200, 200, 3), np.uint8)
        out = draw_boxes(img, [k], [[0.5, 0.6, 0.5, 0.5]], [0.9], ["x"] * (k + 1))
        assert tuple(int(v) for v in out[120, 50]) == class_bgr(k)  # left edge of the box (BGR)


def test_evaluate_plots_colour_classes_with_the_palette():
    import app.gui.evaluate.views as views

    assert views.class_rgb is class_rgb
