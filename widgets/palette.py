"""The one class-colour palette: class k has the same colour in the auto-label preview, the Review
canvas and list, and the Evaluate plots. Also the colours of training runs in the loss plots.

    class_rgb(3) -> (72, 249, 10); class_bgr(3) for OpenCV drawing; class_color(3) -> QColor
"""

from __future__ import annotations

from PyQt6.QtGui import QColor

# Ultralytics' 20 class colours (what its own plots use), as hex RGB
CLASS_HEX = (
    "#FF3838",
    "#00C2FF",
    "#FFB21D",
    "#48F90A",
    "#CB38FF",
    "#FF37C7",
    "#1A9334",
    "#FF701F",
    "#6473FF",
    "#00D4BB",
    "#CFD231",
    "#8438FF",
    "#3DDB86",
    "#FF95C8",
    "#2C99A8",
    "#92CC17",
    "#344593",
    "#FF9D97",
    "#0018EC",
    "#520085",
)
CLASS_RGB = tuple((int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)) for h in CLASS_HEX)
# one colour per training run in the loss plots (runs are not classes)
RUN_RGB = ((61, 142, 232), (236, 138, 54), (88, 190, 120), (200, 96, 200), (230, 200, 70), (110, 200, 220))


def class_rgb(class_id: int) -> tuple[int, int, int]:
    return CLASS_RGB[int(class_id) % len(CLASS_RGB)]


def class_bgr(class_id: int) -> tuple[int, int, int]:
    r, g, b = class_rgb(class_id)
    return b, g, r


def class_color(class_id: int) -> QColor:
    return QColor(*class_rgb(class_id))
