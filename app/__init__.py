"""LabelBench: tune OpenCV processing live, bulk auto-label with YOLO, review and evaluate."""

from app.core import offline as _offline

__version__ = "0.1.0"
_offline.configure()  # before anything imports Ultralytics: offline, no installs, no downloads
