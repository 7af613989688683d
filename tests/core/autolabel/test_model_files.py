"""Models that are not what they say are one line before any image runs: an ONNX whose output is
not a detector head (a flat vector gave empty labels and exit 0; a feature map a traceback from
NMS), an OpenVINO folder without its weights (OpenVINO said only 'core.cpp:84')."""

from __future__ import annotations

import pytest

from tests.support.autolabel_data import make_images, run_cli
from tests.support.hostile import one_line_error


def _onnx(path, module):
    import torch

    torch.onnx.export(
        module, torch.zeros(1, 3, 64, 64), str(path), input_names=["images"], output_names=["output0"], dynamo=False
    )
    return path


@pytest.fixture(scope="module")
def bad_models(tmp_path_factory):
    import torch

    class Flat(torch.nn.Module):
        def forward(self, x):
            return x.mean(dim=(2, 3))

    class FeatureMap(torch.nn.Module):
        def forward(self, x):
            return torch.nn.functional.avg_pool2d(x, 8)

    d = tmp_path_factory.mktemp("models")
    return {"flat": _onnx(d / "flat.onnx", Flat()), "map": _onnx(d / "map.onnx", FeatureMap())}


@pytest.mark.parametrize("name, shape", [("flat", "[1, 3]"), ("map", "[1, 3, 8, 8]")])
def test_an_onnx_that_is_not_a_detector_is_one_line(bad_models, tmp_path, name, shape):
    make_images(tmp_path / "ds", 2)
    r = run_cli(str(tmp_path / "ds"), "--model", str(bad_models[name]), "--out", str(tmp_path / "out"))
    assert r.returncode != 0
    assert one_line_error(r) == (
        f"labelbench autolabel: error: {bad_models[name]}: not a detection model: its "
        f"output is {shape}; a YOLO detector's is [batch, 4 + classes, anchors], e.g. "
        "[1, 9, 8400] for 5 classes"
    )
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.txt"))


def test_an_openvino_folder_without_its_weights_is_one_line(bad_models, tmp_path):
    import openvino as ov

    folder = tmp_path / "m_openvino_model"
    ov.save_model(ov.convert_model(str(bad_models["flat"])), str(folder / "m.xml"))
    (folder / "m.bin").unlink()
    make_images(tmp_path / "ds", 1)
    r = run_cli(str(tmp_path / "ds"), "--model", str(folder), "--out", str(tmp_path / "out"))
    assert one_line_error(r).endswith(
        f"{folder}: the OpenVINO model's weights file m.bin is missing (an OpenVINO "
        "model is m.xml and m.bin side by side)"
    )
