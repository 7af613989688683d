"""Auto-label pane with Engine = Ray cluster (a private local Ray instance: empty address): the run
behaves as a local one in the pane (progress, summary, preview) and writes the same labels."""
from __future__ import annotations

import importlib.util

import pytest

from tests.support.autolabel_data import MODEL, make_images, tree_bytes

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


@pytest.mark.timeout(300)
def test_ray_run_in_the_pane_equals_local(qtbot, pane, tmp_path):
    from app.core.autolabel.engine import AutolabelOptions, autolabel
    make_images(tmp_path / "ds", 8)
    (tmp_path / "ds" / "images" / "broken.jpg").write_bytes(b"this is not a picture\n")
    pane.source_edit.setText(str(tmp_path / "ds"))
    pane.out_edit.setText(str(tmp_path / "ray"))
    pane.precision.setCurrentIndex(pane.precision.findData("exact"))
    pane.engine.setCurrentIndex(pane.engine.findData("ray"))
    pane.start_btn.click()
    qtbot.waitUntil(lambda: pane.worker is None, timeout=240_000)
    assert pane.bar.value() == pane.bar.maximum() == 9
    assert "8 labeled" in pane.summary.text() and "1 failed" in pane.summary.text()
    assert pane.error_list.count() == 1 and "broken.jpg" in pane.error_list.item(0).text()
    assert pane.view.image() is not None
    local = autolabel(tmp_path / "ds", MODEL, AutolabelOptions(out=str(tmp_path / "local"), precision="exact",
                                                               backend=pane.options().backend))
    assert local["labeled"] == 8
    assert tree_bytes(tmp_path / "ray") == tree_bytes(tmp_path / "local")
