"""Ultralytics offline, silent about the network, and never installing anything.

LabelBench reads files a user downloaded or found on a shared drive; nothing it opens may fetch,
install or run anything. Ultralytics does all three in places: a data.yaml's `download:` (see
app.core.training.data_yaml, which keeps the user's file away from it), `check_requirements`
(pip "AutoUpdate"), `check_font` (asks GitHub even when offline), `safe_download` and
`attempt_download_asset` (weights, datasets), and usage analytics. `configure()` runs when the
`app` package is imported, before anything imports Ultralytics (worker processes, Ray workers and
tests import `app` first too):

* YOLO_OFFLINE=1 (Ultralytics' ONLINE is False: no analytics, no hub, no AutoUpdate attempt) and
  YOLO_AUTOINSTALL=False (check_requirements never starts pip or uv);
* an import hook patches `ultralytics.utils.downloads` the moment it is loaded: `is_url(check=True)`
  answers False without a request and `safe_download` raises DownloadRefused, so every caller
  (fonts, assets, datasets, weights) stays offline whatever Ultralytics version decides to fetch;
* the same hook answers ImportError for `openvino_telemetry`, which OpenVINO's model converter and
  NNCF import to send usage analytics unless a consent file says no: both fall back to their
  built-in no-op stubs (seen: 38 analytics requests from one `autolabel` with the OpenVINO backend).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import re
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, NoReturn

ENV = {"YOLO_OFFLINE": "1", "YOLO_AUTOINSTALL": "False"}
_PATCHED_MODULE = "ultralytics.utils.downloads"
_BLOCKED = ("openvino_telemetry",)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


class DownloadRefused(ConnectionError):
    """Raised instead of any Ultralytics download."""


def env() -> dict[str, str]:
    """The variables a child process (training worker, Ray worker) must carry."""
    return dict(ENV)


def _patch(mod: Any) -> None:
    if getattr(mod, "_labelbench_offline", False):
        return
    orig_is_url = mod.is_url

    def is_url(url: object, check: bool = False) -> bool:
        """URL syntax only: whether it exists online is never asked (LabelBench is offline)."""
        return False if check else orig_is_url(url, check=False)

    def safe_download(url: object = "", *args: Any, **kwargs: Any) -> NoReturn:
        raise DownloadRefused(f"download refused: LabelBench never fetches files at run time ({_clean_url(url)})")

    mod.is_url = is_url
    mod.safe_download = safe_download
    mod._labelbench_offline = True
    # modules that bound the originals by name before the hook ran (import order inside ultralytics)
    for name, other in list(sys.modules.items()):
        if name.startswith("ultralytics.") and other is not None and other is not mod:
            for attr, new in (("safe_download", safe_download), ("is_url", is_url)):
                if (
                    getattr(other, attr, None) is not None
                    and getattr(getattr(other, attr), "__module__", "") == mod.__name__
                    and getattr(other, attr) is not new
                ):
                    setattr(other, attr, new)


def _clean_url(url: object) -> str:
    s = str(url)
    return s.split("?")[0][:200]


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader) -> None:
        self.inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.inner.exec_module(module)
        _patch(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.split(".")[0] in _BLOCKED:
            raise ModuleNotFoundError(f"{fullname} is not loaded by LabelBench (no usage analytics)", name=fullname)
        if fullname != _PATCHED_MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def configure() -> None:
    """Idempotent; call before Ultralytics is imported (the `app` package does)."""
    os.environ.update(ENV)
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
    mod = sys.modules.get(_PATCHED_MODULE)
    if mod is not None:
        _patch(mod)
        _rebind_late()


def _rebind_late() -> None:
    """Ultralytics was imported before configure(): its flags were read already; set them too."""
    for name, attr, value in (
        ("ultralytics.utils", "ONLINE", False),
        ("ultralytics.utils", "AUTOINSTALL", False),
        ("ultralytics.utils.checks", "ONLINE", False),
        ("ultralytics.utils.checks", "AUTOINSTALL", False),
    ):
        m = sys.modules.get(name)
        if m is not None and hasattr(m, attr):
            setattr(m, attr, value)
    ev = sys.modules.get("ultralytics.utils.events")
    if ev is not None and hasattr(getattr(ev, "events", None), "enabled"):
        ev.events.enabled = False


def plain(text: str) -> str:
    """A third-party message as one plain line: no terminal colour codes, no emoji marks, no
    'See https://…' help lines, whitespace folded."""
    text = _ANSI.sub("", str(text))
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not re.match(r"^(see|visit|view)\b.*https?://", ln, re.I)]
    out = " ".join(lines)
    out = re.sub(r"[\u274c\u2705\u26a0\ufe0f\U0001f680]", "", out)
    return re.sub(r"\s+", " ", out).strip()
