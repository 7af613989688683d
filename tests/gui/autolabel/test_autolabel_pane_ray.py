"""Auto-label pane with Engine = Ray cluster (a private local Ray instance: empty address, token auth,
on 127.0.0.2): the run behaves as a local one in the pane (progress, summary, preview) and writes the
same labels."""

from __future__ import annotations

import importlib.util

import pytest

from tests.support.autolabel_data import MODEL, make_images, shared_cache_dir, tree_bytes
from tests.support.ray_driver import drive

# the Ray extra is installed by `make install`; a missing one is a failure, not a skip
assert importlib.util.find_spec("ray") is not None, "ray is not installed: pip install -e '.[dev,ray]' (make install)"


def test_engine_choice_reaches_the_engine(pane):
    assert pane.options().engine == "local" and not pane.ray_address.isEnabled()
    pane.engine.setCurrentIndex(pane.engine.findData("ray"))
    assert pane.ray_address.isEnabled()
    pane.ray_address.setText(" 10.0.0.5:6379 ")
    o = pane.options()
    assert o.engine == "ray" and o.ray_address == "10.0.0.5:6379"
    pane.ray_address.setText("")
    assert pane.options().ray_address is None  # a private local Ray instance


def _run_in_the_pane(ds: str, out: str, timeout: float = 200) -> dict:
    """(In the driver process.) The Auto-label pane, real and offscreen, on `ds` with Engine = Ray
    cluster, run from its Start button to its end; what the pane shows then."""
    import time

    import app.gui  # noqa: F401 - undo OpenCV's Qt plugin path before PyQt6 loads

    # isort: split
    from PyQt6.QtWidgets import QApplication

    from app.gui.autolabel.pane import Pane
    from app.gui.common.context import AppContext

    qapp = QApplication.instance() or QApplication([])

    def wait_until(done, what: str) -> None:
        end = time.monotonic() + timeout
        while not done():
            if time.monotonic() > end:
                raise TimeoutError(f"the pane did not {what} within {timeout} s")
            qapp.processEvents()
            time.sleep(0.01)

    ctx = AppContext()
    ctx.set_model(MODEL)
    pane = Pane(ctx)
    pane.resize(1200, 800)
    pane.show()
    wait_until(lambda: len(pane.names) == 5, "read the class names")
    pane.source_edit.setText(ds)
    pane.out_edit.setText(out)
    pane.precision.setCurrentIndex(pane.precision.findData("exact"))
    pane.engine.setCurrentIndex(pane.engine.findData("ray"))
    assert pane.options().engine == "ray" and pane.options().ray_address is None  # a private local instance
    pane.start_btn.click()
    wait_until(lambda: pane.worker is None, "finish the run")
    return {
        "bar": (pane.bar.value(), pane.bar.maximum()),
        "summary": pane.summary.text(),
        "errors": [pane.error_list.item(i).text() for i in range(pane.error_list.count())],
        "preview": pane.view.image() is not None,
        "backend": pane.options().backend,
    }


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_ray_run_in_the_pane_equals_local(tmp_path, tmp_path_factory, monkeypatch):
    """The pane runs in a child process (tests.support.ray_driver): a Ray instance that hangs or
    goes away fails this test with its output, not the test session."""
    from app.core.autolabel.engine.local import AutolabelOptions, autolabel

    monkeypatch.setenv("LABELBENCH_CACHE", str(shared_cache_dir(tmp_path_factory)))
    make_images(tmp_path / "ds", 8)
    (tmp_path / "ds" / "images" / "broken.jpg").write_bytes(b"this is not a picture\n")
    shown = drive(_run_in_the_pane, str(tmp_path / "ds"), str(tmp_path / "ray"), timeout=240)
    assert shown["bar"] == (9, 9)
    assert "8 labeled" in shown["summary"] and "1 failed" in shown["summary"]
    assert len(shown["errors"]) == 1 and "broken.jpg" in shown["errors"][0]
    assert shown["preview"]
    local = autolabel(
        tmp_path / "ds",
        MODEL,
        AutolabelOptions(out=str(tmp_path / "local"), precision="exact", backend=shown["backend"]),
    )
    assert local["labeled"] == 8
    assert tree_bytes(tmp_path / "ray") == tree_bytes(tmp_path / "local")
