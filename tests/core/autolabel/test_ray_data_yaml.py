"""The Ray engine on a dataset whose data.yaml carries a `download:` script: the driver reads the
file with the safe reader (nothing runs, nothing is fetched), the workers only infer, and the labels
are written as by the local engine. The driver runs as a user runs it, `labelbench autolabel
--engine ray` in a Sandbox (fake pip/curl/python first on PATH, a recording proxy)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.support.autolabel_data import MODEL
from tests.support.paths import DEMO_DIR
from tests.support.sandbox import Sandbox

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def test_ray_autolabel_of_a_hostile_data_yaml_runs_nothing(cluster, tmp_path):
    ds = tmp_path / "ds"
    shutil.copytree(DEMO_DIR, ds, ignore=shutil.ignore_patterns(".labelbench", "autolabels"))
    marker = tmp_path / "PWNED"
    (ds / "data.yaml").write_text(
        "train: images/train\nval: images/val\nnames: [circle, square, triangle, star, ring]\n"
        f"download: |\n  import pathlib; pathlib.Path({str(marker)!r}).write_text('ran')\n"
    )
    box = Sandbox(tmp_path / "box")
    try:
        env = box.env()
        env.update(cluster.env)
        env["LABELBENCH_CACHE"] = cluster.env.get("LABELBENCH_CACHE", env["LABELBENCH_CACHE"])
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "autolabel",
                str(ds / "data.yaml"),
                "--model",
                str(MODEL),
                "--engine",
                "ray",
                "--ray-address",
                cluster.address,
                "--out",
                str(tmp_path / "out"),
                "--quiet",
            ],
            capture_output=True,
            text=True,
            timeout=240,
            env=env,
            cwd=tmp_path,
        )
        assert r.returncode == 0, r.stderr[-2000:]
        n_images = sum(1 for _ in (ds / "images").rglob("*.jpg"))
        assert len([p for p in (tmp_path / "out").rglob("*.txt") if p.name != "classes.txt"]) == n_images
        assert not marker.exists()
        assert box.calls() == [] and box.connections() == []
    finally:
        box.close()
