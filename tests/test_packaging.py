"""The wheel carries the bundled files, and an installed copy finds them without the checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile

import pytest

from app.core.io import resources
from tests.support.paths import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """Built from a copy of the sources: setuptools writes build/ and *.egg-info beside what it builds."""
    out = tmp_path_factory.mktemp("wheel")
    src = tmp_path_factory.mktemp("src") / "labelbench"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, src / name)
    skip = shutil.ignore_patterns("__pycache__", ".labelbench", "*.egg-info")
    for name in ("app", "widgets", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=skip)
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    (whl,) = out.glob("labelbench-*.whl")
    return whl


@pytest.mark.slow  # pip builds a wheel
def test_wheel_holds_demo_dataset_model_pipelines_and_run(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    prefix = next(n.split("/data/")[0] for n in names if "/data/share/labelbench/" in n) + "/data/share/labelbench/"
    bundled = ("demo", "models", "pipelines", "runs", "docs", "screenshots")  # docs: Help ▸ Manual
    want = [
        p.relative_to(ROOT / "resources").as_posix()
        for sub in bundled
        for p in (ROOT / "resources" / sub).rglob("*")
        if p.is_file() and ".labelbench" not in p.parts
    ]
    assert len(want) > 50
    missing = [w for w in want if prefix + w not in names]
    assert not missing, f"not in the wheel: {missing[:5]}"
    assert any(n.startswith("app/core/io/resources.py") for n in names)


@pytest.mark.slow  # pip builds a wheel
def test_installed_copy_is_found_without_the_checkout(wheel, tmp_path, monkeypatch):
    with zipfile.ZipFile(wheel) as z:
        for n in z.namelist():
            if "/data/share/" in n:
                dest = tmp_path / "prefix" / n.split("/data/", 1)[1]
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(z.read(n))
    monkeypatch.setattr(resources, "_CHECKOUT", tmp_path / "no-checkout")
    monkeypatch.setattr(resources.sys, "prefix", str(tmp_path / "prefix"))
    monkeypatch.setattr(resources.sysconfig, "get_path", lambda _name: str(tmp_path / "prefix"))
    assert resources.resources_dir() == tmp_path / "prefix" / "share" / "labelbench"
    assert resources.demo_model().is_file() and resources.demo_dataset().is_file()
    assert (resources.demo_run() / "results.csv").is_file()
    assert len(list(resources.resource("pipelines").glob("*.json"))) == len(
        list((ROOT / "resources" / "pipelines").glob("*.json"))
    )


def test_checkout_resources_come_first():
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.demo_model() == ROOT / "resources" / "models" / "demo_yolov8n.pt"
