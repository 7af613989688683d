"""Shared by the screenshot scripts: spin the Qt event loop until a condition holds."""
from __future__ import annotations

import time


def wait(app, cond, timeout: float = 60.0) -> None:
    t0 = time.time()
    while not cond():
        if time.time() - t0 > timeout:
            raise TimeoutError("screenshot step timed out")
        app.processEvents()
        time.sleep(0.01)
