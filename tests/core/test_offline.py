"""app.core.offline: Ultralytics runs offline (no downloads, no 'does this URL exist' requests, no
installs), analytics modules never load, and third-party messages become one plain line."""

from __future__ import annotations

import os

import pytest

from app.core import offline


def test_the_app_package_configures_it():
    import app  # noqa: F401 - importing it is what configures

    assert os.environ["YOLO_OFFLINE"] == "1" and os.environ["YOLO_AUTOINSTALL"] == "False"


def test_downloads_are_refused_and_urls_never_checked_online():
    offline.configure()
    from ultralytics.utils import downloads
    from ultralytics.utils.checks import check_font

    assert downloads.is_url("https://example.com/a.zip") is True
    assert downloads.is_url("https://example.com/a.zip", check=True) is False  # no request made
    with pytest.raises(offline.DownloadRefused, match="LabelBench never fetches files at run time"):
        downloads.attempt_download_asset("yolov8n.pt")  # a real asset name: it would be fetched
    check_font("NoSuchFont-LabelBench.ttf")  # local lookup only: returns, never downloads


def test_usage_analytics_modules_never_load():
    offline.configure()
    with pytest.raises(ImportError, match="no usage analytics"):
        import openvino_telemetry  # noqa: F401
    from openvino.tools.ovc import telemetry_utils

    assert telemetry_utils.tm.__name__.endswith("telemetry_stub")


def test_plain_lines():
    raw = "\x1b[34m\x1b[1mval: \x1b[0mError loading data ❌\nSee https://docs.ultralytics.com/datasets for help"
    assert offline.plain(raw) == "val: Error loading data"
    assert offline.plain("a\n  b\tc") == "a b c"
