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


def settle(app, n=30):
    for _ in range(n):
        app.processEvents()
        time.sleep(0.005)


def open_review_pane(app, yaml_path, width: int, height: int):
    """The styled Review pane shown at width x height on the dataset `yaml_path`, its first image
    open, the queue and the background index refresh done."""
    from app.gui.common.context import AppContext
    from app.gui.common.style import apply_style
    from app.gui.review.pane import Pane

    apply_style(app)
    ctx = AppContext()
    pane = Pane(ctx)
    pane.resize(width, height)
    pane.show()
    ctx.set_dataset(yaml_path.parent, yaml_path)
    wait(app, lambda: pane.doc is not None and not pane.queue.model.loading)
    wait(app, lambda: pane._refresh_job is None or not pane._refresh_job.busy)
    return pane
