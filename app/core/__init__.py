"""Pure-Python core: numpy, OpenCV, Ultralytics, SQLite. Never imports Qt or widgets."""
