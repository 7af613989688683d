"""LabelBench: tune OpenCV processing live, bulk auto-label with YOLO, review and evaluate."""
__version__ = "0.1.0"
