"""A command run where fetching, installing or running anything would be seen.

    box = Sandbox(tmp_path)             # fake python/pip/curl/... first on PATH, a recording proxy
    r = box.run("train", str(data_yaml), ...)
    assert box.calls() == [] and box.connections() == []

The fake binaries append their name and arguments to a log and fail; every HTTP(S) proxy variable
points at a local listener that records what connects; Ultralytics gets a fresh config folder (its
first-run banner and settings file), so a test also sees what a first run prints.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

from tests.support.paths import ROOT

FAKES = ("python", "python3", "pip", "pip3", "uv", "curl", "wget", "git", "apt", "apt-get", "sudo", "bash -c")


class Sandbox:
    def __init__(self, tmp: Path):
        self.tmp = Path(tmp)
        self.bin = self.tmp / "fakebin"
        self.bin.mkdir(parents=True, exist_ok=True)
        self.log = self.tmp / "fake_calls.log"
        for name in FAKES:
            if " " in name:
                continue
            f = self.bin / name
            f.write_text(f'#!/bin/sh\necho "{name} $*" >> "{self.log}"\nexit 1\n')
            f.chmod(0o755)
        self._srv = socket.socket()
        self._srv.bind(("127.0.0.1", 0))
        self._srv.listen(64)
        self.port = self._srv.getsockname()[1]
        self._conns: list[bytes] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                c, _ = self._srv.accept()
            except OSError:
                return
            c.settimeout(2)
            try:
                self._conns.append(c.recv(300))
            except OSError:
                self._conns.append(b"?")
            c.close()

    def env(self) -> dict:
        proxy = f"http://127.0.0.1:{self.port}"
        e = dict(
            os.environ,
            PATH=f"{self.bin}{os.pathsep}{os.environ.get('PATH', '')}",
            PYTHONPATH=str(ROOT),
            YOLO_CONFIG_DIR=str(self.tmp / "ultralytics_config"),
            LABELBENCH_CACHE=str(self.tmp / "cache"),
            NO_PROXY="",
            no_proxy="",
        )
        for k in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            e[k] = proxy
        for k in ("YOLO_OFFLINE", "YOLO_AUTOINSTALL", "LABELBENCH_TRUSTED_MODELS"):
            e.pop(k, None)  # LabelBench must set what it needs itself
        e.pop("YOLO_VERBOSE", None)  # tests/conftest.py quiets Ultralytics; a user's first run is not quiet
        return e

    def run(self, *args, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.tmp,
            env=self.env(),
        )

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines() if self.log.exists() else []

    def connections(self) -> list[bytes]:
        return list(self._conns)

    def close(self) -> None:
        self._srv.close()
