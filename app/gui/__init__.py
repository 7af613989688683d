"""Qt views and workers. Imports app.core and widgets; never imported by them."""

import os

import cv2  # noqa: F401 - imported before PyQt6 so its Qt side effects can be undone below

# opencv-python bundles its own Qt 5 plugins and points Qt at them on import; PyQt6 would then
# fail to load its platform plugin ("could not load the Qt platform plugin xcb").
for _var in ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR"):
    if "cv2" in os.environ.get(_var, ""):
        os.environ.pop(_var)
